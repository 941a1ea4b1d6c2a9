#include "secrets/credentialresolver.h"

#include "secrets/azuretokenprovider.h"
#include "secrets/secretstore.h"

#include <QEventLoop>

#include <optional>

namespace RestGate {

using Authentication = AzureConnectionSettings::Authentication;

namespace {

/// The kind of a connection's secret inside a sentence, in both forms.
DisplayText kindText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return DisplayText::translate("RestGate::CredentialResolver", "password");
    case SecretKind::Token:
        return DisplayText::translate("RestGate::CredentialResolver", "token");
    case SecretKind::ClientSecret:
        return DisplayText::translate("RestGate::CredentialResolver", "client secret");
    case SecretKind::SecretVariable:
        break;
    }
    return DisplayText(secretKindLabel(kind), secretKindLabel(kind));
}

QString keychainSource(const SecretResult &result)
{
    return result.sessionOnly ? QStringLiteral("memory (this run only)") : QStringLiteral("the OS keychain");
}

} // namespace

// ---- CredentialRequest / ResolvedCredential -----------------------------------------------------------------

QString CredentialRequest::effectiveId() const
{
    const QString id = StableId::normalized(connectionId);
    return id.isEmpty() ? StableId::fromName(connectionName) : id;
}

SecretKey CredentialRequest::secretKey() const
{
    switch (kind) {
    case ConnectionKind::Generic:
        return SecretKey::forConnection(effectiveId(), SecretKind::Password);
    case ConnectionKind::AzureRM:
        if (azure.authentication == Authentication::ServicePrincipalSecret)
            return SecretKey::forConnection(effectiveId(), SecretKind::ClientSecret);
        if (azure.authentication == Authentication::AccessToken)
            return SecretKey::forConnection(effectiveId(), SecretKind::Token);
        break;
    case ConnectionKind::AzureDevOps:
        if (azure.authentication == Authentication::PersonalAccessToken)
            return SecretKey::forConnection(effectiveId(), SecretKind::Token);
        break;
    }
    return {};
}

QString ResolvedCredential::authorizationHeader() const
{
    if (scheme == Scheme::Bearer)
        return QStringLiteral("Bearer ") + secret;
    // The UsernamePassword scheme: "Basic {{ #base64 endpoint.username ":" endpoint.password }}".
    return QStringLiteral("Basic ") + QString::fromLatin1((username + QLatin1Char(':') + secret).toUtf8().toBase64());
}

QStringList ResolvedCredential::redactions() const
{
    QStringList values;
    if (secret.isEmpty())
        return values;
    values.append(secret);
    const QString header = authorizationHeader();
    values.append(header);
    if (scheme == Scheme::Basic)
        values.append(header.mid(QStringLiteral("Basic ").size()));
    return values;
}

// ---- CredentialJob ------------------------------------------------------------------------------------------

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{
}

CredentialJob::~CredentialJob()
{
    dropSteps();
}

void CredentialJob::dropSteps()
{
    // Disconnect first: this may run in the destructor, and the steps' Cancelled answers must not come back
    // here. Cancelling tells the token provider nobody waits any more (it stops the request or the az process).
    if (m_secretJob) {
        m_secretJob->disconnect(this);
        m_secretJob->cancel();
        m_secretJob->deleteLater();
    }
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->cancel();
        m_tokenJob->deleteLater();
    }
    m_secretJob = nullptr;
    m_tokenJob = nullptr;
}

void CredentialJob::cancel()
{
    if (m_finished)
        return;
    CredentialResult result;
    result.status = CredentialResult::Status::Cancelled;
    result.setMessage(
        DisplayText::translate("RestGate::CredentialResolver", "Resolving the connection's credential was cancelled."));
    finish(result);
}

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    dropSteps();
    m_result = result;
    Q_EMIT finished(m_result);
}

// ---- CredentialResolver -------------------------------------------------------------------------------------

