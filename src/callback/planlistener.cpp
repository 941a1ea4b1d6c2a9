#include "callback/planlistener.h"

#include "callback/callbackauth.h"
#include "callback/callbackroute.h"
#include "callback/guid.h"
#include "httpguard/connectionguard.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace RestGate {

using Severity = CallbackCheck::Severity;
using Kind = CallbackEntry::Kind;
using Endpoint = CallbackRoute::Endpoint;

/// The answer to one request. The first failure decides the status, in the order Azure DevOps checks:
/// authentication, then the URL, then the method, then the body.
struct ListenerReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    bool failed() const { return status >= 400; }
    void fail(int code, const QString &message, const QString &typeKey)
    {
        if (failed())
            return;
        status = code;
        contentType = QByteArrayLiteral("application/json; charset=utf-8");
        body = azureErrorBody(message, typeKey);
    }
    void json(const QJsonObject &object)
    {
        contentType = QByteArrayLiteral("application/json; charset=utf-8");
        body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

namespace {

void addCheck(CallbackEntry &entry, Severity severity, const QString &text)
{
    entry.checks.append(CallbackCheck {severity, text});
}

/// Newtonsoft, which reads these bodies on the server, matches property names ignoring case: the ServerTaskHelper
/// samples send "Id" and "Log" where the REST reference writes "id" and "log".
QJsonValue member(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

bool hasHeader(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

/// " (it is the JobId)" when @p value is another of the plan's values.
QString mixUp(const PlanContext &plan, const QString &value)
{
    const QString name = plan.nameOf(value);
    return name.isEmpty() ? QString() : QStringLiteral(" (it is the %1)").arg(name);
}

QString jsonDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue dateOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(jsonDate(when)) : QJsonValue(QJsonValue::Null);
}

/// Text and numbers alike: the server keeps a variable's value as a string.
QString variableText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString::fromUtf8(
        QJsonDocument(value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
            .toJson(QJsonDocument::Compact));
}

/// The body as JSON; on failure a Problem, a 400 and nullopt.
std::optional<QJsonDocument> parseJson(const QByteArray &body, const QString &what, CallbackEntry &entry,
                                       ListenerReply &reply)
{
    if (body.trimmed().isEmpty()) {
        const QString text = QStringLiteral("The body is empty; %1 is sent as JSON.").arg(what);
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("ArgumentNullException"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString text = QStringLiteral("The body is not valid JSON (%1 at offset %2); %3 is sent as JSON.")
                                 .arg(error.errorString())
                                 .arg(error.offset)
                                 .arg(what);
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("JsonReaderException"));
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, const QString &what, CallbackEntry &entry,
                                       ListenerReply &reply)
{
    const std::optional<QJsonDocument> document = parseJson(body, what, entry, reply);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        const QString text = QStringLiteral("The body is JSON but not an object; %1 is a JSON object.").arg(what);
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("JsonSerializationException"));
        return std::nullopt;
    }
    return document->object();
}

QString lineCount(qsizetype count, const QString &what)
{
    return count == 1 ? QStringLiteral("1 %1").arg(what) : QStringLiteral("%1 %2s").arg(count).arg(what);
}

/// Log text as lines: CRLF or LF, without the empty line a final newline leaves.
QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

const QString redactedMark = QStringLiteral("••••");

/// The headers with the credential of Authorization and the AuthToken anywhere else hidden, so that the
/// timeline can be shown and copied: the scheme stays, which is what a diagnosis needs.
QList<QPair<QString, QString>> redactedHeaders(const QHttpServerRequest &request, const QString &token)
{
    const QString basic = token.isEmpty() ? QString() : QString::fromLatin1((u':' + token).toUtf8().toBase64());
    QList<QPair<QString, QString>> result;
    const auto headers = request.headers();
    for (const auto &[rawName, rawValue] : headers) {
        const QString name = QString::fromLatin1(rawName);
        QString value = QString::fromUtf8(rawValue);
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.trimmed().indexOf(u' ');
            value = space > 0 ? value.trimmed().left(space + 1) + redactedMark : redactedMark;
        } else if (!token.isEmpty()) {
            value.replace(token, redactedMark);
            value.replace(basic, redactedMark);
        }
        result.append({name, value});
    }
    return result;
}

QByteArray redactedBody(const QByteArray &body, const QString &token)
{
    QByteArray kept = body.left(CallbackEntry::bodyKeepLimit);
    if (!token.isEmpty())
        kept.replace(token.toUtf8(), redactedMark.toUtf8());
    return kept;
}

const QStringList &eventNames()
{
    static const QStringList names {QStringLiteral("TaskAssigned"), QStringLiteral("TaskStarted"),
                                    QStringLiteral("TaskCompleted")};
    return names;
}

QString closestEventName(const QString &name)
{
    if (name.contains(QLatin1String("complet"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("finish"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("done"), Qt::CaseInsensitive))
        return QStringLiteral("TaskCompleted");
    if (name.contains(QLatin1String("start"), Qt::CaseInsensitive))
        return QStringLiteral("TaskStarted");
    if (name.contains(QLatin1String("assign"), Qt::CaseInsensitive))
        return QStringLiteral("TaskAssigned");
    return QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// ListenerSettings

bool ListenerSettings::parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const QString input = text.trimmed();
    QString host;
    QString portText;
    if (input.startsWith(u'[')) {
        const qsizetype close = input.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = QStringLiteral("\"%1\": write an IPv6 address as [address]:port.").arg(input);
            return false;
        }
        host = input.mid(1, close - 1);
        portText = input.mid(close + 2);
    } else if (input.count(u':') == 1) {
        host = input.section(u':', 0, 0);
        portText = input.section(u':', 1);
    } else if (input.count(u':') > 1) {
        *error = QStringLiteral("\"%1\": write an IPv6 address as [address]:port.").arg(input);
        return false;
    } else if (!input.isEmpty() && std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c.isDigit(); })) {
        host = QStringLiteral("127.0.0.1");
        portText = input;
    } else {
        *error = input.isEmpty() ? QStringLiteral("No address given; expected ADDRESS:PORT, e.g. 127.0.0.1:0.")
                                 : QStringLiteral("\"%1\" has no port; expected ADDRESS:PORT, e.g. %1:0.").arg(input);
        return false;
    }

    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = QStringLiteral("\"%1\" is not a port (0–65535; 0 picks a free one).").arg(portText);
        return false;
    }
    QHostAddress parsed;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        *error =
            QStringLiteral("\"%1\" is not an IP address (the listener binds to an address, not a name).").arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// PlanListener: lifetime

