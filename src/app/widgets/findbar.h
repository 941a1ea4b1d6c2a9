#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace RestGate {

/// The find bar under a text view (Ctrl+F): next / previous (Enter / Shift+Enter, F3 / Shift+F3), the number of
/// matches and which one is selected, a case option; Esc closes it and gives the focus back to the view.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The view searched; the bar follows it when the user switches views (Pretty / Raw).
    void setTarget(QPlainTextEdit *view);
    QPlainTextEdit *target() const { return m_target; }
    /// Shows the bar with the view's selection (if any) as the text to find, and focuses the text field.
    void open();
    void close();
    void findNext();
    void findPrevious();

    QString text() const;
    void setText(const QString &text);
    void setCaseSensitive(bool on);
    /// Matches in the whole view.
    int matchCount() const { return m_count; }
    /// 1-based number of the selected match, 0 when none is selected.
    int currentMatch() const { return m_current; }

    /// Counting stops here: a 4 MB body full of one letter must not stall each keystroke.
    static constexpr int maxCounted = 10'000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void recount();
    void updateLabel();

    QPointer<QPlainTextEdit> m_target;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_case;
    QLabel *m_countLabel;
    int m_count = 0;
    int m_current = 0;
};

} // namespace RestGate
