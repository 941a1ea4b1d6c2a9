#pragma once

#include <QString>

#include <functional>

namespace RestGate {

/// Evaluates a task.json `visibleRule`, e.g. `method != GET && method != HEAD`.
///
/// The grammar is the task editor's: clauses `input op value` joined by `&&` or `||` (left to right, no
/// parentheses), with op one of `=`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `Contains`, `NotContains`, `EndsWith`,
/// `NotEndsWith`. Values compare as text ignoring case. An empty rule is always visible.
///     evaluateVisibleRule("waitForCompletion = false", lookup)  -> true when lookup("waitForCompletion") == "false"
class VisibleRule
{
public:
    using Lookup = std::function<QString(const QString &inputName)>;

    static bool evaluate(const QString &rule, const Lookup &lookup);
};

} // namespace RestGate
