// The JSON reader: the Json.NET dialect the server parses response bodies with, the flat value model, and the
// errors and non-strict constructs it reports.

#include "core/json/jsondocument.h"

#include <QTest>

#include <cmath>

using namespace RestGate::Json;

Q_DECLARE_METATYPE(RestGate::Json::NonStrictConstruct::Kind)
Q_DECLARE_METATYPE(RestGate::Json::NumberClass)

namespace {

Document parse(const char *json)
{
    return Document::parse(QByteArray(json));
}

} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAndValues()
    {
        const Document doc = parse(
            "{\"s\":\"text\",\"n\":12,\"f\":1.5,\"t\":true,\"F\":false,\"z\":null,\"a\":[1,2],\"o\":{\"k\":\"v\"}}");
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        const Value root = doc.root();
        QCOMPARE(root.kind(), Kind::Object);
        QCOMPARE(root.size(), 8);
        QCOMPARE(root.member(u"s").kind(), Kind::String);
        QCOMPARE(root.member(u"s").toString(), QStringLiteral("text"));
        QCOMPARE(root.member(u"n").kind(), Kind::Number);
        QCOMPARE(root.member(u"n").toInt64(), 12);
        QCOMPARE(root.member(u"f").toDouble(), 1.5);
        QCOMPARE(root.member(u"t").toBool(), true);
        QCOMPARE(root.member(u"F").toBool(), false);
        QCOMPARE(root.member(u"F").kind(), Kind::Boolean);
        QCOMPARE(root.member(u"z").kind(), Kind::Null);
        QVERIFY(root.member(u"z").isValid());
        QCOMPARE(root.member(u"a").size(), 2);
        QCOMPARE(root.member(u"a").at(1).toInt64(), 2);
        QVERIFY(!root.member(u"a").at(2).isValid());
        QVERIFY(!root.member(u"a").at(-1).isValid());
        QCOMPARE(root.member(u"o").member(u"k").toString(), QStringLiteral("v"));
        QVERIFY(!root.member(u"missing").isValid());
        QCOMPARE(root.member(u"missing").kind(), Kind::Null);
    }

    void memberLookup_isCaseSensitiveAndLastWins()
    {
        const Document doc = parse("{\"status\":\"a\",\"Status\":\"b\",\"dup\":1,\"dup\":2}");
        const Value root = doc.root();
        QCOMPARE(root.member(u"status").toString(), QStringLiteral("a"));
        QCOMPARE(root.member(u"Status").toString(), QStringLiteral("b"));
        QVERIFY(!root.member(u"STATUS").isValid());
        QCOMPARE(root.member(u"dup").toInt64(), 2);
        QVERIFY(root.hasDuplicateKeys());
        QCOMPARE(root.size(), 4); // raw members, duplicates included
        const QList<Member> unique = uniqueMembers(root);
        QCOMPARE(unique.size(), 3);
        QCOMPARE(unique.at(2).name(), QStringLiteral("dup")); // first position ...
        QCOMPARE(unique.at(2).value().toInt64(), 2); // ... last value
    }

    void iteration_keepsDocumentOrder()
    {
        const Document doc = parse("{\"b\":1,\"a\":[true,{\"x\":[]},\"s\"],\"c\":null}");
        QStringList names;
        for (const Member &member : doc.root().members())
            names.append(member.name());
        QCOMPARE(names, (QStringList {"b", "a", "c"}));
        QList<Kind> kinds;
        for (const Value element : doc.root().member(u"a").elements())
            kinds.append(element.kind());
        QCOMPARE(kinds, (QList<Kind> {Kind::Boolean, Kind::Object, Kind::String}));
        int count = 0;
        for (const Value element : doc.root().member(u"c").elements()) {
            Q_UNUSED(element);
            ++count;
        }
        QCOMPARE(count, 0);
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QByteArray("\"abc\"") << QStringLiteral("abc");
        QTest::addRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"")
                                 << QStringLiteral("a\"b\\c/d\b\f\n\r\t");
        QTest::addRow("unicode escape") << QByteArray("\"\\u00e9\\u20AC\"") << QStringLiteral("é€");
        QTest::addRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QStringLiteral("😀");
        QTest::addRow("lone low surrogate becomes U+FFFD") << QByteArray("\"\\ude00x\"") << QStringLiteral("\ufffdx");
        QTest::addRow("lone high surrogate becomes U+FFFD") << QByteArray("\"\\ud83dx\"") << QStringLiteral("\ufffdx");
        QTest::addRow("high then non-surrogate escape")
            << QByteArray("\"\\ud83d\\u0041\"") << QStringLiteral("\ufffdA");
        QTest::addRow("raw UTF-8") << QByteArray("\"Ünïcödé 😀\"") << QStringLiteral("Ünïcödé 😀");
        QTest::addRow("single quoted with escaped quote") << QByteArray("'it\\'s'") << QStringLiteral("it's");
        QTest::addRow("double quote inside single quotes")
            << QByteArray("'say \"hi\"'") << QStringLiteral("say \"hi\"");
        QTest::addRow("raw tab kept") << QByteArray("\"a\tb\"") << QStringLiteral("a\tb");
        QTest::addRow("invalid UTF-8 as U+FFFD") << QByteArray("\"a\xff\"") << QStringLiteral("a\ufffd");
        QTest::addRow("empty") << QByteArray("\"\"") << QString();
    }

    void strings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Document doc = Document::parse(json);
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        QCOMPARE(doc.root().toString(), expected);
        QVERIFY(doc.root().stringEquals(expected.toUtf8()) || json.contains('\xff'));
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<NumberClass>("numberClass");
        QTest::addColumn<double>("value");
        QTest::addRow("integer") << QByteArray("42") << NumberClass::Integer << 42.0;
        QTest::addRow("negative integer") << QByteArray("-7") << NumberClass::Integer << -7.0;
        QTest::addRow("int64 max") << QByteArray("9223372036854775807") << NumberClass::Integer
                                   << 9223372036854775807.0;
        QTest::addRow("beyond int64") << QByteArray("9223372036854775808") << NumberClass::BigInteger
                                      << 9223372036854775808.0;
        QTest::addRow("float") << QByteArray("1.5") << NumberClass::Float << 1.5;
        QTest::addRow("exponent") << QByteArray("1e3") << NumberClass::Float << 1000.0;
        QTest::addRow("negative exponent") << QByteArray("-2.5E-2") << NumberClass::Float << -0.025;
        QTest::addRow("leading point (lenient)") << QByteArray(".5") << NumberClass::Float << 0.5;
        QTest::addRow("trailing point (lenient)") << QByteArray("5.") << NumberClass::Float << 5.0;
        QTest::addRow("hex (lenient)") << QByteArray("0x1F") << NumberClass::Hexadecimal << 31.0;
        QTest::addRow("octal (lenient)") << QByteArray("017") << NumberClass::Octal << 15.0;
        QTest::addRow("negative leading zero is decimal") << QByteArray("-012") << NumberClass::Integer << -12.0;
        QTest::addRow("NaN") << QByteArray("NaN") << NumberClass::NaN << std::nan("");
        QTest::addRow("Infinity") << QByteArray("Infinity") << NumberClass::PositiveInfinity << HUGE_VAL;
        QTest::addRow("-Infinity") << QByteArray("-Infinity") << NumberClass::NegativeInfinity << -HUGE_VAL;
        QTest::addRow("huge exponent is infinity like .NET") << QByteArray("1e400") << NumberClass::Float << HUGE_VAL;
    }

    void numbers()
    {
        QFETCH(QByteArray, json);
        QFETCH(NumberClass, numberClass);
        QFETCH(double, value);
        const Document doc = Document::parse(json);
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        QCOMPARE(doc.root().kind(), Kind::Number);
        QCOMPARE(doc.root().numberClass(), numberClass);
        if (std::isnan(value))
            QVERIFY(std::isnan(doc.root().toDouble()));
        else
            QCOMPARE(doc.root().toDouble(), value);
        QCOMPARE(doc.root().rawText(), QByteArrayView(json));
    }

    void nonStrictConstructs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<NonStrictConstruct::Kind>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        using K = NonStrictConstruct::Kind;
        QTest::addRow("single-quoted string") << QByteArray("{\"a\": 'x'}") << K::SingleQuotedString << 1 << 7;
        QTest::addRow("single-quoted key") << QByteArray("{'a': 1}") << K::SingleQuotedString << 1 << 2;
        QTest::addRow("unquoted name") << QByteArray("{\n  name: 1}") << K::UnquotedPropertyName << 2 << 3;
        QTest::addRow("unquoted name with $ and digits")
            << QByteArray("{$ref2: 1}") << K::UnquotedPropertyName << 1 << 2;
        QTest::addRow("line comment") << QByteArray("// hi\n{}") << K::LineComment << 1 << 1;
        QTest::addRow("block comment") << QByteArray("{\"a\": /* c */ 1}") << K::BlockComment << 1 << 7;
        QTest::addRow("trailing comma in array") << QByteArray("[1,2,]") << K::TrailingComma << 1 << 5;
        QTest::addRow("trailing comma in object") << QByteArray("{\"a\":1,}") << K::TrailingComma << 1 << 7;
        QTest::addRow("empty array element") << QByteArray("[1,,2]") << K::EmptyArrayElement << 1 << 4;
        QTest::addRow("NaN") << QByteArray("[NaN]") << K::NaN << 1 << 2;
        QTest::addRow("Infinity") << QByteArray("[Infinity]") << K::Infinity << 1 << 2;
        QTest::addRow("-Infinity") << QByteArray("[-Infinity]") << K::Infinity << 1 << 2;
        QTest::addRow("undefined") << QByteArray("[undefined]") << K::Undefined << 1 << 2;
        QTest::addRow("leading point") << QByteArray("[.5]") << K::LooseNumber << 1 << 2;
        QTest::addRow("hex") << QByteArray("[0x10]") << K::HexadecimalNumber << 1 << 2;
        QTest::addRow("octal") << QByteArray("[010]") << K::OctalNumber << 1 << 2;
        QTest::addRow("raw control character") << QByteArray("[\"a\nb\"]") << K::ControlCharacterInString << 1 << 4;
        QTest::addRow("\\' escape") << QByteArray("[\"it\\'s\"]") << K::SingleQuoteEscape << 1 << 5;
        QTest::addRow("invalid UTF-8") << QByteArray("[\"\xc3\x28\"]") << K::InvalidUtf8 << 1 << 3;
        QTest::addRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << K::ByteOrderMark << 1 << 1;
        QTest::addRow("form feed") << QByteArray("[1,\f2]") << K::NonJsonWhitespace << 1 << 4;
        QTest::addRow("no-break space") << QByteArray("[1,\xc2\xa0 2]") << K::NonJsonWhitespace << 1 << 4;
        QTest::addRow("column counts UTF-16 units") << QByteArray("[\"😀\", 'x']") << K::SingleQuotedString << 1 << 8;
        QTest::addRow("CRLF is one line break") << QByteArray("{\r\n'a':1}") << K::SingleQuotedString << 2 << 1;
    }

    void nonStrictConstructs()
    {
        QFETCH(QByteArray, json);
        QFETCH(NonStrictConstruct::Kind, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        const Document doc = Document::parse(json);
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        const QList<NonStrictConstruct> constructs = doc.nonStrictConstructs();
        QVERIFY(!constructs.isEmpty());
        QCOMPARE(constructs.first().kind, kind);
        QCOMPARE(constructs.first().line, line);
        QCOMPARE(constructs.first().column, column);
        QVERIFY(!NonStrictConstruct::describe(kind).isEmpty());
    }

    void strictJson_recordsNothing()
    {
        const Document doc = parse("{\n  \"a\": [1, -2.5e3, true, false, null, \"\\u00e9\"],\n  \"b\": {}\n}\n");
        QVERIFY(!doc.hasError());
        QCOMPARE(doc.nonStrictCount(), 0);
    }

    void lenientValues()
    {
        const Document doc = parse("{a: [1,,2], b: undefined, 'c': .5, d: 0x10, /* x */ e: [1,], // y\n f: NaN,}");
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        const Value root = doc.root();
        QCOMPARE(root.member(u"a").size(), 3);
        QCOMPARE(root.member(u"a").at(1).kind(), Kind::Undefined);
        QCOMPARE(root.member(u"b").kind(), Kind::Undefined);
        QCOMPARE(root.member(u"c").toDouble(), 0.5);
        QCOMPARE(root.member(u"d").toInt64(), 16);
        QCOMPARE(root.member(u"e").size(), 1);
        QVERIFY(std::isnan(root.member(u"f").toDouble()));
        QVERIFY(doc.nonStrictCount() >= 10);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Json.NET's words; its "position" counts the characters before the offending one.
        QTest::addRow("hyphen in unquoted name (#9618)")
            << QByteArray("{Content-Type: \"application/json\"}")
            << "Invalid JavaScript property identifier character: -. Path '', line 1, position 8." << 1 << 9;
        QTest::addRow("HTML body") << QByteArray("<html></html>")
                                   << "Unexpected character encountered while parsing value: <. Path '', line 0, "
                                      "position 0."
                                   << 1 << 1;
        QTest::addRow("empty body") << QByteArray("")
                                    << "Error reading JToken from JsonReader. Path '', line 0, position 0." << 1 << 1;
        QTest::addRow("whitespace only") << QByteArray("  \n ")
                                         << "Error reading JToken from JsonReader. Path '', line 2, position 1." << 2
                                         << 2;
        QTest::addRow("missing comma") << QByteArray("[1 2]")
                                       << "After parsing a value an unexpected character was encountered: 2. Path "
                                          "'[0]', line 1, position 3."
                                       << 1 << 4;
        QTest::addRow("missing colon") << QByteArray("{\"a\" 1}")
                                       << "Invalid character after parsing property name. Expected ':' but got: 1. "
                                          "Path 'a', line 1, position 5."
                                       << 1 << 6;
        QTest::addRow("unterminated string") << QByteArray("{\"a\": \"abc")
                                             << "Unterminated string. Expected delimiter: \". Path 'a', line 1, "
                                                "position 10."
                                             << 1 << 11;
        QTest::addRow("unclosed object") << QByteArray("{\"a\": 1")
                                         << "Unexpected end when reading JSON. Path 'a', line 1, position 7." << 1 << 8;
        QTest::addRow("additional text") << QByteArray("{} x")
                                         << "Additional text encountered after finished reading JSON content: x. "
                                            "Path '', line 1, position 3."
                                         << 1 << 4;
        QTest::addRow("bad escape") << QByteArray("[\"a\\x\"]")
                                    << "Bad JSON escape sequence: \\x. Path '[0]', line 1, position 4." << 1 << 5;
        QTest::addRow("bad unicode escape") << QByteArray("[\"\\u12G4\"]")
                                            << "Invalid Unicode escape sequence: \\u12G4. Path '[0]', line 1, "
                                               "position 2."
                                            << 1 << 3;
        QTest::addRow("misspelled literal")
            << QByteArray("[tru]") << "Error parsing boolean value. Path '[0]', line 1, position 1." << 1 << 2;
        QTest::addRow("bad number") << QByteArray("[1.2.3]")
                                    << "Input string '1.2.3' is not a valid number. Path '[0]', line 1, position 1."
                                    << 1 << 2;
        QTest::addRow("octal with 8") << QByteArray("[08]")
                                      << "Input string '08' is not a valid number. Path '[0]', line 1, position 1." << 1
                                      << 2;
        QTest::addRow("number followed by letter") << QByteArray("[1z]")
                                                   << "Unexpected character encountered while parsing number: z. Path "
                                                      "'[0]', line 1, position 2."
                                                   << 1 << 3;
        QTest::addRow("mismatched bracket") << QByteArray("[1}")
                                            << "JsonToken EndObject is not valid for closing JsonType Array. Path "
                                               "'[0]', line 1, position 2."
                                            << 1 << 3;
        QTest::addRow("error on a later line") << QByteArray("{\n  \"a\": 1,\n  \"b\": x\n}")
                                               << "Unexpected character encountered while parsing value: x. Path 'b', "
                                                  "line 3, position 7."
                                               << 3 << 8;
        QTest::addRow("nested path") << QByteArray("{\"a\": {\"b\": [1, {\"c\": ?}]}}")
                                     << "Unexpected character encountered while parsing value: ?. Path 'a.b[1].c', "
                                        "line 1, position 22."
                                     << 1 << 23;
        QTest::addRow("unclosed comment")
            << QByteArray("[1 /* x") << "Unexpected end while parsing comment. Path '[0]', line 1, position 7." << 1
            << 8;
        QTest::addRow("comma as property")
            << QByteArray("{,}") << "Invalid property identifier character: ,. Path '', line 1, position 1." << 1 << 2;
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const Document doc = Document::parse(json);
        QVERIFY(doc.hasError());
        QVERIFY(!doc.root().isValid());
        const ParseError error = doc.error();
        QCOMPARE(error.message, message);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(!error.description.isEmpty());
        QVERIFY(error.offset >= 0 && error.offset <= json.size());
    }

    void deepNesting_isAnErrorNotACrash()
    {
        // A million open brackets: the reader keeps its own stack, so this fails cleanly at the depth limit.
        const QByteArray deep(1000000, '[');
        const Document doc = Document::parse(deep);
        QVERIFY(doc.hasError());
        QVERIFY(doc.error().message.startsWith(QStringLiteral("The reader's MaxDepth of 10000 has been exceeded.")));
        QCOMPARE(doc.error().offset, 10000);
    }

    void deepNesting_withinLimit()
    {
        const int depth = 5000;
        const QByteArray json = QByteArray(depth, '[') + QByteArray(depth, ']');
        const Document doc = Document::parse(json);
        QVERIFY2(!doc.hasError(), qPrintable(doc.error().message));
        QCOMPARE(doc.maxDepth(), depth);
        Value v = doc.root();
        for (int i = 1; i < depth; ++i)
            v = v.at(0);
        QCOMPARE(v.kind(), Kind::Array);
        QCOMPARE(v.size(), 0);
        QCOMPARE(doc.pathTo(v).size(), depth - 1);
        ParseOptions options;
        options.maxDepth = 64;
        QVERIFY(Document::parse(json, options).hasError());
    }

    void hugeString()
    {
        // Longer than the 24 bits a slot keeps for token lengths (16 MiB): the length lives in a side table.
        QByteArray json = "{\"big\": \"";
        json += QByteArray(50 * 1024 * 1024, 'x');
        json += "\\n\"}";
        const Document doc = Document::parse(json);
        QVERIFY(!doc.hasError());
        const QString big = doc.root().member(u"big").toString();
        QCOMPARE(big.size(), 50 * 1024 * 1024 + 1);
        QCOMPARE(doc.root().member(u"big").sourceLength(), 50 * 1024 * 1024 + 4);
        QVERIFY(doc.root().member(u"big").stringEquals(QByteArray(50 * 1024 * 1024, 'x') + '\n'));
        QVERIFY(big.endsWith(u'\n'));
    }

    void invalidUtf8_isAcceptedLikeTheServer()
    {
        // The server decodes the body as UTF-8 with replacement characters before Json.NET sees it.
        const Document doc = Document::parse(QByteArray("{\"k\": \"\xed\xa0\x80\", \"ok\": 1}"));
        QVERIFY(!doc.hasError());
        QCOMPARE(doc.root().member(u"k").toString().count(QChar(0xFFFD)) > 0, true);
        QCOMPARE(doc.nonStrictConstructs().first().kind, NonStrictConstruct::Kind::InvalidUtf8);
        QCOMPARE(doc.root().member(u"ok").toInt64(), 1);
    }

    void rawTextAndOffsets()
    {
        const QByteArray json = "{ \"a\" : [ 1 , { \"b\" : 'x' } ] }";
        const Document doc = Document::parse(json);
        const Value a = doc.root().member(u"a");
        QCOMPARE(a.rawText(), QByteArrayView("[ 1 , { \"b\" : 'x' } ]"));
        QCOMPARE(a.at(1).member(u"b").rawText(), QByteArrayView("'x'"));
        QCOMPARE(doc.root().rawText(), QByteArrayView(json));
        int line = 0;
        int column = 0;
        doc.lineColumn(a.sourceOffset(), &line, &column);
        QCOMPARE(line, 1);
        QCOMPARE(column, 9);
    }

    void pathTo()
    {
        const Document doc = parse("{\"a\":{\"b\":[10,{\"c\":\"x\"}]},\"d\":1}");
        const Value c = doc.root().member(u"a").member(u"b").at(1).member(u"c");
        const QList<PathStep> steps = doc.pathTo(c);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).key, QStringLiteral("a"));
        QCOMPARE(steps.at(1).key, QStringLiteral("b"));
        QCOMPARE(steps.at(2).index, 1);
        QCOMPARE(steps.at(3).key, QStringLiteral("c"));
        QVERIFY(doc.pathTo(doc.root()).isEmpty());
        const Document other = parse("[1]");
        QVERIFY(doc.pathTo(other.root().at(0)).isEmpty());
    }

    void valueHandles_outliveTheirDocumentCopy()
    {
        Value handle;
        Document keep;
        {
            const Document doc = parse("{\"a\":\"kept\"}");
            keep = doc;
            handle = doc.root().member(u"a");
        }
        QCOMPARE(handle.toString(), QStringLiteral("kept"));
        QVERIFY(handle == keep.root().member(u"a"));
        QVERIFY(handle != keep.root());
    }

    void largeArray_countsBeyond24Bits()
    {
        // Token lengths use 24 bits of a slot; counts have their own 32 bits. An array past 2^24 elements must
        // still report its size.
        const int n = (1 << 24) + 3;
        QByteArray json;
        json.reserve(n * 2 + 2);
        json += '[';
        for (int i = 0; i < n; ++i) {
            json += '0';
            json += ',';
        }
        json.chop(1);
        json += ']';
        const Document doc = Document::parse(json);
        QVERIFY(!doc.hasError());
        QCOMPARE(doc.root().size(), n);
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
