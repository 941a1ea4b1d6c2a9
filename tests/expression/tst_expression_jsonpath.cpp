// jsonpath(): the JSONPath Json.NET's JToken.SelectTokens supports, with its quirks (expressions.md §1, §10; AUTH
// examples; task reference §5.8).

#include "core/expression/jsonpath.h"
#include "core/json/jsondocument.h"

#include <QStringList>
#include <QTest>

using namespace RestGate;

namespace {

// The classic Goessner store.
const char *const kStore =
    "{ \"store\": {"
    "    \"book\": ["
    "      { \"category\": \"reference\", \"author\": \"Nigel Rees\","
    "        \"title\": \"Sayings of the Century\", \"price\": 8.95 },"
    "      { \"category\": \"fiction\", \"author\": \"Evelyn Waugh\","
    "        \"title\": \"Sword of Honour\", \"price\": 12.99 },"
    "      { \"category\": \"fiction\", \"author\": \"Herman Melville\","
    "        \"title\": \"Moby Dick\", \"isbn\": \"0-553-21311-3\", \"price\": 8.99 },"
    "      { \"category\": \"fiction\", \"author\": \"J. R. R. Tolkien\","
    "        \"title\": \"The Lord of the Rings\", \"isbn\": \"0-395-19395-8\", \"price\": 22.99 }"
    "    ],"
    "    \"bicycle\": { \"color\": \"red\", \"price\": 19.95 }"
    "  },"
    "  \"expensive\": 10"
    "}";

const char *const kMixed =
    "{\"a\": [{\"n\": 1}, {\"n\": 2}, {\"n\": \"1\"}, {\"n\": true}, {\"n\": null}, {\"m\": 1}]}";

const char *const kItems = "{\"Items\":[{\"name\":\"item1\",\"price\":100},{\"name\":\"item2\",\"price\":40},"
                           "{\"name\":\"item3\",\"price\":70}]}";

} // namespace

class TestExpressionJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        // Matches as raw text joined by " | ", "#n" for a count, or "error: <Json.NET message>".
        QTest::addColumn<QString>("expected");
        const QByteArray store(kStore);
        const QByteArray mixed(kMixed);
        QTest::addRow("AUTH cheaper than 50") << QByteArray(kItems) << "Items[?(@.price<50)]"
                                              << "{\"name\":\"item2\",\"price\":40}";
        QTest::addRow("AUTH dearer than 60") << QByteArray(kItems) << "Items[?(@.price>60)]"
                                             << "#2";
        QTest::addRow("root") << store << "$"
                              << "#1";
        QTest::addRow("empty path is the token itself") << store << ""
                                                        << "#1";
        QTest::addRow("member chain") << store << "$.store.bicycle.color"
                                      << "\"red\"";
        QTest::addRow("relative member chain") << store << "store.bicycle.color"
                                               << "\"red\"";
        QTest::addRow("quoted members") << store << "$['store']['bicycle']['color']"
                                        << "\"red\"";
        QTest::addRow("mixed notation") << store << "$['store'].bicycle['color']"
                                        << "\"red\"";
        QTest::addRow("array wildcard")
            << store << "$.store.book[*].author"
            << "\"Nigel Rees\" | \"Evelyn Waugh\" | \"Herman Melville\" | \"J. R. R. Tolkien\"";
        QTest::addRow("recursive descent") << store << "$..author"
                                           << "#4";
        QTest::addRow("recursive descent quoted") << store << "$..['author']"
                                                  << "#4";
        QTest::addRow("object wildcard") << store << "$.store.bicycle.*"
                                         << "\"red\" | 19.95";
        QTest::addRow("dot wildcard on an array matches nothing") << store << "$.store.book.*"
                                                                  << "#0";
        QTest::addRow("bracket wildcard on an object matches nothing") << store << "$.store.bicycle[*]"
                                                                       << "#0";
        QTest::addRow("recursive prices in document order") << store << "$.store..price"
                                                            << "8.95 | 12.99 | 8.99 | 22.99 | 19.95";
        QTest::addRow("recursive wildcard includes the start") << store << "$..*"
                                                               << "#29";
        QTest::addRow("index") << store << "$..book[2].title"
                               << "\"Moby Dick\"";
        QTest::addRow("negative index matches nothing") << store << "$.store.book[-1]"
                                                        << "#0";
        QTest::addRow("index out of range") << store << "$.store.book[10]"
                                            << "#0";
        QTest::addRow("slice from the end") << store << "$..book[-1:].title"
                                            << "\"The Lord of the Rings\"";
        QTest::addRow("slice") << store << "$.store.book[1:3].title"
                               << "\"Sword of Honour\" | \"Moby Dick\"";
        QTest::addRow("slice head") << store << "$..book[:2].title"
                                    << "\"Sayings of the Century\" | \"Sword of Honour\"";
        QTest::addRow("slice step") << store << "$.store.book[::2].title"
                                    << "\"Sayings of the Century\" | \"Moby Dick\"";
        QTest::addRow("slice reversed") << store << "$.store.book[::-1].price"
                                        << "22.99 | 8.99 | 12.99 | 8.95";
        QTest::addRow("slice all") << store << "$.store.book[:]"
                                   << "#4";
        QTest::addRow("empty slice") << store << "$.store.book[0:0]"
                                     << "#0";
        QTest::addRow("index union") << store << "$..book[0,1].title"
                                     << "\"Sayings of the Century\" | \"Sword of Honour\"";
        QTest::addRow("member union") << store << "$.store.book[0]['author','title']"
                                      << "\"Nigel Rees\" | \"Sayings of the Century\"";
        QTest::addRow("member union of containers") << store << "$.store['book','bicycle']"
                                                    << "#2";
        QTest::addRow("existence filter") << store << "$..book[?(@.isbn)].title"
                                          << "\"Moby Dick\" | \"The Lord of the Rings\"";
        QTest::addRow("less than") << store << "$..book[?(@.price<10)].title"
                                   << "\"Sayings of the Century\" | \"Moby Dick\"";
        QTest::addRow("root reference in a filter") << store << "$..book[?(@.price <= $.expensive)].title"
                                                    << "\"Sayings of the Century\" | \"Moby Dick\"";
        QTest::addRow("greater than root value") << store << "$.store.book[?(@.price > $.expensive)].title"
                                                 << "\"Sword of Honour\" | \"The Lord of the Rings\"";
        QTest::addRow("string equality") << store << "$.store.book[?(@.category == 'reference')].author"
                                         << "\"Nigel Rees\"";
        QTest::addRow("string equality is case-sensitive") << store << "$.store.book[?(@.category == 'Reference')]"
                                                           << "#0";
        QTest::addRow("float equality") << store << "$.store.book[?(@.price == 22.99)].title"
                                        << "\"The Lord of the Rings\"";
        QTest::addRow("and") << store << "$.store.book[?(@.category == 'fiction' && @.price < 10)].title"
                             << "\"Moby Dick\"";
        QTest::addRow("or") << store << "$.store.book[?(@.category == 'reference' || @.price > 20)].title"
                            << "\"Sayings of the Century\" | \"The Lord of the Rings\"";
        QTest::addRow("Json.NET groups a && b || c as a && (b || c)")
            << store << "$.store.book[?(@.category == 'reference' && @.price > 100 || @.price < 9)].title"
            << "\"Sayings of the Century\"";
        QTest::addRow("regex") << store << "$.store.book[?(@.author =~ /.*Tolkien/)].title"
                               << "\"The Lord of the Rings\"";
        QTest::addRow("regex ignoring case") << store << "$.store.book[?(@.author =~ /tolkien/i)].title"
                                             << "\"The Lord of the Rings\"";
        QTest::addRow("recursive filter") << store << "$..[?(@.price < 10)].title"
                                          << "\"Sayings of the Century\" | \"Moby Dick\"";
        QTest::addRow("filter on an object's children matches nothing") << store << "$.store[?(@.color)]"
                                                                        << "#0";
        QTest::addRow("nothing above 100") << store << "$.store.book[?(@.price > 100)]"
                                           << "#0";
        QTest::addRow("integer equality") << mixed << "$.a[?(@.n == 1)]"
                                          << "{\"n\": 1}";
        QTest::addRow("no string coercion for numbers") << mixed << "$.a[?(@.n == '1')]"
                                                        << "{\"n\": \"1\"}";
        QTest::addRow("integer equals float") << mixed << "$.a[?(@.n == 1.0)]"
                                              << "{\"n\": 1}";
        QTest::addRow("not equal skips missing members") << mixed << "$.a[?(@.n != 1)]"
                                                         << "#4";
        QTest::addRow("<> is not equal") << mixed << "$.a[?(@.n <> 1)]"
                                         << "#4";
        QTest::addRow("strict equality") << mixed << "$.a[?(@.n === 1)]"
                                         << "#1";
        QTest::addRow("strict inequality") << mixed << "$.a[?(@.n !== 1)]"
                                           << "#4";
        QTest::addRow("existence includes null") << mixed << "$.a[?(@.n)]"
                                                 << "#5";
        QTest::addRow("null literal") << mixed << "$.a[?(@.n == null)]"
                                      << "{\"n\": null}";
        QTest::addRow("greater than converts like JValue.Compare") << mixed << "$.a[?(@.n > 1)]"
                                                                   << "{\"n\": 2}";
        QTest::addRow("null sorts first") << mixed << "$.a[?(@.n < 2)]"
                                          << "#3";
        QTest::addRow("boolean literal") << mixed << "$.a[?(@.n == true)]"
                                         << "{\"n\": true}";
        QTest::addRow("error: only whitespace in an indexer") << store << "$.store.book[ "
                                                              << "error: Index was outside the bounds of the array.";
        QTest::addRow("error: only whitespace after a filter") << store << "$.store.book[?(@.price < 10) "
                                                               << "error: Index was outside the bounds of the array.";
        QTest::addRow("error: whitespace before a lone $") << store << " $"
                                                           << "error: Index was outside the bounds of the array.";
        QTest::addRow("error: only whitespace after (") << store << "( "
                                                        << "error: Index was outside the bounds of the array.";
        QTest::addRow("error: only whitespace after [*") << store << "[* "
                                                         << "error: Index was outside the bounds of the array.";
        QTest::addRow("error: open indexer") << store << "$.store.book["
                                             << "error: Path ended with open indexer.";
        QTest::addRow("error: missing value") << store << "$.store.book[?(@.price <)]"
                                              << "error: Unexpected character while parsing path query: )";
        QTest::addRow("error: number needs a space or )") << store << "$.store.book[?(@.price<10&&@.isbn)]"
                                                          << "error: Unexpected character while parsing path query: )";
        QTest::addRow("error: double quotes") << store << "$.store.book[?(@.title == \"Moby Dick\")]"
                                              << "error: Unexpected character while parsing path query: \"";
        QTest::addRow("error: trailing dot") << store << "$.store."
                                             << "error: Unexpected end while parsing path.";
        QTest::addRow("error: open string") << store << "$['store"
                                            << "error: Path ended with an open string.";
        QTest::addRow("error: missing index") << store << "$.store.book[1,]"
                                              << "error: Array index expected.";
        QTest::addRow("error: bad index") << store << "$.store.book[x]"
                                          << "error: Unexpected character while parsing path indexer: x";
        QTest::addRow("error: zero step") << store << "$.store.book[0:1:0]"
                                          << "error: Step cannot be zero.";
        QTest::addRow("error: unknown escape") << store << "$.store.book[?(@.title == 'a\\q')]"
                                               << "error: Unknown escape character: \\q";
        QTest::addRow("error: bad operator") << store << "$.store.book[?(@.price ! 1)]"
                                             << "error: Could not read query operator.";
        QTest::addRow("error: character after indexer") << store << "$.store.book[0]x"
                                                        << "error: Unexpected character following indexer: x";
        QTest::addRow("error: comparing a number with text") << mixed << "$.a[?(@.n > 'x')]"
                                                             << "error: Input string was not in a correct format.";
    }

    void select()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const Json::Document document = Json::Document::parse(body);
        QVERIFY2(!document.hasError(), qPrintable(document.error().message));
        std::vector<Json::Value> results;
        QString error;
        const bool ok = Expression::JsonPath::select(document.root(), path, &results, &error);
        if (expected.startsWith(QLatin1String("error: "))) {
            QVERIFY(!ok);
            QCOMPARE(error, expected.mid(7));
            QVERIFY(results.empty());
            return;
        }
        QVERIFY2(ok, qPrintable(error));
        if (expected.startsWith(u'#')) {
            QCOMPARE(qsizetype(results.size()), expected.mid(1).toLongLong());
            return;
        }
        QStringList texts;
        for (const Json::Value &value : results)
            texts.append(QString::fromUtf8(value.rawText()));
        QCOMPARE(texts.join(QStringLiteral(" | ")), expected);
    }

    void duplicateKeys_followJObject()
    {
        // JObject keeps one property per key (first position, last value), so wildcards see it once.
        const Json::Document document = Json::Document::parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        std::vector<Json::Value> results;
        QString error;
        QVERIFY(Expression::JsonPath::select(document.root(), u"$.*", &results, &error));
        QCOMPARE(results.size(), size_t(2));
        QCOMPARE(results.at(0).toInt64(), 3);
        QVERIFY(Expression::JsonPath::select(document.root(), u"$.a", &results, &error));
        QCOMPARE(results.at(0).toInt64(), 3);
    }

    void catastrophicBacktracking_isAnErrorNotFalse()
    {
        // (a+)+$ on "aaa…!" backtracks exponentially; .NET (no regex timeout in Json.NET) would hang the server past
        // its 20-second limit, so a silent "no match" would pass a criteria Azure DevOps never finishes.
        QByteArray body = "{\"a\": [";
        for (int i = 0; i < 50; ++i)
            body += "{\"s\": \"" + QByteArray(40, 'a') + "!\"},";
        body.chop(1);
        body += "]}";
        const Json::Document document = Json::Document::parse(body);
        QVERIFY(!document.hasError());
        std::vector<Json::Value> results;
        QString error;
        QVERIFY(!Expression::JsonPath::select(document.root(), u"$.a[?(@.s =~ /(a+)+$/)]", &results, &error));
        QVERIFY(results.empty());
        QVERIFY2(error.startsWith(QStringLiteral("The pattern '(a+)+$' needs too many steps to match 'aaaa")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Azure DevOps would not finish it")), qPrintable(error));
        // A pattern that only looks similar still answers.
        QVERIFY2(Expression::JsonPath::select(document.root(), u"$.a[?(@.s =~ /^a+!$/)]", &results, &error),
                 qPrintable(error));
        QCOMPARE(results.size(), size_t(50));
    }

    void largeArray_filterIsLinear()
    {
        QByteArray body = "{\"value\": [";
        for (int i = 0; i < 100000; ++i)
            body += "{\"id\":" + QByteArray::number(i) + ",\"status\":\"" + (i % 1000 == 0 ? "failed" : "ok") + "\"},";
        body.chop(1);
        body += "]}";
        const Json::Document document = Json::Document::parse(body);
        std::vector<Json::Value> results;
        QString error;
        QVERIFY(Expression::JsonPath::select(document.root(), u"$.value[?(@.status == 'failed')]", &results, &error));
        QCOMPARE(results.size(), size_t(100));
        QVERIFY(Expression::JsonPath::select(document.root(), u"$.value[-3:]", &results, &error));
        QCOMPARE(results.size(), size_t(3));
        QCOMPARE(results.back().member(u"id").toInt64(), 99999);
    }
};

QTEST_GUILESS_MAIN(TestExpressionJsonPath)
#include "tst_expression_jsonpath.moc"
