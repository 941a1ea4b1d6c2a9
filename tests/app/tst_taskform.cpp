#include "app/design/azuretaskstrings.h"
#include "app/design/taskform.h"
#include "app/widgets/criteriaedit.h"
#include "app/widgets/criteriahighlighter.h"
#include "app/widgets/jsonhighlighter.h"
#include "core/request/headerparser.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTranslator>

using namespace RestGate;

using RestGate::TestSupport::child;

class TestTaskForm : public QObject
{
    Q_OBJECT

private:
    static TaskConfig sampleTask()
    {
        TaskConfig task;
        task.displayName = QStringLiteral("Check deployment");
        task.setInput(QStringLiteral("connectedServiceName"), QStringLiteral("demo"));
        task.setInput(QStringLiteral("method"), QStringLiteral("POST"));
        task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("/status"));
        return task;
    }

    /// A label's text as read, without its accelerator: "&Method" -> "Method", "本文(&B)" -> "本文".
    static QString withoutMnemonic(const QString &text)
    {
        static const QRegularExpression bracketed(QStringLiteral("\\(&[A-Z0-9]\\)"));
        QString plain = QString(text).remove(bracketed);
        plain.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        plain.remove(QLatin1Char('&'));
        return plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    }

    static QList<ServiceConnection> connections()
    {
        ServiceConnection demo;
        demo.name = QStringLiteral("demo");
        demo.url = QStringLiteral("http://127.0.0.1:1/api");
        return {demo};
    }

    static void clearAndType(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static QStringList completions(CriteriaEdit *edit)
    {
        QStringList list;
        QAbstractItemModel *model = edit->completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data().toString());
        return list;
    }

    // Shows the form with the Advanced group open and the criteria editor focused.
    static CriteriaEdit *openCriteria(TaskForm &form)
    {
        form.setTask(sampleTask(), connections(), {});
        form.show();
        if (!QTest::qWaitForWindowExposed(&form))
            return nullptr;
        child<QGroupBox>(form, "advancedGroup")->setChecked(true);
        auto *edit = child<CriteriaEdit>(form, "criteriaEdit");
        edit->setFocus();
        return edit;
    }

    // The format the highlighter gave the character at `position` of the first line.
    static QTextCharFormat formatAt(const QTextDocument &document, qsizetype position)
    {
        const QTextBlock block = document.firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void criteriaHighlighter_marksFunctionsStringsNumbersRootAndMacros()
    {
        QTextDocument document;
        CriteriaHighlighter highlighter(&document);
        const QString text = QStringLiteral("and(eq(root['a'][0], 'it''s $(who)'), gt(1.5, $(n)), nope(true))");
        document.setPlainText(text);
        highlighter.rehighlight(); // the first pass is queued until the event loop runs
        auto colorAt = [&](qsizetype position) { return formatAt(document, position).foreground().color(); };
        const QColor function = highlighter.functionFormat().foreground().color();
        const QColor string = highlighter.stringFormat().foreground().color();
        const QColor root = highlighter.rootFormat().foreground().color();
        QCOMPARE(colorAt(0), function); // and
        QCOMPARE(colorAt(4), function); // eq
        QCOMPARE(colorAt(7), root); // root
        QCOMPARE(colorAt(11), root); // [
        QCOMPARE(colorAt(12), string); // 'a'
        QCOMPARE(colorAt(16), root); // [ of [0]
        QCOMPARE(colorAt(15), root); // ]
        QCOMPARE(colorAt(18), root); // ] of [0]
        QVERIFY(!formatAt(document, 19).hasProperty(QTextFormat::ForegroundBrush)); // ,
        const qsizetype escaped = text.indexOf(QStringLiteral("''s"));
        QCOMPARE(colorAt(escaped + 2), string); // the 's' after the '' escape is still inside the string
        QVERIFY(formatAt(document, text.indexOf(QStringLiteral("$(who)")) + 2).background().style() != Qt::NoBrush);
        QCOMPARE(colorAt(text.indexOf(QStringLiteral("1.5"))), highlighter.numberFormat().foreground().color());
        QVERIFY(formatAt(document, text.indexOf(QStringLiteral("$(n)"))).background().style() != Qt::NoBrush);
        QVERIFY(colorAt(text.indexOf(QStringLiteral("nope"))) != function); // not a function of the engine
        QVERIFY(!formatAt(document, text.size() - 2).hasProperty(QTextFormat::ForegroundBrush)); // ')' stays plain
    }

    void choosingGet_hidesTheBody_postShowsIt()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *method = child<QComboBox>(form, "methodCombo");
        auto *body = child<QPlainTextEdit>(form, "bodyEdit");
        QVERIFY(body->isVisible());
        method->setCurrentIndex(method->findData(QStringLiteral("GET")));
        QVERIFY(!body->isVisible());
        QVERIFY(!child<QLabel>(form, "bodyLabel")->isVisible());
        QCOMPARE(form.task().method(), QStringLiteral("GET"));
        method->setCurrentIndex(method->findData(QStringLiteral("POST")));
        QVERIFY(body->isVisible());
    }

    // Three places Json.NET is lenient: all three are named, under the editor and in the findings, not only the first.
    void nonStrictHeaders_everyWarningIsShown()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QString lenient = QStringLiteral("{'Accept': \"text/plain\", \"X-Count\": 3,}");
        const ParsedHeaders parsed = HeaderParser::parse(lenient);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.warnings.size() >= 3);
        clearAndType(child<QPlainTextEdit>(form, "headersEdit"), lenient);
        const QString status = child<QLabel>(form, "headersStatusLabel")->text();
        const QString inlineFindings = child<QLabel>(form, "headersFindings")->text();
        const QString list = child<QLabel>(form, "findingsLabel")->text();
        for (const Finding &warning : parsed.warnings) {
            QVERIFY2(status.contains(warning.message), qPrintable(status));
            QVERIFY2(inlineFindings.contains(warning.message.toHtmlEscaped()), qPrintable(inlineFindings));
            QVERIFY2(list.contains(warning.message.toHtmlEscaped()), qPrintable(list));
        }
    }

    // The task names a connection the design does not have (typed in YAML, or deleted): an error on the field.
    void missingConnection_isAnErrorOnTheConnectionField()
    {
        TaskForm form;
        TaskConfig task = sampleTask();
        task.setInput(QStringLiteral("connectedServiceName"), QStringLiteral("gone"));
        form.setTask(task, connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *connectionFindings = child<QLabel>(form, "connectionFindings");
        QVERIFY(connectionFindings->isVisible());
        QVERIFY2(connectionFindings->text().contains(QStringLiteral("'gone' is not defined in this design")),
                 qPrintable(connectionFindings->text()));
        form.setTask(sampleTask(), connections(), {});
        QVERIFY(!connectionFindings->isVisible());
    }

    void brokenHeaders_sayLineAndColumn_andUnderlineThere_untilFixed()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *headers = child<QPlainTextEdit>(form, "headersEdit");
        auto *status = child<QLabel>(form, "headersStatusLabel");
        const QString broken = QStringLiteral("{\"Accept\": \"text/plain\", X-Id: 1 2}");
        clearAndType(headers, broken);
        QCOMPARE(headers->toPlainText(), broken);
        const ParsedHeaders parsed = HeaderParser::parse(broken);
        QVERIFY(!parsed.ok);
        QVERIFY2(status->text().startsWith(
                     QStringLiteral("Line %1, column %2").arg(parsed.errorLine).arg(parsed.errorColumn)),
                 qPrintable(status->text()));
        QCOMPARE(headers->extraSelections().size(), 1);
        const QTextCursor underline = headers->extraSelections().first().cursor;
        const QTextBlock block = headers->document()->findBlockByNumber(parsed.errorLine - 1);
        QCOMPARE(underline.selectionStart(), block.position() + parsed.errorColumn - 1);
        QCOMPARE(headers->extraSelections().first().format.underlineStyle(), QTextCharFormat::WaveUnderline);

        // Another mistake elsewhere: the underline follows it.
        const QString other = QStringLiteral("{'Accept' 'text/plain'}");
        clearAndType(headers, other);
        const ParsedHeaders otherParsed = HeaderParser::parse(other);
        QVERIFY(!otherParsed.ok);
        QCOMPARE(headers->extraSelections().size(), 1);
        QCOMPARE(headers->extraSelections().first().cursor.selectionStart(), otherParsed.errorColumn - 1);
        QVERIFY(otherParsed.errorColumn - 1 != underline.selectionStart());

        clearAndType(headers, QStringLiteral("{\"Accept\": \"text/plain\"}"));
        QVERIFY(headers->extraSelections().isEmpty());
        QCOMPARE(status->text(), QStringLiteral("1 header(s)"));
    }

    void errorUnderlines_followTheDarkPalette()
    {
        TaskForm form;
        TaskConfig task = sampleTask();
        task.setInput(QStringLiteral("headers"), QStringLiteral("{x-y: 1}"));
        form.setTask(task, connections(), {});
        auto *headers = child<QPlainTextEdit>(form, "headersEdit");
        QCOMPARE(headers->extraSelections().size(), 1);
        QPalette light = form.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, Qt::white);
        form.setPalette(light);
        const QColor onLight = headers->extraSelections().first().format.underlineColor();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        form.setPalette(dark);
        const QColor onDark = headers->extraSelections().first().format.underlineColor();
        QVERIFY(onLight.isValid() && onDark.isValid());
        QVERIFY(onDark.lightness() > onLight.lightness());
    }

    void body_isHighlightedOnlyWhileItParsesAsJson()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *body = child<QPlainTextEdit>(form, "bodyEdit");
        auto *highlighter = form.findChild<JsonHighlighter *>(QStringLiteral("bodyHighlighter"));
        QVERIFY(highlighter);
        clearAndType(body, QStringLiteral("{\"a\": [1, 2]}"));
        QCOMPARE(highlighter->document(), body->document());
        QTest::keyClick(body, Qt::Key_Backspace);
        QCOMPARE(highlighter->document(), nullptr);
        QCOMPARE(child<QLabel>(form, "bodyCounterLabel")->text(), QStringLiteral("12 / 2000"));
    }

    void advancedGroup_isCollapsedByDefault()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(!child<QGroupBox>(form, "advancedGroup")->isChecked());
        QVERIFY(!child<CriteriaEdit>(form, "criteriaEdit")->isVisible());
    }

    void brokenCriteria_isUnderlinedAtItsPosition_withTheMessage()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("eq(root['a'], 'x'))"));
        QCOMPARE(edit->text(), QStringLiteral("eq(root['a'], 'x'))"));
        // The second ')' closes nothing: 0-based 18, "position 19" in the server's words.
        QCOMPARE(edit->errorSpan(), qMakePair(18, 1));
        QCOMPARE(edit->extraSelections().size(), 1);
        QCOMPARE(edit->extraSelections().first().cursor.selectionStart(), 18);
        auto *status = child<QLabel>(form, "criteriaStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("position 19")), qPrintable(status->text()));

        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(edit->errorSpan(), qMakePair(-1, 0));
        QVERIFY(edit->extraSelections().isEmpty());
        QVERIFY(!status->isVisible());
    }

    void criteriaCompletion_offersFunctionNames_andPicksOne()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("eq"));
        QAbstractItemView *popup = edit->completer()->popup();
        QVERIFY(popup->isVisible());
        QVERIFY2(completions(edit).contains(QStringLiteral("eq(")), qPrintable(completions(edit).join(u' ')));
        QVERIFY(!completions(edit).contains(QStringLiteral("ne(")));
        // Keys go to the popup while it is open, as they do for a user.
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("eq("));
        QVERIFY(!popup->isVisible());
        QCOMPARE(form.criteria(), QStringLiteral("eq("));
    }

    void criteriaCompletion_offersRootPathsOfTheLastResponse()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        form.setLastResponse(QByteArrayLiteral("{\"status\": \"ok\", \"items\": [{\"it's\": 1}]}"));
        QTest::keyClicks(edit, QStringLiteral("eq(root["));
        QAbstractItemView *popup = edit->completer()->popup();
        QVERIFY(popup->isVisible());
        const QStringList offered = completions(edit);
        QVERIFY2(offered.contains(QStringLiteral("root['status']")), qPrintable(offered.join(u' ')));
        QVERIFY(offered.contains(QStringLiteral("root['items'][0]['it''s']")));
        QVERIFY(!offered.contains(QStringLiteral("eq(")));
        QTest::keyClicks(edit, QStringLiteral("'st"));
        QCOMPARE(completions(edit), QStringList {QStringLiteral("root['status']")});
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("eq(root['status']"));
    }

    void criteriaCompletion_takesTheRunsParsedBody_insteadOfParsingAgain()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        // Deliberately not the body's own parse: completion must offer what the runner's document holds.
        form.setLastResponse(QByteArrayLiteral("{\"status\": \"ok\"}"),
                             Json::Document::parse(QByteArrayLiteral("{\"parsedOnce\": true}")));
        QTest::keyClicks(edit, QStringLiteral("eq(root["));
        const QStringList offered = completions(edit);
        QVERIFY2(offered.contains(QStringLiteral("root['parsedOnce']")), qPrintable(offered.join(u' ')));
        QVERIFY(!offered.contains(QStringLiteral("root['status']")));
    }

    void ctrlSpace_opensCompletion_withNothingTyped()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(edit->completer()->popup()->isVisible());
        QVERIFY(completions(edit).contains(QStringLiteral("and(")));
        QVERIFY(completions(edit).contains(QStringLiteral("root")));
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
        QVERIFY(!edit->completer()->popup()->isVisible());
        QCOMPARE(edit->text(), QString());
    }

    void criteriaChanged_firesOnEveryEdit()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QSignalSpy changed(&form, &TaskForm::criteriaChanged);
        QSignalSpy edited(&form, &TaskForm::taskEdited);
        QTest::keyClicks(edit, QStringLiteral("true"));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("true"));
        QCOMPARE(edited.size(), 4);
        QCOMPARE(form.task().input(QStringLiteral("successCriteria")), QStringLiteral("true"));
        // Loading a task is not an edit.
        form.setTask(sampleTask(), connections(), {});
        QCOMPARE(changed.size(), 4);
        QCOMPARE(form.criteria(), QString());
    }

    void insertCriteria_opensAdvanced_andCanBeUndone()
    {
        TaskForm form;
        TaskConfig task = sampleTask();
        task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['a'], 1)"));
        form.setTask(task, connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *edit = child<CriteriaEdit>(form, "criteriaEdit");
        QSignalSpy changed(&form, &TaskForm::criteriaChanged);
        form.insertCriteria(QStringLiteral("eq(root['deployment']['status'], 'successful')"));
        QVERIFY(child<QGroupBox>(form, "advancedGroup")->isChecked());
        QVERIFY(edit->isVisible());
        QCOMPARE(form.criteria(), QStringLiteral("eq(root['deployment']['status'], 'successful')"));
        QCOMPARE(changed.last().first().toString(), form.criteria());
        QCOMPARE(form.task().input(QStringLiteral("successCriteria")), form.criteria());
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(form.criteria(), QStringLiteral("eq(root['a'], 1)"));
        QCOMPARE(form.task().input(QStringLiteral("successCriteria")), QStringLiteral("eq(root['a'], 1)"));
    }

    void ctrlReturnInTheCriteria_reachesTheWindowsShortcut()
    {
        QMainWindow window;
        auto *form = new TaskForm(&window);
        window.setCentralWidget(form);
        QAction send(QStringLiteral("Send"), &window);
        send.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        window.addAction(&send);
        QSignalSpy triggered(&send, &QAction::triggered);
        form->setTask(sampleTask(), connections(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        child<QGroupBox>(*form, "advancedGroup")->setChecked(true);
        auto *edit = child<CriteriaEdit>(*form, "criteriaEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("true"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(edit->text(), QStringLiteral("true"));
    }

    void returnKeys_neverBreakTheCriteriaLine()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("true"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Enter, Qt::ShiftModifier);
        QCOMPARE(edit->text(), QStringLiteral("true"));
        QCOMPARE(edit->document()->blockCount(), 1);
    }

    void criteriaEditor_growsFromOneLineToAFew()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        const int oneLine = edit->height();
        QTest::keyClicks(edit,
                         QStringLiteral("and(") + QStringLiteral("eq(root['status'], 'ok'), ").repeated(12)
                             + QStringLiteral("true)"));
        QTRY_VERIFY(edit->height() > oneLine);
        QVERIFY(edit->height() <= oneLine + 3 * edit->fontMetrics().lineSpacing());
    }

    void tabInTheCriteria_movesFocus()
    {
        TaskForm form;
        CriteriaEdit *edit = openCriteria(form);
        QVERIFY(edit);
        QVERIFY(QTest::qWaitForWindowActive(&form));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("true"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(edit->text(), QStringLiteral("true"));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(form, "enabledCheck"));
    }

    void switchingToVersion0_keepsSharedInputs_andReportsDropped()
    {
        TaskForm form;
        TaskConfig task = sampleTask();
        task.setInput(QStringLiteral("connectedServiceNameSelector"), QStringLiteral("connectedServiceNameARM"));
        task.setInput(QStringLiteral("connectedServiceNameARM"), QStringLiteral("my-subscription"));
        form.setTask(task, connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QSignalSpy dropped(&form, &TaskForm::inputsDropped);
        auto *version = child<QComboBox>(form, "versionCombo");
        version->setCurrentIndex(version->findData(0));
        QCOMPARE(&form.task().definition(), &TaskDefinition::invokeRestApiV0());
        QCOMPARE(dropped.size(), 1);
        const QStringList labels = dropped.first().first().toStringList();
        QVERIFY2(labels.join(u' ').contains(QStringLiteral("Azure subscription")), qPrintable(labels.join(u',')));
        QCOMPARE(form.task().input(QStringLiteral("urlSuffix")), QStringLiteral("/status"));
        QCOMPARE(form.task().method(), QStringLiteral("POST"));
        QCOMPARE(form.task().displayName, QStringLiteral("Check deployment"));
        QVERIFY(!child<QComboBox>(form, "connectionTypeCombo")->isVisible());
        QVERIFY(!child<QToolButton>(form, "connectionTypeHelp")->isVisible());
    }

    void helpButton_showsTheInputsHelp_withClickableLinks()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *help = child<QToolButton>(form, "methodHelp");
        QVERIFY(help->isVisible());
        QCOMPARE(help->accessibleName(), QStringLiteral("Help for Method"));
        QVERIFY(help->focusPolicy() & Qt::TabFocus);
        QVERIFY(!child<QLabel>(form, "methodLabel")->toolTip().isEmpty());
        QTest::mouseClick(help, Qt::LeftButton);
        auto *popup = form.findChild<QWidget *>(QStringLiteral("helpPopup"));
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        auto *text = popup->findChild<QLabel *>(QStringLiteral("helpText"));
        QVERIFY(text->text().contains(QStringLiteral("Select the HTTP method with which the API should be invoked.")));
        QTest::keyClick(popup, Qt::Key_Escape);
        QTRY_VERIFY(!form.findChild<QWidget *>(QStringLiteral("helpPopup")));

        child<QGroupBox>(form, "advancedGroup")->setChecked(true);
        auto *criteriaHelp = child<QToolButton>(form, "criteriaHelp");
        criteriaHelp->setFocus();
        QTest::keyClick(criteriaHelp, Qt::Key_Space);
        popup = form.findChild<QWidget *>(QStringLiteral("helpPopup"));
        QVERIFY(popup);
        text = popup->findChild<QLabel *>(QStringLiteral("helpText"));
        QVERIFY2(text->text().contains(QStringLiteral("<a href=\"https://go.microsoft.com/fwlink/?linkid=842996\">More "
                                                      "information</a>")),
                 qPrintable(text->text()));
        QVERIFY(text->openExternalLinks());
        popup->close();
    }

    void labelsAndHelp_inTheWindowsLanguage_areAzureDevOpsOwnWording_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("criteriaLabel");
        QTest::addColumn<QString>("methodHelp");
        QTest::addColumn<QString>("advancedTitle");
        QTest::addRow("en") << "en"
                            << "Success criteria"
                            << "Select the HTTP method with which the API should be invoked."
                            << "Advanced";
        QTest::addRow("de") << "de_DE"
                            << "Erfolgskriterien"
                            << "Wählen Sie die HTTP-Methode aus, mit der die API aufgerufen werden soll."
                            << "Erweitert";
        QTest::addRow("fr") << "fr_CA"
                            << "Critères de réussite"
                            << "Sélectionnez la méthode HTTP avec laquelle l'API doit être appelée."
                            << "Avancé";
        QTest::addRow("ja") << "ja"
                            << "成功の条件"
                            << "API を呼び出すときに使う HTTP メソッドを選択します。"
                            << "詳細設定";
    }
    void labelsAndHelp_inTheWindowsLanguage_areAzureDevOpsOwnWording()
    {
        QFETCH(QString, language);
        QFETCH(QString, criteriaLabel);
        QFETCH(QString, methodHelp);
        QFETCH(QString, advancedTitle);
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        // UiLanguage::install sets the default locale to the window's language.
        QLocale::setDefault(QLocale(language));
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        QCOMPARE(withoutMnemonic(child<QLabel>(form, "criteriaLabel")->text()), criteriaLabel);
        QVERIFY2(child<QLabel>(form, "methodLabel")->toolTip().contains(methodHelp),
                 qPrintable(child<QLabel>(form, "methodLabel")->toolTip()));
        QCOMPARE(child<QGroupBox>(form, "advancedGroup")->title(), advancedTitle);
        // Microsoft translated a waitForCompletion help that named another default: the task's own English, and
        // with a catalogue installed its translation, is shown instead. No catalogue here: English.
        QVERIFY2(child<QLabel>(form, "completionLabel")->toolTip().contains(QLatin1String("Default value")),
                 qPrintable(child<QLabel>(form, "completionLabel")->toolTip()));
        // InvokeRESTAPI@0 words its connection differently, and Microsoft ships no translation of it.
        auto *version = child<QComboBox>(form, "versionCombo");
        version->setCurrentIndex(version->findData(0));
        QCOMPARE(withoutMnemonic(child<QLabel>(form, "connectionLabel")->text()), QStringLiteral("Generic endpoint *"));
    }

    void labelsAndHelp_ofVersion0_comeFromRestGatesCatalogue()
    {
        // Microsoft ships no translation of InvokeRESTAPI@0: its labels, help texts and group name go through the
        // German catalogue like the rest of the window.
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/restgate_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QLocale before;
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const TaskDefinition &v0 = TaskDefinition::invokeRestApiV0();
        const TaskDefinition shown = AzureTaskStrings().localized(v0);
        for (qsizetype i = 0; i < v0.inputs.size(); ++i) {
            const InputDefinition &english = v0.inputs.at(i);
            const InputDefinition &german = shown.inputs.at(i);
            QVERIFY2(german.label != english.label, qPrintable(english.name + QStringLiteral(": ") + german.label));
            if (!english.help.isEmpty())
                QVERIFY2(german.help != english.help, qPrintable(english.name + QStringLiteral(": ") + german.help));
        }
        QCOMPARE(shown.groups.first().displayName, QStringLiteral("Abschlussoptionen"));

        TaskForm form;
        TaskConfig task(v0);
        task.setInput(QStringLiteral("connectedServiceName"), QStringLiteral("demo"));
        form.setTask(task, connections(), {});
        QCOMPARE(withoutMnemonic(child<QLabel>(form, "connectionLabel")->text()),
                 QStringLiteral("Generischer Endpunkt *"));
        QCOMPARE(withoutMnemonic(child<QLabel>(form, "urlSuffixLabel")->text()),
                 QStringLiteral("URL-Suffix-Zeichenfolge"));
        QVERIFY2(child<QLabel>(form, "completionLabel")->toolTip().contains(QStringLiteral("Der Standardwert lautet")),
                 qPrintable(child<QLabel>(form, "completionLabel")->toolTip()));
    }

    void definitionLabels_haveTheirOwnAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("version");
        for (const char *language : {"en", "de_DE", "fr_FR", "ja_JP"}) {
            for (int version : {1, 0})
                QTest::addRow("%s@%d", language, version) << QString::fromLatin1(language) << version;
        }
    }
    void definitionLabels_haveTheirOwnAccelerators()
    {
        // The labels built from the task definition replace the form's "&Method", "&Headers", ...: each gets a letter
        // again, none shared with another field of the form, and Alt+ that letter puts the cursor in its field.
        QFETCH(QString, language);
        QFETCH(int, version);
        QTranslator catalogue;
        if (language != QLatin1String("en")) {
            QVERIFY(catalogue.load(QStringLiteral(":/i18n/restgate_%1.qm").arg(language.left(2))));
            QCoreApplication::installTranslator(&catalogue);
        }
        const QLocale before;
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&catalogue);
            QLocale::setDefault(before);
        });
        QLocale::setDefault(QLocale(language));
        TaskForm form;
        TaskConfig task = sampleTask();
        if (version == 0)
            task.setDefinition(TaskDefinition::invokeRestApiV0());
        form.setTask(task, connections(), {});
        child<QGroupBox>(form, "advancedGroup")->setChecked(true);
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));

        QHash<QChar, QString> owners;
        const auto claim = [&owners](const QString &text, const QString &who) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            QVERIFY2(!mnemonic.isEmpty(), qPrintable(who + QStringLiteral(" has no accelerator: ") + text));
            const QChar letter = QChar(mnemonic[0].key());
            QVERIFY2(!owners.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(owners.value(letter), who, letter)));
            owners.insert(letter, who);
        };
        for (const char *name : {"versionLabel", "displayNameLabel", "timeoutLabel", "conditionLabel"})
            claim(child<QLabel>(form, name)->text(), QString::fromLatin1(name));
        for (const char *name : {"enabledCheck", "continueOnErrorCheck"})
            claim(child<QCheckBox>(form, name)->text(), QString::fromLatin1(name));
        const QStringList definitionLabels = {QStringLiteral("connectionTypeLabel"), QStringLiteral("connectionLabel"),
                                              QStringLiteral("methodLabel"),         QStringLiteral("headersLabel"),
                                              QStringLiteral("bodyLabel"),           QStringLiteral("urlSuffixLabel"),
                                              QStringLiteral("completionLabel"),     QStringLiteral("criteriaLabel")};
        int checked = 0;
        for (const QString &name : definitionLabels) {
            auto *label = form.findChild<QLabel *>(name);
            QVERIFY(label);
            if (!label->isVisible())
                continue;
            claim(label->text(), name);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(label->buddy());
            const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &form,
                            Qt::Key(mnemonic[0].key()), Qt::AltModifier);
            QVERIFY2(label->buddy()->hasFocus(),
                     qPrintable(QStringLiteral("%1 (%2): focus is on %3")
                                    .arg(name, label->text(),
                                         QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                     : QStringLiteral("nothing"))));
            ++checked;
        }
        QVERIFY(checked >= 6);
    }

    void findingForAnInput_appearsNextToIt()
    {
        TaskForm form;
        TaskConfig task = sampleTask();
        task.setInput(QStringLiteral("connectedServiceName"), QString());
        form.setTask(task, connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *connectionFindings = child<QLabel>(form, "connectionFindings");
        QVERIFY(connectionFindings->isVisible());
        QVERIFY2(connectionFindings->text().contains(QStringLiteral("Generic service connection is required.")),
                 qPrintable(connectionFindings->text()));
        QVERIFY(child<QLabel>(form, "findingsLabel")->text().contains(QStringLiteral("is required")));
        QVERIFY(!child<QLabel>(form, "methodFindings")->isVisible());

        // A body on GET is a warning: shown in the list, not beside the hidden field, and in another colour.
        auto *connection = child<QComboBox>(form, "connectionCombo");
        connection->setCurrentIndex(connection->findText(QStringLiteral("demo")));
        QVERIFY(!connectionFindings->isVisible());
        auto *body = child<QPlainTextEdit>(form, "bodyEdit");
        clearAndType(body, QStringLiteral("x"));
        auto *method = child<QComboBox>(form, "methodCombo");
        method->setCurrentIndex(method->findData(QStringLiteral("GET")));
        QVERIFY(!child<QLabel>(form, "bodyFindings")->isVisible());
        QVERIFY(child<QLabel>(form, "findingsLabel")->text().contains(QStringLiteral("Warning:")));

        method->setCurrentIndex(method->findData(QStringLiteral("POST")));
        task = form.task();
        task.setInput(QStringLiteral("body"), QString(2001, u'x'));
        form.setTask(task, connections(), {});
        auto *bodyFindings = child<QLabel>(form, "bodyFindings");
        QVERIFY(bodyFindings->isVisible());
        QVERIFY(bodyFindings->text().contains(QStringLiteral("at most 2000")));
    }

    void manageButton_isHiddenUntilEnabled_andAsksForManagement()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *manage = child<QToolButton>(form, "manageConnectionsButton");
        QVERIFY(!manage->isVisible());
        form.setManageConnectionsAvailable(true);
        QVERIFY(manage->isVisible());
        QSignalSpy requested(&form, &TaskForm::manageConnectionsRequested);
        QTest::mouseClick(manage, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
    }

    void everyFocusableControl_hasAnAccessibleName()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        child<QGroupBox>(form, "advancedGroup")->setChecked(true);
        form.setManageConnectionsAvailable(true);
        int checked = 0;
        for (QWidget *widget : form.findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // The line edit inside an editable combo box or a spin box is named through its owner.
            if (qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void tabOrder_followsTheFormTopToBottom()
    {
        TaskForm form;
        form.setTask(sampleTask(), connections(), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QStringList expected {
            QStringLiteral("versionCombo"),  QStringLiteral("displayNameEdit"), QStringLiteral("methodHelp"),
            QStringLiteral("methodCombo"),   QStringLiteral("headersHelp"),     QStringLiteral("headersEdit"),
            QStringLiteral("urlSuffixEdit"), QStringLiteral("advancedGroup"),   QStringLiteral("criteriaEdit"),
            QStringLiteral("enabledCheck"),  QStringLiteral("timeoutSpin"),     QStringLiteral("conditionEdit"),
        };
        QStringList chain;
        QWidget *widget = child<QWidget>(form, "versionCombo");
        for (int i = 0; i < 200 && chain.size() < 60; ++i) {
            if (!chain.contains(widget->objectName()) && expected.contains(widget->objectName()))
                chain.append(widget->objectName());
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(chain, expected);
    }
};

QTEST_MAIN(TestTaskForm)
#include "tst_taskform.moc"
