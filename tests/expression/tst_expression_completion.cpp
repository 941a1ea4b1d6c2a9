// Completion helpers for the criteria editor: the function list, the root[...] paths of a response, and
// "use this value in criteria" (issue "What to build" 6).

#include "core/expression/completion.h"
#include "core/expression/criteriaevaluator.h"
#include "core/expression/functions.h"

#include <QSet>
#include <QTest>

using namespace RestGate;
using namespace RestGate::Expression;

namespace {

const QByteArray kBody = "{\"b\": {\"c\": 1}, \"a\": [10, 20, 30, 40], \"d\": \"x\", \"it's\": {\"k\": true},"
                         " \"e\": null, \"f\": 1e3, \"g\": -0.25, \"h\": [], \"i\": {}, \"j\": 12345678901234567890,"
                         " \"deployment\": {\"status\": \"successful\"}, \"dup\": 1, \"dup\": 2, \"k\": \"O'Neil\"}";

} // namespace

class TestExpressionCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void functionList()
    {
        const QList<FunctionInfo> &list = functions();
        QCOMPARE(list.size(), 29);
        QSet<QString> names;
        for (const FunctionInfo &info : list) {
            QVERIFY(!info.description.isEmpty());
            QVERIFY2(info.signature.startsWith(info.name + u'('), qPrintable(info.signature));
            QVERIFY(info.minArgs >= 1 && info.minArgs <= info.maxArgs);
            QCOMPARE(&functionInfo(info.id), &info);
            names.insert(info.name);
        }
        const QSet<QString> expected = {
            QStringLiteral("and"),
            QStringLiteral("or"),
            QStringLiteral("not"),
            QStringLiteral("xor"),
            QStringLiteral("eq"),
            QStringLiteral("ne"),
            QStringLiteral("gt"),
            QStringLiteral("ge"),
            QStringLiteral("lt"),
            QStringLiteral("le"),
            QStringLiteral("in"),
            QStringLiteral("notIn"),
            QStringLiteral("containsValue"),
            QStringLiteral("contains"),
            QStringLiteral("startsWith"),
            QStringLiteral("endsWith"),
            QStringLiteral("coalesce"),
            QStringLiteral("format"),
            QStringLiteral("join"),
            QStringLiteral("length"),
            QStringLiteral("lower"),
            QStringLiteral("upper"),
            QStringLiteral("replace"),
            QStringLiteral("split"),
            QStringLiteral("convertToJson"),
            QStringLiteral("trim"),
            QStringLiteral("iif"),
            QStringLiteral("count"),
            QStringLiteral("jsonpath"),
        };
        QCOMPARE(names, expected);
        QVERIFY(findFunction(u"JSONPATH")->extension);
        QVERIFY(!findFunction(u"eq")->extension);
        QVERIFY(!findFunction(u"foo"));
    }

    void arityText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addRow("exactly") << "eq"
                                 << "exactly 2";
        QTest::addRow("at least") << "and"
                                  << "at least 2";
        QTest::addRow("range") << "replace"
                               << "2 to 3";
        QTest::addRow("format") << "format"
                                << "1 to 255";
    }

    void arityText()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QCOMPARE(RestGate::Expression::arityText(*findFunction(name)), text);
    }

    void rootPaths_breadthFirst()
    {
        const Json::Document document = Json::Document::parse(kBody);
        const QList<RootPath> paths = rootPaths(document);
        QStringList list;
        for (const RootPath &path : paths)
            list.append(path.path);
        // Shallow first; the duplicate key appears once (as JObject holds it); arrays show their first 3 elements.
        const QStringList expected = {
            QStringLiteral("root['b']"),
            QStringLiteral("root['a']"),
            QStringLiteral("root['d']"),
            QStringLiteral("root['it''s']"),
            QStringLiteral("root['e']"),
            QStringLiteral("root['f']"),
            QStringLiteral("root['g']"),
            QStringLiteral("root['h']"),
            QStringLiteral("root['i']"),
            QStringLiteral("root['j']"),
            QStringLiteral("root['deployment']"),
            QStringLiteral("root['dup']"),
            QStringLiteral("root['k']"),
            QStringLiteral("root['b']['c']"),
            QStringLiteral("root['a'][0]"),
            QStringLiteral("root['a'][1]"),
            QStringLiteral("root['a'][2]"),
            QStringLiteral("root['it''s']['k']"),
            QStringLiteral("root['deployment']['status']"),
        };
        QCOMPARE(list, expected);
        QCOMPARE(paths.at(11).value.toInt64(), 2); // last value of the duplicate key
    }

    void rootPaths_limits()
    {
        const Json::Document document = Json::Document::parse(kBody);
        RootPathOptions options;
        options.limit = 4;
        QCOMPARE(rootPaths(document, options).size(), 4);
        options.limit = 1000;
        options.maxArrayElements = 10;
        QCOMPARE(rootPaths(document, options).size(), 20);
        QVERIFY(rootPaths(Json::Document()).isEmpty());
        QVERIFY(rootPaths(Json::Document::parse("not json")).isEmpty());
    }

    void rootPath_quotes()
    {
        QCOMPARE(rootPath({}), QStringLiteral("root"));
        QCOMPARE(rootPath({Json::PathStep {QStringLiteral("a b"), -1}, Json::PathStep {QString(), 3},
                           Json::PathStep {QStringLiteral("it's"), -1}}),
                 QStringLiteral("root['a b'][3]['it''s']"));
        QCOMPARE(quoteLiteral(QStringLiteral("O'Neil")), QStringLiteral("'O''Neil'"));
    }

    void criteriaFor_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("criteria");
        QTest::addRow("string") << QStringList {"deployment", "status"}
                                << "eq(root['deployment']['status'], 'successful')";
        QTest::addRow("quote in the value") << QStringList {"k"} << "eq(root['k'], 'O''Neil')";
        QTest::addRow("quote in the key") << QStringList {"it's", "k"} << "eq(root['it''s']['k'], true)";
        QTest::addRow("number") << QStringList {"b", "c"} << "eq(root['b']['c'], 1)";
        QTest::addRow("exponent becomes digits") << QStringList {"f"} << "eq(root['f'], 1000)";
        QTest::addRow("negative fraction") << QStringList {"g"} << "eq(root['g'], -0.25)";
        QTest::addRow("big integer") << QStringList {"j"} << "eq(root['j'], 12345678901234567890)";
        QTest::addRow("null") << QStringList {"e"} << "eq(root['e'], '')";
        QTest::addRow("array") << QStringList {"a"} << "eq(count(root['a']), 4)";
        QTest::addRow("empty array") << QStringList {"h"} << "eq(count(root['h']), 0)";
        QTest::addRow("object") << QStringList {"i"} << "eq(count(root['i']), 0)";
        QTest::addRow("array element") << QStringList {"a", "#2"} << "eq(root['a'][2], 30)";
        QTest::addRow("duplicate key: the value that wins") << QStringList {"dup"} << "eq(root['dup'], 2)";
    }

    void criteriaFor()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, criteria);
        const Json::Document document = Json::Document::parse(kBody);
        Json::Value value = document.root();
        for (const QString &step : path)
            value = step.startsWith(u'#') ? value.at(step.mid(1).toInt()) : value.member(QStringView(step));
        QVERIFY(value.isValid());
        const QString generated = Expression::criteriaFor(document, value);
        QCOMPARE(generated, criteria);
        // The point of the helper: what it writes holds for the response it came from.
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(generated, VariableSet(), document);
        QVERIFY2(outcome.passed(), qPrintable(outcome.message + outcome.detail));
    }

    void criteriaFor_inexpressible()
    {
        const Json::Document document = Json::Document::parse("{\"n\": NaN, \"u\": undefined}");
        QVERIFY(Expression::criteriaFor(document, document.root().member(u"n")).isEmpty());
        QVERIFY(Expression::criteriaFor(document, document.root().member(u"u")).isEmpty());
        const Json::Document other = Json::Document::parse("{\"n\": 1}");
        QVERIFY(Expression::criteriaFor(document, other.root().member(u"n")).isEmpty());
        QVERIFY(Expression::criteriaFor(document, Json::Value()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExpressionCompletion)
#include "tst_expression_completion.moc"
