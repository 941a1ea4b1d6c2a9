#include "dryrun/dryrunsession.h"

#include "callback/callbackdryrun.h"
#include "callback/planlistener.h"
#include "secrets/connectioncredentials.h"

namespace RestGate {

DryRunSession::DryRunSession(TaskRunner *runner, CredentialResolver *credentials, PlanListener *listener,
                             QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_credentials(credentials)
    , m_listener(listener)
{
}

DryRunSession::~DryRunSession()
{
    // A session deleted while it runs must not leave a request or a wait behind that reports to nobody.
    m_finished = true;
    if (m_credentialJob)
        delete m_credentialJob.data();
    if (m_run)
        m_run->cancel();
    if (m_callbackRun)
        m_callbackRun->cancel();
}

RunResult DryRunSession::credentialFailure(const CredentialResult &credential)
{
    RunResult failed;
    if (credential.status == CredentialResult::Status::Cancelled) {
        failed.verdict = RunResult::Verdict::Cancelled;
        failed.errorKind = RunResult::ErrorKind::Cancelled;
    } else {
        failed.verdict = RunResult::Verdict::Error;
    }
    failed.errorString = credential.message;
    failed.reasons = {credential.message};
    return failed;
}

void DryRunSession::start(RunInput input, const Options &options)
{
    m_input = std::move(input);
    m_options = options;
    if (!m_input.connection) {
        run();
        return;
    }
    // The password or token comes from RESTGATE_SECRET_<NAME> or the OS keychain (or Azure), never the document.
    m_credentialJob = m_credentials->resolve(credentialRequestFor(*m_input.connection));
    connect(m_credentialJob, &CredentialJob::finished, this, &DryRunSession::onCredential);
}

void DryRunSession::onCredential(const CredentialResult &resolved)
{
    if (!m_credentialJob)
        return;
    m_credentialJob->deleteLater();
    m_credentialJob = nullptr;
    if (!resolved.ok() && resolved.status != CredentialResult::Status::Cancelled && m_interceptor
        && m_interceptor(resolved)) {
        DryRunOutcome outcome;
        outcome.stoppedAt = DryRunOutcome::Stop::Deferred;
        end(outcome);
        return;
    }
    const CredentialResult credential = acceptingOptionalPassword(resolved, *m_input.connection);
    if (!credential.ok()) {
        DryRunOutcome outcome;
        outcome.stoppedAt = DryRunOutcome::Stop::Credential;
        outcome.result = credentialFailure(credential);
        outcome.connectionProblem = credential.status != CredentialResult::Status::Cancelled;
        end(outcome);
        return;
    }
    m_input.secret = connectionSecretFrom(credential.credential);
    m_credentialNote = credential.note;
    Q_EMIT credentialResolved(credential.note);
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
    if (m_credentialJob)
        m_credentialJob->cancel();
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
    Q_EMIT finished(outcome);
}

} // namespace RestGate
