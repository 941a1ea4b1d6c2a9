#include "core/run/gatesimulator.h"

#include "core/result/criteriajudge.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace RestGate {

namespace {

/// QTimer counts in int milliseconds (~24.8 days); RestGate keeps well below that.
constexpr qint64 maxDurationMs = 20LL * 24 * 60 * 60 * 1000;

qint64 firstPossibleSuccessMs(const GateSettings &s)
{
    // Success is decided at a sampling time at least minSuccess after the first one of the streak; the earliest
    // streak starts with the first evaluation, at the delay.
    const qint64 steps = s.intervalMs > 0 ? (s.minSuccessMs + s.intervalMs - 1) / s.intervalMs : 0;
    return s.delayMs + steps * s.intervalMs;
}

} // namespace

QString GateSettings::problem() const
{
    const auto d = &GateSettings::formatDuration;
    if (intervalMs <= 0)
        return QCoreApplication::translate("RestGate::GateSimulator",
                                           "The time between evaluations must be longer than 0.");
    if (delayMs < 0 || minSuccessMs < 0 || timeoutMs < 0)
        return QCoreApplication::translate("RestGate::GateSimulator", "A duration cannot be negative.");
    if (delayMs > maxDelayMs)
        return QCoreApplication::translate("RestGate::GateSimulator",
                                           "The delay before evaluation is %1; Azure DevOps caps it at 48 hours.")
            .arg(d(delayMs));
    if (timeoutMs > maxDurationMs || intervalMs > maxDurationMs || minSuccessMs > maxDurationMs)
        return QCoreApplication::translate("RestGate::GateSimulator", "RestGate simulates a gate for at most %1.")
            .arg(d(maxDurationMs));
    if (timeoutMs <= delayMs)
        return QCoreApplication::translate(
                   "RestGate::GateSimulator",
                   "The timeout (%1) must be longer than the delay before evaluation (%2): nothing would "
                   "be evaluated.")
            .arg(d(timeoutMs), d(delayMs));
    const qint64 earliest = firstPossibleSuccessMs(*this);
    if (earliest >= timeoutMs)
        return QCoreApplication::translate(
                   "RestGate::GateSimulator",
                   "The gate can never succeed: with a delay of %1, evaluations every %2 and a minimum "
                   "success duration of %3, the earliest evaluation that could end it starts at %4, not "
                   "before the timeout (%5).")
            .arg(d(delayMs), d(intervalMs), d(minSuccessMs), d(earliest), d(timeoutMs));
    return {};
}

QStringList GateSettings::advice() const
{
    QStringList advice;
    if (intervalMs <= 0)
        return advice;
    const qint64 evaluations = (timeoutMs - delayMs + intervalMs - 1) / intervalMs;
    if (timeoutMs > 10 * intervalMs) {
        advice.append(
            QCoreApplication::translate("RestGate::GateSimulator",
                                        "For a synchronous Invoke REST API check Microsoft recommends a timeout of at "
                                        "most 10 times the time between evaluations (here %1 times).")
                .arg(shownLocale().toString(double(timeoutMs) / double(intervalMs), 'g', 3)));
    }
    if (evaluations > maxEvaluations) {
        advice.append(
            QCoreApplication::translate("RestGate::GateSimulator",
                                        "Azure Pipelines evaluates a check at most %1 times; up to %2 evaluations fit "
                                        "here, and the simulation stops at %1 too.")
                .arg(maxEvaluations)
                .arg(evaluations));
    }
    return advice;
}

std::optional<qint64> GateSettings::parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    double total = 0;
    bool bare = false;
    const double plain = trimmed.toDouble(&bare);
    if (bare) {
        total = plain * 1000;
    } else {
        static const QRegularExpression token(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
        qsizetype position = 0;
        while (position < trimmed.size()) {
            const QRegularExpressionMatch match = token.match(trimmed, position, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch())
                return std::nullopt;
            const double value = match.captured(1).toDouble();
            const QString unit = match.captured(2);
            const double factor = unit == QLatin1String("ms") ? 1
                : unit == QLatin1String("s")                  ? 1000
                : unit == QLatin1String("m")                  ? 60'000
                                                              : 3'600'000;
            total += value * factor;
            position = match.capturedEnd();
        }
    }
    // !(x <= max) is also true for NaN.
    if (!(total >= 0) || !(total <= double(maxDurationMs)))
        return std::nullopt;
    return qint64(std::llround(total));
}