PlanListener::PlanListener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RestGate::CallbackEntry>();
    qRegisterMetaType<RestGate::TaskResult>();
}

PlanListener::~PlanListener()
{
    // No incident may reach a half-destroyed listener while the sockets go down.
    if (m_tcpServer)
        disconnect(m_tcpServer, nullptr, this, nullptr);
    close();
}

bool PlanListener::listen(const ListenerSettings &settings)
{
    close();
    m_settings = settings;
    m_errorString.clear();

    if (!settings.publicBaseUrl.isEmpty()) {
        const QString scheme = settings.publicBaseUrl.scheme();
        if (!settings.publicBaseUrl.isValid() || settings.publicBaseUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            m_errorString =
                tr("The public URL \"%1\" is not an http:// or https:// URL.").arg(settings.publicBaseUrl.toString());
            return false;
        }
    }

    auto tcpServer = std::make_unique<GuardedTcpServer>(settings.maxBodyBytes, settings.idleTimeoutMs);
    if (!tcpServer->listen(settings.bindAddress, settings.port)) {
        m_errorString = tr("Cannot listen on %1:%2: %3")
                            .arg(settings.bindAddress.toString())
                            .arg(settings.port)
                            .arg(tcpServer->errorString());
        return false;
    }

    QHostAddress reachable = settings.bindAddress;
    if (reachable == QHostAddress::Any || reachable == QHostAddress::AnyIPv4)
        reachable = QHostAddress(QHostAddress::LocalHost);
    else if (reachable == QHostAddress::AnyIPv6)
        reachable = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(reachable.toString());
    m_baseUrl.setPort(tcpServer->serverPort());
    m_baseUrl.setPath(QStringLiteral("/"));

    m_server = new QHttpServer(this);
    // No routes: every request comes to handle(), which reads the path itself, so that a wrong path gets a
    // diagnosis ("the project id is missing") instead of a bare 404, and a wrong method a 405.
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { handle(request, responder); });
    connect(tcpServer.get(), &GuardedTcpServer::incident, this, &PlanListener::recordIncident);
    m_tcpServer = tcpServer.get();
    m_server->bind(tcpServer.release()); // takes ownership
    if (m_hasPlan)
        m_plan.collectionUrl = collectionUrl();
    return true;
}

void PlanListener::close()
{
    if (!m_server)
        return;
    if (m_tcpServer) {
        m_tcpServer->close();
        const QList<QTcpSocket *> sockets = m_tcpServer->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            // Answers still in the socket's buffer (a TaskCompleted's 200 when the runner closes right after the
            // verdict) go out first; a service should not see its last callback fail.
            socket->flush();
            socket->abort();
        }
    }
    // Later, not now: close() may be reached from a slot connected to eventReceived, inside the server's handler.
    m_server->deleteLater();
    m_server = nullptr;
    m_tcpServer = nullptr;
    m_baseUrl = QUrl();
}

bool PlanListener::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

QString PlanListener::errorString() const
{
    return m_errorString;
}

QUrl PlanListener::baseUrl() const
{
    return m_baseUrl;
}

QUrl PlanListener::collectionUrl() const
{
    if (m_settings.publicBaseUrl.isEmpty())
        return m_baseUrl;
    QUrl url = m_settings.publicBaseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

PlanContext PlanListener::startPlan(const QString &hubName)
{
    m_plan = PlanContext::generate(collectionUrl(), hubName);
    m_hasPlan = true;
    resetPlanState();
    return m_plan;
}

void PlanListener::setPlan(const PlanContext &plan)
{
    m_plan = plan;
    m_plan.collectionUrl = collectionUrl();
    m_hasPlan = true;
    resetPlanState();
}

VariableSet PlanListener::planVariables() const
{
    return m_hasPlan ? m_plan.variables() : VariableSet();
}

void PlanListener::resetPlanState()
{
    m_timeline.clear();
    m_liveLog.clear();
    m_pendingLines.clear();
    m_result.reset();
    m_completedBy = 0;
    m_startedBy = 0;
    m_logs.clear();
    m_taskVariables = VariableSet(QStringLiteral("task"));

    m_jobRecord = RecordState();
    m_jobRecord.id = m_plan.jobId;
    m_jobRecord.type = QStringLiteral("Job");
    m_jobRecord.name = QStringLiteral("Agentless job");
    m_jobRecord.state = QStringLiteral("inProgress");
    m_jobRecord.startTime = QDateTime::currentDateTimeUtc();

    m_taskRecord = RecordState();
    m_taskRecord.id = m_plan.taskInstanceId;
    m_taskRecord.parentId = m_plan.jobId;
    m_taskRecord.type = QStringLiteral("Task");
    m_taskRecord.name = QStringLiteral("InvokeRESTAPI");
    m_taskRecord.state = QStringLiteral("inProgress");
    m_taskRecord.startTime = m_jobRecord.startTime;
}

// ---------------------------------------------------------------------------------------------------------------
// PlanListener: requests

void PlanListener::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    auto *socket = qobject_cast<GuardedSocket *>(responder.socket());
    if (socket)
        socket->markDispatched();

    CallbackEntry entry;
    entry.sequence = int(m_timeline.size()) + 1;
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    // The request line as sent: QHttpServer 6.4 reads a target "//P/_apis/…" as host P and path "/_apis/…".
    const QString sentMethod = socket ? socket->requestMethod() : QString();
    const QString sentTarget = socket ? socket->requestTarget() : QString();
    entry.method = sentMethod.isEmpty() ? methodName(request.method()) : sentMethod;
    entry.target = sentTarget.isEmpty()
        ? request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded)
        : sentTarget;
    entry.remoteAddress = request.remoteAddress().toString();
    const QString token = m_hasPlan ? m_plan.accessToken : QString();
    entry.headers = redactedHeaders(request, token);
    entry.body = redactedBody(request.body(), token);
    entry.bodySize = request.body().size();

    ListenerReply reply;
    process(request, entry, reply);
    entry.status = reply.status;

    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    // HEAD gets the headers and no body (RFC 9110 §9.3.2); writeBody() also ends the header block.
    responder.writeBody(entry.method == QLatin1String("HEAD") ? QByteArray() : reply.body);

    record(std::move(entry));
}

