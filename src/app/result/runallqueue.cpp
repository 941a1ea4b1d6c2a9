#include "app/result/runallqueue.h"

#include "app/widgets/darkpalette.h"
#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"

#include <QColor>
#include <QGuiApplication>
#include <QTimer>

namespace RestGate {

RunAllQueue::RunAllQueue(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunAllQueue::start(const DesignDocument &document)
{
    if (m_active)
        return;
    beginResetModel();
    m_entries.clear();
    for (const TaskConfig &task : document.tasks) {
        Entry entry;
        entry.key = task.instanceKey();
        entry.name = PipelineExport::displayLabel(task);
        // As in a pipeline (and restgate-cli run): a disabled step does not run.
        if (!task.enabled) {
            entry.state = State::Skipped;
            entry.note = tr("disabled (enabled: false)");
        }
        m_entries.append(entry);
    }
    m_current = -1;
    m_active = true;
    endResetModel();
    Q_EMIT summaryChanged(summary());
    // From the event loop: the caller finishes connecting and updating its actions first.
    QTimer::singleShot(0, this, &RunAllQueue::advance);
}

void RunAllQueue::advance()
{
    if (!m_active)
        return;
    for (int row = m_current + 1; row < m_entries.size(); ++row) {
        if (m_entries.at(row).state != State::Pending)
            continue;
        m_current = row;
        m_entries[row].state = State::Running;
        rowChanged(row);
        Q_EMIT runRequested(m_entries.at(row).key);
        return;
    }
    m_current = -1;
    m_active = false;
    Q_EMIT summaryChanged(summary());
    Q_EMIT finished();
}

void RunAllQueue::taskFinished(const RunResult &result, const RunResult &shown)
{
    if (!m_active || m_current < 0)
        return;
    Entry &entry = m_entries[m_current];
    entry.state = State::Done;
    entry.result = result;
    entry.shown = shown;
    rowChanged(m_current);
    QTimer::singleShot(0, this, &RunAllQueue::advance);
}

void RunAllQueue::skipCurrent(const QString &reason)
{
    if (!m_active || m_current < 0)
        return;
    m_entries[m_current].state = State::Skipped;
    m_entries[m_current].note = reason;
    rowChanged(m_current);
    QTimer::singleShot(0, this, &RunAllQueue::advance);
}

void RunAllQueue::cancel()
{
    if (!m_active)
        return;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).state == State::Pending) {
            m_entries[row].state = State::NotRun;
            m_entries[row].note = tr("not run: cancelled");
            rowChanged(row);
        }
    }
    // The running task still reports its (cancelled) result; advance() then finds nothing left.
    if (m_current < 0)
        advance();
}

void RunAllQueue::clear()
{
    beginResetModel();
    m_entries.clear();
    m_current = -1;
    m_active = false;
    endResetModel();
}

RunAllQueue::State RunAllQueue::state(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).state : State::Pending;
}

RunResult RunAllQueue::result(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).result : RunResult();
}

RunResult RunAllQueue::shownResult(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).shown : RunResult();
}

quint64 RunAllQueue::taskKey(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : 0;
}

QString RunAllQueue::summary() const
{
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int left = 0;
    for (const Entry &entry : m_entries) {
        switch (entry.state) {
        case State::Done:
            ++(entry.result.passed() ? passed : failed);
            break;
        case State::Skipped:
        case State::NotRun:
            ++skipped;
            break;
        case State::Pending:
        case State::Running:
            ++left;
            break;
        }
    }
    QString text = tr("%1 passed, %2 not passed, %3 skipped").arg(passed).arg(failed).arg(skipped);
    if (left > 0)
        text += tr(" · %n to go", nullptr, left);
    return text;
}

void RunAllQueue::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT summaryChanged(summary());
}

int RunAllQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunAllQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunAllQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool done = entry.state == State::Done;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return entry.name;
        case VerdictColumn:
            switch (entry.state) {
            case State::Pending:
                return tr("waiting");
            case State::Running:
                return tr("running…");
            case State::Done:
                return RunResult::verdictWord(entry.result.verdict);
            case State::Skipped:
                return tr("SKIPPED: %1").arg(entry.note);
            case State::NotRun:
                return entry.note;
            }
            return {};
        case StatusColumn:
            if (!done)
                return {};
            return entry.result.status > 0 ? QString::number(entry.result.status) : tr("no response");
        case DurationColumn:
            return done ? tr("%1 ms").arg(entry.result.msTotal) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        // A reason may quote a secret the success criteria compares with.
        return done ? entry.shown.reasons.join(u'\n') : entry.note;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn && done) {
            // Colours that stay readable on a dark base as on a light one.
            const bool dark = isDarkPalette(QGuiApplication::palette());
            if (entry.result.passed())
                return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
            return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
        }
        return {};
    case TaskKeyRole:
        return entry.key;
    case StateRole:
        return int(entry.state);
    }
    return {};
}

QVariant RunAllQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case VerdictColumn:
        return tr("Verdict");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace RestGate
