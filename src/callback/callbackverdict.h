#pragma once

#include "callback/callbackentry.h"
#include "callback/plancontext.h"
#include "callback/taskresult.h"
#include "core/design/variables.h"
#include "core/request/redaction.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace RestGate {

/// How a Callback-mode dry run ended, as plain data: what Azure DevOps would have done with the task, and why.
struct CallbackVerdict
{
    enum class Outcome
    {
        Completed, ///< an accepted TaskCompleted arrived; `result` says how the task ends
        NotCompleted, ///< the wait ran out first: Azure DevOps would fail the task at its timeout
        Cancelled, ///< the user stopped waiting
        ListenerError, ///< there was nothing to wait on (not listening, no plan, listener gone)
    };

    Outcome outcome = Outcome::NotCompleted;
    std::optional<TaskResult> result; ///< set when Completed
    int completedBy = 0; ///< sequence of the TaskCompleted entry

    QString headline; ///< one or two sentences: what happened, and what Azure DevOps would do; user's language
    QString englishHeadline; ///< the same in English, for --format json
    QStringList problems; ///< "#3 POST …/events: taskId … is not …", every Problem check, in order
    QStringList warnings; ///< every Warning check, same form

    QDateTime finishedAt; ///< UTC
    qint64 waitedMs = 0;
    int waitLimitMs = 0;

    PlanContext plan;
    QList<CallbackEntry> timeline; ///< everything the listener received for the plan, up to finishedAt
    QStringList liveLog; ///< feed lines and log appends, in order
    VariableSet taskVariables; ///< variables the service set on the task's record

    /// Only `succeeded` passes; succeededWithIssues, failed, canceled, skipped, abandoned and no completion fail.
    bool passed() const { return outcome == Outcome::Completed && result == TaskResult::Succeeded; }

    /// PASSED, FAILED (completed with another result), NOT COMPLETED, CANCELLED, ERROR.
    QString label() const;

    /// The verdict as it may be shown: `redactor` (the initial call's, RunResult::redactor()) applied to every
    /// text, the timeline's targets, headers and bodies, and the live log. The AuthToken is masked already.
    CallbackVerdict displaySafe(const Redactor &redactor) const;

    /// The verdict as text for a terminal: label and headline, problems, warnings, then the timeline with the
    /// checks under each request.
    QString report() const;

    /// Reads the verdict off a timeline (everything but liveLog and taskVariables, which the caller copies from
    /// the listener). @p error explains a ListenerError.
    static CallbackVerdict build(Outcome outcome, const PlanContext &plan, const QList<CallbackEntry> &timeline,
                                 std::optional<TaskResult> result, int completedBy, qint64 waitedMs, int waitLimitMs,
                                 const QString &error = QString());

    /// "850 ms", "3.0 s", "2 min 5 s", "60 min"; `translated`: the decimal as the user's language writes it.
    static QString formatDuration(qint64 ms, bool translated = false);
};

} // namespace RestGate

Q_DECLARE_METATYPE(RestGate::CallbackVerdict)