void PlanListener::process(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply)
{
    QString target = entry.target;
    // An absolute-form target ("http://host/path") is legal HTTP/1.1; only its path and query matter here.
    if (target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl absolute(target);
        target = absolute.path(QUrl::FullyEncoded)
            + (absolute.hasQuery() ? u'?' + absolute.query(QUrl::FullyEncoded) : QString());
    }
    const qsizetype queryStart = target.indexOf(u'?');
    const QString path = queryStart < 0 ? target : target.left(queryStart);
    const QUrlQuery query(queryStart < 0 ? QString() : target.mid(queryStart + 1));

    if (!m_hasPlan) {
        const QString text = QStringLiteral("No plan is running on this listener, so no callback can match one.");
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("TaskOrchestrationPlanNotFoundException"));
        return;
    }

    const CallbackRoute route = CallbackRoute::parse(path, m_plan.collectionUrl.path());
    const QString method = entry.method.toUpper();
    switch (route.endpoint) {
    case Endpoint::Events:
        entry.kind = Kind::Event;
        break;
    case Endpoint::Feed:
        entry.kind = Kind::Feed;
        break;
    case Endpoint::Logs:
        entry.kind = Kind::LogCreate;
        break;
    case Endpoint::Log:
        entry.kind = Kind::LogAppend;
        break;
    case Endpoint::Records:
        entry.kind = method == QLatin1String("GET") ? Kind::RecordsGet : Kind::RecordsUpdate;
        break;
    case Endpoint::Unknown:
        entry.kind = Kind::Unrecognised;
        break;
    }

    // 1. Authentication: Azure DevOps checks it before it looks at anything else.
    const QByteArray authorization = QByteArrayLiteral("Authorization");
    const AuthCheck auth = checkAuthorization(hasHeader(request, authorization), request.value(authorization), m_plan);
    entry.auth = auth.outcome;
    if (auth.outcome == AuthOutcome::Accepted) {
        addCheck(entry, Severity::Ok, auth.text);
    } else {
        addCheck(entry, Severity::Problem, auth.text);
        // The text says what exactly is wrong: more than Azure DevOps tells, and what a dry run is for.
        reply.fail(401, QStringLiteral("Unauthorized. ") + auth.text, QStringLiteral("VssUnauthorizedException"));
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"RestGate\"")});
    }

    // 2. The URL.
    const QString planUrl = m_plan.collectionUrl.toString(QUrl::FullyEncoded);
    if (!route.doubledSlash.isEmpty()) {
        addCheck(entry, Severity::Warning,
                 QStringLiteral("The URL has a doubled slash (\"%1\"): PlanUrl (%2) already ends with '/', and the "
                                "service adds another when it joins it with the next part. The listener accepted "
                                "it, but whether Azure DevOps does is not documented: join PlanUrl and the project "
                                "id without adding a slash.")
                     .arg(route.doubledSlash, planUrl));
    }
    // The URL with this run's values, so the service author can compare it with what they built.
    const QString expected = m_plan.eventsUrl().toString(QUrl::FullyEncoded);
    if (!route.underApis) {
        const QString text = QStringLiteral("\"%1\" is not a plan endpoint. Callbacks go to %2 (and …/timelines, "
                                            "…/logs under the same plan).")
                                 .arg(path, expected);
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("NotFound"));
        return;
    }
    if (route.missingProject) {
        const QString text = QStringLiteral("The path has no project id before \"/_apis\": the callback URL is "
                                            "PlanUrl + ProjectId + \"/_apis/…\", i.e. %1.")
                                 .arg(expected);
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("ProjectDoesNotExistException"));
    } else {
        if (!route.extraPrefix.isEmpty()) {
            const QString text = QStringLiteral("The path has \"%1/\" between the collection URL and the project id; "
                                                "PlanUrl (%2) already includes the collection, so append only "
                                                "\"{ProjectId}/_apis/…\".")
                                     .arg(route.extraPrefix.join(u'/'), planUrl);
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, QStringLiteral("ProjectDoesNotExistException"));
        }
        if (!Guid::same(route.projectId, m_plan.projectId)) {
            const QString text = QStringLiteral("The project id \"%1\" in the URL is not this run's ProjectId (%2)%3.")
                                     .arg(route.projectId, m_plan.projectId, mixUp(m_plan, route.projectId));
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, QStringLiteral("ProjectDoesNotExistException"));
        }
    }
    if (!PlanContext::isKnownHub(route.hubName)) {
        const QString text =
            QStringLiteral("\"%1\" is not a hub: hubs are %2, and this plan runs in \"%3\" (the "
                           "HubName header).")
                .arg(route.hubName, PlanContext::hubNames().join(QStringLiteral(", ")), m_plan.hubName);
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("TaskOrchestrationPlanNotFoundException"));
    } else if (route.hubName.compare(m_plan.hubName, Qt::CaseInsensitive) != 0) {
        const QString text = QStringLiteral("The URL names hub \"%1\", but this plan runs in hub \"%2\" (the HubName "
                                            "header the task sent); no plan %3 exists in hub \"%1\".")
                                 .arg(route.hubName, m_plan.hubName, route.planId);
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("TaskOrchestrationPlanNotFoundException"));
    }
    if (!Guid::same(route.planId, m_plan.planId)) {
        const QString text = QStringLiteral("The plan id \"%1\" in the URL is not this run's PlanId (%2)%3.")
                                 .arg(route.planId, m_plan.planId, mixUp(m_plan, route.planId));
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("TaskOrchestrationPlanNotFoundException"));
    }
    if (route.endpoint == Endpoint::Unknown) {
        const QString text = QStringLiteral("\"%1\" is under the plan but is none of its endpoints: …/events, "
                                            "…/logs, …/logs/{logId}, …/timelines/{TimelineId}/records and "
                                            "…/timelines/{TimelineId}/records/{JobId}/feed.")
                                 .arg(path);
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("NotFound"));
        return;
    }
    if ((route.endpoint == Endpoint::Feed || route.endpoint == Endpoint::Records)
        && !Guid::same(route.timelineId, m_plan.timelineId)) {
        const QString text = QStringLiteral("The timeline id \"%1\" in the URL is not this run's TimelineId (%2)%3.")
                                 .arg(route.timelineId, m_plan.timelineId, mixUp(m_plan, route.timelineId));
        addCheck(entry, Severity::Problem, text);
        reply.fail(404, text, QStringLiteral("TimelineNotFoundException"));
    }
    if (route.endpoint == Endpoint::Feed) {
        if (Guid::same(route.recordId, m_plan.taskInstanceId)) {
            addCheck(entry, Severity::Note,
                     QStringLiteral("The feed goes to the task's record (TaskInstanceId); the ServerTaskHelper "
                                    "samples post it to the job's record (JobId). Both are records of this job."));
        } else if (!Guid::same(route.recordId, m_plan.jobId)) {
            const QString text = QStringLiteral("The feed record id \"%1\" in the URL is not this job's JobId (%2)%3.")
                                     .arg(route.recordId, m_plan.jobId, mixUp(m_plan, route.recordId));
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, QStringLiteral("TimelineRecordNotFoundException"));
        }
    }
    int logId = 0;
    if (route.endpoint == Endpoint::Log) {
        bool ok = false;
        logId = route.logId.toInt(&ok);
        if (!ok || !m_logs.contains(logId)) {
            const QString text = QStringLiteral("There is no log \"%1\" in this plan: create one with POST …/logs "
                                                "first; its answer carries the id to append to.")
                                     .arg(route.logId);
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, QStringLiteral("TaskLogNotFoundException"));
        }
    }
    if (!query.hasQueryItem(QStringLiteral("api-version"))) {
        addCheck(entry, Severity::Note,
                 QStringLiteral("No api-version in the query; the samples send api-version=2.0-preview.1 for events "
                                "and 4.1 for the feed, logs and records."));
    }

    // 3. The method.
    const bool recordsEndpoint = route.endpoint == Endpoint::Records;
    const bool methodAllowed = recordsEndpoint ? (method == QLatin1String("GET") || method == QLatin1String("PATCH"))
                                               : method == QLatin1String("POST");
    if (!methodAllowed) {
        const QString allowed = recordsEndpoint ? QStringLiteral("GET, PATCH") : QStringLiteral("POST");
        const QString text = QStringLiteral("%1 is not allowed on the %2 endpoint; it takes %3.")
                                 .arg(entry.method, CallbackRoute::endpointName(route.endpoint), allowed);
        addCheck(entry, Severity::Problem, text);
        reply.fail(405, text, QStringLiteral("HttpMethodNotAllowed"));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
        return;
    }

    // 4. The body. It is checked even when the request already failed, so one answer names every mistake.
    switch (route.endpoint) {
    case Endpoint::Events:
        handleEvent(request, entry, reply);
        break;
    case Endpoint::Feed:
        handleFeed(request, entry, reply);
        break;
    case Endpoint::Logs:
        handleLogCreate(request, entry, reply);
        break;
    case Endpoint::Log:
        handleLogAppend(request, logId, entry, reply);
        break;
    case Endpoint::Records:
        if (method == QLatin1String("GET"))
            handleRecordsGet(entry, reply);
        else
            handleRecordsUpdate(request, entry, reply);
        break;
    case Endpoint::Unknown:
        break;
    }
}

