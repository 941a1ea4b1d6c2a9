#include "callback/callbackroute.h"
#include "callback/callbackverdict.h"
#include "callback/callbackwait.h"
#include "callback/planlistener.h"
#include "core/design/variables.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace RestGate;

namespace {

/// InvokeRESTAPI@1's `headers` default, byte for byte (task.json; note the space after each comma).
const QString defaultHeaders =
    "{\n\"Content-Type\":\"application/json\", \n\"PlanUrl\": \"$(system.CollectionUri)\", "
    "\n\"ProjectId\": \"$(system.TeamProjectId)\", \n\"HubName\": \"$(system.HostType)\", "
    "\n\"PlanId\": \"$(system.PlanId)\", \n\"JobId\": \"$(system.JobId)\", \n\"TimelineId\": "
    "\"$(system.TimelineId)\", \n\"TaskInstanceId\": \"$(system.TaskInstanceId)\", "
    "\n\"AuthToken\": \"$(system.AccessToken)\"\n}";

/// Base URL (with trailing slash) of the test callback service the "callbackservice" fixture started.
QString serviceBaseUrl()
{
    const QString path = qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + "/callbackservice.port";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("callback service fixture not running (no %s); run the test through ctest", qPrintable(path));
    return "http://127.0.0.1:" + QString::fromLatin1(file.readAll().trimmed()) + "/";
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QString message() const { return QJsonDocument::fromJson(body).object().value("message").toString(); }
    QByteArray header(const QByteArray &name) const
    {
        QByteArrayList values;
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values.append(value);
        }
        return values.join(", ");
    }
};

QByteArray basicAuth(const QString &token)
{
    return "Basic " + (":" + token).toUtf8().toBase64();
}

/// The plan's URL templates filled in: {collection}{project} … {hub}, {plan}, {timeline}, {job}, {task}, {token}.
QString fill(QString text, const PlanContext &plan)
{
    text.replace("{collection}", plan.collectionUrl.toString());
    text.replace("{project}", plan.projectId);
    text.replace("{hub}", plan.hubName);
    text.replace("{plan}", plan.planId);
    text.replace("{timeline}", plan.timelineId);
    text.replace("{job}", plan.jobId);
    text.replace("{task}", plan.taskInstanceId);
    text.replace("{token}", plan.accessToken);
    return text;
}

const QString planBase = "{collection}{project}/_apis/distributedtask/hubs/{hub}/plans/{plan}";
const QString eventsUrl = planBase + "/events?api-version=2.0-preview.1";

QByteArray eventBody(const PlanContext &plan, const QString &name, const QString &result = QString())
{
    QJsonObject body {{"name", name}, {"taskId", plan.taskInstanceId}, {"jobId", plan.jobId}};
    if (!result.isEmpty())
        body.insert("result", result);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool checksContain(const CallbackEntry &entry, const QString &text)
{
    return std::any_of(entry.checks.cbegin(), entry.checks.cend(),
                       [&](const CallbackCheck &check) { return check.text.contains(text); });
}

bool anyContains(const QStringList &texts, const QString &text)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &candidate) { return candidate.contains(text); });
}

QString dump(const CallbackVerdict &verdict)
{
    return verdict.report();
}

/// Reads from a raw socket until the peer closes or @p ms pass. Waits in the event loop: the listener runs in this
/// thread, so a blocking wait would starve it.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray data;
    const bool closed = QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        ms);
    Q_UNUSED(closed) // the caller checks the socket's state
    return data + socket.readAll();
}

/// A raw connection to the listener, for what QNetworkAccessManager will not send.
bool connectRaw(QTcpSocket &socket, const PlanListener &listener)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(listener.baseUrl().port()));
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

} // namespace

