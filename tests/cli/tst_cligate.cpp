#include "scriptedserver.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using RestGate::TestSupport::ScriptedServer;

// restgate-cli run --poll: the gate simulation end to end, against a listener in this process whose answer changes
// from one request to the next ('P' passes the criteria, 'F' fails it).
class TestCliGate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
        QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    };

    QString design(const QString &baseUrl, int tasks = 1)
    {
        QString text = QStringLiteral("restgate: 1\n"
                                      "connections:\n"
                                      "  - name: health\n"
                                      "    type: generic\n"
                                      "    url: %1\n"
                                      "tasks:\n")
                           .arg(baseUrl);
        for (int i = 1; i <= tasks; ++i)
            text += QStringLiteral("  - task: InvokeRESTAPI@1\n"
                                   "    displayName: Health %1\n"
                                   "    inputs:\n"
                                   "      serviceConnection: health\n"
                                   "      method: GET\n"
                                   "      urlSuffix: health\n"
                                   "      successCriteria: eq(root['status'], 'healthy')\n")
                        .arg(i);
        const QString path = m_dir.filePath(QStringLiteral("gate%1.restgate.yml").arg(tasks));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the design");
        file.write(text.toUtf8());
        return path;
    }

    // Asynchronous: the server answering the CLI lives in this process's event loop.
    static Outcome cli(const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        loop.exec();
        if (process.state() != QProcess::NotRunning)
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void steadyAfterAFailure_succeedsAndExitsZero()
    {
        ScriptedServer s("FPFPPP");
        const Outcome o = cli({QStringLiteral("run"), design(s.server.baseUrl()), QStringLiteral("--poll"),
                               QStringLiteral("150ms"), QStringLiteral("--min-success"), QStringLiteral("300ms"),
                               QStringLiteral("--gate-timeout"), QStringLiteral("20s")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QStringList lines = o.lines();
        // A header, one line per evaluation, the outcome.
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Gate: Health 1 — every 150ms, steady for 300ms")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("#1   +")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("FAILED")));
        QVERIFY(lines.at(1).contains(QStringLiteral("200 OK")));
        // The reason it failed, not the status line that says 200 is fine.
        QVERIFY2(lines.at(1).contains(QStringLiteral("Success criteria eq(root['status'], 'healthy') is false.")),
                 qPrintable(lines.at(1)));
        QVERIFY(!lines.at(1).contains(QStringLiteral("meets the rule")));
        QVERIFY(lines.at(2).contains(QStringLiteral("PASSED")));
        QVERIFY(lines.at(3).contains(QStringLiteral("FAILED")));
        QVERIFY(lines.at(6).startsWith(QStringLiteral("#6")));
        QVERIFY2(lines.at(7).startsWith(QStringLiteral("SUCCEEDED: Succeeded at evaluation 6")),
                 qPrintable(lines.at(7)));
        QCOMPARE(s.served, 6);
    }

    void neverPassing_timesOutAndExitsOne()
    {
        ScriptedServer s("F");
        const Outcome o = cli({QStringLiteral("run"), design(s.server.baseUrl()), QStringLiteral("--poll"),
                               QStringLiteral("400ms"), QStringLiteral("--gate-timeout"), QStringLiteral("2s")});
        QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
        QVERIFY2(o.lines().constLast().startsWith(QStringLiteral("TIMED OUT: Timed out after 2s")), qPrintable(o.out));
        QVERIFY(o.lines().constLast().contains(QStringLiteral("no evaluation passed")));
        // At most timeout ÷ interval evaluations; at least one. A loaded machine may fit only one into the two
        // seconds, so re-evaluation itself is asserted by the test above.
        QVERIFY2(s.served >= 1 && s.served <= 5, qPrintable(QStringLiteral("served %1\n%2").arg(s.served).arg(o.out)));
        // timeout ÷ interval is 5, under Microsoft's recommended 10: no advice.
        QVERIFY2(!o.err.contains(QStringLiteral("note:")), qPrintable(o.err));
    }

    void jsonFormat_oneObjectPerEvaluation_thenTheOutcome()
    {
        ScriptedServer s("FP");
        const Outcome o =
            cli({QStringLiteral("run"), design(s.server.baseUrl()), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--poll"), QStringLiteral("100ms"), QStringLiteral("--gate-timeout"),
                 QStringLiteral("10s"), QStringLiteral("--gate-delay"), QStringLiteral("200ms")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QStringList lines = o.lines();
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("evaluation")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(first.value(QStringLiteral("offsetMs")).toInteger() >= 195); // after the delay
        QVERIFY(first.value(QStringLiteral("failingReason")).toString().contains(QStringLiteral("is false")));
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("passed")).toBool(), true);
        const QJsonObject outcome = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(outcome.value(QStringLiteral("gate")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(outcome.value(QStringLiteral("evaluations")).toInt(), 2);
    }

    void textInTheUsersLanguage_jsonStaysEnglish()
    {
        ScriptedServer s("P");
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(QStringLiteral("RESTGATE_LANG"), QStringLiteral("de"));
        const QStringList gate {QStringLiteral("--poll"), QStringLiteral("150ms"), QStringLiteral("--gate-timeout"),
                                QStringLiteral("20s")};
        const Outcome text = cli(QStringList {QStringLiteral("run"), design(s.server.baseUrl())} + gate, german);
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        QVERIFY2(text.lines().constFirst().startsWith(QStringLiteral("Gate: Health 1 — alle 150ms, stabil für 0s")),
                 qPrintable(text.out));
        // The outcome is a token, as the verdicts are; the sentence after it is German.
        QVERIFY2(text.lines().constLast().startsWith(QStringLiteral("SUCCEEDED: Erfolgreich bei Auswertung 1 (+")),
                 qPrintable(text.out));

        const Outcome json = cli(QStringList {QStringLiteral("run"), design(s.server.baseUrl()),
                                              QStringLiteral("--format"), QStringLiteral("json")}
                                     + gate,
                                 german);
        QVERIFY2(json.exitCode == 0, qPrintable(json.out + json.err));
        const QJsonObject outcome = QJsonDocument::fromJson(json.lines().constLast().toUtf8()).object();
        QCOMPARE(outcome.value(QStringLiteral("gate")).toString(), QStringLiteral("SUCCEEDED"));
        QVERIFY2(
            outcome.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Succeeded at evaluation 1")),
            qPrintable(json.out));

        const Outcome bad =
            cli(QStringList {QStringLiteral("run"), design(s.server.baseUrl()), QStringLiteral("--poll"),
                             QStringLiteral("1m"), QStringLiteral("--gate-timeout"), QStringLiteral("1m"),
                             QStringLiteral("--gate-delay"), QStringLiteral("2m")},
                german);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("Der Timeout (1m) muss länger sein")), qPrintable(bad.err));
    }

    void badGateOptions_exitTwoWithTheReason_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QString>("message");
        QTest::addRow("no timeout") << QStringList {QStringLiteral("--poll"), QStringLiteral("5m")} << 1
                                    << QStringLiteral("needs both --poll INTERVAL and --gate-timeout");
        QTest::addRow("not a duration") << QStringList {QStringLiteral("--poll"), QStringLiteral("5x"),
                                                        QStringLiteral("--gate-timeout"), QStringLiteral("1h")}
                                        << 1 << QStringLiteral("--poll takes a duration");
        QTest::addRow("never succeeds") << QStringList {QStringLiteral("--poll"),         QStringLiteral("5m"),
                                                        QStringLiteral("--min-success"),  QStringLiteral("15m"),
                                                        QStringLiteral("--gate-timeout"), QStringLiteral("15m")}
                                        << 1 << QStringLiteral("can never succeed");
        QTest::addRow("delay over 48h") << QStringList {QStringLiteral("--poll"),         QStringLiteral("5m"),
                                                        QStringLiteral("--gate-delay"),   QStringLiteral("49h"),
                                                        QStringLiteral("--gate-timeout"), QStringLiteral("50h")}
                                        << 1 << QStringLiteral("48 hours");
        QTest::addRow("two tasks") << QStringList {QStringLiteral("--poll"), QStringLiteral("5m"),
                                                   QStringLiteral("--gate-timeout"), QStringLiteral("1h")}
                                   << 2 << QStringLiteral("pick one with --task");
    }

    void badGateOptions_exitTwoWithTheReason()
    {
        QFETCH(QStringList, options);
        QFETCH(int, tasks);
        QFETCH(QString, message);
        ScriptedServer s("P");
        const Outcome o = cli(QStringList {QStringLiteral("run"), design(s.server.baseUrl(), tasks)} + options);
        QVERIFY2(o.exitCode == 2, qPrintable(o.out + o.err));
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(s.served, 0);
    }

    QString designWith(const QByteArray &connection, const QByteArray &connectionInput, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the design");
        file.write("restgate: 1\nconnections:\n" + connection
                   + "tasks:\n  - task: InvokeRESTAPI@1\n    displayName: Health\n    inputs:\n" + connectionInput
                   + "      method: GET\n      urlSuffix: health\n"
                     "      successCriteria: eq(root['status'], 'healthy')\n");
        return path;
    }

    void connectionSecretFromTheEnvironment_reachesTheServer()
    {
        QList<QByteArray> authorizations;
        RestGate::TestSupport::RawHttpServer server(
            [&authorizations](QTcpSocket *socket, const RestGate::TestSupport::RawHttpServer::Request &request) {
                authorizations.append(request.header("Authorization"));
                socket->write(RestGate::TestSupport::RawHttpServer::response(200, "OK", "{\"status\":\"healthy\"}",
                                                                             "Content-Type: application/json\r\n"));
                socket->disconnectFromHost();
            });
        const QString path = designWith("  - name: gate-env\n    type: generic\n    url: " + server.baseUrl().toUtf8()
                                            + "\n    username: deploy\n",
                                        "      serviceConnection: gate-env\n", QStringLiteral("env.restgate.yml"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RESTGATE_SECRET_GATE_ENV"), QStringLiteral("gate-pw"));
        const Outcome o = cli({QStringLiteral("run"), path, QStringLiteral("--poll"), QStringLiteral("1s"),
                               QStringLiteral("--gate-timeout"), QStringLiteral("20s")},
                              environment);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QCOMPARE(authorizations, QList<QByteArray> {"Basic " + QByteArray("deploy:gate-pw").toBase64()});
    }

    void missingSecret_exitsTwo_withTheRunsMessage()
    {
        ScriptedServer s("P");
        // An Azure connection whose client secret is neither stored nor in RESTGATE_SECRET_GATE_ARM: not optional.
        const QString path = designWith("  - name: gate-arm\n    type: azureRM\n    url: " + s.server.baseUrl().toUtf8()
                                            + "\n    tenantId: contoso.onmicrosoft.com\n"
                                              "    clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46\n"
                                              "    authentication: servicePrincipalSecret\n",
                                        "      connectionType: connectedServiceNameARM\n"
                                        "      azureServiceConnection: gate-arm\n",
                                        QStringLiteral("arm.restgate.yml"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("RESTGATE_SECRET_GATE_ARM"));
        const Outcome gate = cli({QStringLiteral("run"), path, QStringLiteral("--poll"), QStringLiteral("1s"),
                                  QStringLiteral("--gate-timeout"), QStringLiteral("20s")},
                                 environment);
        QVERIFY2(gate.exitCode == 2, qPrintable(gate.out + gate.err));
        QCOMPARE(s.served, 0);
        QVERIFY2(gate.err.startsWith(QStringLiteral("restgate-cli run: ")), qPrintable(gate.err));
        const QString message = gate.err.mid(18).trimmed();
        QVERIFY(!message.isEmpty());

        // A plain run of the same task fails with the same words: one credential step for both.
        const Outcome once =
            cli({QStringLiteral("run"), path, QStringLiteral("--format"), QStringLiteral("json")}, environment);
        QVERIFY2(once.exitCode == 2, qPrintable(once.out + once.err));
        QVERIFY2(once.out.contains(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("m"), message}})
                                                         .toJson(QJsonDocument::Compact)
                                                         .mid(6)
                                                         .chopped(2))),
                 qPrintable(once.out + QStringLiteral("\n---\n") + message));
        QCOMPARE(s.served, 0);
    }

    void taskOption_picksTheGateAmongSeveral()
    {
        ScriptedServer s("P");
        const Outcome o = cli({QStringLiteral("run"), design(s.server.baseUrl(), 2), QStringLiteral("--task"),
                               QStringLiteral("Health 2"), QStringLiteral("--poll"), QStringLiteral("1s"),
                               QStringLiteral("--gate-timeout"), QStringLiteral("30s")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(o.out.startsWith(QStringLiteral("Gate: Health 2")));
        // 30 evaluations would fit: more than the 10 Microsoft recommends for a check.
        QVERIFY2(o.err.contains(QStringLiteral("note: For a synchronous Invoke REST API check")), qPrintable(o.err));
        QCOMPARE(s.served, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliGate)
#include "tst_cligate.moc"
