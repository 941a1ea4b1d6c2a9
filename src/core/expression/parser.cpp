#include "core/expression/parser.h"

#include <QChar>
#include <QCoreApplication>

#include <algorithm>

namespace RestGate::Expression {

QString ParseError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::UnexpectedSymbol:
        return QStringLiteral("UnexpectedSymbol");
    case Kind::UnrecognizedValue:
        return QStringLiteral("UnrecognizedValue");
    case Kind::ExpectedStartParameter:
        return QStringLiteral("ExpectedStartParameter");
    case Kind::ExpectedPropertyName:
        return QStringLiteral("ExpectedPropertyName");
    case Kind::UnclosedFunction:
        return QStringLiteral("UnclosedFunction");
    case Kind::UnclosedIndexer:
        return QStringLiteral("UnclosedIndexer");
    case Kind::ExceededMaxDepth:
        return QStringLiteral("ExceededMaxDepth");
    case Kind::ExceededMaxLength:
        return QStringLiteral("ExceededMaxLength");
    }
    return {};
}

QString Program::canonical(int index) const
{
    if (index < 0 || size_t(index) >= nodes.size())
        return {};
    // Written out with an explicit stack: an indexer chain can be thousands of nodes deep.
    struct Step
    {
        int node; ///< -1: emit `text`
        QString text;
    };
    QString out;
    std::vector<Step> stack {Step {index, {}}};
    while (!stack.empty()) {
        Step step = std::move(stack.back());
        stack.pop_back();
        if (step.node < 0) {
            out += step.text;
            continue;
        }
        const Node &node = nodes[size_t(step.node)];
        switch (node.type) {
        case Node::Type::Literal:
            out += node.literal.formatForMessage();
            break;
        case Node::Type::NamedValue:
            out += node.name;
            break;
        case Node::Type::Function:
            out += node.name + u'(';
            stack.push_back(Step {-1, QStringLiteral(")")});
            for (size_t i = node.children.size(); i-- > 0;) {
                stack.push_back(Step {node.children[i], {}});
                if (i > 0)
                    stack.push_back(Step {-1, QStringLiteral(", ")});
            }
            break;
        case Node::Type::Indexer:
            stack.push_back(Step {-1, QStringLiteral("]")});
            stack.push_back(Step {node.children.at(1), {}});
            stack.push_back(Step {-1, QStringLiteral("[")});
            stack.push_back(Step {node.children.at(0), {}});
            break;
        }
    }
    return out;
}

namespace {

enum class TokenKind
{
    StartIndex,
    StartParameter,
    EndIndex,
    EndParameter,
    Separator,
    Dereference,
    Wildcard,
    WellKnownFunction,
    ExtensionFunction,
    NamedValue,
    Boolean,
    Number,
    Version,
    String,
    PropertyName,
    UnknownKeyword,
    Unrecognized,
};

struct Token
{
    TokenKind kind = TokenKind::Unrecognized;
    int index = 0;
    QString raw;
    Value value;
    const FunctionInfo *function = nullptr;

    int end() const { return index + int(raw.size()); }
};

bool isWhite(QChar c)
{
    return c.isSpace(); // .NET Char.IsWhiteSpace
}

/// Ends a keyword or a number: whitespace and ( ) , . [ ] — not * and not '.
bool isTerminator(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u')':
    case u',':
    case u'.':
    case u'[':
    case u']':
        return true;
    default:
        return isWhite(c);
    }
}

/// [A-Za-z_][A-Za-z0-9_]* (hyphens are only allowed by a parser option nothing on the server sets).
bool isKeyword(QStringView text)
{
    if (text.isEmpty())
        return false;
    const auto letter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    if (!letter(text[0].unicode()))
        return false;
    return std::all_of(text.begin() + 1, text.end(),
                       [&](QChar c) { return letter(c.unicode()) || (c.unicode() >= u'0' && c.unicode() <= u'9'); });
}

