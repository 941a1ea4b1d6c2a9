#include "core/run/taskrunner.h"

#include "core/result/criteriajudge.h"
#include "core/run/backgroundwork.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>

namespace RestGate {

namespace {

// Bodies below this are judged on the spot; larger ones on a worker thread so a window never stalls.
constexpr qsizetype inlineCriteriaLimit = 256 * 1024;
// What Qt's HTTP thread may hold for a reply before it stops reading the socket: without it an endless body piles up
// in the reply as fast as the network delivers, whatever the cap says.
constexpr qint64 replyBufferBytes = 1024 * 1024;
// .NET's HttpClientHandler.MaxResponseHeadersLength default (64 KB); past it the server's call fails.
constexpr qint64 maxResponseHeaderBytes = 64 * 1024;
// HttpClientHandler.MaxAutomaticRedirections.
constexpr int maxRedirects = 50;

// An error of the connection or of HTTP framing, not one Qt derives from the status code (404 and so on).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || (code >= 300 && code < 400);
}

// The origin as curl and browsers compare it: scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// The server-format log with one line per redirect after the request line.
QString withRedirects(const QString &log, const RunResult &result)
{
    if (result.redirects.isEmpty())
        return log;
    const qsizetype firstLineEnd = log.indexOf(QLatin1Char('\n')) + 1;
    QString lines;
    for (const RedirectHop &hop : result.redirects) {
        lines += QStringLiteral("\t\t\t\tRedirect: %1 %2 -> %3 %4")
                     .arg(QString::number(hop.status), RunResult::statusName(hop.status), hop.method, hop.to);
        if (!hop.droppedHeaders.isEmpty())
            lines +=
                QStringLiteral(" (another origin: %1 not sent)").arg(hop.droppedHeaders.join(QStringLiteral(", ")));
        lines += QLatin1Char('\n');
    }
    return log.left(firstLineEnd) + lines + log.mid(firstLineEnd);
}

// Reasons are read in the user's language; the error string and the agent's log keep English.
QString networkText(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("TaskRunner", source) : QString::fromUtf8(source);
}

QString describeNetworkError(QNetworkReply::NetworkError error, const QUrl &url, const QString &qtMessage,
                             RunResult::ErrorKind *kind, bool translated = false)
{
    const QString where = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        *kind = RunResult::ErrorKind::ConnectionRefused;
        return networkText(QT_TRANSLATE_NOOP("TaskRunner", "Connection refused: nothing is listening at %1."),
                           translated)
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        *kind = RunResult::ErrorKind::HostNotFound;
        return networkText(
                   QT_TRANSLATE_NOOP("TaskRunner", "Host not found: the name '%1' could not be resolved (DNS)."),
                   translated)
            .arg(url.host());
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        *kind = RunResult::ErrorKind::Tls;
        return networkText(QT_TRANSLATE_NOOP("TaskRunner", "TLS failure talking to %1: %2"), translated)
            .arg(where, qtMessage);
    case QNetworkReply::RemoteHostClosedError:
        *kind = RunResult::ErrorKind::Network;
        return networkText(QT_TRANSLATE_NOOP("TaskRunner", "%1 closed the connection before answering."), translated)
            .arg(where);
    case QNetworkReply::TooManyRedirectsError:
        *kind = RunResult::ErrorKind::Network;
        return networkText(QT_TRANSLATE_NOOP("TaskRunner", "Too many redirects starting at %1."), translated)
            .arg(url.toString());
    default:
        *kind = RunResult::ErrorKind::Network;
        return networkText(QT_TRANSLATE_NOOP("TaskRunner", "Network error talking to %1: %2"), translated)
            .arg(where, qtMessage);
    }
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyConnectionClosedError
        || error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::ProxyTimeoutError
        || error == QNetworkReply::ProxyAuthenticationRequiredError;
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

DisplayText runnerText(const char *source)
{
    return DisplayText::translate("TaskRunner", source);
}

DisplayText describeProxyError(QNetworkReply::NetworkError error, const ProxyChoice &proxy, const QUrl &url)
{
    const DisplayText name {proxy.description(), proxy.description(true)};
    const DisplayText source {proxy.source, proxy.shownSource()};
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
        return runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                            "The %1 refused the connection: nothing is listening there "
                                            "(set by %2). %3 was not reached."))
            .arg(name, source)
            .arg(hostAndPort(url));
    case QNetworkReply::ProxyNotFoundError:
        return runnerText(
                   QT_TRANSLATE_NOOP("TaskRunner", "The proxy host '%1' could not be resolved (DNS; set by %2)."))
            .arg(DisplayText {proxy.proxy.hostName(), proxy.proxy.hostName()}, source);
    case QNetworkReply::ProxyTimeoutError:
        return runnerText(QT_TRANSLATE_NOOP("TaskRunner", "The %1 did not answer in time (set by %2)."))
            .arg(name, source);
    case QNetworkReply::ProxyAuthenticationRequiredError: {
        // A SOCKS5 proxy refuses in its own handshake (RFC 1929); only an HTTP proxy answers 407.
        const QString how = proxy.proxy.type() == QNetworkProxy::Socks5Proxy
            ? QString()
            : QStringLiteral(" (407 Proxy Authentication Required)");
        return proxy.proxy.user().isEmpty()
            ? runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                           "The %1 requires authentication%2: give a proxy user and password (user@ "
                                           "in the proxy URL with --proxy-password-env, or Preferences)."))
                  .arg(name, DisplayText {how, how})
            : runnerText(QT_TRANSLATE_NOOP("TaskRunner", "The %1 refused the credentials of user '%2'%3."))
                  .arg(name)
                  .arg(proxy.proxy.user(), how);
    }
    default:
        return runnerText(
                   QT_TRANSLATE_NOOP("TaskRunner", "The %1 closed the connection before %2 answered (set by %3)."))
            .arg(name)
            .arg(hostAndPort(url))
            .arg(source);
    }
}

