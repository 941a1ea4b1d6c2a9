#include "core/json/jsondocument.h"

#include "core/json/jsondocument_p.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace RestGate::Json {

using namespace Detail;

QString NonStrictConstruct::describe(Kind kind)
{
    switch (kind) {
    case Kind::SingleQuotedString:
        return QCoreApplication::translate("RestGate::Json", "single-quoted string");
    case Kind::UnquotedPropertyName:
        return QCoreApplication::translate("RestGate::Json", "unquoted property name");
    case Kind::LineComment:
        return QCoreApplication::translate("RestGate::Json", "// comment");
    case Kind::BlockComment:
        return QCoreApplication::translate("RestGate::Json", "/* */ comment");
    case Kind::TrailingComma:
        return QCoreApplication::translate("RestGate::Json", "trailing comma");
    case Kind::EmptyArrayElement:
        return QCoreApplication::translate("RestGate::Json", "empty array element (read as undefined)");
    case Kind::NaN:
        return QStringLiteral("NaN");
    case Kind::Infinity:
        return QStringLiteral("Infinity");
    case Kind::Undefined:
        return QStringLiteral("undefined");
    case Kind::LooseNumber:
        return QCoreApplication::translate("RestGate::Json", "number that is not valid JSON (like .5 or 5.)");
    case Kind::HexadecimalNumber:
        return QCoreApplication::translate("RestGate::Json", "hexadecimal number");
    case Kind::OctalNumber:
        return QCoreApplication::translate("RestGate::Json", "number with a leading zero (read as octal)");
    case Kind::ControlCharacterInString:
        return QCoreApplication::translate("RestGate::Json", "unescaped control character in a string");
    case Kind::SingleQuoteEscape:
        return QStringLiteral("\\' escape");
    case Kind::InvalidUtf8:
        return QCoreApplication::translate("RestGate::Json", "invalid UTF-8 (read as U+FFFD)");
    case Kind::ByteOrderMark:
        return QCoreApplication::translate("RestGate::Json", "byte order mark");
    case Kind::NonJsonWhitespace:
        return QCoreApplication::translate("RestGate::Json", "whitespace JSON does not allow");
    }
    return {};
}

namespace {

constexpr bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isHexDigit(unsigned char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// Characters Json.NET keeps reading into a number token: [-.0-9a-fA-FxX+].
constexpr bool isNumberChar(unsigned char c)
{
    return isHexDigit(c) || c == '-' || c == '.' || c == 'x' || c == 'X' || c == '+';
}

/// ASCII whitespace as .NET's Char.IsWhiteSpace sees it (space, \t \n \v \f \r).
constexpr bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
}

/// What may follow a number or a literal in Json.NET.
bool isSeparatorAt(const char *p, const char *end)
{
    if (p >= end)
        return true;
    const unsigned char c = static_cast<unsigned char>(*p);
    return isAsciiSpace(c) || c == ',' || c == '}' || c == ']' || c == ')' || c == '/' || c >= 0x80;
}

/// Decodes one UTF-8 sequence at p (which holds a byte >= 0x80). Returns its length, or 0 if invalid.
int decodeUtf8(const unsigned char *p, const unsigned char *end, char32_t *codePoint)
{
    const unsigned char c = p[0];
    int length;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *codePoint = cp;
    return length;
}

/// Offset of the first byte that is not valid UTF-8 in [p, end), or -1.
qsizetype firstInvalidUtf8(const char *begin, const char *end)
{
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    while (p < e) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        char32_t cp;
        const int length = decodeUtf8(p, e, &cp);
        if (length == 0)
            return reinterpret_cast<const char *>(p) - begin;
        p += length;
    }
    return -1;
}

/// Unicode spaces beyond ASCII that .NET's Char.IsWhiteSpace accepts (no-break space, U+2028, ...).
bool isUnicodeSpace(char32_t cp)
{
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
        || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool isLetterOrDigit(char32_t cp)
{
    const QChar::Category category = QChar::category(cp);
    return QChar::isLetter(cp) || category == QChar::Number_DecimalDigit;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseHex4(const char *p, char16_t *out)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return false;
        value = value * 16 + digit;
    }
    *out = char16_t(value);
    return true;
}

/// One character for an error message: the code point at `p`, printable as Json.NET prints the char it read.
QString charAt(const char *p, const char *end)
{
    if (p >= end)
        return {};
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    if (*u < 0x80)
        return QString(QChar(char16_t(*u)));
    char32_t cp;
    if (decodeUtf8(u, reinterpret_cast<const unsigned char *>(end), &cp) == 0)
        return QString(QChar(char16_t(0xFFFD)));
    return QString::fromUcs4(&cp, 1);
}

