#pragma once

#include "core/design/displaytext.h"
#include "core/result/runresult.h"
#include "core/run/taskrunner.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace RestGate {

/// The evaluation options of a release gate (Azure DevOps' ReleaseDefinitionGatesOptions: stabilizationTime,
/// samplingInterval, minimumSuccessDuration, timeout) and of a synchronous Invoke REST API check, in milliseconds.
struct GateSettings
{
    qint64 delayMs = 0; ///< "Delay before evaluation"
    qint64 intervalMs = 5 * 60 * 1000; ///< "Time between re-evaluation of gates"
    qint64 minSuccessMs = 0; ///< "Minimum duration for steady results after a successful gates evaluation"
    qint64 timeoutMs = 15 * 60 * 1000; ///< "Timeout after which gates fail", counted from the start (delay included)

    /// "The time delay before pre-deployment gates are executed is capped at 48 hours"
    /// (https://learn.microsoft.com/azure/devops/pipelines/release/approvals/).
    static constexpr qint64 maxDelayMs = 48LL * 60 * 60 * 1000;
    /// "Azure Pipelines evaluates a single check instance at most 2,000 times"
    /// (https://learn.microsoft.com/azure/devops/pipelines/process/invoke-checks).
    static constexpr int maxEvaluations = 2000;

    /// Why these settings cannot be simulated (an empty string when they can): the first problem, in a sentence, in
    /// the user's language (the window and the CLI show it; nothing parses it).
    QString problem() const;
    /// Settings that work but that Microsoft advises against, as sentences in the user's language.
    QStringList advice() const;

    /// "30s", "5m", "1h", "1h30m", "250ms", "1.5s", or a bare number of seconds. False for anything else, or a
    /// negative duration or one of more than 30 days.
    /// @code
    /// parseDuration("90s") → 90000; parseDuration("1m30s") → 90000; parseDuration("0.25s") → 250
    /// @endcode
    static std::optional<qint64> parseDuration(const QString &text);
    /// The shortest text parseDuration() reads back to `ms`: 90000 → "1m30s", 250 → "250ms", 1500 → "1.5s".
    static QString formatDuration(qint64 ms);
};

/// One evaluation of the gate: a dry run of the task, as Azure DevOps sends it at each sampling interval.
struct GateEvaluation
{
    int number = 0; ///< 1-based
    qint64 offsetMs = 0; ///< when it started, from the start of the simulation
    RunResult::Verdict verdict = RunResult::Verdict::Error;
    int status = 0; ///< 0 when no response arrived
    QString statusText; ///< "200 OK", or empty
    qint64 latencyMs = 0;
    /// The reason that made it fail (the status rule, the criteria, the error) rather than the first reason, which
    /// for a 200 whose criteria is false says the status is fine. Empty when it passed. Display-safe.
    QString failingReason;

    bool passed() const { return verdict == RunResult::Verdict::Passed; }
    /// The sentence of a finished run's reasons that explains its verdict, from the display-safe copy.
    static QString failingReasonOf(const RunResult &result);
};

/// Re-evaluates a task the way Azure DevOps evaluates a release gate or a synchronous Invoke REST API check: after
/// the delay, one dry run per sampling interval, until the verdict has been PASSED for the minimum success duration
/// (Succeeded) or the timeout comes (TimedOut). A failing evaluation restarts the steady period. The documented rules
/// ("all the gates are periodically re-evaluated until all of them are successful at the same time", "the deployment
/// will be rejected if the timeout is reached before all gates succeed during the same sampling interval") are those
/// of https://learn.microsoft.com/azure/devops/pipelines/release/approvals/gates; what Microsoft leaves open is
/// decided as the README's gate table says.
///
/// Timing is fixed-rate from the first evaluation (evaluation n starts at delay + (n-1)·interval); an evaluation
/// still running when the next is due delays that one until it ends. The steady period is measured between those
/// scheduled times, so a run's outcome does not depend on timer jitter.
class GateSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateSimulator)

public:
    enum class Outcome
    {
        NotStarted,
        Running,
        Succeeded,
        TimedOut,
        Cancelled,
    };
    Q_ENUM(Outcome)

    explicit GateSimulator(TaskRunner *runner, QObject *parent = nullptr);
    ~GateSimulator() override;

    /// Starts simulating. False (and nothing starts) when `settings` has a problem() or the task completes by
    /// Callback, which a gate does not re-evaluate; errorString() says why.
    bool start(const RunInput &input, const GateSettings &settings, const RunOptions &options = {});
    /// Stops: the evaluation in flight is cancelled and recorded, and finished(Cancelled) is emitted. No-op when
    /// not running.
    void cancel();

    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    QString errorString() const { return m_error; } ///< in the user's language
    const GateSettings &settings() const { return m_settings; }
    const QList<GateEvaluation> &evaluations() const { return m_evaluations; }
    /// Milliseconds since start(); frozen once finished.
    qint64 elapsedMs() const;
    /// One sentence on how it ended (or where it stands while it runs); `translated`: in the user's language, for
    /// the window and the CLI's text, else English, for --format json.
    QString summary(bool translated = false) const;

    /// SUCCEEDED, TIMED OUT, CANCELLED, RUNNING, NOT STARTED: tokens, as the verdicts; `translated` for the window.
    static QString outcomeText(Outcome outcome, bool translated = false);

Q_SIGNALS:
    void evaluationStarted(int number, qint64 offsetMs);
    void evaluationFinished(const RestGate::GateEvaluation &evaluation);
    void finished(RestGate::GateSimulator::Outcome outcome);

private:
    void evaluate();
    void onRunFinished(const RunResult &result);
    void scheduleNext();
    void onTimeout();
    /// Ends the run in flight, if any, recording it as cancelled with `reason`.
    void abortRun(const QString &reason);
    void finish(Outcome outcome, const DisplayText &summary);

    TaskRunner *m_runner;
    RunInput m_input;
    RunOptions m_options;
    GateSettings m_settings;
    QTimer m_nextTimer;
    QTimer m_timeoutTimer;
    QElapsedTimer m_clock;
    qint64 m_finishedAtMs = -1;
    QPointer<TaskRun> m_run;
    qint64 m_runScheduledMs = 0; ///< the sampling time of the evaluation in flight (or the last one)
    qint64 m_runStartedMs = 0;
    qint64 m_streakStartMs = -1; ///< sampling time of the first evaluation of the current passing streak
    int m_streakFirst = 0; ///< its number
    QList<GateEvaluation> m_evaluations;
    Outcome m_outcome = Outcome::NotStarted;
    QString m_error;
    DisplayText m_summary;
};

} // namespace RestGate
