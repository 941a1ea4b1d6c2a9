#include "secrets/azuretokenprovider.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <optional>
#include <utility>

namespace RestGate {

struct AzureTokenProvider::Pending
{
    QList<QPointer<TokenJob>> waiters;
    QPointer<QNetworkReply> reply;
    QPointer<QProcess> process;
    QTimer *timer = nullptr;
    QString endpoint; ///< the token endpoint; empty for the Azure CLI
    QDateTime startedAt;
};

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

double seconds(std::chrono::milliseconds timeout)
{
    return timeout.count() / 1000.0;
}

/// `expires_in` is a number in Entra ID's answers, a string in some older and on-premises (ADFS) ones.
std::optional<qint64> secondsValue(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return seconds;
    }
    return std::nullopt;
}

} // namespace

// ---- TokenJob -----------------------------------------------------------------------------------------------

TokenJob::TokenJob(const QString &cacheKey, QObject *parent)
    : QObject(parent)
    , m_cacheKey(cacheKey)
{
}

TokenJob::~TokenJob()
{
    if (!m_finished) {
        m_finished = true;
        if (m_onGone)
            m_onGone();
    }
}

void TokenJob::cancel()
{
    if (m_finished)
        return;
    // Tell the provider before finished(): a handler may delete this job, and the provider must already see it
    // as no longer waiting.
    const std::function<void()> onGone = std::exchange(m_onGone, nullptr);
    m_finished = true;
    m_result.status = TokenResult::Status::Cancelled;
    m_result.setMessage(DisplayText::translate("RestGate::AzureTokenProvider", "The token request was cancelled."));
    if (onGone)
        onGone();
    Q_EMIT finished(m_result);
}

void TokenJob::finish(const TokenResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
}

// ---- AzureTokenProvider -------------------------------------------------------------------------------------

AzureTokenProvider::AzureTokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

AzureTokenProvider::~AzureTokenProvider()
{
    // Jobs still around are children deleted after this body: they must not call back into a half-destroyed
    // provider.
    const QList<TokenJob *> jobs = findChildren<TokenJob *>(Qt::FindDirectChildrenOnly);
    for (TokenJob *job : jobs)
        job->m_onGone = nullptr;
    for (auto &[key, pending] : m_pending)
        abandon(*pending);
    m_pending.clear();
}

void AzureTokenProvider::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime AzureTokenProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void AzureTokenProvider::clearCache()
{
    m_cache.clear();
}

TokenJob *AzureTokenProvider::newJob(const QString &cacheKey)
{
    auto *job = new TokenJob(cacheKey, this);
    QPointer<AzureTokenProvider> self(this);
    job->m_onGone = [self, cacheKey] {
        if (self)
            self->waiterGone(cacheKey);
    };
    return job;
}