CredentialResolver::CredentialResolver(SecretStore *store, AzureTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
{
}

CredentialResolver::~CredentialResolver() = default;

CredentialJob *CredentialResolver::resolve(const CredentialRequest &request)
{
    auto *job = new CredentialJob(this);
    const QString name = request.connectionName;
    auto finishSoon = [job](const CredentialResult &result) {
        QMetaObject::invokeMethod(
            job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
    };

    if (request.kind != ConnectionKind::Generic) {
        const QStringList problems = request.azure.problems(request.kind);
        if (!problems.isEmpty()) {
            CredentialResult result;
            result.status = CredentialResult::Status::Failed;
            result.setMessage(DisplayText::translate("RestGate::CredentialResolver", "Connection '%1': %2")
                                  .arg(name, problems.join(QLatin1Char(' '))));
            finishSoon(result);
            return job;
        }
    }

    const std::optional<QString> environment =
        m_environmentOverride ? SecretEnvironment::value(name) : std::optional<QString>();
    const QString environmentSource = SecretEnvironment::variableName(name);
    const AzureConnectionSettings &azure = request.azure;

    switch (request.kind) {
    case ConnectionKind::Generic: {
        const QString username = request.username;
        auto use = [job, username, name](const QString &secret, const QString &source) {
            CredentialResult result;
            result.status = CredentialResult::Status::Ok;
            result.credential.scheme = ResolvedCredential::Scheme::Basic;
            result.credential.username = username;
            result.credential.secret = secret;
            result.credential.present = !source.isEmpty();
            result.credential.source = source;
            if (source.isEmpty()) {
                // Username and password are both optional on a Generic connection; the server then sends
                // base64(username:) all the same.
                result.note = DisplayText::translate("RestGate::CredentialResolver",
                                                     "No password is stored for connection '%1': sending an empty one.")
                                  .arg(name)
                                  .shown;
            }
            job->finish(result);
        };
        if (environment) {
            QMetaObject::invokeMethod(
                job, [use, value = *environment, environmentSource] { use(value, environmentSource); },
                Qt::QueuedConnection);
        } else {
            withSecret(job, request, SecretKind::Password, use, true);
        }
        return job;
    }
    case ConnectionKind::AzureRM:
    case ConnectionKind::AzureDevOps:
        break;
    }

    const bool devOps = request.kind == ConnectionKind::AzureDevOps;
    // A PAT goes out as Basic with an empty user; everything Entra ID issued as Bearer.
    auto useDirect = [job](const QString &secret, const QString &source, ResolvedCredential::Scheme scheme) {
        CredentialResult result;
        result.status = CredentialResult::Status::Ok;
        result.credential.scheme = scheme;
        result.credential.secret = secret;
        result.credential.present = true;
        result.credential.source = source;
        job->finish(result);
    };
    const ResolvedCredential::Scheme directScheme =
        devOps ? ResolvedCredential::Scheme::Basic : ResolvedCredential::Scheme::Bearer;

    switch (azure.authentication) {
    case Authentication::AccessToken:
    case Authentication::PersonalAccessToken: {
        auto use = [useDirect, directScheme](const QString &secret, const QString &source) {
            useDirect(secret, source, directScheme);
        };
        if (environment) {
            QMetaObject::invokeMethod(
                job, [use, value = *environment, environmentSource] { use(value, environmentSource); },
                Qt::QueuedConnection);
        } else {
            withSecret(job, request, SecretKind::Token, use, false);
        }
        return job;
    }
    case Authentication::AzureCli:
        if (environment) {
            // Headless machines without az: the variable stands in for what az would have given (a token for
            // Resource Manager), or for Azure DevOps a PAT, as before these connections knew the Azure CLI.
            QMetaObject::invokeMethod(
                job,
                [useDirect, directScheme, value = *environment, environmentSource] {
                    useDirect(value, environmentSource, directScheme);
                },
                Qt::QueuedConnection);
        } else {
            const QString resource =
                devOps ? AzureConnectionSettings::azureDevOpsResource() : azure.effectiveResourceManagerUrl();
            withToken(job, m_tokens->azureCliToken(resource, azure.tenantId), QStringLiteral("the Azure CLI"));
        }
        return job;
    case Authentication::ServicePrincipalSecret: {
        QPointer<CredentialResolver> self(this);
        auto use = [self, job, azure](const QString &clientSecret, const QString &) {
            if (!self || job->isFinished()) // cancelled meanwhile: no token request for nobody
                return;
            TokenJob *tokenJob = self->m_tokens->clientCredentialsToken(azure.tokenEndpoint(), azure.clientId,
                                                                        clientSecret, azure.resourceManagerScope());
            self->withToken(job, tokenJob, azure.tokenEndpoint().toString());
        };
        if (environment) {
            QMetaObject::invokeMethod(
                job, [use, value = *environment, environmentSource] { use(value, environmentSource); },
                Qt::QueuedConnection);
        } else {
            withSecret(job, request, SecretKind::ClientSecret, use, false);
        }
        return job;
    }
    }
    return job;
}

void CredentialResolver::withSecret(CredentialJob *job, const CredentialRequest &request, SecretKind kind,
                                    const std::function<void(const QString &, const QString &)> &use, bool optional)
{
    SecretJob *secretJob = m_store->read(SecretKey::forConnection(request.effectiveId(), kind));
    job->m_secretJob = secretJob;
    const QString name = request.connectionName;
    const QString variable = SecretEnvironment::variableName(name);
    connect(secretJob, &SecretJob::finished, job,
            [job, secretJob, use, optional, kind, name, variable](const SecretResult &found) {
                job->m_secretJob = nullptr;
                secretJob->deleteLater();
                if (job->isFinished())
                    return;
                if (found.ok()) {
                    use(found.value, keychainSource(found));
                    return;
                }
                CredentialResult result;
                switch (found.status) {
                case SecretResult::Status::NotFound:
                    if (optional) {
                        use(QString(), QString()); // an empty source says "nothing stored"
                        return;
                    }
                    result.status = CredentialResult::Status::Missing;
                    result.setMessage(
                        DisplayText::translate("RestGate::CredentialResolver",
                                               "Connection '%1' has no %2: store it with 'restgate-cli secret set %1 "
                                               "--kind %3' (or in the Connections dialog), or set %4.")
                            .arg(name)
                            .arg(kindText(kind))
                            .arg(secretKindKey(kind), variable));
                    break;
                case SecretResult::Status::NoSecretService:
                    result.status = CredentialResult::Status::NoSecretService;
                    result.setMessage(
                        DisplayText::translate("RestGate::CredentialResolver",
                                               "%1. Set %2 for connection '%3', or keep its secret for this run only.")
                            .arg(DisplayText(found.message, found.shown()))
                            .arg(variable, name));
                    break;
                case SecretResult::Status::Cancelled:
                    result.status = CredentialResult::Status::Cancelled;
                    result.setMessage(DisplayText(found.message, found.shown()));
                    break;
                default:
                    result.status = CredentialResult::Status::Failed;
                    result.setMessage(
                        DisplayText::translate("RestGate::CredentialResolver",
                                               "Cannot read the %1 of connection '%2' from the keychain: %3")
                            .arg(kindText(kind), DisplayText(name, name))
                            .arg(DisplayText(found.message, found.shown())));
                    break;
                }
                job->finish(result);
            });
}

void CredentialResolver::withToken(CredentialJob *job, TokenJob *tokenJob, const QString &source)
{
    job->m_tokenJob = tokenJob;
    connect(tokenJob, &TokenJob::finished, job, [job, tokenJob, source](const TokenResult &token) {
        job->m_tokenJob = nullptr;
        tokenJob->deleteLater();
        if (job->isFinished())
            return;
        CredentialResult result;
        if (token.ok()) {
            result.status = CredentialResult::Status::Ok;
            result.credential.scheme = ResolvedCredential::Scheme::Bearer;
            result.credential.secret = token.token.value;
            result.credential.present = true;
            result.credential.expiresOn = token.token.expiresOn;
            result.credential.source = source;
        } else {
            result.status = token.status == TokenResult::Status::Cancelled ? CredentialResult::Status::Cancelled
                                                                           : CredentialResult::Status::Failed;
            result.setMessage(DisplayText(token.message, token.shown()));
        }
        job->finish(result);
    });
}

CredentialResult CredentialResolver::waitFor(CredentialJob *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        connect(job, &CredentialJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const CredentialResult result = job->result();
    delete job;
    return result;
}

} // namespace RestGate
