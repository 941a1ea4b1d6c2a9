#include "dryrun/dryrunsession.h"

#include "callback/callbackdryrun.h"
#include "callback/planlistener.h"
#include "core/run/backgroundwork.h"

namespace RestGate {

DryRunSession::DryRunSession(TaskRunner *runner, CredentialResolver *credentials, PlanListener *listener,
                             QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_credentialStep(credentials)
    , m_listener(listener)
{
    connect(&m_credentialStep, &CredentialStep::finished, this, &DryRunSession::onCredential);
}

DryRunSession::~DryRunSession()
{
    // A session deleted while it runs must not leave a request or a wait behind that reports to nobody.
    m_finished = true;
    if (m_run)
        m_run->cancel();
    if (m_callbackRun)
        m_callbackRun->cancel();
}

void DryRunSession::start(RunInput input, const Options &options)
{
    m_input = std::move(input);
    m_options = options;
    // The password or token comes from RESTGATE_SECRET_<NAME> or the OS keychain (or Azure), never the document.
    if (!m_credentialStep.start(m_input))
        run();
}

void DryRunSession::onCredential(const CredentialOutcome &credential)
{
    const CredentialResult &resolved = credential.resolved;
    if (!resolved.ok() && resolved.status != CredentialResult::Status::Cancelled && m_interceptor
        && m_interceptor(resolved)) {
        DryRunOutcome outcome;
        outcome.stoppedAt = DryRunOutcome::Stop::Deferred;
        end(outcome);
        return;
    }
    if (!credential.ok()) {
        DryRunOutcome outcome;
        outcome.stoppedAt = DryRunOutcome::Stop::Credential;
        outcome.result = credential.failure();
        outcome.connectionProblem = !credential.cancelled();
        end(outcome);
        return;
    }
    m_input = credential.input;
    m_credentialNote = credential.credential.note;
    Q_EMIT credentialResolved(m_credentialNote);
    run();
}

void DryRunSession::run()
{
    if (m_input.task.isCallback()) {
        runCallback();
        return;
    }
    m_run = m_runner->start(m_input, m_options.run);
    connect(m_run, &TaskRun::progress, this, &DryRunSession::progress);
    connect(m_run, &TaskRun::finished, this, [this](const RunResult &result) {
        m_run->deleteLater();
        DryRunOutcome outcome;
        outcome.result = result;
        end(outcome);
    });
}

void DryRunSession::runCallback()
{
    Q_ASSERT(m_listener);
    const ListenerSettings listen = m_options.callback.listenerSettings();
    // The settings changed since the listener started: listen where they say now.
    const ListenerSettings &current = m_listener->settings();
    if (m_listener->isListening()
        && (current.bindAddress != listen.bindAddress || current.port != listen.port
            || current.publicBaseUrl != listen.publicBaseUrl))
        m_listener->close();
    if (!m_listener->isListening() && !m_listener->listen(listen)) {
        DryRunOutcome outcome;
        outcome.stoppedAt = DryRunOutcome::Stop::Listener;
        outcome.listenerError = m_listener->errorString();
        outcome.result.verdict = RunResult::Verdict::Error;
        outcome.result.errorString = outcome.listenerError;
        end(outcome);
        return;
    }
    m_callbackRun = new CallbackDryRun(m_runner, m_listener, this);
    connect(m_callbackRun, &CallbackDryRun::initialCallFinished, this, &DryRunSession::initialCallFinished);
    connect(m_callbackRun, &CallbackDryRun::finished, this,
            [this](const RunResult &result, const CallbackVerdict &verdict) {
                m_callbackRun->deleteLater();
                DryRunOutcome outcome;
                outcome.result = result;
                outcome.callback = verdict;
                outcome.shownCallback = verdict.displaySafe(result.redactor());
                end(outcome);
            });
    m_callbackRun->start(m_input, m_options.callback.dryRunOptions(m_options.run));
    Q_EMIT callbackStarted();
}

void DryRunSession::cancel()
{
    m_credentialStep.cancel();
    if (m_run)
        m_run->cancel();
    if (m_callbackRun)
        m_callbackRun->cancel();
}

void DryRunSession::end(DryRunOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_run = nullptr;
    m_callbackRun = nullptr;
    outcome.credentialNote = m_credentialNote;
    if (m_input.connection && !outcome.connectionProblem) {
        const QString connectionInput = m_input.task.connectionInputName();
        for (const Finding &finding : std::as_const(outcome.result.findings)) {
            if (finding.isError() && finding.input == connectionInput)
                outcome.connectionProblem = true;
        }
    }
    if (outcome.result.body.size() <= inlineMaskLimit) {
        outcome.shown = outcome.result.displaySafe();
        Q_EMIT finished(outcome);
        return;
    }
    // Masking scans the whole body for every secret: megabytes of it belong on a worker, not the GUI thread. A
    // session deleted meanwhile drops the copy, as it drops a run it no longer reports.
    // Copied before the hand-back lambda takes `outcome`: the order arguments are built in is unspecified.
    const RunResult received = outcome.result;
    runInBackground(
        this, [received] { return received.displaySafe(); },
        [this, outcome = std::move(outcome)](RunResult shown) mutable {
            outcome.shown = std::move(shown);
            Q_EMIT finished(outcome);
        });
}

} // namespace RestGate