/// Whether an optionally negative run of decimal digits fits in Int64.
bool fitsInt64(QByteArrayView text)
{
    qint64 value;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

/// .NET double.TryParse(s, NumberStyles.Float, InvariantCulture) on a token without whitespace.
bool parseDotNetDouble(QByteArrayView text, double *out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    if (p == end)
        return false;
    // .NET accepts a leading '+', std::from_chars does not.
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    // Shape check, so from_chars does not read "inf", "nan" or hex forms .NET would reject.
    const char *q = p;
    bool digits = false;
    while (q < end && isDigit(*q)) {
        ++q;
        digits = true;
    }
    if (q < end && *q == '.') {
        ++q;
        while (q < end && isDigit(*q)) {
            ++q;
            digits = true;
        }
    }
    if (!digits)
        return false;
    if (q < end && (*q == 'e' || *q == 'E')) {
        ++q;
        if (q < end && (*q == '+' || *q == '-'))
            ++q;
        const char *exponent = q;
        while (q < end && isDigit(*q))
            ++q;
        if (q == exponent)
            return false;
    }
    if (q != end)
        return false;
    double value = 0;
    const auto result = std::from_chars(p, end, value, std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        // .NET Core returns ±Infinity on overflow and ±0 on underflow; decide which by the exponent's sign.
        const char *e = std::find_if(p, end, [](char c) { return c == 'e' || c == 'E'; });
        const bool tiny = e != end && e + 1 < end && e[1] == '-';
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    } else if (result.ec != std::errc() || result.ptr != end) {
        return false;
    }
    *out = negative ? -value : value;
    return true;
}

struct Frame
{
    quint32 node;
    quint32 count;
    quint32 lastKey; ///< 0 while no key was read (node 0 is the root, never a key)
    bool object;
};

/// Reads the Json.NET dialect into DocumentData::nodes without recursion.
class Reader
{
public:
    Reader(DocumentData &data, const ParseOptions &options)
        : m_d(data)
        , m_options(options)
        , m_begin(data.bytes)
        , m_p(data.bytes)
        , m_end(data.bytes + data.source.size())
        , m_cursor(QByteArrayView(data.bytes, data.source.size()))
    {
    }

    bool run();

private:
    enum class State
    {
        Value,
        Key,
        AfterValue
    };

    void grow();
    quint32 pushSlot(quint32 start, quint32 head)
    {
        if (Q_UNLIKELY(m_d.nodeCount == m_d.nodeCapacity))
            grow();
        Node &n = m_d.nodes[m_d.nodeCount];
        n.start = start;
        n.head = head;
        return m_d.nodeCount++;
    }
    /// A scalar or key: one slot holding its type, flags and token length.
    quint32 push(quint32 head, const char *start, size_t length)
    {
        ++m_d.valueCount;
        if (Q_LIKELY(length < LengthSaturated))
            return pushSlot(quint32(start - m_begin), head | (quint32(length) << LengthShift));
        const quint32 index = pushSlot(quint32(start - m_begin), head | (LengthSaturated << LengthShift));
        m_d.longLengths.insert(index, quint32(length));
        return index;
    }

    bool skipSpace();
    bool skipComment();
    bool open(quint32 type);
    void close();
    bool readString(char quote);
    bool readUnquotedName();
    bool readNumber();
    bool readLooseNumber(const char *start);
    bool readLiteral(const char *text, size_t length, quint32 head, const QString &what);

    void note(NonStrictConstruct::Kind kind, const char *at);
    bool fail(const char *at, const QString &message, const QString &description);
    bool failEnd(const QString &description);
    QString currentPath() const;

    DocumentData &m_d;
    const ParseOptions &m_options;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<Frame> m_stack;
    bool m_afterComma = false;
    const char *m_commaAt = nullptr;

    // Constructs are noted in document order, so their positions are found incrementally.
    SourceLocator m_cursor;
};

void Reader::grow()
{
    // realloc of a large block remaps pages instead of copying them, so growing stays cheap.
    const quint32 current = m_d.nodeCapacity;
    const quint64 wanted = std::max<quint64>(1024, quint64(current) + current / 2);
    const quint32 capacity = quint32(std::min<quint64>(wanted, std::numeric_limits<quint32>::max()));
    Node *old = m_d.nodes.release();
    auto *nodes =
        capacity > current ? static_cast<Node *>(std::realloc(old, size_t(capacity) * sizeof(Node))) : nullptr;
    if (!nodes) {
        m_d.nodes.reset(old);
        qBadAlloc();
    }
    m_d.nodes.reset(nodes);
    m_d.nodeCapacity = capacity;
}

void Reader::note(NonStrictConstruct::Kind kind, const char *at)
{
    ++m_d.constructCount;
    if (m_d.constructs.size() >= m_options.maxRecordedConstructs)
        return;
    const SourceLocator::Place place = m_cursor.at(at - m_begin);
    m_d.constructs.append(NonStrictConstruct {kind, qint64(at - m_begin), place.line, place.column});
}

QString Reader::currentPath() const
{
    QString path;
    for (const Frame &frame : m_stack) {
        if (frame.object) {
            if (frame.lastKey == 0)
                continue;
            const QString name = m_d.decodeString(frame.lastKey);
            const bool plain = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                return c.isLetterOrNumber() || c == u'_' || c == u'$';
            });
            if (plain)
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + name;
            else
                path +=
                    QStringLiteral("['") + QString(name).replace(u'\'', QStringLiteral("\\'")) + QStringLiteral("']");
        } else if (frame.count > 0) {
            path += u'[' + QString::number(frame.count - 1) + u']';
        }
    }
    return path;
}

bool Reader::fail(const char *at, const QString &message, const QString &description)
{
    const qint64 offset = at - m_begin;
    const SourceLocator::Place place = m_cursor.at(offset);
    ParseError error;
    error.offset = offset;
    error.line = place.line;
    error.column = place.column;
    // Json.NET's position counts the characters before the offending one; it reports line 0 while nothing has
    // been read yet (the famous "line 0, position 0").
    const int position = place.column - 1;
    const int reportedLine = (m_d.nodeCount == 0 && position == 0 && place.line == 1) ? 0 : place.line;
    error.message = message + QStringLiteral(" Path '") + currentPath() + QStringLiteral("', line ")
        + QString::number(reportedLine) + QStringLiteral(", position ") + QString::number(position)
        + QStringLiteral(".");
    error.description = description;
    m_d.error = error;
    return false;
}

bool Reader::failEnd(const QString &description)
{
    return fail(m_end, QStringLiteral("Unexpected end when reading JSON."), description);
}

