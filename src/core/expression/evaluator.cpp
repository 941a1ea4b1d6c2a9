#include "core/expression/evaluator.h"

#include "core/expression/jsonpath.h"

#include <QCoreApplication>

#include <variant>

namespace RestGate::Expression {

QString jsonQuote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u") + QStringLiteral("%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

namespace {

qint64 bytesOf(const QString &text)
{
    return 26 + 2 * qint64(text.size());
}

/// The engine's message when intermediate results exceed MaxMemory. It names the expression of the node that
/// counted (the whole expression for the evaluation-wide budget), rendered only when the limit is hit.
EvaluationError memoryExceeded(const Program &program, int node)
{
    return EvaluationError {QStringLiteral("The maximum allowed memory size was exceeded while evaluating the "
                                           "following expression: %1")
                                .arg(program.canonical(node))};
}

/// EvaluationMemory: bytes held at each depth of the tree; finishing a simple value frees what its subtree held.
class EvaluationMemory
{
public:
    EvaluationMemory(qint64 maxBytes, const Program &program)
        : m_max(maxBytes)
        , m_program(program)
    {
    }

    void add(int depth, qint64 bytes, bool trimDepth)
    {
        if (trimDepth) {
            for (; m_maxActiveDepth > depth; --m_maxActiveDepth) {
                m_total -= m_depths[size_t(m_maxActiveDepth)];
                m_depths[size_t(m_maxActiveDepth)] = 0;
            }
        }
        if (depth > m_maxActiveDepth) {
            if (m_depths.size() <= size_t(depth))
                m_depths.resize(size_t(depth) + 1, 0);
            m_maxActiveDepth = depth;
        }
        m_depths[size_t(depth)] += bytes;
        m_total += bytes;
        if (m_total > m_max)
            throw memoryExceeded(m_program, m_program.root);
    }

private:
    qint64 m_max;
    const Program &m_program;
    std::vector<qint64> m_depths;
    int m_maxActiveDepth = -1;
    qint64 m_total = 0;
};

/// MemoryCounter: the budget of one function building a string (format, join, convertToJson).
class MemoryCounter
{
public:
    MemoryCounter(qint64 maxBytes, const Program &program, int node)
        : m_max(maxBytes)
        , m_program(program)
        , m_node(node)
    {
    }
    void add(const QString &text) { add(bytesOf(text)); }
    void add(qint64 bytes)
    {
        m_current += bytes;
        if (m_current > m_max)
            throw memoryExceeded(m_program, m_node);
    }

private:
    qint64 m_max;
    const Program &m_program;
    int m_node;
    qint64 m_current = 0;
};

QString quotePathKey(const QString &key)
{
    return QStringLiteral("['") + QString(key).replace(u'\'', QStringLiteral("''")) + QStringLiteral("']");
}

class Evaluator
{
public:
    Evaluator(const Program &program, const Json::Value &root, const EvaluationOptions &options, Trace &trace)
        : m_program(program)
        , m_root(root)
        , m_options(options)
        , m_trace(trace)
        , m_memory(options.maxMemory, program)
    {
    }

    Value eval(int index, int level);
    int errorNode() const { return m_errorNode; }

private:
    const Node &node(int index) const { return m_program.nodes[size_t(index)]; }

    /// Marks a branch the server does not evaluate. The reason goes on its top node only.
    void skip(int index, const QString &reason)
    {
        // Iterative: a branch can be a chain of thousands of indexers (root.a.a.a...).
        std::vector<int> pending {index};
        while (!pending.empty()) {
            const int i = pending.back();
            pending.pop_back();
            TraceNode &t = m_trace.nodes[i];
            if (t.evaluated)
                continue;
            t.skipped = true;
            if (i == index)
                t.skipReason = reason;
            pending.insert(pending.end(), node(i).children.begin(), node(i).children.end());
        }
    }
    void skipFrom(const Node &parent, size_t first, const QString &reason)
    {
        for (size_t i = first; i < parent.children.size(); ++i)
            skip(parent.children[i], reason);
    }

    /// Converts a value to String for `child`, blaming that child when it cannot be converted.
    static QString textOf(const Value &value, int child)
    {
        QString text;
        if (!value.tryToString(&text))
            throw EvaluationError {typeCastMessage(value, ValueKind::String), child};
        return text;
    }

