#include "core/request/headerparser.h"

#include <QTest>

using namespace RestGate;

using Headers = QList<QPair<QString, QString>>;

class TestHeaderParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("warnings");
        QTest::addRow("empty") << "" << Headers {} << 0;
        QTest::addRow("whitespace") << "  \n " << Headers {} << 0;
        QTest::addRow("empty object") << "{}" << Headers {} << 0;
        QTest::addRow("one") << "{\"Content-Type\":\"application/json\"}"
                             << Headers {{"Content-Type", "application/json"}} << 0;
        QTest::addRow("order kept") << "{\"b\": \"1\", \"a\": \"2\"}" << Headers {{"b", "1"}, {"a", "2"}} << 0;
        QTest::addRow("v1 default with trailing spaces")
            << "{\n\"Content-Type\":\"application/json\", \n\"PlanUrl\": \"$(system.CollectionUri)\"\n}"
            << Headers {{"Content-Type", "application/json"}, {"PlanUrl", "$(system.CollectionUri)"}} << 0;
        QTest::addRow("escapes") << "{\"X\": \"a\\\"b\\\\c\\u00e9\\/\"}" << Headers {{"X", "a\"b\\c\u00e9/"}} << 0;
        QTest::addRow("single quotes") << "{'X': 'y'}" << Headers {{"X", "y"}} << 2;
        QTest::addRow("unquoted name") << "{X_Y: \"1\"}" << Headers {{"X_Y", "1"}} << 1;
        QTest::addRow("line comment") << "{\n// why\n\"X\": \"1\"}" << Headers {{"X", "1"}} << 1;
        QTest::addRow("only a comment") << "// no headers yet" << Headers {} << 1;
        QTest::addRow("block comment") << "{/* a */ \"X\": \"1\"}" << Headers {{"X", "1"}} << 1;
        QTest::addRow("trailing comma") << "{\"X\": \"1\",}" << Headers {{"X", "1"}} << 1;
        QTest::addRow("number value") << "{\"X-Count\": 3}" << Headers {{"X-Count", "3"}} << 1;
        QTest::addRow("boolean value") << "{\"X\": true}" << Headers {{"X", "true"}} << 1;
        QTest::addRow("duplicate, any case") << "{\"X\": \"1\", \"x\": \"2\"}" << Headers {{"X", "2"}} << 1;
        // The body's reader reads these too (one Json.NET dialect): Json.NET converts hex and octal integers.
        QTest::addRow("hexadecimal value") << "{\"X\": 0x1F}" << Headers {{"X", "31"}} << 2;
        QTest::addRow("octal value") << "{\"X\": 017}" << Headers {{"X", "15"}} << 2;
        QTest::addRow("null value") << "{\"X\": null}" << Headers {{"X", ""}} << 1;
        QTest::addRow("escaped quote in single quotes") << "{\"X\": 'it\\'s'}" << Headers {{"X", "it's"}} << 2;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(Headers, headers);
        QFETCH(int, warnings);
        const ParsedHeaders parsed = HeaderParser::parse(text);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.headers, headers);
        QCOMPARE(parsed.warnings.size(), warnings);
    }

    void invalid_reportsLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // The docs' broken snippet: Json.NET says "line 1, position 8" (it counts the characters before the '-').
        QTest::addRow("docs snippet")
            << "{Content-Type:application/json}" << 1 << 9
            << "Invalid JavaScript property identifier character: -. Path '', line 1, position 8.";
        QTest::addRow("missing colon") << "{\n\"a\": \"b\",\n\"c\" \"d\"\n}" << 3 << 5
                                       << "Invalid character after parsing property name. Expected ':' but got: \". "
                                          "Path 'c', line 3, position 4.";
        QTest::addRow("missing comma") << "{\"a\": \"b\"\n\"c\": \"d\"}" << 2 << 1
                                       << "After parsing a value an unexpected character was encountered: \".";
        QTest::addRow("unterminated string") << "{\"a\": \"b}" << 1 << 10 << "Unterminated string.";
        QTest::addRow("unquoted value") << "{\"a\": application/json}" << 1 << 7
                                        << "Unexpected character encountered while parsing value: a.";
        QTest::addRow("nested object") << "{\"a\": {\"b\": 1}}" << 1 << 7 << "must be text, not an object";
        QTest::addRow("array") << "[\"a\"]" << 1 << 1 << "must be a JSON object";
        QTest::addRow("missing brace") << "{\"a\": \"b\"" << 1 << 10 << "Unexpected end when reading JSON.";
        QTest::addRow("text after") << "{\"a\": \"b\"} x" << 1 << 12 << "Additional text encountered";
        QTest::addRow("bad escape") << "{\"a\": \"\\q\"}" << 1 << 9 << "Bad JSON escape sequence: \\q.";
        // Columns count UTF-16 code units like Json.NET: the emoji before the error is two of them.
        QTest::addRow("after an emoji") << "{\"\U0001F600\": x}" << 1 << 8
                                        << "Unexpected character encountered while parsing value: x.";
        // Json.NET ends a line at \r, \n or \r\n; warnings and errors count lines the same way.
        QTest::addRow("after a CR line end")
            << "{\r\"a\": x}" << 2 << 6 << "Unexpected character encountered while parsing value: x.";
        QTest::addRow("after a CRLF line end")
            << "{\r\n\"a\": x}" << 2 << 6 << "Unexpected character encountered while parsing value: x.";
        QTest::addRow("list value") << "{\n  \"a\": [1]}" << 2 << 8 << "must be text, not a list";
        QTest::addRow("unclosed comment") << "{/* \"a\": \"b\"}" << 1 << 14 << "Unexpected end while parsing comment.";
    }

    void invalid_reportsLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParsedHeaders parsed = HeaderParser::parse(text);
        QVERIFY(!parsed.ok);
        QVERIFY(parsed.headers.isEmpty());
        QCOMPARE(parsed.errorLine, line);
        QCOMPARE(parsed.errorColumn, column);
        QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    }

    void warningsComeInDocumentOrderWithTheirPlace()
    {
        const ParsedHeaders parsed = HeaderParser::parse(QStringLiteral("{\n  // note\n  'A': 1,\n  \"a\": \"2\",\n}"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.headers, (Headers {{"A", "2"}}));
        QStringList seen;
        for (const Finding &warning : parsed.warnings)
            seen << QStringLiteral("%1:%2 %3").arg(warning.line).arg(warning.column).arg(warning.message.left(12));
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("2:3 Comments are"), QStringLiteral("3:3 Single quote"),
                               QStringLiteral("3:8 The value of"), QStringLiteral("4:3 Header 'a' i"),
                               QStringLiteral("4:11 A trailing c")}));
    }
};

QTEST_GUILESS_MAIN(TestHeaderParser)
#include "tst_headerparser.moc"
