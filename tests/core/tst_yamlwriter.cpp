#include "yamlwriter.h"

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
    const std::string text = inputs["value"].as<std::string>();
    return QString::fromStdString(text);
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