QString GateSettings::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QLatin1Char('-') + formatDuration(-ms);
    if (ms == 0)
        return QStringLiteral("0s");
    if (ms < 1000)
        return QStringLiteral("%1ms").arg(ms);
    QString text;
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = ms % 3'600'000 / 60'000;
    const qint64 millis = ms % 60'000;
    if (hours > 0)
        text += QStringLiteral("%1h").arg(hours);
    if (minutes > 0)
        text += QStringLiteral("%1m").arg(minutes);
    if (millis > 0) {
        if (millis % 1000 == 0)
            text += QStringLiteral("%1s").arg(millis / 1000);
        else
            text += QString::number(double(millis) / 1000.0, 'f', 3).remove(QRegularExpression(QStringLiteral("0+$")))
                + QLatin1Char('s');
    }
    return text;
}

QString GateEvaluation::failingReasonOf(const RunResult &result)
{
    if (result.passed())
        return {};
    const RunResult shown = result.displaySafe();
    const bool answered =
        shown.status > 0 && !shown.request.isCallback && shown.errorKind == RunResult::ErrorKind::None;
    if (answered) {
        const bool statusPasses =
            shown.status == 200 || (shown.options.treatAny2xxAsSuccess && shown.status >= 200 && shown.status < 300);
        // An answered run's first reason is always about the status; when the status is fine, it is not why the
        // run failed.
        if (!statusPasses)
            return shown.reasons.value(0);
        if (shown.criteria && !shown.criteria->passed()) {
            const QString criteriaReason = CriteriaJudge::reasons(*shown.criteria).value(0);
            if (!criteriaReason.isEmpty())
                return criteriaReason;
        }
        return shown.reasons.value(1, shown.reasons.value(0));
    }
    if (!shown.reasons.isEmpty())
        return shown.reasons.first();
    return shown.errorString;
}

GateSimulator::GateSimulator(TaskRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    for (QTimer *timer : {&m_nextTimer, &m_timeoutTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_nextTimer, &QTimer::timeout, this, &GateSimulator::evaluate);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &GateSimulator::onTimeout);
}

GateSimulator::~GateSimulator()
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
        m_run->deleteLater();
    }
}

bool GateSimulator::start(const RunInput &input, const GateSettings &settings, const RunOptions &options)
{
    if (isRunning()) {
        m_error = QCoreApplication::translate("RestGate::GateSimulator", "The gate simulation is already running.");
        return false;
    }
    m_error = settings.problem();
    if (m_error.isEmpty() && input.task.isCallback()) {
        m_error = QCoreApplication::translate(
            "RestGate::GateSimulator",
            "The task completes by Callback: its decision comes from the service's "
            "TaskCompleted event, not from re-evaluating the response, so it is not simulated as "
            "a gate. Use Send or restgate-cli run without --poll.");
    }
    if (!m_error.isEmpty())
        return false;
    m_input = input;
    m_settings = settings;
    m_options = options;
    m_evaluations.clear();
    m_streakStartMs = -1;
    m_streakFirst = 0;
    m_finishedAtMs = -1;
    m_summary = {};
    m_outcome = Outcome::Running;
    m_clock.start();
    m_timeoutTimer.start(int(settings.timeoutMs));
    m_runScheduledMs = settings.delayMs;
    m_nextTimer.start(int(settings.delayMs));
    return true;
}

