#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace RestGate {

/// A request path taken apart the way the plan endpoints read it. Parsing never fails: what does not fit is left
/// for the listener to explain (Endpoint::Unknown, extraPrefix, missingProject, doubledSlash).
///
///   "/P/_apis/distributedtask/hubs/build/plans/X/events"                    -> Events, project P, hub build, plan X
///   "/P/_apis/distributedtask/hubs/build/plans/X/timelines/T/records/J/feed" -> Feed, timeline T, record J
///   "/P/_apis/distributedtask/hubs/build/plans/X/logs/3"                    -> Log, log "3"
///   "//P/_apis/…/events"                                                    -> Events, doubledSlash "//P"
///   "/DefaultCollection/P/_apis/…/events"                                   -> Events, extraPrefix
///   ["DefaultCollection"]
///   "/_apis/…/events"                                                       -> Events, missingProject
struct CallbackRoute
{
    enum class Endpoint
    {
        Unknown,
        Events, ///< …/plans/{planId}/events
        Feed, ///< …/plans/{planId}/timelines/{timelineId}/records/{recordId}/feed
        Logs, ///< …/plans/{planId}/logs
        Log, ///< …/plans/{planId}/logs/{logId}
        Records, ///< …/plans/{planId}/timelines/{timelineId}/records
    };

    Endpoint endpoint = Endpoint::Unknown;
    bool underApis = false; ///< the path has an `_apis/distributedtask/hubs/{hub}/plans/{plan}` part
    QString projectId; ///< the segment right before `_apis`
    QString hubName;
    QString planId;
    QString timelineId;
    QString recordId;
    QString logId;
    QStringList extraPrefix; ///< segments between the collection path and the project id
    bool missingProject = false; ///< nothing between the collection path and `_apis`
    QString doubledSlash; ///< the first `//` with the segment after it ("//P"); empty when there is none

    /// @p path is the path as sent (no query). @p collectionPath is the path of the collection URL ("/" or
    /// "/org/"): requests may carry it (a tunnel that forwards the whole path) or not (one that strips it).
    static CallbackRoute parse(QStringView path, QStringView collectionPath);

    static QString endpointName(Endpoint endpoint); ///< "events", "feed", "logs", "log", "records", "unknown"
};

} // namespace RestGate
