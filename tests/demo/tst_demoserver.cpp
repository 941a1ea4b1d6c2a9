#include "demo/demoserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <signal.h>

#include <memory>
#include <tuple>

using namespace RestGate;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// What came back, read off a finished QNetworkReply.
struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value("message").toString(); }
};

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

/// One request the stand-in plan endpoint received.
struct PlanCall
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path; ///< percent-encoded, as sent
    QString query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
    qint64 atMs = 0; ///< on the endpoint's clock

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// A stand-in for the Azure DevOps plan API on 127.0.0.1 and a free port, what the demo's calls back go to: it
/// records every request and answers each with `status` and `{}`.
class PlanEndpoint
{
public:
    PlanEndpoint()
    {
        m_clock.start();
        m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            PlanCall call;
            call.method = request.method();
            call.path = request.url().path(QUrl::FullyEncoded);
            call.query = request.url().query(QUrl::FullyEncoded);
            call.authorization = request.value("Authorization");
            call.contentType = request.value("Content-Type");
            call.body = request.body();
            call.atMs = m_clock.elapsed();
            calls.append(call);
            responder.write(QJsonDocument(QJsonObject()), status);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    /// e.g. url("/fabrikam/") -> http://127.0.0.1:PORT/fabrikam/
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    qint64 now() const { return m_clock.elapsed(); }

    QList<PlanCall> calls;
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;

private:
    QHttpServer m_server;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
};

/// The ids the InvokeRESTAPI@1 default headers carry, as the dry-run variables would fill them in.
struct PlanIds
{
    QString project = "6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c";
    QString hub = "build";
    QString plan = "0f5a3a2c-6b0e-4d6c-9d4b-7a3c1e2f4b5d";
    QString job = "11111111-2222-4333-8444-555555555555";
    QString timeline = "5b7e0c1d-9f2a-4c3b-8d4e-6f7a8b9c0d1e";
    QString task = "a3c9e5f1-0b2d-4e6f-8a1c-3e5f7a9b1c2d";
    QString token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.job-access-token";

    /// In the order and spelling of the InvokeRESTAPI@1 default headers (without Content-Type).
    Headers headers(const QString &planUrl) const
    {
        return {{"PlanUrl", planUrl.toUtf8()},     {"ProjectId", project.toUtf8()}, {"HubName", hub.toUtf8()},
                {"PlanId", plan.toUtf8()},         {"JobId", job.toUtf8()},         {"TimelineId", timeline.toUtf8()},
                {"TaskInstanceId", task.toUtf8()}, {"AuthToken", token.toUtf8()}};
    }
    /// The path of the plan's API below PlanUrl's own path, e.g.
    /// /{project}/_apis/distributedtask/hubs/build/plans/{plan}
    QString planPath() const { return "/" + project + "/_apis/distributedtask/hubs/" + hub + "/plans/" + plan; }
    QByteArray authorization() const { return basicAuth("", token.toUtf8()); }
};

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> m_server;
    QNetworkAccessManager m_nam;

    /// The request URL the way Azure DevOps builds it: connection URL and urlSuffix glued together.
    QUrl url(const QString &suffix) const { return QUrl(m_server->baseUrl().toString() + suffix); }

    Response wait(QNetworkReply *reply, int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        Response response;
        response.finished = reply->isFinished();
        response.error = reply->error();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        return response;
    }

    Response send(const QByteArray &verb, const QString &suffix, const QByteArray &body = {},
                  const Headers &headers = {})
    {
        QNetworkRequest request(url(suffix));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (verb == "HEAD")
            return wait(m_nam.head(request));
        return wait(m_nam.sendCustomRequest(request, verb, body));
    }

    Response get(const QString &suffix, const Headers &headers = {}) { return send("GET", suffix, {}, headers); }

    /// POST callback/deployments{query} with the plan headers pointing at @p planUrl.
    Response postCallback(const QString &query, const QString &planUrl, const PlanIds &ids = {},
                          const QByteArray &body = {})
    {
        return send("POST", "callback/deployments" + query, body, ids.headers(planUrl));
    }

    QString deploymentStatus(int id)
    {
        return get(QStringLiteral("deployments/%1").arg(id)).json().value("status").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A proxy from the environment must not stand between the tests and 127.0.0.1.
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        m_server = std::make_unique<DemoServer>();
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    }

    void cleanup()
    {
        m_server.reset();
        m_nam.clearConnectionCache();
    }

    // ---- listening -------------------------------------------------------------------------------------------

