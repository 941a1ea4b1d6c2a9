#include "app/widgets/findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace RestGate;

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        QWidget widget;
        QPlainTextEdit *view = new QPlainTextEdit(&widget);
        FindBar *bar = new FindBar(&widget);
        QAction *escape = new QAction(&widget); ///< stands for the main window's Esc = Cancel

        Window()
        {
            auto *layout = new QVBoxLayout(&widget);
            layout->addWidget(view);
            layout->addWidget(bar);
            view->setReadOnly(true);
            view->setPlainText(QStringLiteral("alpha Beta alpha\nALPHA gamma\n"));
            bar->setTarget(view);
            escape->setShortcut(QKeySequence(Qt::Key_Escape));
            widget.addAction(escape);
            widget.show();
        }
        QLineEdit *edit() const { return bar->findChild<QLineEdit *>(QStringLiteral("findEdit")); }
        QString countText() const { return bar->findChild<QLabel *>(QStringLiteral("findCountLabel"))->text(); }
        int selectionStart() const { return view->textCursor().selectionStart(); }
    };

private Q_SLOTS:
    void typing_countsMatchesAndSelectsTheFirst()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        window.bar->open();
        QVERIFY(window.bar->isVisible());
        QTRY_VERIFY(window.edit()->hasFocus());
        QTest::keyClicks(window.edit(), QStringLiteral("alpha"));
        QCOMPARE(window.bar->matchCount(), 3); // case ignored by default
        QCOMPARE(window.bar->currentMatch(), 1);
        QCOMPARE(window.view->textCursor().selectedText(), QStringLiteral("alpha"));
        QCOMPARE(window.countText(), QStringLiteral("1 of 3"));
        QTest::keyClicks(window.edit(), QStringLiteral("x"));
        QCOMPARE(window.bar->matchCount(), 0);
        QCOMPARE(window.countText(), QStringLiteral("No matches"));
        QVERIFY(!window.bar->findChild<QToolButton *>(QStringLiteral("findNextButton"))->isEnabled());
    }

    void enterAndShiftEnter_walkTheMatchesAndWrapAround()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        window.bar->open();
        QTest::keyClicks(window.edit(), QStringLiteral("alpha"));
        QCOMPARE(window.selectionStart(), 0);
        QTest::keyClick(window.edit(), Qt::Key_Return);
        QCOMPARE(window.bar->currentMatch(), 2);
        QCOMPARE(window.selectionStart(), 11);
        QTest::keyClick(window.edit(), Qt::Key_Return);
        QCOMPARE(window.bar->currentMatch(), 3);
        QCOMPARE(window.view->textCursor().selectedText(), QStringLiteral("ALPHA"));
        QTest::keyClick(window.edit(), Qt::Key_Return); // past the last: back to the first
        QCOMPARE(window.bar->currentMatch(), 1);
        QTest::keyClick(window.edit(), Qt::Key_Return, Qt::ShiftModifier); // before the first: the last
        QCOMPARE(window.bar->currentMatch(), 3);
        window.bar->findChild<QToolButton *>(QStringLiteral("findPreviousButton"))->click();
        QCOMPARE(window.bar->currentMatch(), 2);
        QCOMPARE(window.countText(), QStringLiteral("2 of 3"));
    }

    void matchCase_countsOnlyExactMatches()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        window.bar->open();
        QTest::keyClicks(window.edit(), QStringLiteral("ALPHA"));
        QCOMPARE(window.bar->matchCount(), 3);
        window.bar->findChild<QCheckBox *>(QStringLiteral("findCaseCheck"))->click();
        QCOMPARE(window.bar->matchCount(), 1);
        QTest::keyClick(window.edit(), Qt::Key_Return);
        QCOMPARE(window.view->textCursor().selectedText(), QStringLiteral("ALPHA"));
        QCOMPARE(window.selectionStart(), 17);
        QCOMPARE(window.countText(), QStringLiteral("1 of 1"));
    }

    void escape_closesTheBarNotTheWindowsEscapeAction()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QSignalSpy escaped(window.escape, &QAction::triggered);
        window.bar->open();
        QTRY_VERIFY(window.edit()->hasFocus());
        QTest::keyClick(window.edit(), Qt::Key_Escape);
        QVERIFY(!window.bar->isVisible());
        QCOMPARE(escaped.count(), 0);
        QTRY_VERIFY(window.view->hasFocus());
        // With the bar closed, Esc is the window's again.
        QTest::keyClick(window.view, Qt::Key_Escape);
        QCOMPARE(escaped.count(), 1);
    }

    void newText_recountsAnOpenBar()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        window.bar->open();
        window.bar->setText(QStringLiteral("gamma"));
        QCOMPARE(window.bar->matchCount(), 1);
        window.view->setPlainText(QStringLiteral("gamma gamma gamma"));
        QCOMPARE(window.bar->matchCount(), 3);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
