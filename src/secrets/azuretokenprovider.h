#pragma once

#include "core/design/displaytext.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;
class QTimer;

namespace RestGate {

/// An Entra ID access token. Lives in memory only.
struct AccessToken
{
    QString value;
    QDateTime expiresOn; ///< UTC

    bool isValid() const { return !value.isEmpty(); }
};

struct TokenResult
{
    enum class Status
    {
        Ok,
        Failed, ///< the token endpoint or `az` said no, or could not be reached; `message` says what happened
        TimedOut, ///< no answer in time
        Cancelled
    };

    Status status = Status::Failed;
    AccessToken token;
    /// On failure one specific sentence, e.g.
    /// "token request to https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token failed:
    ///  invalid_client — AADSTS7000215: Invalid client secret provided. …". Never contains a secret. In English: the
    /// run's error field, JSON and JUnit read it.
    QString message;
    QString shownMessage; ///< the same in the user's language; empty when it is `message`

    QString shown() const { return shownMessage.isEmpty() ? message : shownMessage; }
    void setMessage(const DisplayText &text)
    {
        message = text.english;
        shownMessage = text.shown;
    }
    bool fromCache = false; ///< served from the in-memory cache without a request

    bool ok() const { return status == Status::Ok; }
};

/// One pending token request. Emits finished() exactly once, always asynchronously (cancel() excepted, which
/// reports Cancelled before it returns). The caller deletes it, usually with deleteLater() in a finished() handler.
class TokenJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenJob)

public:
    ~TokenJob() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const TokenResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const RestGate::TokenResult &result);

private:
    friend class AzureTokenProvider;
    TokenJob(const QString &cacheKey, QObject *parent);
    void finish(const TokenResult &result);

    QString m_cacheKey;
    std::function<void()> m_onGone; ///< tells the provider this job no longer waits
    TokenResult m_result;
    bool m_finished = false;
};

/// Gets Entra ID access tokens the two ways a developer's desktop has them, and caches them in memory until
/// shortly before they expire (refreshMargin(), 5 minutes by default), so a series of dry runs makes one token
/// request. Concurrent requests for the same token share one HTTP request or one `az` process.
///
/// - Service principal secret: OAuth2 client credentials, a form POST to the authority's
///   {authorityHost}/{tenant}/oauth2/v2.0/token with grant_type=client_credentials, client_id, client_secret and
///   scope. The client secret is only ever sent over https (or to a loopback address, for tests and local
///   stand-ins).
/// - Azure CLI: `az account get-access-token --resource R [--tenant T] --output json`, using `accessToken` and
///   `expires_on` (POSIX seconds, az ≥ 2.54) or else `expiresOn` (local time) from its JSON.
class AzureTokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzureTokenProvider)

public:
    /// Uses `network` for token requests (it must outlive the provider); creates its own when null.
    explicit AzureTokenProvider(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AzureTokenProvider() override;

    TokenJob *clientCredentialsToken(const QUrl &tokenEndpoint, const QString &clientId, const QString &clientSecret,
                                     const QString &scope);
    /// `resource` is what az's --resource takes: a Resource Manager URL, or the Azure DevOps application id.
    /// `tenantId` may be empty (az's default tenant).
    TokenJob *azureCliToken(const QString &resource, const QString &tenantId);

    /// Forgets every cached token (after the user changed a secret, or signed in with another account).
    void clearCache();

    /// A cached token is used until this long before it expires (default 5 minutes).
    std::chrono::seconds refreshMargin() const { return m_refreshMargin; }
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    /// How long a token request or an `az` run may take (default 60 s; az itself can take several seconds).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// The Azure CLI to run; empty (the default) looks "az" up on PATH at each request.
    void setAzureCliProgram(const QString &program) { m_azureCliProgram = program; }
    /// Where "now" comes from when judging expiry (UTC). Tests move it forward instead of waiting an hour.
    void setClock(std::function<QDateTime()> clock);

    /// Runs a nested event loop until `job` finishes, deletes it and returns its result. For the CLI.
    static TokenResult waitFor(TokenJob *job);

private:
    struct Pending;

    TokenJob *newJob(const QString &cacheKey);
    /// A cached, still fresh token for the key, answered asynchronously; or the job joins/starts a fetch.
    bool answerFromCache(TokenJob *job);
    bool joinPending(TokenJob *job);
    void failSoon(TokenJob *job, const DisplayText &message);
    void startHttp(const QString &cacheKey, const QUrl &endpoint, const QByteArray &body);
    void startAzureCli(const QString &cacheKey, const QString &program, const QStringList &arguments);
    void onReplyFinished(const QString &cacheKey);
    void onProcessFinished(const QString &cacheKey);
    void onPendingTimeout(const QString &cacheKey);
    void complete(const QString &cacheKey, const TokenResult &result);
    void waiterGone(const QString &cacheKey);
    void abandon(Pending &pending);
    QDateTime now() const;

    QNetworkAccessManager *m_network;
    std::chrono::seconds m_refreshMargin = std::chrono::minutes(5);
    std::chrono::milliseconds m_timeout = std::chrono::seconds(60);
    QString m_azureCliProgram;
    std::function<QDateTime()> m_clock;
    QHash<QString, AccessToken> m_cache;
    std::map<QString, std::unique_ptr<Pending>> m_pending;
};

} // namespace RestGate
