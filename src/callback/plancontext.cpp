#include "callback/plancontext.h"

#include "callback/guid.h"

namespace RestGate {

namespace {

QString valueOf(const VariableSet &set, const QString &name)
{
    const Variable *variable = set.find(name);
    return variable ? variable->value : Guid::fresh();
}

} // namespace

PlanContext PlanContext::generate(const QUrl &collectionUrl, const QString &hubName)
{
    // systemDefaults() already makes the ids and a token shaped like a job access token; taking them from there
    // keeps one definition of what a dry-run id looks like.
    const VariableSet defaults = VariableSet::systemDefaults();
    PlanContext plan;
    plan.collectionUrl = collectionUrl;
    if (!plan.collectionUrl.path().endsWith(u'/'))
        plan.collectionUrl.setPath(plan.collectionUrl.path() + u'/');
    plan.projectId = valueOf(defaults, QStringLiteral("system.TeamProjectId"));
    plan.hubName = hubName;
    plan.planId = valueOf(defaults, QStringLiteral("system.PlanId"));
    plan.jobId = valueOf(defaults, QStringLiteral("system.JobId"));
    plan.timelineId = valueOf(defaults, QStringLiteral("system.TimelineId"));
    plan.taskInstanceId = valueOf(defaults, QStringLiteral("system.TaskInstanceId"));
    plan.accessToken = valueOf(defaults, QStringLiteral("system.AccessToken"));
    return plan;
}

QStringList PlanContext::hubNames()
{
    return {QStringLiteral("build"), QStringLiteral("release"), QStringLiteral("gates"), QStringLiteral("checks")};
}

bool PlanContext::isKnownHub(const QString &hubName)
{
    return hubNames().contains(hubName, Qt::CaseInsensitive);
}

bool PlanContext::isGatesHub() const
{
    return hubName.compare(QLatin1String("gates"), Qt::CaseInsensitive) == 0;
}

bool PlanContext::isValid() const
{
    return collectionUrl.isValid() && isKnownHub(hubName) && !projectId.isEmpty() && !planId.isEmpty()
        && !jobId.isEmpty() && !timelineId.isEmpty() && !taskInstanceId.isEmpty() && !accessToken.isEmpty();
}

VariableSet PlanContext::variables() const
{
    VariableSet set(QStringLiteral("callback plan"));
    set.set(QStringLiteral("system.CollectionUri"), collectionUrl.toString(QUrl::FullyEncoded));
    set.set(QStringLiteral("system.TeamProjectId"), projectId);
    set.set(QStringLiteral("system.HostType"), hubName);
    set.set(QStringLiteral("system.PlanId"), planId);
    set.set(QStringLiteral("system.JobId"), jobId);
    set.set(QStringLiteral("system.TimelineId"), timelineId);
    set.set(QStringLiteral("system.TaskInstanceId"), taskInstanceId);
    set.set(QStringLiteral("system.AccessToken"), accessToken, true);
    return set;
}

QUrl PlanContext::eventsUrl() const
{
    QUrl url = collectionUrl;
    url.setPath(collectionUrl.path() + projectId + QLatin1String("/_apis/distributedtask/hubs/") + hubName
                + QLatin1String("/plans/") + planId + QLatin1String("/events"));
    url.setQuery(QStringLiteral("api-version=2.0-preview.1"));
    return url;
}

QString PlanContext::nameOf(const QString &value) const
{
    if (value.trimmed().isEmpty())
        return QString();
    if (Guid::isEmpty(value))
        return QStringLiteral("Guid.Empty");
    const std::pair<const QString &, QLatin1String> ids[] = {
        {jobId, QLatin1String("JobId")},         {taskInstanceId, QLatin1String("TaskInstanceId")},
        {planId, QLatin1String("PlanId")},       {timelineId, QLatin1String("TimelineId")},
        {projectId, QLatin1String("ProjectId")},
    };
    for (const auto &[id, name] : ids) {
        if (Guid::same(value, id))
            return name;
    }
    if (value == accessToken)
        return QStringLiteral("AuthToken");
    return QString();
}

} // namespace RestGate
