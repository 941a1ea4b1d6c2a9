#pragma once

#include "expression/criteriaevaluator.h"
#include "variables.h"

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
    /// Sentences for the verdict's reasons, most important first.
    static QStringList reasons(const CriteriaOutcome &outcome);
    static QString traceText(const CriteriaOutcome &outcome);
    static QJsonObject toJson(const CriteriaOutcome &outcome);
};

} // namespace RestGate
