#pragma once

#include "core/design/finding.h"
#include "core/json/jsondocument.h"
#include "core/request/preparedrequest.h"
#include "core/run/networksettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace RestGate {

struct CriteriaOutcome;

/// Dry-run settings. The defaults are the server's rules; every deviation is opt-in and labelled as such.
struct RunOptions
{
    /// The server's limit for the whole call in API-response mode (and for the initial call in Callback mode).
    int timeoutMs = 20'000;
    /// Off by default, because the documented rule is `200 OK`. On: any 2xx passes the status rule.
    bool treatAny2xxAsSuccess = false;
    /// The dry run stops reading a response past this many bytes. Always above the server's 2 MB criteria limit,
    /// so that rule can still be judged.
    qint64 maxBodyBytes = 256 * 1024 * 1024;
    /// CAs, client certificate, proxy and redirect policy. A result keeps it without the passwords.
    NetworkSettings network;
};

struct RedirectHop
{
    int status = 0;
    QString from;
    QString to;
    QString method; ///< of the request sent to `to`: 303, and 301/302 after a POST, turn into GET
    /// `to` is another origin (scheme, host or port differ), so Authorization and the task's headers were dropped.
    bool crossOrigin = false;
    QStringList droppedHeaders; ///< names of the headers not sent to `to`
};

struct TlsDetails
{
    bool used = false;
    QString protocol;
    QString cipher;
    QString peerSubject;
    QString peerIssuer;
    QDateTime peerExpiry;
    QStringList errors; ///< each certificate problem in plain words, in the user's language (TlsRules::describe)
    /// The run was made with NetworkSettings::insecure: the certificate was not checked (errors, if any, were let
    /// through). Every view says so.
    bool insecure = false;
};

/// Everything one dry run produced, as plain data: what was really sent and received, secrets included. Whatever
/// shows a run (result panel, history, CLI text/JSON/JUnit, callback report) shows displaySafe() of it.
struct RunResult
{
    enum class Verdict
    {
        Passed,
        Failed, ///< answered, but the status rule or the success criteria says no
        TimedOut, ///< no complete answer within the limit
        Error, ///< never got an answer: refused, DNS, TLS, invalid task, body over the cap
        Cancelled,
        NotCompleted, ///< Callback mode: the initial call went out; completion was not dry-run
    };
    enum class ErrorKind
    {
        None,
        InvalidTask,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Proxy, ///< the proxy refused, could not be found, or wants credentials (407)
        Timeout,
        Cancelled,
        BodyTooLarge,
        Network,
        Truncated, ///< the connection broke after the status: the body is shorter than announced
        HeadersTooLarge ///< over .NET HttpClient's MaxResponseHeadersLength (64 KB)
    };

    Verdict verdict = Verdict::Error;
    QStringList reasons; ///< plain sentences, most important first
    ErrorKind errorKind = ErrorKind::None;
    QString errorString;

    QList<Finding> findings; ///< validation findings of the task when it was sent
    PreparedRequest request; ///< what was sent, secrets in clear

    int status = 0; ///< 0 when no response arrived
    QString reasonPhrase;
    QList<QPair<QString, QString>> responseHeaders;
    QByteArray body;
    qint64 bodyBytes = 0; ///< bytes received (may exceed body.size() when truncated)
    bool bodyTruncated = false;
    /// `body` as the runner parsed it for the criteria (empty when it did not need to). The result panel, its Tree,
    /// re-judging and completion take this one, so a response is parsed once. Never in a display-safe copy: it holds
    /// the body in clear.
    Json::Document bodyDocument;
    QList<RedirectHop> redirects;
    QString finalUrl;
    TlsDetails tls;

    QDateTime startedAt;
    qint64 msToHeaders = -1;
    qint64 msTotal = 0;

    std::shared_ptr<const CriteriaOutcome> criteria; ///< null when the task has no criteria or it was not evaluated
    QString log; ///< the task log as the server writes it
    /// The step says `continueOnError: true`: a failure would not stop the pipeline (the step "succeeded with
    /// issues"). The verdict stays what the task itself gives; continueOnErrorNote() is among the reasons.
    bool continueOnError = false;
    /// The settings the run was made with: re-judging the response later must apply the same status rule.
    RunOptions options;

    /// A response arrived whose verdict the status rule and the criteria decide, so it can be re-judged against
    /// another criteria without sending again (not for Callback tasks, timeouts or connection errors).
    bool canRejudge() const { return status > 0 && !request.isCallback && errorKind == ErrorKind::None; }

    bool passed() const { return verdict == Verdict::Passed; }
    /// Failed, timed out or in error: what continueOnError turns into "succeeded with issues" in a pipeline.
    bool failedForPipeline() const
    {
        return verdict == Verdict::Failed || verdict == Verdict::TimedOut || verdict == Verdict::Error;
    }
    /// Adds continueOnErrorNote() to the reasons when continueOnError applies to this verdict (once).
    void noteContinueOnError();
    static QString continueOnErrorNote();
    /// Adds, once, that the run stopped at a 3xx with a Location because redirects are off (--no-redirects,
    /// Preferences): Azure DevOps' HttpClient would have followed it, so the verdict is not the server's.
    void noteUnfollowedRedirect();
    static bool isRedirectStatus(int status);

    /// Masks this run's secrets in any text about it, by the rule Redactor describes: the request's and the
    /// criteria's expansion sites and secrets.
    Redactor redactor() const;
    /// The copy every view and output shows: the request as shown, reasons, error, findings, log, response
    /// headers and body, redirects and the criteria (expression, messages, trace) with the secrets masked. Not
    /// for re-judging: the body may differ from what arrived.
    RunResult displaySafe() const;

    static QString verdictText(Verdict verdict); ///< PASSED, FAILED, TIMED OUT, ERROR, CANCELLED, NOT COMPLETED
    /// The verdict for people, in the language of the installed translator ("BESTANDEN"); machine output (JSON,
    /// JUnit, the verdict colours of the terminal) keeps verdictText().
    static QString verdictWord(Verdict verdict);
    /// The name .NET gives the status (HttpStatusCode), as the server's log prints it: OK, NotFound, ...
    static QString statusName(int status);
    /// "<METHOD> <url>" / "Response Code: <name>" / "Response: <body>", tab-indented like the server's log.
    static QString serverLog(const QString &method, const QString &url, int status, const QString &bodyText,
                             const QString &exceptionMessage = {});
};

} // namespace RestGate