/// The server's LexicalAnalyzer: tokens are read one at a time, and what a '.' or a keyword means depends on the
/// token before it.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    bool next(Token *token)
    {
        const qsizetype n = m_text.size();
        while (m_index < n && isWhite(m_text[m_index]))
            ++m_index;
        if (m_index >= n)
            return false;
        const QChar c = m_text[m_index];
        Token t;
        switch (c.unicode()) {
        case u'\'':
            t = readString();
            break;
        case u'(':
            t = punctuation(TokenKind::StartParameter);
            break;
        case u')':
            t = punctuation(TokenKind::EndParameter);
            break;
        case u'*':
            t = punctuation(TokenKind::Wildcard);
            break;
        case u',':
            t = punctuation(TokenKind::Separator);
            break;
        case u'[':
            t = punctuation(TokenKind::StartIndex);
            break;
        case u']':
            t = punctuation(TokenKind::EndIndex);
            break;
        case u'.':
            // A leading '.' starts a number (.5) only where a value may begin.
            if (!m_hasLast || m_lastKind == TokenKind::Separator || m_lastKind == TokenKind::StartIndex
                || m_lastKind == TokenKind::StartParameter)
                t = readNumberOrVersion();
            else
                t = punctuation(TokenKind::Dereference);
            break;
        default:
            if (c == u'-' || (c >= u'0' && c <= u'9'))
                t = readNumberOrVersion();
            else
                t = readKeyword();
            break;
        }
        m_hasLast = true;
        m_lastKind = t.kind;
        *token = std::move(t);
        return true;
    }

private:
    Token punctuation(TokenKind kind)
    {
        Token t;
        t.kind = kind;
        t.index = int(m_index);
        t.raw = m_text.mid(m_index, 1);
        ++m_index;
        return t;
    }

    Token readNumberOrVersion()
    {
        Token t;
        t.index = int(m_index);
        int periods = 0;
        const qsizetype n = m_text.size();
        do {
            if (m_text[m_index] == u'.')
                ++periods;
            ++m_index;
        } while (m_index < n && (!isTerminator(m_text[m_index]) || m_text[m_index] == u'.'));
        t.raw = m_text.mid(t.index, m_index - t.index);
        if (periods >= 2) {
            if (const auto version = Version::parse(t.raw)) {
                t.kind = TokenKind::Version;
                t.value = Value::fromVersion(*version);
                return t;
            }
        } else if (const auto number = Decimal::parseLiteral(t.raw)) {
            t.kind = TokenKind::Number;
            t.value = Value::fromNumber(*number);
            return t;
        }
        t.kind = TokenKind::Unrecognized;
        return t;
    }

    Token readKeyword()
    {
        Token t;
        t.index = int(m_index);
        const qsizetype n = m_text.size();
        ++m_index;
        while (m_index < n && !isTerminator(m_text[m_index]))
            ++m_index;
        t.raw = m_text.mid(t.index, m_index - t.index);
        t.kind = TokenKind::UnknownKeyword;
        if (!isKeyword(t.raw))
            return t;
        if (m_hasLast && m_lastKind == TokenKind::Dereference) {
            t.kind = TokenKind::PropertyName;
        } else if (t.raw.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            t.kind = TokenKind::Boolean;
            t.value = Value::fromBool(true);
        } else if (t.raw.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            t.kind = TokenKind::Boolean;
            t.value = Value::fromBool(false);
        } else if (const FunctionInfo *info = findFunction(t.raw); info && !info->extension) {
            t.kind = TokenKind::WellKnownFunction;
            t.function = info;
        } else if (t.raw.compare(QStringView(rootName), Qt::CaseInsensitive) == 0) {
            t.kind = TokenKind::NamedValue;
        } else if (info && info->extension) {
            t.kind = TokenKind::ExtensionFunction;
            t.function = info;
        }
        return t;
    }

    Token readString()
    {
        Token t;
        t.index = int(m_index);
        const qsizetype n = m_text.size();
        bool closed = false;
        QString value;
        ++m_index;
        while (m_index < n) {
            const QChar c = m_text[m_index++];
            if (c == u'\'') {
                if (m_index >= n || m_text[m_index] != u'\'') {
                    closed = true;
                    break;
                }
                ++m_index; // '' is one quote
            }
            value += c;
        }
        t.raw = m_text.mid(t.index, m_index - t.index);
        if (closed) {
            t.kind = TokenKind::String;
            t.value = Value::fromString(value);
        } else {
            t.kind = TokenKind::Unrecognized;
        }
        return t;
    }

    const QString &m_text;
    qsizetype m_index = 0;
    bool m_hasLast = false;
    TokenKind m_lastKind = TokenKind::Unrecognized;
};

