#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace RestGate {

/// The tasks of the open design, in pipeline order: select, add, duplicate, rename (F2 or double-click), delete and
/// reorder (drag, or Alt+Up/Down). It only asks; the window changes the document (undoably) and calls setTasks().
class TaskListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListPanel)

public:
    explicit TaskListPanel(QWidget *parent = nullptr);

    struct Entry
    {
        QString title;
        bool enabled = true;
    };
    /// Replaces the list; keeps `current` selected (-1: none) without emitting currentChanged.
    void setTasks(const QList<Entry> &tasks, int current);
    int currentRow() const;
    void setCurrentRow(int row);
    int count() const;
    QString titleAt(int row) const;
    QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void currentChanged(int row);
    void addRequested();
    void duplicateRequested(int row);
    void deleteRequested(int row);
    void renameRequested(int row, const QString &title);
    void moveRequested(int from, int to);

private:
    void updateButtons();

    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_filling = false;
};

} // namespace RestGate
