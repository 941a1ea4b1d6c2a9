#pragma once

#include "demo/deploymentstore.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace RestGate {

/// The local demo endpoint: a small deployment-status API, the kind of service a pipeline gates on with
/// InvokeRESTAPI, so that a design can be dry-run with no network at all. JSON responses are `application/json`,
/// errors `{"message": "..."}`. A task's urlSuffix names these paths without their leading slash: deployments/1.
///
///   GET /, GET /health           200 {"service":"RestGate demo endpoint","status":"ok","version":..,"endpoints":[..]}
///   POST /deployments            201 the new deployment, "queued"; optional body {"name":..,"environment":..}
///   GET /deployments             200 {"count":N,"value":[deployment, ...]}
///   GET /deployments/{id}        200 the deployment; each GET moves it on: queued, running, successful
///   PUT|PATCH /deployments/{id}  200 the deployment after applying {"name","environment","status"}
///   DELETE /deployments/{id}     200 {"id":N,"deleted":true}
///   GET /secure/deployments/{id} as /deployments/{id}, behind Basic auth (demoUsername(), demoPassword())
///   GET /slow?seconds=N          200 after N seconds (default 25, at most 120): past the server's 20 s limit
///   GET /error                   500 {"message":"Simulated server error"}
///   GET /text                    200 text/plain, which a success criteria cannot parse
///   GET /large?mb=N              200 a JSON object over N MiB (default 3, at most 50): past the 2 MB limit
///   POST /callback/deployments   202 at once, then calls back the plan its headers name (Completion event = Callback)
///
/// Unknown paths and ids answer 404, a known path with a method it does not take 405 with an `Allow` header.
/// A body over the request limit answers 413, half a request and then silence 408 (see setConnectionLimits()).
/// HEAD works wherever GET does, OPTIONS everywhere. The store starts seeded (see DeploymentStore).
///
/// The callback endpoint plays a service behind an InvokeRESTAPI task with Completion event = Callback:
///
///   POST /callback/deployments?result=R&delay=S   optional body {"name":..,"environment":..}
///     R: succeeded (default), succeededWithIssues, failed, canceled, skipped or abandoned (any letter case);
///     S: seconds before calling back, default 2, at most 3600 (more is capped).
///     Headers, as the InvokeRESTAPI@1 default headers carry them: PlanUrl, ProjectId, HubName, PlanId, JobId,
///     TimelineId, TaskInstanceId, AuthToken. A missing or empty one answers 400 naming it, and so does a PlanUrl
///     that is not an absolute http(s) URL; a bad R or S answers 400 too. Nothing is created or called then.
///   -> 202 {"status":"accepted","id":N,"name":..,"environment":..,"url":..,"result":R,"delaySeconds":S,
///           "eventsUrl":..,"feedUrl":..,"message":..} with `Location` the deployment's URL; a new deployment N,
///      queued, that polling leaves alone. Then, S seconds later, one POST after the other has been answered:
///      1. {PlanUrl}{ProjectId}/_apis/distributedtask/hubs/{HubName}/plans/{PlanId}/events?api-version=2.0-preview.1
///         {"name":"TaskStarted","taskId":TaskInstanceId,"jobId":JobId}           (deployment N now running)
///      2. …/plans/{PlanId}/timelines/{TimelineId}/records/{JobId}/feed?api-version=4.1
///         {"value":["2024-05-01T12:00:00.000Z Deployment N started."],"count":1}
///      3. the events URL again: {"name":"TaskCompleted","taskId":..,"jobId":..,"result":R}
///         (deployment N now successful for succeeded and succeededWithIssues, failed otherwise)
///   Each with `Authorization: Basic base64(":" + AuthToken)` (empty user, as ServerTaskHelper's TaskClient sends)
///   and `Content-Type: application/json`, no redirect followed, 20 s at most each. PlanUrl and ProjectId join with
///   one slash whether or not PlanUrl ends with one (system.CollectionUri does); ids are percent-encoded as path
///   segments. All three are sent whatever the plan answers, so a listener sees the whole round trip; each is
///   reported by callbackSent(). close() drops the calls back still to come and the one in flight.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    struct Endpoint
    {
        QString method;
        QString path;
        QString description;
    };

    static constexpr quint16 defaultPort = 8765;
    static constexpr int defaultSlowSeconds = 25;
    static constexpr int maxSlowSeconds = 120;
    static constexpr int defaultLargeMegabytes = 3;
    static constexpr int maxLargeMegabytes = 50;
    static constexpr double defaultCallbackDelaySeconds = 2;
    static constexpr int maxCallbackDelaySeconds = 3600;
    /// How long one call back may take before it is given up (then reported with status 0).
    static constexpr int callbackTimeoutMs = 20'000;
    /// A request body over this is refused with 413 (the demo's bodies are a few hundred bytes of JSON).
    static constexpr qint64 defaultMaxRequestBodyBytes = 1024 * 1024;
    /// A request that stops arriving mid-way is answered 408 and dropped after this long; so is an idle
    /// keep-alive connection (closed quietly).
    static constexpr int defaultIdleTimeoutMs = 30'000;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts serving on @p address; port 0 picks a free port. On failure (e.g. the port is taken) returns false
    /// and errorString() says why. Listening again first closes the current listener; the deployments stay.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// The request body limit and idle timeout of the connections accepted from the next listen() on.
    void setConnectionLimits(qint64 maxRequestBodyBytes, int idleTimeoutMs);
    /// Stops listening and drops open connections, including slow responses still pending and the calls back of
    /// /callback/deployments still to come or in flight (they are not reported).
    void close();
    bool isListening() const;

    quint16 port() const;
    /// Where a service connection should point, with a trailing slash: the task's request URL is the connection
    /// URL and the urlSuffix glued together, so suffixes read `deployments/1`. A wildcard bind address
    /// (0.0.0.0, ::) is reported as the loopback address, which is what a local client can reach.
    QUrl baseUrl() const;
    QString errorString() const;

    DeploymentStore &store() { return m_store; }
    const DeploymentStore &store() const { return m_store; }

    /// The endpoints above, for /health, the CLI and the GUI to list.
    static QList<Endpoint> endpoints();
    static QString demoUsername();
    static QString demoPassword();
    /// The realm of the `WWW-Authenticate: Basic realm="..."` challenge.
    static QString demoRealm();
    /// The headers /callback/deployments needs, in the order of the InvokeRESTAPI@1 default headers.
    static QStringList callbackHeaders();
    /// The `result` values /callback/deployments takes: the TaskResult names, as Azure DevOps spells them in JSON.
    static QStringList callbackResults();