QString describe(ParseError::Kind kind)
{
    switch (kind) {
    case ParseError::Kind::UnexpectedSymbol:
        return QStringLiteral("Unexpected symbol");
    case ParseError::Kind::UnrecognizedValue:
        return QStringLiteral("Unrecognized value");
    case ParseError::Kind::ExpectedStartParameter:
        return QStringLiteral("Expected '(' to follow a function");
    case ParseError::Kind::ExpectedPropertyName:
        return QStringLiteral("Expected a property name to follow the dereference operator '.'");
    case ParseError::Kind::UnclosedFunction:
        return QStringLiteral("Unclosed function");
    case ParseError::Kind::UnclosedIndexer:
        return QStringLiteral("Unclosed indexer");
    case ParseError::Kind::ExceededMaxDepth:
        return QStringLiteral("Exceeded max expression depth %1").arg(MaxDepth);
    case ParseError::Kind::ExceededMaxLength:
        return QStringLiteral("Exceeded max expression length %1").arg(MaxLength);
    case ParseError::Kind::None:
        break;
    }
    return {};
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString closestFunction(QStringView name)
{
    QString best;
    int bestDistance = 3;
    for (const FunctionInfo &info : functions()) {
        const int distance = editDistance(name, info.name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = info.name;
        }
    }
    return best;
}

class Parser
{
public:
    explicit Parser(const QString &expression)
        : m_expression(expression)
        , m_lexer(expression)
    {
    }

    ParseResult run();

private:
    struct Container
    {
        int node;
        Token token;
    };

    bool nextToken()
    {
        m_hasLast = m_hasToken;
        m_last = m_token;
        m_hasToken = m_lexer.next(&m_token);
        return m_hasToken;
    }

    bool lastIs(std::initializer_list<TokenKind> kinds) const
    {
        return m_hasLast && std::find(kinds.begin(), kinds.end(), m_last.kind) != kinds.end();
    }

    bool fail(ParseError::Kind kind, const Token *token, const QString &hint);
    bool failLimit(ParseError::Kind kind, int position, int length, const QString &hint);

    int addNode(Node node)
    {
        m_nodes.push_back(std::move(node));
        return int(m_nodes.size()) - 1;
    }
    void addValue(int node)
    {
        if (m_root < 0)
            m_root = node;
        else
            m_nodes[size_t(m_containers.back().node)].children.push_back(node);
    }
    /// Replaces the value an indexer applies to (the last one added) with a new indexer node; returns it.
    int wrapInIndexer(int start);

    bool handleStartIndex();
    bool handleDereference();
    bool handleWildcard();
    bool handleEndParameter();
    bool handleEndIndex();
    bool handleSeparator();
    bool handleFunction();
    bool handleValue();

    QString unrecognizedHint(const Token &token) const;
    QString misplacedValueHint(const Token &token) const;
    QChar nextNonSpace(int from) const;

    const QString &m_expression;
    Lexer m_lexer;
    Token m_token;
    Token m_last;
    bool m_hasToken = false;
    bool m_hasLast = false;
    std::vector<Container> m_containers;
    std::vector<Node> m_nodes;
    int m_root = -1;
    ParseError m_error;
};

bool Parser::fail(ParseError::Kind kind, const Token *token, const QString &hint)
{
    m_error.kind = kind;
    m_error.hint = hint;
    if (token) {
        m_error.token = token->raw;
        m_error.position = token->index + 1;
        m_error.length = std::max(1, int(token->raw.size()));
        m_error.message = QStringLiteral("%1: '%2'. Located at position %3 within expression: %4.")
                              .arg(describe(kind), token->raw, QString::number(token->index + 1), m_expression);
    } else {
        m_error.message = describe(kind) + u'.';
    }
    return false;
}

bool Parser::failLimit(ParseError::Kind kind, int position, int length, const QString &hint)
{
    fail(kind, nullptr, hint);
    // The server's message names no token; the span still tells an editor where the limit was crossed.
    m_error.position = position;
    m_error.length = length;
    return false;
}

QChar Parser::nextNonSpace(int from) const
{
    for (qsizetype i = from; i < m_expression.size(); ++i) {
        if (!isWhite(m_expression[i]))
            return m_expression[i];
    }
    return {};
}

int Parser::wrapInIndexer(int start)
{
    Node indexer;
    indexer.type = Node::Type::Indexer;
    int object;
    const int index = int(m_nodes.size());
    if (!m_containers.empty()) {
        std::vector<int> &children = m_nodes[size_t(m_containers.back().node)].children;
        object = children.back();
        children.back() = index;
    } else {
        object = m_root;
        m_root = index;
    }
    indexer.start = m_nodes[size_t(object)].start;
    indexer.end = start + 1;
    indexer.children.push_back(object);
    return addNode(std::move(indexer));
}

QString Parser::misplacedValueHint(const Token &token) const
{
    if (!m_hasLast)
        return {};
    if (token.kind == TokenKind::WellKnownFunction
        && (token.function->id == Function::And || token.function->id == Function::Or))
        return QCoreApplication::translate("RestGate::Expression::Parser",
                                           "there are no infix operators: write %1(a, b) instead of a %1 b")
            .arg(token.function->name);
    if (m_last.kind == TokenKind::EndParameter || m_last.kind == TokenKind::EndIndex
        || m_last.kind == TokenKind::PropertyName || m_last.kind == TokenKind::NamedValue
        || m_last.kind == TokenKind::String || m_last.kind == TokenKind::Number || m_last.kind == TokenKind::Boolean
        || m_last.kind == TokenKind::Version || m_last.kind == TokenKind::Wildcard)
        return QCoreApplication::translate(
            "RestGate::Expression::Parser",
            "two values in a row: separate arguments with ',' or combine conditions with and(a, b)");
    return {};
}

QString Parser::unrecognizedHint(const Token &token) const
{
    const QString &raw = token.raw;
    if (token.kind == TokenKind::Unrecognized) {
        if (raw.startsWith(u'\''))
            return QCoreApplication::translate(
                "RestGate::Expression::Parser",
                "this string is never closed: add a closing ' (write '' for a quote inside a string)");
        if (raw.count(u'.') >= 2)
            return QCoreApplication::translate("RestGate::Expression::Parser",
                                               "'%1' is not a version: a version has 2 to 4 numeric parts, like 1.2.3")
                .arg(raw);
        return QCoreApplication::translate(
                   "RestGate::Expression::Parser",
                   "'%1' is not a number: write digits with an optional '-' and one '.' (no exponent, "
                   "hex digits, '+' or '_')")
            .arg(raw);
    }
    if (raw.startsWith(u'"'))
        return QCoreApplication::translate("RestGate::Expression::Parser",
                                           "double-quoted strings are not allowed; use single quotes: 'text'");
    static const struct
    {
        const char *op;
        const char *function;
    } operators[] = {{"==", "eq(a, b)"}, {"!=", "ne(a, b)"},  {"<>", "ne(a, b)"}, {"<=", "le(a, b)"},
                     {">=", "ge(a, b)"}, {"&&", "and(a, b)"}, {"||", "or(a, b)"}, {"=", "eq(a, b)"},
                     {"<", "lt(a, b)"},  {">", "gt(a, b)"},   {"!", "not(a)"},    {"&", "and(a, b)"},
                     {"|", "or(a, b)"}};
    for (const auto &entry : operators) {
        if (raw.contains(QLatin1String(entry.op)))
            return QCoreApplication::translate("RestGate::Expression::Parser",
                                               "operators like %1 are not supported; use %2")
                .arg(QLatin1String(entry.op), QLatin1String(entry.function));
    }
    if (raw.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate(
            "RestGate::Expression::Parser",
            "there is no null literal; eq(x, '') is true when x is null or an empty string");
    static const QStringList contexts = {QStringLiteral("variables"),    QStringLiteral("parameters"),
                                         QStringLiteral("dependencies"), QStringLiteral("pipeline"),
                                         QStringLiteral("resources"),    QStringLiteral("env"),
                                         QStringLiteral("response"),     QStringLiteral("taskInputs")};
    if (contexts.contains(raw, Qt::CaseInsensitive))
        return QCoreApplication::translate(
                   "RestGate::Expression::Parser",
                   "'%1' is not available in success criteria; use $(name) macros, which are replaced "
                   "before the criteria is evaluated, and 'root' for the response body")
            .arg(raw);
    static const QStringList statusFunctions = {QStringLiteral("always"), QStringLiteral("succeeded"),
                                                QStringLiteral("failed"), QStringLiteral("canceled"),
                                                QStringLiteral("succeededOrFailed")};
    const bool call = nextNonSpace(token.end()) == u'(';
    if (call && statusFunctions.contains(raw, Qt::CaseInsensitive))
        return QCoreApplication::translate("RestGate::Expression::Parser",
                                           "job status functions like %1() are not available in success criteria")
            .arg(raw);
    if (isKeyword(raw)) {
        if (call) {
            const QString suggestion = closestFunction(raw);
            if (!suggestion.isEmpty())
                return QCoreApplication::translate("RestGate::Expression::Parser",
                                                   "unknown function '%1'; did you mean '%2'?")
                    .arg(raw, suggestion);
            return QCoreApplication::translate("RestGate::Expression::Parser", "unknown function '%1'").arg(raw);
        }
        return QCoreApplication::translate("RestGate::Expression::Parser",
                                           "unknown name '%1': the response body is 'root', so write root['%1']")
            .arg(raw);
    }
    if (raw.contains(u'\''))
        return QCoreApplication::translate(
                   "RestGate::Expression::Parser",
                   "'%1' contains a quote: a string probably ended early; write '' for a quote inside a "
                   "string")
            .arg(raw);
    if (raw.contains(u'-'))
        return QCoreApplication::translate("RestGate::Expression::Parser",
                                           "'%1' is not a name: names with '-' need the indexer, like root['%1']")
            .arg(raw);
    return QCoreApplication::translate("RestGate::Expression::Parser", "'%1' is not a function, a literal or 'root'")
        .arg(raw);
}

bool Parser::handleStartIndex()
{
    // Only something indexable may precede '[': ')' ']' '*' a property name or 'root'. Literals cannot be indexed.
    if (!lastIs({TokenKind::EndParameter, TokenKind::EndIndex, TokenKind::PropertyName, TokenKind::NamedValue,
                 TokenKind::UnknownKeyword, TokenKind::Wildcard})) {
        QString hint = QCoreApplication::translate(
            "RestGate::Expression::Parser", "'[' must follow something to index, like root['name'] or split(a, b)[0]");
        if (lastIs({TokenKind::String, TokenKind::Number, TokenKind::Boolean, TokenKind::Version}))
            hint = QCoreApplication::translate("RestGate::Expression::Parser", "literals cannot be indexed");
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, hint);
    }
    const int indexer = wrapInIndexer(m_token.index);
    m_containers.push_back(Container {indexer, m_token});
    return true;
}

bool Parser::handleDereference()
{
    if (!lastIs({TokenKind::EndParameter, TokenKind::EndIndex, TokenKind::PropertyName, TokenKind::NamedValue,
                 TokenKind::UnknownKeyword, TokenKind::Wildcard})) {
        QString hint = QCoreApplication::translate("RestGate::Expression::Parser",
                                                   "'.' must follow something with properties, like root.name");
        if (lastIs({TokenKind::String, TokenKind::Number, TokenKind::Boolean, TokenKind::Version}))
            hint = QCoreApplication::translate("RestGate::Expression::Parser", "literals have no properties");
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, hint);
    }
    const int indexer = wrapInIndexer(m_token.index);
    m_nodes[size_t(indexer)].dereference = true;
    if (!nextToken())
        return fail(ParseError::Kind::ExpectedPropertyName, &m_last,
                    QCoreApplication::translate("RestGate::Expression::Parser",
                                                "a property name must follow '.', like root.status"));
    Node name;
    name.type = Node::Type::Literal;
    name.start = m_token.index;
    name.end = m_token.end();
    if (m_token.kind == TokenKind::PropertyName) {
        name.literal = Value::fromString(m_token.raw);
    } else if (m_token.kind == TokenKind::Wildcard) {
        name.literal = Value::fromString(QStringLiteral("*"));
        m_nodes[size_t(indexer)].wildcard = true;
    } else {
        QString hint = QCoreApplication::translate("RestGate::Expression::Parser", "a property name must follow '.'");
        if (m_token.kind == TokenKind::Number || m_token.kind == TokenKind::Unrecognized
            || m_token.kind == TokenKind::UnknownKeyword)
            hint = QCoreApplication::translate(
                       "RestGate::Expression::Parser",
                       "'%1' cannot follow '.': names that are not identifiers need the indexer, like "
                       "root['%1']")
                       .arg(m_token.raw);
        else if (m_token.kind == TokenKind::StartIndex)
            hint = QCoreApplication::translate("RestGate::Expression::Parser",
                                               "write either root.name or root['name'], not both");
        else if (m_token.kind == TokenKind::Dereference)
            hint = QCoreApplication::translate(
                "RestGate::Expression::Parser",
                "'..' is not supported; recursive descent exists only inside jsonpath('$..name')");
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, hint);
    }
    const int child = addNode(std::move(name));
    m_nodes[size_t(indexer)].children.push_back(child);
    m_nodes[size_t(indexer)].end = m_token.end();
    return true;
}

