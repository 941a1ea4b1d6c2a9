#include "core/expression/value.h"

#include <QChar>

namespace RestGate::Expression {

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Null:
        return QStringLiteral("Null");
    case ValueKind::Boolean:
        return QStringLiteral("Boolean");
    case ValueKind::Number:
        return QStringLiteral("Number");
    case ValueKind::String:
        return QStringLiteral("String");
    case ValueKind::Version:
        return QStringLiteral("Version");
    case ValueKind::Array:
        return QStringLiteral("Array");
    case ValueKind::Object:
        return QStringLiteral("Object");
    }
    return {};
}

namespace {

const QString &overflowMessage()
{
    // What Json.NET's ToObject<decimal>() throws (System.OverflowException) for NaN, infinities and huge numbers.
    static const QString message = QStringLiteral("Value was either too large or too small for a Decimal.");
    return message;
}

template<typename Map> QString mapSimpleCase(QStringView text, Map map)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t mapped = map(QChar::surrogateToUcs4(c, text[i + 1]));
            out += QChar::fromUcs4(mapped);
            ++i;
        } else {
            out += QChar::fromUcs4(map(c.unicode()));
        }
    }
    return out;
}

char32_t upperOf(char32_t c)
{
    return QChar::toUpper(c);
}

char32_t lowerOf(char32_t c)
{
    return QChar::toLower(c);
}

} // namespace

Value Value::fromBool(bool value)
{
    Value v;
    v.m_kind = ValueKind::Boolean;
    v.m_boolean = value;
    return v;
}

Value Value::fromNumber(const Decimal &value)
{
    Value v;
    v.m_kind = ValueKind::Number;
    v.m_number = value;
    return v;
}

Value Value::fromString(const QString &value)
{
    Value v;
    v.m_kind = ValueKind::String;
    v.m_string = value;
    return v;
}

Value Value::fromVersion(const Version &value)
{
    Value v;
    v.m_kind = ValueKind::Version;
    v.m_version = value;
    return v;
}

Value Value::fromJson(const Json::Value &token)
{
    Value v;
    switch (token.kind()) {
    case Json::Kind::Null:
        return v;
    case Json::Kind::Boolean:
        return fromBool(token.toBool());
    case Json::Kind::String:
        return fromString(token.toString());
    case Json::Kind::Array:
        v.m_kind = ValueKind::Array;
        v.m_json = token;
        return v;
    case Json::Kind::Object:
    case Json::Kind::Undefined:
        // Json.NET's undefined is a JValue the canonicaliser does not recognise: it ends up as an opaque Object.
        v.m_kind = ValueKind::Object;
        v.m_json = token;
        return v;
    case Json::Kind::Number:
        break;
    }
    switch (token.numberClass()) {
    case Json::NumberClass::Integer:
    case Json::NumberClass::Hexadecimal:
    case Json::NumberClass::Octal:
        return fromNumber(Decimal::fromInt64(token.toInt64()));
    case Json::NumberClass::BigInteger:
        if (const auto number = Decimal::fromIntegerText(token.rawText()))
            return fromNumber(*number);
        break;
    case Json::NumberClass::Float:
        // Json.NET holds JSON floats as System.Double; ToObject<decimal>() rounds that to 15 digits.
        if (const auto number = Decimal::fromDouble(token.toDouble()))
            return fromNumber(*number);
        break;
    default:
        break;
    }
    throw EvaluationError {overflowMessage()};
}

Value Value::fromTokens(std::vector<Json::Value> tokens)
{
    auto collection = std::make_shared<Collection>();
    collection->tokens = std::move(tokens);
    Value v;
    v.m_kind = ValueKind::Array;
    v.m_collection = std::move(collection);
    return v;
}

Value Value::fromStrings(QStringList strings)
{
    auto collection = std::make_shared<Collection>();
    collection->strings = std::move(strings);
    collection->isStrings = true;
    Value v;
    v.m_kind = ValueKind::Object;
    v.m_collection = std::move(collection);
    return v;
}

bool Value::isCollection() const
{
    if (m_collection)
        return true;
    return m_json.isArray() || m_json.isObject();
}

bool Value::isArrayLike() const
{
    return m_collection || m_json.isArray();
}

