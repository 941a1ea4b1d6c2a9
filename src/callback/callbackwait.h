#pragma once

#include "callback/callbackverdict.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace RestGate {

class PlanListener;

/// Waiting for a Callback-mode service to complete the task: a running wait is a handle with cancel() and
/// finished(verdict), like a running request.
///
/// The runner sends the task's request itself (the 20-second limit for that initial answer is the runner's), then
/// calls start() with what is left of the task timeout: the server's clock for the task starts with the request,
/// so pass `timeout - time the initial call took`. A TaskCompleted that arrived before start() (a fast service can
/// call back before its 202 reaches the runner) finishes the wait at once.
class CallbackWait final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackWait)

public:
    /// An agentless job's default timeout, which is what a Callback task waits when its own Timeout is not set.
    static constexpr int defaultTaskTimeoutMs = 60 * 60 * 1000;

    explicit CallbackWait(PlanListener *listener, QObject *parent = nullptr);
    ~CallbackWait() override;

    /// Keep listening this long after TaskCompleted before finishing, so that a service posting after completion
    /// shows up in the verdict's timeline (0: finish at once). A few seconds suit a CLI run.
    void setGracePeriodMs(int ms) { m_graceMs = ms; }
    int gracePeriodMs() const { return m_graceMs; }

    /// Starts waiting; finished() follows after TaskCompleted (+ grace), after @p waitMs, or on cancel(). Always
    /// asynchronous, also when the outcome is known at once. Does nothing while already running.
    void start(int waitMs = defaultTaskTimeoutMs);
    /// Ends a running wait with a Cancelled verdict, emitted before cancel() returns.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const;
    int waitMs() const { return m_waitMs; }
    /// The verdict of the finished wait.
    const std::optional<CallbackVerdict> &verdict() const { return m_verdict; }

Q_SIGNALS:
    void finished(const RestGate::CallbackVerdict &verdict);

private:
    void onCompleted();
    void finish(CallbackVerdict::Outcome outcome, const QString &error = QString());

    QPointer<PlanListener> m_listener;
    QTimer *m_limitTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_waitMs = 0;
    int m_graceMs = 0;
    bool m_running = false;
    std::optional<CallbackVerdict> m_verdict;
};

} // namespace RestGate