    void listen_freePort_reportsPortAndBaseUrlWithTrailingSlash()
    {
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port())));
        QVERIFY(m_server->errorString().isEmpty());
    }

    void listen_wildcardAddress_reportsLoopbackBaseUrl()
    {
        DemoServer server;
        QVERIFY2(server.listen(QHostAddress::AnyIPv4, 0), qPrintable(server.errorString()));
        QCOMPARE(server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
        const Response health = wait(m_nam.get(QNetworkRequest(server.baseUrl().resolved(QUrl("health")))));
        QCOMPARE(health.status, 200);
    }

    void listen_portInUse_failsWithClearError()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        DemoServer server;
        QVERIFY(!server.listen(QHostAddress::LocalHost, blocker.serverPort()));
        QVERIFY(!server.isListening());
        const QString error = server.errorString();
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort())), qPrintable(error));
        QVERIFY2(error.contains("already in use"), qPrintable(error));
    }

    void close_refusesConnectionsAndFreesThePortAtOnce()
    {
        const quint16 port = m_server->port();
        const QUrl health = url("health");
        m_server->close();
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->port(), quint16(0));
        QVERIFY(m_server->baseUrl().isEmpty());
        QCOMPARE(wait(m_nam.get(QNetworkRequest(health))).error, QNetworkReply::ConnectionRefusedError);

        QVERIFY2(m_server->listen(QHostAddress::LocalHost, port), qPrintable(m_server->errorString()));
        QCOMPARE(get("health").status, 200);
    }

    void close_whileSlowResponsePending_dropsItWithoutServing()
    {
        QSignalSpy served(m_server.get(), &DemoServer::requestServed);
        QNetworkReply *pending = m_nam.get(QNetworkRequest(url("slow?seconds=0.5")));
        QTest::qWait(200);
        m_server->close();
        const Response response = wait(pending);
        QVERIFY(response.finished);
        QVERIFY(response.error != QNetworkReply::NoError);
        QTest::qWait(500); // past the delay: the timer must not write to the dropped connection
        QCOMPARE(served.count(), 0);
    }

    // ---- connection limits -----------------------------------------------------------------------------------

    void halfARequest_isAnswered408AndDroppedAfterTheIdleTimeout()
    {
        DemoServer server;
        server.setConnectionLimits(DemoServer::defaultMaxRequestBodyBytes, 300);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client.waitForConnected(5000));
        // The head never ends: no blank line.
        client.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Partial: ");
        QVERIFY(client.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        const QByteArray answer = client.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    }

    void slowAnswer_isNotCutByTheIdleTimeout()
    {
        DemoServer server;
        server.setConnectionLimits(DemoServer::defaultMaxRequestBodyBytes, 300);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        // A whole request whose answer takes longer than the idle timeout: it is waited for, not dropped.
        const Response response =
            wait(m_nam.get(QNetworkRequest(server.baseUrl().resolved(QUrl(QStringLiteral("slow?seconds=1"))))));
        QCOMPARE(response.error, QNetworkReply::NoError);
        QCOMPARE(response.status, 200);
    }

    void oversizedBody_isRefusedWith413_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addRow("Content-Length") << false;
        QTest::addRow("chunked") << true;
    }

    void oversizedBody_isRefusedWith413()
    {
        QFETCH(bool, chunked);
        DemoServer server;
        server.setConnectionLimits(64 * 1024, DemoServer::defaultIdleTimeoutMs);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        const int before = int(server.store().deployments().size());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray body = "{\"name\":\"" + QByteArray(200 * 1024, 'x') + "\"}";
        if (chunked) {
            client.write("POST /deployments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n"
                         + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
        } else {
            client.write("POST /deployments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        // The answer comes at once; the connection closes once the rest of the body is drained (a chunked one
        // only when the client goes idle).
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QCOMPARE(int(server.store().deployments().size()), before);
    }

    // ---- service info ----------------------------------------------------------------------------------------

    void health_reportsServiceStatusAndEndpoints_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("root") << QString();
        QTest::addRow("health") << QStringLiteral("health");
    }

    void health_reportsServiceStatusAndEndpoints()
    {
        QFETCH(QString, suffix);
        const Response response = get(suffix);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject json = response.json();
        QCOMPARE(json.value("service").toString(), QStringLiteral("RestGate demo endpoint"));
        QCOMPARE(json.value("status").toString(), QStringLiteral("ok"));
        const QJsonArray endpoints = json.value("endpoints").toArray();
        QCOMPARE(endpoints.size(), DemoServer::endpoints().size());
        QVERIFY(endpoints.contains(QStringLiteral("GET /deployments/{id}")));
        QVERIFY(endpoints.contains(QStringLiteral("POST /deployments")));
        QVERIFY(endpoints.contains(QStringLiteral("POST /callback/deployments")));
    }

    // ---- deployments -----------------------------------------------------------------------------------------

    void getDeployment_seededSuccessful_passesAtOnceAndStaysSuccessful()
    {
        for (int poll = 0; poll < 3; ++poll) {
            const Response response = get("deployments/1");
            QCOMPARE(response.status, 200);
            QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
            const QJsonObject json = response.json();
            QCOMPARE(json.value("id").toInt(), 1);
            QCOMPARE(json.value("name").toString(), QStringLiteral("web"));
            QCOMPARE(json.value("environment").toString(), QStringLiteral("prod"));
            QCOMPARE(json.value("status").toString(), QStringLiteral("successful"));
            QCOMPARE(json.value("progress").toInt(), 100);
            QCOMPARE(json.value("url").toString(), url("deployments/1").toString());
            const QJsonArray checks = json.value("checks").toArray();
            QCOMPARE(checks.size(), 3);
            for (const QJsonValue &check : checks)
                QCOMPARE(check.toObject().value("status").toString(), QStringLiteral("passed"));
        }
    }

    void getDeployment_seededFailed_hasAFailedCheck()
    {
        const QJsonObject json = get("deployments/2").json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(json.value("progress").toInt(), 50);
        QStringList checkStates;
        for (const QJsonValue &check : json.value("checks").toArray())
            checkStates << check.toObject().value("status").toString();
        QVERIFY2(checkStates.contains("failed"), qPrintable(checkStates.join(',')));
        QCOMPARE(get("deployments/2").json().value("status").toString(), QStringLiteral("failed"));
    }

    void getDeployment_progressesQueuedRunningSuccessful()
    {
        const Response created = send("POST", "deployments", R"({"name":"web","environment":"staging"})");
        QCOMPARE(created.status, 201);
        const QString suffix = QStringLiteral("deployments/%1").arg(created.json().value("id").toInt());

        const QList<std::pair<QString, int>> expected = {
            {"queued", 0}, {"running", 50}, {"successful", 100}, {"successful", 100}};
        for (const auto &[status, progress] : expected) {
            const Response response = get(suffix);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.json().value("status").toString(), status);
            QCOMPARE(response.json().value("progress").toInt(), progress);
        }
    }

    void postDeployment_createsQueuedDeploymentWith201()
    {
        const Response response = send("POST", "deployments", R"({"name":"checkout","environment":"prod"})");
        QCOMPARE(response.status, 201);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject json = response.json();
        QCOMPARE(json.value("id").toInt(), 3); // after the two seeded ones
        QCOMPARE(json.value("name").toString(), QStringLiteral("checkout"));
        QCOMPARE(json.value("environment").toString(), QStringLiteral("prod"));
        QCOMPARE(json.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(json.value("progress").toInt(), 0);
        QCOMPARE(json.value("url").toString(), url("deployments/3").toString());
        QCOMPARE(response.header("Location"), url("deployments/3").toEncoded());
        for (const QJsonValue &check : json.value("checks").toArray())
            QCOMPARE(check.toObject().value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(get("deployments").json().value("count").toInt(), 3);
    }

    void postDeployment_withoutBody_usesDefaults()
    {
        const Response response = send("POST", "deployments");
        QCOMPARE(response.status, 201);
        QCOMPARE(response.json().value("name").toString(), QStringLiteral("app"));
        QCOMPARE(response.json().value("environment").toString(), QStringLiteral("test"));
        QCOMPARE(response.json().value("status").toString(), QStringLiteral("queued"));
    }

    void postDeployment_badBody_returns400WithMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("invalid JSON") << QByteArray(R"({"name":)") << QStringLiteral("not valid JSON");
        QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
        QTest::addRow("name not a string") << QByteArray(R"({"name":5})") << QStringLiteral("'name'");
        QTest::addRow("empty environment") << QByteArray(R"({"environment":""})") << QStringLiteral("'environment'");
    }

    void postDeployment_badBody_returns400WithMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Response response = send("POST", "deployments", body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.message().contains(messagePart), qPrintable(response.message()));
        QCOMPARE(get("deployments").json().value("count").toInt(), 2); // nothing created
    }

    void listDeployments_returnsCountAndValue()
    {
        const Response response = get("deployments");
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        QCOMPARE(json.value("count").toInt(), 2);
        const QJsonArray value = json.value("value").toArray();
        QCOMPARE(value.size(), 2);
        QCOMPARE(value.at(0).toObject().value("id").toInt(), 1);
        QCOMPARE(value.at(0).toObject().value("status").toString(), QStringLiteral("successful"));
        QCOMPARE(value.at(1).toObject().value("id").toInt(), 2);
        QCOMPARE(value.at(1).toObject().value("status").toString(), QStringLiteral("failed"));
    }

    void listDeployments_doesNotMoveDeploymentsOn()
    {
        const int id = send("POST", "deployments").json().value("id").toInt();
        get("deployments");
        get("deployments");
        QCOMPARE(get(QStringLiteral("deployments/%1").arg(id)).json().value("status").toString(),
                 QStringLiteral("queued"));
    }

    void updateDeployment_putOrPatch_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("PUT name") << QByteArray("PUT") << "deployments/1" << QByteArray(R"({"name":"web-2"})") << 200
                                  << "name"
                                  << "web-2";
        QTest::addRow("PATCH environment") << QByteArray("PATCH") << "deployments/2"
                                           << QByteArray(R"({"environment":"staging"})") << 200 << "environment"
                                           << "staging";
        QTest::addRow("PATCH status") << QByteArray("PATCH") << "deployments/1" << QByteArray(R"({"status":"failed"})")
                                      << 200 << "status"
                                      << "failed";
        QTest::addRow("unknown status") << QByteArray("PUT") << "deployments/1" << QByteArray(R"({"status":"done"})")
                                        << 400 << "message"
                                        << "'status' must be one of queued, running, successful, failed.";
        QTest::addRow("invalid JSON") << QByteArray("PATCH") << "deployments/1" << QByteArray("{") << 400 << "message"
                                      << "The request body is not valid JSON";
        QTest::addRow("unknown id") << QByteArray("PUT") << "deployments/42" << QByteArray(R"({"name":"x"})") << 404
                                    << "message"
                                    << "No deployment with id '42'.";
    }

    void updateDeployment_putOrPatch()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const Response response = send(verb, suffix, body);
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.json().value(field).toString().startsWith(value), response.body.constData());
        if (status == 200)
            QCOMPARE(get(suffix).json().value(field).toString(), value);
    }

    void updateDeployment_backToQueued_progressesAgain()
    {
        QCOMPARE(send("PATCH", "deployments/1", R"({"status":"queued"})").status, 200);
        QCOMPARE(get("deployments/1").json().value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(get("deployments/1").json().value("status").toString(), QStringLiteral("running"));
        QCOMPARE(get("deployments/1").json().value("status").toString(), QStringLiteral("successful"));
    }

    void deleteDeployment_removesItThen404()
    {
        const Response deleted = send("DELETE", "deployments/2");
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value("id").toInt(), 2);
        QCOMPARE(deleted.json().value("deleted").toBool(), true);
        QCOMPARE(get("deployments/2").status, 404);
        QCOMPARE(send("DELETE", "deployments/2").status, 404);
        QCOMPARE(get("deployments").json().value("count").toInt(), 1);
    }

    void getDeployment_unknownOrMalformedId_returns404Json_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("unknown") << QStringLiteral("999");
        QTest::addRow("zero") << QStringLiteral("0");
        QTest::addRow("negative") << QStringLiteral("-1");
        QTest::addRow("not a number") << QStringLiteral("abc");
    }

    void getDeployment_unknownOrMalformedId_returns404Json()
    {
        QFETCH(QString, id);
        const Response response = get("deployments/" + id);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response.message(), QStringLiteral("No deployment with id '%1'.").arg(id));
    }

    // ---- Basic auth ------------------------------------------------------------------------------------------

    void secureDeployment_checksBasicAuth_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        const QByteArray user = DemoServer::demoUsername().toUtf8();
        const QByteArray password = DemoServer::demoPassword().toUtf8();
        QTest::addRow("right") << basicAuth(user, password) << 200;
        QTest::addRow("scheme in lower case") << basicAuth(user, password).replace("Basic", "basic") << 200;
        QTest::addRow("missing") << QByteArray() << 401;
        QTest::addRow("wrong password") << basicAuth(user, "nope") << 401;
        QTest::addRow("wrong user") << basicAuth("admin", password) << 401;
        QTest::addRow("no password") << basicAuth(user, "") << 401;
        QTest::addRow("not base64") << QByteArray("Basic ***") << 401;
        QTest::addRow("bearer") << QByteArray("Bearer ") + (user + ':' + password).toBase64() << 401;
    }

    void secureDeployment_checksBasicAuth()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Response response = get("secure/deployments/1", headers);
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        if (status == 200) {
            QCOMPARE(response.json().value("status").toString(), QStringLiteral("successful"));
            QVERIFY(response.header("WWW-Authenticate").isEmpty());
        } else {
            QCOMPARE(response.header("WWW-Authenticate"), QByteArray(R"(Basic realm="RestGate demo")"));
            QVERIFY(!response.message().isEmpty());
        }
    }

    void secureDeployment_authorized_progressesLikeThePlainOne()
    {
        const int id = send("POST", "deployments").json().value("id").toInt();
        const Headers auth = {{"Authorization", basicAuth("demo", "demo-password")}};
        const QString suffix = QStringLiteral("secure/deployments/%1").arg(id);
        QCOMPARE(get(suffix, auth).json().value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(get(suffix, auth).json().value("status").toString(), QStringLiteral("running"));
        QCOMPARE(get(QStringLiteral("deployments/%1").arg(id)).json().value("status").toString(),
                 QStringLiteral("successful"));
    }

    // ---- slow, error, text, large ----------------------------------------------------------------------------

    void slow_answersLaterWithoutBlockingOtherRequests()
    {
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = m_nam.get(QNetworkRequest(url("slow?seconds=1.5")));
        QTest::qWait(100); // let the slow request reach the server first

        const Response health = get("health");
        const qint64 healthAnsweredAfter = clock.elapsed();
        QCOMPARE(health.status, 200);
        QVERIFY2(!slow->isFinished(), "the slow endpoint answered before its delay");
        QVERIFY2(healthAnsweredAfter < 1000,
                 qPrintable(QStringLiteral("/health took %1 ms while /slow was pending").arg(healthAnsweredAfter)));

        const Response response = wait(slow);
        const qint64 slowAnsweredAfter = clock.elapsed();
        QVERIFY(response.finished);
        QCOMPARE(response.status, 200);
        QVERIFY2(slowAnsweredAfter >= 1450, qPrintable(QString::number(slowAnsweredAfter)));
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response.json().value("seconds").toDouble(), 1.5);
        QCOMPARE(response.json().value("status").toString(), QStringLiteral("ok"));
    }

    void slow_clientGivesUp_serverWritesNothingAndKeepsServing()
    {
        QSignalSpy served(m_server.get(), &DemoServer::requestServed);
        QNetworkReply *slow = m_nam.get(QNetworkRequest(url("slow?seconds=0.5")));
        QTest::qWait(200);
        slow->abort();
        delete slow;
        QTest::qWait(600); // past the delay: the timer fires against a connection that is gone
        QCOMPARE(served.count(), 0);
        QCOMPARE(get("health").status, 200);
    }

    void slow_badSeconds_returns400_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::addRow("negative") << QStringLiteral("-1");
        QTest::addRow("not a number") << QStringLiteral("soon");
        QTest::addRow("nan") << QStringLiteral("nan");
    }

    void slow_badSeconds_returns400()
    {
        QFETCH(QString, seconds);
        const Response response = get("slow?seconds=" + seconds);
        QCOMPARE(response.status, 400);
        QVERIFY2(response.message().contains("'seconds'"), qPrintable(response.message()));
    }

    void error_returns500Json()
    {
        const Response response = get("error");
        QCOMPARE(response.status, 500);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response.json(), QJsonObject({{"message", "Simulated server error"}}));
    }

    void text_returnsPlainTextThatIsNotJson()
    {
        const Response response = get("text");
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("text/plain"));
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!response.body.isEmpty());
    }

    void large_returnsJsonObjectOverRequestedSize_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("megabytes");
        QTest::addRow("default") << QStringLiteral("large") << 3;
        QTest::addRow("1 MiB") << QStringLiteral("large?mb=1") << 1;
    }

    void large_returnsJsonObjectOverRequestedSize()
    {
        QFETCH(QString, suffix);
        QFETCH(int, megabytes);
        const Response response = get(suffix);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const qsizetype limit = qsizetype(megabytes) * 1024 * 1024;
        QVERIFY2(response.body.size() > limit, qPrintable(QString::number(response.body.size())));
        QVERIFY2(response.body.size() < limit + 64 * 1024, qPrintable(QString::number(response.body.size())));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value("status").toString(), QStringLiteral("successful"));
        QCOMPARE(document.object().value("megabytes").toInt(), megabytes);
    }

    void large_overTheCap_isCappedAt50MiB()
    {
        // HEAD: the size shows in Content-Length without moving 50 MiB through the test.
        const Response response = send("HEAD", "large?mb=500");
        QCOMPARE(response.status, 200);
        const qint64 length = response.header("Content-Length").toLongLong();
        const qint64 cap = qint64(DemoServer::maxLargeMegabytes) * 1024 * 1024;
        QVERIFY2(length > cap && length < cap + 64 * 1024, qPrintable(QString::number(length)));
    }

    void large_badSize_returns400()
    {
        QCOMPARE(get("large?mb=0").status, 400);
        QCOMPARE(get("large?mb=lots").status, 400);
    }

    // ---- routing ---------------------------------------------------------------------------------------------

    void unknownPath_returns404Json_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("unknown") << QByteArray("GET") << QStringLiteral("nope");
        QTest::addRow("below a deployment") << QByteArray("GET") << QStringLiteral("deployments/1/logs");
        QTest::addRow("trailing slash") << QByteArray("GET") << QStringLiteral("health/");
        QTest::addRow("POST unknown") << QByteArray("POST") << QStringLiteral("builds");
        QTest::addRow("secure list") << QByteArray("GET") << QStringLiteral("secure/deployments");
    }

    void unknownPath_returns404Json()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, suffix);
        const Response response = send(verb, suffix);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.message().contains("/" + suffix), qPrintable(response.message()));
    }

    void wrongMethod_returns405WithAllow_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("allow");
        QTest::addRow("POST /health") << QByteArray("POST") << QStringLiteral("health")
                                      << QByteArray("GET, HEAD, OPTIONS");
        QTest::addRow("DELETE /deployments")
            << QByteArray("DELETE") << QStringLiteral("deployments") << QByteArray("GET, HEAD, OPTIONS, POST");
        QTest::addRow("POST /deployments/1") << QByteArray("POST") << QStringLiteral("deployments/1")
                                             << QByteArray("GET, HEAD, OPTIONS, PUT, PATCH, DELETE");
        QTest::addRow("PUT /error") << QByteArray("PUT") << QStringLiteral("error") << QByteArray("GET, HEAD, OPTIONS");
        QTest::addRow("DELETE /slow") << QByteArray("DELETE") << QStringLiteral("slow")
                                      << QByteArray("GET, HEAD, OPTIONS");
        QTest::addRow("GET /callback/deployments")
            << QByteArray("GET") << QStringLiteral("callback/deployments") << QByteArray("OPTIONS, POST");
    }

    void wrongMethod_returns405WithAllow()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, allow);
        QElapsedTimer clock;
        clock.start();
        const Response response = send(verb, suffix, verb == "POST" || verb == "PUT" ? QByteArray("{}") : QByteArray());
        QCOMPARE(response.status, 405);
        QVERIFY(clock.elapsed() < 5000); // a 405 on /slow is not delayed
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response.header("Allow"), allow);
        QVERIFY2(response.message().contains(verb), qPrintable(response.message()));
    }

    void unparsedMethod_returns501Json()
    {
        // Qt HttpServer 6.4 parses TRACE as an unknown method; the answer says so rather than "404 no endpoint".
        const Response response = send("TRACE", "health");
        QCOMPARE(response.status, 501);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.message().contains("method"), qPrintable(response.message()));
    }

    void head_returnsGetHeadersWithoutBody()
    {
        const Response full = get("health");
        const Response head = send("HEAD", "health");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(head.header("Content-Length").toLongLong(), qint64(full.body.size()));
        // The connection is still usable: no stray body bytes were left on it.
        QCOMPARE(get("deployments/1").json().value("id").toInt(), 1);
    }

    void options_listsAllowedMethods()
    {
        const Response response = send("OPTIONS", "deployments");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD, OPTIONS, POST"));
        QCOMPARE(response.json().value("methods").toArray(), QJsonArray({"GET", "HEAD", "OPTIONS", "POST"}));
    }

    void requestServed_reportsMethodPathAndStatus()
    {
        QSignalSpy served(m_server.get(), &DemoServer::requestServed);
        get("deployments/1");
        send("POST", "deployments", "[");
        get("slow?seconds=0.1");
        get("missing");
        QCOMPARE(served.count(), 4);
        QCOMPARE(served.at(0), QVariantList({"GET", "/deployments/1", 200}));
        QCOMPARE(served.at(1), QVariantList({"POST", "/deployments", 400}));
        QCOMPARE(served.at(2), QVariantList({"GET", "/slow?seconds=0.1", 200}));
        QCOMPARE(served.at(3), QVariantList({"GET", "/missing", 404}));
    }

    // ---- callback (Completion event = Callback) ---------------------------------------------------------------

    void callback_answers202AtOnce_thenPostsStartedFeedCompletedToThePlan_data()
    {
        QTest::addColumn<QString>("planPath");
        QTest::addColumn<QString>("prefix");
        // system.CollectionUri ends with a slash; the join must not double it, nor drop it when it is missing.
        QTest::addRow("PlanUrl with trailing slash") << QStringLiteral("/fabrikam/") << QStringLiteral("/fabrikam");
        QTest::addRow("PlanUrl without trailing slash") << QStringLiteral("/fabrikam") << QStringLiteral("/fabrikam");
        QTest::addRow("PlanUrl at the root") << QStringLiteral("/") << QString();
    }

    void callback_answers202AtOnce_thenPostsStartedFeedCompletedToThePlan()
    {
        QFETCH(QString, planPath);
        QFETCH(QString, prefix);
        PlanEndpoint plan;
        QVERIFY(plan.isListening());
        const PlanIds ids;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        QSignalSpy served(m_server.get(), &DemoServer::requestServed);

        const qint64 postedAt = plan.now();
        const Response response =
            postCallback("?delay=0.5", plan.url(planPath), ids, R"({"name":"checkout","environment":"prod"})");
        const qint64 acceptedAt = plan.now();
        QCOMPARE(response.status, 202);
        QVERIFY2(acceptedAt - postedAt < 1000, qPrintable(QString::number(acceptedAt - postedAt)));
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject json = response.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(json.value("id").toInt(), 3);
        QCOMPARE(json.value("name").toString(), QStringLiteral("checkout"));
        QCOMPARE(json.value("environment").toString(), QStringLiteral("prod"));
        QCOMPARE(json.value("result").toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value("delaySeconds").toDouble(), 0.5);
        QCOMPARE(json.value("url").toString(), url("deployments/3").toString());
        QCOMPARE(response.header("Location"), url("deployments/3").toEncoded());
        const QString planApi = plan.url(prefix + ids.planPath());
        QCOMPARE(json.value("eventsUrl").toString(), planApi + "/events?api-version=2.0-preview.1");
        QCOMPARE(json.value("feedUrl").toString(),
                 planApi + "/timelines/" + ids.timeline + "/records/" + ids.job + "/feed?api-version=4.1");
        QCOMPARE(served.count(), 1);
        QCOMPARE(served.at(0), QVariantList({"POST", "/callback/deployments?delay=0.5", 202}));

        // Nothing called back yet, and the event loop is free meanwhile; polling leaves the deployment alone.
        QCOMPARE(deploymentStatus(3), QStringLiteral("queued"));
        QCOMPARE(deploymentStatus(3), QStringLiteral("queued"));
        QVERIFY(plan.calls.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(plan.calls.size(), 3, 10000);
        QVERIFY2(plan.calls.at(0).atMs - acceptedAt >= 450, qPrintable(QString::number(plan.calls.at(0).atMs)));
        const QString eventsPath = prefix + ids.planPath() + "/events";
        for (const PlanCall &call : std::as_const(plan.calls)) {
            QCOMPARE(call.method, QHttpServerRequest::Method::Post);
            QCOMPARE(call.authorization, ids.authorization());
            QCOMPARE(call.contentType, QByteArray("application/json"));
            QVERIFY2(!call.path.contains("//"), qPrintable(call.path));
        }

        const PlanCall &started = plan.calls.at(0);
        QCOMPARE(started.path, eventsPath);
        QCOMPARE(started.query, QStringLiteral("api-version=2.0-preview.1"));
        QCOMPARE(started.json(), QJsonObject({{"name", "TaskStarted"}, {"taskId", ids.task}, {"jobId", ids.job}}));

        const PlanCall &feed = plan.calls.at(1);
        QCOMPARE(feed.path, prefix + ids.planPath() + "/timelines/" + ids.timeline + "/records/" + ids.job + "/feed");
        QCOMPARE(feed.query, QStringLiteral("api-version=4.1"));
        QCOMPARE(feed.json().value("count").toInt(), 1);
        const QJsonArray lines = feed.json().value("value").toArray();
        QCOMPARE(lines.size(), 1);
        const QRegularExpression line(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z Deployment 3 started\.$)");
        QVERIFY2(line.match(lines.at(0).toString()).hasMatch(), qPrintable(lines.at(0).toString()));

        const PlanCall &completed = plan.calls.at(2);
        QCOMPARE(completed.path, eventsPath);
        QCOMPARE(completed.query, QStringLiteral("api-version=2.0-preview.1"));
        QCOMPARE(completed.json(),
                 QJsonObject(
                     {{"name", "TaskCompleted"}, {"taskId", ids.task}, {"jobId", ids.job}, {"result", "succeeded"}}));

        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 5000);
        const QStringList events = {"TaskStarted", "feed", "TaskCompleted"};
        for (int index = 0; index < 3; ++index) {
            QCOMPARE(sent.at(index).at(0).toString(), events.at(index));
            QCOMPARE(sent.at(index).at(1).toInt(), 200);
            const QString description = sent.at(index).at(2).toString();
            QVERIFY2(description.startsWith("Deployment 3: " + events.at(index)), qPrintable(description));
            QVERIFY2(description.contains(plan.url(prefix + ids.planPath())), qPrintable(description));
            QVERIFY2(description.endsWith("-> 200"), qPrintable(description));
        }
        QCOMPARE(deploymentStatus(3), QStringLiteral("successful"));
    }

    void callback_withoutDelay_callsBackAfterAboutTwoSeconds()
    {
        PlanEndpoint plan;
        const Response response = postCallback({}, plan.url("/"));
        const qint64 acceptedAt = plan.now();
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value("delaySeconds").toDouble(), 2.0);
        QTest::qWait(1500);
        QVERIFY(plan.calls.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(plan.calls.size(), 3, 10000);
        const qint64 after = plan.calls.at(0).atMs - acceptedAt;
        QVERIFY2(after >= 1950 && after < 4000, qPrintable(QString::number(after)));
        QCOMPARE(plan.calls.at(2).json().value("result").toString(), QStringLiteral("succeeded"));
    }

    void callback_result_isReportedInTaskCompletedAndTheDeployment_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("status");
        QTest::addRow("failed") << QStringLiteral("?result=failed&delay=0") << "failed"
                                << "failed";
        QTest::addRow("Failed, any case") << QStringLiteral("?delay=0&result=FAILED") << "failed"
                                          << "failed";
        QTest::addRow("succeeded") << QStringLiteral("?result=succeeded&delay=0") << "succeeded"
                                   << "successful";
        QTest::addRow("succeededWithIssues")
            << QStringLiteral("?result=succeededwithissues&delay=0") << "succeededWithIssues"
            << "successful";
        QTest::addRow("canceled") << QStringLiteral("?result=canceled&delay=0") << "canceled"
                                  << "failed";
    }

    void callback_result_isReportedInTaskCompletedAndTheDeployment()
    {
        QFETCH(QString, query);
        QFETCH(QString, result);
        QFETCH(QString, status);
        PlanEndpoint plan;
        const PlanIds ids;
        const Response response = postCallback(query, plan.url("/"), ids);
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value("result").toString(), result);
        QTRY_COMPARE_WITH_TIMEOUT(plan.calls.size(), 3, 10000);
        QCOMPARE(plan.calls.at(0).json().value("name").toString(), QStringLiteral("TaskStarted"));
        QCOMPARE(
            plan.calls.at(2).json(),
            QJsonObject({{"name", "TaskCompleted"}, {"taskId", ids.task}, {"jobId", ids.job}, {"result", result}}));
        QCOMPARE(deploymentStatus(3), status);
    }

    void callback_missingHeaders_returns400NamingThem_data()
    {
        QTest::addColumn<QStringList>("dropped");
        QTest::addColumn<QStringList>("blank");
        for (const QString &name : DemoServer::callbackHeaders())
            QTest::addRow("without %s", qPrintable(name)) << QStringList {name} << QStringList();
        QTest::addRow("blank AuthToken") << QStringList() << QStringList {"AuthToken"};
        QTest::addRow("without PlanId, blank JobId") << QStringList {"PlanId"} << QStringList {"JobId"};
        QTest::addRow("none") << DemoServer::callbackHeaders() << QStringList();
    }

    void callback_missingHeaders_returns400NamingThem()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QStringList, blank);
        PlanEndpoint plan;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        Headers headers;
        for (const auto &[name, value] : PlanIds().headers(plan.url("/"))) {
            if (dropped.contains(QString::fromUtf8(name)))
                continue;
            headers.append({name, blank.contains(QString::fromUtf8(name)) ? QByteArray("  ") : value});
        }
        const Response response = send("POST", "callback/deployments?delay=0", {}, headers);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QStringList expected;
        for (const QString &name : DemoServer::callbackHeaders()) {
            if (dropped.contains(name) || blank.contains(name))
                expected.append(name);
        }
        QCOMPARE(response.json().value("missingHeaders").toVariant().toStringList(), expected);
        const QString message = response.message();
        QVERIFY2(
            message.startsWith(QStringLiteral("Missing header%1: %2.")
                                   .arg(expected.size() == 1 ? QString() : QStringLiteral("s"), expected.join(", "))),
            qPrintable(message));
        QCOMPARE(get("deployments").json().value("count").toInt(), 2); // nothing created
        QTest::qWait(300);
        QVERIFY(plan.calls.isEmpty());
        QCOMPARE(sent.count(), 0);
    }

    void callback_badRequest_returns400WithMessage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("planUrl"); ///< empty: the stand-in plan endpoint
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("PlanUrl not a URL") << "?delay=0"
                                           << "not a url" << QByteArray() << "PlanUrl";
        QTest::addRow("PlanUrl relative") << "?delay=0"
                                          << "/fabrikam/" << QByteArray() << "PlanUrl";
        QTest::addRow("PlanUrl not http") << "?delay=0"
                                          << "ftp://127.0.0.1/" << QByteArray() << "PlanUrl";
        QTest::addRow("PlanUrl unsubstituted")
            << "?delay=0"
            << "$(system.CollectionUri)" << QByteArray() << "$(system.CollectionUri)";
        QTest::addRow("unknown result") << "?result=done&delay=0" << QString() << QByteArray() << "'result'";
        QTest::addRow("negative delay") << "?delay=-1" << QString() << QByteArray() << "'delay'";
        QTest::addRow("delay not a number") << "?delay=soon" << QString() << QByteArray() << "'delay'";
        QTest::addRow("body not JSON") << "?delay=0" << QString() << QByteArray("{") << "not valid JSON";
        QTest::addRow("name not a string") << "?delay=0" << QString() << QByteArray(R"({"name":1})") << "'name'";
    }

    void callback_badRequest_returns400WithMessage()
    {
        QFETCH(QString, query);
        QFETCH(QString, planUrl);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        PlanEndpoint plan;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        const Response response = postCallback(query, planUrl.isEmpty() ? plan.url("/") : planUrl, {}, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.message().contains(messagePart), qPrintable(response.message()));
        QCOMPARE(get("deployments").json().value("count").toInt(), 2);
        QTest::qWait(300);
        QVERIFY(plan.calls.isEmpty());
        QCOMPARE(sent.count(), 0);
    }

    void callback_delayOverTheCap_isCapped()
    {
        PlanEndpoint plan;
        const Response response = postCallback("?delay=100000", plan.url("/"));
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value("delaySeconds").toDouble(), double(DemoServer::maxCallbackDelaySeconds));
    }

    void callback_planAnswersError_reportsStatusAndStillPostsAll()
    {
        PlanEndpoint plan;
        plan.status = QHttpServerResponder::StatusCode::Unauthorized;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        QCOMPARE(postCallback("?delay=0", plan.url("/")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 10000);
        QCOMPARE(plan.calls.size(), 3);
        for (const QList<QVariant> &arguments : std::as_const(sent)) {
            QCOMPARE(arguments.at(1).toInt(), 401);
            QVERIFY2(arguments.at(2).toString().endsWith("-> 401"), qPrintable(arguments.at(2).toString()));
        }
        QCOMPARE(plan.calls.at(2).json().value("name").toString(), QStringLiteral("TaskCompleted"));
    }

    void callback_planUnreachable_reportsNoAnswer()
    {
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        const QString planUrl = QStringLiteral("http://127.0.0.1:%1/").arg(TestSupport::unusedPort());
        QCOMPARE(postCallback("?delay=0", planUrl).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 10000);
        for (const QList<QVariant> &arguments : std::as_const(sent)) {
            QCOMPARE(arguments.at(1).toInt(), 0);
            const QString description = arguments.at(2).toString();
            QVERIFY2(description.contains("no answer") && description.contains("refused"), qPrintable(description));
        }
    }

    void callback_twoAtOnce_eachCallsBackWithItsOwnIds()
    {
        PlanEndpoint plan;
        PlanIds first;
        PlanIds second;
        second.plan = "22222222-aaaa-4bbb-8ccc-dddddddddddd";
        second.job = "33333333-aaaa-4bbb-8ccc-dddddddddddd";
        second.task = "44444444-aaaa-4bbb-8ccc-dddddddddddd";
        second.token = "second-token";
        QCOMPARE(postCallback("?delay=0.3", plan.url("/"), first).status, 202);
        QCOMPARE(postCallback("?delay=0.3&result=failed", plan.url("/"), second).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(plan.calls.size(), 6, 10000);
        for (const auto &[ids, deployment, result] :
             {std::tuple {first, 3, QStringLiteral("succeeded")}, std::tuple {second, 4, QStringLiteral("failed")}}) {
            QList<PlanCall> mine;
            for (const PlanCall &call : std::as_const(plan.calls)) {
                if (call.path.startsWith(ids.planPath() + "/"))
                    mine.append(call);
            }
            QCOMPARE(mine.size(), 3);
            for (const PlanCall &call : std::as_const(mine))
                QCOMPARE(call.authorization, ids.authorization());
            QCOMPARE(mine.at(0).json().value("taskId").toString(), ids.task);
            QCOMPARE(mine.at(0).json().value("name").toString(), QStringLiteral("TaskStarted"));
            QVERIFY(mine.at(1).path.endsWith("/records/" + ids.job + "/feed"));
            QVERIFY2(
                mine.at(1).body.contains(QByteArray(" Deployment ") + QByteArray::number(deployment) + " started."),
                mine.at(1).body.constData());
            QCOMPARE(
                mine.at(2).json(),
                QJsonObject({{"name", "TaskCompleted"}, {"taskId", ids.task}, {"jobId", ids.job}, {"result", result}}));
        }
        QCOMPARE(deploymentStatus(3), QStringLiteral("successful"));
        QCOMPARE(deploymentStatus(4), QStringLiteral("failed"));
    }

    void callback_serverClosedBeforeCallingBack_dropsItCleanly()
    {
        PlanEndpoint plan;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        QCOMPARE(postCallback("?delay=0.3", plan.url("/")).status, 202);
        m_server->close();
        QTest::qWait(800); // past the delay: the timer must not fire against the closed server
        QVERIFY(plan.calls.isEmpty());
        QCOMPARE(sent.count(), 0);
        QCOMPARE(m_server->store().find(3)->status, Deployment::Status::Queued);

        // Still usable: listening again serves and calls back as before.
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        QCOMPARE(postCallback("?delay=0", plan.url("/")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(plan.calls.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 5000);
    }

    void callback_serverGoneWhileCallingBack_abortsTheCallInFlight_data()
    {
        QTest::addColumn<bool>("destroy");
        QTest::addRow("closed") << false;
        QTest::addRow("destroyed") << true;
    }

    void callback_serverGoneWhileCallingBack_abortsTheCallInFlight()
    {
        QFETCH(bool, destroy);
        // A plan endpoint that reads and never answers, so that TaskStarted is still in flight when the server goes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QPointer<QTcpSocket> connection;
        QByteArray received;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                if (!connection)
                    connection = socket;
                connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
            }
        });
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        const QString planUrl = QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort());
        QCOMPARE(postCallback("?delay=0", planUrl).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"TaskStarted\""), 10000);
        QVERIFY(connection);
        QCOMPARE(connection->state(), QAbstractSocket::ConnectedState);

        if (destroy)
            m_server.reset();
        else
            m_server->close();
        QTRY_VERIFY_WITH_TIMEOUT(!connection || connection->state() == QAbstractSocket::UnconnectedState, 5000);
        QTest::qWait(300);
        QCOMPARE(sent.count(), 0);
        QVERIFY2(!received.contains("feed") && !received.contains("TaskCompleted"), received.constData());
        QVERIFY(!silent.hasPendingConnections());
    }

    void callback_closedFromCallbackSentSlot_stopsAfterThatCall()
    {
        PlanEndpoint plan;
        QSignalSpy sent(m_server.get(), &DemoServer::callbackSent);
        connect(m_server.get(), &DemoServer::callbackSent, this, [this] { m_server->close(); });
        QCOMPARE(postCallback("?delay=0", plan.url("/")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
        QTest::qWait(500);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(plan.calls.size(), 1);
        QCOMPARE(plan.calls.at(0).json().value("name").toString(), QStringLiteral("TaskStarted"));
        QVERIFY(!m_server->isListening());
    }

    // ---- restgate-cli demo-server ----------------------------------------------------------------------------

    void cli_servesUntilSignal_exitsZero_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGINT") << int(SIGINT);
    }

    void cli_servesUntilSignal_exitsZero()
    {
        QFETCH(int, signalNumber);
        const quint16 port = TestSupport::unusedPort();
        QProcess cli;
        QByteArray output;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { output += cli.readAllStandardOutput(); });
        cli.start(RESTGATE_CLI_PATH, {"demo-server", "--port", QString::number(port)});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        const QByteArray baseUrl = QStringLiteral("http://127.0.0.1:%1/").arg(port).toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(output.contains("RestGate demo endpoint listening on " + baseUrl), output.constData(),
                                  10000);
        QVERIFY(output.contains("/deployments/{id}"));

        const Response health = wait(m_nam.get(QNetworkRequest(QUrl(QString::fromUtf8(baseUrl + "health")))));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value("status").toString(), QStringLiteral("ok"));
        QTRY_VERIFY2_WITH_TIMEOUT(output.contains("GET /health  200"), output.constData(), 5000);

        QVERIFY(::kill(pid_t(cli.processId()), signalNumber) == 0);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        output += cli.readAllStandardOutput();
        QVERIFY2(output.contains("stopped"), output.constData());
    }

    void cli_portInUse_exitsTwoWithMessage()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QProcess cli;
        cli.start(RESTGATE_CLI_PATH, {"demo-server", "--port", QString::number(blocker.serverPort())});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 2);
        const QByteArray error = cli.readAllStandardError();
        QVERIFY2(error.contains("already in use"), error.constData());
        QVERIFY2(error.contains(QByteArray::number(blocker.serverPort())), error.constData());
    }

    void cli_badOptions_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::addRow("port not a number") << QStringList {"--port", "http"} << QByteArray("--port");
        QTest::addRow("port too large") << QStringList {"--port", "70000"} << QByteArray("--port");
        QTest::addRow("bind not an address") << QStringList {"--bind", "example.invalid"} << QByteArray("--bind");
        QTest::addRow("unknown option") << QStringList {"--verbose"} << QByteArray("verbose");
        QTest::addRow("stray argument") << QStringList {"8765"} << QByteArray("8765");
    }

    void cli_badOptions_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        QProcess cli;
        cli.start(RESTGATE_CLI_PATH, QStringList {"demo-server"} + arguments);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        const QByteArray error = cli.readAllStandardError();
        QVERIFY2(error.contains(messagePart), error.constData());
    }

    void cli_help_listsOptionsAndExitsZero()
    {
        QProcess cli;
        cli.start(RESTGATE_CLI_PATH, {"demo-server", "--help"});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray help = cli.readAllStandardOutput();
        QVERIFY2(help.contains("--port") && help.contains("--bind"), help.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
