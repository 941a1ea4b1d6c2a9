// The criteria facade: the server's rules around the expression (empty criteria, macros first, 2 MB, not JSON, its
// messages) and the explanation (trace) the CLI and GUI show. expressions.md §1, §11; issue "What to build" 2–5.

#include "core/expression/criteriaevaluator.h"

#include <QTest>

using namespace RestGate;
using Status = CriteriaOutcome::Status;

Q_DECLARE_METATYPE(RestGate::CriteriaOutcome::Status)

namespace {

const QByteArray kDeployment = "{\"deployment\": {\"status\": \"running\", \"id\": 7}, \"items\": [1, 2, 3, 4],"
                               " \"status\": \"running\", \"workItems\": [1, 2], \"it's\": {\"k\": [\"v\"]}}";

/// A valid JSON body of exactly `size` bytes.
QByteArray bodyOfSize(qint64 size)
{
    const QByteArray head = "{\"status\": \"successful\", \"padding\": \"";
    const QByteArray tail = "\"}";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

const Expression::TraceNode *findNode(const Expression::Trace &trace, const QString &text)
{
    for (const Expression::TraceNode &node : trace.nodes) {
        if (node.text == text)
            return &node;
    }
    return nullptr;
}

} // namespace

class TestExpressionCriteria : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverLimitConstant() { QCOMPARE(CriteriaMaxResponseBytes, qint64(2097152)); }

    void status_data()
    {
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("message");
        // §1: empty criteria do not influence the result; the body must be JSON; the server's messages.
        QTest::addRow("§1 empty criteria") << "" << QByteArray("not json") << Status::NotSet << "";
        QTest::addRow("§1 whitespace criteria") << " \n\t " << kDeployment << Status::NotSet << "";
        QTest::addRow("§1 empty criteria ignore a huge body")
            << "" << bodyOfSize(3 * 1024 * 1024) << Status::NotSet << "";
        QTest::addRow("§1 AUTH status example")
            << "eq(root['status'], 'successful')" << QByteArray("{\"status\": \"successful\"}") << Status::True << "";
        QTest::addRow("§1 false") << "eq(root['status'], 'successful')" << kDeployment << Status::False << "";
        QTest::addRow("§1 body not JSON") << "eq(root['status'], 'ok')" << QByteArray("<html>oops</html>")
                                          << Status::BodyNotJson << "Error parsing API response into a JSON object.";
        QTest::addRow("§1 empty body") << "eq(root['status'], 'ok')" << QByteArray() << Status::BodyNotJson
                                       << "Error parsing API response into a JSON object.";
        QTest::addRow("§1 truncated JSON") << "true" << QByteArray("{\"a\": [1, 2") << Status::BodyNotJson
                                           << "Error parsing API response into a JSON object.";
        QTest::addRow("§1 lenient JSON is accepted")
            << "eq(root.a, 'b')" << QByteArray("{a: 'b', /* c */}") << Status::True << "";
        QTest::addRow("§11 parse error") << "eq(root.status, \"running\")" << kDeployment << Status::ParseError
                                         << "Http request expression 'eq(root.status, \"running\")' is not valid. "
                                            "Error: Unrecognized value: '\"running\"'. Located at position 17 within "
                                            "expression: eq(root.status, \"running\").";
        QTest::addRow("§11 evaluation error") << "gt(5, root.status)" << kDeployment << Status::EvaluationError
                                              << "Evaluation of expression 'gt(5, root.status)' failed.";
        QTest::addRow("§7 string on the left converts the number")
            << "gt(root.status, 5)" << kDeployment << Status::True << "";
        QTest::addRow("§1 body over 2 MB")
            << "eq(root.status, 'successful')" << bodyOfSize(CriteriaMaxResponseBytes + 1) << Status::BodyTooLarge
            << "Cannot parse http response with size greater than 2 MB.";
        QTest::addRow("§1 body of exactly 2 MB")
            << "eq(root.status, 'successful')" << bodyOfSize(CriteriaMaxResponseBytes) << Status::True << "";
        QTest::addRow("§1 size is checked before JSON")
            << "true" << QByteArray(CriteriaMaxResponseBytes + 1, '<') << Status::BodyTooLarge
            << "Cannot parse http response with size greater than 2 MB.";
        QTest::addRow("§1 JSON is checked before the expression")
            << "eq(" << QByteArray("nope") << Status::BodyNotJson << "Error parsing API response into a JSON object.";
    }

