#include "demoserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <signal.h>

#include <memory>

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