void GateSimulator::cancel()
{
    if (!isRunning())
        return;
    abortRun(QCoreApplication::translate("RestGate::GateSimulator", "Stopped before this evaluation finished."));
    if (!isRunning()) // a slot connected to evaluationFinished may have ended it
        return;
    finish(Outcome::Cancelled,
           DisplayText::translate("RestGate::GateSimulator", "Stopped after %1 and %2 evaluation(s).")
               .arg(GateSettings::formatDuration(elapsedMs()))
               .arg(qint64(m_evaluations.size())));
}

qint64 GateSimulator::elapsedMs() const
{
    if (m_finishedAtMs >= 0)
        return m_finishedAtMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

QString GateSimulator::summary(bool translated) const
{
    if (m_outcome == Outcome::Running) {
        const DisplayText text =
            DisplayText::translate("RestGate::GateSimulator", "Evaluating: %1 evaluation(s) in %2.")
                .arg(qint64(m_evaluations.size()))
                .arg(GateSettings::formatDuration(elapsedMs()));
        return translated ? text.shown : text.english;
    }
    return translated ? m_summary.shown : m_summary.english;
}

QString GateSimulator::outcomeText(Outcome outcome, bool translated)
{
    const char *text = nullptr;
    switch (outcome) {
    case Outcome::NotStarted:
        text = QT_TRANSLATE_NOOP("RestGate::GateSimulator", "NOT STARTED");
        break;
    case Outcome::Running:
        text = QT_TRANSLATE_NOOP("RestGate::GateSimulator", "RUNNING");
        break;
    case Outcome::Succeeded:
        text = QT_TRANSLATE_NOOP("RestGate::GateSimulator", "SUCCEEDED");
        break;
    case Outcome::TimedOut:
        text = QT_TRANSLATE_NOOP("RestGate::GateSimulator", "TIMED OUT");
        break;
    case Outcome::Cancelled:
        text = QT_TRANSLATE_NOOP("RestGate::GateSimulator", "CANCELLED");
        break;
    }
    if (!text)
        return {};
    return translated ? QCoreApplication::translate("RestGate::GateSimulator", text) : QString::fromUtf8(text);
}

void GateSimulator::evaluate()
{
    if (!isRunning() || m_run)
        return;
    // A late timer (a busy event loop) must not start an evaluation once the timeout is due: that timer ends it.
    if (m_clock.elapsed() >= m_settings.timeoutMs)
        return;
    m_runStartedMs = m_clock.elapsed();
    const int number = int(m_evaluations.size()) + 1;
    m_run = m_runner->start(m_input, m_options);
    connect(m_run, &TaskRun::finished, this, &GateSimulator::onRunFinished);
    Q_EMIT evaluationStarted(number, m_runStartedMs);
}

void GateSimulator::onRunFinished(const RunResult &result)
{
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (!isRunning())
        return;
    GateEvaluation evaluation;
    evaluation.number = int(m_evaluations.size()) + 1;
    evaluation.offsetMs = m_runStartedMs;
    evaluation.verdict = result.verdict;
    evaluation.status = result.status;
    if (result.status > 0)
        evaluation.statusText = QStringLiteral("%1 %2").arg(result.status).arg(result.reasonPhrase).trimmed();
    evaluation.latencyMs = result.msTotal;
    evaluation.failingReason = GateEvaluation::failingReasonOf(result);
    m_evaluations.append(evaluation);
    Q_EMIT evaluationFinished(evaluation);
    if (!isRunning()) // a slot connected to evaluationFinished may have cancelled
        return;

    if (evaluation.passed()) {
        if (m_streakStartMs < 0) {
            m_streakStartMs = m_runScheduledMs;
            m_streakFirst = evaluation.number;
        }
        const qint64 steady = m_runScheduledMs - m_streakStartMs;
        if (steady >= m_settings.minSuccessMs) {
            const QString at = GateSettings::formatDuration(evaluation.offsetMs);
            if (m_settings.minSuccessMs == 0)
                finish(Outcome::Succeeded,
                       DisplayText::translate("RestGate::GateSimulator",
                                              "Succeeded at evaluation %1 (+%2): with no minimum success duration, the "
                                              "first evaluation that passes ends the gate.")
                           .arg(qint64(evaluation.number))
                           .arg(at));
            else
                finish(Outcome::Succeeded,
                       DisplayText::translate("RestGate::GateSimulator",
                                              "Succeeded at evaluation %1 (+%2): every evaluation passed for %3 "
                                              "(evaluations %4–%1), at least the minimum success duration of %5.")
                           .arg(qint64(evaluation.number))
                           .arg(at, GateSettings::formatDuration(steady))
                           .arg(qint64(m_streakFirst))
                           .arg(GateSettings::formatDuration(m_settings.minSuccessMs)));
            return;
        }
    } else {
        m_streakStartMs = -1;
    }
    if (m_evaluations.size() >= GateSettings::maxEvaluations) {
        finish(
            Outcome::TimedOut,
            DisplayText::translate("RestGate::GateSimulator",
                                   "Stopped after %1 evaluations: Azure Pipelines evaluates a check at most %1 times.")
                .arg(qint64(GateSettings::maxEvaluations)));
        return;
    }
    scheduleNext();
}

void GateSimulator::scheduleNext()
{
    const qint64 next = m_runScheduledMs + m_settings.intervalMs;
    // No evaluation starts at or after the timeout; the timeout timer ends the simulation.
    if (next >= m_settings.timeoutMs)
        return;
    m_runScheduledMs = next;
    m_nextTimer.start(int(qMax<qint64>(0, next - m_clock.elapsed())));
}

void GateSimulator::onTimeout()
{
    if (!isRunning())
        return;
    abortRun(QCoreApplication::translate("RestGate::GateSimulator",
                                         "The gate timed out while this evaluation was running."));
    if (!isRunning())
        return;
    int passed = 0;
    QString lastFailure;
    for (const GateEvaluation &evaluation : std::as_const(m_evaluations)) {
        passed += evaluation.passed() ? 1 : 0;
        if (!evaluation.passed())
            lastFailure = evaluation.failingReason;
    }
    const DisplayText timedOut =
        DisplayText::translate("RestGate::GateSimulator", "Timed out after %1 (%2 evaluation(s), %3 passed):")
            .arg(GateSettings::formatDuration(m_settings.timeoutMs))
            .arg(qint64(m_evaluations.size()))
            .arg(qint64(passed));
    const DisplayText why = passed == 0
        ? DisplayText::translate("RestGate::GateSimulator", "no evaluation passed.")
        : DisplayText::translate("RestGate::GateSimulator", "the task did not pass steadily for %1 before the timeout.")
              .arg(GateSettings::formatDuration(m_settings.minSuccessMs));
    DisplayText text {timedOut.english + u' ' + why.english, timedOut.shown + u' ' + why.shown};
    // The failing reason is the display-safe one the evaluation shows, already in the user's language.
    if (!lastFailure.isEmpty()) {
        const DisplayText last = DisplayText::translate("RestGate::GateSimulator", "Last failure: %1").arg(lastFailure);
        text = {text.english + u' ' + last.english, text.shown + u' ' + last.shown};
    }
    finish(Outcome::TimedOut, text);
}

void GateSimulator::abortRun(const QString &reason)
{
    if (!m_run)
        return;
    TaskRun *run = m_run;
    m_run = nullptr;
    disconnect(run, nullptr, this, nullptr);
    run->cancel();
    run->deleteLater();
    GateEvaluation evaluation;
    evaluation.number = int(m_evaluations.size()) + 1;
    evaluation.offsetMs = m_runStartedMs;
    evaluation.verdict = RunResult::Verdict::Cancelled;
    evaluation.latencyMs = m_clock.elapsed() - m_runStartedMs;
    evaluation.failingReason = reason;
    m_evaluations.append(evaluation);
    Q_EMIT evaluationFinished(evaluation);
}

void GateSimulator::finish(Outcome outcome, const DisplayText &summary)
{
    m_nextTimer.stop();
    m_timeoutTimer.stop();
    m_finishedAtMs = m_clock.elapsed();
    m_outcome = outcome;
    m_summary = summary;
    Q_EMIT finished(outcome);
}

} // namespace RestGate