bool Parser::handleWildcard()
{
    if (!lastIs({TokenKind::StartIndex}))
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token,
                    QCoreApplication::translate("RestGate::Expression::Parser",
                                                "'*' is only valid right after '[' or '.', as in root[*] or root.*"));
    Node star;
    star.type = Node::Type::Literal;
    star.start = m_token.index;
    star.end = m_token.end();
    star.literal = Value::fromString(QStringLiteral("*"));
    const int indexer = m_containers.back().node;
    const int child = addNode(std::move(star));
    m_nodes[size_t(indexer)].children.push_back(child);
    m_nodes[size_t(indexer)].wildcard = true;
    return true;
}

bool Parser::handleEndParameter()
{
    const Container *container = m_containers.empty() ? nullptr : &m_containers.back();
    if (!container || m_nodes[size_t(container->node)].type != Node::Type::Function)
        return fail(
            ParseError::Kind::UnexpectedSymbol, &m_token,
            container
                ? QCoreApplication::translate("RestGate::Expression::Parser", "')' cannot close '[': add ']' first")
                : QCoreApplication::translate("RestGate::Expression::Parser",
                                              "')' without a function call to close; there are no grouping "
                                              "parentheses"));
    const FunctionInfo &info = *container->token.function;
    const int count = int(m_nodes[size_t(container->node)].children.size());
    if (m_last.kind == TokenKind::Separator)
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token,
                    QCoreApplication::translate("RestGate::Expression::Parser", "an argument is missing after ','"));
    if (count < info.minArgs || count > info.maxArgs)
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token,
                    QCoreApplication::translate("RestGate::Expression::Parser",
                                                "wrong number of arguments: %1 takes %2, got %3")
                        .arg(info.name, arityText(info), QString::number(count)));
    m_nodes[size_t(container->node)].end = m_token.end();
    m_containers.pop_back();
    return true;
}

