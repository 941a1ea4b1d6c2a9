#include "core/json/jsonformat.h"

#include <QTest>

using namespace RestGate;

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyArraySlot_isWrittenAsUndefined()
    {
        // Found by fuzz_json: the slot was written as nothing, so the indented body read back without it.
        const Json::Document document = Json::Document::parse("[1,\v,]");
        QVERIFY(!document.hasError());
        const QString text = Json::indented(document.root());
        QCOMPARE(text, QStringLiteral("[\n    1,\n    undefined\n]"));
        QCOMPARE(Json::Document::parse(text.toUtf8()).nodeCount(), document.nodeCount());
    }

    void keepsMemberOrderAndTheServersNumberSpelling()
    {
        const Json::Document document =
            Json::Document::parse("{\"z\": 1e3, \"a\": [true, null, -0.50], \"e\": {}, \"f\": []}");
        QVERIFY(!document.hasError());
        QCOMPARE(Json::indented(document.root(), {2, -1}),
                 QStringLiteral("{\n  \"z\": 1e3,\n  \"a\": [\n    true,\n    null,\n    -0.50\n  ],\n  \"e\": {},\n"
                                "  \"f\": []\n}"));
    }

    void escapesStringsAsJson()
    {
        QCOMPARE(Json::quotedString(QStringLiteral("say \"hi\"\\\n\t\x01")),
                 QStringLiteral("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\""));
        const Json::Document document = Json::Document::parse("{'single': 'it\\'s'}");
        QVERIFY(!document.hasError());
        // Json.NET's single-quoted strings come out as ordinary JSON.
        QCOMPARE(Json::indented(document.root()), QStringLiteral("{\n    \"single\": \"it's\"\n}"));
    }

    void stopsSoonAfterTheLimit()
    {
        QByteArray big = "[";
        for (int i = 0; i < 10000; ++i)
            big += (i ? ",\"" : "\"") + QByteArray(20, 'x') + "\"";
        big += "]";
        const Json::Document document = Json::Document::parse(big);
        QVERIFY(!document.hasError());
        const QString text = Json::indented(document.root(), {4, 1000});
        QVERIFY(text.size() > 1000);
        QVERIFY(text.size() < 1100); // one more element at most, not the whole 300 KB
        QVERIFY(Json::indented(document.root()).size() > 250000);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
