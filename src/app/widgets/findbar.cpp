#include "app/widgets/findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace RestGate {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_countLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setAccessibleName(tr("Text to find in the body"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_previous->setText(tr("Previous"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setText(tr("Next"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_case->setObjectName(QStringLiteral("findCaseCheck"));
    m_countLabel->setObjectName(QStringLiteral("findCountLabel"));
    m_countLabel->setAccessibleName(tr("Matches"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("findCloseButton"));
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    closeButton->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_countLabel);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Typing refines the match in place: search again from where the current match starts.
        if (m_target) {
            QTextCursor cursor = m_target->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_target->setTextCursor(cursor);
        }
        find(false);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_case, &QCheckBox::toggled, this, [this] { recount(); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    setVisible(false);
    updateLabel();
}

void FindBar::setTarget(QPlainTextEdit *view)
{
    if (m_target == view)
        return;
    if (m_target)
        disconnect(m_target->document(), nullptr, this, nullptr);
    m_target = view;
    if (m_target) {
        // The body is replaced on every run (and filled in chunks): the count follows.
        connect(m_target->document(), &QTextDocument::contentsChanged, this, [this] {
            if (isVisible())
                recount();
        });
    }
    if (isVisible())
        recount();
}

void FindBar::open()
{
    if (m_target) {
        const QString selected = m_target->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_edit->setText(selected);
    }
    setVisible(true);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    recount();
}

void FindBar::close()
{
    setVisible(false);
    if (m_target)
        m_target->setFocus(Qt::OtherFocusReason);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
    recount();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::find(bool backward)
{
    if (!m_target)
        return;
    const QString needle = m_edit->text();
    if (needle.isEmpty()) {
        recount();
        return;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (!m_target->find(needle, flags)) {
        // Wrap around, as editors do.
        QTextCursor cursor = m_target->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_target->setTextCursor(cursor);
        m_target->find(needle, flags);
    }
    recount();
}

void FindBar::recount()
{
    m_count = 0;
    m_current = 0;
    const QString needle = m_edit->text();
    if (m_target && !needle.isEmpty()) {
        const Qt::CaseSensitivity sensitivity = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const QString haystack = m_target->document()->toPlainText();
        const QTextCursor cursor = m_target->textCursor();
        const bool onMatch = cursor.hasSelection() && QString::compare(cursor.selectedText(), needle, sensitivity) == 0;
        for (qsizetype at = haystack.indexOf(needle, 0, sensitivity); at >= 0 && m_count < maxCounted;
             at = haystack.indexOf(needle, at + 1, sensitivity)) {
            ++m_count;
            if (onMatch && at == cursor.selectionStart())
                m_current = m_count;
        }
    }
    updateLabel();
}

void FindBar::updateLabel()
{
    const bool nothing = m_edit->text().isEmpty();
    m_previous->setEnabled(!nothing && m_count > 0);
    m_next->setEnabled(!nothing && m_count > 0);
    if (nothing)
        m_countLabel->clear();
    else if (m_count == 0)
        m_countLabel->setText(tr("No matches"));
    else if (m_count >= maxCounted)
        m_countLabel->setText(tr("%1 of %2+").arg(m_current).arg(maxCounted));
    else
        m_countLabel->setText(tr("%1 of %2").arg(m_current).arg(m_count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        // Esc belongs to the bar while it has the focus, not to the window's Cancel.
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F3) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                close();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ShiftModifier)) {
                findPrevious();
                return true;
            }
            if (key->key() == Qt::Key_F3) {
                find(key->modifiers().testFlag(Qt::ShiftModifier));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace RestGate
