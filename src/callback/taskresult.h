#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace RestGate {

/// The `result` of a TaskCompleted event: Azure DevOps' TaskResult, with the numbers the REST type gives them.
enum class TaskResult
{
    Succeeded = 0,
    SucceededWithIssues = 1,
    Failed = 2,
    Canceled = 3,
    Skipped = 4,
    Abandoned = 5,
};

/// The camelCase spelling the REST API uses: "succeeded", "succeededWithIssues", "failed", ...
QString taskResultName(TaskResult result);
/// All six names, in numeric order.
QStringList taskResultNames();

/// Reads `result` the way the server's JSON reader does: a name in any case, or the number 0–5 (also as text).
///   "succeeded" -> Succeeded;  "FAILED" -> Failed;  2 -> Failed;  "5" -> Abandoned
///   "success" -> nullopt;  6 -> nullopt;  true -> nullopt
std::optional<TaskResult> parseTaskResult(const QJsonValue &value);

} // namespace RestGate

Q_DECLARE_METATYPE(RestGate::TaskResult)
