#include "app/widgets/criteriahighlighter.h"

#include "app/widgets/darkpalette.h"
#include "core/expression/functions.h"

#include <QGuiApplication>
#include <QPalette>

namespace RestGate {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The end (exclusive) of the single-quoted string starting at `from`; '' inside it is an escaped quote.
qsizetype stringEnd(const QString &text, qsizetype from)
{
    qsizetype i = from + 1;
    while (i < text.size()) {
        if (text.at(i) == u'\'') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return text.size();
}

} // namespace

CriteriaHighlighter::CriteriaHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateColors(QGuiApplication::palette());
}

void CriteriaHighlighter::updateColors(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    m_function.setForeground(dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26));
    m_function.setFontWeight(QFont::Bold);
    m_unknownFunction = QTextCharFormat();
    m_unknownFunction.setForeground(palette.color(QPalette::Text));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc0));
    m_root.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x8a));
    m_macro = QTextCharFormat();
    m_macro.setBackground(dark ? QColor(0x5c, 0x4a, 0x00) : QColor(0xff, 0xec, 0xb3));
    m_macro.setForeground(palette.color(QPalette::Text));
    rehighlight();
}

void CriteriaHighlighter::highlightBlock(const QString &text)
{
    const qsizetype length = text.size();
    // Depth of the [..] indexers that follow `root`: everything but strings and numbers inside them is part of the
    // path and shares root's colour.
    int rootIndexerDepth = 0;
    bool afterRoot = false;
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'$' && i + 1 < length && text.at(i + 1) == u'(') {
            const qsizetype close = text.indexOf(u')', i + 2);
            const qsizetype end = close < 0 ? length : close + 1;
            setFormat(int(i), int(end - i), m_macro);
            i = end;
        } else if (c == u'\'') {
            const qsizetype end = stringEnd(text, i);
            setFormat(int(i), int(end - i), m_string);
            // The server expands $(name) before it parses, so a macro inside a string counts too.
            for (qsizetype m = text.indexOf(QLatin1String("$("), i); m >= 0 && m < end;
                 m = text.indexOf(QLatin1String("$("), m + 2)) {
                const qsizetype close = text.indexOf(u')', m);
                if (close < 0 || close >= end)
                    break;
                setFormat(int(m), int(close - m + 1), m_macro);
            }
            i = end;
        } else if (c.isDigit() || (c == u'.' && i + 1 < length && text.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < length && (text.at(end).isLetterOrNumber() || text.at(end) == u'.'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (isIdentifierStart(c)) {
            qsizetype end = i + 1;
            while (end < length && isIdentifierPart(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool call = next < length && text.at(next) == u'(';
            const bool member = i > 0 && text.at(i - 1) == u'.';
            if (call) {
                setFormat(int(i), int(end - i), Expression::findFunction(word) ? m_function : m_unknownFunction);
            } else if (member && (afterRoot || rootIndexerDepth > 0)) {
                setFormat(int(i), int(end - i), m_root);
            } else if (word.compare(QStringView(Expression::rootName), Qt::CaseInsensitive) == 0) {
                setFormat(int(i), int(end - i), m_root);
                afterRoot = true;
                i = end;
                continue;
            } else if (word.compare(u"true", Qt::CaseInsensitive) == 0
                       || word.compare(u"false", Qt::CaseInsensitive) == 0) {
                setFormat(int(i), int(end - i), m_keyword);
            }
            afterRoot = member && afterRoot;
            i = end;
            continue;
        } else if (c == u'[' && (afterRoot || rootIndexerDepth > 0)) {
            setFormat(int(i), 1, m_root);
            ++rootIndexerDepth;
            ++i;
            continue;
        } else if (c == u']' && rootIndexerDepth > 0) {
            setFormat(int(i), 1, m_root);
            --rootIndexerDepth;
            afterRoot = rootIndexerDepth == 0;
            ++i;
            continue;
        } else if ((c == u'.' || c == u'*') && (afterRoot || rootIndexerDepth > 0)) {
            setFormat(int(i), 1, m_root);
            ++i;
            continue;
        } else {
            ++i;
        }
        if (rootIndexerDepth == 0)
            afterRoot = false;
    }
}

} // namespace RestGate
