#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace RestGate {

/// Colours a success criteria: function names, 'strings' (with '' escapes), numbers, `root` with its [..]
/// indexers, true/false and $(macros). Criteria are one line, so every block is highlighted on its own.
///     eq(root['status'], 'it''s ok')   → eq: function, root['status']: root, 'it''s ok': one string
class CriteriaHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaHighlighter)

public:
    explicit CriteriaHighlighter(QTextDocument *document);

    /// Re-reads the palette's colours (call on QEvent::PaletteChange) and re-highlights.
    void updateColors(const QPalette &palette);

    QTextCharFormat functionFormat() const { return m_function; }
    QTextCharFormat stringFormat() const { return m_string; }
    QTextCharFormat numberFormat() const { return m_number; }
    QTextCharFormat rootFormat() const { return m_root; }
    QTextCharFormat macroFormat() const { return m_macro; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_function;
    QTextCharFormat m_unknownFunction;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_root;
    QTextCharFormat m_macro;
};

} // namespace RestGate
