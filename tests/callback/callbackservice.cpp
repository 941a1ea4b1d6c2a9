// restgate_test_callbackservice: a Callback-mode service for the plan listener's tests, as a separate process.
//
// It takes the task's request the way an Azure Pipelines InvokeRESTAPI@1 task sends it in Callback mode,
//     POST /task/{mode}[?result=…&delayMs=…]
// with the default headers PlanUrl, ProjectId, HubName, PlanId, JobId, TimelineId, TaskInstanceId and AuthToken,
// answers 202 at once, and then calls back to PlanUrl as {mode} says:
//   correct                 TaskStarted, TaskCompleted (result, default succeeded), Basic base64(":" + AuthToken)
//   bearer                  the same with `Bearer <AuthToken>`
//   wrong-taskid            TaskStarted, then TaskCompleted with a taskId that is nobody's
//   swapped-ids             TaskCompleted with taskId = JobId and jobId = TaskInstanceId
//   gates-form              TaskCompleted with jobId = TaskInstanceId and taskId = Guid.Empty (the Gates quirk)
//   no-auth                 TaskCompleted without an Authorization header
//   wrong-token             TaskCompleted with Basic and a token that is not the AuthToken
//   never                   nothing
//   delay                   waits delayMs (default 1000), then as correct
//   feed-log-variable       TaskStarted, two feed lines, a log (create, append, attach), a variable set through
//                           GET + PATCH of the timeline records, TaskCompleted
//   double-slash            as correct, but joins PlanUrl and ProjectId with a '/' (PlanUrl already ends with one)
//   unknown-event           an event named TaskFinished, and nothing else
//   post-after-completion   TaskCompleted succeeded, then TaskCompleted failed and a feed line
//
// Usage: restgate_test_callbackservice --port-file FILE [--lifetime-s N]
// Listens on 127.0.0.1 at a free port and writes the port to FILE; quits after N seconds (default 900) so that a
// fixture that never ran its cleanup leaves nothing behind.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

/// The plan as the task's default headers carry it.
struct PlanHeaders
{
    QString planUrl;
    QString projectId;
    QString hubName;
    QString planId;
    QString jobId;
    QString timelineId;
    QString taskInstanceId;
    QString authToken;

    static QStringList names()
    {
        return {"PlanUrl", "ProjectId", "HubName", "PlanId", "JobId", "TimelineId", "TaskInstanceId", "AuthToken"};
    }

    static PlanHeaders from(const QHttpServerRequest &request, QStringList *missing)
    {
        const auto header = [&](const char *name) {
            const QString value = QString::fromUtf8(request.value(name)).trimmed();
            if (value.isEmpty())
                missing->append(QString::fromLatin1(name));
            return value;
        };
        PlanHeaders plan;
        plan.planUrl = header("PlanUrl");
        plan.projectId = header("ProjectId");
        plan.hubName = header("HubName");
        plan.planId = header("PlanId");
        plan.jobId = header("JobId");
        plan.timelineId = header("TimelineId");
        plan.taskInstanceId = header("TaskInstanceId");
        plan.authToken = header("AuthToken");
        return plan;
    }
};

enum class Auth
{
    Basic,
    Bearer,
    None,
    WrongToken,
};

QStringList modes()
{
    return {"correct",
            "bearer",
            "wrong-taskid",
            "swapped-ids",
            "gates-form",
            "no-auth",
            "wrong-token",
            "never",
            "delay",
            "feed-log-variable",
            "double-slash",
            "unknown-event",
            "post-after-completion"};
}

/// One callback conversation: a list of steps run one after the other, each after the previous answer arrived.
class Conversation : public QObject
{
public:
    Conversation(QNetworkAccessManager *network, PlanHeaders plan, QString mode, const QUrlQuery &options,
                 QObject *parent)
        : QObject(parent)
        , m_network(network)
        , m_plan(std::move(plan))
        , m_mode(std::move(mode))
    {
        const QString result = options.queryItemValue("result");
        m_result = result.isEmpty() ? QJsonValue("succeeded") : QJsonValue(result);
        bool numeric = false;
        const int number = result.toInt(&numeric);
        if (numeric)
            m_result = number; // the numeric TaskResult, as a JSON number
        m_delayMs = options.hasQueryItem("delayMs") ? options.queryItemValue("delayMs").toInt() : 1000;
        planSteps();
    }