void PlanListener::handleEvent(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply)
{
    const std::optional<QJsonObject> body = parseObject(request.body(), QStringLiteral("an event"), entry, reply);
    if (!body)
        return;

    // name
    const QJsonValue nameValue = member(*body, QLatin1String("name"));
    QString name;
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty()) {
        const QString text = QStringLiteral("The event has no \"name\"; send \"TaskStarted\", \"TaskAssigned\" or "
                                            "\"TaskCompleted\".");
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("ArgumentException"));
    } else {
        entry.eventName = nameValue.toString();
        for (const QString &known : eventNames()) {
            if (known.compare(entry.eventName.trimmed(), Qt::CaseInsensitive) == 0)
                name = known;
        }
        if (name.isEmpty()) {
            const QString closest = closestEventName(entry.eventName);
            const QString text =
                QStringLiteral("Unknown event name \"%1\": Azure DevOps knows TaskAssigned, "
                               "TaskStarted and TaskCompleted%2, so it rejects this event.")
                    .arg(entry.eventName,
                         closest.isEmpty() ? QString() : QStringLiteral(" (did you mean %1?)").arg(closest));
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("ArgumentException"));
        } else if (name != entry.eventName) {
            addCheck(entry, Severity::Note,
                     QStringLiteral("The event name is written \"%1\"; the documented spelling is %2 (the listener "
                                    "ignores case).")
                         .arg(entry.eventName, name));
        }
    }
    entry.summary = name.isEmpty()
        ? (entry.eventName.isEmpty() ? QStringLiteral("event without a name")
                                     : QStringLiteral("unknown event \"%1\"").arg(entry.eventName))
        : name;

    // taskId and jobId
    const auto readId = [&](QLatin1String key, const QString &header) -> QString {
        const QJsonValue value = member(*body, key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            const QString text =
                QStringLiteral("The event has no \"%1\"; it must be the %2 header the task sent.").arg(key, header);
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("ArgumentNullException"));
            return QString();
        }
        if (!Guid::isValid(value.toString())) {
            const QString text = QStringLiteral("\"%1\" is \"%2\", which is not a GUID; it must be the %3 header the "
                                                "task sent.")
                                     .arg(key, value.toString(), header);
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("ArgumentException"));
            return QString();
        }
        return value.toString();
    };
    const QString taskId = readId(QLatin1String("taskId"), QStringLiteral("TaskInstanceId"));
    const QString jobId = readId(QLatin1String("jobId"), QStringLiteral("JobId"));
    if (!taskId.isEmpty() && !jobId.isEmpty()) {
        const bool taskOk = Guid::same(taskId, m_plan.taskInstanceId);
        const bool jobOk = Guid::same(jobId, m_plan.jobId);
        const bool gatesForm = Guid::isEmpty(taskId) && Guid::same(jobId, m_plan.taskInstanceId);
        const QString notFound = QStringLiteral("TaskOrchestrationJobNotFoundException");
        if (m_plan.isGatesHub() && gatesForm) {
            addCheck(entry, Severity::Ok,
                     QStringLiteral("Gates form: jobId is the TaskInstanceId and taskId is Guid.Empty, as the Gates "
                                    "hub expects for plans of version 12 and older."));
        } else if (taskOk && jobOk) {
            addCheck(entry, Severity::Ok, QStringLiteral("taskId is the TaskInstanceId and jobId the JobId."));
            if (m_plan.isGatesHub()) {
                addCheck(entry, Severity::Note,
                         QStringLiteral("On the Gates hub, plans of version 12 and older expect the Gates form "
                                        "instead: jobId = TaskInstanceId and taskId = Guid.Empty (the ServerTaskHelper "
                                        "TaskClient sends that for Gates). The listener accepts both."));
            }
        } else if (gatesForm) {
            const QString text = QStringLiteral("jobId is the TaskInstanceId and taskId is Guid.Empty: that is the "
                                                "Gates quirk, a form only the Gates hub takes. This plan runs in hub "
                                                "\"%1\", where taskId must be the TaskInstanceId (%2) and jobId the "
                                                "JobId (%3).")
                                     .arg(m_plan.hubName, m_plan.taskInstanceId, m_plan.jobId);
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, notFound);
        } else if (Guid::same(taskId, m_plan.jobId) && Guid::same(jobId, m_plan.taskInstanceId)) {
            const QString text = QStringLiteral("taskId and jobId are swapped: taskId carries the JobId and jobId the "
                                                "TaskInstanceId. Send taskId = TaskInstanceId (%1) and jobId = JobId "
                                                "(%2).")
                                     .arg(m_plan.taskInstanceId, m_plan.jobId);
            addCheck(entry, Severity::Problem, text);
            reply.fail(404, text, notFound);
        } else {
            const QString gatesHint = m_plan.isGatesHub()
                ? QStringLiteral(" On the Gates hub the other accepted form is jobId = TaskInstanceId with taskId = "
                                 "Guid.Empty.")
                : QString();
            if (!jobOk) {
                const QString text =
                    QStringLiteral("jobId \"%1\" is not this job's JobId (%2)%3; Azure DevOps finds no "
                                   "such job in the plan and rejects the event.%4")
                        .arg(jobId, m_plan.jobId, mixUp(m_plan, jobId), gatesHint);
                addCheck(entry, Severity::Problem, text);
                reply.fail(404, text, notFound);
            }
            if (!taskOk) {
                const QString emptyHint = Guid::isEmpty(taskId) && !m_plan.isGatesHub()
                    ? QStringLiteral(" Only the Gates hub takes Guid.Empty as taskId (with jobId = TaskInstanceId).")
                    : QString();
                const QString text =
                    QStringLiteral("taskId \"%1\" is not this task's TaskInstanceId (%2)%3; Azure "
                                   "DevOps finds no such task in the job and rejects the event, so "
                                   "the task is never completed.%4%5")
                        .arg(taskId, m_plan.taskInstanceId, Guid::isEmpty(taskId) ? QString() : mixUp(m_plan, taskId),
                             emptyHint, jobOk ? gatesHint : QString());
                addCheck(entry, Severity::Problem, text);
                reply.fail(404, text, notFound);
            }
        }
    }

    // result
    std::optional<TaskResult> result;
    if (name == QLatin1String("TaskCompleted")) {
        const QJsonValue resultValue = member(*body, QLatin1String("result"));
        const QString valid = taskResultNames().join(QStringLiteral(", "));
        if (resultValue.isUndefined() || resultValue.isNull()) {
            const QString text = QStringLiteral("TaskCompleted has no \"result\"; send one of %1 (or 0–5).").arg(valid);
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("ArgumentNullException"));
        } else {
            result = parseTaskResult(resultValue);
            if (!result) {
                const QString text =
                    QStringLiteral("%1 is not a task result; send one of %2 (or 0–5).")
                        .arg(variableText(resultValue).isEmpty() ? QStringLiteral("The \"result\"")
                                                                 : u'"' + variableText(resultValue) + u'"',
                             valid);
                addCheck(entry, Severity::Problem, text);
                reply.fail(400, text, QStringLiteral("ArgumentException"));
            } else {
                entry.summary += QStringLiteral(", result ") + taskResultName(*result);
            }
        }
    }

    // order
    if (!name.isEmpty() && m_result) {
        const QString text = QStringLiteral("This %1 came after the task was completed (%2). The plan is finished: "
                                            "Azure DevOps answers with an error (for the Gates hub HTTP 500 \"The "
                                            "orchestration session … not found\"), and the first TaskCompleted "
                                            "stands.")
                                 .arg(name, describeCompletion());
        addCheck(entry, Severity::Problem, text);
        reply.fail(500, text, QStringLiteral("OrchestrationSessionNotFoundException"));
    } else if (name == QLatin1String("TaskCompleted") && m_startedBy == 0) {
        addCheck(entry, Severity::Note,
                 QStringLiteral("TaskCompleted came without a TaskStarted before it. Azure DevOps accepts that (the "
                                "task declares no required events); the ServerTaskHelper library sends TaskStarted "
                                "first."));
    } else if (name == QLatin1String("TaskStarted") && m_startedBy > 0) {
        addCheck(
            entry, Severity::Note,
            QStringLiteral("TaskStarted was already sent (request #%1); this one changes nothing.").arg(m_startedBy));
    } else if (name == QLatin1String("TaskAssigned") && m_startedBy > 0) {
        addCheck(entry, Severity::Note,
                 QStringLiteral("TaskAssigned came after TaskStarted (request #%1); it normally comes first.")
                     .arg(m_startedBy));
    }

    if (reply.failed())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (name == QLatin1String("TaskStarted") && m_startedBy == 0) {
        m_startedBy = entry.sequence;
        m_taskRecord.state = QStringLiteral("inProgress");
        m_taskRecord.startTime = now;
    } else if (name == QLatin1String("TaskCompleted") && result) {
        m_result = result;
        m_completedBy = entry.sequence;
        m_taskRecord.state = QStringLiteral("completed");
        m_taskRecord.result = result;
        m_taskRecord.finishTime = now;
        addCheck(entry, Severity::Ok,
                 QStringLiteral("TaskCompleted accepted: the task ends with result %1.").arg(taskResultName(*result)));
    }
}