    void status()
    {
        QFETCH(QString, criteria);
        QFETCH(QByteArray, body);
        QFETCH(Status, status);
        QFETCH(QString, message);
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(criteria, VariableSet(), body);
        QCOMPARE(outcome.status, status);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.passed(), status == Status::True);
        QCOMPARE(outcome.affectsVerdict(), status != Status::NotSet);
        QCOMPARE(outcome.isError(), !message.isEmpty());
        QCOMPARE(outcome.bodyBytes, body.size());
        QVERIFY(!CriteriaOutcome::statusText(status).isEmpty());
    }

    void bodyTooLarge_stillJudges()
    {
        const CriteriaEvaluator evaluator;
        CriteriaOutcome outcome = evaluator.evaluate(QStringLiteral("eq(root.status, 'successful')"), VariableSet(),
                                                     bodyOfSize(3 * 1024 * 1024));
        QCOMPARE(outcome.status, Status::BodyTooLarge);
        QVERIFY(outcome.dryRunEvaluated);
        QVERIFY(outcome.dryRunValue);
        QVERIFY(!outcome.trace.isEmpty());
        QVERIFY(!outcome.passed());

        outcome =
            evaluator.evaluate(QStringLiteral("eq(root.status, 'failed')"), VariableSet(), bodyOfSize(3 * 1024 * 1024));
        QVERIFY(outcome.dryRunEvaluated);
        QVERIFY(!outcome.dryRunValue);

        // Not JSON and too large: both facts.
        outcome = evaluator.evaluate(QStringLiteral("true"), VariableSet(), QByteArray(3 * 1024 * 1024, 'x'));
        QCOMPARE(outcome.status, Status::BodyTooLarge);
        QVERIFY(!outcome.dryRunEvaluated);
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("not JSON")));

        // Invalid expression and too large.
        outcome = evaluator.evaluate(QStringLiteral("eq(1)"), VariableSet(), bodyOfSize(3 * 1024 * 1024));
        QCOMPARE(outcome.status, Status::BodyTooLarge);
        QVERIFY(!outcome.dryRunEvaluated);
        QCOMPARE(outcome.errorPosition, 5);
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("Unexpected symbol")));
    }

    void bodyTruncated_isTooLarge()
    {
        // The runner stopped reading: the real body exceeded the dry run's cap, which is always above 2 MB.
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("true"), VariableSet(), QByteArray("{\"a\": 1}"), true);
        QCOMPARE(outcome.status, Status::BodyTooLarge);
        QVERIFY(outcome.dryRunEvaluated);
        QVERIFY(outcome.dryRunValue);
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("kept only")));
    }

    void bodyNotJson_explains()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("true"), VariableSet(), QByteArray("{Content-Type: \"text\"}"));
        QCOMPARE(outcome.status, Status::BodyNotJson);
        QCOMPARE(outcome.detail,
                 QStringLiteral("Invalid JavaScript property identifier character: -. Path '', line 1, "
                                "position 8."));
        QVERIFY(outcome.hint.contains(QStringLiteral("unquoted property name")));
        QVERIFY(outcome.trace.isEmpty());
    }

    void parseError_span()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("and(true, fooBar(1))"), VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::ParseError);
        QCOMPARE(outcome.errorPosition, 11);
        QCOMPARE(outcome.errorLength, 6);
        QCOMPARE(outcome.criteriaErrorPosition, 11);
        QCOMPARE(outcome.criteriaErrorLength, 6);
        QVERIFY(outcome.hint.contains(QStringLiteral("unknown function 'fooBar'")));
        QVERIFY(outcome.detail.startsWith(QStringLiteral("Unrecognized value: 'fooBar'")));
        QVERIFY(outcome.trace.isEmpty());
    }

    void catastrophicRegex_isAnEvaluationError()
    {
        // The server would never finish this filter (.NET Regex, no timeout) and time the task out after 20 s; a
        // dry run that answered "false" would hide that.
        const QByteArray body = "{\"names\": [{\"n\": \"" + QByteArray(30, 'a') + "!\"}]}";
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(
            QStringLiteral("eq(count(jsonpath('$.names[?(@.n =~ /(a+)+$/)]')), 0)"), VariableSet(), body);
        QCOMPARE(outcome.status, Status::EvaluationError);
        QVERIFY2(outcome.detail.contains(QStringLiteral("needs too many steps")), qPrintable(outcome.detail));
        QVERIFY2(outcome.detail.contains(QStringLiteral("Azure DevOps would not finish it")),
                 qPrintable(outcome.detail));
    }

    void evaluationError_namesFunctionAndValue()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("and(true, gt(5, root.status))"), VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::EvaluationError);
        QCOMPARE(outcome.detail, QStringLiteral("Unable to convert from String to Number. Value: 'running'"));
        // Blamed on the argument that would not convert, inside gt().
        QCOMPARE(outcome.errorPosition, 17);
        QCOMPARE(outcome.errorLength, 11);
        QCOMPARE(outcome.hint,
                 QStringLiteral("gt() converts its right argument to the type of the left one (Number), "
                                "and 'running' (String) does not convert; eq() would just say 'not "
                                "equal'"));
        const Expression::TraceNode *origin = outcome.trace.errorOrigin();
        QVERIFY(origin);
        QCOMPARE(origin->text, QStringLiteral("root.status"));
        QCOMPARE(origin->value, QStringLiteral("'running'"));
        const Expression::TraceNode *gt = findNode(outcome.trace, QStringLiteral("gt(5, root.status)"));
        QVERIFY(gt && !gt->error.isEmpty() && !gt->errorOrigin);
    }

    void macros_areExpandedFirst()
    {
        VariableSet variables;
        variables.set(QStringLiteral("maxThreshold"), QStringLiteral("5"));
        variables.set(QStringLiteral("token"), QStringLiteral("running"), true);
        const CriteriaEvaluator evaluator;
        // AUTH: "le(count(root['workItems']), $(maxThreshold))"
        CriteriaOutcome outcome =
            evaluator.evaluate(QStringLiteral("le(count(root['workItems']), $(maxThreshold))"), variables, kDeployment);
        QCOMPARE(outcome.status, Status::True);
        QCOMPARE(outcome.expression, QStringLiteral("le(count(root['workItems']), 5)"));
        QCOMPARE(outcome.criteria, QStringLiteral("le(count(root['workItems']), $(maxThreshold))"));

        outcome = evaluator.evaluate(QStringLiteral("eq(root.status, '$(TOKEN)')"), variables, kDeployment);
        QCOMPARE(outcome.status, Status::True);
        QCOMPARE(outcome.secretsUsed, QStringList {QStringLiteral("token")});

        // A criteria that is only a macro of an empty variable is empty.
        variables.set(QStringLiteral("nothing"), QString());
        outcome = evaluator.evaluate(QStringLiteral("$(nothing)"), variables, QByteArray("nope"));
        QCOMPARE(outcome.status, Status::NotSet);
    }

    void macros_unknownStayVerbatim()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("le(count(root.items), $(max))"), VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::ParseError);
        QCOMPARE(outcome.unknownMacros, QStringList {QStringLiteral("max")});
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("$(max)")));
        QCOMPARE(outcome.errorPosition, 23); // the '$' the server stumbles over
    }

    void macros_errorPositionsMapBack()
    {
        VariableSet variables;
        variables.set(QStringLiteral("v"), QStringLiteral("'a long value'"));
        variables.set(QStringLiteral("bad"), QStringLiteral("eq(1)"));
        const CriteriaEvaluator evaluator;
        // The error is after the macro: its position shifts back by the length difference.
        CriteriaOutcome outcome = evaluator.evaluate(QStringLiteral("eq($(v), foo)"), variables, kDeployment);
        QCOMPARE(outcome.status, Status::ParseError);
        QCOMPARE(outcome.expression, QStringLiteral("eq('a long value', foo)"));
        QCOMPARE(outcome.errorPosition, 20);
        QCOMPARE(outcome.criteriaErrorPosition, 10);
        QCOMPARE(outcome.criteriaErrorLength, 3);
        // The error is inside the value of a macro: the whole macro is the span.
        outcome = evaluator.evaluate(QStringLiteral("and(true, $(bad))"), variables, kDeployment);
        QCOMPARE(outcome.status, Status::ParseError);
        QCOMPARE(outcome.criteriaErrorPosition, 11);
        QCOMPARE(outcome.criteriaErrorLength, 6);
    }

    void notes_reportLenientJsonAndShape()
    {
        const CriteriaEvaluator evaluator;
        CriteriaOutcome outcome =
            evaluator.evaluate(QStringLiteral("true"), VariableSet(), QByteArray("{\n  'a': 1, // note\n  b: 2,\n}"));
        QCOMPARE(outcome.status, Status::True);
        const QString notes = outcome.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("accepted by Azure DevOps but is not strict JSON")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("single-quoted string at line 2, column 3")), qPrintable(notes));

        outcome = evaluator.evaluate(QStringLiteral("true"), VariableSet(), QByteArray("[1, 2]"));
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("not a JSON object")));

        const QByteArray deep = QByteArray(70, '[') + QByteArray(70, ']');
        outcome = evaluator.evaluate(QStringLiteral("true"), VariableSet(), deep);
        QVERIFY(outcome.notes.join(u' ').contains(QStringLiteral("70 levels")));

        outcome = evaluator.evaluate(QStringLiteral("true"), VariableSet(), QByteArray("{\"a\": 1}"));
        QVERIFY(outcome.notes.isEmpty());
    }

    void parseOnce_evaluateMany()
    {
        const Json::Document document = Json::Document::parse(kDeployment);
        const CriteriaEvaluator evaluator;
        QCOMPARE(evaluator.evaluate(QStringLiteral("eq(root.status, 'running')"), VariableSet(), document).status,
                 Status::True);
        QCOMPARE(evaluator.evaluate(QStringLiteral("eq(root.deployment.id, 7)"), VariableSet(), document).status,
                 Status::True);
        QCOMPARE(evaluator.evaluate(QStringLiteral("gt(count(root.items), 4)"), VariableSet(), document).status,
                 Status::False);
        // The size rule uses the size given (a GUI may hold a body it already parsed).
        QCOMPARE(evaluator.evaluate(QStringLiteral("true"), VariableSet(), document, 5 * 1024 * 1024).status,
                 Status::BodyTooLarge);
    }

    void withoutBody_rootIsNull()
    {
        const CriteriaEvaluator evaluator;
        QCOMPARE(evaluator.evaluateWithoutBody(QStringLiteral("eq(root, '')"), VariableSet()).status, Status::True);
        QCOMPARE(evaluator.evaluateWithoutBody(QStringLiteral("root.a.b"), VariableSet()).status, Status::False);
        QCOMPARE(evaluator.evaluateWithoutBody(QStringLiteral("eq(1"), VariableSet()).status, Status::ParseError);
        QCOMPARE(evaluator.evaluateWithoutBody(QString(), VariableSet()).status, Status::NotSet);
    }

    void trace_marksSkippedBranchesAndPaths()
    {
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(
            QStringLiteral("and(eq(root['deployment']['status'], 'successful'), ge(count(root['items']), 3))"),
            VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::False);
        const Expression::Trace &trace = outcome.trace;
        QVERIFY(!trace.isEmpty());
        const Expression::TraceNode &top = trace.nodes.at(trace.root);
        QCOMPARE(top.label, QStringLiteral("and"));
        QCOMPARE(top.value, QStringLiteral("false"));
        QCOMPARE(top.kind, QStringLiteral("Boolean"));
        QCOMPARE(top.start, 0);
        QCOMPARE(top.length, outcome.expression.size());

        const Expression::TraceNode *status = findNode(trace, QStringLiteral("root['deployment']['status']"));
        QVERIFY(status);
        QVERIFY(status->evaluated);
        QCOMPARE(status->value, QStringLiteral("'running'"));
        QCOMPARE(status->kind, QStringLiteral("String"));
        QCOMPARE(status->path, QStringLiteral("root['deployment']['status']"));
        QCOMPARE(status->start, 7);

        const Expression::TraceNode *ge = findNode(trace, QStringLiteral("ge(count(root['items']), 3)"));
        QVERIFY(ge);
        QVERIFY(ge->skipped);
        QVERIFY(!ge->evaluated);
        QVERIFY(ge->skipReason.contains(QStringLiteral("and()")));
        const Expression::TraceNode *count = findNode(trace, QStringLiteral("count(root['items'])"));
        QVERIFY(count && count->skipped && !count->evaluated);
        QVERIFY(count->kind.isEmpty());
    }

    void trace_text()
    {
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(
            QStringLiteral("and(eq(root['status'], 'successful'), ge(count(root['items']), 3))"), VariableSet(),
            kDeployment);
        // The top line is longer than 60 characters, so it is shortened to its function name.
        const QString expected = QStringLiteral("and(...) \u2192 false\n"
                                                "  eq(root['status'], 'successful') \u2192 false\n"
                                                "    root['status'] \u2192 'running' (String)\n"
                                                "      root \u2192 {5 properties} (Object)\n"
                                                "  ge(count(root['items']), 3) skipped: and() stops at the first false "
                                                "argument");
        QCOMPARE(outcome.trace.toText(), expected);
    }

    void trace_shortensLongLabelsAndValues()
    {
        QByteArray body = "{\"text\": \"" + QByteArray(5000, 'a') + "\", \"list\": [";
        for (int i = 0; i < 600; ++i)
            body += "{\"i\": " + QByteArray::number(i) + "},";
        body.chop(1);
        body += "]}";
        const QString criteria = QStringLiteral("or(eq(root.text, 'b'), eq(root.list, 'b'), eq(root['list'][599]['i'], "
                                                "599), eq(root.text, 'this label is long enough to be shortened in the "
                                                "tree'))");
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(criteria, VariableSet(), body);
        QCOMPARE(outcome.status, Status::True);
        const Expression::TraceNode *text = findNode(outcome.trace, QStringLiteral("root.text"));
        QVERIFY(text);
        QVERIFY(text->value.size() < 260);
        QVERIFY(text->value.endsWith(QStringLiteral("(5000 characters)")));
        const Expression::TraceNode *list = findNode(outcome.trace, QStringLiteral("root.list"));
        QVERIFY(list);
        QCOMPARE(list->value, QStringLiteral("[600 items]"));
        const Expression::TraceNode *element = findNode(outcome.trace, QStringLiteral("root['list'][599]['i']"));
        QVERIFY(element);
        QCOMPARE(element->path, QStringLiteral("root['list'][599]['i']"));
        QCOMPARE(outcome.trace.nodes.at(outcome.trace.root).value, QStringLiteral("true"));
        const QString tree = outcome.trace.toText();
        QVERIFY2(tree.startsWith(QStringLiteral("or(...) \u2192 true")), qPrintable(tree));
        QVERIFY(tree.contains(QStringLiteral("skipped: or() stops at the first true argument")));
    }

    void trace_pathQuotesKeys()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("eq(root['it''s'].k[0], 'v')"), VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::True);
        const Expression::TraceNode *leaf = findNode(outcome.trace, QStringLiteral("root['it''s'].k[0]"));
        QVERIFY(leaf);
        QCOMPARE(leaf->path, QStringLiteral("root['it''s']['k'][0]"));
    }

    void evaluationHints_data()
    {
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QString>("hint");
        QTest::addRow("contains on an array") << "contains(root.items, 1)"
                                              << "contains() works on text, and an Array has no text form; to look for "
                                                 "a value in an array use containsValue(array, value)";
        QTest::addRow("ordering an object") << "gt(root.deployment, 1)"
                                            << "gt() cannot order an Object; compare one of its values, or count(...) "
                                               "it";
        QTest::addRow("length of null") << "length(root.missing)"
                                        << "in length(): Kind 'Null' not supported. Only arrays, strings, "
                                           "dictionaries, or collections are supported for the length function.";
        QTest::addRow("version") << "lt(1.2.3, root.status)"
                                 << "lt() converts its right argument to the type of the left one (Version), and "
                                    "'running' (String) does not convert; eq() would just say 'not equal'";
    }

    void evaluationHints()
    {
        QFETCH(QString, criteria);
        QFETCH(QString, hint);
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(criteria, VariableSet(), kDeployment);
        QCOMPARE(outcome.status, Status::EvaluationError);
        QCOMPARE(outcome.hint, hint);
    }

    void trace_errorRendering()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("contains(root.items, 'x')"), VariableSet(), kDeployment);
        const QString tree = outcome.trace.toText();
        QVERIFY2(tree.contains(QStringLiteral("contains(root.items, 'x') \u2717 failed")), qPrintable(tree));
        QVERIFY2(
            tree.contains(QStringLiteral("root.items \u2192 [4 items] (Array) \u2717 Unable to convert from Array to "
                                         "String. Value: Array")),
            qPrintable(tree));
    }
};

QTEST_GUILESS_MAIN(TestExpressionCriteria)
#include "tst_expression_criteria.moc"
