#include "taskrunner.h"

#include "criteriajudge.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCipher>
#include <QSslConfiguration>
#endif

namespace RestGate {

namespace {

// Bodies below this are judged on the spot; larger ones on a worker thread so a window never stalls.
constexpr qsizetype inlineCriteriaLimit = 256 * 1024;

QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl &url, const QString &qtMessage,
                             RunResult::ErrorKind *kind)
{
    const QString where = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        *kind = RunResult::ErrorKind::ConnectionRefused;
        return QStringLiteral("Connection refused: nothing is listening at %1.").arg(where);
    case QNetworkReply::HostNotFoundError:
        *kind = RunResult::ErrorKind::HostNotFound;
        return QStringLiteral("Host not found: the name '%1' could not be resolved (DNS).").arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        *kind = RunResult::ErrorKind::Tls;
        return QStringLiteral("TLS failure talking to %1: %2").arg(where, qtMessage);
    case QNetworkReply::RemoteHostClosedError:
        *kind = RunResult::ErrorKind::Network;
        return QStringLiteral("%1 closed the connection before answering.").arg(where);
    case QNetworkReply::TooManyRedirectsError:
        *kind = RunResult::ErrorKind::Network;
        return QStringLiteral("Too many redirects starting at %1.").arg(url.toString());
    default:
        *kind = RunResult::ErrorKind::Network;
        return QStringLiteral("Network error talking to %1: %2").arg(where, qtMessage);
    }
}

} // namespace

RunInput RunInput::fromDocument(const DesignDocument &document, qsizetype taskIndex, const VariableSet &system,
                                const QString &variableSetName, const VariableSet &overrides,
                                const SecretLookup &secrets)
{
    RunInput input;
    input.task = document.tasks.at(taskIndex);
    input.variables = system.overlaidWith(document.effectiveVariables(variableSetName)).overlaidWith(overrides);
    if (const ServiceConnection *connection = document.connection(input.task.connectionName())) {
        input.connection = *connection;
        if (secrets)
            input.secret = secrets(*connection);
    }
    return input;
}

TaskRun::TaskRun(QNetworkAccessManager *network, const RunInput &input, const RunOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_input(input)
    , m_options(options)
{
    // Always answer asynchronously, even for a task that cannot be sent, so callers connect first.
    QMetaObject::invokeMethod(this, &TaskRun::begin, Qt::QueuedConnection);
}

TaskRun::~TaskRun()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TaskRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort();
        return;
    }
    // Not started yet, or judging the criteria on a worker: report the cancel now; the judge's answer is dropped.
    m_result.verdict = RunResult::Verdict::Cancelled;
    m_result.errorKind = RunResult::ErrorKind::Cancelled;
    m_result.reasons = {QStringLiteral("The dry run was cancelled.")};
    complete();
}

void TaskRun::begin()
{
    if (m_finished)
        return;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.options = m_options;
    m_result.continueOnError = m_input.task.continueOnError;
    m_clock.start();
    const bool ok = RequestBuilder::build(m_input.task, m_input.connection ? &*m_input.connection : nullptr,
                                          m_input.secret, m_input.variables, &m_result.request, &m_result.findings);
    if (!ok) {
        m_result.verdict = RunResult::Verdict::Error;
        m_result.errorKind = RunResult::ErrorKind::InvalidTask;
        for (const Finding &finding : std::as_const(m_result.findings)) {
            if (finding.isError())
                m_result.reasons.append(finding.message);
        }
        m_result.errorString = m_result.reasons.value(0);
        complete();
        return;
    }

    m_result.request.transportHeaders = RequestBuilder::transportHeaders(m_result.request);
    const PreparedRequest &prepared = m_result.request;
    QNetworkRequest request {QUrl(prepared.url)};
    for (const auto &[name, value] : prepared.headers)
        request.setRawHeader(name.toUtf8(), value.toUtf8());
    // Set explicitly so what is shown is what is sent. Host and Content-Length Qt derives (a redirect to another
    // host needs its own Host), and Accept-Encoding too: Qt decompresses only what it asked for itself.
    for (const auto &[name, value] : prepared.transportHeaders) {
        if (name != QLatin1String("Host") && name != QLatin1String("Content-Length")
            && name != QLatin1String("Accept-Encoding"))
            request.setRawHeader(name.toLatin1(), value.toLatin1());
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         m_options.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                   : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(50);

    const QByteArray verb = prepared.method.toLatin1();
    if (verb == "GET" && !prepared.hasBody)
        m_reply = m_network->get(request);
    else if (verb == "HEAD" && !prepared.hasBody)
        m_reply = m_network->head(request);
    else
        m_reply = m_network->sendCustomRequest(request, verb, prepared.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &TaskRun::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &TaskRun::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &TaskRun::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &to) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString from = m_result.redirects.isEmpty() ? m_result.request.url : m_result.redirects.constLast().to;
        m_result.redirects.append({status, from, to.toString()});
    });
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_result.tls.errors.append(error.errorString());
    });
#endif
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    // A coarse timer may fire up to 5% early; the server's limit is exact.
    m_timeout->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, &TaskRun::onTimeout);
    m_timeout->start(m_options.timeoutMs);
}

void TaskRun::onMetaDataChanged()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    const int code = status.toInt();
    const bool redirect = m_options.followRedirects && code >= 300 && code < 400 && m_reply->hasRawHeader("Location");
    if (!redirect && m_result.msToHeaders < 0)
        m_result.msToHeaders = m_clock.elapsed();
}