    /// Evaluates one node's own work with the bookkeeping every node gets: trace, memory budget, error marking.
    template<typename Compute> Value finish(int index, int level, Compute compute);
    /// Marks `index` as failed with `error` (and the blamed node as the origin, the first time).
    void fail(int index, EvaluationError &error);

    Value function(const Node &n, int index, int level);
    Value indexer(const Node &n, int index, int level, const Value &object);
    Value format(const Node &n, int index, int level);
    Value join(const Node &n, int index, int level);
    Value convertToJson(const Node &n, int index, int level);

    /// Calls `visit(item)` for the items of an array-like collection or the values of a JSON object, until it
    /// returns true.
    template<typename Visit> bool forEachItem(const Value &collection, Visit visit) const
    {
        if (collection.collection()) {
            for (qsizetype i = 0; i < collection.collectionSize(); ++i) {
                if (visit(collection.item(i)))
                    return true;
            }
            return false;
        }
        const Json::Value &json = collection.json();
        if (json.isArray()) {
            for (const Json::Value element : json.elements()) {
                if (visit(Value::fromJson(element)))
                    return true;
            }
            return false;
        }
        for (const Json::Member &member : Json::uniqueMembers(json)) {
            if (visit(Value::fromJson(member.value())))
                return true;
        }
        return false;
    }

