#pragma once

#include "callback/callbackentry.h"
#include "callback/plancontext.h"
#include "callback/taskresult.h"
#include "core/design/variables.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QJsonObject;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace RestGate {

class GuardedTcpServer;
struct ConnectionIncident;
struct ListenerReply;

/// Where and how the plan listener listens.
struct ListenerSettings
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: a free port
    /// The URL a service elsewhere reaches the listener at (a tunnel to this desk), e.g. https://abc.tunnel.dev/.
    /// Empty: the listener's own address. It becomes PlanUrl / system.CollectionUri (with a trailing slash).
    QUrl publicBaseUrl;
    /// Bodies over this are answered 413 without being read. 8 MB is the page size the ServerTaskHelper library
    /// uses for logs, so a well-behaved service never gets near it.
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    /// A connection that sends nothing for this long is closed; one that stopped mid-request gets a 408 first.
    int idleTimeoutMs = 30'000;

    /// Parses the CLI's `--listen ADDRESS:PORT`:
    ///   "127.0.0.1:8080" -> 127.0.0.1, 8080;  "0.0.0.0:0" -> any IPv4, a free port;  "[::1]:9000" -> ::1, 9000;
    ///   "8080" -> 127.0.0.1, 8080;  "localhost:80" -> 127.0.0.1, 80;  "host:x", "1.2.3.4:70000" -> error
    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);
};

/// A local stand-in for the Azure DevOps endpoints a Callback-mode service calls back (the plan events, the live
/// console feed, task logs and timeline records), for one plan at a time. Everything it receives is recorded in
/// order with a plain-words diagnosis (timeline()), answered with the status codes Azure DevOps would give, and
/// TaskCompleted decides the result.
///
/// Use: listen(), then startPlan(hub) and overlay planVariables() on the dry-run variables before building the
/// task's request, so its default headers (PlanUrl, ProjectId, HubName, PlanId, JobId, TimelineId,
/// TaskInstanceId, AuthToken) point here. Then send the request and wait with a CallbackWait.
///
/// Endpoints, relative to collectionUrl() (a path prefix of the public URL may or may not be forwarded):
///   POST  {projectId}/_apis/distributedtask/hubs/{hub}/plans/{planId}/events                          200
///   POST  …/plans/{planId}/timelines/{timelineId}/records/{jobId}/feed   {"value":[lines],"count":n}   200
///   POST  …/plans/{planId}/logs        {"path":…}                        -> the log {"id":n,…}        200
///   POST  …/plans/{planId}/logs/{logId}   raw text, appended            -> the log                   200
///   GET   …/plans/{planId}/timelines/{timelineId}/records               -> {"count":2,"value":[job, task]}
///   PATCH …/plans/{planId}/timelines/{timelineId}/records  {"value":[{id, log, variables}],"count":n} 200
/// 401 without valid auth, 404 for an unknown project/hub/plan/timeline/record/log or job/task id, 405 for a
/// wrong method, 400 for a malformed body, 413 over maxBodyBytes, 500 for an event after TaskCompleted.
class PlanListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanListener)

public:
    explicit PlanListener(QObject *parent = nullptr);
    ~PlanListener() override;

    /// Starts listening; listening again first closes. On failure returns false and errorString() says why.
    bool listen(const ListenerSettings &settings = {});
    /// Stops listening and drops open connections. The plan and the timeline stay readable.
    void close();
    bool isListening() const;
    QString errorString() const;
    const ListenerSettings &settings() const { return m_settings; }

    /// http://{address}:{port}/ as bound (a wildcard address reads as the loopback address); empty when closed.
    QUrl baseUrl() const;
    /// publicBaseUrl with a trailing slash, or baseUrl(): what PlanUrl / system.CollectionUri carry.
    QUrl collectionUrl() const;

    /// Arms a new plan for @p hubName (build, release, gates or checks) with fresh ids and a fresh AuthToken,
    /// and forgets the previous plan's timeline, logs and variables. Call after listen().
    PlanContext startPlan(const QString &hubName = QStringLiteral("build"));
    /// Arms a plan with given ids (its collectionUrl is replaced by collectionUrl()).
    void setPlan(const PlanContext &plan);
    bool hasPlan() const { return m_hasPlan; }
    const PlanContext &plan() const { return m_plan; }
    /// The `system.*` values for the current plan (see PlanContext::variables()).
    VariableSet planVariables() const;

    /// Every request received for the current plan, in order.
    const QList<CallbackEntry> &timeline() const { return m_timeline; }
    bool isCompleted() const { return m_result.has_value(); }
    /// The result of the first accepted TaskCompleted.
    std::optional<TaskResult> result() const { return m_result; }
    /// The sequence number of the entry that completed the task; 0 while not completed.
    int completedBy() const { return m_completedBy; }
    /// Variables the service set on the task's record (GET records, add "variables", PATCH back).
    VariableSet taskVariables() const { return m_taskVariables; }
    /// The feed lines and log appends, in order: the task's live log.
    const QStringList &liveLog() const { return m_liveLog; }

Q_SIGNALS:
    /// One per request received (any endpoint, also the rejected ones), after it was answered.
    void eventReceived(const RestGate::CallbackEntry &entry);
    /// One per line the service wrote to the feed or appended to a log.
    void logLine(const QString &line);
    /// The first accepted TaskCompleted.
    void completed(RestGate::TaskResult result);

private:
    struct LogState
    {
        int id = 0;
        QString path;
        int lineCount = 0;
        QDateTime createdOn;
        QDateTime lastChangedOn;
    };
    struct RecordState
    {
        QString id;
        QString parentId;
        QString type;
        QString name;
        QString state = QStringLiteral("pending");
        std::optional<TaskResult> result;
        QDateTime startTime;
        QDateTime finishTime;
        int logId = 0;
        int order = 1;
        VariableSet variables;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void process(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply);
    void handleEvent(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply);
    void handleFeed(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply);
    void handleLogCreate(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply);
    void handleLogAppend(const QHttpServerRequest &request, int logId, CallbackEntry &entry, ListenerReply &reply);
    void handleRecordsGet(CallbackEntry &entry, ListenerReply &reply);
    void handleRecordsUpdate(const QHttpServerRequest &request, CallbackEntry &entry, ListenerReply &reply);
    void recordIncident(const ConnectionIncident &incident);
    void record(CallbackEntry entry);
    void resetPlanState();
    QJsonObject logJson(const LogState &log) const;
    QJsonObject recordJson(const RecordState &record) const;
    QString planPath() const;
    QString describeCompletion() const;

    ListenerSettings m_settings;
    QHttpServer *m_server = nullptr; ///< a child; null while not listening
    GuardedTcpServer *m_tcpServer = nullptr; ///< owned by m_server
    QUrl m_baseUrl;
    QString m_errorString;

    PlanContext m_plan;
    bool m_hasPlan = false;
    QList<CallbackEntry> m_timeline;
    QStringList m_liveLog;
    QStringList m_pendingLines; ///< of the request being answered; emitted after eventReceived
    std::optional<TaskResult> m_result;
    int m_completedBy = 0;
    int m_startedBy = 0;
    QMap<int, LogState> m_logs;
    RecordState m_jobRecord;
    RecordState m_taskRecord;
    VariableSet m_taskVariables;
};

} // namespace RestGate
