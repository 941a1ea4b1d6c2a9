#pragma once

#include "callback/callbackentry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace RestGate {

/// Everything the plan listener received during a Callback dry run, one row per request in the order it arrived,
/// with the check that matters most for each: what the timeline view lists.
class CallbackTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackTimelineModel)

public:
    enum Columns
    {
        SequenceColumn,
        TimeColumn,
        MethodColumn,
        KindColumn, ///< event, feed, log, timeline record, or what was wrong with the request
        StatusColumn, ///< what the listener answered
        SummaryColumn,
        CheckColumn, ///< the most severe check in plain words; all of them in the tool tip
        ColumnCount
    };
    enum Roles
    {
        SeverityRole = Qt::UserRole + 1, ///< the row's most severe CallbackCheck::Severity, as int
        SequenceRole, ///< CallbackEntry::sequence
    };

    explicit CallbackTimelineModel(QObject *parent = nullptr);
    ~CallbackTimelineModel() override;

    void clear();
    /// Appends @p entry, or replaces the row with its sequence number when the model has it already.
    void addEntry(const CallbackEntry &entry);
    /// Replaces everything, e.g. with the verdict's timeline, which is authoritative.
    void setEntries(const QList<CallbackEntry> &entries);
    const QList<CallbackEntry> &entries() const { return m_entries; }
    const CallbackEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Problem over warning over note over ok; Note when there are no checks.
    static CallbackCheck::Severity worstSeverity(const CallbackEntry &entry);
    /// The route kind in words: "event", "feed", "log (create)", "timeline record (update)", …
    static QString kindText(CallbackEntry::Kind kind);
    /// The result panel's green, amber and red, lightened on a dark palette; invalid for a note (the text colour).
    static QColor severityColor(CallbackCheck::Severity severity);

private:
    QList<CallbackEntry> m_entries;
};

} // namespace RestGate
