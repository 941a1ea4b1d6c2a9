#include "app/dialogs/gateevaluationmodel.h"

#include "app/widgets/gateplot.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace RestGate {

namespace {

QIcon markIcon(GatePlot::Mark mark)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    GatePlot::drawMark(painter, mark, QPointF(6, 6), 9);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

GateEvaluationModel::GateEvaluationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GateEvaluationModel::clear()
{
    beginResetModel();
    m_evaluations.clear();
    endResetModel();
}

void GateEvaluationModel::append(const GateEvaluation &evaluation)
{
    const int row = int(m_evaluations.size());
    beginInsertRows({}, row, row);
    m_evaluations.append(evaluation);
    endInsertRows();
}

int GateEvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evaluations.size());
}

int GateEvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GateEvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GateEvaluation &e = m_evaluations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return e.number;
        case TimeColumn:
            return QString(QStringLiteral("+") + GateSettings::formatDuration(e.offsetMs));
        case VerdictColumn:
            return RunResult::verdictText(e.verdict);
        case StatusColumn:
            return e.statusText.isEmpty() ? tr("no response") : e.statusText;
        case LatencyColumn:
            return tr("%1 ms").arg(e.latencyMs);
        case ReasonColumn:
            return e.failingReason;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return markIcon(GatePlot::markFor(e.verdict));
        return {};
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(e.failingReason) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == LatencyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VerdictRole:
        return int(e.verdict);
    case OffsetRole:
        return e.offsetMs;
    }
    return {};
}

QVariant GateEvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case VerdictColumn:
        return tr("Verdict");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case ReasonColumn:
        return tr("Why it failed");
    }
    return {};
}

} // namespace RestGate