bool Reader::skipComment()
{
    // m_p is at '/'
    if (m_end - m_p < 2)
        return fail(m_p, QStringLiteral("Unexpected end while parsing comment."), QStringLiteral("a lone '/'"));
    if (m_p[1] == '/') {
        note(NonStrictConstruct::Kind::LineComment, m_p);
        m_p += 2;
        while (m_p < m_end && *m_p != '\n' && *m_p != '\r')
            ++m_p;
        return true;
    }
    if (m_p[1] == '*') {
        note(NonStrictConstruct::Kind::BlockComment, m_p);
        const char *close = nullptr;
        for (const char *q = m_p + 2; q + 1 < m_end; ++q) {
            if (q[0] == '*' && q[1] == '/') {
                close = q;
                break;
            }
        }
        if (!close) {
            m_p = m_end;
            return fail(m_end, QStringLiteral("Unexpected end while parsing comment."),
                        QStringLiteral("a /* comment is never closed"));
        }
        m_p = close + 2;
        return true;
    }
    return fail(m_p, QStringLiteral("Error parsing comment. Expected: *, got %1.").arg(charAt(m_p + 1, m_end)),
                QStringLiteral("'/' must start a // or /* comment"));
}

bool Reader::skipSpace()
{
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++m_p;
            continue;
        }
        if (c == '/') {
            if (!skipComment())
                return false;
            continue;
        }
        if (c == 0x0B || c == 0x0C) {
            note(NonStrictConstruct::Kind::NonJsonWhitespace, m_p);
            ++m_p;
            continue;
        }
        if (c >= 0x80) {
            char32_t cp;
            const int length = decodeUtf8(reinterpret_cast<const unsigned char *>(m_p),
                                          reinterpret_cast<const unsigned char *>(m_end), &cp);
            if (length > 0 && isUnicodeSpace(cp)) {
                note(NonStrictConstruct::Kind::NonJsonWhitespace, m_p);
                m_p += length;
                continue;
            }
        }
        break;
    }
    return true;
}

bool Reader::open(quint32 type)
{
    if (m_stack.size() >= size_t(m_options.maxDepth)) {
        return fail(m_p, QStringLiteral("The reader's MaxDepth of %1 has been exceeded.").arg(m_options.maxDepth),
                    QStringLiteral("containers are nested more than %1 levels deep").arg(m_options.maxDepth));
    }
    ++m_d.valueCount;
    const quint32 index = pushSlot(quint32(m_p - m_begin), type);
    pushSlot(0, 0); // link, count: filled in by close()
    pushSlot(0, 0); // end offset
    m_stack.push_back(Frame {index, 0, 0, type == TypeObject});
    m_d.maxDepth = std::max(m_d.maxDepth, int(m_stack.size()));
    ++m_p;
    return true;
}

void Reader::close()
{
    // m_p is just past the closing bracket.
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    m_d.nodes[frame.node + 1] = Node {m_d.nodeCount, frame.count};
    m_d.nodes[frame.node + 2] = Node {quint32(m_p - m_begin), 0};
}

bool Reader::readString(char quote)
{
    const char *start = m_p;
    ++m_p;
    quint32 flags = quote == '\'' ? FlagSingleQuoted : 0;
    bool nonAscii = false;
    bool controlNoted = false;
    for (;;) {
#if defined(__SSE2__)
        const __m128i quotes = _mm_set1_epi8(quote);
        const __m128i backslashes = _mm_set1_epi8('\\');
        const __m128i controlMax = _mm_set1_epi8(0x1F);
        while (m_end - m_p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            const __m128i special =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quotes), _mm_cmpeq_epi8(v, backslashes)),
                             _mm_cmpeq_epi8(_mm_max_epu8(v, controlMax), controlMax));
            const unsigned stop = unsigned(_mm_movemask_epi8(special));
            const unsigned high = unsigned(_mm_movemask_epi8(v));
            if (stop == 0) {
                nonAscii |= high != 0;
                m_p += 16;
                continue;
            }
            const int position = __builtin_ctz(stop);
            nonAscii |= (high & ((1u << position) - 1)) != 0;
            m_p += position;
            goto special;
        }
#endif
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == static_cast<unsigned char>(quote) || c == '\\' || c < 0x20)
                goto special;
            nonAscii |= c >= 0x80;
            ++m_p;
        }
        return fail(m_end, QStringLiteral("Unterminated string. Expected delimiter: %1.").arg(QLatin1Char(quote)),
                    QStringLiteral("a string is never closed"));
    special:
        const char c = *m_p;
        if (c == quote)
            break;
        if (c == '\\') {
            flags |= FlagEscaped;
            if (m_end - m_p < 2)
                return fail(m_end,
                            QStringLiteral("Unterminated string. Expected delimiter: %1.").arg(QLatin1Char(quote)),
                            QStringLiteral("a string is never closed"));
            const char e = m_p[1];
            switch (e) {
            case 'b':
            case 't':
            case 'n':
            case 'f':
            case 'r':
            case '\\':
            case '/':
            case '"':
                m_p += 2;
                break;
            case '\'':
                note(NonStrictConstruct::Kind::SingleQuoteEscape, m_p);
                m_p += 2;
                break;
            case 'u': {
                if (m_end - m_p < 6)
                    return fail(m_end, QStringLiteral("Unexpected end while parsing Unicode escape sequence."),
                                QStringLiteral("a \\u escape needs four hexadecimal digits"));
                char16_t unit;
                if (!parseHex4(m_p + 2, &unit))
                    return fail(
                        m_p,
                        QStringLiteral("Invalid Unicode escape sequence: \\u%1.").arg(QString::fromUtf8(m_p + 2, 4)),
                        QStringLiteral("a \\u escape needs four hexadecimal digits"));
                m_p += 6;
                break;
            }
            default:
                return fail(m_p + 1, QStringLiteral("Bad JSON escape sequence: \\%1.").arg(charAt(m_p + 1, m_end)),
                            QStringLiteral("'\\%1' is not an escape sequence").arg(charAt(m_p + 1, m_end)));
            }
            continue;
        }
        // A raw control character: Json.NET keeps it.
        if (!controlNoted) {
            note(NonStrictConstruct::Kind::ControlCharacterInString, m_p);
            controlNoted = true;
        }
        ++m_p;
    }
    if (nonAscii) {
        flags |= FlagNonAscii;
        const qsizetype invalid = firstInvalidUtf8(start + 1, m_p);
        if (invalid >= 0) {
            flags |= FlagInvalidUtf8;
            note(NonStrictConstruct::Kind::InvalidUtf8, start + 1 + invalid);
        }
    }
    ++m_p;
    push(TypeString | flags, start, size_t(m_p - start));
    return true;
}

