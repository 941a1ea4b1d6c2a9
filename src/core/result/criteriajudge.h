#pragma once

#include "core/design/variables.h"
#include "core/expression/criteriaevaluator.h"
#include "core/request/redaction.h"
#include "core/result/runresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace RestGate {

/// The runner's view of the criteria engine: evaluates a task's success criteria on a response and puts the outcome
/// into the verdict's plain sentences, the CLI's JSON and its trace text.
class CriteriaJudge
{
public:
    static std::shared_ptr<const CriteriaOutcome> evaluate(const QString &criteria, const VariableSet &variables,
                                                           const QByteArray &body, bool bodyTruncated);
    /// An outcome and the body it parsed on the way (empty when the criteria is blank and nothing was parsed).
    struct Judgement
    {
        Json::Document document;
        std::shared_ptr<const CriteriaOutcome> outcome;
    };
    /// evaluate(), keeping the parsed body for the consumers after the runner.
    static Judgement judge(const QString &criteria, const VariableSet &variables, const QByteArray &body,
                           bool bodyTruncated);
    /// Sentences for the verdict's reasons, most important first.
    static QStringList reasons(const CriteriaOutcome &outcome);
    static QString traceText(const CriteriaOutcome &outcome);
    static QJsonObject toJson(const CriteriaOutcome &outcome);

    /// Sets the verdict and reasons of an answered run from its status (by `result->options`), the dry-run byte cap
    /// and `criteria` (null or NotSet: the status alone decides). The runner and a live re-judge share this, so
    /// re-judging a response gives exactly what sending again would have given for the same response.
    static void applyVerdict(RunResult *result, std::shared_ptr<const CriteriaOutcome> criteria);
    /// `result` judged again with another criteria's outcome (evaluated on `result.body`); nothing is re-sent.
    static RunResult rejudged(const RunResult &result, std::shared_ptr<const CriteriaOutcome> criteria);

    /// Masks texts that quote this outcome: its expanded expression as a site, the secret values in it.
    static Redactor redactor(const CriteriaOutcome &outcome);
    /// `outcome` as it may be shown: the values `$(secret)` macros put into the expression masked wherever the
    /// expression, the trace or a message shows them (however short), and `redactor` applied to the rest (values
    /// read from the response). The status, positions and the trace's shape are unchanged.
    static CriteriaOutcome displaySafe(const CriteriaOutcome &outcome, const Redactor &redactor);
};

} // namespace RestGate