// OpenSSL's words when a server ends the handshake for want of a client certificate (TLS 1.2 and 1.3).
bool looksLikeClientCertificateDemand(const QString &message)
{
    return message.contains(QLatin1String("certificate required"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("handshake failure"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("bad certificate"), Qt::CaseInsensitive);
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
    // Runs with their own CAs, certificate or proxy get their own connections: Qt reuses a connection (and its
    // checked certificate) for the same host whatever the TLS configuration of the next request says.
    if (!(m_options.network == NetworkSettings {})) {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
        m_network->setProxyFactory(new SettingsProxyFactory(m_options.network));
    }
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
    m_result.reasons = {QCoreApplication::translate("TaskRunner", "The dry run was cancelled.")};
    complete();
}

void TaskRun::begin()
{
    if (m_finished)
        return;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.options = m_options;
    m_result.options.network = m_options.network.withoutSecrets();
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

#if !QT_CONFIG(ssl)
    // Without TLS a CA or client certificate can never be used: say so before anything goes out.
    DisplayText tlsProblem;
    if (!TlsRules::configure(m_options.network, nullptr, &tlsProblem)) {
        fail(RunResult::ErrorKind::Tls, tlsProblem);
        return;
    }
#endif
    m_result.request.transportHeaders = RequestBuilder::transportHeaders(m_result.request);
    // Only a coding the runner asked for is undone: a task that sets its own Accept-Encoding gets the bytes as they
    // came, as the task on the server does.
    m_decodesCoding = std::any_of(
        m_result.request.transportHeaders.cbegin(), m_result.request.transportHeaders.cend(),
        [](const QPair<QString, QString> &header) { return header.first == QLatin1String("Accept-Encoding"); });
    const PreparedRequest &prepared = m_result.request;
    m_hop.url = QUrl(prepared.url);
    m_hop.method = prepared.method.toLatin1();
    m_hop.headers = prepared.headers;
    m_hop.body = prepared.body;
    m_hop.hasBody = prepared.hasBody;
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    // A coarse timer may fire up to 5% early; the server's limit is exact.
    m_timeout->setTimerType(Qt::PreciseTimer);
    connect(m_timeout, &QTimer::timeout, this, &TaskRun::onTimeout);
    // One limit for the whole call, redirects included.
    m_timeout->start(m_options.timeoutMs);
    send();
}

void TaskRun::send()
{
    m_proxy = ProxyRules::choose(m_options.network, m_hop.url);
    if (!m_proxy.error.isEmpty()) {
        fail(RunResult::ErrorKind::Proxy, {m_proxy.error, m_proxy.shownError});
        return;
    }
    QNetworkRequest request {m_hop.url};
#if QT_CONFIG(ssl)
    if (m_hop.url.scheme() == QLatin1String("https")) {
        // Made at the first https hop, not before: SSL_CERT_FILE and SSL_CERT_DIR often name the whole system store,
        // and reading it cost every plain http run about 0.3 s (seconds under a sanitizer), as curl does not.
        if (!m_usedTls) {
            m_ssl = QSslConfiguration::defaultConfiguration();
            DisplayText tlsProblem;
            if (!TlsRules::configure(m_options.network, &m_ssl, &tlsProblem)) {
                fail(RunResult::ErrorKind::Tls, tlsProblem);
                return;
            }
        }
        m_usedTls = true;
        request.setSslConfiguration(m_ssl);
    }
#endif
    for (const auto &[name, value] : std::as_const(m_hop.headers))
        request.setRawHeader(name.toUtf8(), value.toUtf8());
    // Set explicitly so what is shown is what is sent. Host and Content-Length Qt derives (a redirect to another
    // host needs its own Host). Accept-Encoding is the runner's own, so Qt leaves the body as it came and the
    // runner inflates it (ContentDecoder): a cut compressed stream shows, and the headers stay the server's.
    for (const auto &[name, value] : std::as_const(m_result.request.transportHeaders)) {
        if (name != QLatin1String("Host") && name != QLatin1String("Content-Length"))
            request.setRawHeader(name.toLatin1(), value.toLatin1());
    }
    // Redirects are followed here, not by Qt, which would carry Authorization and every header to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    m_redirecting = false;
    m_decoder.reset();
    m_wireBytes = 0;
    if (m_hop.method == "GET" && !m_hop.hasBody)
        m_reply = m_network->get(request);
    else if (m_hop.method == "HEAD" && !m_hop.hasBody)
        m_reply = m_network->head(request);
    else
        m_reply = m_network->sendCustomRequest(request, m_hop.method, m_hop.body);
    m_reply->setReadBufferSize(replyBufferBytes);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &TaskRun::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &TaskRun::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &TaskRun::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            // The result lists them for people; the error string and the agent's log keep the English.
            const QString problem = TlsRules::describe(error);
            if (!m_englishTlsErrors.contains(problem)) {
                m_englishTlsErrors.append(problem);
                m_result.tls.errors.append(TlsRules::describe(error, true));
            }
        }
        // Insecure lets the run through but keeps every problem: the outputs list what would have failed.
        if (m_options.network.insecure && m_reply)
            m_reply->ignoreSslErrors();
    });
