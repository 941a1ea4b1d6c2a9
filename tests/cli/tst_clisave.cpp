// What restgate-cli writes (import -o, import-curl -o, run --junit) is written whole or not at all: a full disk, a
// file size limit or another writer's lock gives exit status 2 with the reason, and the file keeps its bytes.
#include "fulldisk.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace RestGate::TestSupport;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome cli(const QStringList &arguments, const std::function<void()> &inChild = {})
{
    QProcess process;
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("restgate-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QByteArray existingDesign = "# hand-written, keep me\n"
                                  "restgate: 1\n"
                                  "tasks:\n"
                                  "  - task: InvokeRESTAPI@1\n"
                                  "    name: first          # a step name RestGate does not use\n"
                                  "    displayName: First\n"
                                  "    retryCountOnTaskFailure: 2\n"
                                  "    inputs:\n"
                                  "      connectionType: connectedServiceName\n"
                                  "      serviceConnection: api\n"
                                  "      method: GET\n";

QString pipeline()
{
    return QStringLiteral(RESTGATE_SOURCE_DIR "/tests/pipeline/data/corpus/02-jobs.yml");
}

} // namespace

class TestCliSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_onAFullDisk_exits2_andKeepsTheDesign()
    {
        SmallFilesystem disk;
        if (!disk.available())
            QSKIP(qPrintable(disk.why()));
        const QString design = disk.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design, existingDesign);
        QVERIFY(disk.fill());
        const Outcome r = cli({QStringLiteral("import"), pipeline(), QStringLiteral("-o"), design});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("The design was not changed.")));
        QVERIFY(!r.out.contains(QLatin1String("Added")));
        QCOMPARE(readFile(design), existingDesign);
    }

    void import_cutShortByAFileSizeLimit_exits2_andKeepsTheDesign()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design, existingDesign);
        const Outcome r = cli({QStringLiteral("import"), pipeline(), QStringLiteral("-o"), design},
                              [] { FileSizeLimit::applyInChild(existingDesign.size() + 16); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("File too large")), qPrintable(r.err));
        QCOMPARE(readFile(design), existingDesign);
    }

    void importCurl_cutShortByAFileSizeLimit_exits2_andKeepsTheDesign()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design, existingDesign);
        const Outcome r =
            cli({QStringLiteral("import-curl"), QStringLiteral("-o"), design, QStringLiteral("--"),
                 QStringLiteral("curl"), QStringLiteral("-X"), QStringLiteral("POST"),
                 QStringLiteral("https://api.example.test/v1/deploy"), QStringLiteral("-d"), QStringLiteral("{}")},
                [] { FileSizeLimit::applyInChild(existingDesign.size() + 16); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("File too large")), qPrintable(r.err));
        QCOMPARE(readFile(design), existingDesign);
    }

    void import_whileAnotherWriterHoldsTheLock_exits2()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design, existingDesign);
        QLockFile other(design + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        const Outcome r = cli({QStringLiteral("import"), pipeline(), QStringLiteral("-o"), design});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("being saved by another program")), qPrintable(r.err));
        QCOMPARE(readFile(design), existingDesign);
    }

    void import_intoAHandWrittenDesign_keepsItsCommentsAndKeys()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design, existingDesign);
        const Outcome r = cli({QStringLiteral("import"), pipeline(), QStringLiteral("-o"), design});
        QCOMPARE(r.exitCode, 0);
        const QByteArray written = readFile(design);
        QVERIFY2(written.startsWith("# hand-written, keep me\nrestgate: 1\n"), written.constData());
        QVERIFY2(written.contains("  - task: InvokeRESTAPI@1\n"
                                  "    name: first          # a step name RestGate does not use\n"
                                  "    displayName: First\n"
                                  "    retryCountOnTaskFailure: 2\n"),
                 written.constData());
        QVERIFY(written.count("task: InvokeRESTAPI@") == 4);
    }

    void import_ofAnAliasBomb_exits2_quickly_withItsPosition()
    {
        QTemporaryDir dir;
        QByteArray bomb = "steps:\n- task: InvokeRESTAPI@1\n  inputs:\n    method: GET\n"
                          "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level <= 9; ++level) {
            bomb += "lol" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                bomb += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
            bomb += "]\n";
        }
        const QString path = dir.filePath(QStringLiteral("bomb.yml"));
        writeFile(path, bomb);
        QElapsedTimer timer;
        timer.start();
        const Outcome r = cli({QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.err.contains(QLatin1String("alias bomb")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("line ")), qPrintable(r.err));
    }

    void runJunit_cutShortByAFileSizeLimit_exits2_andKeepsTheOldReport()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design,
                  QStringLiteral("restgate: 1\n"
                                 "connections:\n"
                                 "  - name: api\n"
                                 "    type: generic\n"
                                 "    url: http://127.0.0.1:%1/\n"
                                 "tasks:\n"
                                 "  - task: InvokeRESTAPI@1\n"
                                 "    displayName: Nobody listens\n"
                                 "    inputs:\n"
                                 "      connectionType: connectedServiceName\n"
                                 "      serviceConnection: api\n"
                                 "      method: GET\n")
                      .arg(unusedPort())
                      .toUtf8());
        const QString report = dir.filePath(QStringLiteral("report.xml"));
        const QByteArray oldReport = "<testsuites/>\n";
        writeFile(report, oldReport);
        const Outcome r = cli({QStringLiteral("run"), design, QStringLiteral("--junit"), report},
                              [] { FileSizeLimit::applyInChild(200); });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("File too large")), qPrintable(r.err));
        QCOMPARE(readFile(report), oldReport);
    }

    void runJunit_onAFullDisk_exits2_andLeavesNoReport()
    {
        SmallFilesystem disk;
        if (!disk.available())
            QSKIP(qPrintable(disk.why()));
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("design.restgate.yml"));
        writeFile(design,
                  QStringLiteral("restgate: 1\n"
                                 "connections:\n"
                                 "  - {name: api, type: generic, url: 'http://127.0.0.1:%1/'}\n"
                                 "tasks:\n"
                                 "  - task: InvokeRESTAPI@1\n"
                                 "    inputs: {connectionType: connectedServiceName, serviceConnection: api}\n")
                      .arg(unusedPort())
                      .toUtf8());
        QVERIFY(disk.fill());
        const QString report = disk.filePath(QStringLiteral("report.xml"));
        const Outcome r = cli({QStringLiteral("run"), design, QStringLiteral("--junit"), report});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
        QVERIFY(!QFile::exists(report));
    }
};

QTEST_GUILESS_MAIN(TestCliSave)
#include "tst_clisave.moc"