void AzureTokenProvider::failSoon(TokenJob *job, const DisplayText &message)
{
    TokenResult result;
    result.status = TokenResult::Status::Failed;
    result.setMessage(message);
    job->m_onGone = nullptr; // nothing pending to tell
    QMetaObject::invokeMethod(
        job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
}

bool AzureTokenProvider::answerFromCache(TokenJob *job)
{
    const auto it = m_cache.constFind(job->m_cacheKey);
    if (it == m_cache.constEnd())
        return false;
    if (now().addSecs(m_refreshMargin.count()) >= it->expiresOn) {
        // Stale (or about to be): never hand out a token that may expire mid-request.
        m_cache.erase(it);
        return false;
    }
    TokenResult result;
    result.status = TokenResult::Status::Ok;
    result.token = *it;
    result.fromCache = true;
    job->m_onGone = nullptr;
    QMetaObject::invokeMethod(
        job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
    return true;
}

bool AzureTokenProvider::joinPending(TokenJob *job)
{
    const auto it = m_pending.find(job->m_cacheKey);
    if (it == m_pending.end())
        return false;
    it->second->waiters.append(job);
    return true;
}

TokenJob *AzureTokenProvider::clientCredentialsToken(const QUrl &tokenEndpoint, const QString &clientId,
                                                     const QString &clientSecret, const QString &scope)
{
    // The secret is part of the key only as a hash, so a changed secret never reuses the old secret's token.
    const QByteArray secretHash = QCryptographicHash::hash(clientSecret.toUtf8(), QCryptographicHash::Sha256);
    const QString cacheKey = QStringLiteral("client-credentials\n") + tokenEndpoint.toString() + QLatin1Char('\n')
        + clientId + QLatin1Char('\n') + scope + QLatin1Char('\n') + QString::fromLatin1(secretHash.toHex());
    TokenJob *job = newJob(cacheKey);
    const QString endpoint = tokenEndpoint.toString();

    if (!tokenEndpoint.isValid() || tokenEndpoint.host().isEmpty()) {
        failSoon(job,
                 DisplayText::translate(
                     "RestGate::AzureTokenProvider",
                     "token request to %1 failed: the token endpoint is not a valid URL (check the authority host "
                     "and the tenant ID).")
                     .arg(endpoint));
        return job;
    }
    if (tokenEndpoint.scheme() != QLatin1String("https")
        && !(tokenEndpoint.scheme() == QLatin1String("http") && isLoopback(tokenEndpoint))) {
        failSoon(job,
                 DisplayText::translate(
                     "RestGate::AzureTokenProvider",
                     "token request to %1 refused: a client secret is only sent over https (the authority host "
                     "must start with https://).")
                     .arg(endpoint));
        return job;
    }
    if (clientId.trimmed().isEmpty() || clientSecret.isEmpty() || scope.isEmpty()) {
        failSoon(job,
                 DisplayText::translate(
                     "RestGate::AzureTokenProvider",
                     "token request to %1 not made: the client ID, the client secret and the scope are all "
                     "needed.")
                     .arg(endpoint));
        return job;
    }
    if (answerFromCache(job) || joinPending(job))
        return job;

    // Form encoding by hand: QUrlQuery leaves '+' and '&' as they are, and a '+' in a client secret would reach
    // the server as a space.
    auto field = [](const char *name, const QString &value) -> QByteArray {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray body = field("grant_type", QStringLiteral("client_credentials")) + '&'
        + field("client_id", clientId.trimmed()) + '&' + field("client_secret", clientSecret) + '&'
        + field("scope", scope);
    auto pending = std::make_unique<Pending>();
    pending->waiters.append(job);
    pending->endpoint = endpoint;
    m_pending.emplace(cacheKey, std::move(pending));
    startHttp(cacheKey, tokenEndpoint, body);
    return job;
}

TokenJob *AzureTokenProvider::azureCliToken(const QString &resource, const QString &tenantId)
{
    const QString cacheKey = QStringLiteral("azure-cli\n") + resource + QLatin1Char('\n') + tenantId.trimmed();
    TokenJob *job = newJob(cacheKey);
    if (resource.trimmed().isEmpty()) {
        failSoon(job,
                 DisplayText::translate("RestGate::AzureTokenProvider",
                                        "az account get-access-token not run: no resource to ask a token for."));
        return job;
    }
    if (answerFromCache(job) || joinPending(job))
        return job;

    const QString program =
        m_azureCliProgram.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("az")) : m_azureCliProgram;
    if (program.isEmpty()) {
        failSoon(job,
                 DisplayText::translate(
                     "RestGate::AzureTokenProvider",
                     "The Azure CLI ('az') is not installed or not on PATH: install it (https://aka.ms/azure-cli) "
                     "and run 'az login', or choose another way to authenticate."));
        return job;
    }
    QStringList arguments = {QStringLiteral("account"), QStringLiteral("get-access-token"),
                             QStringLiteral("--resource"), resource.trimmed()};
    if (!tenantId.trimmed().isEmpty())
        arguments << QStringLiteral("--tenant") << tenantId.trimmed();
    arguments << QStringLiteral("--output") << QStringLiteral("json");

    auto pending = std::make_unique<Pending>();
    pending->waiters.append(job);
    m_pending.emplace(cacheKey, std::move(pending));
    startAzureCli(cacheKey, program, arguments);
    return job;
}

void AzureTokenProvider::startHttp(const QString &cacheKey, const QUrl &endpoint, const QByteArray &body)
{
    Pending &pending = *m_pending.at(cacheKey);
    pending.startedAt = now();
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // The answer holds a token: never let a network cache keep it.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    pending.reply = m_network->post(request, body);
    connect(pending.reply, &QNetworkReply::finished, this, [this, cacheKey] { onReplyFinished(cacheKey); });

    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, cacheKey] { onPendingTimeout(cacheKey); });
    pending.timer->start(m_timeout);
}