#endif
}

void TaskRun::followRedirect(QNetworkReply *reply, int status)
{
    const QUrl from = reply->url();
    const QUrl to = from.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (m_result.redirects.size() >= maxRedirects) {
        fail(RunResult::ErrorKind::Network,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner", "Too many redirects: more than %1 starting at %2."))
                 .arg(maxRedirects)
                 .arg(m_result.request.url));
        return;
    }
    if (!to.isValid() || (to.scheme() != QLatin1String("http") && to.scheme() != QLatin1String("https"))) {
        fail(RunResult::ErrorKind::Network,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                          "The server redirected (%1) to '%2', which is not an http or https URL."))
                 .arg(status)
                 .arg(to.toString()));
        return;
    }
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http")) {
        fail(RunResult::ErrorKind::Tls,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                          "The server redirected (%1) from https to plain http ('%2'); "
                                          "the dry run does not follow a redirect that drops TLS."))
                 .arg(status)
                 .arg(to.toString()));
        return;
    }

    RedirectHop hop;
    hop.status = status;
    hop.from = from.toString();
    hop.to = to.toString();
    // As .NET's HttpClient: 303 becomes GET (but HEAD), and so do 301 and 302 after a POST; the body goes with the
    // method. 307 and 308 repeat the request as it was.
    if ((status == 303 && m_hop.method != "HEAD") || ((status == 301 || status == 302) && m_hop.method == "POST")) {
        m_hop.method = "GET";
        m_hop.body.clear();
        m_hop.hasBody = false;
        m_hop.headers.removeIf([](const QPair<QString, QString> &header) {
            return header.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        });
    }
    // Like curl: credentials and the task's own headers are for the origin the task names, never for another one
    // a server sends the call on to. Content-Type stays with a body that is sent again (307, 308).
    hop.crossOrigin = !sameOrigin(from, to);
    if (hop.crossOrigin) {
        m_hop.headers.removeIf([this, &hop](const QPair<QString, QString> &header) {
            const bool describesBody =
                m_hop.hasBody && header.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
            if (!describesBody)
                hop.droppedHeaders.append(header.first);
            return !describesBody;
        });
    }
    hop.method = QString::fromLatin1(m_hop.method);
    m_hop.url = to;
    m_result.redirects.append(hop);
    send();
}

