#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace RestGate {

/// One deployment as the demo endpoint's deployment-status API reports it.
struct Deployment
{
    enum class Status
    {
        Queued,
        Running,
        Successful,
        Failed,
    };
    /// What moves a deployment on: each GET of it (the polling demo), or the calls back of /callback/deployments,
    /// whose TaskStarted and TaskCompleted set it running and then successful or failed.
    enum class Driver
    {
        Polling,
        Callback,
    };

    qint64 id = 0;
    QString name;
    QString environment;
    Status status = Status::Queued;
    Driver driver = Driver::Polling;

    /// "queued", "running", "successful", "failed".
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    static QStringList statusNames();

    /// 0 queued, 50 running, 100 successful; a failed deployment stopped half way, 50.
    int progress() const;

    /// The JSON object the API returns, e.g.
    /// `{"id":1,"name":"web","environment":"prod","status":"successful","progress":100,
    ///   "checks":[{"name":"artifact","status":"passed"},...],"url":"http://127.0.0.1:8765/deployments/1"}`.
    /// @p baseUrl ends with a slash; the deployment's own URL is `<baseUrl>deployments/<id>`.
    QJsonObject toJson(const QUrl &baseUrl) const;
};

/// Fields a PUT or PATCH changes; unset ones keep their value.
struct DeploymentChanges
{
    std::optional<QString> name;
    std::optional<QString> environment;
    std::optional<Deployment::Status> status;
};

/// The demo endpoint's state: deployments in memory, ordered by id. A fresh store is seeded with
/// id 1 "web" (prod, successful) and id 2 "api" (prod, failed), so a freshly started endpoint already
/// has one deployment a success criteria passes on and one it fails on. No I/O here.
class DeploymentStore
{
public:
    DeploymentStore();

    const QList<Deployment> &deployments() const { return m_deployments; }
    std::optional<Deployment> find(qint64 id) const;

    /// A new deployment, queued, with the next free id.
    Deployment create(const QString &name, const QString &environment,
                      Deployment::Driver driver = Deployment::Driver::Polling);

    /// What a GET of one deployment does: returns its state, then moves it one step on
    /// (queued → running → successful), so that successive polls see queued, running, successful, successful...
    /// Successful and failed deployments stay as they are, and so do those its callback drives: polling them does
    /// not race the result their TaskCompleted reports.
    std::optional<Deployment> poll(qint64 id);

    std::optional<Deployment> update(qint64 id, const DeploymentChanges &changes);
    bool remove(qint64 id);

private:
    Deployment *lookup(qint64 id);

    QList<Deployment> m_deployments;
    qint64 m_nextId = 1;
};

} // namespace RestGate