bool Reader::readUnquotedName()
{
    const char *start = m_p;
    quint32 flags = FlagUnquoted;
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$') {
                ++m_p;
                continue;
            }
            if (c == ':' || isAsciiSpace(c))
                break;
        } else {
            char32_t cp = 0;
            const int length = decodeUtf8(reinterpret_cast<const unsigned char *>(m_p),
                                          reinterpret_cast<const unsigned char *>(m_end), &cp);
            if (length > 0 && isLetterOrDigit(cp)) {
                flags |= FlagNonAscii;
                m_p += length;
                continue;
            }
            if (length > 0 && isUnicodeSpace(cp))
                break;
        }
        return fail(m_p,
                    QStringLiteral("Invalid JavaScript property identifier character: %1.").arg(charAt(m_p, m_end)),
                    QStringLiteral("an unquoted property name may only contain letters, digits, '_' and '$'; "
                                   "quote it: \"%1…\"")
                        .arg(QString::fromUtf8(start, m_p - start)));
    }
    if (m_p == m_end)
        return fail(m_end, QStringLiteral("Unexpected end while parsing unquoted property name."),
                    QStringLiteral("the body ends inside a property name"));
    note(NonStrictConstruct::Kind::UnquotedPropertyName, start);
    push(TypeString | flags, start, size_t(m_p - start));
    return true;
}

bool Reader::readLiteral(const char *text, size_t length, quint32 head, const QString &what)
{
    if (size_t(m_end - m_p) >= length && std::memcmp(m_p, text, length) == 0 && isSeparatorAt(m_p + length, m_end)) {
        push(head, m_p, length);
        m_p += length;
        return true;
    }
    return fail(m_p, QStringLiteral("Error parsing %1 value.").arg(what),
                QStringLiteral("expected a value here (did you mean %1?)").arg(QString::fromLatin1(text)));
}

bool Reader::readNumber()
{
    const char *start = m_p;
    const char *p = m_p;
    bool standard = true;
    bool isFloat = false;
    if (*p == '-')
        ++p;
    if (p < m_end && isDigit(*p)) {
        if (*p == '0') {
            ++p;
        } else {
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && *p == '.') {
            ++p;
            const char *fraction = p;
            while (p < m_end && isDigit(*p))
                ++p;
            standard = p != fraction;
            isFloat = true;
        }
        if (standard && p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            const char *exponent = p;
            while (p < m_end && isDigit(*p))
                ++p;
            standard = p != exponent;
            isFloat = true;
        }
        if (standard && p < m_end && isNumberChar(*p))
            standard = false;
    } else {
        standard = false;
    }
    if (!standard)
        return readLooseNumber(start);
    if (!isSeparatorAt(p, m_end)) {
        m_p = p;
        return fail(p,
                    QStringLiteral("Unexpected character encountered while parsing number: %1.").arg(charAt(p, m_end)),
                    QStringLiteral("a number must be followed by ',', a closing bracket or whitespace"));
    }
    NumberClass numberClass = isFloat ? NumberClass::Float : NumberClass::Integer;
    if (!isFloat && p - start > 18 && !fitsInt64(QByteArrayView(start, p - start)))
        numberClass = NumberClass::BigInteger;
    push(TypeNumber | (quint32(numberClass) << NumberClassShift), start, size_t(p - start));
    m_p = p;
    return true;
}

bool Reader::readLooseNumber(const char *start)
{
    const char *p = start;
    while (p < m_end && isNumberChar(*p))
        ++p;
    if (!isSeparatorAt(p, m_end)) {
        m_p = p;
        return fail(p,
                    QStringLiteral("Unexpected character encountered while parsing number: %1.").arg(charAt(p, m_end)),
                    QStringLiteral("a number must be followed by ',', a closing bracket or whitespace"));
    }
    const QByteArrayView text(start, p - start);
    const auto invalid = [&] {
        return fail(start, QStringLiteral("Input string '%1' is not a valid number.").arg(QString::fromLatin1(text)),
                    QStringLiteral("'%1' is not a number").arg(QString::fromLatin1(text)));
    };
    NumberClass numberClass;
    const bool nonBase10 = text.size() > 1 && text[0] == '0' && text[1] != '.' && text[1] != 'e' && text[1] != 'E';
    if (nonBase10) {
        // Json.NET reads 0x1F as hexadecimal and any other leading zero as octal (Convert.ToInt64(s, 8)).
        if (text[1] == 'x' || text[1] == 'X') {
            const QByteArrayView digits = text.sliced(2);
            if (digits.isEmpty() || digits.size() > 16 || !std::all_of(digits.begin(), digits.end(), isHexDigit))
                return invalid();
            numberClass = NumberClass::Hexadecimal;
            note(NonStrictConstruct::Kind::HexadecimalNumber, start);
        } else {
            quint64 value = 0;
            for (char c : text) {
                if (c < '0' || c > '7' || value > (std::numeric_limits<quint64>::max() >> 3))
                    return invalid();
                value = value * 8 + quint64(c - '0');
            }
            numberClass = NumberClass::Octal;
            note(NonStrictConstruct::Kind::OctalNumber, start);
        }
    } else {
        const QByteArrayView digits = text.startsWith('-') ? text.sliced(1) : text;
        double ignored;
        if (!digits.isEmpty() && std::all_of(digits.begin(), digits.end(), isDigit)) {
            numberClass = fitsInt64(text) ? NumberClass::Integer : NumberClass::BigInteger;
        } else if (parseDotNetDouble(text, &ignored)) {
            numberClass = NumberClass::Float;
        } else {
            return invalid();
        }
        note(NonStrictConstruct::Kind::LooseNumber, start);
    }
    push(TypeNumber | (quint32(numberClass) << NumberClassShift), start, size_t(p - start));
    m_p = p;
    return true;
}

