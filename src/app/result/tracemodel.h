#pragma once

#include "core/expression/trace.h"

#include <QAbstractItemModel>
#include <QList>

namespace RestGate {

/// The evaluation trace of a success criteria as a tree: each sub-expression with its value and type. Branches the
/// server would not evaluate (short-circuit) are greyed and say why; the node that raised an error and the ones it
/// passed through are marked. Literals are left out, as in the CLI's --trace: their value is their text.
class TraceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceModel)

public:
    enum Columns
    {
        ExpressionColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Roles
    {
        PathRole = Qt::UserRole + 1, ///< root['a'][0] for nodes that read the body, else empty
        SkippedRole, ///< bool: the server would not evaluate this node
        ErrorRole, ///< the evaluation error on this node (empty when none)
    };

    explicit TraceModel(QObject *parent = nullptr);

    void setTrace(const Expression::Trace &trace);
    const Expression::Trace &trace() const { return m_trace; }
    /// The model index of trace node `node` (invalid when it is not shown).
    QModelIndex indexOfNode(int node) const;
    /// The trace node a model index shows (-1 for none).
    int nodeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int parent = -1; ///< shown parent (trace node), -1 at the top
        int row = 0;
        QList<int> children; ///< shown children (trace nodes)
        bool shown = false;
        bool skipped = false; ///< itself or an ancestor skipped
    };

    const QList<int> &childrenOf(int node) const;

    Expression::Trace m_trace;
    QList<Row> m_rows; ///< by trace node
    QList<int> m_top; ///< shown top-level trace nodes
};

} // namespace RestGate