void PlanListener::handleFeed(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply)
{
    const std::optional<QJsonObject> body =
        parseObject(request.body(), QStringLiteral("a feed ({\"value\":[lines],\"count\":n})"), entry, reply);
    if (!body)
        return;
    const QJsonValue value = member(*body, QLatin1String("value"));
    const QJsonArray items = value.toArray();
    const bool allText = value.isArray()
        && std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return item.isString(); });
    if (!allText) {
        const QString text = QStringLiteral("The feed body needs \"value\": an array of console lines (strings), "
                                            "e.g. {\"value\":[\"Task started.\"],\"count\":1}.");
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("ArgumentException"));
        return;
    }
    QStringList lines;
    for (const QJsonValue &item : items)
        lines.append(item.toString());
    entry.summary = lineCount(lines.size(), QStringLiteral("console line"));
    const QJsonValue count = member(*body, QLatin1String("count"));
    if (!count.isUndefined() && count.toInteger(-1) != lines.size()) {
        addCheck(entry, Severity::Note,
                 QStringLiteral("\"count\" is %1 but \"value\" has %2; the lines are shown as sent.")
                     .arg(variableText(count), QString::number(lines.size())));
    }
    if (std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) { return line.size() > 1024; })) {
        addCheck(entry, Severity::Note,
                 QStringLiteral("A line is longer than 1024 characters; the ServerTaskHelper library truncates "
                                "console lines there."));
    }
    if (m_result) {
        addCheck(entry, Severity::Warning,
                 QStringLiteral("Console lines after the task was completed (%1): Azure DevOps may no longer show "
                                "them in the live console.")
                     .arg(describeCompletion()));
    }
    if (reply.failed())
        return;
    m_pendingLines += lines;
}

