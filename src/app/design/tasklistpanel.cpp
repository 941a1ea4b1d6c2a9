#include "app/design/tasklistpanel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace RestGate {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &icon, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    // Without an icon theme (Windows, macOS, minimal desktops) the text keeps the button usable.
    button->setToolButtonStyle(QIcon::hasThemeIcon(icon) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TaskListPanel::TaskListPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(toolButton(this, QStringLiteral("list-add"), tr("+"), tr("Add task (Ctrl+T)")))
    , m_duplicate(toolButton(this, QStringLiteral("edit-copy"), tr("Dup"), tr("Duplicate task")))
    , m_delete(toolButton(this, QStringLiteral("list-remove"), tr("−"), tr("Delete task")))
    , m_up(toolButton(this, QStringLiteral("go-up"), tr("↑"), tr("Move task up (Alt+Up)")))
    , m_down(toolButton(this, QStringLiteral("go-down"), tr("↓"), tr("Move task down (Alt+Down)")))
{
    auto *title = new QLabel(tr("&Tasks"), this);
    title->setBuddy(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    for (QToolButton *button : {m_add, m_duplicate, m_delete, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setAccessibleName(tr("Tasks"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto addAction = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    addAction(tr("Rename"), QKeySequence(Qt::Key_F2), [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    addAction(tr("Duplicate"), QKeySequence(), [this] { Q_EMIT duplicateRequested(currentRow()); });
    addAction(tr("Delete"), QKeySequence::Delete, [this] {
        if (currentRow() >= 0)
            Q_EMIT deleteRequested(currentRow());
    });
    addAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] {
        if (currentRow() > 0)
            Q_EMIT moveRequested(currentRow(), currentRow() - 1);
    });
    addAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] {
        if (currentRow() >= 0 && currentRow() + 1 < count())
            Q_EMIT moveRequested(currentRow(), currentRow() + 1);
    });

    connect(m_add, &QToolButton::clicked, this, &TaskListPanel::addRequested);
    connect(m_duplicate, &QToolButton::clicked, this, [this] { Q_EMIT duplicateRequested(currentRow()); });
    connect(m_delete, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(currentRow()); });
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(currentRow(), currentRow() - 1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(currentRow(), currentRow() + 1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        if (!m_filling)
            Q_EMIT currentChanged(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        // Deferred for the same reason as moves: the editor is still committing into the item.
        const int row = m_list->row(item);
        const QString title = item->text().trimmed();
        QTimer::singleShot(0, this, [this, row, title] { Q_EMIT renameRequested(row, title); });
    });
    // A drag has already moved the row inside the widget; the window rebuilds the list from the document, which
    // must not happen inside the view's own drop handling.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int destination) {
                if (m_filling)
                    return;
                const int to = destination > start ? destination - 1 : destination;
                QTimer::singleShot(0, this, [this, start, to] { Q_EMIT moveRequested(start, to); });
            });
    updateButtons();
}

void TaskListPanel::setTasks(const QList<Entry> &tasks, int current)
{
    m_filling = true;
    m_list->clear();
    for (int i = 0; i < tasks.size(); ++i) {
        auto *item = new QListWidgetItem(tasks.at(i).title, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        item->setToolTip(tr("Task %1 (restgate-cli --task %1)").arg(i + 1));
        if (!tasks.at(i).enabled) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(m_list->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Task %1, disabled (enabled: false)").arg(i + 1));
        }
    }
    m_list->setCurrentRow(current);
    m_filling = false;
    updateButtons();
}

int TaskListPanel::currentRow() const
{
    return m_list->currentRow();
}

void TaskListPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

int TaskListPanel::count() const
{
    return m_list->count();
}

QString TaskListPanel::titleAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

void TaskListPanel::updateButtons()
{
    const int row = currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count());
}

} // namespace RestGate