class tst_PlanListener : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    HttpAnswer call(const QByteArray &method, const QUrl &url, const QByteArray &body,
                    const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs = 20'000)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 2000))
            reply->abort(); // shows as status 0 and an error: the assertions that follow report it
        HttpAnswer answer;
        answer.elapsedMs = timer.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    /// A request to the listener with the plan's Basic auth (or @p authorization; "none" sends no header).
    HttpAnswer callListener(const PlanContext &plan, const QByteArray &method, const QString &urlTemplate,
                            const QByteArray &body, const QByteArray &authorization = QByteArray())
    {
        QList<std::pair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
        if (authorization.isEmpty())
            headers.append({"Authorization", basicAuth(plan.accessToken)});
        else if (authorization != "none")
            headers.append({"Authorization", authorization});
        return call(method, QUrl(fill(urlTemplate, plan)), body, headers);
    }

    /// Sends the task's request to the test service as the server would: POST with the default @1 headers,
    /// expanded with the listener's plan variables. The service must answer within the server's 20 seconds.
    void sendTask(const PlanListener &listener, const QString &modeAndQuery)
    {
        const Expansion headers = MacroExpander(listener.planVariables()).expand(defaultHeaders);
        QVERIFY2(headers.unknown.isEmpty(), qPrintable(headers.unknown.join(", ")));
        const QJsonObject object = QJsonDocument::fromJson(headers.text.toUtf8()).object();
        QCOMPARE(object.size(), 9);
        QList<std::pair<QByteArray, QByteArray>> raw;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            raw.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        const HttpAnswer answer = call("POST", QUrl(serviceBaseUrl() + "task/" + modeAndQuery), QByteArray(), raw);
        QVERIFY2(answer.status == 202, qPrintable(QString::number(answer.status) + " " + answer.body));
        QVERIFY(answer.elapsedMs < 20'000);
    }

    /// The whole round trip: the task's request to the service, then the wait for TaskCompleted.
    void runCallback(PlanListener &listener, const QString &modeAndQuery, int waitMs, CallbackVerdict *verdict,
                     int graceMs = 0)
    {
        CallbackWait wait(&listener);
        wait.setGracePeriodMs(graceMs);
        QSignalSpy finished(&wait, &CallbackWait::finished);
        sendTask(listener, modeAndQuery);
        if (QTest::currentTestFailed())
            return;
        wait.start(waitMs);
        QVERIFY(finished.wait(waitMs + 5000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(wait.verdict().has_value());
        *verdict = *wait.verdict();
    }

    /// A fresh listener on 127.0.0.1 with a plan in @p hub.
    void startListener(PlanListener &listener, const QString &hub = "build", ListenerSettings settings = {})
    {
        QVERIFY2(listener.listen(settings), qPrintable(listener.errorString()));
        listener.startPlan(hub);
    }

    /// The listener still answers a correct request after whatever came before.
    void verifyStillServing(PlanListener &listener)
    {
        const qsizetype before = listener.timeline().size();
        const HttpAnswer answer =
            callListener(listener.plan(), "POST", eventsUrl, eventBody(listener.plan(), "TaskStarted"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(listener.timeline().size(), before + 1);
        QCOMPARE(listener.timeline().constLast().status, 200);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Fails loudly now rather than in every test when the fixture is missing.
        QVERIFY(!serviceBaseUrl().isEmpty());
    }

    // --- plan and settings ------------------------------------------------------------------------------------

    void planVariables_pointTheDefaultHeadersAtTheListener()
    {
        PlanListener listener;
        startListener(listener, "gates");
        const PlanContext plan = listener.plan();
        const VariableSet variables = listener.planVariables();

        QCOMPARE(variables.find("system.CollectionUri")->value, listener.baseUrl().toString());
        QVERIFY(variables.find("system.CollectionUri")->value.endsWith("/"));
        QVERIFY(variables.find("system.CollectionUri")->value.startsWith("http://127.0.0.1:"));
        QCOMPARE(variables.find("system.TeamProjectId")->value, plan.projectId);
        QCOMPARE(variables.find("system.HostType")->value, QString("gates"));
        QCOMPARE(variables.find("system.PlanId")->value, plan.planId);
        QCOMPARE(variables.find("system.JobId")->value, plan.jobId);
        QCOMPARE(variables.find("system.TimelineId")->value, plan.timelineId);
        QCOMPARE(variables.find("system.TaskInstanceId")->value, plan.taskInstanceId);
        QCOMPARE(variables.find("system.AccessToken")->value, plan.accessToken);
        QVERIFY(variables.find("system.AccessToken")->secret);
        QVERIFY(!variables.find("system.PlanId")->secret);
        for (const QString &name : VariableSet::systemVariableNames())
            QVERIFY2(variables.contains(name), qPrintable(name));

        const QSet<QString> ids {plan.projectId, plan.planId, plan.jobId, plan.timelineId, plan.taskInstanceId};
        QCOMPARE(ids.size(), 5);
        const PlanContext next = listener.startPlan("build");
        QVERIFY(next.planId != plan.planId);
        QVERIFY(next.accessToken != plan.accessToken);
        QVERIFY(next.accessToken.size() >= 40);
    }

    void publicUrl_becomesPlanUrlAndPathsWithOrWithoutItsPrefixAreServed()
    {
        PlanListener listener;
        ListenerSettings settings;
        settings.publicBaseUrl = QUrl("https://tunnel.example.test/desk");
        startListener(listener, "build", settings);
        const PlanContext plan = listener.plan();
        QCOMPARE(listener.collectionUrl(), QUrl("https://tunnel.example.test/desk/"));
        QCOMPARE(listener.planVariables().find("system.CollectionUri")->value,
                 QString("https://tunnel.example.test/desk/"));

        const QString local = listener.baseUrl().toString();
        const QString rest = plan.projectId + "/_apis/distributedtask/hubs/build/plans/" + plan.planId + "/events";
        const QByteArray started = eventBody(plan, "TaskStarted");
        // A tunnel that forwards the whole path, and one that strips the prefix.
        QCOMPARE(callListener(plan, "POST", local + "desk/" + rest, started).status, 200);
        QCOMPARE(callListener(plan, "POST", local + rest, started).status, 200);
        const HttpAnswer other = callListener(plan, "POST", local + "elsewhere/" + rest, started);
        QCOMPARE(other.status, 404);
        QVERIFY2(other.message().contains("\"elsewhere/\" between the collection URL and the project id"),
                 qPrintable(other.message()));
    }

    void publicUrl_thatIsNotHttp_isRefused()
    {
        PlanListener listener;
        ListenerSettings settings;
        settings.publicBaseUrl = QUrl("ftp://tunnel.example.test/");
        QVERIFY(!listener.listen(settings));
        QVERIFY(listener.errorString().contains("not an http:// or https:// URL"));
        QVERIFY(!listener.isListening());
    }

    void listen_onATakenPort_failsAndSaysWhy()
    {
        PlanListener first;
        QVERIFY(first.listen());
        PlanListener second;
        ListenerSettings settings;
        settings.port = quint16(first.baseUrl().port());
        QVERIFY(!second.listen(settings));
        QVERIFY2(second.errorString().contains(QString::number(settings.port)), qPrintable(second.errorString()));
    }

    void parseListenAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error");
        QTest::addRow("IPv4 and port") << "127.0.0.1:8080" << true << "127.0.0.1" << 8080 << "";
        QTest::addRow("any, free port") << "0.0.0.0:0" << true << "0.0.0.0" << 0 << "";
        QTest::addRow("IPv6 in brackets") << "[::1]:9000" << true << "::1" << 9000 << "";
        QTest::addRow("port only") << "8080" << true << "127.0.0.1" << 8080 << "";
        QTest::addRow("localhost") << "localhost:80" << true << "127.0.0.1" << 80 << "";
        QTest::addRow("a host name") << "desk.example:80" << false << "" << 0 << "not an IP address";
        QTest::addRow("port too big") << "127.0.0.1:70000" << false << "" << 0 << "is not a port";
        QTest::addRow("no port") << "127.0.0.1" << false << "" << 0 << "has no port";
        QTest::addRow("bare IPv6") << "::1:80" << false << "" << 0 << "[address]:port";
        QTest::addRow("empty") << "" << false << "" << 0 << "No address given";
    }

    void parseListenAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, error);
        QHostAddress parsedAddress;
        quint16 parsedPort = 1;
        QString message;
        QCOMPARE(ListenerSettings::parseListenAddress(text, &parsedAddress, &parsedPort, &message), valid);
        if (valid) {
            QCOMPARE(parsedAddress, QHostAddress(address));
            QCOMPARE(int(parsedPort), port);
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }

    void routeParse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("doubled");
        QTest::addColumn<bool>("missingProject");
        QTest::addRow("events") << "/P/_apis/distributedtask/hubs/build/plans/X/events"
                                << "/"
                                << "events"
                                << "P"
                                << ""
                                << "" << false;
        QTest::addRow("feed") << "/P/_apis/distributedtask/hubs/build/plans/X/timelines/T/records/J/feed"
                              << "/"
                              << "feed"
                              << "P"
                              << ""
                              << "" << false;
        QTest::addRow("log append") << "/P/_apis/distributedtask/hubs/build/plans/X/logs/3"
                                    << "/"
                                    << "log"
                                    << "P"
                                    << ""
                                    << "" << false;
        QTest::addRow("literals in any case") << "/P/_APIS/DistributedTask/Hubs/build/Plans/X/Events"
                                              << "/"
                                              << "events"
                                              << "P"
                                              << ""
                                              << "" << false;
        QTest::addRow("doubled slash before the project") << "//P/_apis/distributedtask/hubs/build/plans/X/events"
                                                          << "/"
                                                          << "events"
                                                          << "P"
                                                          << ""
                                                          << "//P" << false;
        QTest::addRow("collection added again")
            << "/DefaultCollection/P/_apis/distributedtask/hubs/build/plans/X/events"
            << "/"
            << "events"
            << "P"
            << "DefaultCollection"
            << "" << false;
        QTest::addRow("collection path forwarded") << "/org/P/_apis/distributedtask/hubs/build/plans/X/events"
                                                   << "/org/"
                                                   << "events"
                                                   << "P"
                                                   << ""
                                                   << "" << false;
        QTest::addRow("no project") << "/_apis/distributedtask/hubs/build/plans/X/events"
                                    << "/"
                                    << "events"
                                    << ""
                                    << ""
                                    << "" << true;
        QTest::addRow("unknown tail") << "/P/_apis/distributedtask/hubs/build/plans/X/jobs"
                                      << "/"
                                      << "unknown"
                                      << "P"
                                      << ""
                                      << "" << false;
    }

    void routeParse()
    {
        QFETCH(QString, path);
        QFETCH(QString, collection);
        QFETCH(QString, endpoint);
        QFETCH(QString, project);
        QFETCH(QString, extra);
        QFETCH(QString, doubled);
        QFETCH(bool, missingProject);
        const CallbackRoute route = CallbackRoute::parse(path, collection);
        QCOMPARE(CallbackRoute::endpointName(route.endpoint), endpoint);
        QCOMPARE(route.projectId, project);
        QCOMPARE(route.extraPrefix.join("/"), extra);
        QCOMPARE(route.doubledSlash, doubled);
        QCOMPARE(route.missingProject, missingProject);
        QVERIFY(route.underApis);
        QCOMPARE(route.planId, QString("X"));
    }

    // --- round trips with the test service ---------------------------------------------------------------------

    void serviceResult_decidesTheVerdict_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<TaskResult>("expected");
        QTest::addColumn<bool>("passed");
        QTest::addRow("succeeded") << "succeeded" << TaskResult::Succeeded << true;
        QTest::addRow("failed") << "failed" << TaskResult::Failed << false;
        QTest::addRow("succeededWithIssues") << "succeededWithIssues" << TaskResult::SucceededWithIssues << false;
        QTest::addRow("canceled") << "canceled" << TaskResult::Canceled << false;
        QTest::addRow("skipped") << "skipped" << TaskResult::Skipped << false;
        QTest::addRow("abandoned") << "abandoned" << TaskResult::Abandoned << false;
        QTest::addRow("upper case") << "FAILED" << TaskResult::Failed << false;
        QTest::addRow("number 0") << "0" << TaskResult::Succeeded << true;
        QTest::addRow("number 2") << "2" << TaskResult::Failed << false;
        QTest::addRow("number 5") << "5" << TaskResult::Abandoned << false;
    }

    void serviceResult_decidesTheVerdict()
    {
        QFETCH(QString, result);
        QFETCH(TaskResult, expected);
        QFETCH(bool, passed);
        PlanListener listener;
        startListener(listener);
        QSignalSpy completed(&listener, &PlanListener::completed);
        CallbackVerdict verdict;
        runCallback(listener, "correct?result=" + result, 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::Completed);
        QCOMPARE(verdict.result, expected);
        QCOMPARE(verdict.passed(), passed);
        QCOMPARE(verdict.label(), passed ? QString("PASSED") : QString("FAILED"));
        QVERIFY2(verdict.headline.contains("TaskCompleted with result " + taskResultName(expected)),
                 qPrintable(verdict.headline));
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(dump(verdict)));
        QCOMPARE(verdict.timeline.size(), 2);
        QCOMPARE(verdict.timeline[0].eventName, QString("TaskStarted"));
        QCOMPARE(verdict.timeline[1].eventName, QString("TaskCompleted"));
        QCOMPARE(verdict.timeline[1].status, 200);
        QCOMPARE(verdict.timeline[1].auth, AuthOutcome::Accepted);
        QVERIFY(checksContain(verdict.timeline[1], "Basic authentication with an empty user name and the AuthToken"));
        QVERIFY(checksContain(verdict.timeline[1], "taskId is the TaskInstanceId and jobId the JobId."));
        QCOMPARE(verdict.completedBy, 2);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().first().value<TaskResult>(), expected);
    }

    void bearerCallback_completesSucceeded()
    {
        PlanListener listener;
        startListener(listener, "release");
        CallbackVerdict verdict;
        runCallback(listener, "bearer", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY(checksContain(verdict.timeline.constLast(), "Bearer authentication with the AuthToken."));
    }

    void wrongTaskId_isRejectedAndTheTaskNeverCompletes()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "wrong-taskid", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QVERIFY(!verdict.passed());
        QCOMPARE(verdict.label(), QString("NOT COMPLETED"));
        QCOMPARE(verdict.timeline.size(), 2);
        QCOMPARE(verdict.timeline[0].status, 200);
        QCOMPARE(verdict.timeline[1].status, 404);
        QVERIFY2(verdict.headline.contains("its TaskCompleted (request #2) was rejected with 404"),
                 qPrintable(verdict.headline));
        QVERIFY(verdict.headline.contains("is not this task's TaskInstanceId (" + listener.plan().taskInstanceId));
        QVERIFY(verdict.headline.contains("Azure DevOps would keep the task running until its timeout and then fail"));
        QVERIFY2(anyContains(verdict.problems, "#2 POST …"), qPrintable(dump(verdict)));
        QVERIFY(anyContains(verdict.problems, "/plans/" + listener.plan().planId + "/events: taskId \""));
        const QString report = verdict.report();
        QVERIFY(report.startsWith("NOT COMPLETED: "));
        QVERIFY(report.contains("Problems:"));
        QVERIFY(report.contains("[PROBLEM] taskId \""));
        QVERIFY(report.contains("#2 "));
    }

    void swappedIds_areNamedAsSwapped()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "swapped-ids", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QCOMPARE(verdict.timeline.size(), 1);
        QCOMPARE(verdict.timeline[0].status, 404);
        QVERIFY2(anyContains(verdict.problems,
                             "taskId and jobId are swapped: taskId carries the JobId and jobId the TaskInstanceId"),
                 qPrintable(dump(verdict)));
    }

    void gatesForm_onTheBuildHub_isRejectedAndTheGatesQuirkExplained()
    {
        PlanListener listener;
        startListener(listener, "build");
        CallbackVerdict verdict;
        runCallback(listener, "gates-form", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QCOMPARE(verdict.timeline[0].status, 404);
        QVERIFY2(anyContains(verdict.problems,
                             "jobId is the TaskInstanceId and taskId is Guid.Empty: that is the "
                             "Gates quirk, a form only the Gates hub takes. This plan runs in hub "
                             "\"build\""),
                 qPrintable(dump(verdict)));
    }

    void gatesForm_onTheGatesHub_completes()
    {
        PlanListener listener;
        startListener(listener, "Gates"); // the hub name matches in any case, as on the server
        CallbackVerdict verdict;
        runCallback(listener, "gates-form", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY(checksContain(verdict.timeline[0], "Gates form: jobId is the TaskInstanceId and taskId is Guid.Empty"));
    }

    void regularIds_onTheGatesHub_completeWithANoteAboutTheGatesForm()
    {
        PlanListener listener;
        startListener(listener, "gates");
        CallbackVerdict verdict;
        runCallback(listener, "correct", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY(checksContain(verdict.timeline[1], "plans of version 12 and older expect the Gates form"));
    }

    void noAuth_isAnswered401AndNamedMissing()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "no-auth", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QCOMPARE(verdict.timeline.size(), 1);
        QCOMPARE(verdict.timeline[0].status, 401);
        QCOMPARE(verdict.timeline[0].auth, AuthOutcome::Missing);
        QVERIFY2(verdict.headline.contains("rejected with 401: No Authorization header"), qPrintable(verdict.headline));
        // The ids were right; the diagnosis says so, so the user fixes only the auth.
        QVERIFY(checksContain(verdict.timeline[0], "taskId is the TaskInstanceId and jobId the JobId."));
    }

    void wrongToken_isAnswered401AndNamedWrongToken()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "wrong-token", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QCOMPARE(verdict.timeline[0].status, 401);
        QCOMPARE(verdict.timeline[0].auth, AuthOutcome::WrongToken);
        QVERIFY2(anyContains(verdict.problems, "The Basic password is not this run's AuthToken"),
                 qPrintable(dump(verdict)));
    }

    void serviceThatNeverCallsBack_isNotCompletedAndSaysNothingArrived()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "never", 1200, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QVERIFY(verdict.timeline.isEmpty());
        QVERIFY2(verdict.headline.contains("The service never called back: no request reached the listener at "
                                           + listener.collectionUrl().toString()),
                 qPrintable(verdict.headline));
        QVERIFY(verdict.waitedMs >= 1200);
        QCOMPARE(verdict.waitLimitMs, 1200);
    }

    void delayedCallback_withinTheWait_completes()
    {
        PlanListener listener;
        startListener(listener);
        QElapsedTimer sinceRequest;
        sinceRequest.start();
        CallbackVerdict verdict;
        runCallback(listener, "delay?delayMs=1500", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY2(sinceRequest.elapsed() >= 1500, qPrintable(QString::number(sinceRequest.elapsed())));
        QVERIFY(verdict.waitedMs >= 1300);
    }

    void delayedCallback_pastTheWait_isNotCompleted()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "delay?delayMs=4000", 1000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QVERIFY(verdict.timeline.isEmpty());
        QVERIFY(verdict.headline.contains("never called back"));
    }

    void feedLogAndVariable_reachTheLiveLogAndTheTaskVariables()
    {
        PlanListener listener;
        startListener(listener);
        QSignalSpy lines(&listener, &PlanListener::logLine);
        QSignalSpy received(&listener, &PlanListener::eventReceived);
        CallbackVerdict verdict;
        runCallback(listener, "feed-log-variable", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY2(verdict.problems.isEmpty() && verdict.warnings.isEmpty(), qPrintable(dump(verdict)));
        const QStringList expectedLog {"Task started.", "Calling the deployment API.", "Deployment 42 queued.",
                                       "Deployment 42 succeeded."};
        QCOMPARE(verdict.liveLog, expectedLog);
        QCOMPARE(lines.count(), expectedLog.size());
        QCOMPARE(lines.at(2).first().toString(), expectedLog.at(2));

        const QList<CallbackEntry::Kind> kinds {
            CallbackEntry::Kind::Event,         CallbackEntry::Kind::Feed,          CallbackEntry::Kind::LogCreate,
            CallbackEntry::Kind::LogAppend,     CallbackEntry::Kind::RecordsUpdate, CallbackEntry::Kind::RecordsGet,
            CallbackEntry::Kind::RecordsUpdate, CallbackEntry::Kind::Event,
        };
        QCOMPARE(verdict.timeline.size(), kinds.size());
        QCOMPARE(received.count(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QCOMPARE(verdict.timeline[i].kind, kinds[i]);
            QCOMPARE(verdict.timeline[i].status, 200);
            QCOMPARE(verdict.timeline[i].sequence, int(i) + 1);
        }
        QCOMPARE(verdict.timeline[2].summary,
                 QString("log 1 created (\"logs\\%1\")").arg(listener.plan().taskInstanceId));
        QCOMPARE(verdict.timeline[4].summary, QString("log 1 attached to the task record"));

        const Variable *deploymentId = verdict.taskVariables.find("deploymentId");
        QVERIFY(deploymentId);
        QCOMPARE(deploymentId->value, QString("42"));
        QVERIFY(!deploymentId->secret);
        const Variable *token = verdict.taskVariables.find("deployToken");
        QVERIFY(token);
        QVERIFY(token->secret);
        const QString report = verdict.report();
        QVERIFY(report.contains("deploymentId = 42"));
        QVERIFY(report.contains("deployToken = *** (secret)"));
        QVERIFY2(!report.contains("s3cr3t"), "a secret variable leaked into the report");
        for (const CallbackEntry &entry : verdict.timeline)
            QVERIFY2(!entry.summary.contains("s3cr3t"), qPrintable(entry.summary));
    }

    void doubleSlashInTheUrl_completesWithAWarning()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "double-slash", 10'000, &verdict);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(verdict.passed(), qPrintable(dump(verdict)));
        QVERIFY2(verdict.timeline[0].target.startsWith("//" + listener.plan().projectId + "/_apis/"),
                 qPrintable(dump(verdict)));
        QVERIFY2(anyContains(verdict.warnings, "The URL has a doubled slash (\"//" + listener.plan().projectId + "\")"),
                 qPrintable(dump(verdict)));
        QVERIFY(anyContains(verdict.warnings, "join PlanUrl and the project id without adding a slash"));
    }

    void unknownEventName_isRejected400AndNamed()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "unknown-event", 1500, &verdict);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::NotCompleted);
        QCOMPARE(verdict.timeline.size(), 1);
        QCOMPARE(verdict.timeline[0].status, 400);
        QCOMPARE(verdict.timeline[0].eventName, QString("TaskFinished"));
        QVERIFY2(anyContains(verdict.problems,
                             "Unknown event name \"TaskFinished\": Azure DevOps knows TaskAssigned, "
                             "TaskStarted and TaskCompleted (did you mean TaskCompleted?)"),
                 qPrintable(dump(verdict)));
        QVERIFY2(verdict.headline.contains("The service never completed the task: no TaskCompleted arrived"),
                 qPrintable(verdict.headline));
        QVERIFY(verdict.headline.contains("The last request it made was #1 POST …"));
        QVERIFY(verdict.headline.contains("answered 400."));
    }

    void postAfterCompletion_isFlaggedAndTheFirstResultStands()
    {
        PlanListener listener;
        startListener(listener);
        CallbackVerdict verdict;
        runCallback(listener, "post-after-completion", 10'000, &verdict, 2000);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(verdict.outcome, CallbackVerdict::Outcome::Completed);
        QCOMPARE(verdict.result, TaskResult::Succeeded);
        QVERIFY(verdict.passed());
        QCOMPARE(verdict.completedBy, 1);
        QCOMPARE(verdict.timeline.size(), 3);
        QCOMPARE(verdict.timeline[1].status, 500);
        QVERIFY2(anyContains(verdict.problems,
                             "This TaskCompleted came after the task was completed (request #1, "
                             "result succeeded)"),
                 qPrintable(dump(verdict)));
        QCOMPARE(verdict.timeline[2].kind, CallbackEntry::Kind::Feed);
        QCOMPARE(verdict.timeline[2].status, 200);
        QVERIFY(anyContains(verdict.warnings, "Console lines after the task was completed"));
        QCOMPARE(listener.result(), TaskResult::Succeeded);
    }

    // --- the wait ---------------------------------------------------------------------------------------------

    void cancel_endsTheWaitAsCancelledAtOnce()
    {
        PlanListener listener;
        startListener(listener);
        CallbackWait wait(&listener);
        QSignalSpy finished(&wait, &CallbackWait::finished);
        wait.start(60'000);
        QVERIFY(wait.isRunning());
        QTest::qWait(200);
        wait.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!wait.isRunning());
        QCOMPARE(wait.verdict()->outcome, CallbackVerdict::Outcome::Cancelled);
        QVERIFY(wait.verdict()->headline.contains("The wait was cancelled after"));
        QVERIFY(wait.verdict()->headline.contains("No request had reached the listener."));
    }

    void completionBeforeTheWaitStarts_finishesAtOnce()
    {
        PlanListener listener;
        startListener(listener);
        QCOMPARE(
            callListener(listener.plan(), "POST", eventsUrl, eventBody(listener.plan(), "TaskCompleted", "succeeded"))
                .status,
            200);
        CallbackWait wait(&listener);
        QSignalSpy finished(&wait, &CallbackWait::finished);
        QElapsedTimer timer;
        timer.start();
        wait.start(60'000);
        QCOMPARE(finished.count(), 0); // always asynchronous
        QVERIFY(finished.wait(2000));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(wait.verdict()->passed());
        QVERIFY(checksContain(listener.timeline()[0], "TaskCompleted came without a TaskStarted before it"));
    }

    void waitWithoutAListeningListener_isAListenerError()
    {
        PlanListener listener; // never listened
        CallbackWait wait(&listener);
        QSignalSpy finished(&wait, &CallbackWait::finished);
        wait.start(60'000);
        QVERIFY(finished.wait(2000));
        QCOMPARE(wait.verdict()->outcome, CallbackVerdict::Outcome::ListenerError);
        QCOMPARE(wait.verdict()->label(), QString("ERROR"));
        QVERIFY(wait.verdict()->headline.contains("not listening"));
    }

    // --- the listener hit directly ---------------------------------------------------------------------------

    void badRequests_areAnsweredWithTheRightCodeAndTheListenerKeepsServing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("authorization"); // empty: the plan's Basic; "none": no header
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("diagnosis");

        const QString ids = "\"taskId\":\"{task}\",\"jobId\":\"{job}\"";
        const QString started = "{\"name\":\"TaskStarted\"," + ids + "}";
        QTest::addRow("bad JSON") << QByteArray("POST") << eventsUrl << "{\"name\":\"TaskStarted\","
                                  << "" << 400 << "The body is not valid JSON";
        QTest::addRow("JSON array") << QByteArray("POST") << eventsUrl << "[1,2]"
                                    << "" << 400 << "The body is JSON but not an object";
        QTest::addRow("empty body") << QByteArray("POST") << eventsUrl << ""
                                    << "" << 400 << "The body is empty";
        QTest::addRow("no name") << QByteArray("POST") << eventsUrl << "{" + ids + "}"
                                 << "" << 400 << "The event has no \"name\"";
        QTest::addRow("no taskId") << QByteArray("POST") << eventsUrl
                                   << "{\"name\":\"TaskStarted\",\"jobId\":\"{job}\"}"
                                   << "" << 400 << "The event has no \"taskId\"; it must be the TaskInstanceId header";
        QTest::addRow("taskId not a GUID")
            << QByteArray("POST") << eventsUrl << "{\"name\":\"TaskStarted\",\"taskId\":\"42\",\"jobId\":\"{job}\"}"
            << "" << 400 << "\"taskId\" is \"42\", which is not a GUID";
        QTest::addRow("no result") << QByteArray("POST") << eventsUrl << "{\"name\":\"TaskCompleted\"," + ids + "}"
                                   << "" << 400 << "TaskCompleted has no \"result\"";
        QTest::addRow("unknown result") << QByteArray("POST") << eventsUrl
                                        << "{\"name\":\"TaskCompleted\"," + ids + ",\"result\":\"success\"}"
                                        << "" << 400 << "\"success\" is not a task result; send one of succeeded";
        QTest::addRow("GET on events") << QByteArray("GET") << eventsUrl << ""
                                       << "" << 405 << "GET is not allowed on the events endpoint; it takes POST";
        QTest::addRow("DELETE on records") << QByteArray("DELETE") << planBase + "/timelines/{timeline}/records"
                                           << ""
                                           << "" << 405 << "DELETE is not allowed on the records endpoint";
        QTest::addRow("no auth") << QByteArray("POST") << eventsUrl << started << "none" << 401
                                 << "No Authorization header";
        QTest::addRow("wrong Bearer token") << QByteArray("POST") << eventsUrl << started << "Bearer nope" << 401
                                            << "The Bearer token is not this run's AuthToken";
        QTest::addRow("token as Basic user name") << QByteArray("POST") << eventsUrl << started << "basic-user" << 401
                                                  << "The AuthToken is in the user-name part";
        QTest::addRow("Basic not base64") << QByteArray("POST") << eventsUrl << started << "Basic %%%" << 401
                                          << "The Basic credentials are not valid base64";
        QTest::addRow("bare token") << QByteArray("POST") << eventsUrl << started << "{token}" << 401
                                    << "the bare AuthToken without a scheme";
        QTest::addRow("Digest") << QByteArray("POST") << eventsUrl << started << "Digest username=\"x\"" << 401
                                << "The Authorization scheme \"Digest\" is not accepted";
        QTest::addRow("unknown plan") << QByteArray("POST")
                                      << "{collection}{project}/_apis/distributedtask/hubs/{hub}/plans/"
                                         "6f9619ff-8b86-d011-b42d-00cf4fc964ff/events"
                                      << started << "" << 404 << "is not this run's PlanId";
        QTest::addRow("JobId as plan id")
            << QByteArray("POST") << "{collection}{project}/_apis/distributedtask/hubs/{hub}/plans/{job}/events"
            << started << "" << 404 << "is not this run's PlanId ({plan}) (it is the JobId)";
        QTest::addRow("unknown hub") << QByteArray("POST")
                                     << "{collection}{project}/_apis/distributedtask/hubs/nohub/plans/{plan}/events"
                                     << started << "" << 404 << "\"nohub\" is not a hub";
        QTest::addRow("another hub") << QByteArray("POST")
                                     << "{collection}{project}/_apis/distributedtask/hubs/release/plans/{plan}/events"
                                     << started << "" << 404 << "but this plan runs in hub \"build\"";
        QTest::addRow("unknown project") << QByteArray("POST")
                                         << "{collection}6f9619ff-8b86-d011-b42d-00cf4fc964ff/_apis/distributedtask/"
                                            "hubs/{hub}/plans/{plan}/events"
                                         << started << "" << 404 << "is not this run's ProjectId";
        QTest::addRow("collection added again")
            << QByteArray("POST")
            << "{collection}DefaultCollection/{project}/_apis/distributedtask/hubs/"
               "{hub}/plans/{plan}/events"
            << started << "" << 404 << "\"DefaultCollection/\" between the collection";
        QTest::addRow("no project") << QByteArray("POST")
                                    << "{collection}_apis/distributedtask/hubs/{hub}/plans/{plan}/events" << started
                                    << "" << 404 << "The path has no project id before \"/_apis\"";
        QTest::addRow("not a plan endpoint") << QByteArray("GET") << "{collection}favicon.ico"
                                             << ""
                                             << "" << 404 << "\"/favicon.ico\" is not a plan endpoint";
        QTest::addRow("unknown endpoint under the plan") << QByteArray("POST") << planBase + "/jobs" << started << ""
                                                         << 404 << "is under the plan but is none of its endpoints";
        QTest::addRow("wrong timeline") << QByteArray("POST") << planBase + "/timelines/{plan}/records/{job}/feed"
                                        << "{\"value\":[\"x\"],\"count\":1}"
                                        << "" << 404 << "is not this run's TimelineId ({timeline}) (it is the PlanId)";
        QTest::addRow("feed to another record")
            << QByteArray("POST") << planBase + "/timelines/{timeline}/records/{plan}/feed"
            << "{\"value\":[\"x\"],\"count\":1}"
            << "" << 404 << "The feed record id";
        QTest::addRow("feed lines not text")
            << QByteArray("POST") << planBase + "/timelines/{timeline}/records/{job}/feed"
            << "{\"value\":[1,2],\"count\":2}"
            << "" << 400 << "The feed body needs \"value\": an array of console lines";
        QTest::addRow("unknown log") << QByteArray("POST") << planBase + "/logs/99"
                                     << "text"
                                     << "" << 404 << "There is no log \"99\" in this plan";
        QTest::addRow("log without path") << QByteArray("POST") << planBase + "/logs"
                                          << "{}"
                                          << "" << 400 << "A new log needs a \"path\"";
        QTest::addRow("variable as a bare value") << QByteArray("PATCH") << planBase + "/timelines/{timeline}/records"
                                                  << "{\"value\":[{\"id\":\"{task}\",\"variables\":{\"x\":\"1\"}}]}"
                                                  << "" << 400 << "Variable \"x\" must be an object";
        QTest::addRow("attach a log that does not exist")
            << QByteArray("PATCH") << planBase + "/timelines/{timeline}/records"
            << "{\"value\":[{\"id\":\"{task}\",\"log\":{\"id\":7}}]}"
            << "" << 400 << "The record attaches log 7, which does not exist";
    }

    void badRequests_areAnsweredWithTheRightCodeAndTheListenerKeepsServing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, authorization);
        QFETCH(int, status);
        QFETCH(QString, diagnosis);

        PlanListener listener;
        startListener(listener);
        const PlanContext plan = listener.plan();
        QByteArray auth = fill(authorization, plan).toUtf8();
        if (authorization == "basic-user")
            auth = "Basic " + (plan.accessToken + ":").toUtf8().toBase64();
        const HttpAnswer answer = callListener(plan, method, url, fill(body, plan).toUtf8(), auth);

        QCOMPARE(answer.status, status);
        const QString expected = fill(diagnosis, plan);
        // Azure DevOps' error shape: a JSON object with the message.
        QVERIFY2(answer.message().contains(expected), qPrintable(answer.message()));
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value("$id").toString(), QString("1"));
        QCOMPARE(listener.timeline().size(), 1);
        const CallbackEntry &entry = listener.timeline().constFirst();
        QCOMPARE(entry.status, status);
        QCOMPARE(entry.method, QString::fromLatin1(method));
        QVERIFY2(entry.hasProblem(), qPrintable(entry.describe()));
        QVERIFY2(checksContain(entry, expected), qPrintable(entry.texts(CallbackCheck::Severity::Problem).join("\n")));
        if (status == 401) {
            QVERIFY(answer.header("WWW-Authenticate").contains("Basic"));
            QCOMPARE(entry.auth,
                     authorization == "none" ? AuthOutcome::Missing
                         : (authorization.startsWith("Bearer") || authorization == "basic-user")
                         ? AuthOutcome::WrongToken
                         : AuthOutcome::Malformed);
        } else {
            QCOMPARE(entry.auth, AuthOutcome::Accepted);
        }
        if (status == 405)
            QVERIFY(!answer.header("Allow").isEmpty());
        QVERIFY(!listener.isCompleted());

        verifyStillServing(listener);
    }

    void garbageInsteadOfHttp_isAnswered400AndTheListenerKeepsServing()
    {
        PlanListener listener;
        startListener(listener);
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, listener));
        socket.write("GARBAGE NONSENSE\r\n\r\n");
        const QByteArray response = readUntilClosed(socket, 5000);
        QVERIFY2(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(listener.timeline().size(), 1);
        QCOMPARE(listener.timeline()[0].kind, CallbackEntry::Kind::MalformedHttp);
        QCOMPARE(listener.timeline()[0].status, 400);
        QVERIFY(checksContain(listener.timeline()[0],
                              "could not parse the request as HTTP/1.1 (it begins \"GARBAGE NONSENSE\")"));
        verifyStillServing(listener);
    }

    void hugeDeclaredBody_isAnswered413BeforeItIsSent()
    {
        PlanListener listener;
        startListener(listener);
        const PlanContext plan = listener.plan();
        QTcpSocket socket;
        QVERIFY(connectRaw(socket, listener));
        const QByteArray target =
            QUrl(fill(eventsUrl, plan)).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8();
        socket.write("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     + "Authorization: " + basicAuth(plan.accessToken)
                     + "\r\nContent-Length: 9000000\r\n\r\n{\"name\":");
        // The answer comes while the client has sent almost none of the body: nothing waits for (or buffers) it.
        QElapsedTimer timer;
        timer.start();
        QByteArray response;
        QVERIFY(QTest::qWaitFor(
            [&] {
                response += socket.readAll();
                return response.contains("\r\n\r\n");
            },
            5000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(response.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), response.constData());
        QVERIFY(response.contains("Connection: close"));
        QCOMPARE(listener.timeline().size(), 1);
        const CallbackEntry &entry = listener.timeline()[0];
        QCOMPARE(entry.kind, CallbackEntry::Kind::TooLarge);
        QCOMPARE(entry.status, 413);
        QCOMPARE(entry.method, QString("POST"));
        QVERIFY(
            checksContain(entry, "The body (Content-Length 9000000) is over the listener's limit of 8388608 bytes"));
        socket.abort();
        verifyStillServing(listener);
    }

    void hugeUploadedBody_isAnswered413AndTheListenerKeepsServing()
    {
        PlanListener listener;
        ListenerSettings settings;
        settings.maxBodyBytes = 1024 * 1024;
        startListener(listener, "build", settings);
        const PlanContext plan = listener.plan();
        const HttpAnswer answer =
            callListener(plan, "POST", planBase + "/logs/1", QByteArray(3 * 1024 * 1024 / 2, 'x'));
        QCOMPARE(answer.status, 413);
        QCOMPARE(listener.timeline().size(), 1);
        QCOMPARE(listener.timeline()[0].kind, CallbackEntry::Kind::TooLarge);
        verifyStillServing(listener);
    }

    void stalledRequest_isClosedAfterTheIdleTimeoutWhileOthersAreServed_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::addColumn<bool>("answered408");
        QTest::addRow("stalls in the body")
            << QByteArray("POST /x/_apis/distributedtask/hubs/build/plans/y/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Length: 100\r\n\r\n{\"name\":")
            << true;
        QTest::addRow("stalls in the headers")
            << QByteArray("POST /x/_apis/distributedtask HTTP/1.1\r\nHost: 12") << true;
        QTest::addRow("connects and sends nothing") << QByteArray() << false;
    }

    void stalledRequest_isClosedAfterTheIdleTimeoutWhileOthersAreServed()
    {
        QFETCH(QByteArray, partial);
        QFETCH(bool, answered408);
        constexpr int idleMs = 800;
        PlanListener listener;
        ListenerSettings settings;
        settings.idleTimeoutMs = idleMs;
        startListener(listener, "build", settings);

        QTcpSocket slow;
        QElapsedTimer sinceStall;
        QVERIFY(connectRaw(slow, listener));
        slow.write(partial);
        slow.flush();
        sinceStall.start();

        // A well-behaved client is served at once meanwhile: the stalled connection blocks nobody.
        const HttpAnswer other =
            callListener(listener.plan(), "POST", eventsUrl, eventBody(listener.plan(), "TaskStarted"));
        QCOMPARE(other.status, 200);
        QVERIFY2(other.elapsedMs < idleMs / 2, qPrintable(QString::number(other.elapsedMs)));

        const QByteArray response = readUntilClosed(slow, idleMs + 3000);
        const qint64 closedAfter = sinceStall.elapsed();
        QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(closedAfter >= idleMs - 50, qPrintable(QString::number(closedAfter)));
        QVERIFY2(closedAfter < idleMs + 2000, qPrintable(QString::number(closedAfter)));
        if (answered408) {
            QVERIFY2(response.startsWith("HTTP/1.1 408 Request Timeout\r\n"), response.constData());
            QCOMPARE(listener.timeline().size(), 2);
            const CallbackEntry &entry = listener.timeline()[1];
            QCOMPARE(entry.kind, CallbackEntry::Kind::Incomplete);
            QCOMPARE(entry.status, 408);
            QVERIFY2(
                checksContain(
                    entry,
                    QString("The client sent %1 bytes of a request (it begins \"POST /x/_apis/").arg(partial.size())),
                qPrintable(entry.checks.constFirst().text));
            QVERIFY(checksContain(entry, "and then nothing for 0.8 s; the listener answered 408"));
        } else {
            QVERIFY(response.isEmpty());
            QCOMPARE(listener.timeline().size(), 1);
        }
        verifyStillServing(listener);
    }
};

QTEST_MAIN(tst_PlanListener)
#include "tst_planlistener.moc"
