#include "callback/callbackverdict.h"

#include <algorithm>

namespace RestGate {

namespace {

using Severity = CallbackCheck::Severity;

/// "POST /P/_apis/…/events" with the ids shortened to keep a line readable: the ids are in the plan section.
QString shortRequest(const CallbackEntry &entry)
{
    QString target = entry.target;
    const qsizetype query = target.indexOf(u'?');
    if (query >= 0)
        target.truncate(query);
    if (target.size() > 90)
        target = QStringLiteral("…") + target.right(89);
    return (entry.method.isEmpty() ? QStringLiteral("?") : entry.method) + u' '
        + (target.isEmpty() ? QStringLiteral("(no request line)") : target);
}

QString what(const CallbackEntry &entry)
{
    if (entry.kind == CallbackEntry::Kind::Event && !entry.summary.isEmpty())
        return entry.summary;
    return entry.summary.isEmpty() ? CallbackEntry::kindName(entry.kind)
                                   : CallbackEntry::kindName(entry.kind) + QStringLiteral(": ") + entry.summary;
}

QString localTime(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString lastRequest(const QList<CallbackEntry> &timeline)
{
    const CallbackEntry &last = timeline.constLast();
    return QStringLiteral("The last request it made was #%1 %2 (%3) at %4, answered %5.")
        .arg(QString::number(last.sequence), shortRequest(last), what(last), localTime(last.receivedAt),
             QString::number(last.status));
}

QString firstProblem(const CallbackEntry &entry)
{
    const QStringList problems = entry.texts(Severity::Problem);
    return problems.isEmpty() ? QString() : problems.constFirst();
}

} // namespace

CallbackVerdict CallbackVerdict::displaySafe(const Redactor &redactor) const
{
    if (redactor.isEmpty())
        return *this;
    CallbackVerdict shown = *this;
    shown.headline = redactor.apply(headline);
    shown.problems = redactor.apply(problems);
    shown.warnings = redactor.apply(warnings);
    shown.liveLog = redactor.apply(liveLog);
    for (CallbackEntry &entry : shown.timeline)
        entry = entry.displaySafe(redactor);
    return shown;
}

QString CallbackVerdict::label() const
{
    switch (outcome) {
    case Outcome::Completed:
        return passed() ? QStringLiteral("PASSED") : QStringLiteral("FAILED");
    case Outcome::NotCompleted:
        return QStringLiteral("NOT COMPLETED");
    case Outcome::Cancelled:
        return QStringLiteral("CANCELLED");
    case Outcome::ListenerError:
        return QStringLiteral("ERROR");
    }
    return QString();
}

QString CallbackVerdict::formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    const qint64 minutes = ms / 60'000;
    const qint64 seconds = (ms % 60'000) / 1000;
    return seconds == 0 ? QStringLiteral("%1 min").arg(minutes)
                        : QStringLiteral("%1 min %2 s").arg(minutes).arg(seconds);
}

CallbackVerdict CallbackVerdict::build(Outcome outcome, const PlanContext &plan, const QList<CallbackEntry> &timeline,
                                       std::optional<TaskResult> result, int completedBy, qint64 waitedMs,
                                       int waitLimitMs, const QString &error)
{
    CallbackVerdict verdict;
    verdict.outcome = outcome;
    verdict.result = outcome == Outcome::Completed ? result : std::nullopt;
    verdict.completedBy = outcome == Outcome::Completed ? completedBy : 0;
    verdict.finishedAt = QDateTime::currentDateTimeUtc();
    verdict.waitedMs = waitedMs;
    verdict.waitLimitMs = waitLimitMs;
    verdict.plan = plan;
    verdict.timeline = timeline;

    for (const CallbackEntry &entry : timeline) {
        const QString prefix =
            u'#' + QString::number(entry.sequence) + u' ' + shortRequest(entry) + QStringLiteral(": ");
        for (const QString &text : entry.texts(Severity::Problem))
            verdict.problems.append(prefix + text);
        for (const QString &text : entry.texts(Severity::Warning))
            verdict.warnings.append(prefix + text);
    }

    const QString waited = formatDuration(waitedMs);
    switch (outcome) {
    case Outcome::Completed: {
        const auto completing = std::find_if(timeline.cbegin(), timeline.cend(),
                                             [&](const CallbackEntry &entry) { return entry.sequence == completedBy; });
        const QString when =
            completing == timeline.cend() ? QString() : QStringLiteral(" at %1").arg(localTime(completing->receivedAt));
        const QString name = result ? taskResultName(*result) : QString();
        QString consequence;
        switch (result.value_or(TaskResult::Failed)) {
        case TaskResult::Succeeded:
            consequence = QStringLiteral("Azure DevOps would mark the task as succeeded.");
            break;
        case TaskResult::SucceededWithIssues:
            consequence = QStringLiteral("Azure DevOps would mark the task as succeeded with issues (partially "
                                         "succeeded); RestGate counts only succeeded as a pass.");
            break;
        default:
            consequence = QStringLiteral("Azure DevOps would mark the task as %1.").arg(name);
            break;
        }
        verdict.headline =
            QStringLiteral("The service completed the task: TaskCompleted with result %1 (request #%2%3). ")
                .arg(name)
                .arg(completedBy)
                .arg(when)
            + consequence;
        break;
    }
    case Outcome::NotCompleted: {
        const QString timeoutConsequence =
            QStringLiteral("Azure DevOps would keep the task running until its timeout and then fail it.");
        if (timeline.isEmpty()) {
            verdict.headline = QStringLiteral("The service never called back: no request reached the listener at %1 "
                                              "in %2. ")
                                   .arg(plan.collectionUrl.toString(), waited)
                + timeoutConsequence;
            break;
        }
        const auto rejectedCompletion =
            std::find_if(timeline.crbegin(), timeline.crend(), [](const CallbackEntry &entry) {
                return entry.eventName.compare(QLatin1String("TaskCompleted"), Qt::CaseInsensitive) == 0
                    && entry.status >= 400;
            });
        if (rejectedCompletion != timeline.crend()) {
            verdict.headline = QStringLiteral("The service called back, but its TaskCompleted (request #%1) was "
                                              "rejected with %2: %3 ")
                                   .arg(rejectedCompletion->sequence)
                                   .arg(rejectedCompletion->status)
                                   .arg(firstProblem(*rejectedCompletion))
                + timeoutConsequence + u' ' + lastRequest(timeline);
        } else {
            verdict.headline =
                QStringLiteral("The service never completed the task: no TaskCompleted arrived in %1. ").arg(waited)
                + timeoutConsequence + u' ' + lastRequest(timeline);
        }
        break;
    }
    case Outcome::Cancelled:
        verdict.headline =
            QStringLiteral("The wait was cancelled after %1, before the service completed the task. ").arg(waited)
            + (timeline.isEmpty() ? QStringLiteral("No request had reached the listener.") : lastRequest(timeline));
        break;
    case Outcome::ListenerError:
        verdict.headline = QStringLiteral("Nothing to wait on: %1").arg(error);
        break;
    }
    return verdict;
}

QString CallbackVerdict::report() const
{
    QString text = label() + QStringLiteral(": ") + headline + u'\n';
    if (!problems.isEmpty()) {
        text += QStringLiteral("\nProblems:\n");
        for (const QString &problem : problems)
            text += QStringLiteral("  - ") + problem + u'\n';
    }
    if (!warnings.isEmpty()) {
        text += QStringLiteral("\nWarnings:\n");
        for (const QString &warning : warnings)
            text += QStringLiteral("  - ") + warning + u'\n';
    }
    text += QStringLiteral("\nPlan: PlanUrl %1, ProjectId %2, HubName %3, PlanId %4, JobId %5, TimelineId %6, "
                           "TaskInstanceId %7\n")
                .arg(plan.collectionUrl.toString(), plan.projectId, plan.hubName, plan.planId, plan.jobId,
                     plan.timelineId, plan.taskInstanceId);
    text += QStringLiteral("\nTimeline (%1):\n")
                .arg(timeline.isEmpty() ? QStringLiteral("no requests")
                                        : QString::number(timeline.size()) + QStringLiteral(" requests"));
    for (const CallbackEntry &entry : timeline) {
        text += QStringLiteral("  ") + entry.describe() + u'\n';
        for (const CallbackCheck &check : entry.checks)
            text += QStringLiteral("      [") + CallbackCheck::severityLabel(check.severity) + QStringLiteral("] ")
                + check.text + u'\n';
    }
    if (!liveLog.isEmpty()) {
        text += QStringLiteral("\nTask log:\n");
        for (const QString &line : liveLog)
            text += QStringLiteral("  ") + line + u'\n';
    }
    if (!taskVariables.variables().isEmpty()) {
        text += QStringLiteral("\nVariables set by the service:\n");
        for (const Variable &variable : taskVariables.variables())
            text += QStringLiteral("  ") + variable.name + QStringLiteral(" = ")
                + (variable.secret ? QStringLiteral("*** (secret)") : variable.value) + u'\n';
    }
    return text;
}

} // namespace RestGate