void AzureTokenProvider::startAzureCli(const QString &cacheKey, const QString &program, const QStringList &arguments)
{
    Pending &pending = *m_pending.at(cacheKey);
    pending.startedAt = now();
    auto *process = new QProcess(this);
    pending.process = process;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, cacheKey] { onProcessFinished(cacheKey); });
    connect(process, &QProcess::errorOccurred, this, [this, cacheKey, program](QProcess::ProcessError error) {
        // Only a failed start ends the run without finished(); crashes and timeouts come through finished().
        if (error != QProcess::FailedToStart)
            return;
        const auto it = m_pending.find(cacheKey);
        if (it == m_pending.end())
            return;
        TokenResult result;
        result.status = TokenResult::Status::Failed;
        result.setMessage(
            DisplayText::translate("RestGate::AzureTokenProvider", "The Azure CLI at %1 could not be started: %2")
                .arg(program, it->second->process ? it->second->process->errorString() : QString()));
        complete(cacheKey, result);
    });

    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, cacheKey] { onPendingTimeout(cacheKey); });
    pending.timer->start(m_timeout);
    process->start();
}

void AzureTokenProvider::onReplyFinished(const QString &cacheKey)
{
    const auto it = m_pending.find(cacheKey);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &pending = *it->second;
    QNetworkReply *reply = pending.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray body = reply->readAll();

    TokenResult result;
    result.status = TokenResult::Status::Failed;
    const QString endpoint = pending.endpoint;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = json.object();

    if (status == 200 && object.value(QLatin1String("access_token")).isString()) {
        result.token.value = object.value(QLatin1String("access_token")).toString();
        // Counted from when the request left, so the cached lifetime errs on the short side. Without
        // expires_in the token is used once and not cached.
        const std::optional<qint64> lifetime = secondsValue(object.value(QLatin1String("expires_in")));
        result.token.expiresOn = pending.startedAt.addSecs(lifetime.value_or(0));
        if (result.token.value.isEmpty()) {
            result.setMessage(
                DisplayText::translate("RestGate::AzureTokenProvider",
                                       "token request to %1 failed: the answer has an empty access_token.")
                    .arg(endpoint));
        } else {
            result.status = TokenResult::Status::Ok;
        }
    } else if (object.value(QLatin1String("error")).isString()) {
        // OAuth2 error answer (RFC 6749 §5.2): error, and Entra ID's multi-line error_description (AADSTS code,
        // text, trace and correlation ids) on one line.
        const QString error = object.value(QLatin1String("error")).toString();
        const QString description = object.value(QLatin1String("error_description")).toString().simplified();
        if (description.isEmpty())
            result.setMessage(DisplayText::translate("RestGate::AzureTokenProvider", "token request to %1 failed: %2")
                                  .arg(endpoint, error));
        else
            result.setMessage(
                DisplayText::translate("RestGate::AzureTokenProvider", "token request to %1 failed: %2 — %3")
                    .arg(endpoint, error, description));
    } else if (status > 0) {
        // The status and the server's reason phrase stay as the server sent them.
        const QString http = QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed();
        result.setMessage(
            status == 200
                ? DisplayText::translate("RestGate::AzureTokenProvider",
                                         "token request to %1 failed: %2 without an access_token in the answer.")
                      .arg(endpoint, http)
                : DisplayText::translate("RestGate::AzureTokenProvider",
                                         "token request to %1 failed: %2 (the answer is not an OAuth2 error: is the "
                                         "authority host right?)")
                      .arg(endpoint, http));
    } else {
        result.setMessage(DisplayText::translate("RestGate::AzureTokenProvider", "token request to %1 failed: %2")
                              .arg(endpoint, reply->errorString()));
    }
    complete(cacheKey, result);
}

