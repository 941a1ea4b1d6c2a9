#include "core/expression/jsonpath.h"

#include "core/expression/value.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

// A port of the path grammar and the filter semantics of Json.NET's JPath/QueryExpression (Newtonsoft.Json 13),
// written against the flat Json::Value model.

namespace RestGate::Expression::JsonPath {

namespace {

struct PathError
{
    QString message;
};

[[noreturn]] void raise(const QString &message)
{
    throw PathError {message};
}

/// A query literal (JValue): 'text', 12, 1.5, true, null, /regex/.
struct Literal
{
    enum class Type
    {
        Null,
        Integer,
        Float,
        String,
        Boolean,
    };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    bool boolean = false;
    QString text;
    QByteArray utf8; ///< text, for byte comparisons with the body
    mutable std::optional<QRegularExpression> regex; ///< compiled on first use when text is /pattern/flags
};

struct QueryExpression;

struct Filter
{
    enum class Type
    {
        Field, ///< .name / ['name'] / .* (no name)
        FieldMultiple, ///< ['a','b']
        ArrayIndex, ///< [n] / [*] (no index)
        ArrayMultipleIndex, ///< [0,2]
        ArraySlice, ///< [start:end:step]
        Root, ///< $ inside a query
        Scan, ///< ..name / ..*
        ScanMultiple, ///< ..['a','b']
        Query, ///< [?(...)]
        QueryScan, ///< ..[?(...)]
    };
    Type type = Type::Field;
    std::optional<QByteArray> name; ///< UTF-8; nullopt for a wildcard
    std::vector<QByteArray> names;
    std::optional<int> index;
    std::vector<int> indexes;
    std::optional<int> start;
    std::optional<int> end;
    std::optional<int> step;
    std::shared_ptr<QueryExpression> query;
};

using Filters = std::vector<Filter>;

/// One side of a comparison: a path from @ or $, or a literal.
struct Side
{
    bool isPath = false;
    Filters path;
    Literal literal;
    /// @.a.b...: every filter a named Field, so the side resolves to at most one token without allocating.
    bool simpleFields = false;
};

struct QueryExpression
{
    enum class Op
    {
        And,
        Or,
        Exists,
        Equals,
        NotEquals,
        StrictEquals,
        StrictNotEquals,
        LessThan,
        LessThanOrEquals,
        GreaterThan,
        GreaterThanOrEquals,
        RegexEquals,
    };
    Op op = Op::Exists;
    std::vector<std::shared_ptr<QueryExpression>> children; ///< And / Or
    Side left;
    Side right;
};

// ---- parsing (JPath)

class PathParser
{
public:
    explicit PathParser(QStringView expression)
        : m_expression(expression)
    {
    }

    Filters parseMain()
    {
        Filters filters;
        qsizetype currentPartStartIndex = m_index;
        eatWhitespace();
        if (m_expression.size() == m_index)
            return filters;
        if (m_expression[m_index] == u'$') {
            if (m_expression.size() == 1)
                return filters;
            // Json.NET checks the whole length, not what follows the whitespace: " $" reads past the end there.
            if (m_index + 1 >= m_expression.size())
                raise(QStringLiteral("Index was outside the bounds of the array."));
            // Only "$." and "$[" consume the '$'; otherwise it starts a property name.
            const QChar c = m_expression[m_index + 1];
            if (c == u'.' || c == u'[') {
                ++m_index;
                currentPartStartIndex = m_index;
            }
        }
        if (!parsePath(filters, currentPartStartIndex, false)) {
            const qsizetype lastCharacterIndex = m_index;
            eatWhitespace();
            if (m_index < m_expression.size())
                raise(QStringLiteral("Unexpected character while parsing path: ") + m_expression[lastCharacterIndex]);
        }
        return filters;
    }

private:
    static Filter fieldFilter(const std::optional<QString> &name, bool scan)
    {
        Filter filter;
        filter.type = scan ? Filter::Type::Scan : Filter::Type::Field;
        if (name)
            filter.name = name->toUtf8();
        return filter;
    }

