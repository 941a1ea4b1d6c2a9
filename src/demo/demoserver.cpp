#include "demo/demoserver.h"

#include "httpguard/connectionguard.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace RestGate {

namespace {

using Method = QHttpServerRequest::Method;
using Methods = QHttpServerRequest::Methods;
using StatusCode = QHttpServerResponder::StatusCode;

/// A response as a plain value: computed while the request is at hand, written by writeReply() now or, for the
/// slow endpoint, after delayMs.
struct Reply
{
    StatusCode status = StatusCode::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
};

Reply jsonReply(const QJsonObject &object, StatusCode status = StatusCode::Ok)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}, 0};
}

Reply errorReply(StatusCode status, const QString &message)
{
    return jsonReply({{QStringLiteral("message"), message}}, status);
}

void writeReply(QHttpServerResponder &responder, bool headOnly, const Reply &reply)
{
    responder.writeStatusLine(reply.status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    // HEAD gets the headers GET would get and no body (RFC 9110 §9.3.2); writeBody() also ends the header block.
    responder.writeBody(headOnly ? QByteArray() : reply.body);
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Trace:
        return QStringLiteral("TRACE");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

/// Path and query as the client sent them, e.g. "/slow?seconds=3", for the request log.
QString pathOf(const QHttpServerRequest &request)
{
    return request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment
                                  | QUrl::FullyEncoded);
}

/// What a route answers besides its own methods: HEAD wherever GET works, and OPTIONS everywhere.
Methods answeredMethods(Methods own)
{
    own |= Method::Options;
    if (own & Method::Get)
        own |= Method::Head;
    return own;
}

QStringList methodNames(Methods methods)
{
    QStringList names;
    for (const Method method :
         {Method::Get, Method::Head, Method::Options, Method::Post, Method::Put, Method::Patch, Method::Delete}) {
        if (methods & method)
            names.append(methodName(method));
    }
    return names;
}

/// Answers OPTIONS and a method the route does not take (405 with `Allow`, as RFC 9110 §15.5.6 requires) and
/// leaves the rest to @p handler. Routes take every method and come here because QHttpServer 6.4 would answer a
/// known path with the wrong method as 404.
template<typename Handler> Reply dispatch(const QHttpServerRequest &request, Methods own, const Handler &handler)
{
    const Methods allowed = answeredMethods(own);
    const QStringList names = methodNames(allowed);
    const QByteArray allowHeader = names.join(QStringLiteral(", ")).toLatin1();
    const QString path = request.url().path();
    if (!(allowed & request.method())) {
        Reply reply = errorReply(StatusCode::MethodNotAllowed,
                                 QStringLiteral("%1 is not allowed on %2; allowed: %3.")
                                     .arg(methodName(request.method()), path, names.join(QStringLiteral(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), allowHeader});
        return reply;
    }
    if (request.method() == Method::Options) {
        Reply reply =
            jsonReply({{QStringLiteral("path"), path}, {QStringLiteral("methods"), QJsonArray::fromStringList(names)}});
        reply.headers.append({QByteArrayLiteral("Allow"), allowHeader});
        return reply;
    }
    return handler();
}

/// The request body as a JSON object; an empty body counts as `{}`.
std::optional<QJsonObject> bodyObject(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("The request body must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

/// Reads an optional field that, when present, must be a non-empty string.
bool readText(const QJsonObject &object, const QString &key, std::optional<QString> *out, QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("'%1' must be a non-empty string.").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

/// `{"name":..,"environment":..,"status":..}`, every field optional.
std::optional<DeploymentChanges> changesFrom(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = bodyObject(body, error);
    if (!object)
        return std::nullopt;
    DeploymentChanges changes;
    std::optional<QString> status;
    if (!readText(*object, QStringLiteral("name"), &changes.name, error)
        || !readText(*object, QStringLiteral("environment"), &changes.environment, error)
        || !readText(*object, QStringLiteral("status"), &status, error))
        return std::nullopt;
    if (status) {
        changes.status = Deployment::statusFromName(*status);
        if (!changes.status) {
            *error =
                QStringLiteral("'status' must be one of %1.").arg(Deployment::statusNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return changes;
}

Reply serviceInfo()
{
    QJsonArray endpoints;
    for (const DemoServer::Endpoint &endpoint : DemoServer::endpoints())
        endpoints.append(QString(endpoint.method + QLatin1Char(' ') + endpoint.path));
    return jsonReply({
        {QStringLiteral("service"), QStringLiteral("RestGate demo endpoint")},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("version"), QStringLiteral(RESTGATE_VERSION)},
        {QStringLiteral("endpoints"), endpoints},
    });
}

Reply listDeployments(const DeploymentStore &store, const QUrl &base)
{
    // The shape of Azure DevOps list APIs, so criteria written against them read the same here.
    QJsonArray value;
    for (const Deployment &deployment : store.deployments())
        value.append(deployment.toJson(base));
    return jsonReply({{QStringLiteral("count"), value.size()}, {QStringLiteral("value"), value}});
}

Reply createDeployment(DeploymentStore &store, const QByteArray &body, const QUrl &base)
{
    QString error;
    const std::optional<DeploymentChanges> fields = changesFrom(body, &error);
    if (!fields)
        return errorReply(StatusCode::BadRequest, error);
    // A new deployment always starts queued, whatever the body says: the progression is the point of the demo.
    const Deployment deployment = store.create(fields->name.value_or(QStringLiteral("app")),
                                               fields->environment.value_or(QStringLiteral("test")));
    const QJsonObject json = deployment.toJson(base);
    Reply reply = jsonReply(json, StatusCode::Created);
    reply.headers.append({QByteArrayLiteral("Location"), json.value(QStringLiteral("url")).toString().toUtf8()});
    return reply;
}

Reply deploymentItem(DeploymentStore &store, const QString &idText, const QHttpServerRequest &request, const QUrl &base)
{
    const auto notFound = [&idText] {
        return errorReply(StatusCode::NotFound, QStringLiteral("No deployment with id '%1'.").arg(idText));
    };
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return notFound();

    switch (request.method()) {
    case Method::Get:
    case Method::Head: {
        const std::optional<Deployment> deployment = store.poll(id);
        return deployment ? jsonReply(deployment->toJson(base)) : notFound();
    }
    case Method::Put:
    case Method::Patch: {
        if (!store.find(id))
            return notFound();
        QString error;
        const std::optional<DeploymentChanges> changes = changesFrom(request.body(), &error);
        if (!changes)
            return errorReply(StatusCode::BadRequest, error);
        return jsonReply(store.update(id, *changes)->toJson(base));
    }
    case Method::Delete:
        if (!store.remove(id))
            return notFound();
        return jsonReply({{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
    default:
        break;
    }
    return notFound(); // not reached: dispatch() lets only the methods above through
}

/// True when the request carries `Authorization: Basic base64(demo:demo-password)`.
bool authorized(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QString expected = DemoServer::demoUsername() + QLatin1Char(':') + DemoServer::demoPassword();
    return decoded && *decoded == expected.toUtf8();
}

Reply unauthorized()
{
    // The password is in the endpoint list demo-server prints, not in this body: clients print a failing body, and a
    // test that stores the password and scans every output for it must only find it where it really leaked.
    Reply reply = errorReply(StatusCode::Unauthorized,
                             QStringLiteral("Basic authentication required (user '%1'; the password is in the "
                                            "endpoint list demo-server prints when it starts).")
                                 .arg(DemoServer::demoUsername()));
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                          QStringLiteral("Basic realm=\"%1\"").arg(DemoServer::demoRealm()).toUtf8()});
    return reply;
}

Reply slow(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    double seconds = DemoServer::defaultSlowSeconds;
    if (query.hasQueryItem(QStringLiteral("seconds"))) {
        bool isNumber = false;
        seconds = query.queryItemValue(QStringLiteral("seconds")).toDouble(&isNumber);
        if (!isNumber || !(seconds >= 0)) // the negated comparison also rejects NaN
            return errorReply(
                StatusCode::BadRequest,
                QStringLiteral("'seconds' must be a number of seconds from 0 to %1.").arg(DemoServer::maxSlowSeconds));
        seconds = std::min(seconds, double(DemoServer::maxSlowSeconds));
    }
    Reply reply = jsonReply({
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("message"), QStringLiteral("Answered after %1 seconds.").arg(seconds)},
    });
    reply.delayMs = qRound(seconds * 1000);
    return reply;
}

Reply large(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    int megabytes = DemoServer::defaultLargeMegabytes;
    if (query.hasQueryItem(QStringLiteral("mb"))) {
        bool isNumber = false;
        megabytes = query.queryItemValue(QStringLiteral("mb")).toInt(&isNumber);
        if (!isNumber || megabytes < 1)
            return errorReply(
                StatusCode::BadRequest,
                QStringLiteral("'mb' must be a whole number of MiB from 1 to %1.").arg(DemoServer::maxLargeMegabytes));
        megabytes = std::min(megabytes, DemoServer::maxLargeMegabytes);
    }
    // One fixed item appended until the size is reached: 50 MiB takes milliseconds this way, where a QJsonDocument
    // of 50,000 objects would hold up the event loop for a noticeable while.
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024;
    const QByteArray padding(1000, 'x');
    QByteArray body;
    body.reserve(target + 4096);
    body += "{\"status\":\"successful\",\"megabytes\":" + QByteArray::number(megabytes)
        + ",\"description\":\"A JSON object larger than the Azure DevOps server evaluates success criteria on.\""
          ",\"items\":[";
    for (qsizetype index = 0; body.size() <= target; ++index) {
        if (index > 0)
            body += ',';
        body += "{\"index\":" + QByteArray::number(index) + ",\"padding\":\"" + padding + "\"}";
    }
    body += "]}";
    return {StatusCode::Ok, QByteArrayLiteral("application/json"), body, {}, 0};
}

/// What /callback/deployments read off a request: where and as whom to call back, and what to report.
struct CallbackOrder
{
    QUrl planUrl;
    QString projectId;
    QString hubName;
    QString planId;
    QString jobId;
    QString timelineId;
    QString taskInstanceId;
    QString authToken;
    QString result;
    double delaySeconds = DemoServer::defaultCallbackDelaySeconds;
    QString name = QStringLiteral("app");
    QString environment = QStringLiteral("test");
    qint64 deploymentId = 0;
};

/// A plan API URL: {PlanUrl}{ProjectId}/_apis/distributedtask/hubs/{HubName}/plans/{PlanId}/{tail}?api-version=..
/// PlanUrl joins with one slash whether or not it ends with one; the ids go in as percent-encoded path segments.
///   PlanUrl "http://h/org/", ProjectId "p", tail "events" -> http://h/org/p/_apis/distributedtask/hubs/…/events?…
///   PlanUrl "http://h/org"   (the same)
QUrl planApiUrl(const CallbackOrder &order, const QByteArray &tail, const QByteArray &apiVersion)
{
    const auto segment = [](const QString &text) { return QUrl::toPercentEncoding(text); };
    QByteArray url = order.planUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    if (!url.endsWith('/'))
        url += '/';
    url += segment(order.projectId) + "/_apis/distributedtask/hubs/" + segment(order.hubName) + "/plans/"
        + segment(order.planId) + '/' + tail + "?api-version=" + apiVersion;
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QUrl eventsUrl(const CallbackOrder &order)
{
    return planApiUrl(order, QByteArrayLiteral("events"), QByteArrayLiteral("2.0-preview.1"));
}

QUrl feedUrl(const CallbackOrder &order)
{
    return planApiUrl(order,
                      "timelines/" + QUrl::toPercentEncoding(order.timelineId) + "/records/"
                          + QUrl::toPercentEncoding(order.jobId) + "/feed",
                      QByteArrayLiteral("4.1"));
}

/// Reads a /callback/deployments request into @p order; returns the 400 to answer instead when it is unusable.
std::optional<Reply> readCallbackOrder(const QHttpServerRequest &request, CallbackOrder *order)
{
    const QStringList names = DemoServer::callbackHeaders();
    QStringList values;
    QStringList missing;
    for (const QString &name : names) {
        values.append(QString::fromUtf8(request.value(name.toLatin1())).trimmed());
        if (values.constLast().isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        // Named one by one, so that a user whose design dropped or renamed a default header sees which.
        return jsonReply(
            {
                {QStringLiteral("message"),
                 QStringLiteral("Missing %1: %2. A Callback-mode service calls back with what the InvokeRESTAPI@1 "
                                "default headers carry: %3.")
                     .arg(missing.size() == 1 ? QStringLiteral("header") : QStringLiteral("headers"),
                          missing.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")))},
                {QStringLiteral("missingHeaders"), QJsonArray::fromStringList(missing)},
            },
            StatusCode::BadRequest);
    }
    const QString planUrlText = values.at(0);
    order->planUrl = QUrl(planUrlText, QUrl::StrictMode);
    const QString scheme = order->planUrl.scheme();
    if (!order->planUrl.isValid() || order->planUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return errorReply(StatusCode::BadRequest,
                          QStringLiteral("Header PlanUrl must be an absolute http(s) URL, such as "
                                         "https://dev.azure.com/fabrikam/ (system.CollectionUri), not '%1'.")
                              .arg(planUrlText));
    order->projectId = values.at(1);
    order->hubName = values.at(2);
    order->planId = values.at(3);
    order->jobId = values.at(4);
    order->timelineId = values.at(5);
    order->taskInstanceId = values.at(6);
    order->authToken = values.at(7);

    const QUrlQuery query = request.query();
    order->result = DemoServer::callbackResults().constFirst();
    if (query.hasQueryItem(QStringLiteral("result"))) {
        const QString wanted = query.queryItemValue(QStringLiteral("result"), QUrl::FullyDecoded);
        const QStringList results = DemoServer::callbackResults();
        const auto it = std::find_if(results.cbegin(), results.cend(), [&wanted](const QString &result) {
            return result.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == results.cend())
            return errorReply(StatusCode::BadRequest,
                              QStringLiteral("'result' must be one of %1, not '%2'.")
                                  .arg(results.join(QStringLiteral(", ")), wanted));
        order->result = *it;
    }
    if (query.hasQueryItem(QStringLiteral("delay"))) {
        bool isNumber = false;
        const double seconds = query.queryItemValue(QStringLiteral("delay")).toDouble(&isNumber);
        if (!isNumber || !(seconds >= 0)) // the negated comparison also rejects NaN
            return errorReply(StatusCode::BadRequest,
                              QStringLiteral("'delay' must be a number of seconds from 0 to %1.")
                                  .arg(DemoServer::maxCallbackDelaySeconds));
        order->delaySeconds = std::min(seconds, double(DemoServer::maxCallbackDelaySeconds));
    }

    QString error;
    const std::optional<DeploymentChanges> fields = changesFrom(request.body(), &error);
    if (!fields)
        return errorReply(StatusCode::BadRequest, error);
    order->name = fields->name.value_or(order->name);
    order->environment = fields->environment.value_or(order->environment);
    return std::nullopt;
}

Reply callbackAccepted(const CallbackOrder &order, const Deployment &deployment, const QUrl &base)
{
    const QString url = deployment.toJson(base).value(QStringLiteral("url")).toString();
    Reply reply = jsonReply(
        {
            {QStringLiteral("status"), QStringLiteral("accepted")},
            {QStringLiteral("id"), deployment.id},
            {QStringLiteral("name"), deployment.name},
            {QStringLiteral("environment"), deployment.environment},
            {QStringLiteral("url"), url},
            {QStringLiteral("result"), order.result},
            {QStringLiteral("delaySeconds"), order.delaySeconds},
            {QStringLiteral("eventsUrl"), eventsUrl(order).toString()},
            {QStringLiteral("feedUrl"), feedUrl(order).toString()},
            {QStringLiteral("message"),
             QStringLiteral("Deployment %1 accepted. In %2 seconds it posts TaskStarted, a feed line and "
                            "TaskCompleted (%3) to the plan.")
                 .arg(deployment.id)
                 .arg(order.delaySeconds)
                 .arg(order.result)},
        },
        StatusCode::Accepted);
    reply.headers.append({QByteArrayLiteral("Location"), url.toUtf8()});
    return reply;
}

/// The base for links in responses: where the client reached us (its Host header), which stays right when the
/// server listens on a wildcard address; the listening address otherwise.
QUrl baseFor(const QHttpServerRequest &request, const QUrl &fallback)
{
    const QByteArray host = request.value(QByteArrayLiteral("Host"));
    if (!host.isEmpty()) {
        const QUrl url(QStringLiteral("http://%1/").arg(QString::fromLatin1(host)), QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() && url.path() == QLatin1String("/") && !url.hasQuery())
            return url;
    }
    return fallback;
}

} // namespace

/// The calls back of one /callback/deployments request: after the delay TaskStarted, then the feed line once
/// TaskStarted was answered, then TaskCompleted once the feed was. A child of the DemoServer, which drops it on
/// close(); nothing here waits, everything runs off the timer and the replies' finished().
class DemoServer::CallbackJob final : public QObject
{
public:
    CallbackJob(DemoServer *server, CallbackOrder order)
        : QObject(server)
        , m_server(server)
        , m_order(std::move(order))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { send(Step::TaskStarted); });
    }

    ~CallbackJob() override { cancel(); }

    void start() { m_timer.start(qRound(m_order.delaySeconds * 1000)); }

    /// Stops what is left: the timer and the POST in flight, whose end is then not reported.
    void cancel()
    {
        m_cancelled = true;
        m_timer.stop();
        if (const QPointer<QNetworkReply> reply = std::exchange(m_reply, nullptr)) {
            reply->disconnect(this); // abort() finishes the reply at once; that is not an answer to report
            reply->abort();
            reply->deleteLater();
        }
    }

private:
    enum class Step
    {
        TaskStarted,
        Feed,
        TaskCompleted,
    };

    void send(Step step)
    {
        if (m_cancelled)
            return;
        const QString taskId = QStringLiteral("taskId");
        const QString jobId = QStringLiteral("jobId");
        QUrl url;
        QJsonObject body;
        QString event;
        switch (step) {
        case Step::TaskStarted:
            event = QStringLiteral("TaskStarted");
            url = eventsUrl(m_order);
            body = {{QStringLiteral("name"), event}, {taskId, m_order.taskInstanceId}, {jobId, m_order.jobId}};
            setStatus(Deployment::Status::Running);
            break;
        case Step::Feed: {
            event = QStringLiteral("feed");
            url = feedUrl(m_order);
            // The live console line as ServerTaskHelper writes it: an ISO 8601 UTC time stamp, then the text.
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                + QStringLiteral(" Deployment %1 started.").arg(m_order.deploymentId);
            body = {{QStringLiteral("value"), QJsonArray {line}}, {QStringLiteral("count"), 1}};
            break;
        }
        case Step::TaskCompleted:
            event = QStringLiteral("TaskCompleted");
            url = eventsUrl(m_order);
            body = {{QStringLiteral("name"), event},
                    {taskId, m_order.taskInstanceId},
                    {jobId, m_order.jobId},
                    {QStringLiteral("result"), m_order.result}};
            setStatus(m_order.result.startsWith(QLatin1String("succeeded")) ? Deployment::Status::Successful
                                                                            : Deployment::Status::Failed);
            break;
        }

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Basic with an empty user name and the job token as the password, as TaskClient's VssBasicCredential does.
        const QByteArray credentials = ':' + m_order.authToken.toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64());
        // Azure DevOps redirects an unauthenticated call to its sign-in page; report that 302 as it is.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(DemoServer::callbackTimeoutMs);
        QNetworkReply *reply = m_server->m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_reply = reply;
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, step, event, url] { answered(reply, step, event, url); });
    }

    void answered(QNetworkReply *reply, Step step, const QString &event, const QUrl &url)
    {
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString outcome =
            status != 0 ? QString::number(status) : DemoServer::tr("no answer (%1)").arg(reply->errorString());
        Q_EMIT m_server->callbackSent(event, status,
                                      DemoServer::tr("Deployment %1: %2 -> POST %3 -> %4")
                                          .arg(m_order.deploymentId)
                                          .arg(event, url.toString(), outcome));
        // A slot on callbackSent may have closed the server, which cancelled this job.
        if (m_cancelled)
            return;
        // The next one whatever the answer: a listener then sees the whole round trip and can say what was wrong.
        switch (step) {
        case Step::TaskStarted:
            send(Step::Feed);
            return;
        case Step::Feed:
            send(Step::TaskCompleted);
            return;
        case Step::TaskCompleted:
            break;
        }
        m_cancelled = true;
        m_server->m_callbacks.removeOne(this);
        deleteLater();
    }

    void setStatus(Deployment::Status status)
    {
        DeploymentChanges changes;
        changes.status = status;
        m_server->m_store.update(m_order.deploymentId, changes); // no-op when it was deleted meanwhile
    }

    DemoServer *const m_server;
    const CallbackOrder m_order;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

DemoServer::~DemoServer()
{
    // Before m_store goes, rather than with the other children afterwards: the calls back and the routes refer to
    // the store.
    dropCallbacks(false);
    delete m_server;
}

bool DemoServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_errorString.clear();
    // Our own QTcpServer rather than QAbstractHttpServer::listen(), which in Qt 6.4 only logs why it failed; the
    // reason ("The bound address is already in use") is what the user needs to see.
    // QHttpServer 6.4 would buffer any body and keep a half-sent request open forever; the guard the callback
    // listener uses stops both.
    auto listener = std::make_unique<GuardedTcpServer>(m_maxRequestBodyBytes, m_idleTimeoutMs);
    if (!listener->listen(address, port)) {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
        m_errorString = tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(listener->errorString());
        return false;
    }
    m_address = address;
    m_port = listener->serverPort();
    m_server = new QHttpServer(this);
    registerRoutes(*m_server);
    m_server->bind(listener.release()); // takes ownership
    return true;
}

void DemoServer::setConnectionLimits(qint64 maxRequestBodyBytes, int idleTimeoutMs)
{
    m_maxRequestBodyBytes = maxRequestBodyBytes;
    m_idleTimeoutMs = idleTimeoutMs;
}

void DemoServer::close()
{
    dropCallbacks(true);
    if (!m_server)
        return;
    // Free the port and drop the connections now, so that a listen() right after succeeds and pending slow
    // responses find their socket gone. The server object itself is deleted later: close() may be reached from a
    // slot on requestServed, that is from inside one of its handlers.
    const QList<QTcpServer *> listeners = m_server->servers();
    for (QTcpServer *listener : listeners) {
        listener->close();
        const QList<QTcpSocket *> sockets = listener->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
    m_server->deleteLater();
    m_server = nullptr;
    m_port = 0;
}

void DemoServer::dropCallbacks(bool deleteLater)
{
    const QList<CallbackJob *> jobs = std::exchange(m_callbacks, {});
    for (CallbackJob *job : jobs) {
        job->cancel();
        if (deleteLater)
            job->deleteLater();
        else
            delete job;
    }
}

bool DemoServer::isListening() const
{
    return m_server != nullptr;
}

quint16 DemoServer::port() const
{
    return m_port;
}

QUrl DemoServer::baseUrl() const
{
    if (!m_server)
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString DemoServer::errorString() const
{
    return m_errorString;
}

QList<DemoServer::Endpoint> DemoServer::endpoints()
{
    const auto endpoint = [](const char *method, const char *path, const QString &description) {
        return Endpoint {QLatin1String(method), QLatin1String(path), description};
    };
    return {
        endpoint("GET", "/health", tr("Service status and this list (also at /)")),
        endpoint("POST", "/deployments", tr("Create a deployment, 201; body {\"name\", \"environment\"} optional")),
        endpoint("GET", "/deployments", tr("List deployments: {\"count\", \"value\"}")),
        endpoint("GET", "/deployments/{id}",
                 tr("A deployment; each GET moves it queued -> running -> successful (seeded: 1 successful, 2 "
                    "failed)")),
        endpoint("PUT", "/deployments/{id}", tr("Update name, environment or status")),
        endpoint("PATCH", "/deployments/{id}", tr("Update name, environment or status")),
        endpoint("DELETE", "/deployments/{id}", tr("Delete a deployment")),
        endpoint("GET", "/secure/deployments/{id}",
                 tr("As /deployments/{id}, behind Basic auth %1 / %2").arg(demoUsername(), demoPassword())),
        endpoint("GET", "/slow?seconds=N",
                 tr("Answers after N seconds (default %1, at most %2)").arg(defaultSlowSeconds).arg(maxSlowSeconds)),
        endpoint("GET", "/error", tr("Always 500 Internal Server Error")),
        endpoint("GET", "/text", tr("200 with a plain-text body, not JSON")),
        endpoint(
            "GET", "/large?mb=N",
            tr("A JSON object over N MiB (default %1, at most %2)").arg(defaultLargeMegabytes).arg(maxLargeMegabytes)),
        endpoint("POST", "/callback/deployments",
                 tr("Completion event = Callback: 202 at once, then TaskStarted, a feed line and TaskCompleted to the "
                    "plan in the InvokeRESTAPI@1 default headers; ?result=succeeded|failed|... (default succeeded), "
                    "&delay=S seconds (default %1)")
                     .arg(defaultCallbackDelaySeconds)),
    };
}

QString DemoServer::demoUsername()
{
    return QStringLiteral("demo");
}

QString DemoServer::demoPassword()
{
    return QStringLiteral("demo-password");
}

QString DemoServer::demoRealm()
{
    return QStringLiteral("RestGate demo");
}

QStringList DemoServer::callbackHeaders()
{
    return {QStringLiteral("PlanUrl"),        QStringLiteral("ProjectId"), QStringLiteral("HubName"),
            QStringLiteral("PlanId"),         QStringLiteral("JobId"),     QStringLiteral("TimelineId"),
            QStringLiteral("TaskInstanceId"), QStringLiteral("AuthToken")};
}

QStringList DemoServer::callbackResults()
{
    return {QStringLiteral("succeeded"), QStringLiteral("succeededWithIssues"),
            QStringLiteral("failed"),    QStringLiteral("canceled"),
            QStringLiteral("skipped"),   QStringLiteral("abandoned")};
}

void DemoServer::registerRoutes(QHttpServer &server)
{
    QHttpServer *const context = &server;
    // Writes the reply and logs it, now or after the reply's delay.
    const auto serve = [this, context](const QHttpServerRequest &request, QHttpServerResponder &responder,
                                       const Reply &reply) {
        // The request is whole: from now on the guard waits for the answer, however late (/slow), not for bytes.
        if (auto *socket = qobject_cast<GuardedSocket *>(responder.socket()))
            socket->markDispatched();
        const bool headOnly = request.method() == Method::Head;
        const QString method = methodName(request.method());
        const QString path = pathOf(request);
        if (reply.delayMs <= 0) {
            writeReply(responder, headOnly, reply);
            Q_EMIT requestServed(method, path, int(reply.status));
            return;
        }
        // Answer later without blocking the event loop: the responder moves into a shared_ptr, because a timer's
        // functor must be copyable. The request does not outlive this call (QHttpServer 6.4 reuses it for the
        // connection's next request), hence the copies above. The server as the timer's context cancels the
        // answer when close() gets rid of the server.
        auto parked = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = parked->socket();
        QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, context,
                           [this, parked, socket, headOnly, reply, method, path] {
                               // The client may have given up meanwhile (after its own 20 s limit, say); its socket
                               // is then gone, and writing through the responder would touch freed memory.
                               if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                                   return;
                               writeReply(*parked, headOnly, reply);
                               Q_EMIT requestServed(method, path, int(reply.status));
                           });
    };
    const auto add = [&server, serve](const QString &path, Methods methods, auto handler) {
        server.route(path,
                     [serve, methods, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                         serve(request, responder, dispatch(request, methods, [&] { return handler(request); }));
                     });
    };
    const auto addWithId = [&server, serve](const QString &path, Methods methods, auto handler) {
        server.route(path,
                     [serve, methods, handler](const QString &id, const QHttpServerRequest &request,
                                               QHttpServerResponder &&responder) {
                         serve(request, responder, dispatch(request, methods, [&] { return handler(id, request); }));
                     });
    };
    const Methods itemMethods = Method::Get | Method::Put | Method::Patch | Method::Delete;

    const auto info = [](const QHttpServerRequest &) { return serviceInfo(); };
    add(QStringLiteral("/"), Method::Get, info);
    add(QStringLiteral("/health"), Method::Get, info);
    add(QStringLiteral("/deployments"), Method::Get | Method::Post, [this](const QHttpServerRequest &request) {
        const QUrl base = baseFor(request, baseUrl());
        if (request.method() == Method::Post)
            return createDeployment(m_store, request.body(), base);
        return listDeployments(m_store, base);
    });
    addWithId(QStringLiteral("/deployments/<arg>"), itemMethods,
              [this](const QString &id, const QHttpServerRequest &request) {
                  return deploymentItem(m_store, id, request, baseFor(request, baseUrl()));
              });
    addWithId(QStringLiteral("/secure/deployments/<arg>"), itemMethods,
              [this](const QString &id, const QHttpServerRequest &request) {
                  if (!authorized(request))
                      return unauthorized();
                  return deploymentItem(m_store, id, request, baseFor(request, baseUrl()));
              });
    add(QStringLiteral("/slow"), Method::Get, slow);
    add(QStringLiteral("/error"), Method::Get, [](const QHttpServerRequest &) {
        return errorReply(StatusCode::InternalServerError, QStringLiteral("Simulated server error"));
    });
    add(QStringLiteral("/text"), Method::Get, [](const QHttpServerRequest &) {
        return Reply {StatusCode::Ok,
                      QByteArrayLiteral("text/plain; charset=utf-8"),
                      QByteArrayLiteral("RestGate demo endpoint: this body is plain text, not JSON.\n"),
                      {},
                      0};
    });
    add(QStringLiteral("/large"), Method::Get, large);
    add(QStringLiteral("/callback/deployments"), Method::Post, [this](const QHttpServerRequest &request) {
        CallbackOrder order;
        if (std::optional<Reply> rejected = readCallbackOrder(request, &order))
            return *rejected;
        const Deployment deployment = m_store.create(order.name, order.environment, Deployment::Driver::Callback);
        order.deploymentId = deployment.id;
        const Reply accepted = callbackAccepted(order, deployment, baseFor(request, baseUrl()));
        // Started now and written right after: the delay runs from the 202, as the service's work would.
        auto *job = new CallbackJob(this, std::move(order));
        m_callbacks.append(job);
        job->start();
        return accepted;
    });

    server.setMissingHandler([serve](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        // Methods QHttpServer 6.4 does not parse (TRACE among them) arrive as Unknown and match no route.
        if (request.method() == Method::Unknown) {
            serve(request, responder,
                  errorReply(StatusCode::NotImplemented,
                             QStringLiteral("The demo endpoint does not support this request method.")));
            return;
        }
        serve(request, responder,
              errorReply(StatusCode::NotFound,
                         QStringLiteral("No endpoint at %1; GET /health lists them.").arg(request.url().path())));
    });
}

} // namespace RestGate
