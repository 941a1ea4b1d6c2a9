#include "callback/taskresult.h"

#include <array>

namespace RestGate {

namespace {

constexpr std::array<TaskResult, 6> allResults {
    TaskResult::Succeeded, TaskResult::SucceededWithIssues, TaskResult::Failed, TaskResult::Canceled,
    TaskResult::Skipped,   TaskResult::Abandoned,
};

std::optional<TaskResult> fromNumber(qint64 number)
{
    if (number < 0 || number >= qint64(allResults.size()))
        return std::nullopt;
    return allResults[size_t(number)];
}

} // namespace

QString taskResultName(TaskResult result)
{
    switch (result) {
    case TaskResult::Succeeded:
        return QStringLiteral("succeeded");
    case TaskResult::SucceededWithIssues:
        return QStringLiteral("succeededWithIssues");
    case TaskResult::Failed:
        return QStringLiteral("failed");
    case TaskResult::Canceled:
        return QStringLiteral("canceled");
    case TaskResult::Skipped:
        return QStringLiteral("skipped");
    case TaskResult::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QString();
}

QStringList taskResultNames()
{
    QStringList names;
    for (const TaskResult result : allResults)
        names.append(taskResultName(result));
    return names;
}

std::optional<TaskResult> parseTaskResult(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // 2.5 is not an enum value; only whole numbers name one.
        if (number != double(qint64(number)))
            return std::nullopt;
        return fromNumber(qint64(number));
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber)
        return fromNumber(number);
    for (const TaskResult result : allResults) {
        if (text.compare(taskResultName(result), Qt::CaseInsensitive) == 0)
            return result;
    }
    return std::nullopt;
}

} // namespace RestGate