bool Reader::run()
{
    const qint64 size = m_end - m_begin;
    // Most bodies need far fewer nodes than bytes/8; untouched capacity costs address space, not memory.
    const quint64 estimate = std::clamp<quint64>(quint64(size) / 4 + 16, 64, std::numeric_limits<quint32>::max());
    m_d.nodes.reset(static_cast<Node *>(std::malloc(size_t(estimate) * sizeof(Node))));
    if (!m_d.nodes)
        qBadAlloc();
    m_d.nodeCapacity = quint32(estimate);

    if (size >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) {
        note(NonStrictConstruct::Kind::ByteOrderMark, m_p);
        m_p += 3;
    }
    if (!skipSpace())
        return false;
    if (m_p == m_end) {
        fail(m_p, QStringLiteral("Error reading JToken from JsonReader."), QStringLiteral("the body is empty"));
        m_d.error.emptyInput = true;
        return false;
    }

    State state = State::Value;
    for (;;) {
        switch (state) {
        case State::Value: {
            if (!skipSpace())
                return false;
            if (m_p == m_end)
                return failEnd(QStringLiteral("the body ends where a value should follow"));
            const char c = *m_p;
            Frame *top = m_stack.empty() ? nullptr : &m_stack.back();
            const bool inArray = top && !top->object;
            if (inArray && c == ']' && m_afterComma) {
                note(NonStrictConstruct::Kind::TrailingComma, m_commaAt);
                m_afterComma = false;
                ++m_p;
                close();
                state = State::AfterValue;
                break;
            }
            if (inArray && c == ',') {
                // Json.NET reads an empty slot as undefined: [1,,2] has three elements.
                note(NonStrictConstruct::Kind::EmptyArrayElement, m_p);
                ++top->count;
                push(TypeUndefined, m_p, 0);
                m_afterComma = false;
                state = State::AfterValue;
                break;
            }
            if (inArray)
                ++top->count;
            m_afterComma = false;
            state = State::AfterValue;
            switch (c) {
            case '{':
                if (!open(TypeObject) || !skipSpace())
                    return false;
                if (m_p == m_end)
                    return failEnd(QStringLiteral("an object is never closed"));
                if (*m_p == '}') {
                    ++m_p;
                    close();
                } else {
                    state = State::Key;
                }
                break;
            case '[':
                if (!open(TypeArray) || !skipSpace())
                    return false;
                if (m_p == m_end)
                    return failEnd(QStringLiteral("an array is never closed"));
                if (*m_p == ']') {
                    ++m_p;
                    close();
                } else {
                    state = State::Value;
                }
                break;
            case '"':
                if (!readString('"'))
                    return false;
                break;
            case '\'':
                note(NonStrictConstruct::Kind::SingleQuotedString, m_p);
                if (!readString('\''))
                    return false;
                break;
            case 't':
                if (!readLiteral("true", 4, TypeTrue, QStringLiteral("boolean")))
                    return false;
                break;
            case 'f':
                if (!readLiteral("false", 5, TypeFalse, QStringLiteral("boolean")))
                    return false;
                break;
            case 'n':
                if (!readLiteral("null", 4, TypeNull, QStringLiteral("null")))
                    return false;
                break;
            case 'u':
                note(NonStrictConstruct::Kind::Undefined, m_p);
                if (!readLiteral("undefined", 9, TypeUndefined, QStringLiteral("undefined")))
                    return false;
                break;
            case 'N':
                note(NonStrictConstruct::Kind::NaN, m_p);
                if (!readLiteral("NaN", 3, TypeNumber | (quint32(NumberClass::NaN) << NumberClassShift),
                                 QStringLiteral("NaN")))
                    return false;
                break;
            case 'I':
                note(NonStrictConstruct::Kind::Infinity, m_p);
                if (!readLiteral("Infinity", 8,
                                 TypeNumber | (quint32(NumberClass::PositiveInfinity) << NumberClassShift),
                                 QStringLiteral("Infinity")))
                    return false;
                break;
            case '-':
                if (m_end - m_p > 1 && m_p[1] == 'I') {
                    note(NonStrictConstruct::Kind::Infinity, m_p);
                    if (!readLiteral("-Infinity", 9,
                                     TypeNumber | (quint32(NumberClass::NegativeInfinity) << NumberClassShift),
                                     QStringLiteral("negative infinity")))
                        return false;
                    break;
                }
                if (!readNumber())
                    return false;
                break;
            case '.':
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
            case '8':
            case '9':
                if (!readNumber())
                    return false;
                break;
            default: {
                QString description = QStringLiteral("expected a value: an object, array, string, number, true, "
                                                     "false or null");
                if (c == '<')
                    description = QStringLiteral("the body looks like HTML or XML, not JSON");
                return fail(
                    m_p,
                    QStringLiteral("Unexpected character encountered while parsing value: %1.").arg(charAt(m_p, m_end)),
                    description);
            }
            }
            break;
        }
        case State::Key: {
            if (!skipSpace())
                return false;
            if (m_p == m_end)
                return failEnd(QStringLiteral("an object is never closed"));
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '}' && m_afterComma) {
                note(NonStrictConstruct::Kind::TrailingComma, m_commaAt);
                m_afterComma = false;
                ++m_p;
                close();
                state = State::AfterValue;
                break;
            }
            m_afterComma = false;
            const quint32 keyIndex = m_d.nodeCount;
            if (c == '"') {
                if (!readString('"'))
                    return false;
            } else if (c == '\'') {
                note(NonStrictConstruct::Kind::SingleQuotedString, m_p);
                if (!readString('\''))
                    return false;
            } else {
                bool identifierStart =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$';
                if (c >= 0x80) {
                    char32_t cp = 0;
                    identifierStart = decodeUtf8(reinterpret_cast<const unsigned char *>(m_p),
                                                 reinterpret_cast<const unsigned char *>(m_end), &cp)
                            > 0
                        && isLetterOrDigit(cp);
                }
                if (!identifierStart)
                    return fail(m_p,
                                QStringLiteral("Invalid property identifier character: %1.").arg(charAt(m_p, m_end)),
                                QStringLiteral("expected a property name"));
                if (!readUnquotedName())
                    return false;
            }
            Frame &top = m_stack.back();
            ++top.count;
            top.lastKey = keyIndex;
            if (!skipSpace())
                return false;
            if (m_p == m_end)
                return failEnd(QStringLiteral("the body ends after a property name"));
            if (*m_p != ':')
                return fail(m_p,
                            QStringLiteral("Invalid character after parsing property name. Expected ':' but got: %1.")
                                .arg(charAt(m_p, m_end)),
                            QStringLiteral("expected ':' after the property name"));
            ++m_p;
            state = State::Value;
            break;
        }
        case State::AfterValue: {
            if (!skipSpace())
                return false;
            if (m_stack.empty()) {
                if (m_p != m_end)
                    return fail(m_p,
                                QStringLiteral("Additional text encountered after finished reading JSON content: %1.")
                                    .arg(charAt(m_p, m_end)),
                                QStringLiteral("text follows the end of the JSON value"));
                return true;
            }
            if (m_p == m_end)
                return failEnd(m_stack.back().object ? QStringLiteral("an object is never closed")
                                                     : QStringLiteral("an array is never closed"));
            const char c = *m_p;
            const bool object = m_stack.back().object;
            if (c == ',') {
                m_afterComma = true;
                m_commaAt = m_p;
                ++m_p;
                state = object ? State::Key : State::Value;
            } else if ((c == '}' && object) || (c == ']' && !object)) {
                ++m_p;
                close();
            } else if (c == '}' || c == ']') {
                return fail(m_p,
                            QStringLiteral("JsonToken %1 is not valid for closing JsonType %2.")
                                .arg(c == '}' ? QStringLiteral("EndObject") : QStringLiteral("EndArray"),
                                     object ? QStringLiteral("Object") : QStringLiteral("Array")),
                            QStringLiteral("'%1' closes a container that was not opened here").arg(QLatin1Char(c)));
            } else {
                return fail(m_p,
                            QStringLiteral("After parsing a value an unexpected character was encountered: %1.")
                                .arg(charAt(m_p, m_end)),
                            QStringLiteral("expected ',' or '%1' after a value").arg(object ? u'}' : u']'));
            }
            break;
        }
        }
    }
}

