#pragma once

#include "deploymentstore.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
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
///
/// Unknown paths and ids answer 404, a known path with a method it does not take 405 with an `Allow` header.
/// HEAD works wherever GET does, OPTIONS everywhere. The store starts seeded (see DeploymentStore).
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

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts serving on @p address; port 0 picks a free port. On failure (e.g. the port is taken) returns false
    /// and errorString() says why. Listening again first closes the current listener; the deployments stay.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops listening and drops open connections, including slow responses still pending.
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

Q_SIGNALS:
    /// One per response actually written, for a request log. @p path includes the query, e.g. "/slow?seconds=3".
    void requestServed(const QString &method, const QString &path, int status);

private:
    void registerRoutes(QHttpServer &server);

    DeploymentStore m_store;
    QHttpServer *m_server = nullptr; ///< a child; null while not listening
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace RestGate
