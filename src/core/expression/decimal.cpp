#include "core/expression/decimal.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <limits>

namespace RestGate::Expression {

namespace {

__extension__ typedef unsigned __int128 U128;

constexpr U128 kMax96 = (U128(1) << 96) - 1;

constexpr U128 pow10(int n)
{
    U128 value = 1;
    for (int i = 0; i < n; ++i)
        value *= 10;
    return value;
}

QByteArray toDigits(U128 value)
{
    if (value == 0)
        return QByteArrayLiteral("0");
    char buffer[48];
    int i = sizeof(buffer);
    while (value != 0) {
        buffer[--i] = char('0' + int(value % 10));
        value /= 10;
    }
    return QByteArray(buffer + i, int(sizeof(buffer)) - i);
}

/// .NET's whitespace for number parsing (NumberStyles.AllowLeadingWhite/AllowTrailingWhite).
bool isNumberWhite(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x20 || (u >= 0x09 && u <= 0x0D);
}

// The powers of ten .NET's VarDecFromR8 scales by (exact double literals, like its s_doublePowers10 table).
constexpr double kDoublePowers10[] = {
    1,    1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33,
    1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49, 1e50,
    1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61, 1e62, 1e63, 1e64, 1e65, 1e66, 1e67,
    1e68, 1e69, 1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80,
};

} // namespace

/// .NET's NumberBuffer for decimals: significant digits (no leading zeros) and the position of the decimal point
/// relative to the first of them (value = 0.d1d2d3... × 10^scale).
struct Decimal::Digits
{
    QByteArray digits;
    int scale = 0;
    bool negative = false;
};

std::optional<Decimal> Decimal::fromDigits(const Digits &number)
{
    // Mirrors .NET's TryNumberToDecimal: take digits while the 96-bit mantissa has room (at most 28 decimals),
    // round the rest half to even, and fail when integer digits do not fit.
    Decimal result;
    result.m_negative = number.negative;
    const qsizetype count = number.digits.size();
    if (count == 0)
        return result;
    int e = number.scale;
    if (e > 29)
        return std::nullopt;
    constexpr U128 limit = kMax96 / 10;
    U128 mantissa = 0;
    qsizetype i = 0;
    while (e > 0 || (i < count && e > -28)) {
        const int digit = i < count ? number.digits[i] - '0' : 0;
        if (!(mantissa < limit || (mantissa == limit && digit <= 5)))
            break;
        mantissa = mantissa * 10 + U128(digit);
        if (i < count)
            ++i;
        --e;
    }
    if (i < count && number.digits[i] >= '5') {
        bool roundUp = true;
        if (number.digits[i] == '5' && (mantissa & 1) == 0) {
            const auto tail = number.digits.cbegin() + i + 1;
            roundUp = std::any_of(tail, number.digits.cend(), [](char c) { return c != '0'; });
        }
        if (roundUp && ++mantissa > kMax96) {
            mantissa = kMax96 / 10 + 1;
            ++e;
        }
    }
    if (e > 0)
        return std::nullopt;
    if (e <= -29)
        return result; // rounds to zero
    result.m_magnitude = mantissa;
    result.m_scale = -e;
    return result;
}

Decimal Decimal::fromInt64(qint64 value)
{
    Decimal result;
    result.m_negative = value < 0;
    result.m_magnitude = value < 0 ? U128(-(value + 1)) + 1 : U128(value);
    return result;
}

std::optional<Decimal> Decimal::fromDouble(double input)
{
    quint64 bits;
    std::memcpy(&bits, &input, sizeof(bits));
    const int exponent = int((bits >> 52) & 0x7FF) - 1022;
    if (exponent < -94)
        return Decimal();
    if (exponent > 96)
        return std::nullopt; // also NaN and infinities
    const bool negative = input < 0;
    double value = negative ? -input : input;
    // Scale to a 15-digit integer: log10(2) * 2^16 = 19728.3.
    int power = 14 - ((exponent * 19728) >> 16);
    if (power >= 0) {
        if (power > 28)
            power = 28;
        value *= kDoublePowers10[power];
    } else if (power != -1 || value >= 1e15) {
        value /= kDoublePowers10[-power];
    } else {
        power = 0;
    }
    if (value < 1e14 && power < 28) {
        value *= 10;
        ++power;
    }
    quint64 mantissa = quint64(qint64(value));
    const double difference = value - double(qint64(mantissa));
    if (difference > 0.5 || (difference == 0.5 && (mantissa & 1) != 0))
        ++mantissa;
    Decimal result;
    if (mantissa == 0)
        return result;
    result.m_negative = negative;
    if (power < 0) {
        result.m_magnitude = U128(mantissa) * pow10(-power);
        result.m_scale = 0;
    } else {
        U128 m = mantissa;
        int lmax = std::min(power, 14);
        while (lmax > 0 && m % 10 == 0) {
            m /= 10;
            --power;
            --lmax;
        }
        result.m_magnitude = m;
        result.m_scale = power;
    }
    return result;
}

std::optional<Decimal> Decimal::fromIntegerText(QByteArrayView text)
{
    Digits number;
    qsizetype p = 0;
    if (p < text.size() && (text[p] == '-' || text[p] == '+')) {
        number.negative = text[p] == '-';
        ++p;
    }
    if (p == text.size())
        return std::nullopt;
    bool nonZero = false;
    for (; p < text.size(); ++p) {
        const char c = text[p];
        if (c < '0' || c > '9')
            return std::nullopt;
        if (c != '0' || nonZero) {
            number.digits.append(c);
            ++number.scale;
            nonZero = true;
        }
    }
    return fromDigits(number);
}

namespace {

/// The shared part of Decimal.TryParse for the two NumberStyles combinations the engine uses.
bool scanNumber(QStringView s, bool whiteAndThousands, QByteArray *digits, int *scale, bool *negative)
{
    qsizetype p = 0;
    const qsizetype n = s.size();
    if (whiteAndThousands) {
        while (p < n && isNumberWhite(s[p]))
            ++p;
    }
    if (p < n && (s[p] == u'+' || s[p] == u'-')) {
        *negative = s[p] == u'-';
        ++p;
    }
    bool anyDigit = false;
    bool nonZero = false;
    bool decimalPoint = false;
    for (; p < n; ++p) {
        const char16_t c = s[p].unicode();
        if (c >= u'0' && c <= u'9') {
            anyDigit = true;
            if (c != u'0' || nonZero) {
                digits->append(char(c));
                if (!decimalPoint)
                    ++*scale;
                nonZero = true;
            } else if (decimalPoint) {
                --*scale;
            }
        } else if (c == u'.' && !decimalPoint) {
            decimalPoint = true;
        } else if (whiteAndThousands && c == u',' && anyDigit && !decimalPoint) {
            // Group separators are accepted anywhere after the first digit of the integer part.
        } else {
            break;
        }
    }
    if (!anyDigit)
        return false;
    if (whiteAndThousands) {
        while (p < n && isNumberWhite(s[p]))
            ++p;
    }
    return p == n;
}

} // namespace

std::optional<Decimal> Decimal::parseLiteral(QStringView text)
{
    Digits number;
    if (!scanNumber(text, false, &number.digits, &number.scale, &number.negative))
        return std::nullopt;
    return fromDigits(number);
}

std::optional<Decimal> Decimal::parseNumberStyles(QStringView text)
{
    Digits number;
    if (!scanNumber(text, true, &number.digits, &number.scale, &number.negative))
        return std::nullopt;
    return fromDigits(number);
}

QString Decimal::toString() const
{
    U128 magnitude = m_magnitude;
    int scale = m_scale;
    if (scale > 7) {
        // .NET rounds the digit string: a dropped first digit of 5 or more rounds away from zero.
        const U128 divisor = pow10(scale - 7);
        const U128 remainder = magnitude % divisor;
        magnitude /= divisor;
        if (remainder * 2 >= divisor)
            ++magnitude;
        scale = 7;
    }
    if (magnitude == 0)
        return QStringLiteral("0");
    const U128 unit = pow10(scale);
    QByteArray text = m_negative ? QByteArrayLiteral("-") : QByteArray();
    text += toDigits(magnitude / unit);
    const U128 fraction = magnitude % unit;
    if (fraction != 0) {
        QByteArray digits = toDigits(fraction);
        digits.prepend(QByteArray(scale - digits.size(), '0'));
        while (digits.endsWith('0'))
            digits.chop(1);
        text += '.' + digits;
    }
    return QString::fromLatin1(text);
}

QString Decimal::toExactString() const
{
    if (m_magnitude == 0)
        return QStringLiteral("0");
    const U128 unit = pow10(m_scale);
    QByteArray text = m_negative ? QByteArrayLiteral("-") : QByteArray();
    text += toDigits(m_magnitude / unit);
    const U128 fraction = m_magnitude % unit;
    if (fraction != 0) {
        QByteArray digits = toDigits(fraction);
        digits.prepend(QByteArray(m_scale - digits.size(), '0'));
        while (digits.endsWith('0'))
            digits.chop(1);
        text += '.' + digits;
    }
    return QString::fromLatin1(text);
}

bool Decimal::isInteger() const
{
    return m_magnitude % pow10(m_scale) == 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    if (!isInteger())
        return std::nullopt;
    const U128 value = m_magnitude / pow10(m_scale);
    const U128 limit =
        isNegative() ? U128(std::numeric_limits<qint64>::max()) + 1 : U128(std::numeric_limits<qint64>::max());
    if (value > limit)
        return std::nullopt;
    if (isNegative())
        return value == limit ? std::numeric_limits<qint64>::min() : -qint64(value);
    return qint64(value);
}

int Decimal::compare(const Decimal &other) const
{
    const int signA = m_magnitude == 0 ? 0 : (m_negative ? -1 : 1);
    const int signB = other.m_magnitude == 0 ? 0 : (other.m_negative ? -1 : 1);
    if (signA != signB)
        return signA < signB ? -1 : 1;
    if (signA == 0)
        return 0;
    // Compare integer parts, then fractions widened to 28 digits (both fit in 128 bits).
    const U128 unitA = pow10(m_scale);
    const U128 unitB = pow10(other.m_scale);
    const U128 integerA = m_magnitude / unitA;
    const U128 integerB = other.m_magnitude / unitB;
    int magnitude = 0;
    if (integerA != integerB) {
        magnitude = integerA < integerB ? -1 : 1;
    } else {
        const U128 fractionA = (m_magnitude % unitA) * pow10(28 - m_scale);
        const U128 fractionB = (other.m_magnitude % unitB) * pow10(28 - other.m_scale);
        magnitude = fractionA == fractionB ? 0 : (fractionA < fractionB ? -1 : 1);
    }
    return signA * magnitude;
}

// ---- Version

namespace {

/// int.TryParse(component, NumberStyles.Integer, InvariantCulture) && value >= 0.
bool parseVersionComponent(QStringView text, int *out)
{
    qsizetype p = 0;
    qsizetype n = text.size();
    while (p < n && isNumberWhite(text[p]))
        ++p;
    while (n > p && isNumberWhite(text[n - 1]))
        --n;
    bool negative = false;
    if (p < n && (text[p] == u'+' || text[p] == u'-')) {
        negative = text[p] == u'-';
        ++p;
    }
    if (p == n)
        return false;
    qint64 value = 0;
    for (; p < n; ++p) {
        const char16_t c = text[p].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
        if (value > qint64(std::numeric_limits<int>::max()) + 1)
            return false;
    }
    if (negative)
        value = -value;
    if (value < 0 || value > std::numeric_limits<int>::max())
        return false;
    *out = int(value);
    return true;
}

} // namespace

std::optional<Version> Version::parse(QStringView text)
{
    const qsizetype majorEnd = text.indexOf(u'.');
    if (majorEnd < 0)
        return std::nullopt;
    qsizetype minorEnd = text.indexOf(u'.', majorEnd + 1);
    qsizetype buildEnd = -1;
    if (minorEnd >= 0) {
        buildEnd = text.indexOf(u'.', minorEnd + 1);
        if (buildEnd >= 0 && text.indexOf(u'.', buildEnd + 1) >= 0)
            return std::nullopt;
    }
    Version version;
    if (!parseVersionComponent(text.first(majorEnd), &version.m_parts[0]))
        return std::nullopt;
    if (minorEnd < 0) {
        if (!parseVersionComponent(text.sliced(majorEnd + 1), &version.m_parts[1]))
            return std::nullopt;
        return version;
    }
    if (!parseVersionComponent(text.sliced(majorEnd + 1, minorEnd - majorEnd - 1), &version.m_parts[1]))
        return std::nullopt;
    if (buildEnd < 0) {
        if (!parseVersionComponent(text.sliced(minorEnd + 1), &version.m_parts[2]))
            return std::nullopt;
        return version;
    }
    if (!parseVersionComponent(text.sliced(minorEnd + 1, buildEnd - minorEnd - 1), &version.m_parts[2])
        || !parseVersionComponent(text.sliced(buildEnd + 1), &version.m_parts[3]))
        return std::nullopt;
    return version;
}

QString Version::toString() const
{
    QString text = QString::number(m_parts[0]) + u'.' + QString::number(m_parts[1]);
    if (m_parts[2] >= 0)
        text += u'.' + QString::number(m_parts[2]);
    if (m_parts[3] >= 0)
        text += u'.' + QString::number(m_parts[3]);
    return text;
}

int Version::compare(const Version &other) const
{
    for (int i = 0; i < 4; ++i) {
        if (m_parts[i] != other.m_parts[i])
            return m_parts[i] < other.m_parts[i] ? -1 : 1;
    }
    return 0;
}

} // namespace RestGate::Expression
