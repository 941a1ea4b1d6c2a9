#include "callback/callbackentry.h"

#include <algorithm>

namespace RestGate {

QString CallbackCheck::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Note:
        return QStringLiteral("note");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Problem:
        return QStringLiteral("PROBLEM");
    }
    return QString();
}

CallbackEntry CallbackEntry::displaySafe(const Redactor &redactor) const
{
    if (redactor.isEmpty())
        return *this;
    CallbackEntry shown = *this;
    shown.target = redactor.apply(target);
    shown.summary = redactor.apply(summary);
    for (CallbackCheck &check : shown.checks)
        check.text = redactor.apply(check.text);
    for (auto &[name, value] : shown.headers)
        value = redactor.apply(value);
    shown.body = redactor.apply(body);
    return shown;
}

bool CallbackEntry::hasProblem() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const CallbackCheck &check) { return check.severity == CallbackCheck::Severity::Problem; });
}

QStringList CallbackEntry::texts(CallbackCheck::Severity severity) const
{
    QStringList result;
    for (const CallbackCheck &check : checks) {
        if (check.severity == severity)
            result.append(check.text);
    }
    return result;
}

QString CallbackEntry::describe() const
{
    QString line = u'#' + QString::number(sequence) + u' '
        + receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) + u' '
        + (method.isEmpty() ? QStringLiteral("?") : method) + u' '
        + (target.isEmpty() ? QStringLiteral("(no request line)") : target) + QLatin1String(" -> ")
        + QString::number(status);
    if (!summary.isEmpty())
        line += u' ' + summary;
    return line;
}

QString CallbackEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return QStringLiteral("event");
    case Kind::Feed:
        return QStringLiteral("feed");
    case Kind::LogCreate:
        return QStringLiteral("log create");
    case Kind::LogAppend:
        return QStringLiteral("log append");
    case Kind::RecordsGet:
        return QStringLiteral("records read");
    case Kind::RecordsUpdate:
        return QStringLiteral("records update");
    case Kind::Unrecognised:
        return QStringLiteral("unrecognised");
    case Kind::MalformedHttp:
        return QStringLiteral("malformed HTTP");
    case Kind::TooLarge:
        return QStringLiteral("too large");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QString();
}

QString CallbackEntry::authName(AuthOutcome auth)
{
    switch (auth) {
    case AuthOutcome::NotChecked:
        return QStringLiteral("not checked");
    case AuthOutcome::Accepted:
        return QStringLiteral("accepted");
    case AuthOutcome::Missing:
        return QStringLiteral("missing");
    case AuthOutcome::WrongToken:
        return QStringLiteral("wrong token");
    case AuthOutcome::Malformed:
        return QStringLiteral("malformed");
    }
    return QString();
}

} // namespace RestGate
