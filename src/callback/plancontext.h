#pragma once

#include "core/design/variables.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace RestGate {

/// The ids of one dry-run plan: what Azure DevOps hands a Callback-mode service through the task's default
/// headers (PlanUrl, ProjectId, HubName, PlanId, JobId, TimelineId, TaskInstanceId, AuthToken), and what the
/// PlanListener expects back.
struct PlanContext
{
    QUrl collectionUrl; ///< PlanUrl / system.CollectionUri; always ends with '/', as the real variable does
    QString projectId;
    QString hubName; ///< build, release, gates or checks, as the user chose it (matched case-insensitively)
    QString planId;
    QString jobId;
    QString timelineId;
    QString taskInstanceId;
    QString accessToken; ///< the job access token a service must authenticate with

    /// Fresh GUIDs and a fresh random token (from VariableSet::systemDefaults()) for a plan in @p hubName.
    static PlanContext generate(const QUrl &collectionUrl, const QString &hubName);

    /// "build", "release", "gates", "checks": the hubs a server task's plan can live in.
    static QStringList hubNames();
    /// Case-insensitive, like the server's route: "Build" and "GATES" are hubs.
    static bool isKnownHub(const QString &hubName);
    bool isGatesHub() const;
    bool isValid() const;

    /// The `system.*` values to overlay on the dry-run variables so that the task's default headers carry this
    /// plan: CollectionUri, TeamProjectId, HostType (= hubName), PlanId, JobId, TimelineId, TaskInstanceId and
    /// AccessToken (secret).
    VariableSet variables() const;

    /// Where the events of this plan go, as a correct service builds it:
    /// {collectionUrl}{projectId}/_apis/distributedtask/hubs/{hubName}/plans/{planId}/events?api-version=2.0-preview.1
    QUrl eventsUrl() const;

    /// Which of this plan's values @p value is, by the header name a service received it under: "JobId",
    /// "TaskInstanceId", "PlanId", "TimelineId", "ProjectId", "AuthToken", or "Guid.Empty" for the empty GUID;
    /// empty when it is none of them. Lets a diagnosis say "taskId is the JobId" instead of just "wrong".
    QString nameOf(const QString &value) const;

    friend bool operator==(const PlanContext &, const PlanContext &) = default;
};

} // namespace RestGate
