#include "core/yaml/yamlutil.h"
#include "core/yaml/yamlwriter.h"

#include <QRandomGenerator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace RestGate;

// Writes `key: value` as a step input would be written, parses it back with yaml-cpp and returns what it read.
static QString roundTrip(const QString &value, QString *yaml = nullptr)
{
    YamlWriter w;
    w.beginSequence(QStringLiteral("steps"));
    w.beginItem();
    w.scalar(QStringLiteral("task"), QStringLiteral("InvokeRESTAPI@1"));
    w.beginMapping(QStringLiteral("inputs"));
    w.scalar(QStringLiteral("value"), value);
    w.scalar(QStringLiteral("after"), QStringLiteral("sentinel"));
    w.endMapping();
    w.endItem();
    w.endSequence();
    if (yaml)
        *yaml = w.text();
    const YAML::Node root = YAML::Load(w.text().toStdString());
    const YAML::Node inputs = root["steps"][0]["inputs"];
    if (inputs["after"].as<std::string>() != "sentinel")
        return QStringLiteral("<sentinel lost>");
    return YamlUtil::toQString(inputs["value"].as<std::string>());
}

// Writes `key: value` (and, with `nested`, `key:` over a mapping) as the first key of a sequence item, as a design
// writes variables and unknown inputs, and returns the key yaml-cpp read back, or why it could not.
static QString keyRoundTrip(const QString &key, bool nested, QString *yaml)
{
    YamlWriter w;
    w.beginSequence(QStringLiteral("tasks"));
    w.beginItem();
    if (nested) {
        w.beginMapping(key);
        w.plain(QStringLiteral("secret"), QStringLiteral("true"));
        w.endMapping();
    } else {
        w.scalar(key, QStringLiteral("a\nb"));
    }
    w.beginMapping(QStringLiteral("inputs"));
    w.scalar(key, QStringLiteral("value"));
    w.endMapping();
    w.endItem();
    w.endSequence();
    *yaml = w.text();
    YAML::Node root;
    try {
        root = YAML::Load(yaml->toStdString());
    } catch (const YAML::Exception &e) {
        return QStringLiteral("<does not load: %1>").arg(QString::fromStdString(e.what()));
    }
    const YAML::Node item = root["tasks"][0];
    if (!item.IsMap() || item.size() != 2)
        return QStringLiteral("<item has %1 keys>").arg(item.size());
    const YAML::Node inputs = item["inputs"];
    if (!inputs.IsMap() || inputs.size() != 1 || inputs.begin()->second.as<std::string>() != "value")
        return QStringLiteral("<inputs lost>");
    const YAML::Node first = item.begin()->second;
    if (nested ? first["secret"].as<std::string>() != "true" : first.as<std::string>() != "a\nb")
        return QStringLiteral("<value lost>");
    const QString firstKey = YamlUtil::toQString(item.begin()->first.as<std::string>());
    const QString inputKey = YamlUtil::toQString(inputs.begin()->first.as<std::string>());
    return firstKey == inputKey ? firstKey : QStringLiteral("<keys differ: %1 / %2>").arg(firstKey, inputKey);
}

static QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding());
}

