#pragma once

#include "callback/callbacksettings.h"
#include "callback/callbackverdict.h"
#include "core/result/runresult.h"
#include "core/run/taskrunner.h"
#include "dryrun/credentialstep.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace RestGate {

class CallbackDryRun;
class PlanListener;

/// How one dry run ended, whichever step stopped it.
struct DryRunOutcome
{
    enum class Stop
    {
        None, ///< the request went out; `result` is its verdict
        Credential, ///< the connection's secret or token could not be had; `result` says why
        Listener, ///< a Callback task, and the plan listener cannot start; `listenerError` says why
        Deferred, ///< the credential interceptor took the failure over; nothing to show
    };

    Stop stoppedAt = Stop::None;
    RunResult result; ///< as received, secrets in clear: for re-judging, saving the body, exit codes; never shown
    /// `result` with this run's secrets masked (RunResult::displaySafe()): the one copy the result panel, the
    /// history, Run all and every CLI output show. Made once, by the session.
    RunResult shown;
    std::optional<CallbackVerdict> callback; ///< Callback-mode tasks that ran
    /// The callback verdict with this run's secrets masked: what a report or the timeline shows.
    std::optional<CallbackVerdict> shownCallback;
    QString credentialNote; ///< a resolved credential worth a warning ("no password stored, …")
    QString listenerError;
    /// The connection is to blame: its secret is missing, or the run found an error in the connection input.
    bool connectionProblem = false;
};

/// One dry run of a task as the window and `restgate-cli run` start it: the connection's credentials
/// (RESTGATE_SECRET_<NAME>, the keychain, Azure) → the plain run, or the callback round trip on the plan listener →
/// one DryRunOutcome with its display-safe copy. The failure results (missing secret, cancelled, listener down) are
/// made here (the credential's in CredentialStep) and nowhere else. finished() comes exactly once, from the event loop
/// after a worker masked a big body; the caller deletes the session, usually with deleteLater() in that handler.
class DryRunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunSession)

public:
    struct Options
    {
        RunOptions run;
        CallbackSettings callback; ///< Callback tasks: where to listen, the hub, how long to wait
    };
    /// Sees a failed credential before the session turns it into a result; returning true ends the session as
    /// Deferred (the window offers a secret for this run only, and sends again).
    using CredentialInterceptor = std::function<bool(const CredentialResult &resolved)>;

    /// `runner` and `credentials` must outlive the session; `listener` too, and it may be null when no Callback
    /// task is started.
    DryRunSession(TaskRunner *runner, CredentialResolver *credentials, PlanListener *listener,
                  QObject *parent = nullptr);
    ~DryRunSession() override;

    void setCredentialInterceptor(CredentialInterceptor interceptor) { m_interceptor = std::move(interceptor); }
    void start(RunInput input, const Options &options);
    /// Cancels whichever step runs; finished() reports a Cancelled verdict.
    void cancel();

    /// Bodies up to this size are masked for DryRunOutcome::shown at once; larger ones on a worker thread, so a
    /// window never stalls on a big response (the result panel's limit for doing work inline).
    static constexpr qsizetype inlineMaskLimit = 256 * 1024;

Q_SIGNALS:
    /// The credential is there; `note` is non-empty when it deserves a warning.
    void credentialResolved(const QString &note);
    void progress(qint64 bytesReceived, qint64 elapsedMs);
    /// A Callback task's initial call went out with a fresh plan on the listener (PlanListener::plan()).
    void callbackStarted();
    /// A Callback task's initial call answered; when accepted, the wait for TaskCompleted begins.
    void initialCallFinished(const RestGate::RunResult &result);
    void finished(const RestGate::DryRunOutcome &outcome);

private:
    void onCredential(const CredentialOutcome &credential);
    void run();
    void runCallback();
    void end(DryRunOutcome outcome);

    TaskRunner *m_runner;
    CredentialStep m_credentialStep;
    PlanListener *m_listener;
    CredentialInterceptor m_interceptor;
    RunInput m_input;
    Options m_options;
    QPointer<TaskRun> m_run;
    QPointer<CallbackDryRun> m_callbackRun;
    QString m_credentialNote;
    bool m_finished = false;
};

} // namespace RestGate
Q_DECLARE_METATYPE(RestGate::DryRunOutcome)