    const Program &m_program;
    Json::Value m_root;
    const EvaluationOptions &m_options;
    Trace &m_trace;
    EvaluationMemory m_memory;
    int m_errorNode = -1;
};

template<typename Compute> Value Evaluator::finish(int index, int level, Compute compute)
{
    m_trace.nodes[index].evaluated = true;
    Value value;
    try {
        value = compute();
        const bool simple = value.kind() != ValueKind::Array && value.kind() != ValueKind::Object;
        m_memory.add(level, value.kind() == ValueKind::String ? bytesOf(value.string()) : 24, simple);
    } catch (EvaluationError &error) {
        fail(index, error);
        throw;
    }
    TraceNode &t = m_trace.nodes[index];
    t.value = value.displayText();
    t.kind = kindName(value.kind());
    return value;
}

void Evaluator::fail(int index, EvaluationError &error)
{
    if (m_errorNode < 0) {
        m_errorNode = error.node >= 0 ? error.node : index;
        m_trace.nodes[m_errorNode].errorOrigin = true;
        m_trace.nodes[m_errorNode].error = error.message;
    }
    m_trace.nodes[index].evaluated = true;
    m_trace.nodes[index].error = error.message;
    error.node = -1; // blamed once; outer nodes only pass it on
}

Value Evaluator::eval(int index, int level)
{
    const Node &n = node(index);
    switch (n.type) {
    case Node::Type::Literal:
        return finish(index, level, [&] { return n.literal; });
    case Node::Type::NamedValue:
        m_trace.nodes[index].path = QString::fromUtf16(rootName);
        return finish(index, level, [&] { return Value::fromJson(m_root); });
    case Node::Type::Function:
        return finish(index, level, [&] { return function(n, index, level); });
    case Node::Type::Indexer:
        break;
    }
    // A chain of indexers (root.a.b[0]...) is walked in a loop, not by recursion: dereferences open no container, so
    // the depth limit does not bound how long a chain can be.
    std::vector<int> chain;
    for (int i = index; node(i).type == Node::Type::Indexer; i = node(i).children.at(0))
        chain.push_back(i);
    size_t k = chain.size();
    Value current;
    try {
        current = eval(node(chain.back()).children.at(0), level + int(chain.size()));
        while (k > 0) {
            --k;
            const int link = chain[k];
            current = finish(link, level + int(k), [&] { return indexer(node(link), link, level + int(k), current); });
        }
    } catch (EvaluationError &error) {
        for (size_t j = 0; j < k; ++j)
            fail(chain[j], error);
        throw;
    }
    return current;
}

Value Evaluator::indexer(const Node &n, int index, int level, const Value &object)
{
    // The legacy indexer (EvaluationOptions.UseCollectionInterfaces off): only JSON arrays and objects are indexed,
    // and the index is evaluated only then.
    const int objectNode = n.children.at(0);
    const int keyNode = n.children.at(1);
    const QString basePath = m_trace.nodes[objectNode].path;
    QString path;
    Value result;
    if (object.kind() == ValueKind::Array && object.isArrayLike()) {
        const Value key = eval(keyNode, level + 1);
        std::optional<Decimal> position;
        if (key.kind() == ValueKind::Number) {
            position = key.number();
        } else if (key.kind() == ValueKind::String && !key.string().isEmpty()) {
            Decimal number;
            if (key.tryToNumber(&number))
                position = number;
        }
        const qsizetype size = object.collectionSize();
        if (position && !position->isNegative() && position->isInteger()) {
            const std::optional<qint64> i = position->toInt64();
            if (i && *i < size) {
                result = object.item(*i);
                if (!basePath.isEmpty())
                    path = basePath + u'[' + QString::number(*i) + u']';
            }
        }
    } else if (object.kind() == ValueKind::Object && object.json().isObject()) {
        const Value key = eval(keyNode, level + 1);
        QString name;
        if (key.tryToString(&name)) {
            // JObject's indexer: exact, case-sensitive; the last of duplicate keys wins.
            result = Value::fromJson(object.json().member(QStringView(name)));
            if (!basePath.isEmpty())
                path = basePath + quotePathKey(name);
        }
    } else {
        skip(keyNode,
             QCoreApplication::translate("RestGate::Expression::Evaluator",
                                         "%1 cannot be indexed, so the result is null")
                 .arg(object.displayText(40)));
    }
    m_trace.nodes[index].path = path;
    return result;
}

Value Evaluator::function(const Node &n, int index, int level)
{
    const std::vector<int> &c = n.children;
    const int next = level + 1;
    const auto arg = [&](size_t i) { return eval(c[i], next); };
    // A conversion that fails is blamed on the argument that would not convert.
    const auto stringArg = [&](size_t i) { return textOf(eval(c[i], next), c[i]); };
    switch (n.function) {
    case Function::And:
        for (size_t i = 0; i < c.size(); ++i) {
            if (!arg(i).toBoolean()) {
                skipFrom(n, i + 1,
                         QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                     "and() stops at the first false argument"));
                return Value::fromBool(false);
            }
        }
        return Value::fromBool(true);
    case Function::Or:
        for (size_t i = 0; i < c.size(); ++i) {
            if (arg(i).toBoolean()) {
                skipFrom(n, i + 1,
                         QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                     "or() stops at the first true argument"));
                return Value::fromBool(true);
            }
        }
        return Value::fromBool(false);
    case Function::Not:
        return Value::fromBool(!arg(0).toBoolean());
    case Function::Xor: {
        const bool a = arg(0).toBoolean();
        const bool b = arg(1).toBoolean();
        return Value::fromBool(a != b);
    }
    case Function::Eq:
    case Function::Ne: {
        const Value left = arg(0);
        const Value right = arg(1);
        const bool equal = left.equals(right);
        return Value::fromBool(n.function == Function::Eq ? equal : !equal);
    }
    case Function::Gt:
    case Function::Ge:
    case Function::Lt:
    case Function::Le: {
        const Value left = arg(0);
        const Value right = arg(1);
        int order = 0;
        try {
            order = left.compareTo(right);
        } catch (EvaluationError &error) {
            // Null/Array/Object on the left convert to Number first; only arrays and objects fail there.
            const bool leftFailed = left.kind() == ValueKind::Array || left.kind() == ValueKind::Object;
            error.node = c[leftFailed ? 0 : 1];
            throw;
        }
        switch (n.function) {
        case Function::Gt:
            return Value::fromBool(order > 0);
        case Function::Ge:
            return Value::fromBool(order >= 0);
        case Function::Lt:
            return Value::fromBool(order < 0);
        default:
            return Value::fromBool(order <= 0);
        }
    }
    case Function::In:
    case Function::NotIn: {
        const Value needle = arg(0);
        for (size_t i = 1; i < c.size(); ++i) {
            if (needle.equals(arg(i))) {
                skipFrom(n, i + 1, QStringLiteral("%1() stops at the first match").arg(n.name));
                return Value::fromBool(n.function == Function::In);
            }
        }
        return Value::fromBool(n.function == Function::NotIn);
    }
    case Function::ContainsValue: {
        const Value collection = arg(0);
        if (!collection.isCollection()) {
            skip(
                c[1],
                QCoreApplication::translate("RestGate::Expression::Evaluator",
                                            "the first argument is not an array or an object, so the result is false"));
            return Value::fromBool(false);
        }
        const Value needle = arg(1);
        // The needle is the left operand: each item is converted to the needle's kind.
        return Value::fromBool(forEachItem(collection, [&](const Value &item) { return needle.equals(item); }));
    }
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith: {
        const QString text = toUpperInvariant(stringArg(0));
        const QString part = toUpperInvariant(stringArg(1));
        if (n.function == Function::Contains)
            return Value::fromBool(text.contains(part, Qt::CaseSensitive));
        if (n.function == Function::StartsWith)
            return Value::fromBool(text.startsWith(part, Qt::CaseSensitive));
        return Value::fromBool(text.endsWith(part, Qt::CaseSensitive));
    }
    case Function::Coalesce: {
        Value value;
        for (size_t i = 0; i < c.size(); ++i) {
            value = arg(i);
            const bool empty = value.isNull() || (value.kind() == ValueKind::String && value.string().isEmpty());
            if (!empty) {
                skipFrom(n, i + 1,
                         QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                     "coalesce() returns the first value that is not null or ''"));
                return value;
            }
        }
        return value;
    }
    case Function::Format:
        return format(n, index, level);
    case Function::Join:
        return join(n, index, level);
    case Function::Length: {
        const Value value = arg(0);
        switch (value.kind()) {
        case ValueKind::String:
            return Value::fromNumber(Decimal::fromInt64(value.string().size()));
        case ValueKind::Array:
            return Value::fromNumber(Decimal::fromInt64(value.collectionSize()));
        case ValueKind::Object:
            if (value.isCollection())
                return Value::fromNumber(Decimal::fromInt64(value.collectionSize()));
            break;
        default:
            break;
        }
        throw EvaluationError {QStringLiteral("Kind '%1' not supported. Only arrays, strings, dictionaries, or "
                                              "collections are supported for the length function.")
                                   .arg(kindName(value.kind()))};
    }
    case Function::Lower:
        return Value::fromString(toLowerInvariant(stringArg(0)));
    case Function::Upper:
        return Value::fromString(toUpperInvariant(stringArg(0)));
    case Function::Replace: {
        const QString text = stringArg(0);
        const QString before = stringArg(1);
        if (before.isEmpty()) {
            if (c.size() > 2)
                skip(c[2],
                     QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                 "the text to replace is empty, so replace() returns its input"));
            return Value::fromString(text);
        }
        const QString after = c.size() > 2 ? stringArg(2) : QString();
        return Value::fromString(QString(text).replace(before, after, Qt::CaseSensitive));
    }
    case Function::Split: {
        const QString text = stringArg(0);
        const QString separator = stringArg(1);
        if (!separator.isEmpty())
            return Value::fromStrings(text.split(separator, Qt::KeepEmptyParts, Qt::CaseSensitive));
        // String.Split with only empty separators splits at every whitespace character.
        QStringList parts;
        QString current;
        for (QChar ch : text) {
            if (isDotNetWhiteSpace(ch.unicode())) {
                parts.append(current);
                current.clear();
            } else {
                current += ch;
            }
        }
        parts.append(current);
        return Value::fromStrings(parts);
    }
    case Function::ConvertToJson:
        return convertToJson(n, index, level);
    case Function::Trim:
        return Value::fromString(stringArg(0).trimmed());
    case Function::Iif: {
        const bool condition = arg(0).toBoolean();
        const size_t chosen = condition ? 1 : 2;
        const size_t other = condition ? 2 : 1;
        if (other < c.size())
            skip(c[other],
                 condition ? QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                         "iif() takes the second argument when the condition is true")
                           : QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                         "iif() takes the third argument when the condition is false"));
        return chosen < c.size() ? arg(chosen) : Value();
    }
    case Function::Count: {
        // Not public: count() of an array (or jsonpath result) is its length, of an object its property count,
        // of null 0. Counting a string or a number is almost certainly a mistake in the criteria, so it fails
        // loudly instead of guessing.
        const Value value = arg(0);
        if (value.isNull())
            return Value::fromNumber(Decimal());
        if (value.isCollection())
            return Value::fromNumber(Decimal::fromInt64(value.collectionSize()));
        const QString got = value.kind() == ValueKind::Object
            ? value.displayText(40) // undefined
            : kindName(value.kind()) + u' ' + value.formatForMessage();
        throw EvaluationError {QStringLiteral("count() needs an array or an object; got %1").arg(got)};
    }
    case Function::JsonPath: {
        const QString path = stringArg(0);
        std::vector<Json::Value> tokens;
        QString error;
        if (!JsonPath::select(m_root, path, &tokens, &error))
            throw EvaluationError {error};
        return Value::fromTokens(std::move(tokens));
    }
    }
    return Value();
}

