#pragma once

#include "core/expression/decimal.h"
#include "core/json/jsondocument.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace RestGate::Expression {

/// The engine's value kinds (ValueKind in the .NET engine). DateTime is not produced: date-like strings in a body
/// stay strings (expressions.md §13).
enum class ValueKind : quint8
{
    Null,
    Boolean,
    Number,
    String,
    Version,
    Array,
    Object,
};

/// "Null", "Boolean", "Number", "String", "Version", "Array", "Object" — the names the server's messages use.
QString kindName(ValueKind kind);

/// A list the engine made itself rather than found in the body: the tokens jsonpath() selected, or the strings
/// split() produced.
struct Collection
{
    std::vector<Json::Value> tokens;
    QStringList strings;
    bool isStrings = false;

    qsizetype size() const { return isStrings ? strings.size() : qsizetype(tokens.size()); }
};

/// Raised while evaluating: a failed conversion, a bad format string, a number no decimal can hold.
struct EvaluationError
{
    QString message;
    /// The program node to blame when it is not the one that raised it (the argument that failed to convert).
    int node = -1;
};

/// One evaluated value. Arrays and objects are references (a JSON node or an engine-made collection), compared by
/// identity like the .NET engine compares JToken instances.
class Value
{
public:
    Value() = default;

    static Value fromBool(bool value);
    static Value fromNumber(const Decimal &value);
    static Value fromString(const QString &value);
    static Value fromVersion(const Version &value);
    /// Canonicalises a JSON token like ExpressionUtil.ConvertToCanonicalValue: numbers become decimals (throws
    /// EvaluationError for NaN, infinities and out-of-range values), `undefined` becomes an opaque Object.
    /// An invalid (missing) token is Null.
    static Value fromJson(const Json::Value &token);
    /// jsonpath() results: an Array.
    static Value fromTokens(std::vector<Json::Value> tokens);
    /// split() results: a .NET string[] is an Object to the engine.
    static Value fromStrings(QStringList strings);

    ValueKind kind() const { return m_kind; }
    bool isNull() const { return m_kind == ValueKind::Null; }

    bool boolean() const { return m_boolean; }
    const Decimal &number() const { return m_number; }
    const QString &string() const { return m_string; }
    const Version &version() const { return m_version; }
    /// The JSON node behind an Array/Object that came from the body (invalid otherwise).
    const Json::Value &json() const { return m_json; }
    /// The engine-made list behind an Array/Object (null otherwise).
    const std::shared_ptr<const Collection> &collection() const { return m_collection; }

    /// True for a JSON array, a JSON object, a jsonpath() result or a split() result (TryGetCollectionInterface).
    bool isCollection() const;
    /// True when the collection is array-like (IReadOnlyArray): JSON array, jsonpath() or split() result.
    bool isArrayLike() const;
    /// Number of items of an array-like collection, or unique properties of a JSON object.
    qsizetype collectionSize() const;
    /// Item `index` of an array-like collection, canonicalised (may throw EvaluationError).
    Value item(qsizetype index) const;

    // Conversions of EvaluationResult (RUNNER EvaluationResult.cs).
    bool toBoolean() const;
    bool tryToNumber(Decimal *out) const;
    bool tryToString(QString *out) const;
    bool tryToVersion(Version *out) const;
    /// The throwing forms: "Unable to convert from {from} to {to}. Value: {value}".
    Decimal toNumber() const;
    QString toString() const;
    Version toVersion() const;

    /// EvaluationResult.Equals: the left operand's kind decides the conversion; failures are "not equal".
    bool equals(const Value &right) const;
    /// EvaluationResult.CompareTo: converts the right operand to the left's kind (Null/Array/Object on the left are
    /// converted to Number first) and throws EvaluationError when that fails.
    int compareTo(const Value &right) const;
    /// Same kind and same instance (Array/Object).
    bool sameInstance(const Value &other) const;

    /// ExpressionUtil.FormatValue, as the server's messages print values: True, 1.5, 'text', v1.2.3, Array, Null.
    QString formatForMessage() const;
    /// Short text for a trace: 'text' (shortened past `maxChars`), 1.5, true, 1.2.3, [3 items], {2 properties}, null.
    QString displayText(int maxChars = 200) const;

private:
    ValueKind m_kind = ValueKind::Null;
    bool m_boolean = false;
    Decimal m_number;
    QString m_string;
    Version m_version;
    Json::Value m_json;
    std::shared_ptr<const Collection> m_collection;
};

/// The TypeCastException message, naming both kinds and the offending value.
QString typeCastMessage(const Value &value, ValueKind to);
[[noreturn]] void throwTypeCast(const Value &value, ValueKind to);

// .NET string semantics the functions rely on.
/// String.Compare(a, b, StringComparison.OrdinalIgnoreCase) sign: code units after simple upper-casing.
int compareOrdinalIgnoreCase(QStringView a, QStringView b);
bool equalsOrdinalIgnoreCase(QStringView a, QStringView b);
/// ToUpperInvariant / ToLowerInvariant: simple (one-to-one) case mapping, so "ß" stays "ß".
QString toUpperInvariant(QStringView text);
QString toLowerInvariant(QStringView text);
/// .NET Char.IsWhiteSpace.
bool isDotNetWhiteSpace(char32_t c);

} // namespace RestGate::Expression
