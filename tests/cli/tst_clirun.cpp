#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <signal.h>

#include <csignal>

// `restgate-cli run` as a CI runner: many designs, filters, variables from files and the environment, --bail,
// --jobs, --verbose, JSON format 2, JUnit for Azure DevOps, exit codes and Ctrl+C. Drives the real binary against a
// real demo endpoint it starts itself.
class TestCliRun : public QObject
{
    Q_OBJECT

private:
    QProcess m_demo;
    quint16 m_port = 0;
    QTemporaryDir m_dir;

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome cli(const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                       const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RESTGATE_CLI_PATH), QStringList {QStringLiteral("run")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return lines;
    }

    /// A design whose connection `api` points at the demo endpoint; each task is "displayName|urlSuffix".
    QByteArray designText(const QStringList &tasks, const QString &extra = {}) const
    {
        QString text = QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: http://127.0.0.1:%1/\n%2tasks:\n")
                           .arg(m_port)
                           .arg(extra);
        for (const QString &task : tasks) {
            const QStringList parts = task.split(QLatin1Char('|'));
            text +=
                QStringLiteral("- task: InvokeRESTAPI@1\n  displayName: '%1'\n  inputs:\n    serviceConnection: api\n"
                               "    method: GET\n    urlSuffix: %2\n")
                    .arg(parts.at(0), parts.at(1));
        }
        return text.toUtf8();
    }

    QString writeDesign(const QString &relativePath, const QStringList &tasks, const QString &extra = {}) const
    {
        const QString path = m_dir.filePath(relativePath);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a design");
        file.write(designText(tasks, extra));
        return path;
    }

