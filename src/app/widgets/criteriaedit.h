#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace RestGate {

class CriteriaHighlighter;

/// The success criteria editor: one logical line that wraps and grows to a few rows, highlighted, with completion
/// of function names and the last response's root[...] paths, and the parse error underlined where it is.
/// It is a form field, not a code editor: Tab moves focus, Enter does not add lines, and Ctrl+Enter is left to the
/// window (Send).
class CriteriaEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaEdit)

public:
    explicit CriteriaEdit(QWidget *parent = nullptr);
    ~CriteriaEdit() override;

    QString text() const { return toPlainText(); }
    /// Replaces the whole text without touching the undo history (loading a task).
    void setText(const QString &text);
    /// Replaces the whole text as one undoable edit, as if the user had typed it.
    void replaceText(const QString &text);

    /// The root[...] paths offered for completion (from the last response), shallow ones first.
    void setRootPaths(const QStringList &paths);
    /// Underlines `length` characters from the 0-based `position` (length 0 or position < 0: nothing).
    void setErrorSpan(int position, int length);
    /// The underlined span, {-1, 0} when there is none.
    QPair<int, int> errorSpan() const { return {m_errorPosition, m_errorLength}; }

    QCompleter *completer() const { return m_completer; }
    CriteriaHighlighter *highlighter() const { return m_highlighter; }
    /// Opens the completion popup for the text before the cursor (Ctrl+Space), even with nothing typed yet.
    void complete();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    /// What the completion replaces: the identifier or root[...] chain that ends at the cursor.
    QString completionPrefix() const;
    void showCompletions(const QString &prefix, bool evenIfEmpty);
    void insertCompletion(const QString &completion);
    void updateModel(bool pathsOnly);
    void updateHeight();
    void updateErrorSelection();

    QCompleter *m_completer;
    QStringListModel *m_model;
    CriteriaHighlighter *m_highlighter;
    QStringList m_functionNames;
    QStringList m_rootPaths;
    int m_errorPosition = -1;
    int m_errorLength = 0;
    int m_maxRows = 4;
};

} // namespace RestGate