bool Parser::handleEndIndex()
{
    const Container *container = m_containers.empty() ? nullptr : &m_containers.back();
    const bool indexer = container && m_nodes[size_t(container->node)].type == Node::Type::Indexer;
    if (!indexer || m_nodes[size_t(container->node)].children.size() != 2) {
        QString hint = QCoreApplication::translate("RestGate::Expression::Parser", "']' without a matching '['");
        if (indexer)
            hint = QCoreApplication::translate("RestGate::Expression::Parser",
                                               "an indexer needs exactly one value, like root['name'] or root[0]");
        else if (container)
            hint = QCoreApplication::translate("RestGate::Expression::Parser",
                                               "']' cannot close a function call: add ')' first");
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, hint);
    }
    m_nodes[size_t(container->node)].end = m_token.end();
    m_containers.pop_back();
    return true;
}

bool Parser::handleSeparator()
{
    const Container *container = m_containers.empty() ? nullptr : &m_containers.back();
    if (!container || m_nodes[size_t(container->node)].type != Node::Type::Function)
        return fail(
            ParseError::Kind::UnexpectedSymbol, &m_token,
            container ? QCoreApplication::translate(
                "RestGate::Expression::Parser", "an indexer holds exactly one value; ',' separates function arguments")
                      : QCoreApplication::translate("RestGate::Expression::Parser",
                                                    "',' outside a function call: combine conditions with and(a, b)"));
    const FunctionInfo &info = *container->token.function;
    const int count = int(m_nodes[size_t(container->node)].children.size());
    if (count < 1 || m_last.kind == TokenKind::Separator)
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token,
                    QCoreApplication::translate("RestGate::Expression::Parser", "an argument is missing before ','"));
    if (count >= info.maxArgs)
        return fail(
            ParseError::Kind::UnexpectedSymbol, &m_token,
            QCoreApplication::translate("RestGate::Expression::Parser", "wrong number of arguments: %1 takes %2")
                .arg(info.name, arityText(info)));
    return true;
}