void TaskRun::onReadyRead()
{
    const QByteArray chunk = m_reply->readAll();
    m_result.bodyBytes += chunk.size();
    const qint64 room = m_options.maxBodyBytes - m_result.body.size();
    if (chunk.size() > room) {
        m_result.body.append(chunk.left(qMax<qint64>(room, 0)));
        m_result.bodyTruncated = true;
        m_capHit = true;
        m_reply->abort();
        return;
    }
    m_result.body.append(chunk);
    Q_EMIT progress(m_result.bodyBytes, m_clock.elapsed());
}

void TaskRun::onTimeout()
{
    if (!m_reply || !m_reply->isRunning())
        return;
    m_timedOut = true;
    m_reply->abort();
}

void TaskRun::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_result.msTotal = m_clock.elapsed();
    if (reply->bytesAvailable() > 0 && !m_capHit)
        onReadyRead();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_result.status = status.toInt();
        m_result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            m_result.responseHeaders.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    }
    m_result.finalUrl = reply->url().toString();
#if QT_CONFIG(ssl)
    if (reply->url().scheme() == QLatin1String("https")) {
        const QSslConfiguration ssl = reply->sslConfiguration();
        m_result.tls.used = true;
        m_result.tls.cipher = ssl.sessionCipher().name();
        m_result.tls.protocol = ssl.sessionCipher().protocolString();
        const QSslCertificate peer = ssl.peerCertificate();
        if (!peer.isNull()) {
            m_result.tls.peerSubject = peer.subjectDisplayName();
            m_result.tls.peerIssuer = peer.issuerDisplayName();
            m_result.tls.peerExpiry = peer.expiryDate();
        }
    }
#endif
    const QNetworkReply::NetworkError error = reply->error();
    const QString method = m_result.request.method;
    const QString shownUrl = m_result.request.redact(m_result.request.url);
    const QString timeoutMessage = QStringLiteral("The request timed out after %1 seconds as no response was received.")
                                       .arg(m_options.timeoutMs / 1000.0);

    m_reply = nullptr;
    reply->deleteLater();

    if (m_timedOut) {
        m_result.verdict = RunResult::Verdict::TimedOut;
        m_result.errorKind = RunResult::ErrorKind::Timeout;
        m_result.errorString = timeoutMessage;
        m_result.reasons = {timeoutMessage,
                            m_result.request.isCallback
                                ? QStringLiteral("In Callback mode the service must answer the initial call at once "
                                                 "(e.g. 202 Accepted) and report completion later.")
                                : QStringLiteral("Azure DevOps allows an API-response task 20 seconds in all, "
                                                 "whatever the task's timeout says. Use Callback for longer work.")};
        m_result.log =
            RunResult::serverLog(method, shownUrl, 0, {}, timeoutMessage + QStringLiteral(" (type TimeoutException)"));
        complete();
        return;
    }
    if (m_cancelled) {
        m_result.verdict = RunResult::Verdict::Cancelled;
        m_result.errorKind = RunResult::ErrorKind::Cancelled;
        m_result.reasons = {QStringLiteral("The dry run was cancelled.")};
        complete();
        return;
    }
    if (!status.isValid()) {
        m_result.verdict = RunResult::Verdict::Error;
        m_result.errorString =
            describeNetworkError(error, QUrl(m_result.request.url), reply->errorString(), &m_result.errorKind);
        m_result.reasons = {m_result.errorString};
        m_result.log = RunResult::serverLog(method, shownUrl, 0, {}, m_result.errorString);
        complete();
        return;
    }
    judge();
}

void TaskRun::judge()
{
    const QString bodyText = QString::fromUtf8(m_result.body.left(64 * 1024));
    m_result.log = RunResult::serverLog(m_result.request.method, m_result.request.redact(m_result.request.url),
                                        m_result.status, m_result.request.redact(bodyText));

    const QString criteria = m_result.request.criteria;
    if (m_result.request.isCallback || criteria.trimmed().isEmpty()) {
        CriteriaJudge::applyVerdict(&m_result, nullptr);
        complete();
        return;
    }

    auto finish = [this](std::shared_ptr<const CriteriaOutcome> report) {
        if (m_finished)
            return;
        CriteriaJudge::applyVerdict(&m_result, std::move(report));
        complete();
    };
    const VariableSet variables = m_input.variables;
    const QByteArray body = m_result.body;
    const bool truncated = m_result.bodyTruncated;
    if (body.size() <= inlineCriteriaLimit) {
        finish(CriteriaJudge::evaluate(criteria, variables, body, truncated));
        return;
    }
    // The worker never touches the run: it posts the outcome to the application object, and the guard is only
    // read back on the main thread, where the run may have been cancelled or deleted in the meantime.
    QPointer<TaskRun> self(this);
    QThreadPool::globalInstance()->start([self, criteria, variables, body, truncated, finish]() {
        auto outcome = CriteriaJudge::evaluate(criteria, variables, body, truncated);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome, finish]() {
                if (self)
                    finish(outcome);
            },
            Qt::QueuedConnection);
    });
}

void TaskRun::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_result.msTotal == 0 && m_clock.isValid())
        m_result.msTotal = m_clock.elapsed();
    if (m_timeout)
        m_timeout->stop();
    m_result.noteContinueOnError();
    // Reasons quote the success criteria after macro expansion, and so the value of a secret variable it uses:
    // every consumer (the result panel, the CLI's text, JSON and JUnit) gets them redacted.
    for (QString &reason : m_result.reasons)
        reason = m_result.request.redact(reason);
    m_result.errorString = m_result.request.redact(m_result.errorString);
    Q_EMIT finished(m_result);
}

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

TaskRunner::~TaskRunner() = default;

TaskRun *TaskRunner::start(const RunInput &input, const RunOptions &options)
{
    return new TaskRun(m_network, input, options, this);
}

} // namespace RestGate