void PlanListener::handleLogCreate(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply)
{
    const std::optional<QJsonObject> body =
        parseObject(request.body(), QStringLiteral("a log ({\"path\":…})"), entry, reply);
    if (!body)
        return;
    const QJsonValue path = member(*body, QLatin1String("path"));
    if (!path.isString() || path.toString().trimmed().isEmpty()) {
        const QString text = QStringLiteral("A new log needs a \"path\"; the samples send "
                                            "{\"path\":\"logs\\\\{TaskInstanceId}\"}.");
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("ArgumentNullException"));
        return;
    }
    if (m_result) {
        addCheck(entry, Severity::Warning,
                 QStringLiteral("A log created after the task was completed (%1) may not be shown with the task.")
                     .arg(describeCompletion()));
    }
    if (reply.failed()) {
        entry.summary = QStringLiteral("log \"%1\"").arg(path.toString());
        return;
    }
    LogState log;
    log.id = m_logs.isEmpty() ? 1 : m_logs.lastKey() + 1;
    log.path = path.toString();
    log.createdOn = QDateTime::currentDateTimeUtc();
    log.lastChangedOn = log.createdOn;
    m_logs.insert(log.id, log);
    entry.summary = QStringLiteral("log %1 created (\"%2\")").arg(log.id).arg(log.path);
    reply.json(logJson(log));
}

void PlanListener::handleLogAppend(const QHttpServerRequest &request, int logId, CallbackEntry &entry,
                                   ListenerReply &reply)
{
    const QStringList lines = splitLines(QString::fromUtf8(request.body()));
    entry.summary = lineCount(lines.size(), QStringLiteral("line")) + QStringLiteral(" appended to log %1").arg(logId);
    if (lines.isEmpty())
        addCheck(entry, Severity::Note, QStringLiteral("The append is empty; the log is unchanged."));
    if (m_result) {
        addCheck(entry, Severity::Warning,
                 QStringLiteral("Log text after the task was completed (%1) may not be shown with the task.")
                     .arg(describeCompletion()));
    }
    if (reply.failed())
        return;
    LogState &log = m_logs[logId];
    log.lineCount += int(lines.size());
    log.lastChangedOn = QDateTime::currentDateTimeUtc();
    m_pendingLines += lines;
    reply.json(logJson(log));
}

