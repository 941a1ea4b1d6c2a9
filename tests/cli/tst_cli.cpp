#include "rawhttpserver.h"
#include "testsupport.h"

#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Drives the real restgate-cli binary against a real demo endpoint it starts itself.
class TestCli : public QObject
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
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A copy of a bundled sample whose connections point at this test's demo endpoint.
    QString sample(const QString &name)
    {
        QFile source(QStringLiteral(RESTGATE_SOURCE_DIR "/resources/samples/") + name);
        if (!source.open(QIODevice::ReadOnly))
            qFatal("missing sample");
        QByteArray text = source.readAll();
        text.replace("http://127.0.0.1:8765/", QStringLiteral("http://127.0.0.1:%1/").arg(m_port).toUtf8());
        const QString path = m_dir.filePath(name);
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly))
            qFatal("cannot write sample copy");
        copy.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = RestGate::TestSupport::unusedPort();
        m_demo.start(QStringLiteral(RESTGATE_CLI_PATH),
                     {QStringLiteral("demo-server"), QStringLiteral("--port"), QString::number(m_port)});
        QVERIFY(m_demo.waitForStarted());
        // Ready when it accepts connections.
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

    void help_andVersion()
    {
        Outcome o = cli({QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(QStringLiteral("run")));
        o = cli({QStringLiteral("--version")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith(QStringLiteral("restgate-cli ")));
        o = cli({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(QStringLiteral("RESTGATE_SECRET_")));
    }

    void run_sample_passesEveryTask()
    {
        const Outcome o = cli({QStringLiteral("run"), sample(QStringLiteral("deployments.restgate.yml"))});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QStringLiteral("PASSED")));
        QVERIFY(!o.out.contains(QStringLiteral("FAILED")));
        QVERIFY(o.out.contains(QStringLiteral("GET http://127.0.0.1:%1/deployments/1").arg(m_port)));
    }

    void run_failingTask_exitsOne_withReasons()
    {
        const Outcome o = cli({QStringLiteral("run"), sample(QStringLiteral("failures.restgate.yml")),
                               QStringLiteral("--task"), QStringLiteral("1")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.contains(QStringLiteral("FAILED")));
        QVERIFY(o.out.contains(QStringLiteral("only on 200 OK")));
    }

    void run_byDisplayName_andVariableOverride()
    {
        const QString path = sample(QStringLiteral("deployments.restgate.yml"));
        const Outcome o = cli({QStringLiteral("run"), path, QStringLiteral("--task"),
                               QStringLiteral("wait for deployment"), QStringLiteral("--var"),
                               QStringLiteral("deploymentId=2"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(o.exitCode, 1); // deployment 2 failed, so its criteria is false
        const QJsonObject object = QJsonDocument::fromJson(o.out.split(QLatin1Char('\n')).first().toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("passed")).toBool(true), false);
        QCOMPARE(object.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(object.value(QStringLiteral("task")).toInt(), 1);
        QVERIFY(object.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/deployments/2")));
        QVERIFY(object.value(QStringLiteral("timings")).toObject().contains(QStringLiteral("totalMs")));
        QVERIFY(!object.value(QStringLiteral("reasons")).toArray().isEmpty());
    }

    void run_timeoutOption_appliesTheLimit()
    {
        const Outcome o =
            cli({QStringLiteral("run"), sample(QStringLiteral("failures.restgate.yml")), QStringLiteral("--task"),
                 QStringLiteral("7"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("TIMED OUT")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("The request timed out after 1 seconds as no response was received.")));
    }

    void run_timeoutOption_rejectsWhatIsNotADuration_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *value : {"nan", "NaN", "inf", "-inf", "1e300", "86401", "-5", "0", "abc", ""})
            QTest::addRow("%s", value) << QString::fromLatin1(value);
    }

    void run_timeoutOption_rejectsWhatIsNotADuration()
    {
        QFETCH(QString, value);
        const Outcome o = cli({QStringLiteral("run"), sample(QStringLiteral("failures.restgate.yml")),
                               QStringLiteral("--timeout"), value});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(
            o.err.contains(
                QStringLiteral("--timeout takes a number of seconds above 0 and at most 86400 (got '%1')").arg(value)),
            qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void run_callbackTimeoutOption_rejectsWhatIsNotADuration_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *value : {"nan", "inf", "-inf", "1e300", "172801", "-1", "abc", ""})
            QTest::addRow("%s", value) << QString::fromLatin1(value);
    }

    // NaN passed the old `seconds < 0` check and became an undefined int; 1e300 overflowed it.
    void run_callbackTimeoutOption_rejectsWhatIsNotADuration()
    {
        QFETCH(QString, value);
        const Outcome o = cli({QStringLiteral("run"), sample(QStringLiteral("failures.restgate.yml")),
                               QStringLiteral("--callback-timeout"), value});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(
            o.err.contains(
                QStringLiteral("--callback-timeout takes a number of seconds from 0 to 172800 (got '%1')").arg(value)),
            qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void run_redirects_areShownInEveryFormat()
    {
        using RestGate::TestSupport::RawHttpServer;
        RawHttpServer other([](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(RawHttpServer::response(200, "OK", "{}"));
            socket->disconnectFromHost();
        });
        RawHttpServer first([&other](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(RawHttpServer::response(307, "Temporary Redirect", {},
                                                  "Location: " + other.baseUrl().toUtf8() + "landing\r\n"));
            socket->disconnectFromHost();
        });
        const QString path = m_dir.filePath(QStringLiteral("redirect.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: %1\n"
                                  "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n"
                                  "    method: GET\n    urlSuffix: start\n    headers: '{\"X-Api-Key\": \"k\"}'\n")
                       .arg(first.baseUrl())
                       .toUtf8());
        file.close();
        // The servers live in this process: wait for the CLI with the event loop running.
        const auto runAsync = [](const QStringList &arguments) {
            QProcess process;
            QSignalSpy done(&process, &QProcess::finished);
            process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
            if (!done.wait(60000))
                qFatal("restgate-cli did not finish");
            return Outcome {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                            QString::fromUtf8(process.readAllStandardError())};
        };
        const QString landing = other.baseUrl() + QStringLiteral("landing");

        Outcome o = runAsync({QStringLiteral("run"), path});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(
                     QStringLiteral(
                         "  -> 307 TemporaryRedirect: GET %1 (another origin: X-Api-Key, Authorization not sent)\n")
                         .arg(landing)),
                 qPrintable(o.out));

        const QString report = m_dir.filePath(QStringLiteral("redirect.xml"));
        o = runAsync({QStringLiteral("run"), path, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--junit"), report});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QJsonArray hops = QJsonDocument::fromJson(o.out.split(QLatin1Char('\n')).first().toUtf8())
                                    .object()
                                    .value(QStringLiteral("redirects"))
                                    .toArray();
        QCOMPARE(hops.size(), 1);
        const QJsonObject hop = hops.first().toObject();
        QCOMPARE(hop.value(QStringLiteral("status")).toInt(), 307);
        QCOMPARE(hop.value(QStringLiteral("from")).toString(), first.baseUrl() + QStringLiteral("start"));
        QCOMPARE(hop.value(QStringLiteral("to")).toString(), landing);
        QCOMPARE(hop.value(QStringLiteral("crossOrigin")).toBool(), true);
        QCOMPARE(hop.value(QStringLiteral("droppedHeaders")).toArray(),
                 (QJsonArray {QStringLiteral("X-Api-Key"), QStringLiteral("Authorization")}));

        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QDomDocument junit;
        QVERIFY(junit.setContent(&xml));
        QVERIFY(junit.elementsByTagName(QStringLiteral("system-out"))
                    .at(0)
                    .toElement()
                    .text()
                    .contains(QStringLiteral("Redirect: 307 TemporaryRedirect -> GET ") + landing));
        QCOMPARE(other.requests().size(), 2);
        QVERIFY(!other.requests().first().hasHeader("X-Api-Key"));
    }

    void eval_endlessResponse_stopsWithAClearError_data()
    {
        QTest::addColumn<bool>("fromStdin");
        QTest::addRow("--response /dev/zero") << false;
        QTest::addRow("--response - from /dev/zero") << true;
    }

    void eval_endlessResponse_stopsWithAClearError()
    {
        QFETCH(bool, fromStdin);
        QProcess process;
        if (fromStdin)
            process.setStandardInputFile(QStringLiteral("/dev/zero"));
        process.start(QStringLiteral(RESTGATE_CLI_PATH),
                      {QStringLiteral("eval"), QStringLiteral("--response"),
                       fromStdin ? QStringLiteral("-") : QStringLiteral("/dev/zero"), QStringLiteral("true")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("is longer than 268435456 bytes (256 MiB), the most eval reads")),
                 qPrintable(err));
        QVERIFY(
            err.contains(fromStdin ? QStringLiteral("the response on standard input") : QStringLiteral("/dev/zero")));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void run_secretFromEnvironment()
    {
        const QString path = sample(QStringLiteral("failures.restgate.yml"));
        Outcome o = cli({QStringLiteral("run"), path, QStringLiteral("--task"), QStringLiteral("6")});
        QCOMPARE(o.exitCode, 1);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RESTGATE_SECRET_SECURE"), QStringLiteral("demo-password"));
        o = cli({QStringLiteral("run"), path, QStringLiteral("--task"), QStringLiteral("6")}, environment);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(!o.out.contains(QStringLiteral("demo-password")));
    }

    void run_secretVariableFromVar_staysRedacted()
    {
        const QString path = m_dir.filePath(QStringLiteral("secretvar.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\nconnections:\n- name: api\n  url: http://127.0.0.1:%1/\n"
                                  "variables:\n  apiKey: {secret: true}\n"
                                  "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n"
                                  "    method: GET\n    urlSuffix: deployments/1?key=$(apiKey)\n")
                       .arg(m_port)
                       .toUtf8());
        file.close();
        for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
            const Outcome o = cli({QStringLiteral("run"), path, QStringLiteral("--var"),
                                   QStringLiteral("apiKey=s3cr3t-from-argv"), QStringLiteral("--format"), format});
            QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
            QVERIFY2(!o.out.contains(QStringLiteral("s3cr3t-from-argv")), qPrintable(o.out));
            QVERIFY(o.out.contains(QStringLiteral("key=••••")));
        }
    }

    void run_junitReport()
    {
        const QString report = m_dir.filePath(QStringLiteral("report.xml"));
        const Outcome o = cli({QStringLiteral("run"), sample(QStringLiteral("failures.restgate.yml")),
                               QStringLiteral("--task"), QStringLiteral("1"), QStringLiteral("--task"),
                               QStringLiteral("3"), QStringLiteral("--junit"), report});
        QCOMPARE(o.exitCode, 1);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument xml;
        QVERIFY(xml.setContent(&file));
        const QDomElement suite = xml.documentElement().firstChildElement(QStringLiteral("testsuite"));
        QCOMPARE(suite.attribute(QStringLiteral("tests")), QStringLiteral("2"));
        QCOMPARE(suite.attribute(QStringLiteral("failures")), QStringLiteral("2"));
        QCOMPARE(suite.elementsByTagName(QStringLiteral("testcase")).size(), 2);
    }

    void usageAndDocumentErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no design") << QStringList {QStringLiteral("run")} << QStringLiteral("expected one design");
        QTest::addRow("missing file") << QStringList {QStringLiteral("run"),
                                                      QStringLiteral("/nonexistent.restgate.yml")}
                                      << QStringLiteral("Cannot open");
        QTest::addRow("unknown task") << QStringList {
            QStringLiteral("run"), QStringLiteral(RESTGATE_SOURCE_DIR "/resources/samples/deployments.restgate.yml"),
            QStringLiteral("--task"),
            QStringLiteral("99")} << QStringLiteral("no task '99'");
        QTest::addRow("bad format") << QStringList {QStringLiteral("run"), QStringLiteral("x"),
                                                    QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("--format");
        QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command");
    }

    void usageAndDocumentErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = cli(arguments);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
    }

    void malformedDesign_reportsLineAndColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\ntasks: [a, b\n");
        file.close();
        const Outcome o = cli({QStringLiteral("run"), path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("line 3, column 1")), qPrintable(o.err));
    }

    void undefinedConnection_exitsTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("noconn.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: nowhere\n"
                   "    method: GET\n");
        file.close();
        const Outcome o = cli({QStringLiteral("run"), path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.out.contains(QStringLiteral("'nowhere' is not defined")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
