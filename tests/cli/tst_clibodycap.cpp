#include "rawhttpserver.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using RestGate::TestSupport::RawHttpServer;

// restgate-cli run against a body that never ends, streamed as fast as the CLI takes it: the run must end with an
// ERROR at the byte cap, write its JUnit report, and keep its peak memory near the cap. The CLI is a child process
// and the only one this test starts, so getrusage(RUSAGE_CHILDREN) is its own peak resident set. No timing is
// asserted.
class TestCliBodyCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBody_errorAtTheCapWithBoundedMemory()
    {
        // A JSON array that never closes, so a criteria would try to parse whatever was kept.
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &) {
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
        const QString design = dir.filePath(QStringLiteral("endless.restgate.yml"));
        QFile file(design);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: %1\n"
                                  "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n"
                                  "    method: GET\n    urlSuffix: stream\n    successCriteria: eq(count(root), 1)\n")
                       .arg(server.baseUrl())
                       .toUtf8());
        file.close();
        constexpr qint64 cap = 32 * 1024 * 1024;
        const QString report = dir.filePath(QStringLiteral("report.xml"));

        QProcess cli;
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(QStringLiteral(RESTGATE_CLI_PATH),
                  {QStringLiteral("run"), design, QStringLiteral("--max-body-bytes"), QString::number(cap),
                   QStringLiteral("--junit"), report});
        QVERIFY(finished.wait(120000));
        rusage usage {};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        const qint64 peak = qint64(usage.ru_maxrss) * 1024;
        qInfo("restgate-cli peak RSS %.1f MiB with a %.0f MiB cap", peak / 1048576.0, cap / 1048576.0);

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
        // The kept body plus what the process needs anyway (about 25 MiB for a small response).
        QVERIFY2(peak <= cap + 48 * 1024 * 1024, qPrintable(QStringLiteral("peak RSS %1 bytes").arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestCliBodyCap)
#include "tst_clibodycap.moc"