void PlanListener::handleRecordsGet(CallbackEntry &entry, ListenerReply &reply)
{
    entry.summary = QStringLiteral("2 records read (job and task)");
    if (reply.failed())
        return;
    reply.json({{QStringLiteral("count"), 2},
                {QStringLiteral("value"), QJsonArray {recordJson(m_jobRecord), recordJson(m_taskRecord)}}});
}

void PlanListener::handleRecordsUpdate(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply)
{
    const QString what = QStringLiteral("a records update ({\"value\":[records],\"count\":n})");
    const std::optional<QJsonDocument> document = parseJson(request.body(), what, entry, reply);
    if (!document)
        return;
    // The collection wrapper is what the client libraries send; a bare array binds on the server too.
    const QJsonValue value =
        document->isArray() ? QJsonValue(document->array()) : member(document->object(), QLatin1String("value"));
    if (!value.isArray()) {
        const QString text =
            QStringLiteral("The body needs \"value\": an array of timeline records, e.g. "
                           "{\"value\":[{\"id\":\"<TaskInstanceId>\",\"variables\":{…}}],\"count\":1}.");
        addCheck(entry, Severity::Problem, text);
        reply.fail(400, text, QStringLiteral("ArgumentException"));
        return;
    }

    struct Change
    {
        RecordState *record = nullptr;
        int logId = 0;
        QList<Variable> variables;
        std::optional<TaskResult> result;
        QString state;
    };
    QList<Change> changes;
    QStringList summary;
    const QJsonArray records = value.toArray();
    for (const QJsonValue &item : records) {
        const QJsonObject object = item.toObject();
        const QString id = member(object, QLatin1String("id")).toString();
        if (!item.isObject() || !Guid::isValid(id)) {
            const QString text = QStringLiteral("Every record needs its \"id\": the task's record is the "
                                                "TaskInstanceId (%1).")
                                     .arg(m_plan.taskInstanceId);
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("ArgumentException"));
            continue;
        }
        Change change;
        QString recordName;
        if (Guid::same(id, m_plan.taskInstanceId)) {
            change.record = &m_taskRecord;
            recordName = QStringLiteral("the task record");
        } else if (Guid::same(id, m_plan.jobId)) {
            change.record = &m_jobRecord;
            recordName = QStringLiteral("the job record");
        } else {
            addCheck(entry, Severity::Warning,
                     QStringLiteral("Record \"%1\" is neither the task's record (TaskInstanceId %2) nor the job's "
                                    "(JobId %3)%4; the change does not reach this task.")
                         .arg(id, m_plan.taskInstanceId, m_plan.jobId, mixUp(m_plan, id)));
            continue;
        }

        const QJsonValue log = member(object, QLatin1String("log"));
        if (log.isObject()) {
            const QJsonValue logIdValue = member(log.toObject(), QLatin1String("id"));
            const int logId = logIdValue.isString() ? logIdValue.toString().toInt() : logIdValue.toInt();
            if (!m_logs.contains(logId)) {
                const QString text = QStringLiteral("The record attaches log %1, which does not exist; create the "
                                                    "log with POST …/logs and attach the object it answers.")
                                         .arg(variableText(logIdValue));
                addCheck(entry, Severity::Problem, text);
                reply.fail(400, text, QStringLiteral("TaskLogNotFoundException"));
            } else {
                change.logId = logId;
                summary.append(QStringLiteral("log %1 attached to %2").arg(logId).arg(recordName));
            }
        }

        const QJsonValue variables = member(object, QLatin1String("variables"));
        if (variables.isObject()) {
            const QJsonObject map = variables.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (!it.value().isObject()) {
                    const QString text = QStringLiteral("Variable \"%1\" must be an object {\"value\": …, "
                                                        "\"isSecret\": false}, not a bare value.")
                                             .arg(it.key());
                    addCheck(entry, Severity::Problem, text);
                    reply.fail(400, text, QStringLiteral("JsonSerializationException"));
                    continue;
                }
                const QJsonObject variable = it.value().toObject();
                const bool secret = member(variable, QLatin1String("isSecret")).toBool();
                const QString text = variableText(member(variable, QLatin1String("value")));
                change.variables.append(Variable {it.key(), text, secret});
                summary.append(QStringLiteral("variable %1 = %2 set on %3")
                                   .arg(it.key(), secret ? QStringLiteral("***") : text, recordName));
                addCheck(entry, Severity::Ok,
                         QStringLiteral("Variable \"%1\" set on %2%3.")
                             .arg(it.key(), recordName, secret ? QStringLiteral(" (secret)") : QString()));
            }
            if (change.record == &m_jobRecord && !map.isEmpty()) {
                addCheck(entry, Severity::Note,
                         QStringLiteral("The variables are set on the job's record; the ServerTaskHelper samples set "
                                        "them on the task's record (TaskInstanceId)."));
            }
        } else if (!variables.isUndefined() && !variables.isNull()) {
            const QString text = QStringLiteral("\"variables\" must be an object of name -> {\"value\": …, "
                                                "\"isSecret\": false}.");
            addCheck(entry, Severity::Problem, text);
            reply.fail(400, text, QStringLiteral("JsonSerializationException"));
        }

        const QJsonValue result = member(object, QLatin1String("result"));
        if (!result.isUndefined() && !result.isNull()) {
            change.result = parseTaskResult(result);
            if (change.record == &m_taskRecord && !m_result) {
                addCheck(entry, Severity::Note,
                         QStringLiteral("Setting the record's result does not complete the task; only a "
                                        "TaskCompleted event does."));
            }
        }
        change.state = member(object, QLatin1String("state")).toString();
        changes.append(change);
    }

    if (m_result && !changes.isEmpty()) {
        addCheck(entry, Severity::Warning,
                 QStringLiteral("Records changed after the task was completed (%1): variables set now may not reach "
                                "later tasks.")
                     .arg(describeCompletion()));
    }
    entry.summary = summary.isEmpty() ? lineCount(records.size(), QStringLiteral("record")) + QStringLiteral(" sent")
                                      : summary.join(QStringLiteral("; "));
    if (reply.failed())
        return;

    QJsonArray updated;
    for (const Change &change : std::as_const(changes)) {
        if (change.logId > 0)
            change.record->logId = change.logId;
        for (const Variable &variable : change.variables) {
            change.record->variables.set(variable);
            if (change.record == &m_taskRecord)
                m_taskVariables.set(variable);
        }
        if (change.result)
            change.record->result = change.result;
        if (!change.state.isEmpty())
            change.record->state = change.state;
        updated.append(recordJson(*change.record));
    }
    reply.json({{QStringLiteral("count"), updated.size()}, {QStringLiteral("value"), updated}});
}

