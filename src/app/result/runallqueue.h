#pragma once

#include "core/result/runresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace RestGate {

class DesignDocument;

/// Run ▸ Run all tasks: the tasks of a design, sent one after another in their order, with each one's verdict,
/// status and duration as it completes. It decides what runs next and keeps the list; the window sends each task
/// the way Send does (credentials, Callback) and reports back with taskFinished().
class RunAllQueue final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunAllQueue)

public:
    enum Columns
    {
        TaskColumn,
        VerdictColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Roles
    {
        TaskKeyRole = Qt::UserRole + 1, ///< quint64: TaskConfig::instanceKey() of the row's task
        StateRole, ///< int (State)
    };
    enum class State
    {
        Pending,
        Running,
        Done,
        Skipped, ///< never sent: disabled, or deleted before its turn
        NotRun, ///< cancelled before its turn
    };

    explicit RunAllQueue(QObject *parent = nullptr);

    /// Lists the tasks of `document` and asks for the first one (runRequested, from the event loop).
    void start(const DesignDocument &document);
    bool isActive() const { return m_active; }
    /// The run of the task runRequested() asked for ended; `shown` is its display-safe copy (DryRunOutcome::shown).
    void taskFinished(const RunResult &result, const RunResult &shown);
    /// The task asked for can no longer be sent (it was deleted): listed as skipped with `reason`, and on to the next.
    void skipCurrent(const QString &reason);
    /// Stops after the task that is running (its run is cancelled by the window); the rest are not run.
    void cancel();
    /// Forgets the list: another design is open, and its tasks are not these. A run still reporting back after
    /// this is ignored (the queue is no longer active).
    void clear();

    State state(int row) const;
    /// The finished run of a row (an empty result while it has none), as received and as shown.
    RunResult result(int row) const;
    RunResult shownResult(int row) const;
    quint64 taskKey(int row) const;
    /// "3 passed, 1 failed, 1 skipped", or what is left while it runs.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Send the task with this instance key now.
    void runRequested(quint64 taskKey);
    /// Every row is done, skipped or not run.
    void finished();
    void summaryChanged(const QString &summary);

private:
    struct Entry
    {
        quint64 key = 0;
        QString name;
        State state = State::Pending;
        QString note; ///< why it was skipped or not run
        RunResult result;
        RunResult shown; ///< what the row's tooltip and the result panel show
    };

    void advance();
    void rowChanged(int row);

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_active = false;
};

} // namespace RestGate