    bool parsePath(Filters &filters, qsizetype currentPartStartIndex, bool query)
    {
        bool scan = false;
        bool followingIndexer = false;
        bool followingDot = false;
        bool ended = false;
        const auto member = [&](qsizetype from, qsizetype to, bool trimEnd) {
            QString name = m_expression.sliced(from, to - from).toString();
            if (trimEnd) {
                while (!name.isEmpty() && name.back().isSpace())
                    name.chop(1);
            }
            return name == QLatin1String("*") ? std::optional<QString>() : std::optional<QString>(name);
        };
        while (m_index < m_expression.size() && !ended) {
            const QChar c = m_expression[m_index];
            switch (c.unicode()) {
            case u'[':
            case u'(':
                if (m_index > currentPartStartIndex) {
                    filters.push_back(fieldFilter(member(currentPartStartIndex, m_index, false), scan));
                    scan = false;
                }
                filters.push_back(parseIndexer(c, scan));
                scan = false;
                ++m_index;
                currentPartStartIndex = m_index;
                followingIndexer = true;
                followingDot = false;
                break;
            case u']':
            case u')':
                ended = true;
                break;
            case u' ':
                ended = true;
                break;
            case u'.':
                if (m_index > currentPartStartIndex) {
                    filters.push_back(fieldFilter(member(currentPartStartIndex, m_index, false), scan));
                    scan = false;
                }
                if (m_index + 1 < m_expression.size() && m_expression[m_index + 1] == u'.') {
                    scan = true;
                    ++m_index;
                }
                ++m_index;
                currentPartStartIndex = m_index;
                followingIndexer = false;
                followingDot = true;
                break;
            default:
                if (query && (c == u'=' || c == u'<' || c == u'!' || c == u'>' || c == u'|' || c == u'&')) {
                    ended = true;
                } else {
                    if (followingIndexer)
                        raise(QStringLiteral("Unexpected character following indexer: ") + c);
                    ++m_index;
                }
                break;
            }
        }
        const bool atPathEnd = m_index == m_expression.size();
        if (m_index > currentPartStartIndex) {
            filters.push_back(fieldFilter(member(currentPartStartIndex, m_index, true), scan));
        } else if (followingDot && (atPathEnd || query)) {
            raise(QStringLiteral("Unexpected end while parsing path."));
        }
        return atPathEnd;
    }

    Filter parseIndexer(QChar open, bool scan)
    {
        ++m_index;
        const QChar close = open == u'[' ? u']' : u')';
        ensureLength(QStringLiteral("Path ended with open indexer."));
        eatWhitespace();
        // Json.NET reads _expression[_currentIndex] here unchecked, so "$[ " fails with .NET's out-of-range message.
        if (m_index >= m_expression.size())
            raise(QStringLiteral("Index was outside the bounds of the array."));
        if (m_expression[m_index] == u'\'')
            return parseQuotedField(close, scan);
        if (m_expression[m_index] == u'?')
            return parseQuery(close, scan);
        return parseArrayIndexer(close);
    }

    Filter parseQuotedField(QChar close, bool scan)
    {
        std::vector<QByteArray> fields;
        bool multiple = false;
        while (m_index < m_expression.size()) {
            const QString field = readQuotedString();
            eatWhitespace();
            ensureLength(QStringLiteral("Path ended with open indexer."));
            if (m_expression[m_index] == close) {
                if (multiple) {
                    fields.push_back(field.toUtf8());
                    Filter filter;
                    filter.type = scan ? Filter::Type::ScanMultiple : Filter::Type::FieldMultiple;
                    filter.names = std::move(fields);
                    return filter;
                }
                // A quoted '*' is a property named "*", not a wildcard.
                Filter filter = fieldFilter(field, scan);
                return filter;
            }
            if (m_expression[m_index] == u',') {
                ++m_index;
                eatWhitespace();
                multiple = true;
                fields.push_back(field.toUtf8());
            } else {
                raise(QStringLiteral("Unexpected character while parsing path indexer: ") + m_expression[m_index]);
            }
        }
        raise(QStringLiteral("Path ended with open indexer."));
    }

    static int toInt32(QStringView text)
    {
        // Convert.ToInt32(string, InvariantCulture)
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok)
            raise(QStringLiteral("Input string was not in a correct format."));
        return value;
    }

    Filter parseArrayIndexer(QChar close)
    {
        qsizetype start = m_index;
        std::optional<qsizetype> end;
        std::vector<int> indexes;
        bool multiple = false;
        int colonCount = 0;
        std::optional<int> startIndex;
        std::optional<int> endIndex;
        std::optional<int> step;
        while (m_index < m_expression.size()) {
            const QChar c = m_expression[m_index];
            if (c == u' ') {
                end = m_index;
                eatWhitespace();
                continue;
            }
            if (c == close) {
                const qsizetype length = end.value_or(m_index) - start;
                if (multiple) {
                    if (length == 0)
                        raise(QStringLiteral("Array index expected."));
                    indexes.push_back(toInt32(m_expression.sliced(start, length)));
                    Filter filter;
                    filter.type = Filter::Type::ArrayMultipleIndex;
                    filter.indexes = std::move(indexes);
                    return filter;
                }
                if (colonCount > 0) {
                    if (length > 0) {
                        const int index = toInt32(m_expression.sliced(start, length));
                        if (colonCount == 1)
                            endIndex = index;
                        else
                            step = index;
                    }
                    Filter filter;
                    filter.type = Filter::Type::ArraySlice;
                    filter.start = startIndex;
                    filter.end = endIndex;
                    filter.step = step;
                    return filter;
                }
                if (length == 0)
                    raise(QStringLiteral("Array index expected."));
                Filter filter;
                filter.type = Filter::Type::ArrayIndex;
                filter.index = toInt32(m_expression.sliced(start, length));
                return filter;
            }
            if (c == u',') {
                const qsizetype length = end.value_or(m_index) - start;
                if (length == 0)
                    raise(QStringLiteral("Array index expected."));
                multiple = true;
                indexes.push_back(toInt32(m_expression.sliced(start, length)));
                ++m_index;
                eatWhitespace();
                start = m_index;
                end.reset();
            } else if (c == u'*') {
                ++m_index;
                ensureLength(QStringLiteral("Path ended with open indexer."));
                eatWhitespace();
                // Json.NET reads past the end here and .NET throws IndexOutOfRangeException.
                if (m_index >= m_expression.size())
                    raise(QStringLiteral("Index was outside the bounds of the array."));
                if (m_expression[m_index] != close)
                    raise(QStringLiteral("Unexpected character while parsing path indexer: ") + c);
                Filter filter;
                filter.type = Filter::Type::ArrayIndex;
                return filter;
            } else if (c == u':') {
                const qsizetype length = end.value_or(m_index) - start;
                if (length > 0) {
                    const int index = toInt32(m_expression.sliced(start, length));
                    if (colonCount == 0)
                        startIndex = index;
                    else if (colonCount == 1)
                        endIndex = index;
                    else
                        step = index;
                }
                ++colonCount;
                ++m_index;
                eatWhitespace();
                start = m_index;
                end.reset();
            } else if (!c.isDigit() && c != u'-') {
                raise(QStringLiteral("Unexpected character while parsing path indexer: ") + c);
            } else {
                if (end)
                    raise(QStringLiteral("Unexpected character while parsing path indexer: ") + c);
                ++m_index;
            }
        }
        raise(QStringLiteral("Path ended with open indexer."));
    }

