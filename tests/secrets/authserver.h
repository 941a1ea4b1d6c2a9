#pragma once

// A local server that checks credentials the way a real API does, for connection tests: GET /protected[/] answers 200
// when the Authorization header is the one expected and 401 otherwise; /forbidden always answers 403; any other
// path 404.

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

namespace RestGate::SecretsTestSupport {

class AuthServer
{
public:
    explicit AuthServer(const QByteArray &expectedAuthorization)
        : m_expected(expectedAuthorization)
    {
        // With and without the trailing slash an Azure Resource Manager URL always gets.
        for (const QString &path : {QStringLiteral("/protected"), QStringLiteral("/protected/")}) {
            m_server.route(path, [this](const QHttpServerRequest &request) {
                m_received.append(request.value("Authorization"));
                return QHttpServerResponse(request.value("Authorization") == m_expected
                                               ? QHttpServerResponder::StatusCode::Ok
                                               : QHttpServerResponder::StatusCode::Unauthorized);
            });
        }
        m_server.route(QStringLiteral("/forbidden"), [this](const QHttpServerRequest &request) {
            m_received.append(request.value("Authorization"));
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Forbidden);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            qFatal("auth server: cannot listen on 127.0.0.1");
    }

    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    /// The Authorization values received, in order.
    const QList<QByteArray> &received() const { return m_received; }

    /// A loopback port nothing listens on (it was free a moment ago).
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot find a free port");
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    QHttpServer m_server;
    QByteArray m_expected;
    quint16 m_port = 0;
    QList<QByteArray> m_received;
};

} // namespace RestGate::SecretsTestSupport
