#include "app/result/jsontreemodel.h"

#include "core/expression/completion.h"

#include <vector>

namespace RestGate {

namespace {

// Longer strings are shortened in the Value column; the tooltip shows more.
constexpr qsizetype maxShownChars = 200;
constexpr qsizetype maxToolTipChars = 2000;

QString kindName(Json::Kind kind)
{
    switch (kind) {
    case Json::Kind::Null:
        return QStringLiteral("Null");
    case Json::Kind::Boolean:
        return QStringLiteral("Boolean");
    case Json::Kind::Number:
        return QStringLiteral("Number");
    case Json::Kind::String:
        return QStringLiteral("String");
    case Json::Kind::Array:
        return QStringLiteral("Array");
    case Json::Kind::Object:
        return QStringLiteral("Object");
    case Json::Kind::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

// One line, no control characters: a view row must never turn into several lines or show raw escapes.
QString singleLine(const QString &text, qsizetype maxChars)
{
    QString shown = text.left(maxChars);
    for (QChar &c : shown) {
        if (c == u'\n')
            c = QChar(0x21B5); // ↵
        else if (c.unicode() < 0x20)
            c = QChar(0xFFFD);
    }
    if (text.size() > maxChars)
        shown += QChar(0x2026); // …
    return shown;
}

} // namespace

struct JsonTreeModel::Node
{
    Json::Value value;
    QString key; ///< member name (objects' children)
    qsizetype arrayIndex = -1; ///< element position (arrays' children)
    bool isRoot = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    qsizetype total = 0; ///< children it will have once all are fetched

    bool started = false;
    Json::Value::ElementIterator nextElement;
    QList<Json::Member> members; ///< objects: the JObject view, computed on the first fetch
    mutable QString shownValue; ///< decoded once: strings can be long
    mutable bool shownValueReady = false;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const Json::Document &document)
{
    beginResetModel();
    m_changing = true;
    m_document = document;
    m_root = std::make_unique<Node>();
    m_root->started = true;
    const Json::Value root = document.hasError() ? Json::Value() : document.root();
    if (root.isValid()) {
        auto node = std::make_unique<Node>();
        node->value = root;
        node->isRoot = true;
        node->parent = m_root.get();
        node->total = root.size();
        m_root->children.push_back(std::move(node));
        m_root->total = 1;
    }
    endResetModel();
    m_changing = false;
}

Json::Value JsonTreeModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->value : Json::Value();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *owner = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= owner->children.size())
        return {};
    return createIndex(row, column, owner->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    return nodeFor(parent)->total > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    return !m_changing && qsizetype(node->children.size()) < node->total;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.column() > 0)
        return;
    Node *node = nodeFor(parent);
    fetchUpTo(node, qsizetype(node->children.size()) + fetchBatch);
}

void JsonTreeModel::fetchUpTo(Node *node, qsizetype rows)
{
    if (!node->started) {
        node->started = true;
        if (node->value.isObject()) {
            node->members = Json::uniqueMembers(node->value);
            node->total = node->members.size();
        } else if (node->value.isArray()) {
            node->nextElement = node->value.elements().begin();
        }
    }
    const qsizetype from = qsizetype(node->children.size());
    const qsizetype to = std::min(rows, node->total);
    if (to <= from || m_changing)
        return;
    m_changing = true;
    beginInsertRows(indexFor(node), int(from), int(to - 1));
    node->children.reserve(size_t(to));
    for (qsizetype row = from; row < to; ++row) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(row);
        if (node->value.isObject()) {
            const Json::Member &member = node->members.at(row);
            child->key = member.name();
            child->value = member.value();
        } else {
            child->arrayIndex = row;
            child->value = *node->nextElement;
            ++node->nextElement;
        }
        child->total = child->value.size();
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    m_changing = false;
}

QString JsonTreeModel::pathOf(const Node *node) const
{
    QList<Json::PathStep> steps;
    for (; node && !node->isRoot && node != m_root.get(); node = node->parent)
        steps.prepend(Json::PathStep {node->key, node->arrayIndex});
    return Expression::rootPath(steps);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const Json::Value &value = node->value;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            if (node->isRoot)
                return QStringLiteral("root");
            if (node->arrayIndex >= 0)
                return QStringLiteral("[%1]").arg(node->arrayIndex);
            return singleLine(node->key, maxShownChars);
        case ValueColumn:
            switch (value.kind()) {
            case Json::Kind::String:
                if (!node->shownValueReady) {
                    node->shownValue = singleLine(value.toString(), maxShownChars);
                    node->shownValueReady = true;
                }
                return node->shownValue;
            case Json::Kind::Array:
                return value.size() == 1 ? tr("[1 item]") : tr("[%1 items]").arg(value.size());
            case Json::Kind::Object: {
                const qsizetype count = node->started ? node->total : value.size();
                return count == 1 ? tr("{1 property}") : tr("{%1 properties}").arg(count);
            }
            case Json::Kind::Undefined:
                return QStringLiteral("undefined");
            default:
                return QString::fromUtf8(value.rawText());
            }
        case TypeColumn:
            return kindName(value.kind());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && value.isString())
            return singleLine(value.toString(), maxToolTipChars);
        if (index.column() == KeyColumn)
            return pathOf(node);
        return {};
    case PathRole:
        return pathOf(node);
    case CriteriaRole:
        return Expression::criteriaFor(m_document, value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QModelIndex JsonTreeModel::indexForPath(const QList<Json::PathStep> &path)
{
    if (m_root->children.empty())
        return {};
    Node *node = m_root->children.front().get();
    for (const Json::PathStep &step : path) {
        qsizetype row = -1;
        if (step.index >= 0 && node->value.isArray()) {
            row = step.index;
        } else if (step.index < 0 && node->value.isObject()) {
            fetchUpTo(node, 0);
            for (qsizetype i = 0; i < node->members.size(); ++i) {
                if (node->members.at(i).name() == step.key) {
                    row = i;
                    break;
                }
            }
        }
        if (row < 0)
            return {};
        fetchUpTo(node, row + 1);
        if (row >= qsizetype(node->children.size()))
            return {};
        node = node->children[size_t(row)].get();
    }
    return indexFor(node);
}

std::optional<QList<Json::PathStep>> JsonTreeModel::parsePath(const QString &path)
{
    static const QString root = QStringLiteral("root");
    if (!path.startsWith(root))
        return std::nullopt;
    QList<Json::PathStep> steps;
    qsizetype i = root.size();
    const qsizetype n = path.size();
    while (i < n) {
        if (path.at(i) != u'[' || i + 1 >= n)
            return std::nullopt;
        ++i;
        if (path.at(i) == u'\'') {
            QString key;
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                if (path.at(i) == u'\'') {
                    if (i + 1 < n && path.at(i + 1) == u'\'') {
                        key += u'\'';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                key += path.at(i++);
            }
            steps.append(Json::PathStep {key, -1});
        } else {
            const qsizetype start = i;
            while (i < n && path.at(i).isDigit())
                ++i;
            bool ok = false;
            const qsizetype index = path.mid(start, i - start).toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            steps.append(Json::PathStep {QString(), index});
        }
        if (i >= n || path.at(i) != u']')
            return std::nullopt;
        ++i;
    }
    return steps;
}

} // namespace RestGate
