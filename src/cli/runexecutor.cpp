#include "cli/runexecutor.h"

#include "callback/planlistener.h"
#include "core/pipeline/pipelineexport.h"
#include "dryrun/dryrunsession.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/secretstore.h"

#include <QTextStream>

namespace RestGate::Cli {

RunExecutor::RunExecutor(QList<PlannedDesign> designs, ExecutorSettings settings, QTextStream &err)
    : m_designs(std::move(designs))
    , m_settings(std::move(settings))
    , m_err(err)
    , m_system(VariableSet::systemDefaults())
    , m_listener(std::make_unique<PlanListener>()) // started on the first Callback task
    , m_secretStore(std::make_unique<SecretStore>())
    , m_tokenProvider(std::make_unique<AzureTokenProvider>())
    // Secrets: RESTGATE_SECRET_<NAME> first, then the OS keychain; Azure tokens from a service principal or az.
    , m_credentials(std::make_unique<CredentialResolver>(m_secretStore.get(), m_tokenProvider.get()))
{
    m_settings.jobs = qMax(1, m_settings.jobs);
    for (int i = 0; i < m_settings.jobs; ++i) {
        m_runners.push_back(std::make_unique<TaskRunner>());
        m_freeRunners.append(m_runners.back().get());
    }
    for (qsizetype d = 0; d < m_designs.size(); ++d) {
        m_designStarts.append(QDateTime());
        for (const qsizetype index : std::as_const(m_designs.at(d).tasks))
            m_slots.append(Slot {d, index, std::nullopt, nullptr, nullptr});
    }
}

RunExecutor::~RunExecutor() = default;

bool RunExecutor::run(const std::function<void(const TaskOutcome &)> &onOutcome, QString *error)
{
    m_onOutcome = onOutcome;
    schedulePump();
    m_loop.exec();
    if (!m_listenerError.isEmpty()) {
        *error = m_listenerError;
        return false;
    }
    return true;
}

void RunExecutor::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    for (Slot &slot : m_slots) {
        if (slot.session)
            slot.session->cancel();
    }
    schedulePump();
}

void RunExecutor::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        &m_context,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void RunExecutor::pump()
{
    // An outcome handler that spins an event loop may run a queued pump inside this one; that one leaves the work here.
    if (m_pumping)
        return;
    m_pumping = true;
    const auto flush = [this] {
        while (m_nextReport < m_slots.size() && m_slots.at(m_nextReport).outcome) {
            m_onOutcome(*m_slots.at(m_nextReport).outcome);
            ++m_nextReport;
        }
    };
    const auto stopping = [this] { return m_bailed || m_interrupted || !m_listenerError.isEmpty(); };
    for (;;) {
        flush();
        if (stopping() || m_next >= m_slots.size() || m_exclusive || m_running >= m_settings.jobs)
            break;
        if (isCallback(m_slots.at(m_next)) && m_running > 0)
            break; // it runs alone, once the others are done
        start(m_next++);
    }
    flush();
    m_pumping = false;
    if (m_running == 0 && (stopping() || m_next >= m_slots.size()))
        m_loop.quit();
}

bool RunExecutor::isCallback(const Slot &slot) const
{
    return m_designs.at(slot.design).document.tasks.at(slot.index).isCallback();
}

TaskOutcome RunExecutor::blankOutcome(const Slot &slot) const
{
    const PlannedDesign &design = m_designs.at(slot.design);
    TaskOutcome outcome;
    outcome.design = slot.design;
    outcome.designName = design.name;
    outcome.index = slot.index;
    outcome.taskCount = design.document.tasks.size();
    outcome.name = PipelineExport::displayLabel(design.document.tasks.at(slot.index));
    return outcome;
}

void RunExecutor::start(qsizetype index)
{
    Slot &slot = m_slots[index];
    const PlannedDesign &design = m_designs.at(slot.design);
    if (!m_designStarts.at(slot.design).isValid())
        m_designStarts[slot.design] = QDateTime::currentDateTimeUtc();
    TaskOutcome outcome = blankOutcome(slot);
    // A pipeline skips disabled steps; so does a full run. Naming the task runs it anyway.
    if (!design.document.tasks.at(slot.index).enabled && !design.explicitSelection) {
        outcome.skipped = true;
        finish(index, outcome);
        return;
    }
    const RunInput input =
        RunInput::fromDocument(design.document, slot.index, m_system, m_settings.variableSet, design.overrides, {});
    const QString connectionInput = input.task.connectionInputName();
    slot.runner = m_freeRunners.takeLast();
    ++m_running;
    // A Callback task owns the plan listener while it waits: nothing else starts until it is done.
    m_exclusive = input.task.isCallback();
    slot.session = new DryRunSession(slot.runner, m_credentials.get(), m_listener.get(), &m_context);
    QObject::connect(slot.session, &DryRunSession::finished, &m_context,
                     [this, index, outcome, connectionInput](const DryRunOutcome &ended) mutable {
                         if (ended.stoppedAt == DryRunOutcome::Stop::Listener) {
                             m_listenerError =
                                 QStringLiteral("the callback listener cannot start: %1").arg(ended.listenerError);
                             release(index);
                             schedulePump();
                             return;
                         }
                         outcome.result = ended.result;
                         outcome.shown = ended.shown;
                         outcome.callback = ended.callback;
                         outcome.shownCallback = ended.shownCallback;
                         outcome.connectionProblem = ended.connectionProblem;
                         if (!ended.credentialNote.isEmpty()) {
                             // The resolver's notes never hold a secret (CredentialResult::note).
                             const Finding note {Finding::Severity::Warning, connectionInput, ended.credentialNote};
                             outcome.result.findings.append(note);
                             outcome.shown.findings.append(note);
                         }
                         outcome.interrupted = m_interrupted && ended.result.verdict == RunResult::Verdict::Cancelled;
                         finish(index, outcome);
                     });
    if (m_settings.announceCallbackWait) {
        QObject::connect(slot.session, &DryRunSession::initialCallFinished, &m_context, [this](const RunResult &r) {
            if (r.verdict == RunResult::Verdict::NotCompleted)
                m_err << "Waiting for the service to post TaskCompleted to " << m_listener->collectionUrl().toString()
                      << " …\n";
            m_err.flush();
        });
    }
    slot.session->start(input, {m_settings.options, m_settings.callback});
}

void RunExecutor::release(qsizetype index)
{
    Slot &slot = m_slots[index];
    if (slot.runner) {
        m_freeRunners.append(slot.runner);
        slot.runner = nullptr;
        --m_running;
    }
    if (slot.session) {
        slot.session->deleteLater();
        slot.session = nullptr;
        m_exclusive = false;
    }
}

void RunExecutor::finish(qsizetype index, TaskOutcome outcome)
{
    release(index);
    if (m_settings.bail && !outcome.interrupted && exitCodeFor(outcome) != 0 && m_next < m_slots.size())
        m_bailed = true;
    m_slots[index].outcome = std::move(outcome);
    schedulePump();
}

} // namespace RestGate::Cli