void TaskRun::fail(RunResult::ErrorKind kind, const DisplayText &message)
{
    m_result.verdict = RunResult::Verdict::Error;
    m_result.errorKind = kind;
    m_result.errorString = message.english;
    m_result.reasons = {message.shown};
    m_result.log = withRedirects(
        RunResult::serverLog(m_result.request.method, m_result.request.url, m_result.status, {}, message.english),
        m_result);
    complete();
}

void TaskRun::onMetaDataChanged()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    qint64 headerBytes = 0;
    const QList<QNetworkReply::RawHeaderPair> headers = m_reply->rawHeaderPairs();
    for (const auto &[name, value] : headers)
        headerBytes += name.size() + value.size() + 4; // "name: value\r\n"
    // Qt 6.4 drops every header, silently, when one line is over its field limit or there are too many of them;
    // the body would then be read without its Content-Length or Transfer-Encoding. Real servers always send some
    // (Date at least), so none at all means headers the dry run could not read.
    if (headers.isEmpty()) {
        m_headerProblem =
            runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                         "The response headers could not be read: they are too large (a single line "
                                         "over a few KB, or too many of them) or malformed. .NET's HttpClient, which "
                                         "Azure DevOps uses, refuses response headers over %1 bytes "
                                         "(MaxResponseHeadersLength); the dry run stopped."))
                .arg(maxResponseHeaderBytes);
    } else if (headerBytes > maxResponseHeaderBytes) {
        m_headerProblem =
            runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                         "The response headers are over %1 bytes; .NET's HttpClient, which Azure "
                                         "DevOps uses, refuses them (MaxResponseHeadersLength), so the dry run stopped "
                                         "reading."))
                .arg(maxResponseHeaderBytes);
    }
    if (!m_headerProblem.english.isEmpty()) {
        m_reply->abort();
        return;
    }
    const int code = status.toInt();
    m_redirecting =
        m_options.network.followRedirects && RunResult::isRedirectStatus(code) && m_reply->hasRawHeader("Location");
    if (!m_redirecting && m_result.msToHeaders < 0)
        m_result.msToHeaders = m_clock.elapsed();
    if (!m_redirecting && m_decodesCoding && !m_decoder) {
        if (const std::optional<ContentDecoder::Coding> coding =
                ContentDecoder::codingFor(m_reply->rawHeader("Content-Encoding")))
            m_decoder = std::make_unique<ContentDecoder>(*coding);
    }
}