    Filter parseQuery(QChar close, bool scan)
    {
        // Filters nest by recursion (here and when matching); Json.NET has no bound, we keep the stack safe.
        struct Nesting
        {
            int &depth;
            explicit Nesting(int &d)
                : depth(d)
            {
                if (++depth > kMaxQueryNesting)
                    raise(QStringLiteral("Path nests filters more than %1 deep.").arg(kMaxQueryNesting));
            }
            ~Nesting() { --depth; }
        } nesting(m_queryDepth);
        ++m_index;
        ensureLength(QStringLiteral("Path ended with open indexer."));
        if (m_expression[m_index] != u'(')
            raise(QStringLiteral("Unexpected character while parsing path indexer: ") + m_expression[m_index]);
        ++m_index;
        std::shared_ptr<QueryExpression> expression = parseExpression();
        ++m_index;
        ensureLength(QStringLiteral("Path ended with open indexer."));
        eatWhitespace();
        if (m_index >= m_expression.size()) // unchecked in Json.NET too, as in parseIndexer()
            raise(QStringLiteral("Index was outside the bounds of the array."));
        if (m_expression[m_index] != close)
            raise(QStringLiteral("Unexpected character while parsing path indexer: ") + m_expression[m_index]);
        Filter filter;
        filter.type = scan ? Filter::Type::QueryScan : Filter::Type::Query;
        filter.query = std::move(expression);
        return filter;
    }

    [[noreturn]] void unexpectedQueryCharacter()
    {
        if (m_index >= m_expression.size())
            raise(QStringLiteral("Path ended with open query."));
        raise(QStringLiteral("Unexpected character while parsing path query: ") + m_expression[m_index]);
    }

    std::shared_ptr<QueryExpression> parseExpression()
    {
        std::shared_ptr<QueryExpression> root;
        QueryExpression *parent = nullptr;
        while (m_index < m_expression.size()) {
            auto expression = std::make_shared<QueryExpression>();
            expression->left = parseSide();
            const QChar c = m_expression[m_index];
            if (c == u')' || c == u'|' || c == u'&') {
                expression->op = QueryExpression::Op::Exists;
            } else {
                expression->op = parseOperator();
                expression->right = parseSide();
            }
            if (m_expression[m_index] == u')') {
                if (parent) {
                    parent->children.push_back(std::move(expression));
                    return root;
                }
                return expression;
            }
            // Json.NET chains by switching the current composite: "a && b || c" means a && (b || c).
            for (const auto &[symbol, op] : {std::pair {QLatin1String("&&"), QueryExpression::Op::And},
                                             std::pair {QLatin1String("||"), QueryExpression::Op::Or}}) {
                if (m_expression[m_index] != symbol[0])
                    continue;
                if (!match(symbol))
                    unexpectedQueryCharacter();
                if (!parent || parent->op != op) {
                    auto composite = std::make_shared<QueryExpression>();
                    composite->op = op;
                    QueryExpression *raw = composite.get();
                    if (parent)
                        parent->children.push_back(composite);
                    if (!root)
                        root = composite;
                    parent = raw;
                }
                parent->children.push_back(expression);
                if (m_index >= m_expression.size())
                    break;
            }
        }
        raise(QStringLiteral("Path ended with open query."));
    }

    Side parseSide()
    {
        eatWhitespace();
        Side side;
        if (m_index < m_expression.size() && (m_expression[m_index] == u'$' || m_expression[m_index] == u'@')) {
            side.isPath = true;
            if (m_expression[m_index] == u'$') {
                Filter root;
                root.type = Filter::Type::Root;
                side.path.push_back(root);
            }
            ++m_index;
            if (parsePath(side.path, m_index, true))
                raise(QStringLiteral("Path ended with open query."));
            side.simpleFields = std::all_of(side.path.begin(), side.path.end(), [](const Filter &f) {
                return f.type == Filter::Type::Field && f.name.has_value();
            });
            eatWhitespace();
            ensureLength(QStringLiteral("Path ended with open query."));
            return side;
        }
        if (m_index < m_expression.size() && tryParseValue(&side.literal)) {
            eatWhitespace();
            ensureLength(QStringLiteral("Path ended with open query."));
            return side;
        }
        unexpectedQueryCharacter();
    }

