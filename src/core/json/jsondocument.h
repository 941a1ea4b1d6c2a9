#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <memory>

namespace RestGate::Json {

/// The kinds a JSON value can have. `Undefined` is Json.NET's `undefined` literal (and an empty array slot
/// such as `[1,,2]`), which the server accepts; it is not a JSON kind.
enum class Kind : quint8
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
    Undefined,
};

/// How Json.NET types a number token, which decides how it later converts to the engine's decimal.
/// `12` is Integer (Int64), `12345678901234567890` BigInteger, `1.5`/`1e3`/`.5` Float (System.Double),
/// `0x1F`/`017` Integer read in base 16/8, `NaN`/`Infinity`/`-Infinity` doubles that no decimal can hold.
enum class NumberClass : quint8
{
    Integer,
    BigInteger,
    Float,
    Hexadecimal,
    Octal,
    NaN,
    PositiveInfinity,
    NegativeInfinity,
};

/// A construct Json.NET accepts (so Azure DevOps parses the body) but strict JSON (RFC 8259) does not.
struct NonStrictConstruct
{
    enum class Kind : quint8
    {
        SingleQuotedString, ///< 'text'
        UnquotedPropertyName, ///< {name: 1}
        LineComment, ///< // ...
        BlockComment, ///< /* ... */
        TrailingComma, ///< [1,] {"a":1,}
        EmptyArrayElement, ///< [1,,2] (read as undefined)
        NaN,
        Infinity, ///< Infinity or -Infinity
        Undefined, ///< the literal undefined
        LooseNumber, ///< .5, 5., 1.e3: numbers .NET parses but JSON forbids
        HexadecimalNumber, ///< 0x1F
        OctalNumber, ///< 017 (Json.NET reads a leading zero as octal: 017 is 15)
        ControlCharacterInString, ///< a raw tab or newline inside a string
        SingleQuoteEscape, ///< \' inside a string
        InvalidUtf8, ///< bytes that are not UTF-8; the server decodes them as U+FFFD
        ByteOrderMark, ///< a UTF-8 BOM before the value
        NonJsonWhitespace, ///< vertical tab, form feed, no-break space and other Unicode spaces between tokens
    };

    Kind kind = Kind::SingleQuotedString;
    qint64 offset = 0; ///< byte offset in the body
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in UTF-16 code units like Json.NET

    /// Plain words, e.g. "single-quoted string".
    static QString describe(Kind kind);
};

struct ParseError
{
    qint64 offset = -1; ///< byte offset of the offending character (or the end of the body)
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in UTF-16 code units
    /// Json.NET's wording, e.g. "Invalid JavaScript property identifier character: -. Path '', line 1, position 8."
    /// (Json.NET's "position" counts the characters before the offending one on its line.)
    QString message;
    /// Plain words for people, e.g. "unquoted property names may only contain letters, digits, '_' and '$'".
    QString description;
    /// The text holds nothing but whitespace and comments: no value at all ("the body is empty").
    bool emptyInput = false;

    bool isError() const { return offset >= 0; }
};

/// Line, column and UTF-16 offset of byte offsets in UTF-8 source text, counted the way Json.NET counts them: lines
/// end at \n, \r or \r\n, and columns are 1-based UTF-16 code units. Offsets asked in increasing order cost one
/// pass over the source in all (a smaller one starts again from the top), so locating every member stays linear.
class SourceLocator
{
public:
    struct Place
    {
        int line = 1;
        int column = 1;
        qsizetype utf16Offset = 0;
    };

    explicit SourceLocator(QByteArrayView source)
        : m_source(source)
    {
    }
    Place at(qint64 byteOffset);

private:
    QByteArrayView m_source;
    qint64 m_byte = 0;
    bool m_afterCarriageReturn = false;
    Place m_place;
};

struct ParseOptions
{
    /// Containers nested deeper than this are an error. The reader never recurses, so this only bounds memory
    /// and the depth that tree walkers (convertToJson, path search) have to handle.
    int maxDepth = 10000;
    /// Non-strict constructs beyond this many are counted but not recorded one by one.
    int maxRecordedConstructs = 1000;
};

namespace Detail {
struct Node;
class DocumentData;
} // namespace Detail

class Value;

/// One object member: the key (a String value) and its value.
struct Member
{
    Value key() const;
    Value value() const;
    QString name() const;

    const Detail::DocumentData *data = nullptr;
    quint32 keyIndex = 0;
};

/// A cheap handle to a value inside a Document: a pointer to the document's data and a node index. It stays valid
/// as long as some Document sharing that data is alive. A default-constructed (or missing) value is invalid and
/// reads as Null.
class Value
{
public:
    Value() = default;

