#pragma once

#include "runresult.h"

#include <QAbstractListModel>
#include <QList>

namespace RestGate {

/// The dry runs of one task, newest first: when, the HTTP status, the verdict and how long it took. Each row keeps
/// its whole RunResult so a past run can be shown again. Only the newest `maxRuns` are kept (bodies can be large).
class RunHistory final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistory)

public:
    enum Roles
    {
        StartedAtRole = Qt::UserRole + 1, ///< QDateTime (UTC)
        StatusRole, ///< int, 0 when no response arrived
        VerdictRole, ///< int (RunResult::Verdict)
        VerdictTextRole, ///< PASSED, FAILED, ...
        DurationRole, ///< qint64 milliseconds
    };

    static constexpr int maxRuns = 20;

    explicit RunHistory(QObject *parent = nullptr);

    /// Adds a finished run at the top (row 0), dropping the oldest past maxRuns.
    void add(const RunResult &result);
    RunResult result(int row) const;
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<RunResult> m_runs; ///< newest first
};

} // namespace RestGate
