#include "rawhttpserver.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using RestGate::TestSupport::RawHttpServer;

// restgate-cli run against a body that never ends, streamed as fast as the CLI takes it: the run must end with an
// ERROR at the byte cap, write its JUnit report, and keep the memory the body adds near the cap. The CLI is a child
// process and the only one this test starts, so getrusage(RUSAGE_CHILDREN) is the largest peak resident set of the
// runs so far: a first run against a small body gives the baseline (Qt, the TLS stack and, under AddressSanitizer,
// its shadow of them), the endless run the peak; their difference is what the body cost. No timing is asserted.
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underAsan = true;
#else
constexpr bool underAsan = false;
#endif
#else
constexpr bool underAsan = false;
#endif

qint64 peakOfChildren()
{
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

class TestCliBodyCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBody_errorAtTheCapWithBoundedMemory()
    {
        // A JSON array that never closes, so a criteria would try to parse whatever was kept.
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &request) {
            if (request.target.endsWith("/small")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n[1]");
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "1\r\n[\r\n");
            QByteArray items;
            for (int i = 0; i < 32 * 1024; ++i)
                items += "1,";
            const QByteArray chunk = QByteArray::number(items.size(), 16) + "\r\n" + items + "\r\n";
            const auto more = [socket, chunk] {
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                    socket->write(chunk);
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
        });
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto writeDesign = [&](const QString &name, const QString &suffix) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: %1\n"
                                      "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n"
                                      "    method: GET\n    urlSuffix: %2\n    successCriteria: eq(count(root), 1)\n")
                           .arg(server.baseUrl(), suffix)
                           .toUtf8());
            return path;
        };
        const QString small = writeDesign(QStringLiteral("small.restgate.yml"), QStringLiteral("small"));
        const QString design = writeDesign(QStringLiteral("endless.restgate.yml"), QStringLiteral("stream"));
        QVERIFY(!small.isEmpty() && !design.isEmpty());
        constexpr qint64 cap = 32 * 1024 * 1024;
        const QString report = dir.filePath(QStringLiteral("report.xml"));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (underAsan) {
            // ASan holds freed blocks in a quarantine (256 MiB by default) to catch use after free; every time the
            // reply's buffers are read and dropped, they would sit there and count as resident. A small quarantine
            // leaves what this test measures: the body and its shadow.
            QString options = environment.value(QStringLiteral("ASAN_OPTIONS"));
            if (!options.isEmpty())
                options += QLatin1Char(':');
            environment.insert(QStringLiteral("ASAN_OPTIONS"), options + QStringLiteral("quarantine_size_mb=1"));
        }
        const auto runCli = [&](const QStringList &arguments, QProcess *cli) {
            QSignalSpy finished(cli, &QProcess::finished);
            cli->setProcessEnvironment(environment);
            cli->start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
            return finished.wait(120000);
        };

        QProcess baselineCli;
        QVERIFY(runCli({QStringLiteral("run"), small, QStringLiteral("--max-body-bytes"), QString::number(cap)},
                       &baselineCli));
        QCOMPARE(baselineCli.exitCode(), 0);
        const qint64 baseline = peakOfChildren();
        QVERIFY(baseline > 0);

        QProcess cli;
        QVERIFY(runCli({QStringLiteral("run"), design, QStringLiteral("--max-body-bytes"), QString::number(cap),
                        QStringLiteral("--junit"), report},
                       &cli));
        const qint64 peak = peakOfChildren();
        qInfo("restgate-cli peak RSS %.1f MiB (%.1f MiB for a 3-byte body) with a %.0f MiB cap%s", peak / 1048576.0,
              baseline / 1048576.0, cap / 1048576.0, underAsan ? " under ASan" : "");

        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 2); // the dry run's own cap: nothing was judged, so no rule said no
        QVERIFY2(
            out.contains(QStringLiteral("  ERROR\n    - The response was cut at the dry-run cap of 33554432 bytes")),
            qPrintable(out));
        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QDomDocument junit;
        QVERIFY(junit.setContent(&xml));
        QCOMPARE(junit.elementsByTagName(QStringLiteral("error")).size(), 1);
        // What the body added: the kept bytes (reserved once, up to the cap) and a margin for the reply's buffers in
        // flight; under ASan also the body's shadow (one byte per eight) and what ASan keeps around each buffer.
        const qint64 allowed = underAsan ? cap + cap / 8 + 48 * 1024 * 1024 : cap + 24 * 1024 * 1024;
        QVERIFY2(peak - baseline <= allowed,
                 qPrintable(QStringLiteral("peak RSS %1 bytes, baseline %2, allowed growth %3")
                                .arg(peak)
                                .arg(baseline)
                                .arg(allowed)));
    }
};

QTEST_GUILESS_MAIN(TestCliBodyCap)
#include "tst_clibodycap.moc"