    bool tryParseValue(Literal *literal)
    {
        const QChar c = m_expression[m_index];
        if (c == u'\'') {
            literal->type = Literal::Type::String;
            literal->text = readQuotedString();
            literal->utf8 = literal->text.toUtf8();
            return true;
        }
        if (c.isDigit() || c == u'-') {
            QString number(c);
            ++m_index;
            while (m_index < m_expression.size()) {
                const QChar d = m_expression[m_index];
                if (d == u' ' || d == u')') {
                    if (number.contains(u'.') || number.contains(u'e') || number.contains(u'E')) {
                        // double.TryParse(Float | AllowThousands)
                        QString plain = number;
                        plain.remove(u',');
                        const QByteArray text = plain.toLatin1();
                        double value = 0;
                        const char *begin = text.constData();
                        if (text.startsWith('+'))
                            ++begin;
                        const auto result = std::from_chars(begin, text.constData() + text.size(), value);
                        if (result.ec != std::errc() || result.ptr != text.constData() + text.size())
                            return false;
                        literal->type = Literal::Type::Float;
                        literal->real = value;
                        return true;
                    }
                    bool ok = false;
                    const qint64 value = number.toLongLong(&ok);
                    if (!ok)
                        return false;
                    literal->type = Literal::Type::Integer;
                    literal->integer = value;
                    return true;
                }
                number += d;
                ++m_index;
            }
            return false;
        }
        if (c == u't' && match(QLatin1String("true"))) {
            literal->type = Literal::Type::Boolean;
            literal->boolean = true;
            return true;
        }
        if (c == u'f' && match(QLatin1String("false"))) {
            literal->type = Literal::Type::Boolean;
            return true;
        }
        if (c == u'n' && match(QLatin1String("null"))) {
            literal->type = Literal::Type::Null;
            return true;
        }
        if (c == u'/') {
            literal->type = Literal::Type::String;
            literal->text = readRegexString();
            literal->utf8 = literal->text.toUtf8();
            return true;
        }
        return false;
    }

    QString readRegexString()
    {
        const qsizetype start = m_index;
        ++m_index;
        while (m_index < m_expression.size()) {
            const QChar c = m_expression[m_index];
            if (c == u'\\' && m_index + 1 < m_expression.size()) {
                m_index += 2;
            } else if (c == u'/') {
                ++m_index;
                while (m_index < m_expression.size() && m_expression[m_index].isLetter())
                    ++m_index;
                return m_expression.sliced(start, m_index - start).toString();
            } else {
                ++m_index;
            }
        }
        raise(QStringLiteral("Path ended with an open regex."));
    }

    QString readQuotedString()
    {
        QString text;
        ++m_index;
        while (m_index < m_expression.size()) {
            QChar c = m_expression[m_index];
            if (c == u'\\' && m_index + 1 < m_expression.size()) {
                ++m_index;
                c = m_expression[m_index];
                switch (c.unicode()) {
                case u'b':
                    text += u'\b';
                    break;
                case u't':
                    text += u'\t';
                    break;
                case u'n':
                    text += u'\n';
                    break;
                case u'f':
                    text += u'\f';
                    break;
                case u'r':
                    text += u'\r';
                    break;
                case u'\\':
                case u'"':
                case u'\'':
                case u'/':
                    text += c;
                    break;
                default:
                    raise(QStringLiteral("Unknown escape character: \\") + c);
                }
                ++m_index;
            } else if (c == u'\'') {
                ++m_index;
                return text;
            } else {
                ++m_index;
                text += c;
            }
        }
        raise(QStringLiteral("Path ended with an open string."));
    }

    QueryExpression::Op parseOperator()
    {
        if (m_index + 1 >= m_expression.size())
            raise(QStringLiteral("Path ended with open query."));
        using Op = QueryExpression::Op;
        if (match(QLatin1String("===")))
            return Op::StrictEquals;
        if (match(QLatin1String("==")))
            return Op::Equals;
        if (match(QLatin1String("=~")))
            return Op::RegexEquals;
        if (match(QLatin1String("!==")))
            return Op::StrictNotEquals;
        if (match(QLatin1String("!=")) || match(QLatin1String("<>")))
            return Op::NotEquals;
        if (match(QLatin1String("<=")))
            return Op::LessThanOrEquals;
        if (match(QLatin1String("<")))
            return Op::LessThan;
        if (match(QLatin1String(">=")))
            return Op::GreaterThanOrEquals;
        if (match(QLatin1String(">")))
            return Op::GreaterThan;
        raise(QStringLiteral("Could not read query operator."));
    }