    void start() { next(); }

private:
    using Step = std::function<void()>;

    /// {PlanUrl}{ProjectId}/_apis/distributedtask/hubs/{HubName}/plans/{PlanId}, joined as a correct service
    /// does (PlanUrl ends with '/'), or with the extra '/' of string.Format("{0}/{1}/_apis/…").
    QString planBase() const
    {
        QString collection = m_plan.planUrl;
        if (m_mode != "double-slash" && collection.endsWith('/'))
            collection.chop(1);
        return collection + '/' + m_plan.projectId + "/_apis/distributedtask/hubs/" + m_plan.hubName + "/plans/"
            + m_plan.planId;
    }

    QString eventsUrl() const { return planBase() + "/events?api-version=2.0-preview.1"; }
    QString recordsUrl() const { return planBase() + "/timelines/" + m_plan.timelineId + "/records?api-version=4.1"; }

    QByteArray taskEvent(const QString &name, const QString &taskId, const QString &jobId, bool withResult,
                         const QJsonValue &result = QJsonValue()) const
    {
        QJsonObject body {{"name", name}, {"taskId", taskId}, {"jobId", jobId}};
        if (withResult)
            body.insert("result", result.isNull() ? m_result : result);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    void post(const QString &url, const QByteArray &body, Auth auth = Auth::Basic)
    {
        // QNetworkAccessManager normalises "//" in a path away; .NET's HttpClient, which ServerTaskHelper services
        // use, sends it as written. So the doubled slash goes out over a plain socket.
        if (m_mode == "double-slash")
            m_steps.append([=, this] { sendRaw("POST", url, body); });
        else
            m_steps.append([=, this] { send("POST", url, body, auth); });
    }

    void planSteps()
    {
        const PlanHeaders &p = m_plan;
        const QString started = "TaskStarted";
        const QString completed = "TaskCompleted";
        if (m_mode == "correct" || m_mode == "double-slash") {
            post(eventsUrl(), taskEvent(started, p.taskInstanceId, p.jobId, false));
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true));
        } else if (m_mode == "bearer") {
            post(eventsUrl(), taskEvent(started, p.taskInstanceId, p.jobId, false), Auth::Bearer);
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true), Auth::Bearer);
        } else if (m_mode == "wrong-taskid") {
            post(eventsUrl(), taskEvent(started, p.taskInstanceId, p.jobId, false));
            post(eventsUrl(), taskEvent(completed, QUuid::createUuid().toString(QUuid::WithoutBraces), p.jobId, true));
        } else if (m_mode == "swapped-ids") {
            post(eventsUrl(), taskEvent(completed, p.jobId, p.taskInstanceId, true));
        } else if (m_mode == "gates-form") {
            post(eventsUrl(), taskEvent(completed, QUuid().toString(QUuid::WithoutBraces), p.taskInstanceId, true));
        } else if (m_mode == "no-auth") {
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true), Auth::None);
        } else if (m_mode == "wrong-token") {
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true), Auth::WrongToken);
        } else if (m_mode == "delay") {
            m_steps.append([this] { QTimer::singleShot(m_delayMs, this, [this] { next(); }); });
            post(eventsUrl(), taskEvent(started, p.taskInstanceId, p.jobId, false));
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true));
        } else if (m_mode == "feed-log-variable") {
            planFeedLogVariable();
        } else if (m_mode == "unknown-event") {
            post(eventsUrl(), taskEvent("TaskFinished", p.taskInstanceId, p.jobId, true));
        } else if (m_mode == "post-after-completion") {
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true));
            post(eventsUrl(), taskEvent(completed, p.taskInstanceId, p.jobId, true, "failed"));
            post(feedUrl(), feed({"late line"}));
        }
        // "never": no steps.
    }

    QString feedUrl() const
    {
        return planBase() + "/timelines/" + m_plan.timelineId + "/records/" + m_plan.jobId + "/feed?api-version=4.1";
    }

    static QByteArray feed(const QStringList &lines)
    {
        return QJsonDocument(QJsonObject {{"value", QJsonArray::fromStringList(lines)}, {"count", lines.size()}})
            .toJson(QJsonDocument::Compact);
    }

    /// The ServerTaskHelper sample's sequence (MyApp.cs): feed, log create/append/attach, variables via records.
    void planFeedLogVariable()
    {
        const PlanHeaders &p = m_plan;
        post(eventsUrl(), taskEvent("TaskStarted", p.taskInstanceId, p.jobId, false));
        post(feedUrl(), feed({"Task started.", "Calling the deployment API."}));
        m_steps.append([this] {
            const QByteArray body =
                QJsonDocument(QJsonObject {{"path", "logs\\" + m_plan.taskInstanceId}}).toJson(QJsonDocument::Compact);
            send("POST", planBase() + "/logs?api-version=4.1", body, Auth::Basic,
                 [this](const QByteArray &answer) { m_log = QJsonDocument::fromJson(answer).object(); });
        });
        m_steps.append([this] {
            send("POST", planBase() + "/logs/" + QString::number(m_log.value("id").toInt()) + "?api-version=4.1",
                 "Deployment 42 queued.\r\nDeployment 42 succeeded.\r\n", Auth::Basic, {}, "application/octet-stream");
        });
        m_steps.append([this] {
            // PascalCase, as MyApp.cs writes it: the server reads property names ignoring case.
            const QJsonObject record {{"Id", m_plan.taskInstanceId}, {"Log", m_log}};
            send("PATCH", recordsUrl(),
                 QJsonDocument(QJsonObject {{"value", QJsonArray {record}}, {"count", 1}})
                     .toJson(QJsonDocument::Compact),
                 Auth::Basic);
        });
        m_steps.append([this] {
            send("GET", recordsUrl(), {}, Auth::Basic, [this](const QByteArray &answer) {
                const QJsonArray records = QJsonDocument::fromJson(answer).object().value("value").toArray();
                for (const QJsonValue &record : records) {
                    if (record.toObject().value("id").toString().compare(m_plan.taskInstanceId, Qt::CaseInsensitive)
                        == 0)
                        m_taskRecord = record.toObject();
                }
            });
        });
        m_steps.append([this] {
            QJsonObject variables = m_taskRecord.value("variables").toObject();
            variables.insert("deploymentId", QJsonObject {{"value", "42"}, {"isSecret", false}});
            variables.insert("deployToken", QJsonObject {{"value", "s3cr3t"}, {"isSecret", true}});
            QJsonObject record = m_taskRecord;
            record.insert("variables", variables);
            send("PATCH", recordsUrl(),
                 QJsonDocument(QJsonObject {{"value", QJsonArray {record}}, {"count", 1}})
                     .toJson(QJsonDocument::Compact),
                 Auth::Basic);
        });
        post(eventsUrl(), taskEvent("TaskCompleted", p.taskInstanceId, p.jobId, true));
    }

    void next()
    {
        if (m_steps.isEmpty()) {
            qInfo("[%s] done", qPrintable(m_mode));
            deleteLater();
            return;
        }
        m_steps.takeFirst()();
    }

    void send(const QByteArray &method, const QString &url, const QByteArray &body, Auth auth,
              std::function<void(const QByteArray &)> onAnswer = {}, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request {QUrl(url)};
        request.setTransferTimeout(20'000);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        switch (auth) {
        case Auth::Basic:
            request.setRawHeader("Authorization", "Basic " + (":" + m_plan.authToken).toUtf8().toBase64());
            break;
        case Auth::Bearer:
            request.setRawHeader("Authorization", "Bearer " + m_plan.authToken.toUtf8());
            break;
        case Auth::WrongToken:
            request.setRawHeader("Authorization", "Basic " + QByteArray(":not-the-auth-token").toBase64());
            break;
        case Auth::None:
            break;
        }
        QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            const QByteArray answer = reply->readAll();
            qInfo("[%s] %s %s -> %d %s", qPrintable(m_mode), method.constData(), qPrintable(url),
                  reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), answer.left(300).constData());
            if (onAnswer)
                onAnswer(answer);
            reply->deleteLater();
            next();
        });
    }

    /// One HTTP/1.1 request over its own connection, the target exactly as in @p url. Basic auth.
    void sendRaw(const QByteArray &method, const QString &url, const QByteArray &body)
    {
        const QUrl parsed(url);
        const QByteArray target = parsed.path(QUrl::FullyEncoded).toUtf8()
            + (parsed.hasQuery() ? "?" + parsed.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
        auto *socket = new QTcpSocket(this);
        auto response = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::connected, this, [=, this] {
            socket->write(method + ' ' + target + " HTTP/1.1\r\nHost: " + parsed.authority().toUtf8()
                          + "\r\nContent-Type: application/json\r\nAuthorization: Basic "
                          + (":" + m_plan.authToken).toUtf8().toBase64() + "\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        });
        const auto done = [=, this] {
            if (!socket->property("done").toBool()) {
                socket->setProperty("done", true);
                qInfo("[%s] %s %s (raw) -> %s", qPrintable(m_mode), method.constData(), target.constData(),
                      response->left(response->indexOf('\r')).constData());
                socket->deleteLater();
                next();
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, [=] {
            if (socket->property("done").toBool())
                return;
            *response += socket->readAll();
            // Complete once the head and Content-Length bytes of body are in.
            const qsizetype headEnd = response->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = response->left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (response->size() >= headEnd + 4 + length)
                done();
        });
        connect(socket, &QTcpSocket::disconnected, this, done);
        connect(socket, &QTcpSocket::errorOccurred, this, done);
        socket->connectToHost(parsed.host(), quint16(parsed.port(80)));
    }

    QNetworkAccessManager *m_network;
    PlanHeaders m_plan;
    QString m_mode;
    QJsonValue m_result;
    int m_delayMs = 1000;
    QList<Step> m_steps;
    QJsonObject m_log;
    QJsonObject m_taskRecord;
};

void answer(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body), status);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portFileOption("port-file", "Write the listening port to <file>.", "file");
    const QCommandLineOption lifetimeOption("lifetime-s", "Quit after <seconds> (default 900).", "seconds", "900");
    parser.addOption(portFileOption);
    parser.addOption(lifetimeOption);
    parser.process(app);

    QNetworkAccessManager network;
    QHttpServer server;
    server.setMissingHandler([&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        using Status = QHttpServerResponder::StatusCode;
        const QString path = request.url().path();
        if (request.method() != QHttpServerRequest::Method::Post || !path.startsWith("/task/")) {
            answer(responder, Status::NotFound, {{"message", "POST /task/{mode}; modes: " + modes().join(", ")}});
            return;
        }
        const QString mode = path.mid(int(qstrlen("/task/")));
        if (!modes().contains(mode)) {
            answer(responder, Status::NotFound, {{"message", "unknown mode " + mode}});
            return;
        }
        QStringList missing;
        const PlanHeaders plan = PlanHeaders::from(request, &missing);
        if (!missing.isEmpty()) {
            answer(responder, Status::BadRequest, {{"message", "missing headers: " + missing.join(", ")}});
            return;
        }
        // Answer first, as a Callback-mode service must (the server gives the initial call 20 seconds), and call
        // back afterwards.
        answer(responder, Status::Accepted, {{"accepted", true}, {"mode", mode}});
        auto *conversation = new Conversation(&network, plan, mode, request.query(), &app);
        QTimer::singleShot(0, conversation, [conversation] { conversation->start(); });
    });

    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        qCritical("cannot listen on 127.0.0.1");
        return 1;
    }
    if (parser.isSet(portFileOption)) {
        // Written whole or not at all: the fixture script polls for the file.
        QSaveFile file(parser.value(portFileOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(port) + '\n') < 0 || !file.commit()) {
            qCritical("cannot write %s", qPrintable(parser.value(portFileOption)));
            return 1;
        }
    }
    qInfo("callback service listening on http://127.0.0.1:%d/", port);
    QTimer::singleShot(parser.value(lifetimeOption).toInt() * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