Value Evaluator::format(const Node &n, int index, int level)
{
    const std::vector<int> &c = n.children;
    const QString pattern = textOf(eval(c[0], level + 1), c[0]);
    const int argumentCount = int(c.size()) - 1;
    const auto invalid = [&] {
        return EvaluationError {QStringLiteral("The following format string is invalid: %1").arg(pattern)};
    };
    // First the whole pattern is checked (FormatNode), then the referenced arguments are evaluated in order.
    struct Argument
    {
        int index;
        QString specifiers;
    };
    std::vector<std::variant<QString, Argument>> segments;
    const qsizetype length = pattern.size();
    const auto charAt = [&](qsizetype i) { return i < length ? pattern[i] : QChar(); };
    qsizetype start = 0;
    while (start < length) {
        const qsizetype lbrace = pattern.indexOf(u'{', start);
        qsizetype rbrace = pattern.indexOf(u'}', start);
        if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
            if (charAt(lbrace + 1) == u'{') {
                segments.emplace_back(pattern.mid(start, lbrace - start + 1));
                start = lbrace + 2;
                continue;
            }
            if (rbrace <= lbrace + 1)
                throw invalid();
            // Argument index: .NET digits, then byte.TryParse (0..255).
            qsizetype digits = 0;
            while (charAt(lbrace + 1 + digits).isDigit())
                ++digits;
            if (digits == 0)
                throw invalid();
            bool ok = false;
            const QString indexText = pattern.mid(lbrace + 1, digits);
            const bool ascii = std::all_of(indexText.cbegin(), indexText.cend(),
                                           [](QChar d) { return d.unicode() >= u'0' && d.unicode() <= u'9'; });
            const int argument = indexText.toInt(&ok);
            if (!ascii || !ok || argument > 255)
                throw invalid();
            const qsizetype afterIndex = lbrace + 1 + digits;
            QString specifiers;
            if (charAt(afterIndex) == u':') {
                qsizetype i = afterIndex + 1;
                bool closed = false;
                while (i < length) {
                    if (pattern[i] != u'}') {
                        specifiers += pattern[i++];
                    } else if (charAt(i + 1) == u'}') {
                        specifiers += u'}';
                        i += 2;
                    } else {
                        closed = true;
                        rbrace = i;
                        break;
                    }
                }
                if (!closed)
                    throw invalid();
            } else if (charAt(afterIndex) == u'}') {
                rbrace = afterIndex;
            } else {
                throw invalid();
            }
            if (argument > argumentCount - 1)
                throw EvaluationError {QStringLiteral("The following format string references more arguments than "
                                                      "were supplied: %1")
                                           .arg(pattern)};
            if (lbrace > start)
                segments.emplace_back(pattern.mid(start, lbrace - start));
            segments.emplace_back(Argument {argument, specifiers});
            start = rbrace + 1;
        } else if (rbrace >= 0) {
            if (charAt(rbrace + 1) != u'}')
                throw invalid();
            segments.emplace_back(pattern.mid(start, rbrace - start + 1));
            start = rbrace + 2;
        } else {
            segments.emplace_back(pattern.mid(start));
            break;
        }
    }
    MemoryCounter counter(m_options.maxMemory, m_program, index);
    std::vector<std::optional<std::pair<Value, QString>>> cache(size_t(std::max(argumentCount, 0)));
    QString result;
    for (const auto &segment : segments) {
        if (const QString *text = std::get_if<QString>(&segment)) {
            if (!text->isEmpty()) {
                counter.add(*text);
                result += *text;
            }
            continue;
        }
        const Argument &argument = std::get<Argument>(segment);
        auto &cached = cache[size_t(argument.index)];
        if (!cached) {
            const int child = c[size_t(argument.index) + 1];
            const Value value = eval(child, level + 1);
            cached.emplace(value, textOf(value, child));
        }
        if (!argument.specifiers.isEmpty()) {
            // Specifiers are for DateTime values only, which a parsed body never produces here.
            throw EvaluationError {QStringLiteral("The format specifiers '%1' are not valid for objects of type '%2'")
                                       .arg(argument.specifiers, kindName(cached->first.kind()))};
        }
        if (!cached->second.isEmpty())
            counter.add(cached->second);
        result += cached->second;
    }
    for (int i = 0; i < argumentCount; ++i) {
        if (!cache[size_t(i)])
            skip(c[size_t(i) + 1],
                 QCoreApplication::translate("RestGate::Expression::Evaluator",
                                             "format() evaluates only the arguments its pattern references"));
    }
    return Value::fromString(result);
}