void appendDecodedEscape(QString &out, const char *&p, const char *end)
{
    // p is at the backslash
    const char e = p[1];
    switch (e) {
    case 'b':
        out += QChar(u'\b');
        break;
    case 't':
        out += QChar(u'\t');
        break;
    case 'n':
        out += QChar(u'\n');
        break;
    case 'f':
        out += QChar(u'\f');
        break;
    case 'r':
        out += QChar(u'\r');
        break;
    case 'u': {
        char16_t unit = 0;
        parseHex4(p + 2, &unit);
        p += 6;
        if (QChar::isLowSurrogate(unit)) {
            out += QChar(u'\xFFFD');
            return;
        }
        // Json.NET: a high surrogate must be followed by an escaped low one; otherwise it becomes U+FFFD.
        while (QChar::isHighSurrogate(unit)) {
            char16_t next = 0;
            if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && parseHex4(p + 2, &next)) {
                p += 6;
                if (QChar::isLowSurrogate(next)) {
                    out += QChar(unit);
                    out += QChar(next);
                    return;
                }
                out += QChar(u'\xFFFD');
                unit = next;
                continue;
            }
            out += QChar(u'\xFFFD');
            return;
        }
        out += QChar(unit);
        return;
    }
    default: // \\ \/ \" \'
        out += QChar(char16_t(static_cast<unsigned char>(e)));
        break;
    }
    p += 2;
}

} // namespace

QString DocumentData::decodeString(quint32 index) const
{
    const QByteArrayView content = stringContent(index);
    if (!(nodes[index].head & FlagEscaped))
        return QString::fromUtf8(content);
    QString out;
    out.reserve(content.size());
    const char *p = content.data();
    const char *end = p + content.size();
    const char *run = p;
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        appendDecodedEscape(out, p, end);
        run = p;
    }
    if (p > run)
        out += QString::fromUtf8(run, p - run);
    return out;
}

bool DocumentData::stringEquals(quint32 index, QByteArrayView utf8) const
{
    if (!(nodes[index].head & (FlagEscaped | FlagInvalidUtf8))) {
        const QByteArrayView content = stringContent(index);
        return content.size() == utf8.size()
            && (utf8.isEmpty() || std::memcmp(content.data(), utf8.data(), size_t(utf8.size())) == 0);
    }
    return decodeString(index) == QString::fromUtf8(utf8);
}

// ---- Value

const Node &Value::node() const
{
    return m_data->nodes[m_index];
}

Kind Value::kind() const
{
    if (!m_data)
        return Kind::Null;
    switch (node().type()) {
    case TypeNull:
        return Kind::Null;
    case TypeFalse:
    case TypeTrue:
        return Kind::Boolean;
    case TypeNumber:
        return Kind::Number;
    case TypeString:
        return Kind::String;
    case TypeArray:
        return Kind::Array;
    case TypeObject:
        return Kind::Object;
    default:
        return Kind::Undefined;
    }
}