    static QDomDocument readXml(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no JUnit report at %s", qPrintable(path));
        QDomDocument xml;
        if (!xml.setContent(&file))
            qFatal("the JUnit report is not XML");
        return xml;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_port = RestGate::TestSupport::unusedPort();
        m_demo.start(QStringLiteral(RESTGATE_CLI_PATH),
                     {QStringLiteral("demo-server"), QStringLiteral("--port"), QString::number(m_port)});
        QVERIFY(m_demo.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                return socket.waitForConnected(200);
            }(),
            10000);
    }

    void cleanupTestCase()
    {
        m_demo.terminate();
        m_demo.waitForFinished(5000);
    }

    void directory_runsEveryDesignInNameOrder_withASummaryRecord()
    {
        writeDesign(QStringLiteral("dir/b.restgate.yml"), {QStringLiteral("B health|health")});
        writeDesign(QStringLiteral("dir/a.restgate.yml"),
                    {QStringLiteral("A one|deployments/1"), QStringLiteral("A error|error")});
        writeDesign(QStringLiteral("dir/notes.yml"), {QStringLiteral("not a design|health")});
        const Outcome o =
            cli({m_dir.filePath(QStringLiteral("dir")), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(o.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(o.out);
        QCOMPARE(lines.size(), 4);
        QStringList names;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QStringLiteral("format")).toInt(), 2);
            names.append(line.value(QStringLiteral("displayName")).toString());
        }
        QCOMPARE(
            names,
            (QStringList {QStringLiteral("A one"), QStringLiteral("A error"), QStringLiteral("B health"), QString()}));
        QVERIFY(lines.at(0).value(QStringLiteral("design")).toString().endsWith(QStringLiteral("a.restgate.yml")));
        const QJsonObject summary = lines.last();
        QCOMPARE(summary.value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("designs")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), 1);
        QVERIFY(summary.value(QStringLiteral("durationMs")).toInteger() >= 0);
    }

    void glob_isExpandedByRun_andEmptyMatchIsAnError()
    {
        writeDesign(QStringLiteral("glob/one.restgate.yml"), {QStringLiteral("one|health")});
        writeDesign(QStringLiteral("glob/two.restgate.yml"), {QStringLiteral("two|health")});
        // No shell here: the pattern reaches run as typed, as it does from cmd.exe or PowerShell.
        Outcome o = cli({m_dir.filePath(QStringLiteral("glob/*.restgate.yml"))});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(o.out.indexOf(QStringLiteral("one.restgate.yml =="))
                < o.out.indexOf(QStringLiteral("two.restgate.yml")));
        QVERIFY(o.out.contains(QStringLiteral("2 passed, 0 failed")));

        o = cli({m_dir.filePath(QStringLiteral("glob/*.nothing"))});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("no file matches the pattern")), qPrintable(o.err));
    }

    void badDesignAmongMany_runsNothing()
    {
        const QString good = writeDesign(QStringLiteral("mixed/good.restgate.yml"), {QStringLiteral("good|health")});
        const QString bad = m_dir.filePath(QStringLiteral("mixed/bad.restgate.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\ntasks: [a, b\n");
        file.close();
        const Outcome o = cli({good, bad});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.out.isEmpty());
        QVERIFY2(o.err.contains(bad), qPrintable(o.err));
    }

    void stdin_readsOneDesign()
    {
        const Outcome o = cli({QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")},
                              QProcessEnvironment::systemEnvironment(), designText({QStringLiteral("piped|health")}));
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QList<QJsonObject> lines = jsonLines(o.out);
        QCOMPARE(lines.first().value(QStringLiteral("displayName")).toString(), QStringLiteral("piped"));
        QCOMPARE(lines.first().value(QStringLiteral("design")).toString(), QStringLiteral("-"));
    }

    void namePatterns_pickTasks_caseInsensitively()
    {
        const QString path =
            writeDesign(QStringLiteral("names.restgate.yml"),
                        {QStringLiteral("Smoke: health|health"), QStringLiteral("Smoke: list|deployments"),
                         QStringLiteral("Deep check|error")});
        Outcome o = cli({path, QStringLiteral("--name"), QStringLiteral("smoke:*"), QStringLiteral("--format"),
                         QStringLiteral("json")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QCOMPARE(jsonLines(o.out).size(), 3); // two tasks and the summary
        o = cli({path, QStringLiteral("--name"), QStringLiteral("nothing*")});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(QStringLiteral("no task's display name matches nothing*")));
    }

    void variables_precedence_varOverFileOverEnvironmentOverDesign_data()
    {
        QTest::addColumn<bool>("fromEnvironment");
        QTest::addColumn<bool>("fromFile");
        QTest::addColumn<bool>("fromArgument");
        QTest::addColumn<QString>("expectedId");
        QTest::addRow("design") << false << false << false << QStringLiteral("1");
        QTest::addRow("environment") << true << false << false << QStringLiteral("2");
        QTest::addRow("file over environment") << true << true << false << QStringLiteral("3");
        QTest::addRow("--var over file") << true << true << true << QStringLiteral("4");
    }

    void variables_precedence_varOverFileOverEnvironmentOverDesign()
    {
        QFETCH(bool, fromEnvironment);
        QFETCH(bool, fromFile);
        QFETCH(bool, fromArgument);
        QFETCH(QString, expectedId);
        const QString path =
            writeDesign(QStringLiteral("vars.restgate.yml"), {QStringLiteral("by id|deployments/$(deployment.id)")},
                        QStringLiteral("variables:\n  deployment.id: '1'\n"));
        const QString varFile = m_dir.filePath(QStringLiteral("vars.env"));
        QFile file(varFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# CI variables\n\ndeployment.id=3\n");
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (fromEnvironment) // Azure DevOps' own mapping: upper case, '.' as '_'
            environment.insert(QStringLiteral("RESTGATE_VAR_DEPLOYMENT_ID"), QStringLiteral("2"));
        QStringList arguments {path, QStringLiteral("--format"), QStringLiteral("json")};
        if (fromFile)
            arguments << QStringLiteral("--var-file") << varFile;
        if (fromArgument)
            arguments << QStringLiteral("--var") << QStringLiteral("deployment.id=4");
        const Outcome o = cli(arguments, environment);
        const QJsonObject task = jsonLines(o.out).value(0);
        QVERIFY2(task.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/deployments/") + expectedId),
                 qPrintable(o.out + o.err));
    }

    void varFile_badLine_namesFileAndLine()
    {
        const QString varFile = m_dir.filePath(QStringLiteral("bad.env"));
        QFile file(varFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# comment\nid=1\njust a sentence\n");
        file.close();
        const QString path = writeDesign(QStringLiteral("varfile.restgate.yml"), {QStringLiteral("t|health")});
        const Outcome o = cli({path, QStringLiteral("--var-file"), varFile});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(varFile + QStringLiteral(":3: expected NAME=VALUE, got 'just a sentence'")),
                 qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void bail_stopsAfterTheFirstFailure()
    {
        const QString path = writeDesign(
            QStringLiteral("bail.restgate.yml"),
            {QStringLiteral("fine|health"), QStringLiteral("broken|error"), QStringLiteral("never|health")});
        const Outcome o = cli({path, QStringLiteral("--bail")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.contains(QStringLiteral("[2/3] broken")));
        QVERIFY(!o.out.contains(QStringLiteral("never")));
        QVERIFY2(o.out.contains(QStringLiteral("1 passed, 1 failed (--bail: stopped after the first failure, 1 task(s) "
                                               "not run)")),
                 qPrintable(o.out));
    }

    void jobs_keepOutputInInputOrder()
    {
        // The first task answers last; with --jobs 3 all run at once and are still printed 1, 2, 3.
        const QString path = writeDesign(QStringLiteral("jobs.restgate.yml"),
                                         {QStringLiteral("slow|slow?seconds=1"), QStringLiteral("fast one|health"),
                                          QStringLiteral("fast two|deployments/1")});
        const Outcome o = cli(
            {path, QStringLiteral("--jobs"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QList<QJsonObject> lines = jsonLines(o.out);
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(lines.at(i).value(QStringLiteral("task")).toInt(), i + 1);
        QVERIFY(cli({path, QStringLiteral("--jobs"), QStringLiteral("0")}).err.contains(QStringLiteral("--jobs")));
    }

    void failure_showsTheBodyByDefault_verboseShowsHeadersAndBoundedBody()
    {
        const QString path = writeDesign(QStringLiteral("verbose.restgate.yml"),
                                         {QStringLiteral("not found|deployments/999"), QStringLiteral("fine|health")});
        Outcome o = cli({path});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("  response body:\n    {\"message\":\"No deployment with id '999'.\"}")),
                 qPrintable(o.out));
        QCOMPARE(o.out.count(QStringLiteral("response body:")), 1); // not for the task that passed
        QVERIFY(!o.out.contains(QStringLiteral("  < ")));

        o = cli({path, QStringLiteral("-v")});
        QVERIFY2(o.out.contains(QStringLiteral("  > Host: 127.0.0.1:%1\n").arg(m_port)), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("  < Content-Type: application/json\n")));
        QVERIFY(o.out.contains(QStringLiteral("  < {\"message\":\"No deployment with id '999'.\"}")));

        // A body over 64 KB stops there and says how much is left.
        const QString large = writeDesign(QStringLiteral("large.restgate.yml"), {QStringLiteral("large|large?mb=1")});
        o = cli({large, QStringLiteral("--verbose")});
        const QRegularExpression more(QStringLiteral("  < … (\\d+) more bytes\n"));
        const QRegularExpressionMatch match = more.match(o.out);
        QVERIFY2(match.hasMatch(), qPrintable(o.out.right(2000) + o.err));
        QVERIFY(match.captured(1).toInt() >= 1024 * 1024 - 64 * 1024);
    }

    void reasons_inTheUsersLanguage_inTextOnly_jsonStaysEnglish_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addRow("RESTGATE_LANG=de") << "RESTGATE_LANG"
                                          << "de";
        QTest::addRow("LC_ALL=de_DE.UTF-8") << "LC_ALL"
                                            << "de_DE.UTF-8";
    }
    void reasons_inTheUsersLanguage_inTextOnly_jsonStaysEnglish()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const QString path =
            writeDesign(QStringLiteral("german.restgate.yml"), {QStringLiteral("not found|deployments/999")});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"RESTGATE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(variable, value);
        const QString german =
            QStringLiteral("Status 404 Not Found: Azure DevOps lässt die Aufgabe nur bei 200 OK bestehen.");
        const QString english = QStringLiteral("Status 404 Not Found: Azure DevOps passes the task only on 200 OK.");

        Outcome o = cli({path}, environment);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("    - ") + german), qPrintable(o.out));
        QVERIFY2(o.out.contains(QLatin1String("  Antworttext:\n")), qPrintable(o.out));
        // The verdict token stays what scripts grep for.
        QVERIFY2(o.out.contains(QLatin1String("FAILED")), qPrintable(o.out));

        o = cli({path, QStringLiteral("--format"), QStringLiteral("json")}, environment);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(!o.out.contains(german) && o.out.contains(english), qPrintable(o.out));
        const QJsonObject task = jsonLines(o.out).first();
        QCOMPARE(task.value(QStringLiteral("verdict")).toString(), QStringLiteral("FAILED"));
    }

    void exitCodes_ruleSaidNoIsOne_noAnswerIsTwo()
    {
        const QString failing = writeDesign(QStringLiteral("exit1.restgate.yml"), {QStringLiteral("500|error")});
        QCOMPARE(cli({failing}).exitCode, 1);

        // Nothing listens on this port: connection refused, the task never got an answer.
        const QString refused = m_dir.filePath(QStringLiteral("exit2.restgate.yml"));
        QFile file(refused);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: http://127.0.0.1:%1/\ntasks:\n"
                                  "- task: InvokeRESTAPI@1\n  displayName: refused\n  inputs:\n"
                                  "    serviceConnection: api\n    method: GET\n")
                       .arg(RestGate::TestSupport::unusedPort())
                       .toUtf8());
        file.close();
        const Outcome o = cli({refused, failing, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(o.exitCode, 2); // a task without an answer outweighs one a rule failed
        const QList<QJsonObject> lines = jsonLines(o.out);
        QCOMPARE(lines.at(0).value(QStringLiteral("exitCode")).toInt(), 2);
        QCOMPARE(lines.at(1).value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(lines.last().value(QStringLiteral("exitCode")).toInt(), 2);
    }

    // What Azure DevOps' PublishTestResults@2 reads from a JUnit file: each check below cites the row of the
    // task's "Result formats mapping" table (JUnit column) it stands for.
    void junit_hasTheFieldsPublishTestResultsReads()
    {
        const QString first = writeDesign(QStringLiteral("junit/first.restgate.yml"),
                                          {QStringLiteral("Health|health"), QStringLiteral("Lookup|deployments/999"),
                                           QStringLiteral("Lookup|health")});
        const QString second =
            writeDesign(QStringLiteral("junit/second.restgate.yml"), {QStringLiteral("Other|health")});
        const QString report = m_dir.filePath(QStringLiteral("junit.xml"));
        // A zone far from UTC, so a local timestamp cannot pass for UTC.
        const QByteArray zone("Pacific/Kiritimati");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Outcome o = cli({first, second, QStringLiteral("--junit"), report}, environment);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(o.exitCode, 1);
        const QDomElement root = readXml(report).documentElement();
        QCOMPARE(root.tagName(), QStringLiteral("testsuites"));
        const QDomNodeList suites = root.elementsByTagName(QStringLiteral("testsuite"));
        QCOMPARE(suites.size(), 2);
        const QString format = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss");
        for (int i = 0; i < suites.size(); ++i) {
            const QDomElement suite = suites.at(i).toElement();
            // Run and result "Date started" = testsuite@timestamp. No zone (the JUnit schema's pattern); the agent
            // parses it with AssumeUniversal (JunitResultReader.cs), so it must be UTC whatever TZ says.
            const QString timestamp = suite.attribute(QStringLiteral("timestamp"));
            QDateTime started = QDateTime::fromString(timestamp, format);
            QVERIFY2(started.isValid(), qPrintable(timestamp));
            started.setTimeSpec(Qt::UTC);
            QVERIFY2(started >= before.addSecs(-1) && started <= after, qPrintable(timestamp));
            // "Computer name" = testsuite@hostname.
            QCOMPARE(suite.attribute(QStringLiteral("hostname")), QSysInfo::machineHostName());
            QCOMPARE(suite.attribute(QStringLiteral("tests")).toInt(),
                     suite.elementsByTagName(QStringLiteral("testcase")).size());
            QCOMPARE(suite.attribute(QStringLiteral("failures")).toInt(),
                     suite.elementsByTagName(QStringLiteral("failure")).size());
            QCOMPARE(suite.attribute(QStringLiteral("errors")).toInt(),
                     suite.elementsByTagName(QStringLiteral("error")).size());
        }
        const QDomElement suite = suites.at(0).toElement();
        QCOMPARE(suite.attribute(QStringLiteral("name")), QStringLiteral("first.restgate.yml"));
        const QDomNodeList cases = suite.elementsByTagName(QStringLiteral("testcase"));
        QStringList names;
        double sumOfCases = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const QDomElement testcase = cases.at(i).toElement();
            // "Title" / "Test case title" = testcase@name.
            names.append(testcase.attribute(QStringLiteral("name")));
            // "Automated test storage" = testcase@classname; "Automated test name" = classname + "." + name.
            QCOMPARE(testcase.attribute(QStringLiteral("classname")), QStringLiteral("first.restgate.yml"));
            // "Duration" = testcase@time, in seconds; the run's "Date completed" adds them up.
            bool isNumber = false;
            sumOfCases += testcase.attribute(QStringLiteral("time")).toDouble(&isNumber);
            QVERIFY(isNumber);
            // "Console log" = testcase/system-out, for every test that ran.
            QVERIFY(!testcase.firstChildElement(QStringLiteral("system-out")).isNull());
        }
        QCOMPARE(suite.attribute(QStringLiteral("time")).toDouble(), sumOfCases);
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Health"), QStringLiteral("Lookup"), QStringLiteral("Lookup (2)")}));
        // "Outcome": Failed if testcase/failure (or error) exists, Passed otherwise.
        QVERIFY(cases.at(0).toElement().firstChildElement(QStringLiteral("failure")).isNull());
        const QDomElement failed = cases.at(1).toElement();
        const QDomElement failure = failed.firstChildElement(QStringLiteral("failure"));
        QVERIFY(!failure.isNull());
        // "Error message" = failure@message: the failing reason first.
        QVERIFY2(failure.attribute(QStringLiteral("message")).startsWith(QStringLiteral("Status 404")),
                 qPrintable(failure.attribute(QStringLiteral("message"))));
        // "Stack trace" = failure's text: the reasons, one per line, not the response.
        QVERIFY2(failure.text().startsWith(QStringLiteral("Status 404")), qPrintable(failure.text()));
        // The body once, in the console log.
        QCOMPARE(failure.text().count(QStringLiteral("No deployment with id '999'")), 0);
        QCOMPARE(failed.firstChildElement(QStringLiteral("system-out"))
                     .text()
                     .count(QStringLiteral("No deployment with id '999'")),
                 1);
    }

    void ctrlC_writesAPartialReport_andExits130()
    {
        const QString path = writeDesign(QStringLiteral("sigint.restgate.yml"),
                                         {QStringLiteral("quick|health"), QStringLiteral("long|slow?seconds=30")});
        const QString report = m_dir.filePath(QStringLiteral("partial.xml"));
        QProcess process;
        process.start(QStringLiteral(RESTGATE_CLI_PATH),
                      {QStringLiteral("run"), path, QStringLiteral("--junit"), report});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("[1/2] quick"), 15000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        out += process.readAllStandardOutput();
        QVERIFY2(out.contains("(interrupted: 1 task(s) not run)"), out.constData());
        const QDomElement suite = readXml(report).documentElement().firstChildElement(QStringLiteral("testsuite"));
        QCOMPARE(suite.attribute(QStringLiteral("tests")), QStringLiteral("2"));
        QCOMPARE(suite.attribute(QStringLiteral("skipped")), QStringLiteral("1"));
        const QDomNodeList cases = suite.elementsByTagName(QStringLiteral("testcase"));
        QVERIFY(cases.at(0).toElement().firstChildElement(QStringLiteral("skipped")).isNull());
        QCOMPARE(
            cases.at(1).toElement().firstChildElement(QStringLiteral("skipped")).attribute(QStringLiteral("message")),
            QStringLiteral("Interrupted before it finished."));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
