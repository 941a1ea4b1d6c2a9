#include "criteriajudge.h"

namespace RestGate {

std::shared_ptr<const CriteriaOutcome> CriteriaJudge::evaluate(const QString &criteria, const VariableSet &variables,
                                                               const QByteArray &body, bool bodyTruncated)
{
    return std::make_shared<const CriteriaOutcome>(
        CriteriaEvaluator().evaluate(criteria, variables, body, bodyTruncated));
}

QStringList CriteriaJudge::reasons(const CriteriaOutcome &outcome)
{
    QStringList reasons;
    switch (outcome.status) {
    case CriteriaOutcome::Status::NotSet:
        return reasons;
    case CriteriaOutcome::Status::True:
        reasons.append(QStringLiteral("Success criteria %1 is true.").arg(outcome.expression));
        break;
    case CriteriaOutcome::Status::False:
        reasons.append(QStringLiteral("Success criteria %1 is false.").arg(outcome.expression));
        break;
    case CriteriaOutcome::Status::BodyTooLarge:
        reasons.append(outcome.message);
        if (outcome.dryRunEvaluated) {
            reasons.append(QStringLiteral("(Dry run only, not what Azure DevOps does: on this body the criteria would "
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
        reasons.append(QStringLiteral("No variable defines $(%1); the criteria keeps it as written.").arg(name));
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

} // namespace RestGate
