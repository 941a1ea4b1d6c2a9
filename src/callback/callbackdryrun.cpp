#include "callback/callbackdryrun.h"

#include "callback/callbackwait.h"
#include "callback/planlistener.h"
#include "core/design/displaytext.h"

namespace RestGate {

CallbackDryRun::CallbackDryRun(TaskRunner *runner, PlanListener *listener, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_listener(listener)
{
}

CallbackDryRun::~CallbackDryRun()
{
    if (m_run)
        m_run->cancel();
}

int CallbackDryRun::taskWaitMs(const TaskConfig &task)
{
    if (task.timeoutInMinutes && *task.timeoutInMinutes > 0)
        return int(qMin<qint64>(qint64(*task.timeoutInMinutes) * 60'000, std::numeric_limits<int>::max()));
    return CallbackWait::defaultTaskTimeoutMs;
}

bool CallbackDryRun::isWaiting() const
{
    return m_wait && m_wait->isRunning();
}

void CallbackDryRun::start(RunInput input, const Options &options)
{
    m_options = options;
    m_cancelled = false;
    m_waitMs = options.waitMs >= 0 ? options.waitMs : taskWaitMs(input.task);
    m_listener->startPlan(options.hubName);
    // The task's headers and body carry the plan as the user wrote them; only the system.* values change.
    input.variables = input.variables.overlaidWith(m_listener->planVariables());
    m_run = m_runner->start(input, options.run);
    connect(m_run, &TaskRun::finished, this, &CallbackDryRun::onInitialCall);
}

void CallbackDryRun::cancel()
{
    m_cancelled = true;
    if (m_run)
        m_run->cancel();
    if (m_wait)
        m_wait->cancel();
}

void CallbackDryRun::onInitialCall(const RunResult &result)
{
    m_initial = result;
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    Q_EMIT initialCallFinished(result);
    if (result.verdict != RunResult::Verdict::NotCompleted || m_cancelled) {
        // The service never accepted the call (or the user stopped): Azure DevOps fails the task here.
        CallbackVerdict verdict = CallbackVerdict::build(
            m_cancelled ? CallbackVerdict::Outcome::Cancelled : CallbackVerdict::Outcome::NotCompleted,
            m_listener->plan(), m_listener->timeline(), std::nullopt, 0, 0, m_waitMs);
        const DisplayText headline = m_cancelled
            ? DisplayText::translate("RestGate::CallbackVerdict", "The dry run was cancelled.")
            : DisplayText::translate("RestGate::CallbackVerdict",
                                     "The initial call did not succeed, so the task fails before any callback.");
        verdict.headline = headline.shown;
        verdict.englishHeadline = headline.english;
        Q_EMIT finished(result, verdict);
        return;
    }
    delete m_wait;
    m_wait = new CallbackWait(m_listener, this);
    m_wait->setGracePeriodMs(m_options.graceMs);
    connect(m_wait, &CallbackWait::finished, this, &CallbackDryRun::onWaitFinished);
    // The server's clock for the task starts with the request.
    m_wait->start(int(qMax<qint64>(0, m_waitMs - result.msTotal)));
}

void CallbackDryRun::onWaitFinished(const CallbackVerdict &verdict)
{
    RunResult result = m_initial;
    result.reasons = {m_initial.reasons.value(0), verdict.headline};
    for (const QString &problem : verdict.problems)
        result.reasons.append(problem);
    switch (verdict.outcome) {
    case CallbackVerdict::Outcome::Completed:
        result.verdict = verdict.passed() ? RunResult::Verdict::Passed : RunResult::Verdict::Failed;
        break;
    case CallbackVerdict::Outcome::NotCompleted:
        result.verdict = RunResult::Verdict::TimedOut;
        break;
    case CallbackVerdict::Outcome::Cancelled:
        result.verdict = RunResult::Verdict::Cancelled;
        result.errorKind = RunResult::ErrorKind::Cancelled;
        break;
    case CallbackVerdict::Outcome::ListenerError:
        result.verdict = RunResult::Verdict::Error;
        break;
    }
    for (const QString &line : verdict.liveLog)
        result.log += line + QLatin1Char('\n');
    result.msTotal = m_initial.msTotal + verdict.waitedMs;
    Q_EMIT finished(result, verdict);
}

} // namespace RestGate
