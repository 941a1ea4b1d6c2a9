#include "core/result/runresult.h"

#include "core/result/criteriajudge.h"

#include <QCoreApplication>
#include <QHash>

namespace RestGate {

QString RunResult::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed:
        return QStringLiteral("PASSED");
    case Verdict::Failed:
        return QStringLiteral("FAILED");
    case Verdict::TimedOut:
        return QStringLiteral("TIMED OUT");
    case Verdict::Error:
        return QStringLiteral("ERROR");
    case Verdict::Cancelled:
        return QStringLiteral("CANCELLED");
    case Verdict::NotCompleted:
        return QStringLiteral("NOT COMPLETED");
    }
    return {};
}

QString RunResult::verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed:
        return QCoreApplication::translate("RunResult", "PASSED");
    case Verdict::Failed:
        return QCoreApplication::translate("RunResult", "FAILED");
    case Verdict::TimedOut:
        return QCoreApplication::translate("RunResult", "TIMED OUT");
    case Verdict::Error:
        return QCoreApplication::translate("RunResult", "ERROR");
    case Verdict::Cancelled:
        return QCoreApplication::translate("RunResult", "CANCELLED");
    case Verdict::NotCompleted:
        return QCoreApplication::translate("RunResult", "NOT COMPLETED");
    }
    return {};
}

QString RunResult::continueOnErrorNote()
{
    return QStringLiteral("continueOnError is true: in a pipeline this step would be marked \"succeeded with issues\" "
                          "(SucceededWithIssues) and the job would go on with the next step.");
}

void RunResult::noteContinueOnError()
{
    const QString note = continueOnErrorNote();
    if (continueOnError && failedForPipeline() && !reasons.contains(note))
        reasons.append(note);
}

bool RunResult::isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

void RunResult::noteUnfollowedRedirect()
{
    if (options.network.followRedirects || !isRedirectStatus(status))
        return;
    QString location;
    for (const auto &[name, value] : std::as_const(responseHeaders)) {
        if (name.compare(QLatin1String("Location"), Qt::CaseInsensitive) == 0)
            location = value;
    }
    if (location.isEmpty())
        return;
    const QString note =
        QCoreApplication::translate("RunResult",
                                    "Redirects are not followed (--no-redirects / Preferences): the dry run stopped "
                                    "at this %1 %2 to '%3'. Azure DevOps' HttpClient would follow it.")
            .arg(QString::number(status), statusName(status), location);
    if (!reasons.contains(note))
        reasons.append(note);
}

QString RunResult::statusName(int status)
{
    // System.Net.HttpStatusCode member names, which is what "Response Code: <name>" prints.
    static const QHash<int, QString> names = {
        {100, QStringLiteral("Continue")},
        {101, QStringLiteral("SwitchingProtocols")},
        {200, QStringLiteral("OK")},
        {201, QStringLiteral("Created")},
        {202, QStringLiteral("Accepted")},
        {203, QStringLiteral("NonAuthoritativeInformation")},
        {204, QStringLiteral("NoContent")},
        {205, QStringLiteral("ResetContent")},
        {206, QStringLiteral("PartialContent")},
        {300, QStringLiteral("MultipleChoices")},
        {301, QStringLiteral("MovedPermanently")},
        {302, QStringLiteral("Found")},
        {303, QStringLiteral("SeeOther")},
        {304, QStringLiteral("NotModified")},
        {305, QStringLiteral("UseProxy")},
        {307, QStringLiteral("TemporaryRedirect")},
        {308, QStringLiteral("PermanentRedirect")},
        {400, QStringLiteral("BadRequest")},
        {401, QStringLiteral("Unauthorized")},
        {402, QStringLiteral("PaymentRequired")},
        {403, QStringLiteral("Forbidden")},
        {404, QStringLiteral("NotFound")},
        {405, QStringLiteral("MethodNotAllowed")},
        {406, QStringLiteral("NotAcceptable")},
        {407, QStringLiteral("ProxyAuthenticationRequired")},
        {408, QStringLiteral("RequestTimeout")},
        {409, QStringLiteral("Conflict")},
        {410, QStringLiteral("Gone")},
        {411, QStringLiteral("LengthRequired")},
        {412, QStringLiteral("PreconditionFailed")},
        {413, QStringLiteral("RequestEntityTooLarge")},
        {414, QStringLiteral("RequestUriTooLong")},
        {415, QStringLiteral("UnsupportedMediaType")},
        {416, QStringLiteral("RequestedRangeNotSatisfiable")},
        {417, QStringLiteral("ExpectationFailed")},
        {421, QStringLiteral("MisdirectedRequest")},
        {422, QStringLiteral("UnprocessableEntity")},
        {423, QStringLiteral("Locked")},
        {424, QStringLiteral("FailedDependency")},
        {426, QStringLiteral("UpgradeRequired")},
        {428, QStringLiteral("PreconditionRequired")},
        {429, QStringLiteral("TooManyRequests")},
        {431, QStringLiteral("RequestHeaderFieldsTooLarge")},
        {451, QStringLiteral("UnavailableForLegalReasons")},
        {500, QStringLiteral("InternalServerError")},
        {501, QStringLiteral("NotImplemented")},
        {502, QStringLiteral("BadGateway")},
        {503, QStringLiteral("ServiceUnavailable")},
        {504, QStringLiteral("GatewayTimeout")},
        {505, QStringLiteral("HttpVersionNotSupported")},
    };
    return names.value(status, QString::number(status));
}