Value Evaluator::join(const Node &n, int index, int level)
{
    const std::vector<int> &c = n.children;
    const Value items = eval(c[1], level + 1);
    if (!items.isArrayLike()) {
        skip(c[0],
             QCoreApplication::translate("RestGate::Expression::Evaluator",
                                         "the second argument is not an array, so no separator is needed"));
        QString text;
        return Value::fromString(items.tryToString(&text) ? text : QString());
    }
    const qsizetype count = items.collectionSize();
    if (count < 2)
        skip(c[0],
             QCoreApplication::translate("RestGate::Expression::Evaluator",
                                         "join() evaluates the separator only for two or more items"));
    if (count == 0)
        return Value::fromString(QString());
    MemoryCounter counter(m_options.maxMemory, m_program, index);
    QString result;
    QString separator;
    qsizetype position = 0;
    forEachItem(items, [&](const Value &item) {
        if (position == 1)
            separator = textOf(eval(c[0], level + 1), c[0]);
        if (position > 0) {
            counter.add(separator);
            result += separator;
        }
        QString text;
        if (item.tryToString(&text)) {
            counter.add(text);
            result += text;
        }
        ++position;
        return false;
    });
    return Value::fromString(result);
}

Value Evaluator::convertToJson(const Node &n, int index, int level)
{
    MemoryCounter counter(m_options.maxMemory, m_program, index);
    QString out;
    const auto write = [&](const QString &text) {
        counter.add(text);
        out += text;
    };
    struct Enumerator
    {
        Value container;
        bool object = false;
        QList<Json::Member> members; ///< JSON object properties (unique, like JObject)
        Json::Value::ElementIterator element; ///< JSON array position
        qsizetype position = -1; ///< index of the current item
        qsizetype size = 0;
    };
    std::vector<Enumerator> ancestors;
    const auto prefix = [&](const QString &text, bool key) -> QString {
        if (ancestors.empty())
            return text;
        const Enumerator &parent = ancestors.back();
        if (!key && parent.object)
            return QStringLiteral(": ") + text;
        return (parent.position == 0 ? QString() : QStringLiteral(",")) + u'\n'
            + QString(int(ancestors.size()) * 2, u' ') + text;
    };
    const auto writeValue = [&](const Value &value) {
        QString text;
        switch (value.kind()) {
        case ValueKind::Array:
        case ValueKind::Object:
            text = QStringLiteral("{}"); // a value the engine cannot traverse
            break;
        case ValueKind::Boolean:
            text = value.boolean() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case ValueKind::String:
        case ValueKind::Version:
            text = jsonQuote(value.toString());
            break;
        case ValueKind::Number:
            text = value.number().toString();
            break;
        case ValueKind::Null:
            text = QStringLiteral("null");
            break;
        }
        write(prefix(text, false));
    };
    // Moves the enumerator to its next item; returns false at the end. Writes the key of object members.
    const auto moveNext = [&](Enumerator &e, Value *item) {
        if (e.position + 1 >= e.size)
            return false;
        ++e.position;
        if (e.object) {
            const Json::Member &member = e.members.at(e.position);
            write(prefix(jsonQuote(member.name()), true));
            *item = Value::fromJson(member.value());
        } else if (e.container.collection()) {
            *item = e.container.item(e.position);
        } else {
            if (e.position > 0)
                ++e.element;
            *item = Value::fromJson(*e.element);
        }
        return true;
    };

    Value current = eval(n.children.at(0), level + 1);
    bool done = false;
    while (!done) {
        // Descend as far as possible.
        for (;;) {
            if (!current.isCollection()) {
                writeValue(current);
                break;
            }
            Enumerator e;
            e.container = current;
            e.object = !current.isArrayLike();
            if (e.object) {
                e.members = Json::uniqueMembers(current.json());
                e.size = e.members.size();
            } else {
                e.size = current.collectionSize();
                if (!current.collection())
                    e.element = current.json().elements().begin();
            }
            if (e.size == 0) {
                write(prefix(e.object ? QStringLiteral("{}") : QStringLiteral("[]"), false));
                break;
            }
            write(prefix(e.object ? QStringLiteral("{") : QStringLiteral("["), false));
            ancestors.push_back(std::move(e));
            moveNext(ancestors.back(), &current);
        }
        // Next sibling, or close containers on the way up.
        for (;;) {
            if (ancestors.empty()) {
                done = true;
                break;
            }
            if (moveNext(ancestors.back(), &current))
                break;
            const bool object = ancestors.back().object;
            ancestors.pop_back();
            write(u'\n' + QString(int(ancestors.size()) * 2, u' ') + (object ? u'}' : u']'));
        }
    }
    return Value::fromString(out);
}

