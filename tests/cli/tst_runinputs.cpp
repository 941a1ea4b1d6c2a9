#include "cli/runinputs.h"
#include "cli/runreport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;
using namespace RestGate::Cli;

// The pure parts of `restgate-cli run`: which designs, which variables, which tasks, which exit code.
class TestRunInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variableFile_skipsCommentsAndBlankLines_keepsValuesAsWritten()
    {
        QStringList assignments;
        QString error;
        QVERIFY(parseVariableFile("# header\n\nid=7\r\n  # indented comment\nurl=https://x/?a=b \nempty=\n",
                                  QStringLiteral("vars"), &assignments, &error));
        QCOMPARE(
            assignments,
            (QStringList {QStringLiteral("id=7"), QStringLiteral("url=https://x/?a=b "), QStringLiteral("empty=")}));
    }

    void variableFile_badLine_reportsOriginAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("no equals") << QByteArray("a=1\nplain\n")
                                   << QStringLiteral("vars:2: expected NAME=VALUE, got 'plain'");
        QTest::addRow("no name") << QByteArray("\n\n=1\n") << QStringLiteral("vars:3: expected NAME=VALUE, got '=1'");
        QTest::addRow("space in name") << QByteArray("my var=1\n") << QStringLiteral("vars:1:");
    }

    void variableFile_badLine_reportsOriginAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QStringList assignments;
        QString error;
        QVERIFY(!parseVariableFile(text, QStringLiteral("vars"), &assignments, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void environment_mapsAzureStyleNamesToDeclaredVariables()
    {
        VariableSet declared;
        declared.set(QStringLiteral("deployment.id"), QStringLiteral("1"));
        const QStringList assignments =
            environmentAssignments({QStringLiteral("PATH=/usr/bin"), QStringLiteral("RESTGATE_VAR_DEPLOYMENT_ID=2"),
                                    QStringLiteral("RESTGATE_VAR_region=west"), QStringLiteral("RESTGATE_VAR_="),
                                    QStringLiteral("RESTGATE_SECRET_X=no")},
                                   declared);
        QCOMPARE(assignments, (QStringList {QStringLiteral("deployment.id=2"), QStringLiteral("region=west")}));
    }

    void namePatterns_matchWholeNameIgnoringCase_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("matches");
        QTest::addRow("none given") << QStringList {} << true;
        QTest::addRow("star") << QStringList {QStringLiteral("smoke*")} << true;
        QTest::addRow("case") << QStringList {QStringLiteral("SMOKE: CHECK /API")} << true;
        QTest::addRow("question mark") << QStringList {QStringLiteral("smoke? check*")} << true;
        QTest::addRow("not a prefix") << QStringList {QStringLiteral("check*")} << false;
        QTest::addRow("regex characters are literal") << QStringList {QStringLiteral("smoke. check*")} << false;
        QTest::addRow("any of several") << QStringList {QStringLiteral("x"), QStringLiteral("*/api")} << true;
    }

    void namePatterns_matchWholeNameIgnoringCase()
    {
        QFETCH(QStringList, patterns);
        QFETCH(bool, matches);
        QCOMPARE(matchesNamePatterns(QStringLiteral("Smoke: check /api"), patterns), matches);
    }

    void designArguments_directorySortedGlobAndStdin()
    {
        QTemporaryDir dir;
        for (const char *name : {"b.restgate.yml", "a.restgate.yml", "c.yml"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QStringList designs;
        QString error;
        QVERIFY(expandDesignArguments({dir.path(), dir.filePath(QStringLiteral("*.yml")), QStringLiteral("-")},
                                      &designs, &error));
        QCOMPARE(designs,
                 (QStringList {
                     dir.filePath(QStringLiteral("a.restgate.yml")), dir.filePath(QStringLiteral("b.restgate.yml")),
                     dir.filePath(QStringLiteral("a.restgate.yml")), dir.filePath(QStringLiteral("b.restgate.yml")),
                     dir.filePath(QStringLiteral("c.yml")), QStringLiteral("-")}));

        designs.clear();
        QVERIFY(!expandDesignArguments({QStringLiteral("-"), QStringLiteral("-")}, &designs, &error));
        QVERIFY(error.contains(QStringLiteral("once")));
        QDir(dir.path()).mkdir(QStringLiteral("empty"));
        QVERIFY(!expandDesignArguments({dir.filePath(QStringLiteral("empty"))}, &designs, &error));
        QVERIFY(error.contains(QStringLiteral("holds no *.restgate.yml design")));
    }

    void boundedBody_stopsAtBytesOrLines_andSaysWhatIsLeft()
    {
        QCOMPARE(boundedBody("short\n", 100, 10), QStringLiteral("short"));
        QCOMPARE(boundedBody("1\n2\n3\n4\n", 100, 2), QStringLiteral("1\n2\n… 5 more bytes"));
        QCOMPARE(boundedBody(QByteArray(10, 'x'), 4, 10), QStringLiteral("xxxx\n… 6 more bytes"));
        // "é" is two bytes: a cut in the middle backs up to the character's start.
        QCOMPARE(boundedBody("a\xC3\xA9z", 2, 10), QStringLiteral("a\n… 3 more bytes"));
        QCOMPARE(boundedBody(QByteArray("a\0b", 3), 100, 10), QStringLiteral("(3 B of binary data)"));
    }

    void exitCode_perErrorKind_data()
    {
        using K = RunResult::ErrorKind;
        using V = RunResult::Verdict;
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("passed") << int(V::Passed) << int(K::None) << 0;
        QTest::addRow("rule said no") << int(V::Failed) << int(K::None) << 1;
        QTest::addRow("20-second limit") << int(V::TimedOut) << int(K::Timeout) << 1;
        QTest::addRow("headers too large") << int(V::Error) << int(K::HeadersTooLarge) << 1;
        QTest::addRow("refused") << int(V::Error) << int(K::ConnectionRefused) << 2;
        QTest::addRow("dns") << int(V::Error) << int(K::HostNotFound) << 2;
        QTest::addRow("tls") << int(V::Error) << int(K::Tls) << 2;
        QTest::addRow("network") << int(V::Error) << int(K::Network) << 2;
        QTest::addRow("truncated") << int(V::Error) << int(K::Truncated) << 2;
        QTest::addRow("dry-run body cap") << int(V::Error) << int(K::BodyTooLarge) << 2;
        QTest::addRow("invalid task") << int(V::Error) << int(K::InvalidTask) << 2;
        QTest::addRow("not sendable") << int(V::Error) << int(K::None) << 2;
        QTest::addRow("cancelled") << int(V::Cancelled) << int(K::Cancelled) << 130;
    }

    void exitCode_perErrorKind()
    {
        QFETCH(int, verdict);
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        TaskOutcome outcome;
        outcome.result.verdict = RunResult::Verdict(verdict);
        outcome.result.errorKind = RunResult::ErrorKind(kind);
        QCOMPARE(exitCodeFor(outcome), exitCode);
    }

    void exitCodes_combine_worstWins_interruptedAboveAll()
    {
        QCOMPARE(combineExitCodes(0, 1), 1);
        QCOMPARE(combineExitCodes(2, 1), 2);
        QCOMPARE(combineExitCodes(130, 2), 130);
    }
};

QTEST_GUILESS_MAIN(TestRunInputs)
#include "tst_runinputs.moc"