bool Parser::handleFunction()
{
    if (m_hasLast && !lastIs({TokenKind::Separator, TokenKind::StartIndex, TokenKind::StartParameter}))
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, misplacedValueHint(m_token));
    const Token name = m_token;
    if (!nextToken() || m_token.kind != TokenKind::StartParameter)
        return fail(ParseError::Kind::ExpectedStartParameter, &m_last,
                    QCoreApplication::translate("RestGate::Expression::Parser", "%1 is a function: write %2")
                        .arg(name.raw, name.function->signature));
    Node node;
    node.type = Node::Type::Function;
    node.function = name.function->id;
    node.name = name.raw;
    node.start = name.index;
    node.end = m_token.end();
    const int index = addNode(std::move(node));
    addValue(index);
    m_containers.push_back(Container {index, name});
    return true;
}

bool Parser::handleValue()
{
    if (m_hasLast && !lastIs({TokenKind::StartIndex, TokenKind::StartParameter, TokenKind::Separator}))
        return fail(ParseError::Kind::UnexpectedSymbol, &m_token, misplacedValueHint(m_token));
    Node node;
    node.start = m_token.index;
    node.end = m_token.end();
    if (m_token.kind == TokenKind::NamedValue) {
        node.type = Node::Type::NamedValue;
        node.name = m_token.raw;
    } else {
        node.type = Node::Type::Literal;
        node.literal = m_token.value;
    }
    addValue(addNode(std::move(node)));
    return true;
}

