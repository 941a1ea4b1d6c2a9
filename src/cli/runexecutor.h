#pragma once

#include "callback/callbacksettings.h"
#include "cli/runreport.h"
#include "core/design/designdocument.h"
#include "core/run/taskrunner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTextStream;

namespace RestGate {
class AzureTokenProvider;
class CredentialResolver;
class DryRunSession;
class PlanListener;
class SecretStore;
} // namespace RestGate

namespace RestGate::Cli {

/// One design as `run` runs it: the document, its variables after --var, --var-file and the environment, and
/// the tasks chosen by --task / --name.
struct PlannedDesign
{
    QString name; ///< the path as given, or "-"
    DesignDocument document;
    VariableSet overrides;
    QList<qsizetype> tasks;
    bool explicitSelection = false; ///< --task named them: disabled tasks run too
};

struct ExecutorSettings
{
    RunOptions options;
    CallbackSettings callback;
    QString variableSet;
    int jobs = 1;
    bool bail = false;
    /// Say on stderr when a Callback task waits for TaskCompleted (text output only).
    bool announceCallbackWait = false;
};

/// Runs the planned tasks, up to `jobs` at once, and hands every outcome back in plan order, so parallel output
/// reads like a serial run. A Callback task runs alone: it owns the plan listener while it waits.
class RunExecutor final
{
    Q_DISABLE_COPY_MOVE(RunExecutor)

public:
    RunExecutor(QList<PlannedDesign> designs, ExecutorSettings settings, QTextStream &err);
    ~RunExecutor();

    /// Runs to the end, to the first failure with --bail, or until interrupt(). Returns false with `error` when the
    /// callback listener cannot start.
    bool run(const std::function<void(const TaskOutcome &)> &onOutcome, QString *error);
    /// Ctrl+C: starts nothing more and cancels what runs; those come back marked interrupted.
    void interrupt();

    bool bailed() const { return m_bailed; }
    bool interrupted() const { return m_interrupted; }
    /// Tasks never started (--bail, Ctrl+C).
    int notStarted() const { return int(m_slots.size() - m_next); }
    /// When each design's first task started (invalid for one that never started).
    const QList<QDateTime> &designStarts() const { return m_designStarts; }
    const QList<PlannedDesign> &designs() const { return m_designs; }

private:
    struct Slot
    {
        qsizetype design = 0;
        qsizetype index = 0;
        std::optional<TaskOutcome> outcome;
        DryRunSession *session = nullptr;
        TaskRunner *runner = nullptr;
    };

    void pump();
    void start(qsizetype slot);
    void finish(qsizetype slot, TaskOutcome outcome);
    /// Gives the slot's runner back and drops its session.
    void release(qsizetype slot);
    void schedulePump();
    bool isCallback(const Slot &slot) const;
    TaskOutcome blankOutcome(const Slot &slot) const;

    QList<PlannedDesign> m_designs;
    ExecutorSettings m_settings;
    QTextStream &m_err;
    QList<Slot> m_slots;
    QList<QDateTime> m_designStarts;
    const VariableSet m_system;
    /// One runner per job: each has its own connection pool, so --jobs above Qt's six connections per host do not
    /// queue inside Qt while their 20-second clock runs.
    std::vector<std::unique_ptr<TaskRunner>> m_runners;
    QList<TaskRunner *> m_freeRunners;
    std::unique_ptr<PlanListener> m_listener;
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<AzureTokenProvider> m_tokenProvider;
    std::unique_ptr<CredentialResolver> m_credentials;
    std::function<void(const TaskOutcome &)> m_onOutcome;
    QObject m_context; ///< receiver for queued calls and run signals
    QEventLoop m_loop;
    QString m_listenerError;
    qsizetype m_next = 0; ///< the next slot to start
    qsizetype m_nextReport = 0; ///< the next slot to hand back
    int m_running = 0;
    bool m_exclusive = false; ///< a Callback task runs
    bool m_pumping = false;
    bool m_pumpQueued = false;
    bool m_bailed = false;
    bool m_interrupted = false;
};

} // namespace RestGate::Cli