bool Value::toBool() const
{
    return m_data && node().type() == TypeTrue;
}

QString Value::toString() const
{
    if (!m_data || node().type() != TypeString)
        return {};
    return m_data->decodeString(m_index);
}

bool Value::stringEquals(QByteArrayView utf8) const
{
    return m_data && node().type() == TypeString && m_data->stringEquals(m_index, utf8);
}

NumberClass Value::numberClass() const
{
    if (!m_data || node().type() != TypeNumber)
        return NumberClass::Integer;
    return node().numberClass();
}

qint64 Value::toInt64(bool *ok) const
{
    if (ok)
        *ok = false;
    if (!m_data || node().type() != TypeNumber)
        return 0;
    const QByteArrayView text = rawText();
    switch (node().numberClass()) {
    case NumberClass::Integer: {
        qint64 value = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ok)
            *ok = result.ec == std::errc();
        return value;
    }
    case NumberClass::Hexadecimal: {
        // Convert.ToInt64(s, 16) reads 16 digits as two's complement: 0xFFFFFFFFFFFFFFFF is -1.
        quint64 value = 0;
        std::from_chars(text.data() + 2, text.data() + text.size(), value, 16);
        if (ok)
            *ok = true;
        return qint64(value);
    }
    case NumberClass::Octal: {
        quint64 value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value, 8);
        if (ok)
            *ok = true;
        return qint64(value);
    }
    default:
        return 0;
    }
}

double Value::toDouble() const
{
    if (!m_data || node().type() != TypeNumber)
        return 0;
    switch (node().numberClass()) {
    case NumberClass::Integer:
    case NumberClass::Hexadecimal:
    case NumberClass::Octal:
        return double(toInt64());
    case NumberClass::BigInteger:
    case NumberClass::Float: {
        double value = 0;
        parseDotNetDouble(rawText(), &value);
        return value;
    }
    case NumberClass::NaN:
        return std::numeric_limits<double>::quiet_NaN();
    case NumberClass::PositiveInfinity:
        return std::numeric_limits<double>::infinity();
    case NumberClass::NegativeInfinity:
        return -std::numeric_limits<double>::infinity();
    }
    return 0;
}

qsizetype Value::size() const
{
    if (!m_data || !node().isContainer())
        return 0;
    return m_data->count(m_index);
}

Value Value::at(qsizetype index) const
{
    if (!m_data || node().type() != TypeArray || index < 0 || index >= qsizetype(m_data->count(m_index)))
        return {};
    quint32 i = DocumentData::firstChild(m_index);
    for (qsizetype k = 0; k < index; ++k)
        i = m_data->next(i);
    return Value(m_data, i);
}

Value Value::member(QByteArrayView utf8Key) const
{
    if (!m_data || node().type() != TypeObject)
        return {};
    const quint32 end = m_data->link(m_index);
    quint32 found = 0;
    for (quint32 i = DocumentData::firstChild(m_index); i < end; i = m_data->next(i + 1)) {
        if (m_data->stringEquals(i, utf8Key))
            found = i + 1;
    }
    return found ? Value(m_data, found) : Value();
}

Value Value::member(QStringView key) const
{
    const bool hasSurrogates = std::any_of(key.begin(), key.end(), [](QChar c) { return c.isSurrogate(); });
    if (!hasSurrogates)
        return member(QByteArrayView(key.toUtf8()));
    if (!m_data || node().type() != TypeObject)
        return {};
    const quint32 end = m_data->link(m_index);
    quint32 found = 0;
    for (quint32 i = DocumentData::firstChild(m_index); i < end; i = m_data->next(i + 1)) {
        if (m_data->decodeString(i) == key)
            found = i + 1;
    }
    return found ? Value(m_data, found) : Value();
}

namespace {

QByteArray memberKeyBytes(const DocumentData *data, quint32 key)
{
    if (data->nodes[key].head & (FlagEscaped | FlagInvalidUtf8))
        return data->decodeString(key).toUtf8();
    return data->stringContent(key).toByteArray();
}

} // namespace

