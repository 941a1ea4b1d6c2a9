#include "demo/deploymentstore.h"

#include <QJsonArray>

#include <algorithm>

namespace RestGate {

namespace {

/// The checks a deployment runs, in order. Their states follow from the deployment's status, so that a criteria
/// such as `eq(count(jsonpath('$.checks[?(@.status == ''failed'')]')), 0)` has something real to count.
QJsonArray checksFor(Deployment::Status status)
{
    const auto check = [](const char *name, const char *state) {
        return QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                            {QStringLiteral("status"), QLatin1String(state)}};
    };
    switch (status) {
    case Deployment::Status::Queued:
        return {check("artifact", "pending"), check("smoke-tests", "pending"), check("health-probe", "pending")};
    case Deployment::Status::Running:
        return {check("artifact", "passed"), check("smoke-tests", "running"), check("health-probe", "pending")};
    case Deployment::Status::Successful:
        return {check("artifact", "passed"), check("smoke-tests", "passed"), check("health-probe", "passed")};
    case Deployment::Status::Failed:
        return {check("artifact", "passed"), check("smoke-tests", "failed"), check("health-probe", "skipped")};
    }
    return {};
}

} // namespace

QString Deployment::statusName(Status status)
{
    switch (status) {
    case Status::Queued:
        return QStringLiteral("queued");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Successful:
        return QStringLiteral("successful");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<Deployment::Status> Deployment::statusFromName(const QString &name)
{
    for (const Status status : {Status::Queued, Status::Running, Status::Successful, Status::Failed}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QStringList Deployment::statusNames()
{
    return {statusName(Status::Queued), statusName(Status::Running), statusName(Status::Successful),
            statusName(Status::Failed)};
}

int Deployment::progress() const
{
    switch (status) {
    case Status::Queued:
        return 0;
    case Status::Running:
    case Status::Failed:
        return 50;
    case Status::Successful:
        return 100;
    }
    return 0;
}

QJsonObject Deployment::toJson(const QUrl &baseUrl) const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("progress"), progress()},
        {QStringLiteral("checks"), checksFor(status)},
        {QStringLiteral("url"), baseUrl.resolved(QUrl(QStringLiteral("deployments/%1").arg(id))).toString()},
    };
}

DeploymentStore::DeploymentStore()
{
    create(QStringLiteral("web"), QStringLiteral("prod"));
    create(QStringLiteral("api"), QStringLiteral("prod"));
    m_deployments[0].status = Deployment::Status::Successful;
    m_deployments[1].status = Deployment::Status::Failed;
}

std::optional<Deployment> DeploymentStore::find(qint64 id) const
{
    const auto it = std::find_if(m_deployments.cbegin(), m_deployments.cend(),
                                 [id](const Deployment &deployment) { return deployment.id == id; });
    if (it == m_deployments.cend())
        return std::nullopt;
    return *it;
}

Deployment DeploymentStore::create(const QString &name, const QString &environment, Deployment::Driver driver)
{
    Deployment deployment;
    deployment.id = m_nextId++;
    deployment.name = name;
    deployment.environment = environment;
    deployment.driver = driver;
    m_deployments.append(deployment);
    return deployment;
}

std::optional<Deployment> DeploymentStore::poll(qint64 id)
{
    Deployment *deployment = lookup(id);
    if (!deployment)
        return std::nullopt;
    const Deployment seen = *deployment;
    if (deployment->driver == Deployment::Driver::Callback)
        return seen;
    if (deployment->status == Deployment::Status::Queued)
        deployment->status = Deployment::Status::Running;
    else if (deployment->status == Deployment::Status::Running)
        deployment->status = Deployment::Status::Successful;
    return seen;
}

std::optional<Deployment> DeploymentStore::update(qint64 id, const DeploymentChanges &changes)
{
    Deployment *deployment = lookup(id);
    if (!deployment)
        return std::nullopt;
    if (changes.name)
        deployment->name = *changes.name;
    if (changes.environment)
        deployment->environment = *changes.environment;
    if (changes.status)
        deployment->status = *changes.status;
    return *deployment;
}

bool DeploymentStore::remove(qint64 id)
{
    return m_deployments.removeIf([id](const Deployment &deployment) { return deployment.id == id; }) > 0;
}

Deployment *DeploymentStore::lookup(qint64 id)
{
    for (Deployment &deployment : m_deployments) {
        if (deployment.id == id)
            return &deployment;
    }
    return nullptr;
}

} // namespace RestGate
