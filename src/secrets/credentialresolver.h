#pragma once

#include "core/design/azureconnectionsettings.h"
#include "core/design/displaytext.h"
#include "secrets/secretkey.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace RestGate {

class AzureTokenProvider;
class SecretJob;
class SecretStore;
class TokenJob;
struct SecretResult;
struct TokenResult;

/// What the resolver needs to know about a connection: built from a ServiceConnection by the caller (this library
/// does not depend on restgate_core). Holds no secret.
struct CredentialRequest
{
    ConnectionKind kind = ConnectionKind::Generic;
    QString connectionId; ///< the stable id its keychain entries hang off; empty: StableId::fromName(name)
    QString connectionName; ///< for RESTGATE_SECRET_<NAME> and for messages
    QString username; ///< Generic only
    AzureConnectionSettings azure = AzureConnectionSettings::defaultsFor(ConnectionKind::AzureRM);

    /// connectionId, or the name-based id when it is empty.
    QString effectiveId() const;
    /// The keychain entry this connection's secret lives in, given its kind and authentication; empty ownerId
    /// when it needs none (Azure CLI).
    SecretKey secretKey() const;
};

/// A credential ready to go on the wire for one run. Never persisted.
struct ResolvedCredential
{
    enum class Scheme
    {
        Basic, ///< Generic: base64(username:password); Azure DevOps PAT: base64(":" + PAT)
        Bearer, ///< Entra ID access token (Azure RM; Azure DevOps through the Azure CLI)
    };

    Scheme scheme = Scheme::Basic;
    QString username; ///< Basic only
    QString secret; ///< password, PAT or access token
    bool present = false; ///< false: a Generic connection with no password stored (sent with an empty password)
    QDateTime expiresOn; ///< tokens only (UTC)
    /// Where the secret came from, for the Request tab and -v output: "the OS keychain", "RESTGATE_SECRET_PROD",
    /// "memory (this run only)", "the Azure CLI", "https://login.microsoftonline.com/…/oauth2/v2.0/token".
    QString source;

    /// The Authorization header value: "Basic ZGVwbG95LWJvdDpzM2NyM3Q=" or "Bearer eyJ0eXAi…".
    QString authorizationHeader() const;
    /// Every form of the secret that could show up in output and must be replaced by ••••: the secret itself,
    /// the base64 of the Basic credential, and the whole header value.
    QStringList redactions() const;
};

struct CredentialResult
{
    enum class Status
    {
        Ok,
        Missing, ///< nothing stored and no RESTGATE_SECRET_<NAME>; `message` says how to provide it
        NoSecretService, ///< the keychain cannot be reached; offer RESTGATE_SECRET_<NAME> or "this run only"
        Failed, ///< keychain error, invalid settings, or the token request failed (specific message)
        Cancelled
    };

    Status status = Status::Failed;
    ResolvedCredential credential;
    QString message; ///< why it failed; never contains a secret, in English: logs and the error field of a run read it
    QString shownMessage; ///< the same in the user's language; empty when it is `message`

    QString shown() const { return shownMessage.isEmpty() ? message : shownMessage; }
    void setMessage(const DisplayText &text)
    {
        message = text.english;
        shownMessage = text.shown;
    }
    QString note; ///< on success, something worth a warning (e.g. "no password stored, sending an empty one")

    bool ok() const { return status == Status::Ok; }
};

/// One credential resolution under way. Emits finished() exactly once, always asynchronously (cancel() excepted,
/// which reports Cancelled before it returns). The caller deletes it, usually with deleteLater() in a finished()
/// handler.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    ~CredentialJob() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const CredentialResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const RestGate::CredentialResult &result);

private:
    friend class CredentialResolver;
    explicit CredentialJob(QObject *parent);
    void finish(const CredentialResult &result);
    void dropSteps();

    QPointer<SecretJob> m_secretJob;
    QPointer<TokenJob> m_tokenJob;
    CredentialResult m_result;
    bool m_finished = false;
};

/// The asynchronous "credential resolution" step before a request is built: the connection's secret from
/// RESTGATE_SECRET_<NAME> or the keychain, turned into a token where the connection needs one.
///
/// Per connection and authentication: the keychain entry (SecretKind), what RESTGATE_SECRET_<NAME> stands for
/// when set, and the Authorization scheme sent:
///
///     Generic                            Password (optional)  the password        Basic base64(user:password)
///     Azure RM, servicePrincipalSecret   ClientSecret         the client secret   Bearer (client credentials)
///     Azure RM, azureCli                 none (runs az)       an access token     Bearer
///     Azure RM, accessToken              Token                the access token    Bearer
///     Azure DevOps, personalAccessToken  Token                the PAT             Basic base64(":" + PAT)
///     Azure DevOps, azureCli             none (az, 499b84ac…) a PAT               Bearer (the variable: Basic)
///
/// The environment variable wins over the keychain and, when set, the keychain is not asked at all, so a
/// pipeline or a headless machine without a Secret Service works.
class CredentialResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)

public:
    /// `store` and `tokens` must outlive the resolver.
    CredentialResolver(SecretStore *store, AzureTokenProvider *tokens, QObject *parent = nullptr);
    ~CredentialResolver() override;

    SecretStore *store() const { return m_store; }
    AzureTokenProvider *tokens() const { return m_tokens; }

    /// Whether RESTGATE_SECRET_<NAME> overrides the keychain (default true). The GUI may turn it off so that what
    /// the Connections dialog shows is what the keychain holds.
    bool environmentOverride() const { return m_environmentOverride; }
    void setEnvironmentOverride(bool enabled) { m_environmentOverride = enabled; }

    CredentialJob *resolve(const CredentialRequest &request);

    /// Runs a nested event loop until `job` finishes, deletes it and returns its result. For the CLI.
    static CredentialResult waitFor(CredentialJob *job);

private:
    /// Reads the connection's secret of `kind` and hands it to `use` with where it came from; an optional secret
    /// that is not stored reaches `use` as two empty strings, a required one finishes the job as Missing.
    void withSecret(CredentialJob *job, const CredentialRequest &request, SecretKind kind,
                    const std::function<void(const QString &secret, const QString &source)> &use, bool optional);
    void withToken(CredentialJob *job, TokenJob *tokenJob, const QString &source);

    SecretStore *m_store;
    AzureTokenProvider *m_tokens;
    bool m_environmentOverride = true;
};

} // namespace RestGate
