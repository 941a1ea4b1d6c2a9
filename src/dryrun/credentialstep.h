#pragma once

#include "core/result/runresult.h"
#include "core/run/taskrunner.h"
#include "secrets/credentialresolver.h"

#include <QObject>
#include <QPointer>

namespace RestGate {

/// What the credential step gave for one run.
struct CredentialOutcome
{
    CredentialResult resolved; ///< as the resolver reported it (what a run-only secret offer looks at)
    /// `resolved` with a Generic connection's optional password accepted as empty: what the run goes with.
    CredentialResult credential;
    RunInput input; ///< the input the step was started with, its secret filled in when ok()

    bool ok() const { return credential.ok(); }
    bool cancelled() const { return credential.status == CredentialResult::Status::Cancelled; }
    /// The result of the run that never went out (credentialFailure() of `credential`).
    RunResult failure() const;
};

/// The connection's credential for one run, as every front end gets it: RESTGATE_SECRET_<NAME>, the OS keychain or
/// Azure → the secret the request builder takes, or the reason there is none. DryRunSession, Run ▸ Simulate gate and
/// `restgate-cli run --poll` all go through it, so the optional-password rule and the failure results are the same
/// wherever a task is sent. The secret lives in the input handed back, never in the step.
class CredentialStep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStep)

public:
    /// `resolver` must outlive the step.
    explicit CredentialStep(CredentialResolver *resolver, QObject *parent = nullptr);
    /// A step deleted while it resolves drops the lookup without reporting.
    ~CredentialStep() override;

    /// Resolves the secret of `input`'s connection; finished() follows, always asynchronously. Returns false (and
    /// finished() never comes) when the input has no connection: it goes out as it is.
    bool start(const RunInput &input);
    /// Reports Cancelled through finished() before it returns, like CredentialJob::cancel().
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    /// For the command line, which runs one thing at a time: the same step, waited for in a nested event loop
    /// (CredentialResolver::waitFor). An input without a connection comes back as it is, ok().
    static CredentialOutcome resolveAndWait(CredentialResolver &resolver, const RunInput &input);

    /// The result of a run that never went out because its credential failed: Cancelled when it was cancelled,
    /// else Error with the resolver's message as the reason.
    static RunResult failureFor(const CredentialResult &credential);

Q_SIGNALS:
    void finished(const RestGate::CredentialOutcome &outcome);

private:
    void onResolved(const CredentialResult &resolved);
    static CredentialOutcome outcomeOf(RunInput input, const CredentialResult &resolved);

    CredentialResolver *m_resolver;
    QPointer<CredentialJob> m_job;
    RunInput m_input;
};

} // namespace RestGate
Q_DECLARE_METATYPE(RestGate::CredentialOutcome)