void AzureTokenProvider::onProcessFinished(const QString &cacheKey)
{
    const auto it = m_pending.find(cacheKey);
    if (it == m_pending.end() || !it->second->process)
        return;
    Pending &pending = *it->second;
    QProcess *process = pending.process;
    const QByteArray out = process->readAllStandardOutput();
    const QString err = QString::fromUtf8(process->readAllStandardError()).simplified();

    TokenResult result;
    result.status = TokenResult::Status::Failed;
    if (process->exitStatus() == QProcess::CrashExit) {
        result.setMessage(
            err.isEmpty()
                ? DisplayText::translate("RestGate::AzureTokenProvider", "az account get-access-token crashed")
                : DisplayText::translate("RestGate::AzureTokenProvider", "az account get-access-token crashed: %1")
                      .arg(err));
        complete(cacheKey, result);
        return;
    }
    if (process->exitCode() != 0) {
        // What az prints is the most specific thing we can say: "ERROR: Please run 'az login' to setup account.",
        // "AADSTS50173: The provided grant has expired …", an unknown tenant, and so on.
        result.setMessage(err.isEmpty()
                              ? DisplayText::translate("RestGate::AzureTokenProvider",
                                                       "az account get-access-token failed (exit code %1).")
                                    .arg(qint64(process->exitCode()))
                              : DisplayText::translate("RestGate::AzureTokenProvider",
                                                       "az account get-access-token failed (exit code %1): %2")
                                    .arg(QString::number(process->exitCode()), err));
        complete(cacheKey, result);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(out).object();
    const QString token = object.value(QLatin1String("accessToken")).toString();
    if (token.isEmpty()) {
        // Never quote the output: it is meant to hold a token.
        result.setMessage(DisplayText::translate(
            "RestGate::AzureTokenProvider",
            "az account get-access-token printed no accessToken (unexpected output; is 'az' the Azure CLI?)."));
        complete(cacheKey, result);
        return;
    }
    result.status = TokenResult::Status::Ok;
    result.token.value = token;
    if (const std::optional<qint64> epoch = secondsValue(object.value(QLatin1String("expires_on")))) {
        result.token.expiresOn = QDateTime::fromSecsSinceEpoch(*epoch, Qt::UTC);
    } else {
        // Older az: "2024-05-01 13:45:12.000000" in local time, no zone.
        const QString text = object.value(QLatin1String("expiresOn")).toString();
        QDateTime local = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!local.isValid())
            local = QDateTime::fromString(text, Qt::ISODate);
        // Unknown expiry: use the token for this request and do not cache it.
        result.token.expiresOn = local.isValid() ? local.toUTC() : now();
    }
    complete(cacheKey, result);
}

void AzureTokenProvider::onPendingTimeout(const QString &cacheKey)
{
    const auto it = m_pending.find(cacheKey);
    if (it == m_pending.end())
        return;
    TokenResult result;
    result.status = TokenResult::Status::TimedOut;
    const QString endpoint = it->second->endpoint;
    result.setMessage(endpoint.isEmpty()
                          ? DisplayText::translate("RestGate::AzureTokenProvider",
                                                   "az account get-access-token failed: no answer within %1 s.")
                                .arg(seconds(m_timeout))
                          : DisplayText::translate("RestGate::AzureTokenProvider",
                                                   "token request to %1 failed: no answer within %2 s.")
                                .arg(DisplayText(endpoint, endpoint),
                                     DisplayText(QString::number(seconds(m_timeout)),
                                                 shownLocale().toString(seconds(m_timeout), 'g', 6))));
    complete(cacheKey, result);
}

void AzureTokenProvider::complete(const QString &cacheKey, const TokenResult &result)
{
    const auto it = m_pending.find(cacheKey);
    if (it == m_pending.end())
        return;
    // Out of the map first: a waiter's finished() handler may ask for the same token again.
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    abandon(*pending);
    if (result.ok())
        m_cache.insert(cacheKey, result.token);
    for (const QPointer<TokenJob> &waiter : std::as_const(pending->waiters)) {
        if (waiter && !waiter->isFinished()) {
            waiter->m_onGone = nullptr;
            waiter->finish(result);
        }
    }
}

void AzureTokenProvider::waiterGone(const QString &cacheKey)
{
    const auto it = m_pending.find(cacheKey);
    if (it == m_pending.end())
        return;
    for (const QPointer<TokenJob> &waiter : std::as_const(it->second->waiters)) {
        if (waiter && !waiter->isFinished())
            return;
    }
    // Nobody waits any more: stop the request or the az process rather than let it run on.
    abandon(*it->second);
    m_pending.erase(it);
}

void AzureTokenProvider::abandon(Pending &pending)
{
    if (pending.timer) {
        pending.timer->stop();
        pending.timer->deleteLater();
        pending.timer = nullptr;
    }
    if (QNetworkReply *reply = pending.reply) {
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (QProcess *process = pending.process) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
    }
}

TokenResult AzureTokenProvider::waitFor(TokenJob *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        connect(job, &TokenJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const TokenResult result = job->result();
    delete job;
    return result;
}

} // namespace RestGate