    bool isValid() const { return m_data != nullptr; }
    Kind kind() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }
    bool isString() const { return kind() == Kind::String; }
    bool isNumber() const { return kind() == Kind::Number; }
    bool isBool() const { return kind() == Kind::Boolean; }

    bool toBool() const;
    /// The decoded text of a String (escapes resolved, invalid UTF-8 as U+FFFD); empty for other kinds.
    QString toString() const;
    /// True when this is a String whose decoded text equals `utf8` (ordinal, case-sensitive).
    bool stringEquals(QByteArrayView utf8) const;

    NumberClass numberClass() const;
    /// Integer, Hexadecimal and Octal tokens that fit in Int64 (Json.NET's `long`).
    qint64 toInt64(bool *ok = nullptr) const;
    /// The System.Double Json.NET would hold (NaN and infinities included; integers converted).
    double toDouble() const;

    /// Elements of an array or members of an object (duplicate keys counted); 0 for anything else.
    qsizetype size() const;
    /// Element `index` of an array; invalid when out of range or not an array.
    Value at(qsizetype index) const;
    /// The value of member `key` (exact, case-sensitive, ordinal match). With duplicate keys the last one wins,
    /// like Json.NET. Invalid when missing or not an object.
    Value member(QStringView key) const;
    Value member(QByteArrayView utf8Key) const;
    /// Whether two members of this object share a key (computed on demand).
    bool hasDuplicateKeys() const;

    /// The source text of this value (strings with their quotes, containers bracket to bracket).
    QByteArrayView rawText() const;
    qint64 sourceOffset() const;
    qint64 sourceLength() const;

    quint32 index() const { return m_index; }
    const Detail::DocumentData *documentData() const { return m_data; }

    class ElementIterator;
    class MemberIterator;
    template<typename Iterator> struct Range
    {
        Iterator first;
        Iterator last;
        Iterator begin() const { return first; }
        Iterator end() const { return last; }
    };
    /// for (Json::Value element : array.elements())
    Range<ElementIterator> elements() const;
    /// for (const Json::Member &member : object.members()) — every member in document order, duplicates included.
    Range<MemberIterator> members() const;

    friend bool operator==(const Value &a, const Value &b) { return a.m_data == b.m_data && a.m_index == b.m_index; }
    friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }

private:
    friend class Document;
    friend struct Member;
    Value(const Detail::DocumentData *data, quint32 index)
        : m_data(data)
        , m_index(index)
    {
    }
    const Detail::Node &node() const;

    const Detail::DocumentData *m_data = nullptr;
    quint32 m_index = 0;
};

class Value::ElementIterator
{
public:
    Value operator*() const { return Value(m_data, m_index); }
    ElementIterator &operator++();
    bool operator!=(const ElementIterator &other) const { return m_index != other.m_index; }
    bool operator==(const ElementIterator &other) const { return m_index == other.m_index; }

private:
    friend class Value;
    const Detail::DocumentData *m_data = nullptr;
    quint32 m_index = 0;
};

class Value::MemberIterator
{
public:
    Member operator*() const { return Member {m_data, m_index}; }
    MemberIterator &operator++();
    bool operator!=(const MemberIterator &other) const { return m_index != other.m_index; }
    bool operator==(const MemberIterator &other) const { return m_index == other.m_index; }

private:
    friend class Value;
    const Detail::DocumentData *m_data = nullptr;
    quint32 m_index = 0;
};

/// The members of `object` as Json.NET's JObject holds them: one per key, at the position of its first occurrence,
/// with the value of its last occurrence. Empty for anything but an object.
QList<Member> uniqueMembers(const Value &object);

/// One step of a path from the root: a member name or an array index.
struct PathStep
{
    QString key; ///< used when index < 0
    qsizetype index = -1;
};

/// A JSON document parsed with the Json.NET dialect into a flat, arena-allocated tree: one 8-byte slot per scalar
/// and per key, three per container, in document order; strings and numbers stay in the source bytes until asked
/// for (decoded, or converted to a number, on demand). Copying a Document is cheap (shared); values keep it alive
/// only through a Document copy.
///   Document::parse("{\"a\": [1, 'x']}").root().member(u"a").at(1).toString()   → "x"
class Document
{
public:
    Document() = default;

    /// Parses `json` (kept alive, not copied). Check hasError(); root() is invalid on error.
    static Document parse(const QByteArray &json, const ParseOptions &options = {});

    bool isEmpty() const { return d == nullptr; }
    bool hasError() const;
    ParseError error() const;
    Value root() const;
    QByteArray source() const;

    /// Every non-strict construct that was accepted, in document order (up to ParseOptions::maxRecordedConstructs).
    QList<NonStrictConstruct> nonStrictConstructs() const;
    /// How many non-strict constructs were accepted in total (recorded or not).
    qsizetype nonStrictCount() const;
    /// Deepest container nesting seen (the root container is depth 1).
    int maxDepth() const;
    /// Values and keys in the tree.
    qsizetype nodeCount() const;
    /// Bytes of tree slots in use (the source bytes not counted).
    qint64 treeBytes() const;

    /// 1-based line and column (UTF-16 code units) of a byte offset.
    void lineColumn(qint64 offset, int *line, int *column) const;
    /// The steps from the root to `value` (empty for the root or a value of another document).
    QList<PathStep> pathTo(const Value &value) const;

private:
    std::shared_ptr<const Detail::DocumentData> d;
};

} // namespace RestGate::Json