QString RunResult::serverLog(const QString &method, const QString &url, int status, const QString &bodyText,
                             const QString &exceptionMessage)
{
    // The server indents the response lines with four tabs.
    const QString indent = QStringLiteral("\t\t\t\t");
    QString log = method + QLatin1Char(' ') + url + QLatin1Char('\n') + indent + QStringLiteral("Response Code: ")
        + (status == 0 ? QStringLiteral("0") : statusName(status)) + QLatin1Char('\n');
    if (!exceptionMessage.isEmpty())
        log += indent + QStringLiteral("Exception Message: ") + exceptionMessage + QLatin1Char('\n');
    else
        log += indent + QStringLiteral("Response: ") + bodyText + QLatin1Char('\n');
    return log;
}

Redactor RunResult::redactor() const
{
    Redactor redactor = request.redactor();
    if (criteria)
        redactor.merge(CriteriaJudge::redactor(*criteria));
    return redactor;
}

RunResult RunResult::displaySafe() const
{
    const Redactor redactor = this->redactor();
    RunResult shown = *this;
    shown.request = request.displaySafe();
    if (criteria) {
        auto shownCriteria = std::make_shared<const CriteriaOutcome>(CriteriaJudge::displaySafe(*criteria, redactor));
        // The reasons that quote the criteria are written again from the masked outcome rather than patched, so
        // a secret too short to be masked by occurrence is masked there too.
        const QStringList clearReasons = CriteriaJudge::reasons(*criteria);
        const QStringList shownReasons = CriteriaJudge::reasons(*shownCriteria);
        for (QString &reason : shown.reasons) {
            const qsizetype at = clearReasons.indexOf(reason);
            reason = at >= 0 && at < shownReasons.size() ? shownReasons.at(at) : redactor.apply(reason);
        }
        shown.criteria = std::move(shownCriteria);
    } else {
        shown.reasons = redactor.apply(reasons);
    }
    shown.errorString = redactor.apply(errorString);
    for (Finding &finding : shown.findings)
        finding.message = redactor.apply(finding.message);
    shown.log = redactor.apply(log);
    for (auto &[name, value] : shown.responseHeaders)
        value = redactor.apply(value);
    shown.body = redactor.apply(body);
    shown.bodyDocument = Json::Document();
    for (RedirectHop &hop : shown.redirects) {
        hop.from = redactor.apply(hop.from);
        hop.to = redactor.apply(hop.to);
    }
    shown.finalUrl = redactor.apply(finalUrl);
    return shown;
}

} // namespace RestGate
