#include "core/result/criteriajudge.h"

#include "core/run/networksettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RestGate {

std::shared_ptr<const CriteriaOutcome> CriteriaJudge::evaluate(const QString &criteria, const VariableSet &variables,
                                                               const QByteArray &body, bool bodyTruncated)
{
    return judge(criteria, variables, body, bodyTruncated).outcome;
}

CriteriaJudge::Judgement CriteriaJudge::judge(const QString &criteria, const VariableSet &variables,
                                              const QByteArray &body, bool bodyTruncated)
{
    Judgement judgement;
    judgement.document = CriteriaEvaluator::parseBodyFor(criteria, variables, body);
    judgement.outcome = std::make_shared<const CriteriaOutcome>(
        CriteriaEvaluator().evaluate(criteria, variables, judgement.document, body.size(), bodyTruncated));
    return judgement;
}

QStringList CriteriaJudge::reasons(const CriteriaOutcome &outcome)
{
    QStringList reasons;
    switch (outcome.status) {
    case CriteriaOutcome::Status::NotSet:
        return reasons;
    case CriteriaOutcome::Status::True:
        reasons.append(
            QCoreApplication::translate("CriteriaJudge", "Success criteria %1 is true.").arg(outcome.expression));
        break;
    case CriteriaOutcome::Status::False:
        reasons.append(
            QCoreApplication::translate("CriteriaJudge", "Success criteria %1 is false.").arg(outcome.expression));
        break;
    case CriteriaOutcome::Status::BodyTooLarge:
        reasons.append(outcome.message);
        if (outcome.dryRunEvaluated) {
            reasons.append(QCoreApplication::translate(
                               "CriteriaJudge",
                               "(Dry run only, not what Azure DevOps does: on this body the criteria would "
                               "be %1.)")
                               .arg(outcome.dryRunValue ? QStringLiteral("true") : QStringLiteral("false")));
        }
        break;
    case CriteriaOutcome::Status::ParseError:
    case CriteriaOutcome::Status::EvaluationError:
    case CriteriaOutcome::Status::BodyNotJson:
        reasons.append(outcome.message);
        if (!outcome.detail.isEmpty() && !outcome.message.contains(outcome.detail))
            reasons.append(outcome.detail);
        break;
    }
    if (!outcome.hint.isEmpty())
        reasons.append(outcome.hint);
    for (const QString &name : outcome.unknownMacros)
        reasons.append(
            QCoreApplication::translate("CriteriaJudge", "No variable defines $(%1); the criteria keeps it as written.")
                .arg(name));
    return reasons;
}

QString CriteriaJudge::traceText(const CriteriaOutcome &outcome)
{
    QString text = outcome.trace.toText();
    for (const QString &note : outcome.notes)
        text += QStringLiteral("\nnote: ") + note;
    return text.trimmed();
}

QJsonObject CriteriaJudge::toJson(const CriteriaOutcome &outcome)
{
    QJsonObject object {{QStringLiteral("criteria"), outcome.criteria},
                        {QStringLiteral("expression"), outcome.expression},
                        {QStringLiteral("result"), CriteriaOutcome::statusText(outcome.status)},
                        {QStringLiteral("passed"), outcome.passed()}};
    if (!outcome.message.isEmpty())
        object.insert(QStringLiteral("message"), outcome.message);
    if (!outcome.detail.isEmpty())
        object.insert(QStringLiteral("detail"), outcome.detail);
    if (outcome.errorPosition > 0)
        object.insert(QStringLiteral("position"), outcome.errorPosition);
    if (outcome.dryRunEvaluated)
        object.insert(QStringLiteral("dryRunValue"), outcome.dryRunValue);
    return object;
}

void CriteriaJudge::applyVerdict(RunResult *result, std::shared_ptr<const CriteriaOutcome> criteria)
{
    const RunOptions &options = result->options;
    const int status = result->status;
    const bool statusPasses = status == 200 || (options.treatAny2xxAsSuccess && status >= 200 && status < 300);
    QStringList reasons;
    const QString statusText = QStringLiteral("%1 %2").arg(status).arg(result->reasonPhrase);
    if (status == 200)
        reasons.append(
            QCoreApplication::translate("CriteriaJudge", "Status %1 meets the rule: Azure DevOps passes on 200 OK.")
                .arg(statusText));
    else if (statusPasses)
        reasons.append(QCoreApplication::translate(
                           "CriteriaJudge",
                           "Status %1 passes only because \"treat any 2xx as success\" is on; Azure DevOps "
                           "documents 200 OK as the rule.")
                           .arg(statusText));
    else
        reasons.append(
            QCoreApplication::translate("CriteriaJudge", "Status %1: Azure DevOps passes the task only on 200 OK.")
                .arg(statusText));
    if (result->bodyTruncated) {
        reasons.append(QCoreApplication::translate(
                           "CriteriaJudge", "The response was cut at the dry-run cap of %1 bytes (%2 bytes received).")
                           .arg(options.maxBodyBytes)
                           .arg(result->bodyBytes));
    }

    if (result->request.isCallback) {
        // The service is expected to accept at once (202 Accepted is the documented answer) and report later.
        const bool accepted = status >= 200 && status < 300;
        reasons.first() = accepted
            ? QCoreApplication::translate("CriteriaJudge", "The service accepted the initial call with %1.")
                  .arg(statusText)
            : QCoreApplication::translate("CriteriaJudge", "The service rejected the initial call with %1.")
                  .arg(statusText);
        result->verdict = accepted ? RunResult::Verdict::NotCompleted : RunResult::Verdict::Failed;
        if (accepted)
            reasons.append(QCoreApplication::translate(
                "CriteriaJudge",
                "Completion event is Callback: Azure DevOps now waits for the service to "
                "post TaskCompleted. This dry run did not wait for it, so it is not a pass."));
        result->criteria = nullptr;
        result->reasons = reasons;
        return;
    }

    if (criteria)
        result->request.criteria = criteria->criteria;
    // A criteria that is blank after macro expansion is no criteria at all: the server goes by the status alone.
    if (!criteria || !criteria->affectsVerdict()) {
        result->criteria = nullptr;
        result->verdict = statusPasses ? RunResult::Verdict::Passed : RunResult::Verdict::Failed;
        result->reasons = reasons;
        return;
    }
    for (const QString &reason : CriteriaJudge::reasons(*criteria)) {
        if (!reason.isEmpty())
            reasons.append(reason);
    }
    result->verdict = statusPasses && criteria->passed() ? RunResult::Verdict::Passed : RunResult::Verdict::Failed;
    result->reasons = reasons;
    result->criteria = std::move(criteria);
}

