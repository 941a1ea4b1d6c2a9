#include "dryrun/credentialstep.h"

#include "secrets/connectioncredentials.h"

#include <utility>

namespace RestGate {

RunResult CredentialOutcome::failure() const
{
    return CredentialStep::failureFor(credential);
}

CredentialStep::CredentialStep(CredentialResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

CredentialStep::~CredentialStep()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        delete m_job.data();
    }
}

bool CredentialStep::start(const RunInput &input)
{
    Q_ASSERT(!m_job);
    if (!input.connection)
        return false;
    m_input = input;
    m_job = m_resolver->resolve(credentialRequestFor(*input.connection));
    connect(m_job, &CredentialJob::finished, this, &CredentialStep::onResolved);
    return true;
}

void CredentialStep::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CredentialStep::onResolved(const CredentialResult &resolved)
{
    if (!m_job)
        return;
    m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT finished(outcomeOf(std::exchange(m_input, RunInput()), resolved));
}

CredentialOutcome CredentialStep::outcomeOf(RunInput input, const CredentialResult &resolved)
{
    CredentialOutcome outcome;
    outcome.resolved = resolved;
    outcome.credential = acceptingOptionalPassword(resolved, *input.connection);
    outcome.input = std::move(input);
    if (outcome.ok())
        outcome.input.secret = connectionSecretFrom(outcome.credential.credential);
    return outcome;
}

CredentialOutcome CredentialStep::resolveAndWait(CredentialResolver &resolver, const RunInput &input)
{
    if (!input.connection) {
        CredentialOutcome outcome;
        outcome.input = input;
        outcome.credential.status = CredentialResult::Status::Ok;
        outcome.resolved = outcome.credential;
        return outcome;
    }
    return outcomeOf(input, CredentialResolver::waitFor(resolver.resolve(credentialRequestFor(*input.connection))));
}

RunResult CredentialStep::failureFor(const CredentialResult &credential)
{
    RunResult failed;
    if (credential.status == CredentialResult::Status::Cancelled) {
        failed.verdict = RunResult::Verdict::Cancelled;
        failed.errorKind = RunResult::ErrorKind::Cancelled;
    } else {
        failed.verdict = RunResult::Verdict::Error;
    }
    failed.errorString = credential.message;
    failed.reasons = {credential.shown()};
    return failed;
}

} // namespace RestGate
