#include "core/expression/criteriaevaluator.h"

#include "core/expression/evaluator.h"
#include "core/expression/parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace RestGate {

QString CriteriaOutcome::statusText(Status status)
{
    switch (status) {
    case Status::NotSet:
        return QStringLiteral("not set");
    case Status::True:
        return QStringLiteral("true");
    case Status::False:
        return QStringLiteral("false");
    case Status::ParseError:
        return QStringLiteral("invalid expression");
    case Status::EvaluationError:
        return QStringLiteral("evaluation failed");
    case Status::BodyNotJson:
        return QStringLiteral("body is not JSON");
    case Status::BodyTooLarge:
        return QStringLiteral("body too large");
    }
    return {};
}

namespace {

using Status = CriteriaOutcome::Status;

/// Json.NET 13's JsonTextReader refuses nesting beyond this by default; older servers have no limit.
constexpr int kJsonNetDefaultMaxDepth = 64;

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

/// Where a span of the expanded expression came from in the criteria as written: 1:1 outside macros, the whole
/// macro inside one.
void mapToCriteria(const QString &criteria, const VariableSet &variables, const QString &expanded,
                   CriteriaOutcome &outcome)
{
    if (outcome.errorPosition < 1)
        return;
    struct Segment
    {
        qsizetype originalStart, originalLength, expandedStart, expandedLength;
        bool macro;
    };
    QList<Segment> segments;
    const MacroExpander expander(variables);
    qsizetype original = 0;
    qsizetype produced = 0;
    QString rebuilt;
    for (const MacroSpan &span : MacroExpander::findMacros(criteria)) {
        if (span.start > original) {
            const qsizetype length = span.start - original;
            segments.append(Segment {original, length, produced, length, false});
            rebuilt += criteria.mid(original, length);
            produced += length;
        }
        const QString replacement = expander.expand(criteria.mid(span.start, span.length)).text;
        segments.append(Segment {span.start, span.length, produced, replacement.size(), true});
        rebuilt += replacement;
        produced += replacement.size();
        original = span.start + span.length;
    }
    if (original < criteria.size()) {
        const qsizetype length = criteria.size() - original;
        segments.append(Segment {original, length, produced, length, false});
        rebuilt += criteria.mid(original);
    }
    if (rebuilt != expanded)
        return;
    const qsizetype position = outcome.errorPosition - 1;
    for (const Segment &segment : segments) {
        if (position < segment.expandedStart || position >= segment.expandedStart + segment.expandedLength)
            continue;
        if (segment.macro) {
            outcome.criteriaErrorPosition = int(segment.originalStart) + 1;
            outcome.criteriaErrorLength = int(segment.originalLength);
        } else {
            const qsizetype start = segment.originalStart + (position - segment.expandedStart);
            outcome.criteriaErrorPosition = int(start) + 1;
            outcome.criteriaErrorLength =
                int(std::min<qsizetype>(outcome.errorLength, segment.originalStart + segment.originalLength - start));
        }
        return;
    }
}

QString describeConstructs(const Json::Document &document)
{
    const QList<Json::NonStrictConstruct> constructs = document.nonStrictConstructs();
    if (constructs.isEmpty())
        return {};
    QStringList examples;
    for (const Json::NonStrictConstruct &construct : constructs) {
        if (examples.size() == 5)
            break;
        examples.append(
            QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator", "%1 at line %2, column %3")
                .arg(Json::NonStrictConstruct::describe(construct.kind))
                .arg(construct.line)
                .arg(construct.column));
    }
    const qsizetype total = document.nonStrictCount();
    QString text = total == 1
        ? QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                      "The body is accepted by Azure DevOps but is not strict JSON (1 place): %1")
              .arg(examples.join(QStringLiteral("; ")))
        : QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                      "The body is accepted by Azure DevOps but is not strict JSON (%1 places): %2")
              .arg(total)
              .arg(examples.join(QStringLiteral("; ")));
    if (total > examples.size())
        text += QStringLiteral("; ...");
    return text + u'.';
}

