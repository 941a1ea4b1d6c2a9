#include "core/design/visibilityrule.h"

#include <QList>
#include <QRegularExpression>

namespace RestGate {

namespace {

bool evaluateClause(const QString &clause, const VisibleRule::Lookup &lookup)
{
    // Word operators need surrounding spaces; symbol operators may stand without them. Longest symbols first.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*([A-Za-z0-9_.]+)\s*(!=|==|<=|>=|=|<|>|\s(?:NotContains|Contains|NotEndsWith|EndsWith)\s)\s*(.*?)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(clause);
    if (!match.hasMatch())
        return true; // A rule the editor cannot read does not hide the input.
    const QString actual = lookup(match.captured(1));
    const QString op = match.captured(2).trimmed();
    const QString expected = match.captured(3);
    const int order = actual.compare(expected, Qt::CaseInsensitive);
    if (op == QLatin1String("=") || op == QLatin1String("=="))
        return order == 0;
    if (op == QLatin1String("!="))
        return order != 0;
    if (op == QLatin1String("<"))
        return order < 0;
    if (op == QLatin1String("<="))
        return order <= 0;
    if (op == QLatin1String(">"))
        return order > 0;
    if (op == QLatin1String(">="))
        return order >= 0;
    if (op == QLatin1String("Contains"))
        return actual.contains(expected, Qt::CaseInsensitive);
    if (op == QLatin1String("NotContains"))
        return !actual.contains(expected, Qt::CaseInsensitive);
    if (op == QLatin1String("EndsWith"))
        return actual.endsWith(expected, Qt::CaseInsensitive);
    return !actual.endsWith(expected, Qt::CaseInsensitive); // NotEndsWith
}

} // namespace

bool VisibleRule::evaluate(const QString &rule, const Lookup &lookup)
{
    if (rule.trimmed().isEmpty())
        return true;
    // Split into clauses, remembering the connective that precedes each.
    static const QRegularExpression connective(QStringLiteral(R"(\s*(&&|\|\|)\s*)"));
    bool result = true;
    QString pendingConnective;
    qsizetype from = 0;
    auto apply = [&](const QString &clause) {
        const bool value = evaluateClause(clause, lookup);
        if (pendingConnective.isEmpty())
            result = value;
        else if (pendingConnective == QLatin1String("&&"))
            result = result && value;
        else
            result = result || value;
    };
    QRegularExpressionMatchIterator it = connective.globalMatch(rule);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        apply(rule.mid(from, match.capturedStart() - from));
        pendingConnective = match.captured(1);
        from = match.capturedEnd();
    }
    apply(rule.mid(from));
    return result;
}

} // namespace RestGate
