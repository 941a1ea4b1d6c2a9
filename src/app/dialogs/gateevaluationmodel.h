#pragma once

#include "core/run/gatesimulator.h"

#include <QAbstractTableModel>
#include <QList>

namespace RestGate {

/// The evaluations of a gate simulation as a table: number, time since the start, verdict (with the plot's mark),
/// status, latency and the reason it failed. Rows are only ever appended while a simulation runs.
class GateEvaluationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateEvaluationModel)

public:
    enum Columns
    {
        NumberColumn,
        TimeColumn,
        VerdictColumn,
        StatusColumn,
        LatencyColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles
    {
        VerdictRole = Qt::UserRole + 1, ///< int (RunResult::Verdict)
        OffsetRole, ///< qint64: milliseconds since the start
    };

    explicit GateEvaluationModel(QObject *parent = nullptr);

    void clear();
    void append(const GateEvaluation &evaluation);
    const QList<GateEvaluation> &evaluations() const { return m_evaluations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GateEvaluation> m_evaluations;
};

} // namespace RestGate