/// Plain words for an evaluation error: which function, what it needed, what it got.
QString evaluationHint(const QString &function, const QString &error)
{
    static const QRegularExpression typeCast(
        QStringLiteral("^Unable to convert from (\\w+) to (\\w+)\\. Value: (.*)$"));
    const QRegularExpressionMatch cast = typeCast.match(error);
    const QString name = function.toLower();
    if (cast.hasMatch()) {
        const QString from = cast.captured(1);
        const QString to = cast.captured(2);
        const QString value = cast.captured(3);
        if (name == QLatin1String("gt") || name == QLatin1String("ge") || name == QLatin1String("lt")
            || name == QLatin1String("le")) {
            if (from == QLatin1String("Array") || from == QLatin1String("Object"))
                return QCoreApplication::translate(
                           "RestGate::Expression::CriteriaEvaluator",
                           "%1() cannot order an %2; compare one of its values, or count(...) it")
                    .arg(function, from);
            return QCoreApplication::translate(
                       "RestGate::Expression::CriteriaEvaluator",
                       "%1() converts its right argument to the type of the left one (%2), and %3 (%4) "
                       "does not convert; eq() would just say 'not equal'")
                .arg(function, to, value, from);
        }
        if (to == QLatin1String("String")) {
            QString hint = QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                                       "%1() works on text, and an %2 has no text form")
                               .arg(function, from);
            if (name == QLatin1String("contains"))
                hint +=
                    QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                                "; to look for a value in an array use containsValue(array, value)");
            return hint;
        }
        return QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                           "in %1(): %2 %3 does not convert to %4")
            .arg(function, from, value, to);
    }
    if (error.startsWith(QLatin1String("The maximum allowed memory size")))
        return QCoreApplication::translate(
            "RestGate::Expression::CriteriaEvaluator",
            "the intermediate results exceed the server's 1 MB evaluation budget (long strings "
            "count twice their length)");
    if (error.startsWith(QLatin1String("Value was either too large or too small for a Decimal")))
        return QCoreApplication::translate(
            "RestGate::Expression::CriteriaEvaluator",
            "a number in the body (NaN, Infinity or a huge value) does not fit the engine's "
            "decimal numbers");
    if (!function.isEmpty())
        return QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator", "in %1(): %2")
            .arg(function, error);
    return error;
}

class Judge
{
public:
    Judge(const QString &criteria, const VariableSet &variables)
        : m_variables(variables)
    {
        m_outcome.criteria = criteria;
        const Expansion expansion = MacroExpander(variables).expand(criteria);
        m_outcome.expression = expansion.text;
        m_outcome.unknownMacros = expansion.unknown;
        m_outcome.secretsUsed = expansion.secretsUsed;
        m_outcome.secretSpans = expansion.secretSpans;
        if (!expansion.unknown.isEmpty()) {
            QStringList names;
            for (const QString &name : expansion.unknown)
                names.append(QStringLiteral("$(") + name + u')');
            m_outcome.notes.append(
                QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                            "No variable defines %1, so the server evaluates it as written.")
                    .arg(names.join(QStringLiteral(", "))));
        }
    }

    bool isBlank() const { return ::RestGate::isBlank(m_outcome.expression); }
    CriteriaOutcome &outcome() { return m_outcome; }

    /// Parses the expression; on failure fills the span and hint (the status is the caller's decision).
    bool parse()
    {
        m_parsed = Expression::parse(m_outcome.expression);
        if (m_parsed.ok())
            return true;
        const Expression::ParseError &error = m_parsed.error;
        m_outcome.detail = error.message;
        m_outcome.errorPosition = error.position > 0 ? error.position : -1;
        m_outcome.errorLength = error.length;
        m_outcome.hint = error.hint;
        mapToCriteria(m_outcome.criteria, m_variables, m_outcome.expression, m_outcome);
        return false;
    }

    /// Evaluates the parsed expression; returns false on an evaluation error (span, hint and detail filled).
    bool evaluate(const Json::Value &root, bool *value)
    {
        const Expression::Evaluation evaluation = Expression::evaluate(m_parsed.program, root);
        m_outcome.trace = evaluation.trace;
        if (evaluation.ok) {
            *value = evaluation.result;
            return true;
        }
        m_outcome.detail = evaluation.error;
        if (evaluation.errorNode >= 0) {
            const Expression::TraceNode &node = evaluation.trace.nodes.at(evaluation.errorNode);
            m_outcome.errorPosition = node.start + 1;
            m_outcome.errorLength = node.length;
            m_outcome.hint = evaluationHint(evaluation.errorFunction, evaluation.error);
            mapToCriteria(m_outcome.criteria, m_variables, m_outcome.expression, m_outcome);
        }
        return false;
    }

    void setParseErrorStatus()
    {
        m_outcome.status = Status::ParseError;
        m_outcome.message = QStringLiteral("Http request expression '%1' is not valid. Error: %2")
                                .arg(m_outcome.expression, m_parsed.error.message);
    }

    void setEvaluationErrorStatus()
    {
        m_outcome.status = Status::EvaluationError;
        m_outcome.message = QStringLiteral("Evaluation of expression '%1' failed.").arg(m_outcome.expression);
    }

private:
    const VariableSet &m_variables;
    CriteriaOutcome m_outcome;
    Expression::ParseResult m_parsed;
};

} // namespace

CriteriaOutcome CriteriaEvaluator::evaluate(const QString &criteria, const VariableSet &variables,
                                            const QByteArray &body, bool bodyTruncated) const
{
    return evaluate(criteria, variables, parseBodyFor(criteria, variables, body), body.size(), bodyTruncated);
}