ParseResult Parser::run()
{
    ParseResult result;
    result.program.expression = m_expression;
    if (m_expression.size() > MaxLength) {
        failLimit(
            ParseError::Kind::ExceededMaxLength, MaxLength + 1, int(m_expression.size()) - MaxLength,
            QCoreApplication::translate("RestGate::Expression::Parser",
                                        "the expression is %1 characters long; the limit is %2 (whitespace included)")
                .arg(m_expression.size())
                .arg(MaxLength));
        result.error = m_error;
        return result;
    }
    bool ok = true;
    while (ok && nextToken()) {
        switch (m_token.kind) {
        case TokenKind::StartIndex:
            ok = handleStartIndex();
            break;
        case TokenKind::EndIndex:
            ok = handleEndIndex();
            break;
        case TokenKind::EndParameter:
            ok = handleEndParameter();
            break;
        case TokenKind::Separator:
            ok = handleSeparator();
            break;
        case TokenKind::Dereference:
            ok = handleDereference();
            break;
        case TokenKind::Wildcard:
            ok = handleWildcard();
            break;
        case TokenKind::WellKnownFunction:
        case TokenKind::ExtensionFunction:
            ok = handleFunction();
            break;
        case TokenKind::Boolean:
        case TokenKind::Number:
        case TokenKind::Version:
        case TokenKind::String:
        case TokenKind::NamedValue:
            ok = handleValue();
            break;
        case TokenKind::UnknownKeyword:
        case TokenKind::Unrecognized:
            ok = fail(ParseError::Kind::UnrecognizedValue, &m_token, unrecognizedHint(m_token));
            break;
        case TokenKind::StartParameter:
            ok = fail(
                ParseError::Kind::UnexpectedSymbol, &m_token,
                QCoreApplication::translate("RestGate::Expression::Parser",
                                            "'(' may only follow a function name; there are no grouping parentheses"));
            break;
        case TokenKind::PropertyName:
            ok = fail(ParseError::Kind::UnexpectedSymbol, &m_token, {});
            break;
        }
        if (ok && int(m_containers.size()) >= MaxDepth)
            ok = failLimit(
                ParseError::Kind::ExceededMaxDepth, m_token.index + 1, std::max(1, int(m_token.raw.size())),
                QCoreApplication::translate("RestGate::Expression::Parser",
                                            "functions and indexers are nested %1 deep; at most %2 may be open at once")
                    .arg(MaxDepth)
                    .arg(MaxDepth - 1));
    }
    if (ok && !m_containers.empty()) {
        const Container &container = m_containers.back();
        if (m_nodes[size_t(container.node)].type == Node::Type::Function)
            fail(ParseError::Kind::UnclosedFunction, &container.token,
                 QCoreApplication::translate("RestGate::Expression::Parser", "%1( is never closed: add ')'")
                     .arg(container.token.raw));
        else
            fail(ParseError::Kind::UnclosedIndexer, &container.token,
                 QCoreApplication::translate("RestGate::Expression::Parser", "'[' is never closed: add ']'"));
    }
    result.error = m_error;
    if (!result.error.isError()) {
        result.program.nodes = std::move(m_nodes);
        result.program.root = m_root;
    }
    return result;
}

} // namespace

ParseResult parse(const QString &expression)
{
    return Parser(expression).run();
}

} // namespace RestGate::Expression
