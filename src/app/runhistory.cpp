#include "runhistory.h"

namespace RestGate {

RunHistory::RunHistory(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RunHistory::add(const RunResult &result)
{
    if (m_runs.size() >= maxRuns) {
        beginRemoveRows({}, maxRuns - 1, int(m_runs.size()) - 1);
        m_runs.resize(maxRuns - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(result);
    endInsertRows();
}

RunResult RunHistory::result(int row) const
{
    return m_runs.value(row);
}

void RunHistory::clear()
{
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

int RunHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant RunHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunResult &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString time = run.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        const QString status = run.status > 0 ? QString::number(run.status) : tr("no response");
        return tr("%1 · %2 · %3 · %4 ms").arg(time, status, RunResult::verdictText(run.verdict)).arg(run.msTotal);
    }
    case Qt::ToolTipRole: {
        // Only the reasons are shown: the body (maybe megabytes) need not be masked for them.
        RunResult reasonsOnly = run;
        reasonsOnly.body.clear();
        return reasonsOnly.displaySafe().reasons.join(u'\n');
    }
    case StartedAtRole:
        return run.startedAt;
    case StatusRole:
        return run.status;
    case VerdictRole:
        return int(run.verdict);
    case VerdictTextRole:
        return RunResult::verdictText(run.verdict);
    case DurationRole:
        return run.msTotal;
    }
    return {};
}

} // namespace RestGate