    bool match(QLatin1String text)
    {
        qsizetype position = m_index;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (position < m_expression.size() && m_expression[position] == QLatin1Char(text[i]))
                ++position;
            else
                return false;
        }
        m_index = position;
        return true;
    }

    void ensureLength(const QString &message) const
    {
        if (m_index >= m_expression.size())
            raise(message);
    }

    void eatWhitespace()
    {
        while (m_index < m_expression.size() && m_expression[m_index] == u' ')
            ++m_index;
    }

    static constexpr int kMaxQueryNesting = 64;
    QStringView m_expression;
    qsizetype m_index = 0;
    int m_queryDepth = 0;
};

// ---- evaluation

using Tokens = std::vector<Json::Value>;

/// An object's properties as Json.NET's JObject has them (duplicates collapsed), as (key, value) handles.
std::vector<Json::Member> propertiesOf(const Json::Value &object)
{
    std::vector<Json::Member> members;
    if (object.hasDuplicateKeys()) {
        const QList<Json::Member> unique = Json::uniqueMembers(object);
        members.assign(unique.cbegin(), unique.cend());
    } else {
        members.reserve(size_t(object.size()));
        for (const Json::Member &member : object.members())
            members.push_back(member);
    }
    return members;
}

/// Pre-order walk over the values below `container` (JProperty tokens are not values, so they are not yielded):
/// `visit(keyOrInvalid, value)` for each.
template<typename Visit> void walkDescendants(const Json::Value &container, Visit visit)
{
    struct Frame
    {
        std::vector<std::pair<Json::Value, Json::Value>> children;
        size_t next = 0;
    };
    const auto frameFor = [](const Json::Value &value) {
        Frame frame;
        if (value.isArray()) {
            frame.children.reserve(size_t(value.size()));
            for (const Json::Value element : value.elements())
                frame.children.emplace_back(Json::Value(), element);
        } else if (value.isObject()) {
            for (const Json::Member &member : propertiesOf(value))
                frame.children.emplace_back(member.key(), member.value());
        }
        return frame;
    };
    std::vector<Frame> stack;
    stack.push_back(frameFor(container));
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.children.size()) {
            stack.pop_back();
            continue;
        }
        const auto [key, value] = frame.children[frame.next++];
        visit(key, value);
        if (value.isArray() || value.isObject())
            stack.push_back(frameFor(value));
    }
}

/// A scalar the way Json.NET's JValue.Compare sees it.
struct Scalar
{
    enum class Type
    {
        Null, ///< null and undefined: JValue with a null value
        Integer,
        Float,
        String,
        Boolean,
        Container, ///< not a JValue
    };
    Type type = Type::Null;
    bool undefined = false;
    bool bigInteger = false;
    qint64 integer = 0;
    double real = 0;
    bool boolean = false;
    Json::Value node; ///< for strings from the body
    const Literal *literal = nullptr; ///< for literal strings

    double asDouble() const { return type == Type::Integer && !bigInteger ? double(integer) : real; }
    QString text() const { return literal ? literal->text : node.toString(); }
};

Scalar scalarOf(const Json::Value &token)
{
    Scalar s;
    switch (token.kind()) {
    case Json::Kind::Null:
        break;
    case Json::Kind::Undefined:
        s.undefined = true;
        break;
    case Json::Kind::Boolean:
        s.type = Scalar::Type::Boolean;
        s.boolean = token.toBool();
        break;
    case Json::Kind::String:
        s.type = Scalar::Type::String;
        s.node = token;
        break;
    case Json::Kind::Number:
        switch (token.numberClass()) {
        case Json::NumberClass::Integer:
        case Json::NumberClass::Hexadecimal:
        case Json::NumberClass::Octal:
            s.type = Scalar::Type::Integer;
            s.integer = token.toInt64();
            break;
        case Json::NumberClass::BigInteger:
            // Json.NET types a BigInteger as Integer too; compared here through its double value.
            s.type = Scalar::Type::Integer;
            s.bigInteger = true;
            s.real = token.toDouble();
            s.node = token;
            break;
        default:
            s.type = Scalar::Type::Float;
            s.real = token.toDouble();
            break;
        }
        break;
    case Json::Kind::Array:
    case Json::Kind::Object:
        s.type = Scalar::Type::Container;
        break;
    }
    return s;
}

Scalar scalarOf(const Literal &literal)
{
    Scalar s;
    switch (literal.type) {
    case Literal::Type::Null:
        break;
    case Literal::Type::Integer:
        s.type = Scalar::Type::Integer;
        s.integer = literal.integer;
        break;
    case Literal::Type::Float:
        s.type = Scalar::Type::Float;
        s.real = literal.real;
        break;
    case Literal::Type::String:
        s.type = Scalar::Type::String;
        s.literal = &literal;
        break;
    case Literal::Type::Boolean:
        s.type = Scalar::Type::Boolean;
        s.boolean = literal.boolean;
        break;
    }
    return s;
}

int compareDoubles(double a, double b)
{
    // JValue.CompareFloat, then Double.CompareTo (NaN sorts first and equals itself).
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    if (a == b)
        return 0;
    if (std::isnan(a))
        return std::isnan(b) ? 0 : -1;
    return 1;
}

