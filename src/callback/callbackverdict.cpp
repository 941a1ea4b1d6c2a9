#include "callback/callbackverdict.h"

#include "core/design/displaytext.h"

#include <QCoreApplication>

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

DisplayText lastRequest(const QList<CallbackEntry> &timeline)
{
    const CallbackEntry &last = timeline.constLast();
    return DisplayText::translate("RestGate::CallbackVerdict",
                                  "The last request it made was #%1 %2 (%3) at %4, answered %5.")
        .arg(QString::number(last.sequence), shortRequest(last), what(last))
        .arg(localTime(last.receivedAt), QString::number(last.status));
}

// Two sentences joined, in both forms.
DisplayText joined(const DisplayText &a, const DisplayText &b)
{
    return {a.english + u' ' + b.english, a.shown + u' ' + b.shown};
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
    shown.englishHeadline = redactor.apply(englishHeadline);
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

QString CallbackVerdict::formatDuration(qint64 ms, bool translated)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(translated ? shownLocale().toString(ms / 1000.0, 'f', 1)
                                                     : QString::number(ms / 1000.0, 'f', 1));
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

    // "3,0 s" in a German headline, "3.0 s" in the English one.
    const DisplayText waited {formatDuration(waitedMs), formatDuration(waitedMs, true)};
    DisplayText headline;
    switch (outcome) {
    case Outcome::Completed: {
        const auto completing = std::find_if(timeline.cbegin(), timeline.cend(),
                                             [&](const CallbackEntry &entry) { return entry.sequence == completedBy; });
        const DisplayText when = completing == timeline.cend()
            ? DisplayText()
            : DisplayText::translate("RestGate::CallbackVerdict", " at %1").arg(localTime(completing->receivedAt));
        const QString name = result ? taskResultName(*result) : QString();
        DisplayText consequence;
        switch (result.value_or(TaskResult::Failed)) {
        case TaskResult::Succeeded:
            consequence =
                DisplayText::translate("RestGate::CallbackVerdict", "Azure DevOps would mark the task as succeeded.");
            break;
        case TaskResult::SucceededWithIssues:
            consequence = DisplayText::translate("RestGate::CallbackVerdict",
                                                 "Azure DevOps would mark the task as succeeded with issues "
                                                 "(partially succeeded); RestGate counts only succeeded as a pass.");
            break;
        default:
            consequence = DisplayText::translate("RestGate::CallbackVerdict", "Azure DevOps would mark the task as %1.")
                              .arg(name);
            break;
        }
        headline = joined(
            DisplayText::translate("RestGate::CallbackVerdict",
                                   "The service completed the task: TaskCompleted with result %1 "
                                   "(request #%2%3).")
                .arg(DisplayText(name, name), DisplayText(QString::number(completedBy), QString::number(completedBy)))
                .arg(when),
            consequence);
        break;
    }
    case Outcome::NotCompleted: {
        const DisplayText timeoutConsequence =
            DisplayText::translate("RestGate::CallbackVerdict",
                                   "Azure DevOps would keep the task running until its timeout and then fail it.");
        if (timeline.isEmpty()) {
            headline =
                joined(DisplayText::translate("RestGate::CallbackVerdict",
                                              "The service never called back: no request reached the "
                                              "listener at %1 in %2.")
                           .arg(DisplayText(plan.collectionUrl.toString(), plan.collectionUrl.toString()), waited),
                       timeoutConsequence);
            break;
        }
        const auto rejectedCompletion =
            std::find_if(timeline.crbegin(), timeline.crend(), [](const CallbackEntry &entry) {
                return entry.eventName.compare(QLatin1String("TaskCompleted"), Qt::CaseInsensitive) == 0
                    && entry.status >= 400;
            });
        if (rejectedCompletion != timeline.crend()) {
            // The listener's check is the text its answer to the service carried: English, as Azure DevOps' own.
            headline =
                joined(joined(DisplayText::translate("RestGate::CallbackVerdict",
                                                     "The service called back, but its TaskCompleted "
                                                     "(request #%1) was rejected with %2: %3")
                                  .arg(QString::number(rejectedCompletion->sequence),
                                       QString::number(rejectedCompletion->status), firstProblem(*rejectedCompletion)),
                              timeoutConsequence),
                       lastRequest(timeline));
        } else {
            headline = joined(joined(DisplayText::translate("RestGate::CallbackVerdict",
                                                            "The service never completed the task: no "
                                                            "TaskCompleted arrived in %1.")
                                         .arg(waited),
                                     timeoutConsequence),
                              lastRequest(timeline));
        }
        break;
    }
    case Outcome::Cancelled:
        headline =
            joined(DisplayText::translate("RestGate::CallbackVerdict",
                                          "The wait was cancelled after %1, before the service completed the task.")
                       .arg(waited),
                   timeline.isEmpty()
                       ? DisplayText::translate("RestGate::CallbackVerdict", "No request had reached the listener.")
                       : lastRequest(timeline));
        break;
    case Outcome::ListenerError:
        headline = DisplayText::translate("RestGate::CallbackVerdict", "Nothing to wait on: %1").arg(error);
        break;
    }
    verdict.headline = headline.shown;
    verdict.englishHeadline = headline.english;
    return verdict;
}

QString CallbackVerdict::report() const
{
    QString text = label() + QStringLiteral(": ") + headline + u'\n';
    if (!problems.isEmpty()) {
        text += u'\n' + QCoreApplication::translate("RestGate::CallbackVerdict", "Problems:") + u'\n';
        for (const QString &problem : problems)
            text += QStringLiteral("  - ") + problem + u'\n';
    }
    if (!warnings.isEmpty()) {
        text += u'\n' + QCoreApplication::translate("RestGate::CallbackVerdict", "Warnings:") + u'\n';
        for (const QString &warning : warnings)
            text += QStringLiteral("  - ") + warning + u'\n';
    }
    text += QStringLiteral("\nPlan: PlanUrl %1, ProjectId %2, HubName %3, PlanId %4, JobId %5, TimelineId %6, "
                           "TaskInstanceId %7\n")
                .arg(plan.collectionUrl.toString(), plan.projectId, plan.hubName, plan.planId, plan.jobId,
                     plan.timelineId, plan.taskInstanceId);
    text += u'\n'
        + (timeline.isEmpty() ? QCoreApplication::translate("RestGate::CallbackVerdict", "Timeline (no requests):")
                              : QCoreApplication::translate("RestGate::CallbackVerdict", "Timeline (%1 requests):")
                                    .arg(timeline.size()))
        + u'\n';
    for (const CallbackEntry &entry : timeline) {
        text += QStringLiteral("  ") + entry.describe() + u'\n';
        for (const CallbackCheck &check : entry.checks)
            text += QStringLiteral("      [") + CallbackCheck::severityLabel(check.severity) + QStringLiteral("] ")
                + check.text + u'\n';
    }
    if (!liveLog.isEmpty()) {
        text += u'\n' + QCoreApplication::translate("RestGate::CallbackVerdict", "Task log:") + u'\n';
        for (const QString &line : liveLog)
            text += QStringLiteral("  ") + line + u'\n';
    }
    if (!taskVariables.variables().isEmpty()) {
        text +=
            u'\n' + QCoreApplication::translate("RestGate::CallbackVerdict", "Variables set by the service:") + u'\n';
        for (const Variable &variable : taskVariables.variables())
            text += QStringLiteral("  ") + variable.name + QStringLiteral(" = ")
                + (variable.secret ? QStringLiteral("*** (secret)") : variable.value) + u'\n';
    }
    return text;
}

} // namespace RestGate