void TaskRun::onReadyRead()
{
    if (!m_reply || m_capHit)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (m_redirecting) {
        m_reply->skip(available);
        return;
    }
    // Never more than one byte past the cap: what is read is kept, so memory stays at the cap plus the reply's
    // own buffer. A compressed body is capped after inflating, so a small bomb stops at the cap too.
    const qint64 room = m_options.maxBodyBytes - m_result.body.size();
    QByteArray chunk;
    if (m_decoder) {
        const QByteArray wire = m_reply->read(available);
        m_wireBytes += wire.size();
        chunk = m_decoder->decode(wire, room + 1);
        if (m_decoder->failed()) {
            m_reply->abort();
            return;
        }
    } else {
        chunk = m_reply->read(qMin(available, room + 1));
        m_wireBytes += chunk.size();
    }
    m_result.bodyBytes += chunk.size();
    if (m_result.body.capacity() - m_result.body.size() < qMin<qint64>(chunk.size(), room)) {
        // One allocation for the whole body, as long as Content-Length says or up to the cap: growing by doubling
        // copies the body each time and so peaks near twice the cap. It is address space only: the pages of the
        // reservation are touched as bytes arrive. (A compressed body's Content-Length says nothing of its size.)
        bool declared = false;
        const qint64 length = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&declared);
        declared = declared && !m_decoder;
        const qint64 needed = m_result.body.size() + chunk.size();
        m_result.body.reserve(declared && length >= needed ? qMin(length, m_options.maxBodyBytes)
                                                           : m_options.maxBodyBytes);
    }
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
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0 && !m_capHit && !(m_decoder && m_decoder->failed()))
        onReadyRead();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    m_reply = nullptr;
    reply->deleteLater();
    // Give back the unused part of the reservation (onReadyRead()) while the body is not shared yet, so this does
    // not copy it: history keeps results around.
    if (m_result.body.capacity() > m_result.body.size())
        m_result.body.squeeze();

    if (!m_timedOut && !m_cancelled && m_headerProblem.english.isEmpty() && status.isValid() && m_redirecting
        && (error == QNetworkReply::NoError || !isTransportError(error))) {
        // The next hop starts now; the clock and the limit go on.
        followRedirect(reply, status.toInt());
        return;
    }

    m_timeout->stop();
    m_result.msTotal = m_clock.elapsed();
    if (status.isValid()) {
        m_result.status = status.toInt();
        m_result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (m_headerProblem.english.isEmpty()) {
            for (const auto &[name, value] : reply->rawHeaderPairs())
                m_result.responseHeaders.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        }
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
    const QString method = m_result.request.method;
    const QString url = m_result.request.url;
    // The log stays in the agent's English; what the user reads follows the translator.
    const DisplayText timeout =
        runnerText(
            QT_TRANSLATE_NOOP("TaskRunner", "The request timed out after %1 seconds as no response was received."))
            .arg(m_options.timeoutMs / 1000.0);

    if (m_timedOut) {
        m_result.verdict = RunResult::Verdict::TimedOut;
        m_result.errorKind = RunResult::ErrorKind::Timeout;
        m_result.errorString = timeout.english;
        m_result.reasons = {timeout.shown,
                            m_result.request.isCallback
                                ? QCoreApplication::translate("TaskRunner",
                                                              "In Callback mode the service must answer the initial "
                                                              "call at once (e.g. 202 Accepted) and report completion "
                                                              "later.")
                                : QCoreApplication::translate("TaskRunner",
                                                              "Azure DevOps allows an API-response task 20 seconds in "
                                                              "all, whatever the task's timeout says. Use Callback for "
                                                              "longer work.")};
        m_result.log = withRedirects(
            RunResult::serverLog(method, url, 0, {}, timeout.english + QStringLiteral(" (type TimeoutException)")),
            m_result);
        complete();
        return;
    }
    if (m_cancelled) {
        m_result.verdict = RunResult::Verdict::Cancelled;
        m_result.errorKind = RunResult::ErrorKind::Cancelled;
        m_result.reasons = {QCoreApplication::translate("TaskRunner", "The dry run was cancelled.")};
        complete();
        return;
    }
    if (!m_headerProblem.english.isEmpty()) {
        fail(RunResult::ErrorKind::HeadersTooLarge, m_headerProblem);
        return;
    }
    if (!status.isValid() || isProxyError(error)) {
        failWithoutAnswer(reply, error);
        return;
    }
    if (m_capHit) {
        fail(RunResult::ErrorKind::BodyTooLarge,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                          "The response was cut at the dry-run cap of %1 bytes: the body is longer, so "
                                          "the dry run stopped reading and cannot judge it (the first %1 bytes are "
                                          "kept)."))
                 .arg(m_options.maxBodyBytes));
        return;
    }
    const QByteArray contentEncoding = reply->rawHeader("Content-Encoding").trimmed();
    if (m_decoder && m_decoder->failed()) {
        fail(RunResult::ErrorKind::Network,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                          "The response body could not be decompressed (Content-Encoding: %1): %2."))
                 .arg(QString::fromLatin1(contentEncoding), m_decoder->errorString()));
        return;
    }
    // A status arrived, then the connection broke: the body is cut short (fewer bytes than Content-Length, or a
    // chunked stream without its last chunk). The server's HttpClient throws there; it is never a pass. Qt does not
    // always see the second: depending on timing it takes a close in the middle of a chunked body for its end. A
    // compressed body says where it ends itself, so for those the cut shows whatever the framing (an empty body is no
    // stream at all).
    const QByteArray declared = reply->rawHeader("Content-Length");
    bool declaredOk = false;
    const qint64 declaredLength = declared.trimmed().toLongLong(&declaredOk);
    const bool hasBody = m_hop.method != "HEAD" && m_result.status != 204 && m_result.status != 304;
    const bool shortOfLength = declaredOk && hasBody && m_wireBytes < declaredLength;
    const bool streamCut = m_decoder && hasBody && m_wireBytes > 0 && !m_decoder->complete();
    if (isTransportError(error) || shortOfLength) {
        const DisplayText cause = isTransportError(error)
            ? DisplayText {reply->errorString(), reply->errorString()}
            : runnerText(QT_TRANSLATE_NOOP("TaskRunner", "the connection ended"));
        fail(RunResult::ErrorKind::Truncated,
             declaredOk ? runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                                       "The response was cut short: %1 of the %2 bytes its "
                                                       "Content-Length announced arrived before the connection broke "
                                                       "(%3)."))
                              .arg(m_wireBytes)
                              .arg(declaredLength)
                              .arg(cause)
                        : runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                                       "The response was cut short: the connection broke "
                                                       "after %1 bytes of the body (%2)."))
                              .arg(m_wireBytes)
                              .arg(cause));
        return;
    }
    if (streamCut) {
        fail(RunResult::ErrorKind::Truncated,
             runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                          "The response was cut short: its %1-compressed body stops after %2 bytes, "
                                          "before the end of the compressed stream (the connection ended)."))
                 .arg(QString::fromLatin1(contentEncoding))
                 .arg(m_wireBytes));
        return;
    }
    judge();
}

