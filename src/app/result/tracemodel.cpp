#include "app/result/tracemodel.h"

#include "app/widgets/darkpalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

#include <vector>

namespace RestGate {

namespace {

constexpr qsizetype maxLabelChars = 120;

QString label(const Expression::TraceNode &node)
{
    const QString text = node.text.simplified();
    if (text.size() <= maxLabelChars)
        return text;
    if (node.type == Expression::TraceNode::Type::Function)
        return node.label + QStringLiteral("(\u2026)");
    if (!node.path.isEmpty() && node.path.size() <= maxLabelChars)
        return node.path;
    return text.left(maxLabelChars - 1) + QChar(0x2026);
}

} // namespace

TraceModel::TraceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TraceModel::setTrace(const Expression::Trace &trace)
{
    beginResetModel();
    m_trace = trace;
    m_rows = QList<Row>(trace.nodes.size());
    m_top.clear();
    if (trace.root >= 0 && trace.root < trace.nodes.size()) {
        // Iterative: an indexer chain can be thousands of links long.
        std::vector<std::pair<int, int>> pending {{trace.root, -1}}; // (node, shown parent)
        while (!pending.empty()) {
            const auto [index, parent] = pending.back();
            pending.pop_back();
            const Expression::TraceNode &node = trace.nodes.at(index);
            Row &row = m_rows[index];
            row.skipped = node.skipped || (parent >= 0 && m_rows.at(parent).skipped);
            int shownParent = parent;
            if (node.type != Expression::TraceNode::Type::Literal || !node.error.isEmpty()) {
                QList<int> &siblings = parent >= 0 ? m_rows[parent].children : m_top;
                row.shown = true;
                row.parent = parent;
                row.row = int(siblings.size());
                siblings.append(index);
                shownParent = index;
            }
            for (qsizetype i = node.children.size(); i-- > 0;) {
                const int child = node.children.at(i);
                if (child >= 0 && child < trace.nodes.size())
                    pending.emplace_back(child, shownParent);
            }
        }
    }
    endResetModel();
}

const QList<int> &TraceModel::childrenOf(int node) const
{
    return node < 0 ? m_top : m_rows.at(node).children;
}

int TraceModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex TraceModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_rows.size() || !m_rows.at(node).shown)
        return {};
    return createIndex(m_rows.at(node).row, 0, quintptr(node));
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const QList<int> &children = childrenOf(nodeAt(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_rows.at(nodeAt(child)).parent);
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(nodeAt(parent)).size());
}

int TraceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int nodeIndex = nodeAt(index);
    const Expression::TraceNode &node = m_trace.nodes.at(nodeIndex);
    const bool skipped = m_rows.at(nodeIndex).skipped;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ExpressionColumn:
            return label(node);
        case ValueColumn:
            if (skipped) {
                return node.skipReason.isEmpty() ? tr("skipped") : tr("skipped: %1").arg(node.skipReason);
            }
            if (!node.error.isEmpty())
                return node.errorOrigin ? QStringLiteral("\u2717 ") + node.error : tr("\u2717 failed");
            if (!node.evaluated)
                return tr("not evaluated");
            return node.value;
        case TypeColumn:
            return skipped ? QString() : node.kind;
        }
        return {};
    case Qt::ToolTipRole: {
        // The columns elide long text: the tooltip carries all of it.
        if (index.column() == ValueColumn && node.evaluated && !skipped && node.error.isEmpty())
            return node.value;
        QStringList lines {node.text};
        if (!node.path.isEmpty())
            lines.append(tr("Reads %1 from the response").arg(node.path));
        if (!node.error.isEmpty())
            lines.append(node.error);
        if (!node.skipReason.isEmpty())
            lines.append(node.skipReason);
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (skipped || !node.evaluated)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (!node.error.isEmpty())
            // A red that stays readable on a dark base as on a light one.
            return isDarkPalette(QApplication::palette()) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::DecorationRole:
        if (index.column() == ExpressionColumn && node.errorOrigin)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (skipped)
            return tr("skipped");
        if (!node.error.isEmpty())
            return tr("error");
        return {};
    case PathRole:
        return node.path;
    case SkippedRole:
        return skipped;
    case ErrorRole:
        return node.error;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExpressionColumn:
        return tr("Expression");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace RestGate
