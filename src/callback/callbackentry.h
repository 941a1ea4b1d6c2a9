#pragma once

#include "core/request/redaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RestGate {

/// One plain-words finding about a request the listener received.
struct CallbackCheck
{
    enum class Severity
    {
        Ok, ///< confirms something the service got right ("taskId is this task's TaskInstanceId")
        Note, ///< harmless, but worth knowing (TaskCompleted without TaskStarted)
        Warning, ///< accepted here, may not work against Azure DevOps (a doubled slash in the URL)
        Problem, ///< Azure DevOps would reject or ignore it (wrong taskId, no auth)
    };

    Severity severity = Severity::Note;
    QString text;

    static QString severityLabel(Severity severity); ///< "ok", "note", "warning", "PROBLEM"

    friend bool operator==(const CallbackCheck &, const CallbackCheck &) = default;
};

/// How the request authenticated.
enum class AuthOutcome
{
    NotChecked, ///< the request never got that far (not HTTP, too large, incomplete)
    Accepted, ///< Basic with the AuthToken as password, or Bearer with the AuthToken
    Missing, ///< no Authorization header
    WrongToken, ///< well-formed, but not this run's AuthToken
    Malformed, ///< a header that is neither valid Basic nor Bearer
};

/// One request the listener received, in order, with what it answered and why.
struct CallbackEntry
{
    enum class Kind
    {
        Event, ///< POST …/plans/{planId}/events
        Feed, ///< POST …/timelines/{timelineId}/records/{recordId}/feed
        LogCreate, ///< POST …/plans/{planId}/logs
        LogAppend, ///< POST …/plans/{planId}/logs/{logId}
        RecordsGet, ///< GET …/timelines/{timelineId}/records
        RecordsUpdate, ///< PATCH …/timelines/{timelineId}/records
        Unrecognised, ///< HTTP, but not one of the endpoints above
        MalformedHttp, ///< not parseable as HTTP/1.1; answered 400 and closed
        TooLarge, ///< body over the limit; answered 413 without reading it
        Incomplete, ///< the client stopped sending mid-request; answered 408 after the idle timeout and closed
    };

    int sequence = 0; ///< 1, 2, 3 … in the order received
    QDateTime receivedAt; ///< UTC
    QString method; ///< as sent, e.g. "POST"
    QString target; ///< path and query exactly as sent, e.g. "/<projectId>/_apis/…/events?api-version=2.0-preview.1"
    QString remoteAddress;
    int status = 0; ///< what the listener answered
    Kind kind = Kind::Unrecognised;
    QString eventName; ///< for events: the `name` as sent ("TaskCompleted")
    QString summary; ///< the parsed body in a few words: "TaskCompleted, result succeeded", "2 console lines"
    AuthOutcome auth = AuthOutcome::NotChecked;
    QList<CallbackCheck> checks; ///< in the order they were made; problems decide the status
    /// The request's headers as received, for display. The Authorization credential and the plan's AuthToken
    /// anywhere else are replaced by "••••" (the scheme stays: "Basic ••••"): a timeline is shown and copied.
    QList<QPair<QString, QString>> headers;
    /// The body as received, up to bodyKeepLimit bytes, with the AuthToken replaced by "••••".
    QByteArray body;
    qint64 bodySize = 0; ///< as received, also when only the first bodyKeepLimit bytes are kept

    /// Enough for every event, feed page and records patch a service sends; a log page can be 8 MB.
    static constexpr qsizetype bodyKeepLimit = 64 * 1024;

    bool hasProblem() const;
    /// This entry with `redactor` applied to its target, summary, checks, headers and body.
    CallbackEntry displaySafe(const Redactor &redactor) const;
    QStringList texts(CallbackCheck::Severity severity) const;

    /// One line: "#3 12:00:01.123 POST /…/events?api-version=2.0-preview.1 -> 200 TaskCompleted, result succeeded"
    /// (local time).
    QString describe() const;

    static QString kindName(Kind kind); ///< "event", "feed", "log create", …
    static QString authName(AuthOutcome auth); ///< "accepted", "missing", "wrong token", "malformed", "not checked"
};

} // namespace RestGate

Q_DECLARE_METATYPE(RestGate::CallbackEntry)