QString dotNetDouble(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    QString text = QString::fromLatin1(buffer, int(result.ptr - buffer));
    const qsizetype e = text.indexOf(u'e');
    if (e >= 0) {
        // .NET writes 1E+20 / 1E-05.
        QString mantissa = text.left(e);
        QString exponent = text.mid(e + 1);
        const QChar sign = exponent.startsWith(u'-') ? u'-' : u'+';
        if (exponent.startsWith(u'-') || exponent.startsWith(u'+'))
            exponent.remove(0, 1);
        while (exponent.size() < 2)
            exponent.prepend(u'0');
        text = mantissa + u'E' + sign + exponent;
    }
    return text;
}

/// Convert.ToString(object, InvariantCulture) of a scalar.
QString convertToString(const Scalar &s)
{
    switch (s.type) {
    case Scalar::Type::Integer:
        if (s.bigInteger)
            return QString::fromLatin1(s.node.rawText());
        return QString::number(s.integer);
    case Scalar::Type::Float:
        return dotNetDouble(s.real);
    case Scalar::Type::Boolean:
        return s.boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Scalar::Type::String:
        return s.text();
    default:
        return {};
    }
}

[[noreturn]] void formatError()
{
    raise(QStringLiteral("Input string was not in a correct format."));
}

/// JValue.Compare(left type, left value, right value); throws for values .NET's Convert cannot convert.
int compareScalars(const Scalar &a, const Scalar &b)
{
    const bool aNull = a.type == Scalar::Type::Null;
    const bool bNull = b.type == Scalar::Type::Null;
    if (aNull && bNull)
        return 0;
    if (bNull)
        return 1;
    if (aNull)
        return -1;
    switch (a.type) {
    case Scalar::Type::Integer:
    case Scalar::Type::Float: {
        const bool floating = a.type == Scalar::Type::Float || a.bigInteger || b.type == Scalar::Type::Float
            || (b.type == Scalar::Type::Integer && b.bigInteger);
        if (b.type == Scalar::Type::Integer || b.type == Scalar::Type::Float) {
            if (!floating)
                return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
            return compareDoubles(a.asDouble(), b.asDouble());
        }
        if (b.type == Scalar::Type::Boolean)
            return compareDoubles(a.asDouble(), b.boolean ? 1.0 : 0.0);
        if (b.type == Scalar::Type::String) {
            const QString text = b.text().trimmed();
            bool ok = false;
            if (a.type == Scalar::Type::Integer && !a.bigInteger) {
                const qint64 value = text.toLongLong(&ok);
                if (!ok)
                    formatError();
                return a.integer < value ? -1 : (a.integer > value ? 1 : 0);
            }
            const double value = text.toDouble(&ok);
            if (!ok)
                formatError();
            return compareDoubles(a.asDouble(), value);
        }
        raise(QStringLiteral("Could not compare values."));
    }
    case Scalar::Type::String: {
        const int c = QString::compare(a.text(), convertToString(b), Qt::CaseSensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Scalar::Type::Boolean: {
        bool other = false;
        switch (b.type) {
        case Scalar::Type::Boolean:
            other = b.boolean;
            break;
        case Scalar::Type::Integer:
        case Scalar::Type::Float:
            other = b.asDouble() != 0;
            break;
        case Scalar::Type::String: {
            const QString text = b.text().trimmed();
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                other = true;
            else if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
                raise(QStringLiteral("String '%1' was not recognized as a valid Boolean.").arg(b.text()));
            break;
        }
        default:
            break;
        }
        return a.boolean == other ? 0 : (a.boolean ? 1 : -1);
    }
    default:
        raise(QStringLiteral("Could not compare values."));
    }
}

bool sameType(const Scalar &a, const Scalar &b)
{
    return a.type == b.type && a.undefined == b.undefined;
}

/// Strings compare by bytes when one side is in the body and the other a literal (the common filter).
bool stringsEqual(const Scalar &a, const Scalar &b)
{
    if (a.node.isValid() && b.literal)
        return a.node.stringEquals(b.literal->utf8);
    if (b.node.isValid() && a.literal)
        return b.node.stringEquals(a.literal->utf8);
    return a.text() == b.text();
}

bool valuesEqual(const Scalar &a, const Scalar &b)
{
    if (!sameType(a, b))
        return false;
    if (a.type == Scalar::Type::String)
        return stringsEqual(a, b);
    return compareScalars(a, b) == 0;
}

bool isNumeric(const Scalar &s)
{
    return s.type == Scalar::Type::Integer || s.type == Scalar::Type::Float;
}

/// BooleanQueryExpression.EqualsWithStringCoercion (no dates, GUIDs or URIs in a parsed body).
bool equalsWithStringCoercion(const Scalar &value, const Scalar &query)
{
    if (valuesEqual(value, query))
        return true;
    if (isNumeric(value) && isNumeric(query) && value.type != query.type)
        return compareScalars(value, query) == 0;
    return false;
}

bool equalsWithStrictMatch(const Scalar &value, const Scalar &query)
{
    if (isNumeric(value) && isNumeric(query) && value.type != query.type)
        return compareScalars(value, query) == 0;
    return valuesEqual(value, query);
}

bool regexEquals(const Scalar &input, const Scalar &pattern)
{
    if (input.type != Scalar::Type::String || pattern.type != Scalar::Type::String)
        return false;
    const QString regexText = pattern.text();
    const qsizetype delimiter = regexText.lastIndexOf(u'/');
    if (delimiter < 1)
        return false;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    const QString flags = regexText.mid(delimiter + 1);
    for (QChar flag : flags) {
        if (flag == u'i')
            options |= QRegularExpression::CaseInsensitiveOption;
        else if (flag == u'm')
            options |= QRegularExpression::MultilineOption;
        else if (flag == u's')
            options |= QRegularExpression::DotMatchesEverythingOption;
        else if (flag == u'x')
            options |= QRegularExpression::ExtendedPatternSyntaxOption;
    }
    QRegularExpression expression(regexText.mid(1, delimiter - 1), options);
    if (pattern.literal) {
        if (!pattern.literal->regex)
            pattern.literal->regex = expression;
        expression = *pattern.literal->regex;
    }
    if (!expression.isValid())
        raise(QStringLiteral("Invalid pattern '%1': %2").arg(expression.pattern(), expression.errorString()));
    const QRegularExpressionMatch match = expression.match(input.text());
    if (!match.isValid()) {
        // PCRE2 gives up after its match limit (10 million backtracking steps, about 0.1 s), and QRegularExpression
        // then reports an invalid match, not a failed one. Json.NET runs .NET's Regex without a timeout, so the
        // server would still be backtracking when the 20-second limit ends the task: that is an error, not false.
        const QString shown = input.text().size() > 40 ? input.text().left(37) + QStringLiteral("...") : input.text();
        raise(QStringLiteral("The pattern '%1' needs too many steps to match '%2'; Azure DevOps would not finish it "
                             "(.NET evaluates it without a time limit) and the task would time out.")
                  .arg(expression.pattern(), shown));
    }
    return match.hasMatch();
}

class Evaluator
{
public:
    explicit Evaluator(const Json::Value &root)
        : m_root(root)
    {
    }

    Tokens evaluate(const Filters &filters, const Json::Value &start) const
    {
        Tokens current {start};
        for (const Filter &filter : filters) {
            Tokens next;
            execute(filter, current, next);
            current.swap(next);
        }
        return current;
    }

private:
    void execute(const Filter &filter, const Tokens &current, Tokens &out) const
    {
        switch (filter.type) {
        case Filter::Type::Field:
            for (const Json::Value &t : current) {
                if (!t.isObject())
                    continue;
                if (filter.name) {
                    const Json::Value v = t.member(QByteArrayView(*filter.name));
                    if (v.isValid())
                        out.push_back(v);
                } else {
                    for (const Json::Member &member : propertiesOf(t))
                        out.push_back(member.value());
                }
            }
            break;
        case Filter::Type::FieldMultiple:
            for (const Json::Value &t : current) {
                if (!t.isObject())
                    continue;
                for (const QByteArray &name : filter.names) {
                    const Json::Value v = t.member(QByteArrayView(name));
                    if (v.isValid())
                        out.push_back(v);
                }
            }
            break;
        case Filter::Type::ArrayIndex:
            for (const Json::Value &t : current) {
                if (!t.isArray())
                    continue;
                if (filter.index) {
                    const Json::Value v = t.at(*filter.index);
                    if (v.isValid())
                        out.push_back(v);
                } else {
                    for (const Json::Value element : t.elements())
                        out.push_back(element);
                }
            }
            break;
        case Filter::Type::ArrayMultipleIndex:
            for (const Json::Value &t : current) {
                for (int index : filter.indexes) {
                    const Json::Value v = t.at(index);
                    if (v.isValid())
                        out.push_back(v);
                }
            }
            break;
        case Filter::Type::ArraySlice:
            slice(filter, current, out);
            break;
        case Filter::Type::Root:
            out.push_back(m_root);
            break;
        case Filter::Type::Scan:
            for (const Json::Value &c : current) {
                if (!filter.name)
                    out.push_back(c);
                walkDescendants(c, [&](const Json::Value &key, const Json::Value &value) {
                    if (filter.name ? key.isValid() && key.stringEquals(*filter.name) : true)
                        out.push_back(value);
                });
            }
            break;
        case Filter::Type::ScanMultiple:
            for (const Json::Value &c : current) {
                walkDescendants(c, [&](const Json::Value &key, const Json::Value &value) {
                    if (!key.isValid())
                        return;
                    for (const QByteArray &name : filter.names) {
                        if (key.stringEquals(name)) {
                            out.push_back(value);
                            return;
                        }
                    }
                });
            }
            break;
        case Filter::Type::Query:
            for (const Json::Value &t : current) {
                // Children of an object are JProperty tokens, which no member path can match.
                if (!t.isArray())
                    continue;
                for (const Json::Value element : t.elements()) {
                    if (isMatch(*filter.query, element))
                        out.push_back(element);
                }
            }
            break;
        case Filter::Type::QueryScan:
            for (const Json::Value &t : current) {
                if (isMatch(*filter.query, t))
                    out.push_back(t);
                if (t.isArray() || t.isObject()) {
                    walkDescendants(t, [&](const Json::Value &, const Json::Value &value) {
                        if (isMatch(*filter.query, value))
                            out.push_back(value);
                    });
                }
            }
            break;
        }
    }

    static void slice(const Filter &filter, const Tokens &current, Tokens &out)
    {
        if (filter.step && *filter.step == 0)
            raise(QStringLiteral("Step cannot be zero."));
        for (const Json::Value &t : current) {
            if (!t.isArray())
                continue;
            std::vector<Json::Value> elements;
            elements.reserve(size_t(t.size()));
            for (const Json::Value element : t.elements())
                elements.push_back(element);
            const qint64 count = qint64(elements.size());
            const qint64 step = filter.step.value_or(1);
            qint64 startIndex = filter.start ? *filter.start : (step > 0 ? 0 : count - 1);
            qint64 stopIndex = filter.end ? *filter.end : (step > 0 ? count : -1);
            if (filter.start && *filter.start < 0)
                startIndex = count + startIndex;
            if (filter.end && *filter.end < 0)
                stopIndex = count + stopIndex;
            startIndex = std::max(startIndex, step > 0 ? qint64(0) : std::numeric_limits<qint64>::min());
            startIndex = std::min(startIndex, step > 0 ? count : count - 1);
            stopIndex = std::max(stopIndex, qint64(-1));
            stopIndex = std::min(stopIndex, count);
            const auto valid = [&](qint64 i) { return step > 0 ? i < stopIndex : i > stopIndex; };
            for (qint64 i = startIndex; valid(i); i += step)
                out.push_back(elements[size_t(i)]);
        }
    }

    /// The tokens one side stands for, in `out` (cleared first).
    void resolve(const Side &side, const Json::Value &t, Tokens &out) const
    {
        out.clear();
        if (side.simpleFields) {
            Json::Value v = t;
            for (const Filter &filter : side.path) {
                v = v.member(QByteArrayView(*filter.name));
                if (!v.isValid())
                    return;
            }
            out.push_back(v);
            return;
        }
        out = evaluate(side.path, t);
    }

    bool matchTokens(QueryExpression::Op op, const Scalar &left, const Scalar &right) const
    {
        using Op = QueryExpression::Op;
        if (left.type == Scalar::Type::Container || right.type == Scalar::Type::Container)
            return op == Op::Exists || op == Op::NotEquals; // only primitives compare; "not equal" always holds
        switch (op) {
        case Op::RegexEquals:
            return regexEquals(left, right);
        case Op::Equals:
            return equalsWithStringCoercion(left, right);
        case Op::StrictEquals:
            return equalsWithStrictMatch(left, right);
        case Op::NotEquals:
            return !equalsWithStringCoercion(left, right);
        case Op::StrictNotEquals:
            return !equalsWithStrictMatch(left, right);
        case Op::GreaterThan:
            return compareScalars(left, right) > 0;
        case Op::GreaterThanOrEquals:
            return compareScalars(left, right) >= 0;
        case Op::LessThan:
            return compareScalars(left, right) < 0;
        case Op::LessThanOrEquals:
            return compareScalars(left, right) <= 0;
        case Op::Exists:
            return true;
        default:
            return false;
        }
    }

    bool isMatch(const QueryExpression &expression, const Json::Value &t) const
    {
        using Op = QueryExpression::Op;
        switch (expression.op) {
        case Op::And:
            return std::all_of(expression.children.begin(), expression.children.end(),
                               [&](const auto &child) { return isMatch(*child, t); });
        case Op::Or:
            return std::any_of(expression.children.begin(), expression.children.end(),
                               [&](const auto &child) { return isMatch(*child, t); });
        default:
            break;
        }
        Tokens lefts;
        if (expression.left.isPath)
            resolve(expression.left, t, lefts);
        if (expression.op == Op::Exists)
            return expression.left.isPath ? !lefts.empty() : true;
        Tokens rights;
        if (expression.right.isPath)
            resolve(expression.right, t, rights);
        const auto forEachScalar = [](const Side &side, const Tokens &tokens, auto &&visit) {
            if (!side.isPath)
                return visit(scalarOf(side.literal));
            for (const Json::Value &token : tokens) {
                if (visit(scalarOf(token)))
                    return true;
            }
            return false;
        };
        return forEachScalar(expression.left, lefts, [&](const Scalar &left) {
            return forEachScalar(expression.right, rights,
                                 [&](const Scalar &right) { return matchTokens(expression.op, left, right); });
        });
    }

    Json::Value m_root;
};

} // namespace

bool select(const Json::Value &root, QStringView path, std::vector<Json::Value> *results, QString *error)
{
    results->clear();
    try {
        const Filters filters = PathParser(path).parseMain();
        if (!root.isValid())
            return true;
        *results = Evaluator(root).evaluate(filters, root);
        return true;
    } catch (const PathError &e) {
        if (error)
            *error = e.message;
        results->clear();
        return false;
    }
}

} // namespace RestGate::Expression::JsonPath