void buildTrace(const Program &program, Trace &trace)
{
    trace.expression = program.expression;
    trace.root = program.root;
    trace.nodes.resize(qsizetype(program.nodes.size()));
    for (size_t i = 0; i < program.nodes.size(); ++i) {
        const Node &n = program.nodes[i];
        TraceNode &t = trace.nodes[qsizetype(i)];
        t.start = n.start;
        t.length = n.end - n.start;
        t.text = program.expression.mid(n.start, n.end - n.start);
        switch (n.type) {
        case Node::Type::Literal:
            t.type = TraceNode::Type::Literal;
            t.label = QStringLiteral("literal");
            break;
        case Node::Type::NamedValue:
            t.type = TraceNode::Type::NamedValue;
            t.label = n.name;
            break;
        case Node::Type::Function:
            t.type = TraceNode::Type::Function;
            t.label = n.name;
            break;
        case Node::Type::Indexer:
            t.type = TraceNode::Type::Indexer;
            t.label = QStringLiteral("indexer");
            break;
        }
        for (int child : n.children) {
            t.children.append(child);
            trace.nodes[child].parent = int(i);
        }
    }
}

} // namespace

Evaluation evaluate(const Program &program, const Json::Value &root, const EvaluationOptions &options)
{
    Evaluation evaluation;
    buildTrace(program, evaluation.trace);
    if (program.isEmpty()) {
        evaluation.ok = true;
        return evaluation;
    }
    Evaluator evaluator(program, root, options, evaluation.trace);
    try {
        evaluation.value = evaluator.eval(program.root, 0);
        evaluation.result = evaluation.value.toBoolean();
        evaluation.ok = true;
    } catch (const EvaluationError &error) {
        evaluation.error = error.message;
        evaluation.errorNode = evaluator.errorNode();
        for (int i = evaluation.errorNode; i >= 0; i = evaluation.trace.nodes[i].parent) {
            if (program.nodes[size_t(i)].type == Node::Type::Function) {
                evaluation.errorFunction = program.nodes[size_t(i)].name;
                break;
            }
        }
        for (TraceNode &t : evaluation.trace.nodes) {
            if (!t.evaluated && !t.skipped)
                t.skipReason = QCoreApplication::translate("RestGate::Expression::Evaluator",
                                                           "not reached: evaluation stopped at the error");
        }
    }
    return evaluation;
}

} // namespace RestGate::Expression
