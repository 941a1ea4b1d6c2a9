#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace RestGate::Expression {

/// The engine's Number: .NET System.Decimal, a 96-bit integer scaled by a power of ten (0..28).
/// Only what the expression language observes is modelled: parsing, conversions, ordering and formatting.
class Decimal
{
public:
    constexpr Decimal() = default;

    static Decimal fromInt64(qint64 value);
    /// new decimal(double) (.NET VarDecFromR8): rounds to 15 significant digits, as Json.NET's ToObject<decimal>
    /// does for JSON floats. nullopt for NaN, infinities and magnitudes beyond the decimal range.
    static std::optional<Decimal> fromDouble(double value);
    /// An optionally negative run of decimal digits of any length (Json.NET BigInteger → decimal).
    static std::optional<Decimal> fromIntegerText(QByteArrayView text);

    /// Decimal.TryParse(s, AllowLeadingSign | AllowDecimalPoint, InvariantCulture): the language's number literals.
    /// `1`, `-1.5`, `.5`, `5.`, `007` parse; `1e3`, `+1`, ` 1`, `1,000` do not.
    static std::optional<Decimal> parseLiteral(QStringView text);
    /// Decimal.TryParse(s, Integer | AllowDecimalPoint | AllowThousands, InvariantCulture): String → Number.
    /// ` +123,456.7890 ` is 123456.789; `''` and `' '` do not parse (the caller maps `''` to 0).
    static std::optional<Decimal> parseNumberStyles(QStringView text);

    /// ToString("0.#######", InvariantCulture): at most 7 decimals, midpoint rounded away from zero,
    /// no trailing zeros, never "-0".  0.123456789 → "0.1234568", 1.50 → "1.5", -0 → "0".
    QString toString() const;
    /// Every digit, no exponent, no trailing zeros: a literal the language parses back to the same value.
    QString toExactString() const;

    bool isZero() const { return m_magnitude == 0; }
    bool isNegative() const { return m_negative && m_magnitude != 0; }
    bool isInteger() const;
    /// The value when it is an integer that fits in qint64.
    std::optional<qint64> toInt64() const;

    /// -1, 0 or 1. Scale does not matter: 1.0 == 1.
    int compare(const Decimal &other) const;
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }

private:
    __extension__ typedef unsigned __int128 Magnitude;
    Magnitude m_magnitude = 0;
    int m_scale = 0;
    bool m_negative = false;

    struct Digits;
    static std::optional<Decimal> fromDigits(const Digits &digits);
};

/// .NET System.Version: 2 to 4 non-negative components; unset build/revision are -1 and sort first,
/// so 1.2 < 1.2.0 and 1.2.3 != 1.2.3.0.
class Version
{
public:
    Version() = default;

    /// Version.TryParse: `1.2`, ` 1.2.0 `, `1.2.3.4`; not `1`, `1.2.3.4.5`, `1..2`, `-1.2.3`.
    static std::optional<Version> parse(QStringView text);

    int major() const { return m_parts[0]; }
    int minor() const { return m_parts[1]; }
    int build() const { return m_parts[2]; }
    int revision() const { return m_parts[3]; }

    /// Only the components that were given: "1.2", "1.2.3".
    QString toString() const;
    int compare(const Version &other) const;
    friend bool operator==(const Version &a, const Version &b) { return a.compare(b) == 0; }

private:
    int m_parts[4] = {0, 0, -1, -1};
};

} // namespace RestGate::Expression
