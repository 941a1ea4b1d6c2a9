#include "core/result/criteriajudge.h"
#include "core/run/taskrunner.h"
#include "runsupport.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace RestGate;

class TestTaskRunner : public QObject
{
    Q_OBJECT

private:
    QString m_base;

    // A task against httpbin with a Generic connection, like the server would run it.
    RunInput input(const QString &method, const QString &suffix) const
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("httpbin"));
        in.task.setInput(QStringLiteral("method"), method);
        in.task.setInput(QStringLiteral("urlSuffix"), suffix);
        in.task.setInput(QStringLiteral("headers"), QStringLiteral("{\"Content-Type\":\"application/json\"}"));
        in.connection =
            ServiceConnection::create(QStringLiteral("httpbin"), ServiceConnection::Type::Generic, m_base, {});
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static RunResult run(const RunInput &in, const RunOptions &options = {})
    {
        return TestSupport::runToEnd(in, options, 30);
    }

    static QJsonObject echoed(const RunResult &result) { return QJsonDocument::fromJson(result.body).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        m_base = TestSupport::httpbinBaseUrl();
    }

    void everyMethod_reachesTheServer_data()
    {
        QTest::addColumn<QString>("method");
        for (const char *m : {"OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "PATCH"})
            QTest::addRow("%s", m) << QString::fromLatin1(m);
    }

    void everyMethod_reachesTheServer()
    {
        QFETCH(QString, method);
        const RunResult result = run(input(method, QStringLiteral("anything")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        QCOMPARE(result.request.method, method);
        if (method != QLatin1String("HEAD") && method != QLatin1String("OPTIONS"))
            QCOMPARE(echoed(result).value(QStringLiteral("method")).toString(), method);
        QVERIFY(result.log.startsWith(method + QStringLiteral(" ") + m_base + QStringLiteral("anything\n")));
        QVERIFY(result.log.contains(QStringLiteral("\t\t\t\tResponse Code: OK\n")));
    }

    void bodyAndHeaders_arriveAsSent()
    {
        RunInput in = input(QStringLiteral("POST"), QStringLiteral("anything/deployments/$(deploymentId)"));
        in.task.setInput(QStringLiteral("headers"),
                         QStringLiteral("{\n\"Content-Type\":\"application/json\", \n\"X-Plan\": \"$(system.PlanId)\", "
                                        "\n\"X-Unicode\": \"d\u00e9ploiement\"\n}"));
        in.task.setInput(QStringLiteral("body"), QStringLiteral("{\"name\": \"web\", \"id\": \"$(deploymentId)\"}"));
        in.variables.set(QStringLiteral("deploymentId"), QStringLiteral("42"));
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        const QJsonObject echo = echoed(result);
        QCOMPARE(echo.value(QStringLiteral("data")).toString(), QStringLiteral("{\"name\": \"web\", \"id\": \"42\"}"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(headers.value(QStringLiteral("X-Plan")).toString(),
                 in.variables.find(QStringLiteral("system.PlanId"))->value);
        QVERIFY(echo.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/anything/deployments/42")));
    }

    void defaultV1Headers_carryThePlanVariables()
    {
        RunInput in = input(QStringLiteral("POST"), QStringLiteral("anything"));
        in.task.unsetInput(QStringLiteral("headers")); // the task's default headers
        const RunResult result = run(in);
        const QJsonObject headers = echoed(result).value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Hubname")).toString(), QStringLiteral("build"));
        QCOMPARE(headers.value(QStringLiteral("Taskinstanceid")).toString(),
                 in.variables.find(QStringLiteral("system.TaskInstanceId"))->value);
        // The access token is sent, but never shown: the request and log carry ••••.
        const QString token = in.variables.find(QStringLiteral("system.AccessToken"))->value;
        QCOMPARE(headers.value(QStringLiteral("Authtoken")).toString(), token);
        for (const auto &[name, value] : result.request.redactedHeaders())
            QVERIFY2(!value.contains(token), qPrintable(name));
    }

    void basicAuth_rightAndWrong()
    {
        RunInput in = input(QStringLiteral("GET"), QStringLiteral("basic-auth/deploy/s3cret"));
        in.connection->username = QStringLiteral("deploy");
        in.secret = ConnectionSecret {QStringLiteral("s3cret"), true};
        RunResult result = run(in);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        for (const auto &[name, value] : result.request.redactedHeaders()) {
            if (name == QLatin1String("Authorization"))
                QCOMPARE(value, QStringLiteral("Basic ••••"));
        }

        in.secret = ConnectionSecret {QStringLiteral("wrong"), true};
        result = run(in);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.verdict, RunResult::Verdict::Failed);
        QVERIFY(result.reasons.first().contains(QStringLiteral("only on 200 OK")));
    }

    void statusRule_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("any2xx");
        QTest::addColumn<bool>("passes");
        QTest::addRow("200") << 200 << false << true;
        QTest::addRow("201 documented rule") << 201 << false << false;
        QTest::addRow("201 any 2xx") << 201 << true << true;
        QTest::addRow("204 any 2xx") << 204 << true << true;
        QTest::addRow("404") << 404 << false << false;
        QTest::addRow("404 any 2xx") << 404 << true << false;
        QTest::addRow("500") << 500 << false << false;
    }

    void statusRule()
    {
        QFETCH(int, status);
        QFETCH(bool, any2xx);
        QFETCH(bool, passes);
        RunOptions options;
        options.treatAny2xxAsSuccess = any2xx;
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("status/%1").arg(status)), options);
        QCOMPARE(result.status, status);
        QCOMPARE(result.passed(), passes);
        QCOMPARE(result.verdict, passes ? RunResult::Verdict::Passed : RunResult::Verdict::Failed);
        QVERIFY(result.log.contains(QStringLiteral("Response Code: ") + RunResult::statusName(status)));
    }

    void slowEndpoint_timesOutWithTheServersWords()
    {
        RunOptions options;
        options.timeoutMs = 1000;
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("delay/5")), options);
        QCOMPARE(result.verdict, RunResult::Verdict::TimedOut);
        QCOMPARE(result.errorString,
                 QStringLiteral("The request timed out after 1 seconds as no response was received."));
        QVERIFY(result.msTotal >= 1000 && result.msTotal < 4000);
        QVERIFY(result.log.contains(QStringLiteral("Response Code: 0")));
        QVERIFY(result.log.contains(QStringLiteral("(type TimeoutException)")));
    }

    void defaultLimit_isTwentySeconds()
    {
        QCOMPARE(RunOptions().timeoutMs, 20000);
        QCOMPARE(RunOptions().treatAny2xxAsSuccess, false);
    }

    void refusedPort_isAClearError()
    {
        RunInput in = input(QStringLiteral("GET"), QStringLiteral("x"));
        in.connection->url = QStringLiteral("http://127.0.0.1:%1/").arg(TestSupport::unusedPort());
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::ConnectionRefused);
        QVERIFY(result.errorString.startsWith(QStringLiteral("Connection refused")));
    }

    void redirect_isFollowedAndRecorded()
    {
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("redirect/2")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.redirects.size(), 2);
        QCOMPARE(result.redirects.first().status, 302);
        QVERIFY(result.finalUrl.endsWith(QStringLiteral("/get")));
    }

    void gzipBody_isDecompressed()
    {
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("gzip")));
        QCOMPARE(result.status, 200);
        QCOMPARE(echoed(result).value(QStringLiteral("gzipped")).toBool(), true);
    }

    void bodyOverCap_isCutAndSaidSo()
    {
        RunOptions options;
        options.maxBodyBytes = 1000;
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("bytes/50000")), options);
        QVERIFY(result.bodyTruncated);
        QCOMPARE(result.body.size(), 1000);
        QCOMPARE(result.status, 200);
        QVERIFY(result.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("cut at the dry-run cap")));
    }

    void unknownMacros_areSentVerbatim()
    {
        const RunResult result = run(input(QStringLiteral("GET"), QStringLiteral("anything/$(Build.SourceVersion)")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.request.unknownMacros, QStringList {QStringLiteral("Build.SourceVersion")});
        QVERIFY(echoed(result)
                    .value(QStringLiteral("url"))
                    .toString()
                    .endsWith(QStringLiteral("/anything/$(Build.SourceVersion)")));
    }

    void malformedHeaders_failWithLineAndColumn()
    {
        RunInput in = input(QStringLiteral("GET"), QStringLiteral("get"));
        in.task.setInput(QStringLiteral("headers"), QStringLiteral("{\n\"a\": \"b\",\n\"c\" \"d\"\n}"));
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::InvalidTask);
        bool found = false;
        for (const Finding &finding : result.findings) {
            if (finding.input == QLatin1String("headers") && finding.isError()) {
                QCOMPARE(finding.line, 3);
                QVERIFY(finding.column > 0);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void criteria_decidesWithTheStatus()
    {
        RunInput in = input(QStringLiteral("POST"), QStringLiteral("anything"));
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['method'], 'POST')"));
        QCOMPARE(run(in).verdict, RunResult::Verdict::Passed);
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['method'], 'GET')"));
        const RunResult failed = run(in);
        QCOMPARE(failed.verdict, RunResult::Verdict::Failed);
        QVERIFY(failed.criteria);
    }

    void criteriaParse_isHandedOnWithTheResult()
    {
        RunInput in = input(QStringLiteral("POST"), QStringLiteral("anything"));
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['method'], 'POST')"));
        const RunResult judged = run(in);
        QCOMPARE(judged.verdict, RunResult::Verdict::Passed);
        // The document the criteria was judged on travels with the result, over the very bytes of the body, so
        // the result panel, re-judging and completion need not parse the response again.
        QVERIFY(!judged.bodyDocument.isEmpty());
        QVERIFY(judged.bodyDocument.source().isSharedWith(judged.body));
        QCOMPARE(judged.bodyDocument.root().member(u"method").toString(), QStringLiteral("POST"));
        // It holds the body in clear, so the display-safe copy drops it.
        QVERIFY(judged.displaySafe().bodyDocument.isEmpty());

        in.task.setInput(QStringLiteral("successCriteria"), QString());
        QVERIFY(run(in).bodyDocument.isEmpty()); // no criteria: the runner never parses the body
    }

    void rejudged_equalsARunWithThatCriteria_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("rejudgedWith");
        QTest::addColumn<bool>("any2xx");
        QTest::addRow("true to false") << "json"
                                       << "eq(root['slideshow']['author'], 'Yours Truly')"
                                       << "eq(root['slideshow']['author'], 'nobody')" << false;
        QTest::addRow("false to true") << "json"
                                       << "eq(root['slideshow']['author'], 'nobody')"
                                       << "eq(root['slideshow']['author'], 'Yours Truly')" << false;
        QTest::addRow("criteria to none") << "json"
                                          << "eq(root['slideshow']['author'], 'nobody')"
                                          << "" << false;
        QTest::addRow("none to criteria") << "json"
                                          << ""
                                          << "eq(count(root['slideshow']['slides']), 2)" << false;
        QTest::addRow("parse error") << "json"
                                     << ""
                                     << "eq(root[" << false;
        QTest::addRow("evaluation error") << "json"
                                          << ""
                                          << "gt(root['slideshow'], 1)" << false;
        QTest::addRow("blank after expansion") << "json"
                                               << "false"
                                               << "$(blank)" << false;
        QTest::addRow("not json") << "html"
                                  << ""
                                  << "true" << false;
        QTest::addRow("404 with true criteria") << "status/404"
                                                << ""
                                                << "true" << false;
        QTest::addRow("201 by the 2xx option") << "status/201"
                                               << ""
                                               << "true" << true;
    }

    void rejudged_equalsARunWithThatCriteria()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, sent);
        QFETCH(QString, rejudgedWith);
        QFETCH(bool, any2xx);
        RunOptions options;
        options.treatAny2xxAsSuccess = any2xx;
        RunInput in = input(QStringLiteral("GET"), suffix);
        in.variables.set(QStringLiteral("blank"), QStringLiteral(" "));
        in.task.setInput(QStringLiteral("successCriteria"), sent);
        const RunResult first = run(in, options);
        QVERIFY(first.canRejudge());
        in.task.setInput(QStringLiteral("successCriteria"), rejudgedWith);
        const RunResult second = run(in, options);
        QCOMPARE(second.body, first.body);

        const RunResult rejudged = CriteriaJudge::rejudged(
            first, CriteriaJudge::evaluate(rejudgedWith, in.variables, first.body, first.bodyTruncated));
        QCOMPARE(rejudged.verdict, second.verdict);
        QCOMPARE(rejudged.reasons, second.reasons);
        QCOMPARE(rejudged.request.criteria, second.request.criteria);
        QCOMPARE(bool(rejudged.criteria), bool(second.criteria));
        if (second.criteria)
            QCOMPARE(CriteriaJudge::traceText(*rejudged.criteria), CriteriaJudge::traceText(*second.criteria));
        // Nothing about the response itself changes.
        QCOMPARE(rejudged.log, first.log);
        QCOMPARE(rejudged.status, first.status);
    }

    void criteria_onANonJsonBodyFailsWithTheServersWords()
    {
        RunInput in = input(QStringLiteral("GET"), QStringLiteral("html"));
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("true"));
        const RunResult result = run(in);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Failed);
        QVERIFY(result.reasons.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Error parsing API response into a JSON object.")));
    }

    void cancel_stopsARunningCall()
    {
        TaskRunner runner;
        TaskRun *taskRun = runner.start(input(QStringLiteral("GET"), QStringLiteral("delay/5")));
        QSignalSpy spy(taskRun, &TaskRun::finished);
        QTimer::singleShot(300, taskRun, &TaskRun::cancel);
        QVERIFY(spy.wait(3000));
        QCOMPARE(spy.first().first().value<RunResult>().verdict, RunResult::Verdict::Cancelled);
    }

    void callbackTask_isNeverReportedAsPassed()
    {
        RunInput in = input(QStringLiteral("POST"), QStringLiteral("status/202"));
        in.task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("true"));
        const RunResult result = run(in);
        QCOMPARE(result.status, 202);
        QVERIFY(!result.passed());
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "tst_taskrunner.moc"
