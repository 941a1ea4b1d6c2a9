#include "app/widgets/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace RestGate;

class TestJsonHighlighter : public QObject
{
    Q_OBJECT

private:
    // The format the highlighter gave the character at `position` of the first line.
    static QTextCharFormat formatAt(const QTextDocument &document, int position)
    {
        const QTextBlock block = document.firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return {};
    }

private Q_SLOTS:
    void keysValuesAndKeywordsGetDistinctColours()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"id\": \"x\", \"n\": -1.5e3, \"ok\": true, \"none\": null}"));
        highlighter.rehighlight(); // the first pass is queued until the event loop runs
        const QColor key = formatAt(document, 1).foreground().color();
        const QColor string = formatAt(document, 8).foreground().color();
        const QColor number = formatAt(document, 18).foreground().color();
        const QColor keyword = formatAt(document, 32).foreground().color();
        QVERIFY(key.isValid() && string.isValid() && number.isValid() && keyword.isValid());
        QVERIFY(key != string);
        QVERIFY(number != string);
        QVERIFY(keyword != number);
        QCOMPARE(formatAt(document, 39).foreground().color(), key); // "none" is a key, like "id"
        QCOMPARE(formatAt(document, 46).foreground().color(), keyword); // null
    }

    void macrosInsideStringsAreMarked()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"Authorization\": \"Bearer $(token)\"}"));
        highlighter.rehighlight(); // the first pass is queued until the event loop runs
        const int macro = int(document.toPlainText().indexOf(QStringLiteral("$(token)")));
        QVERIFY(formatAt(document, macro).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(document, macro + 7).background().style() != Qt::NoBrush);
        QCOMPARE(formatAt(document, macro - 2).background().style(), Qt::NoBrush);
    }

    void escapedQuotesDoNotEndAString()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"a\": \"say \\\"true\\\" now\"}"));
        highlighter.rehighlight(); // the first pass is queued until the event loop runs
        const int inner = int(document.toPlainText().indexOf(QStringLiteral("true")));
        // "true" inside the string is part of the string, not a keyword.
        QVERIFY(formatAt(document, inner).foreground().color().isValid());
        QCOMPARE(formatAt(document, inner).foreground().color(), formatAt(document, 7).foreground().color());
    }

    void darkPaletteChangesColours()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("{\"a\": 1}"));
        highlighter.rehighlight(); // the first pass is queued until the event loop runs
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        highlighter.updateColors(light);
        const QColor onLight = formatAt(document, 1).foreground().color();
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        highlighter.updateColors(dark);
        const QColor onDark = formatAt(document, 1).foreground().color();
        QVERIFY(onLight != onDark);
        QVERIFY(onDark.lightness() > onLight.lightness());
    }
};

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