// ---------------------------------------------------------------------------------------------------------------
// PlanListener: the timeline

void PlanListener::recordIncident(const ConnectionIncident &incident)
{
    CallbackEntry entry;
    entry.sequence = int(m_timeline.size()) + 1;
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    entry.method = incident.method;
    entry.target = incident.target;
    entry.remoteAddress = incident.remoteAddress;
    entry.status = incident.status;
    switch (incident.kind) {
    case ConnectionIncident::Kind::MalformedHttp:
        entry.kind = Kind::MalformedHttp;
        break;
    case ConnectionIncident::Kind::TooLarge:
        entry.kind = Kind::TooLarge;
        break;
    case ConnectionIncident::Kind::Incomplete:
        entry.kind = Kind::Incomplete;
        break;
    }
    const QString begins =
        incident.requestLine.isEmpty() ? QString() : QStringLiteral(" (it begins \"%1\")").arg(incident.requestLine);
    switch (entry.kind) {
    case Kind::MalformedHttp:
        entry.summary = QStringLiteral("not HTTP/1.1");
        addCheck(entry, Severity::Problem,
                 QStringLiteral("The listener could not parse the request as HTTP/1.1%1; it answered 400 and closed "
                                "the connection.")
                     .arg(begins));
        break;
    case Kind::TooLarge:
        entry.summary = incident.declaredLength > m_settings.maxBodyBytes
            ? QStringLiteral("body of %1 bytes refused").arg(incident.declaredLength)
            : QStringLiteral("body over %1 bytes refused").arg(m_settings.maxBodyBytes);
        addCheck(entry, Severity::Problem,
                 QStringLiteral("The body (%1) is over the listener's limit of %2 bytes; it answered 413 without "
                                "reading it. The ServerTaskHelper library pages logs at 8 MB: append long logs in "
                                "parts.")
                     .arg(incident.declaredLength > m_settings.maxBodyBytes
                              ? QStringLiteral("Content-Length %1").arg(incident.declaredLength)
                              : QStringLiteral("more than that received"),
                          QString::number(m_settings.maxBodyBytes)));
        break;
    case Kind::Incomplete:
        entry.summary = QStringLiteral("incomplete request, %1 bytes").arg(incident.bytesReceived);
        addCheck(entry, Severity::Problem,
                 QStringLiteral("The client sent %1 bytes of a request%2 and then nothing for %3 s; the listener "
                                "answered 408 and closed the connection.")
                     .arg(QString::number(incident.bytesReceived), begins,
                          QString::number(m_settings.idleTimeoutMs / 1000.0, 'f', 1)));
        break;
    default:
        break;
    }
    record(std::move(entry));
}

void PlanListener::record(CallbackEntry entry)
{
    m_timeline.append(entry);
    const QStringList lines = std::exchange(m_pendingLines, {});
    m_liveLog += lines;
    const bool completesNow = m_result && m_completedBy == entry.sequence;
    Q_EMIT eventReceived(entry);
    for (const QString &line : lines)
        Q_EMIT logLine(line);
    if (completesNow)
        Q_EMIT completed(*m_result);
}

QString PlanListener::describeCompletion() const
{
    return m_result ? QStringLiteral("request #%1, result %2").arg(m_completedBy).arg(taskResultName(*m_result))
                    : QString();
}

QJsonObject PlanListener::logJson(const LogState &log) const
{
    QUrl url = m_plan.collectionUrl;
    url.setPath(m_plan.collectionUrl.path() + m_plan.projectId + QLatin1String("/_apis/distributedtask/hubs/")
                + m_plan.hubName + QLatin1String("/plans/") + m_plan.planId + QLatin1String("/logs/")
                + QString::number(log.id));
    return {
        {QStringLiteral("id"), log.id},
        {QStringLiteral("path"), log.path},
        {QStringLiteral("lineCount"), log.lineCount},
        {QStringLiteral("createdOn"), jsonDate(log.createdOn)},
        {QStringLiteral("lastChangedOn"), jsonDate(log.lastChangedOn)},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
    };
}

QJsonObject PlanListener::recordJson(const RecordState &record) const
{
    QJsonObject variables;
    for (const Variable &variable : record.variables.variables()) {
        QJsonObject value {{QStringLiteral("isSecret"), variable.secret}};
        // Like the server, never hand a secret back.
        if (!variable.secret)
            value.insert(QStringLiteral("value"), variable.value);
        variables.insert(variable.name, value);
    }
    QJsonValue log(QJsonValue::Null);
    if (record.logId > 0 && m_logs.contains(record.logId)) {
        const QJsonObject full = logJson(m_logs.value(record.logId));
        log = QJsonObject {{QStringLiteral("id"), record.logId},
                           {QStringLiteral("location"), full.value(QStringLiteral("url"))}};
    }
    return {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("parentId"),
         record.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.parentId)},
        {QStringLiteral("type"), record.type},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("startTime"), dateOrNull(record.startTime)},
        {QStringLiteral("finishTime"), dateOrNull(record.finishTime)},
        {QStringLiteral("state"), record.state},
        {QStringLiteral("result"),
         record.result ? QJsonValue(taskResultName(*record.result)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("order"), record.order},
        {QStringLiteral("log"), log},
        {QStringLiteral("variables"), variables},
    };
}

} // namespace RestGate