Q_SIGNALS:
    /// One per response actually written, for a request log. @p path includes the query, e.g. "/slow?seconds=3".
    void requestServed(const QString &method, const QString &path, int status);
    /// One per call back of /callback/deployments, once answered or given up: @p event is "TaskStarted", "feed" or
    /// "TaskCompleted", @p status the HTTP status of the answer, 0 when none came (refused, timed out), and
    /// @p description a line for a log, e.g. "Deployment 3: TaskStarted -> POST http://127.0.0.1:5000/p/_apis/
    /// distributedtask/hubs/build/plans/…/events?api-version=2.0-preview.1 -> 200".
    void callbackSent(const QString &event, int status, const QString &description);

private:
    class CallbackJob;

    void registerRoutes(QHttpServer &server);
    /// Cancels and deletes the pending calls back; later when @p deleteLater (close() may run inside one of them).
    void dropCallbacks(bool deleteLater);

    DeploymentStore m_store;
    QHttpServer *m_server = nullptr; ///< a child; null while not listening
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_maxRequestBodyBytes = defaultMaxRequestBodyBytes;
    int m_idleTimeoutMs = defaultIdleTimeoutMs;
    QString m_errorString;
    QNetworkAccessManager *m_network = nullptr; ///< a child; sends the calls back
    QList<CallbackJob *> m_callbacks; ///< children, one per /callback/deployments request still calling back
};

} // namespace RestGate
