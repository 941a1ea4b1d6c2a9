#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace RestGate {

/// Colours JSON text (headers, bodies, responses) and marks $(macros) inside it. It works line by line, which is
/// exact for JSON: a string cannot span lines. Colours follow the palette, so dark themes stay readable.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);

    /// Re-reads the palette's colours (call on QEvent::PaletteChange) and re-highlights.
    void updateColors(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_macro;
};

} // namespace RestGate
