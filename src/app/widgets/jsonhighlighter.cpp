#include "app/widgets/jsonhighlighter.h"

#include "app/widgets/darkpalette.h"

#include <QGuiApplication>
#include <QPalette>

namespace RestGate {

namespace {

// The first character at or after `from` that is not whitespace, or a null QChar.
QChar nextNonSpace(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (!text.at(i).isSpace())
            return text.at(i);
    }
    return {};
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateColors(QGuiApplication::palette());
}

void JsonHighlighter::updateColors(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x8a));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc0));
    m_keyword.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    m_macro = QTextCharFormat();
    m_macro.setBackground(dark ? QColor(0x5c, 0x4a, 0x00) : QColor(0xff, 0xec, 0xb3));
    m_macro.setForeground(palette.color(QPalette::Text));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            // Json.NET (the server's reader) accepts single-quoted strings too.
            const QChar quote = c;
            qsizetype end = i + 1;
            while (end < length && text.at(end) != quote)
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, length);
            const bool key = nextNonSpace(text, end) == QLatin1Char(':');
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            // $(name) inside a string is expanded by the server before the value is used.
            for (qsizetype m = text.indexOf(QLatin1String("$("), i); m >= 0 && m < end;
                 m = text.indexOf(QLatin1String("$("), m + 2)) {
                const qsizetype close = text.indexOf(QLatin1Char(')'), m);
                if (close < 0 || close >= end)
                    break;
                setFormat(int(m), int(close - m + 1), m_macro);
            }
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < length
                   && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char('e')
                       || text.at(end) == QLatin1Char('E') || text.at(end) == QLatin1Char('+')
                       || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace RestGate