bool Value::hasDuplicateKeys() const
{
    if (!m_data || node().type() != TypeObject || size() < 2)
        return false;
    const quint32 end = m_data->link(m_index);
    if (size() <= 16) {
        // Small objects (nearly all of them): pairwise comparison beats hashing.
        for (quint32 i = DocumentData::firstChild(m_index); i < end; i = m_data->next(i + 1)) {
            const bool plainA = !(m_data->nodes[i].head & (FlagEscaped | FlagInvalidUtf8));
            for (quint32 j = m_data->next(i + 1); j < end; j = m_data->next(j + 1)) {
                const bool plainB = !(m_data->nodes[j].head & (FlagEscaped | FlagInvalidUtf8));
                if (plainA && plainB) {
                    if (m_data->stringContent(i) == m_data->stringContent(j))
                        return true;
                } else if (m_data->decodeString(i) == m_data->decodeString(j)) {
                    return true;
                }
            }
        }
        return false;
    }
    QSet<QByteArray> seen;
    for (const Member &member : members()) {
        const QByteArray key = memberKeyBytes(m_data, member.keyIndex);
        if (seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}

QByteArrayView Value::rawText() const
{
    if (!m_data)
        return {};
    return QByteArrayView(m_data->bytes + node().start, m_data->tokenLength(m_index));
}

qint64 Value::sourceOffset() const
{
    return m_data ? qint64(node().start) : -1;
}

qint64 Value::sourceLength() const
{
    return m_data ? qint64(m_data->tokenLength(m_index)) : 0;
}

Value::Range<Value::ElementIterator> Value::elements() const
{
    ElementIterator first;
    ElementIterator last;
    if (m_data && node().type() == TypeArray) {
        first.m_data = last.m_data = m_data;
        first.m_index = DocumentData::firstChild(m_index);
        last.m_index = m_data->link(m_index);
    }
    return {first, last};
}

Value::Range<Value::MemberIterator> Value::members() const
{
    MemberIterator first;
    MemberIterator last;
    if (m_data && node().type() == TypeObject) {
        first.m_data = last.m_data = m_data;
        first.m_index = DocumentData::firstChild(m_index);
        last.m_index = m_data->link(m_index);
    }
    return {first, last};
}

Value::ElementIterator &Value::ElementIterator::operator++()
{
    m_index = m_data->next(m_index);
    return *this;
}

Value::MemberIterator &Value::MemberIterator::operator++()
{
    m_index = m_data->next(m_index + 1);
    return *this;
}

Value Member::key() const
{
    return Value(data, keyIndex);
}

Value Member::value() const
{
    return Value(data, keyIndex + 1);
}

QString Member::name() const
{
    return data ? data->decodeString(keyIndex) : QString();
}

QList<Member> uniqueMembers(const Value &object)
{
    QList<Member> result;
    if (!object.isObject())
        return result;
    const DocumentData *data = object.documentData();
    result.reserve(object.size());
    if (!object.hasDuplicateKeys()) {
        for (const Member &member : object.members())
            result.append(member);
        return result;
    }
    QHash<QByteArray, qsizetype> positions;
    for (const Member &member : object.members()) {
        const QByteArray key = memberKeyBytes(data, member.keyIndex);
        const auto it = positions.constFind(key);
        if (it != positions.cend()) {
            // Json.NET replaces the value in place: first position, last value.
            result[*it] = member;
        } else {
            positions.insert(key, result.size());
            result.append(member);
        }
    }
    return result;
}

// ---- Document

Document Document::parse(const QByteArray &json, const ParseOptions &options)
{
    auto data = std::make_shared<DocumentData>();
    data->source = json;
    data->bytes = data->source.constData();
    Document document;
    if (json.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        data->error.offset = 0;
        data->error.line = 1;
        data->error.column = 1;
        data->error.message = QStringLiteral("The body is too large to parse.");
        data->error.description = QStringLiteral("bodies of 4 GiB or more are not supported");
        document.d = std::move(data);
        return document;
    }
    Reader(*data, options).run();
    document.d = std::move(data);
    return document;
}

bool Document::hasError() const
{
    return d && d->error.isError();
}

ParseError Document::error() const
{
    return d ? d->error : ParseError();
}

Value Document::root() const
{
    if (!d || d->error.isError() || d->nodeCount == 0)
        return {};
    return Value(d.get(), 0);
}

QByteArray Document::source() const
{
    return d ? d->source : QByteArray();
}

QList<NonStrictConstruct> Document::nonStrictConstructs() const
{
    return d ? d->constructs : QList<NonStrictConstruct>();
}

qsizetype Document::nonStrictCount() const
{
    return d ? d->constructCount : 0;
}

int Document::maxDepth() const
{
    return d ? d->maxDepth : 0;
}

qsizetype Document::nodeCount() const
{
    return d ? d->valueCount : 0;
}

qint64 Document::treeBytes() const
{
    return d ? qint64(d->nodeCount) * qint64(sizeof(Node)) : 0;
}

SourceLocator::Place SourceLocator::at(qint64 byteOffset)
{
    if (byteOffset < m_byte) {
        m_byte = 0;
        m_afterCarriageReturn = false;
        m_place = {};
    }
    const qint64 end = std::clamp<qint64>(byteOffset, 0, m_source.size());
    for (; m_byte < end; ++m_byte) {
        const auto ch = static_cast<unsigned char>(m_source[m_byte]);
        const bool lead = (ch & 0xC0) != 0x80;
        // A four-byte sequence is two UTF-16 code units, and Json.NET counts columns in those.
        const int units = !lead ? 0 : ch >= 0xF0 ? 2 : 1;
        m_place.utf16Offset += units;
        if (ch == '\n' && m_afterCarriageReturn) {
            // The \n of a \r\n: the line already ended at the \r.
        } else if (ch == '\n' || ch == '\r') {
            ++m_place.line;
            m_place.column = 1;
        } else {
            m_place.column += units;
        }
        m_afterCarriageReturn = ch == '\r';
    }
    return m_place;
}

void Document::lineColumn(qint64 offset, int *line, int *column) const
{
    const SourceLocator::Place place =
        SourceLocator(d ? QByteArrayView(d->bytes, d->source.size()) : QByteArrayView()).at(offset);
    if (line)
        *line = place.line;
    if (column)
        *column = place.column;
}

QList<PathStep> Document::pathTo(const Value &value) const
{
    QList<PathStep> steps;
    if (!d || value.documentData() != d.get() || d->nodeCount == 0 || d->error.isError())
        return steps;
    const quint32 target = value.index();
    quint32 i = 0;
    while (i != target) {
        if (!d->isContainer(i) || target >= d->link(i) || target < DocumentData::firstChild(i))
            return {};
        const quint32 end = d->link(i);
        bool descended = false;
        if (d->type(i) == TypeArray) {
            qsizetype index = 0;
            for (quint32 j = DocumentData::firstChild(i); j < end; j = d->next(j), ++index) {
                if (target < d->next(j)) {
                    steps.append(PathStep {QString(), index});
                    i = j;
                    descended = true;
                    break;
                }
            }
        } else {
            for (quint32 j = DocumentData::firstChild(i); j < end; j = d->next(j + 1)) {
                if (target == j || target < d->next(j + 1)) {
                    steps.append(PathStep {d->decodeString(j), -1});
                    if (target == j) // a key stands for its member
                        return steps;
                    i = j + 1;
                    descended = true;
                    break;
                }
            }
        }
        if (!descended)
            return {};
    }
    return steps;
}

} // namespace RestGate::Json