void TaskRun::failWithoutAnswer(QNetworkReply *reply, QNetworkReply::NetworkError error)
{
    m_result.verdict = RunResult::Verdict::Error;
    QStringList details;
    QString reason;
    // Through a forwarding proxy (plain http) Qt reports the proxy's own refusal or unknown name as if it were the
    // server's: the socket it opened was the proxy's.
    if (!m_proxy.direct() && error == QNetworkReply::ConnectionRefusedError)
        error = QNetworkReply::ProxyConnectionRefusedError;
    else if (!m_proxy.direct() && error == QNetworkReply::HostNotFoundError)
        error = QNetworkReply::ProxyNotFoundError;
    if (isProxyError(error)) {
        m_result.errorKind = RunResult::ErrorKind::Proxy;
        const DisplayText text = describeProxyError(error, m_proxy, reply->url());
        m_result.errorString = text.english;
        reason = text.shown;
    } else if (error == QNetworkReply::SslHandshakeFailedError && !m_result.tls.errors.isEmpty()) {
        m_result.errorKind = RunResult::ErrorKind::Tls;
        // The certificate problems themselves stay as TlsRules words them: the result's TLS section carries them too.
        const DisplayText text = runnerText(QT_TRANSLATE_NOOP("TaskRunner",
                                                              "TLS failure talking to %1: the server's certificate "
                                                              "was refused (%2)."))
                                     .arg(DisplayText {hostAndPort(reply->url()), hostAndPort(reply->url())},
                                          DisplayText {m_englishTlsErrors.join(QStringLiteral("; ")),
                                                       m_result.tls.errors.join(QStringLiteral("; "))});
        m_result.errorString = text.english;
        reason = text.shown;
        details = m_result.tls.errors;
    } else {
        m_result.errorString = describeNetworkError(error, reply->url(), reply->errorString(), &m_result.errorKind);
        reason = describeNetworkError(error, reply->url(), reply->errorString(), &m_result.errorKind, true);
        if (reply->url().scheme() == QLatin1String("https") && !m_options.network.usesClientCertificate()
            && looksLikeClientCertificateDemand(reply->errorString()))
            details.append(QCoreApplication::translate("TaskRunner",
                                                       "The server seems to want a client certificate: give one with "
                                                       "--cert (and --key), or in Preferences ▸ Network."));
    }
    if (!m_proxy.direct() && !isProxyError(error))
        details.append(QCoreApplication::translate("TaskRunner", "The request went through %1 (%2).")
                           .arg(m_proxy.description(true), m_proxy.shownSource()));
    m_result.reasons = QStringList {reason.isEmpty() ? m_result.errorString : reason} + details;
    m_result.log = withRedirects(
        RunResult::serverLog(m_result.request.method, m_result.request.url, 0, {}, m_result.errorString), m_result);
    complete();
}

