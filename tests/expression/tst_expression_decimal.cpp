// The engine's numbers and versions: .NET System.Decimal and System.Version as the expression language sees them
// (expressions.md §2 literals, §5 conversions).

#include "core/expression/decimal.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace RestGate::Expression;

class TestExpressionDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("formatted");
        // §2: Decimal.TryParse(s, AllowLeadingSign | AllowDecimalPoint, InvariantCulture)
        QTest::addRow("§2 integer") << "1" << true << "1";
        QTest::addRow("§2 negative fraction") << "-1.5" << true << "-1.5";
        QTest::addRow("§2 leading point") << ".5" << true << "0.5";
        QTest::addRow("§2 negative leading point") << "-.5" << true << "-0.5";
        QTest::addRow("§2 leading zeros") << "007" << true << "7";
        QTest::addRow("§2 trailing point") << "5." << true << "5";
        QTest::addRow("§2 zero") << "0" << true << "0";
        QTest::addRow("§2 negative zero formats as 0") << "-0" << true << "0";
        QTest::addRow("§2 negative zero point zero") << "-0.0" << true << "0";
        QTest::addRow("§2 exponent rejected") << "1e3" << false << "";
        QTest::addRow("§2 hex rejected") << "0x10" << false << "";
        QTest::addRow("§2 underscore rejected") << "1_000" << false << "";
        QTest::addRow("§2 trailing letter rejected") << "1a" << false << "";
        QTest::addRow("§2 thousands rejected in literals") << "1,000" << false << "";
        QTest::addRow("§2 whitespace rejected in literals") << " 1" << false << "";
        QTest::addRow("§2 lone point") << "." << false << "";
        QTest::addRow("§2 lone minus") << "-" << false << "";
        QTest::addRow("§2 two points") << "1.2.3" << false << "";
        QTest::addRow("§2 plus sign (the lexer never passes it, .NET accepts it)") << "+1" << true << "1";
        QTest::addRow("29 digits fit") << "79228162514264337593543950335" << true << "79228162514264337593543950335";
        QTest::addRow("beyond decimal range") << "79228162514264337593543950336" << false << "";
        QTest::addRow("30 integer digits") << "100000000000000000000000000000" << false << "";
        QTest::addRow("28 decimals kept, then rounded") << "0.00000000000000000000000000015" << true << "0";
        QTest::addRow("L0 2147483648.1") << "2147483648.1" << true << "2147483648.1";
    }

    void parseLiteral()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, formatted);
        const auto number = Decimal::parseLiteral(text);
        QCOMPARE(number.has_value(), valid);
        if (valid)
            QCOMPARE(number->toString(), formatted);
    }

    void parseNumberStyles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("exact");
        // §5 String → Number: Integer | AllowDecimalPoint | AllowThousands
        QTest::addRow("§5 L0 spaces thousands and sign") << " +123,456.7890 " << true << "123456.789";
        QTest::addRow("§5 L0 negative with groups") << " -123,456.789 " << true << "-123456.789";
        QTest::addRow("§5 L0 groups and zeros") << " 123,000.000 " << true << "123000";
        QTest::addRow("§5 plain") << "42" << true << "42";
        QTest::addRow("§5 tab and newline are whitespace") << "\t42\n" << true << "42";
        QTest::addRow("§5 group separator anywhere after a digit") << "1,2,3" << true << "123";
        QTest::addRow("§5 trailing group separator") << "1," << true << "1";
        QTest::addRow("§5 group before any digit") << ",1" << false << "";
        QTest::addRow("§5 group after the point") << "1.0,5" << false << "";
        QTest::addRow("§5 exponent rejected") << "1e3" << false << "";
        QTest::addRow("§5 hex rejected") << "0x1" << false << "";
        QTest::addRow("§5 space alone is not a number") << " " << false << "";
        QTest::addRow("§5 empty is not parsed here (the caller maps '' to 0)") << "" << false << "";
        QTest::addRow("§5 space after the sign") << "- 1" << false << "";
        QTest::addRow("§5 words") << "not a number" << false << "";
        QTest::addRow("§5 '1.0' text") << "1.0" << true << "1";
        QTest::addRow("§5 '1,000'") << "1,000" << true << "1000";
        QTest::addRow("§5 non-breaking space is not .NET number whitespace") << "\u00a01" << false << "";
    }

    void parseNumberStyles()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, exact);
        const auto number = Decimal::parseNumberStyles(text);
        QCOMPARE(number.has_value(), valid);
        if (valid)
            QCOMPARE(number->toExactString(), exact);
    }

    void toString_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("expected");
        // §5 Number → String: ToString("0.#######", InvariantCulture)
        QTest::addRow("§5 rounds to 7 decimals") << "0.123456789"
                                                 << "0.1234568";
        QTest::addRow("§5 drops trailing zeros") << "1.50"
                                                 << "1.5";
        QTest::addRow("§5 integral") << "200.0"
                                     << "200";
        QTest::addRow("§5 negative zero") << "-0"
                                          << "0";
        QTest::addRow("§5 midpoint away from zero") << "0.00000005"
                                                    << "0.0000001";
        QTest::addRow("§5 negative midpoint away from zero") << "-0.00000005"
                                                             << "-0.0000001";
        QTest::addRow("§5 below midpoint") << "0.00000004999"
                                           << "0";
        QTest::addRow("§5 negative tiny is 0 not -0") << "-0.00000001"
                                                      << "0";
        QTest::addRow("§5 round up carries") << "9.99999999"
                                             << "10";
        QTest::addRow("§5 no group separator") << "1234567.5"
                                               << "1234567.5";
        QTest::addRow("§5 leading zero kept") << ".5"
                                              << "0.5";
        QTest::addRow("max decimal") << "79228162514264337593543950335"
                                     << "79228162514264337593543950335";
    }

    void toString()
    {
        QFETCH(QString, literal);
        QFETCH(QString, expected);
        const auto number = Decimal::parseLiteral(literal);
        QVERIFY(number.has_value());
        QCOMPARE(number->toString(), expected);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::addRow("scale does not matter") << "1.0"
                                               << "1" << 0;
        QTest::addRow("negative zero equals zero") << "-0"
                                                   << "0" << 0;
        QTest::addRow("fraction ordering") << "123456.789"
                                           << "123456.7899" << -1;
        QTest::addRow("negatives") << "-123456.789"
                                   << "-123456.7899" << 1;
        QTest::addRow("integer parts differ") << "2"
                                              << "10" << -1;
        QTest::addRow("mixed signs") << "-1"
                                     << "0.5" << -1;
        QTest::addRow("tiny fractions") << "0.0000000000000000000000000001"
                                        << "0" << 1;
        QTest::addRow("large vs small scale") << "79228162514264337593543950335"
                                              << "7.9228162514264337593543950335" << 1;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const auto x = Decimal::parseLiteral(a);
        const auto y = Decimal::parseLiteral(b);
        QVERIFY(x && y);
        QCOMPARE(x->compare(*y), expected);
        QCOMPARE(y->compare(*x), -expected);
    }

    void fromDouble_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("exact");
        // Json.NET reads JSON floats as doubles; ToObject<decimal>() is new decimal(double): 15 significant digits.
        QTest::addRow("19.99") << 19.99 << true << "19.99";
        QTest::addRow("0.1") << 0.1 << true << "0.1";
        QTest::addRow("1e3") << 1e3 << true << "1000";
        QTest::addRow("-2.5") << -2.5 << true << "-2.5";
        QTest::addRow("15 significant digits") << 0.1234567890123456789 << true << "0.123456789012346";
        QTest::addRow("large") << 1e20 << true << "100000000000000000000";
        QTest::addRow("tiny rounds to zero") << 1e-30 << true << "0";
        QTest::addRow("1e-5") << 1e-5 << true << "0.00001";
        QTest::addRow("overflow") << 1e30 << false << "";
        QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false << "";
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << false << "";
        QTest::addRow("negative zero") << -0.0 << true << "0";
        QTest::addRow("123456.789") << 123456.789 << true << "123456.789";
    }

    void fromDouble()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        QFETCH(QString, exact);
        const auto number = Decimal::fromDouble(value);
        QCOMPARE(number.has_value(), valid);
        if (valid)
            QCOMPARE(number->toExactString(), exact);
    }

    void fromIntegerText()
    {
        QCOMPARE(Decimal::fromIntegerText("12345678901234567890")->toExactString(),
                 QStringLiteral("12345678901234567890"));
        QCOMPARE(Decimal::fromIntegerText("-9223372036854775809")->toExactString(),
                 QStringLiteral("-9223372036854775809"));
        QVERIFY(!Decimal::fromIntegerText("79228162514264337593543950336"));
        QVERIFY(!Decimal::fromIntegerText("12a"));
    }

    void integers()
    {
        QCOMPARE(Decimal::fromInt64(std::numeric_limits<qint64>::min()).toExactString(),
                 QStringLiteral("-9223372036854775808"));
        QCOMPARE(*Decimal::parseLiteral(QStringLiteral("3.0"))->toInt64(), 3);
        QVERIFY(!Decimal::parseLiteral(QStringLiteral("1.5"))->isInteger());
        QVERIFY(Decimal::parseLiteral(QStringLiteral("-1"))->isNegative());
        QVERIFY(!Decimal::parseLiteral(QStringLiteral("-0"))->isNegative());
        QVERIFY(!Decimal::parseLiteral(QStringLiteral("99999999999999999999"))->toInt64());
    }

    void version_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("formatted");
        // §2 Version.TryParse: 2–4 components of 0..2147483647
        QTest::addRow("§2 three parts") << "1.2.3" << true << "1.2.3";
        QTest::addRow("§2 four parts") << "1.2.3.4" << true << "1.2.3.4";
        QTest::addRow("§2 two parts") << "1.2" << true << "1.2";
        QTest::addRow("§2 five parts") << "1.2.3.4.5" << false << "";
        QTest::addRow("§2 empty part") << "1..2" << false << "";
        QTest::addRow("§2 negative part") << "-1.2.3" << false << "";
        QTest::addRow("§2 letter") << "1.2.3a" << false << "";
        QTest::addRow("§2 one part") << "1" << false << "";
        QTest::addRow("§5 surrounding whitespace") << " 1.2.0 " << true << "1.2.0";
        QTest::addRow("§5 L0 2147483648.1 is not a version") << "2147483648.1" << false << "";
        QTest::addRow("max component") << "2147483647.0" << true << "2147483647.0";
        QTest::addRow("L0 not a version") << "not a version" << false << "";
        QTest::addRow("L0 4.5.6.7a") << "4.5.6.7a" << false << "";
    }

    void version()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, formatted);
        const auto version = Version::parse(text);
        QCOMPARE(version.has_value(), valid);
        if (valid)
            QCOMPARE(version->toString(), formatted);
    }

    void versionOrdering()
    {
        const auto v = [](const char *text) { return *Version::parse(QString::fromLatin1(text)); };
        QVERIFY(v("1.2") != v("1.2.0")); // unset components are -1
        QCOMPARE(v("1.2").compare(v("1.2.0")), -1);
        QVERIFY(v("1.2.3") != v("1.2.3.0"));
        QCOMPARE(v("1.10.0").compare(v("1.9.0")), 1);
        QCOMPARE(v("4.5.6").compare(v("1.2.3")), 1);
        QCOMPARE(v("1.2.3").compare(v("1.2.3")), 0);
    }
};

QTEST_GUILESS_MAIN(TestExpressionDecimal)
#include "tst_expression_decimal.moc"