qsizetype Value::collectionSize() const
{
    if (m_collection)
        return m_collection->size();
    if (m_json.isArray())
        return m_json.size();
    if (m_json.isObject())
        return m_json.hasDuplicateKeys() ? Json::uniqueMembers(m_json).size() : m_json.size();
    return 0;
}

Value Value::item(qsizetype index) const
{
    if (m_collection) {
        if (m_collection->isStrings)
            return fromString(m_collection->strings.at(index));
        return fromJson(m_collection->tokens.at(size_t(index)));
    }
    return fromJson(m_json.at(index));
}

bool Value::toBoolean() const
{
    switch (m_kind) {
    case ValueKind::Null:
        return false;
    case ValueKind::Boolean:
        return m_boolean;
    case ValueKind::Number:
        return !m_number.isZero();
    case ValueKind::String:
        return !m_string.isEmpty();
    case ValueKind::Version:
    case ValueKind::Array:
    case ValueKind::Object:
        return true;
    }
    return false;
}

bool Value::tryToNumber(Decimal *out) const
{
    switch (m_kind) {
    case ValueKind::Null:
        *out = Decimal();
        return true;
    case ValueKind::Boolean:
        *out = Decimal::fromInt64(m_boolean ? 1 : 0);
        return true;
    case ValueKind::Number:
        *out = m_number;
        return true;
    case ValueKind::String: {
        if (m_string.isEmpty()) {
            *out = Decimal();
            return true;
        }
        const auto number = Decimal::parseNumberStyles(m_string);
        if (!number)
            return false;
        *out = *number;
        return true;
    }
    default:
        return false;
    }
}

bool Value::tryToString(QString *out) const
{
    switch (m_kind) {
    case ValueKind::Null:
        *out = QString();
        return true;
    case ValueKind::Boolean:
        // String.Format("{0}", bool): capitalised.
        *out = m_boolean ? QStringLiteral("True") : QStringLiteral("False");
        return true;
    case ValueKind::Number:
        *out = m_number.toString();
        return true;
    case ValueKind::String:
        *out = m_string;
        return true;
    case ValueKind::Version:
        *out = m_version.toString();
        return true;
    default:
        return false;
    }
}

bool Value::tryToVersion(Version *out) const
{
    std::optional<Version> version;
    switch (m_kind) {
    case ValueKind::Number:
        // Through the string form: 1.2 → v1.2, but 1.0 → '1' → not a version.
        version = Version::parse(m_number.toString());
        break;
    case ValueKind::String:
        version = Version::parse(m_string);
        break;
    case ValueKind::Version:
        version = m_version;
        break;
    default:
        break;
    }
    if (!version)
        return false;
    *out = *version;
    return true;
}

Decimal Value::toNumber() const
{
    Decimal result;
    if (!tryToNumber(&result))
        throwTypeCast(*this, ValueKind::Number);
    return result;
}

QString Value::toString() const
{
    QString result;
    if (!tryToString(&result))
        throwTypeCast(*this, ValueKind::String);
    return result;
}

Version Value::toVersion() const
{
    Version result;
    if (!tryToVersion(&result))
        throwTypeCast(*this, ValueKind::Version);
    return result;
}

bool Value::sameInstance(const Value &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_collection || other.m_collection)
        return m_collection == other.m_collection;
    return m_json.isValid() && m_json == other.m_json;
}

bool Value::equals(const Value &right) const
{
    switch (m_kind) {
    case ValueKind::Boolean:
        return m_boolean == right.toBoolean();
    case ValueKind::Number: {
        Decimal number;
        return right.tryToNumber(&number) && m_number == number;
    }
    case ValueKind::Version: {
        Version version;
        return right.tryToVersion(&version) && m_version == version;
    }
    case ValueKind::String: {
        QString text;
        return right.tryToString(&text) && equalsOrdinalIgnoreCase(m_string, text);
    }
    case ValueKind::Array:
    case ValueKind::Object:
        return sameInstance(right);
    case ValueKind::Null:
        return right.isNull() || (right.kind() == ValueKind::String && right.string().isEmpty());
    }
    return false;
}