Json::Document CriteriaEvaluator::parseBodyFor(const QString &criteria, const VariableSet &variables,
                                               const QByteArray &body)
{
    if (isBlank(MacroExpander(variables).expand(criteria).text))
        return {};
    return Json::Document::parse(body);
}

CriteriaOutcome CriteriaEvaluator::evaluate(const QString &criteria, const VariableSet &variables,
                                            const Json::Document &document, qint64 bodyBytes, bool bodyTruncated) const
{
    Judge judge(criteria, variables);
    CriteriaOutcome &outcome = judge.outcome();
    outcome.bodyBytes = bodyBytes >= 0 ? bodyBytes : document.source().size();
    if (judge.isBlank()) {
        outcome.status = Status::NotSet;
        return outcome;
    }

    if (bodyTruncated)
        outcome.notes.append(
            QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                        "The dry run kept only the first %1 bytes of the response; the server "
                                        "received all of it.")
                .arg(outcome.bodyBytes));
    const bool tooLarge = bodyTruncated || outcome.bodyBytes > CriteriaMaxResponseBytes;
    const bool bodyIsJson = !document.isEmpty() && !document.hasError() && document.root().isValid();
    if (bodyIsJson) {
        const QString constructs = describeConstructs(document);
        if (!constructs.isEmpty())
            outcome.notes.append(constructs);
        if (document.maxDepth() > kJsonNetDefaultMaxDepth)
            outcome.notes.append(
                QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                            "The body nests %1 levels deep. Json.NET 13 refuses more than %2 by "
                                            "default, so a server on that version rejects it.")
                    .arg(document.maxDepth())
                    .arg(kJsonNetDefaultMaxDepth));
        if (!document.root().isObject())
            outcome.notes.append(
                QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                            "The body is not a JSON object. The server speaks of parsing \"a JSON "
                                            "object\"; whether it accepts other values is not documented."));
    }
    const bool parsed = judge.parse();

    if (tooLarge) {
        outcome.status = Status::BodyTooLarge;
        outcome.message = QStringLiteral("Cannot parse http response with size greater than 2 MB.");
        // Still judge, so the user learns both facts.
        if (!bodyIsJson) {
            outcome.notes.append(
                QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                            "The dry run could not evaluate the criteria either: the body is not "
                                            "JSON (%1).")
                    .arg(document.hasError()
                             ? document.error().message
                             : QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator", "no body")));
        } else if (!parsed) {
            outcome.notes.append(QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                                             "The criteria is not valid either: %1")
                                     .arg(outcome.detail));
        } else {
            bool value = false;
            if (judge.evaluate(document.root(), &value)) {
                outcome.dryRunEvaluated = true;
                outcome.dryRunValue = value;
            } else {
                outcome.notes.append(QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                                                 "Evaluating the criteria fails too: %1")
                                         .arg(outcome.detail));
            }
        }
        return outcome;
    }

    if (!bodyIsJson) {
        const QString parseProblem = parsed ? QString() : outcome.detail;
        outcome.status = Status::BodyNotJson;
        outcome.message = QStringLiteral("Error parsing API response into a JSON object.");
        if (document.hasError()) {
            const Json::ParseError error = document.error();
            outcome.detail = error.message;
            outcome.hint = error.description;
        } else {
            outcome.detail = QStringLiteral("Error reading JToken from JsonReader. Path '', line 0, position 0.");
            outcome.hint =
                QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator", "the response has no body");
        }
        if (!parsed)
            outcome.notes.append(QCoreApplication::translate("RestGate::Expression::CriteriaEvaluator",
                                                             "The criteria is not valid either: %1")
                                     .arg(parseProblem));
        return outcome;
    }

    if (!parsed) {
        judge.setParseErrorStatus();
        return outcome;
    }
    bool value = false;
    if (!judge.evaluate(document.root(), &value)) {
        judge.setEvaluationErrorStatus();
        return outcome;
    }
    outcome.status = value ? Status::True : Status::False;
    return outcome;
}

CriteriaOutcome CriteriaEvaluator::evaluateWithoutBody(const QString &criteria, const VariableSet &variables) const
{
    Judge judge(criteria, variables);
    CriteriaOutcome &outcome = judge.outcome();
    if (judge.isBlank())
        return outcome;
    if (!judge.parse()) {
        judge.setParseErrorStatus();
        return outcome;
    }
    bool value = false;
    if (!judge.evaluate(Json::Value(), &value)) {
        judge.setEvaluationErrorStatus();
        return outcome;
    }
    outcome.status = value ? Status::True : Status::False;
    return outcome;
}

} // namespace RestGate