class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalar_readsBackExactly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("simple") << "GET";
        QTest::addRow("criteria with quotes") << "eq(root['status'], 'successful')";
        QTest::addRow("macro") << "deployments/$(deploymentId)";
        QTest::addRow("template expression") << "${{ parameters.connection }}";
        QTest::addRow("boolean-looking") << "false";
        QTest::addRow("yes") << "yes";
        QTest::addRow("null-looking") << "null";
        QTest::addRow("tilde") << "~";
        QTest::addRow("number") << "42";
        QTest::addRow("float") << "1.5";
        QTest::addRow("exponent") << "1e3";
        QTest::addRow("hex") << "0x1F";
        QTest::addRow("date") << "2024-01-02";
        QTest::addRow("hash") << "a #b";
        QTest::addRow("leading hash") << "#b";
        QTest::addRow("colon space") << "a: b";
        QTest::addRow("trailing colon") << "a:";
        QTest::addRow("leading space") << "  indented";
        QTest::addRow("trailing space") << "x ";
        QTest::addRow("leading dash") << "- item";
        QTest::addRow("leading star") << "*alias";
        QTest::addRow("ampersand") << "&anchor";
        QTest::addRow("bang") << "!tag";
        QTest::addRow("percent") << "%directive";
        QTest::addRow("at") << "@x";
        QTest::addRow("backtick") << "`x`";
        QTest::addRow("braces") << "{\"a\": 1}";
        QTest::addRow("brackets") << "[1, 2]";
        QTest::addRow("double quote inside") << "say \"hi\"";
        QTest::addRow("single quote only") << "'";
        QTest::addRow("unicode") << "déploiement ✓ 日本";
        QTest::addRow("tab") << "a\tb";
        QTest::addRow("multi-line, no final newline") << "{\n\"a\": \"b\"\n}";
        QTest::addRow("multi-line, final newline") << "line1\nline2\n";
        QTest::addRow("multi-line, two final newlines") << "line1\nline2\n\n";
        QTest::addRow("multi-line, leading spaces") << "  a\nb";
        QTest::addRow("multi-line, leading newline") << "\na";
        QTest::addRow("multi-line, blank middle") << "a\n\nb";
        QTest::addRow("multi-line, spaces-only line") << "a\n   \nb";
        QTest::addRow("multi-line with tab") << "a\n\tb";
        QTest::addRow("crlf") << "a\r\nb\r\n";
        QTest::addRow("lone cr") << "a\rb";
        QTest::addRow("control char") << QString(QChar(0x01)) + QStringLiteral("x");
        QTest::addRow("only newline") << "\n";
        QTest::addRow("default headers")
            << "{\n\"Content-Type\":\"application/json\", \n\"PlanUrl\": \"$(system.CollectionUri)\"\n}";
        QTest::addRow("question mark") << "?x";
        QTest::addRow("pipe") << "| x";
        QTest::addRow("greater") << "> x";
        QTest::addRow("merge key") << "<<";
        QTest::addRow("leading BOM") << QString(QChar(0xfeff)) + QStringLiteral("x");
        QTest::addRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b");
    }

    void scalar_readsBackExactly()
    {
        QFETCH(QString, value);
        QString yaml;
        QCOMPARE(roundTrip(value, &yaml), value);
    }

    void emptyString_isWrittenAsQuotes()
    {
        QCOMPARE(YamlWriter::formatScalar(QString(), 2), QStringLiteral("''"));
        QCOMPARE(roundTrip(QString()), QString());
    }

    void criteria_usesSingleQuotesWithDoubledQuotesWhenNeeded()
    {
        QCOMPARE(YamlWriter::formatScalar(QStringLiteral("eq(root['count'], '1425')"), 4),
                 QStringLiteral("eq(root['count'], '1425')"));
        QCOMPARE(YamlWriter::formatScalar(QStringLiteral("'quoted'"), 4), QStringLiteral("'''quoted'''"));
        QCOMPARE(YamlWriter::formatScalar(QStringLiteral("false"), 4), QStringLiteral("'false'"));
    }

    void multiLine_usesLiteralBlockWithTheRightChomping()
    {
        QVERIFY(YamlWriter::formatScalar(QStringLiteral("a\nb"), 4).startsWith(QStringLiteral("|-\n")));
        QVERIFY(YamlWriter::formatScalar(QStringLiteral("a\nb\n"), 4).startsWith(QStringLiteral("|\n")));
        QVERIFY(YamlWriter::formatScalar(QStringLiteral("a\nb\n\n"), 4).startsWith(QStringLiteral("|+\n")));
    }

    void key_readsBackExactly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("plain") << "deploymentId";
        QTest::addRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::addRow("colon space") << "a: b";
        QTest::addRow("trailing colon") << "a:";
        QTest::addRow("leading hash") << "#x";
        QTest::addRow("space hash") << "a #x";
        QTest::addRow("leading dash") << "-x";
        QTest::addRow("dash space") << "- x";
        QTest::addRow("leading question mark") << "?x";
        QTest::addRow("question mark space") << "? x";
        QTest::addRow("leading star") << "*alias";
        QTest::addRow("leading ampersand") << "&anchor";
        QTest::addRow("single quote") << "it's";
        QTest::addRow("leading single quote") << "'x";
        QTest::addRow("double quote") << "say \"hi\"";
        QTest::addRow("leading double quote") << "\"x";
        QTest::addRow("newline") << "a\nb";
        QTest::addRow("trailing newline") << "a\n";
        QTest::addRow("cr") << "a\rb";
        QTest::addRow("tab") << "a\tb";
        QTest::addRow("leading space") << " x";
        QTest::addRow("empty") << "";
        QTest::addRow("boolean-looking") << "true";
        QTest::addRow("merge key") << "<<";
        QTest::addRow("flow") << "{a}";
        QTest::addRow("bracket") << "[x";
        QTest::addRow("pipe") << "|";
        QTest::addRow("backslash") << "a\\b";
        QTest::addRow("BOM") << QString(QChar(0xfeff)) + QStringLiteral("x");
        QTest::addRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b");
        // YAML caps an implicit key at 1024 characters; yaml-cpp counts bytes of UTF-8, quotes included.
        QTest::addRow("1024 plain") << QString(1024, QLatin1Char('k'));
        QTest::addRow("1025 plain") << QString(1025, QLatin1Char('k'));
        QTest::addRow("1023 quoted") << QStringLiteral("#") + QString(1020, QLatin1Char('k'));
        QTest::addRow("long quoted") << QStringLiteral("#") + QString(3000, QLatin1Char('k'));
        QTest::addRow("long multi-byte") << QString(600, QChar(0xe9));
        QTest::addRow("long with newline") << QString(2000, QLatin1Char('k')) + QStringLiteral("\n");
    }

    void key_readsBackExactly()
    {
        QFETCH(QString, key);
        for (const bool nested : {false, true}) {
            QString yaml;
            const QString back = keyRoundTrip(key, nested, &yaml);
            if (back != key)
                QFAIL(qPrintable(QStringLiteral("%1 key %2 came back as %3 from:\n%4")
                                     .arg(nested ? QStringLiteral("mapping") : QStringLiteral("scalar"),
                                          percentEncoded(key), percentEncoded(back), yaml.left(2000))));
        }
    }

    void key_staysPlainWhenItCan()
    {
        QCOMPARE(YamlWriter::formatKey(QStringLiteral("successCriteria")), QStringLiteral("successCriteria"));
        QCOMPARE(YamlWriter::formatKey(QStringLiteral("system.debug")), QStringLiteral("system.debug"));
        QCOMPARE(YamlWriter::formatKey(QStringLiteral("a: b")), QStringLiteral("'a: b'"));
        QCOMPARE(YamlWriter::formatKey(QStringLiteral("a\nb")), QStringLiteral("\"a\\nb\""));
    }

    void randomKeys_roundTrip()
    {
        const QList<QString> pieces = {
            QStringLiteral("a"), QStringLiteral(" "),  QStringLiteral("\n"), QStringLiteral("'"), QStringLiteral("\""),
            QStringLiteral("#"), QStringLiteral(": "), QStringLiteral("-"),  QStringLiteral("?"), QStringLiteral("*"),
            QStringLiteral("&"), QStringLiteral("\t"), QStringLiteral(":"),  QStringLiteral("["), QStringLiteral("{"),
            QStringLiteral(","), QStringLiteral("!"),  QStringLiteral("|"),  QStringLiteral(">"), QStringLiteral("%"),
            QStringLiteral("@"), QStringLiteral("\r"), QStringLiteral("é"),  QString(QChar(0)),
        };
        QRandomGenerator random(20261205);
        for (int i = 0; i < 2000; ++i) {
            QString key;
            const int length = random.bounded(1, 10);
            for (int j = 0; j < length; ++j)
                key += pieces.at(random.bounded(pieces.size()));
            const bool nested = random.bounded(2) == 1;
            QString yaml;
            const QString back = keyRoundTrip(key, nested, &yaml);
            if (back != key)
                QFAIL(qPrintable(QStringLiteral("key %1 came back as %2 from:\n%3")
                                     .arg(percentEncoded(key), percentEncoded(back), yaml)));
        }
    }

    void randomStrings_roundTrip()
    {
        // Property test over strings built from the characters YAML treats specially.
        const QList<QString> pieces = {
            QStringLiteral("a"),  QStringLiteral(" "),  QStringLiteral("\n"),   QStringLiteral("'"),
            QStringLiteral("\""), QStringLiteral("#"),  QStringLiteral(": "),   QStringLiteral("-"),
            QStringLiteral("\t"), QStringLiteral("$("), QStringLiteral(")"),    QStringLiteral("${{"),
            QStringLiteral("}}"), QStringLiteral("é"),  QStringLiteral("\r"),   QStringLiteral("["),
            QStringLiteral("{"),  QStringLiteral(","),  QStringLiteral("true"), QStringLiteral("0"),
            QStringLiteral("\\"), QStringLiteral("|"),  QStringLiteral(">"),    QStringLiteral("*"),
        };
        QRandomGenerator random(20261123);
        for (int i = 0; i < 3000; ++i) {
            QString value;
            const int length = random.bounded(1, 12);
            for (int j = 0; j < length; ++j)
                value += pieces.at(random.bounded(pieces.size()));
            QString yaml;
            const QString back = roundTrip(value, &yaml);
            if (back != value)
                QFAIL(qPrintable(QStringLiteral("value %1 came back as %2 from:\n%3")
                                     .arg(QString::fromLatin1(value.toUtf8().toPercentEncoding()),
                                          QString::fromLatin1(back.toUtf8().toPercentEncoding()), yaml)));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