RunResult CriteriaJudge::rejudged(const RunResult &result, std::shared_ptr<const CriteriaOutcome> criteria)
{
    RunResult judged = result;
    applyVerdict(&judged, std::move(criteria));
    // The verdict is rebuilt from the response; that the certificate went unchecked is still true of it.
    if (judged.tls.insecure)
        judged.reasons = TlsRules::insecureNotes(judged.tls.errors, true) + judged.reasons;
    judged.noteUnfollowedRedirect();
    judged.noteContinueOnError();
    return judged;
}

Redactor CriteriaJudge::redactor(const CriteriaOutcome &outcome)
{
    Redactor redactor;
    redactor.addSite(outcome.expression, Redactor::masked(outcome.expression, outcome.secretSpans));
    for (const SecretSpan &span : outcome.secretSpans)
        redactor.addSecret(outcome.expression.mid(span.start, span.length));
    return redactor;
}

namespace {

bool overlaps(const QList<SecretSpan> &spans, qsizetype start, qsizetype length)
{
    return !Redactor::clipped(spans, start, length).isEmpty();
}

/// The engine quotes the value it could not convert at the end of its message ("... Value: s3cret"); when that
/// value came from a secret, it is masked however short it is.
QString withoutQuotedValue(QString error)
{
    static const QRegularExpression quoted(QStringLiteral("(\\. Value: )(.*)$"));
    const QRegularExpressionMatch match = quoted.match(error);
    if (match.hasMatch())
        error.replace(match.capturedStart(2), match.capturedLength(2), Redactor::mark());
    return error;
}

} // namespace

CriteriaOutcome CriteriaJudge::displaySafe(const CriteriaOutcome &outcome, const Redactor &redactor)
{
    if (outcome.secretSpans.isEmpty() && redactor.isEmpty())
        return outcome;
    CriteriaOutcome shown = outcome;
    Redactor all = CriteriaJudge::redactor(outcome);
    all.merge(redactor);
    const QList<SecretSpan> &spans = outcome.secretSpans;
    // A parse error quotes the token it stopped at; a token cut from a secret is masked, however short.
    auto maskQuotedToken = [&](QString text) {
        if (outcome.errorPosition < 1 || !overlaps(spans, outcome.errorPosition - 1, outcome.errorLength))
            return all.apply(text);
        const QString token = outcome.expression.mid(outcome.errorPosition - 1, outcome.errorLength);
        const QString masked =
            Redactor::masked(token, Redactor::clipped(spans, outcome.errorPosition - 1, outcome.errorLength));
        text = all.apply(text);
        if (!token.isEmpty())
            text.replace(u'\'' + token + u'\'', u'\'' + masked + u'\'');
        return text;
    };
    const bool errorFromSecret =
        outcome.errorPosition >= 1 && overlaps(spans, outcome.errorPosition - 1, std::max(outcome.errorLength, 1));
    shown.expression = Redactor::masked(outcome.expression, spans);
    shown.message = maskQuotedToken(outcome.message);
    shown.detail = maskQuotedToken(outcome.detail);
    if (errorFromSecret && outcome.status == CriteriaOutcome::Status::EvaluationError)
        shown.detail = withoutQuotedValue(shown.detail);
    shown.hint = maskQuotedToken(outcome.hint);
    if (errorFromSecret && outcome.status == CriteriaOutcome::Status::EvaluationError)
        shown.hint = withoutQuotedValue(shown.hint);
    shown.notes = all.apply(outcome.notes);

    Expression::Trace &trace = shown.trace;
    trace.expression = Redactor::masked(trace.expression, spans);
    for (Expression::TraceNode &node : trace.nodes) {
        const QList<SecretSpan> inside = Redactor::clipped(spans, node.start, node.length);
        node.text = Redactor::masked(node.text, inside);
        node.skipReason = all.apply(node.skipReason);
        node.error = all.apply(node.error);
        node.path = all.apply(node.path);
        if (inside.isEmpty()) {
            node.value = all.apply(node.value);
            continue;
        }
        // The node's value is computed from a secret (the literal itself, lower('$(token)'), format(...)): only
        // a verdict-like true/false or null says nothing about it.
        if (node.kind == QLatin1String("String"))
            node.value = u'\'' + Redactor::mark() + u'\'';
        else if (!node.value.isEmpty() && node.kind != QLatin1String("Boolean") && node.kind != QLatin1String("Null")
                 && node.kind != QLatin1String("Array") && node.kind != QLatin1String("Object"))
            node.value = Redactor::mark();
        node.error = withoutQuotedValue(node.error);
    }
    return shown;
}

} // namespace RestGate
