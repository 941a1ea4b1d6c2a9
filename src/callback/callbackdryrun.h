#pragma once

#include "callback/callbackverdict.h"
#include "core/result/runresult.h"
#include "core/run/taskrunner.h"

#include <QObject>
#include <QPointer>

namespace RestGate {

class CallbackWait;
class PlanListener;

/// A Callback-mode task dry-run end to end: the plan variables point at the local listener, the task's request goes
/// out under the server's 20-second limit, and then the run waits for the service's TaskCompleted (up to the task's
/// timeout, or a shorter dry-run wait) and turns what the listener received into the verdict.
class CallbackDryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackDryRun)

public:
    struct Options
    {
        QString hubName = QStringLiteral("build"); ///< build, release, gates or checks
        /// How long to wait for TaskCompleted; < 0: the task's timeout, or an agentless job's 60 minutes.
        int waitMs = -1;
        /// Keep listening this long after TaskCompleted, so late posts appear in the timeline.
        int graceMs = 0;
        RunOptions run;
    };

    /// `listener` must be listening; it gets a fresh plan for this run.
    CallbackDryRun(TaskRunner *runner, PlanListener *listener, QObject *parent = nullptr);
    ~CallbackDryRun() override;

    void start(RunInput input, const Options &options);
    void cancel();
    bool isWaiting() const;

    /// The wait a task gets: its own timeout when set, else the agentless default (60 minutes).
    static int taskWaitMs(const TaskConfig &task);

Q_SIGNALS:
    /// The initial call answered (or failed); when it was accepted, waiting for the callback begins.
    void initialCallFinished(const RestGate::RunResult &result);
    /// The final result: the initial call's details with the verdict and reasons of the whole round trip.
    void finished(const RestGate::RunResult &result, const RestGate::CallbackVerdict &verdict);

private:
    void onInitialCall(const RunResult &result);
    void onWaitFinished(const CallbackVerdict &verdict);

    TaskRunner *m_runner;
    PlanListener *m_listener;
    QPointer<TaskRun> m_run;
    CallbackWait *m_wait = nullptr;
    Options m_options;
    int m_waitMs = 0;
    RunResult m_initial;
    bool m_cancelled = false;
};

} // namespace RestGate