int Value::compareTo(const Value &right) const
{
    switch (m_kind) {
    case ValueKind::Boolean: {
        const bool other = right.toBoolean();
        return m_boolean == other ? 0 : (m_boolean ? 1 : -1);
    }
    case ValueKind::Number:
        return m_number.compare(right.toNumber());
    case ValueKind::String: {
        const int c = compareOrdinalIgnoreCase(m_string, right.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ValueKind::Version:
        return m_version.compare(right.toVersion());
    default:
        // Null is 0; arrays and objects fail to convert.
        return toNumber().compare(right.toNumber());
    }
}

QString Value::formatForMessage() const
{
    switch (m_kind) {
    case ValueKind::Boolean:
        return m_boolean ? QStringLiteral("True") : QStringLiteral("False");
    case ValueKind::Number:
        return m_number.toString();
    case ValueKind::String:
        return u'\'' + QString(m_string).replace(u'\'', QStringLiteral("''")) + u'\'';
    case ValueKind::Version:
        return u'v' + m_version.toString();
    default:
        return kindName(m_kind);
    }
}

QString Value::displayText(int maxChars) const
{
    switch (m_kind) {
    case ValueKind::Null:
        return QStringLiteral("null");
    case ValueKind::Boolean:
        return m_boolean ? QStringLiteral("true") : QStringLiteral("false");
    case ValueKind::Number:
        return m_number.toExactString();
    case ValueKind::String: {
        QString shown = m_string;
        const bool cut = maxChars > 0 && shown.size() > maxChars;
        if (cut)
            shown.truncate(maxChars);
        shown.replace(u'\'', QStringLiteral("''"));
        shown.replace(u'\n', QStringLiteral("\\n"));
        shown.replace(u'\r', QStringLiteral("\\r"));
        shown.replace(u'\t', QStringLiteral("\\t"));
        QString text = u'\'' + shown + u'\'';
        if (cut)
            text += QStringLiteral("… (%1 characters)").arg(m_string.size());
        return text;
    }
    case ValueKind::Version:
        return m_version.toString();
    case ValueKind::Array:
    case ValueKind::Object: {
        if (m_collection && m_collection->isStrings) {
            const qsizetype n = m_collection->size();
            return QStringLiteral("[%1 %2 from split()]")
                .arg(n)
                .arg(n == 1 ? QStringLiteral("string") : QStringLiteral("strings"));
        }
        if (m_json.kind() == Json::Kind::Undefined)
            return QStringLiteral("undefined");
        const qsizetype n = collectionSize();
        if (m_kind == ValueKind::Array)
            return QStringLiteral("[%1 %2]").arg(n).arg(n == 1 ? QStringLiteral("item") : QStringLiteral("items"));
        return QStringLiteral("{%1 %2}").arg(n).arg(n == 1 ? QStringLiteral("property") : QStringLiteral("properties"));
    }
    }
    return {};
}

QString typeCastMessage(const Value &value, ValueKind to)
{
    return QStringLiteral("Unable to convert from %1 to %2. Value: %3")
        .arg(kindName(value.kind()), kindName(to), value.formatForMessage());
}

void throwTypeCast(const Value &value, ValueKind to)
{
    throw EvaluationError {typeCastMessage(value, to)};
}

int compareOrdinalIgnoreCase(QStringView a, QStringView b)
{
    const QString upperA = toUpperInvariant(a);
    const QString upperB = toUpperInvariant(b);
    const int c = QStringView(upperA).compare(QStringView(upperB), Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool equalsOrdinalIgnoreCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return compareOrdinalIgnoreCase(a, b) == 0;
    // Fast path for the common ASCII case.
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return compareOrdinalIgnoreCase(a, b) == 0;
        const auto fold = [](char16_t c) { return (c >= u'a' && c <= u'z') ? char16_t(c - 32) : c; };
        if (fold(x) != fold(y))
            return false;
    }
    return true;
}

QString toUpperInvariant(QStringView text)
{
    return mapSimpleCase(text, upperOf);
}

QString toLowerInvariant(QStringView text)
{
    return mapSimpleCase(text, lowerOf);
}

bool isDotNetWhiteSpace(char32_t c)
{
    return QChar::isSpace(c);
}

} // namespace RestGate::Expression