void TaskRun::addNetworkNotes()
{
    if (m_options.network.insecure && m_usedTls) {
        m_result.tls.insecure = true;
        const bool listed = m_result.errorKind != RunResult::ErrorKind::Tls;
        m_result.reasons =
            TlsRules::insecureNotes(listed ? m_result.tls.errors : QStringList(), true) + m_result.reasons;
        m_result.log +=
            QStringLiteral("\t\t\t\tWARNING: %1\n")
                .arg(TlsRules::insecureNotes(listed ? m_englishTlsErrors : QStringList()).join(QLatin1Char(' ')));
    }
    m_result.noteUnfollowedRedirect();
}

void TaskRun::judge()
{
    const QString bodyText = QString::fromUtf8(m_result.body.left(64 * 1024));
    m_result.log = withRedirects(
        RunResult::serverLog(m_result.request.method, m_result.request.url, m_result.status, bodyText), m_result);

    const QString criteria = m_result.request.criteria;
    if (m_result.request.isCallback || criteria.trimmed().isEmpty()) {
        CriteriaJudge::applyVerdict(&m_result, nullptr);
        complete();
        return;
    }

    auto finish = [this](CriteriaJudge::Judgement judgement) {
        if (m_finished)
            return;
        m_result.bodyDocument = std::move(judgement.document);
        CriteriaJudge::applyVerdict(&m_result, std::move(judgement.outcome));
        complete();
    };
    const VariableSet variables = m_input.variables;
    const QByteArray body = m_result.body;
    const bool truncated = m_result.bodyTruncated;
    if (body.size() <= inlineCriteriaLimit) {
        finish(CriteriaJudge::judge(criteria, variables, body, truncated));
        return;
    }
    // The run may be cancelled or deleted while the worker evaluates; then the outcome is dropped.
    runInBackground(
        this,
        [criteria, variables, body, truncated]() { return CriteriaJudge::judge(criteria, variables, body, truncated); },
        finish);
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
    addNetworkNotes();
    m_result.noteContinueOnError();
    Q_EMIT finished(m_result);
}

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
    // The environment's proxies (curl's rules) for runs with default settings; others bring their own manager.
    m_network->setProxyFactory(new SettingsProxyFactory(NetworkSettings {}));
}

TaskRunner::~TaskRunner() = default;

TaskRun *TaskRunner::start(const RunInput &input, const RunOptions &options)
{
    return new TaskRun(m_network, input, options, this);
}

} // namespace RestGate
