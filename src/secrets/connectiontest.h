#pragma once

#include "core/design/serviceconnection.h"
#include "core/run/networksettings.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace RestGate {

class CredentialJob;
class CredentialResolver;
struct CredentialResult;

/// What testing a connection found: whether its base URL answers and whether the server took the credentials.
/// `message` is one plain sentence for the user and never quotes a secret.
struct ConnectionTestResult
{
    enum class Outcome
    {
        Accepted, ///< 2xx: reachable and the credentials were accepted
        Refused, ///< 401 or 403: reachable, but the credentials were refused
        OtherStatus, ///< any other HTTP status: reachable, the credentials not refused outright
        NetworkError, ///< no HTTP answer at all (refused connection, unknown host, TLS failure, timeout)
        CredentialError, ///< no credential to send: missing secret, keychain error, failed token request
        InvalidUrl, ///< the base URL is empty or not an absolute http(s) URL
        Cancelled
    };

    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    QString url; ///< the base URL that was requested
    /// False when the connection had no credentials to send (a Generic one without user name and password): then
    /// Accepted only means the base URL answers without any.
    bool credentialsSent = true;
    QString message;
};

/// One connection test under way. Emits finished() exactly once, always asynchronously (cancel() excepted, which
/// reports Cancelled before it returns). The caller deletes it, usually with deleteLater() in a finished() handler.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ~ConnectionTest() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const ConnectionTestResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const RestGate::ConnectionTestResult &result);

private:
    friend class ConnectionTester;
    ConnectionTest(const ServiceConnection &connection, QObject *parent);
    void onCredential(const CredentialResult &credential, QNetworkAccessManager *network,
                      std::chrono::milliseconds timeout);
    void onReplyFinished();
    void finish(ConnectionTestResult result);

    ServiceConnection m_connection;
    NetworkSettings m_networkSettings; ///< the tester's, when the test started
    QStringList m_tlsProblems; ///< certificate problems in plain words (TlsRules::describe)
    QString m_url;
    QPointer<CredentialJob> m_credentialJob;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    bool m_timedOut = false;
    bool m_noCredentials = false; ///< the request carried an empty Basic credential
    ConnectionTestResult m_result;
    bool m_finished = false;
};

/// "Test" for a connection: resolves its credential exactly as a dry run does (CredentialResolver: environment
/// override, keychain, Azure token) and sends `GET` to the connection's base URL with the Authorization header a
/// run would send. Holds the network access manager the tests share.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// How long the GET may take (default 30 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// CAs, client certificate, proxy and the insecure switch for the tests that start from now on (a window's
    /// Preferences): the same settings as its runs. Call it before starting tests, not while one is running.
    void setNetworkSettings(const NetworkSettings &settings);

    /// `resolver` must outlive the test.
    ConnectionTest *test(const ServiceConnection &connection, CredentialResolver *resolver);

private:
    QNetworkAccessManager *m_network;
    NetworkSettings m_settings;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
};

} // namespace RestGate
