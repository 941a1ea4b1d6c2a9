// The design as a document: undo/redo of form and list edits, save and reopen, autosave and crash recovery, revert,
// recent files, drag-and-drop, and the window layout that persists.
#include "app/design/taskform.h"
#include "app/design/tasklistpanel.h"
#include "app/design/variablespanel.h"
#include "app/design/yamlpane.h"
#include "app/dialogs/connectionsdialog.h"
#include "app/dialogs/curlimportdialog.h"
#include "app/document/recentfiles.h"
#include "app/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace RestGate;

namespace {

// Presses the button labelled `text` (mnemonics ignored) in the next modal dialog, from inside its event loop.
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            answerNextDialog(text);
            return;
        }
        for (QAbstractButton *button : modal->findChildren<QAbstractButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        qWarning("no button %s in the dialog", qPrintable(text));
    });
}

void clearRecoveryDirectory()
{
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
}

QString writeSampleDesign(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("flow.restgate.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("restgate: 1\n"
               "connections:\n"
               "  - name: api\n"
               "    type: generic\n"
               "    url: http://127.0.0.1:9/\n"
               "tasks:\n"
               "  - task: InvokeRESTAPI@1\n"
               "    displayName: First\n"
               "    inputs:\n"
               "      serviceConnection: api\n"
               "      method: GET\n"
               "  - task: InvokeRESTAPI@1\n"
               "    displayName: Second\n"
               "    inputs:\n"
               "      serviceConnection: api\n"
               "      method: POST\n"
               "      body: '{}'\n");
    return path;
}

} // namespace

class TestDocumentFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { clearRecoveryDirectory(); }

    void undoRedo_coversAComboEdit()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        window.selectTask(0);
        auto *method = window.taskForm()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        QVERIFY(method);
        method->setCurrentIndex(method->findData(QStringLiteral("DELETE")));
        QCOMPARE(window.document().tasks.at(0).method(), QStringLiteral("DELETE"));
        QVERIFY(window.isModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("flow.restgate.yml")));

        window.undoStack()->undo();
        QCOMPARE(window.document().tasks.at(0).method(), QStringLiteral("GET"));
        QCOMPARE(method->currentData().toString(), QStringLiteral("GET"));
        QVERIFY(!window.isModified());
        window.undoStack()->redo();
        QCOMPARE(window.document().tasks.at(0).method(), QStringLiteral("DELETE"));
        QCOMPARE(method->currentData().toString(), QStringLiteral("DELETE"));
    }

    void typingInOneField_isOneUndoStep()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        auto *name = window.taskForm()->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Deploy"));
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Deploy"));
        QCOMPARE(window.taskList()->titleAt(0), QStringLiteral("Deploy"));
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("First"));
        QCOMPARE(name->text(), QStringLiteral("First"));
        QCOMPARE(window.taskList()->titleAt(0), QStringLiteral("First"));
    }

    void undoShortcut_worksFromTheTaskList()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        window.taskList()->listWidget()->setFocus();
        window.deleteTask(0);
        QCOMPARE(window.document().tasks.size(), 1);
        QTest::keyClick(window.taskList()->listWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document().tasks.size(), 2);
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("First"));
        QTest::keyClick(window.taskList()->listWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document().tasks.size(), 1);
    }

    void taskListOperations_editTheDocumentAndUndo()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        const DesignDocument original = window.document();

        window.addTask();
        QCOMPARE(window.document().tasks.size(), 3);
        QCOMPARE(window.currentTaskIndex(), 2);
        QCOMPARE(window.document().tasks.at(2).connectionName(), QStringLiteral("api"));

        window.duplicateTask(0);
        QCOMPARE(window.document().tasks.size(), 4);
        QCOMPARE(window.document().tasks.at(1).displayName, QStringLiteral("First (copy)"));
        QCOMPARE(window.currentTaskIndex(), 1);

        window.moveTask(2, 0);
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Second"));
        QCOMPARE(window.taskList()->titleAt(0), QStringLiteral("Second"));

        // Rename as the user does: F2 on the selected row, type, Enter.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *list = window.taskList()->listWidget();
        window.selectTask(0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Renamed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Renamed"));

        window.deleteTask(0);
        QCOMPARE(window.document().tasks.size(), 3);

        while (window.undoStack()->canUndo())
            window.undoStack()->undo();
        QCOMPARE(window.document(), original);
        QVERIFY(!window.isModified());
    }

    void draggingARow_reordersTheTasks()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        QAbstractItemModel *model = window.taskList()->listWidget()->model();
        // What the view does on an internal drop: move the row inside its model.
        QVERIFY(model->moveRows(QModelIndex(), 0, 1, QModelIndex(), 2));
        QTRY_COMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Second"));
        QCOMPARE(window.document().tasks.at(1).displayName, QStringLiteral("First"));
        QCOMPARE(window.currentTaskIndex(), 1);
        window.undoStack()->undo();
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("First"));
    }

    void save_reopen_compare()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.newDocument();
        QCOMPARE(window.document().tasks.size(), 1);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
        window.addTask();
        window.renameTask(1, QStringLiteral("Saved task"));
        const QString path = dir.filePath(QStringLiteral("saved.restgate.yml"));
        QVERIFY(window.saveTo(path));
        QVERIFY(!window.isModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("saved.restgate.yml")));
        QCOMPARE(RecentFiles().paths().first(), QFileInfo(path).absoluteFilePath());

        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.document(), window.document());
        QCOMPARE(reopened.taskList()->titleAt(1), QStringLiteral("Saved task"));
        QVERIFY(!reopened.isModified());
    }

    void crash_isRestoredFromAutosave()
    {
        QTemporaryDir dir;
        const QString path = writeSampleDesign(dir);
        DesignDocument edited;
        {
            auto *window = new MainWindow;
            QVERIFY(window->openFile(path));
            window->setAutosaveDelay(50);
            window->renameTask(1, QStringLiteral("Unsaved work"));
            edited = window->document();
            // The autosave timer fires on its own, a moment after the edit.
            QTRY_VERIFY(!QDir(RecoveryStore::defaultDirectory())
                             .entryList({QStringLiteral("*.restgate.yml")}, QDir::Files)
                             .isEmpty());
            delete window; // no close event, no save: as if the process had died
        }
        MainWindow next;
        QVERIFY(next.openFile(path));
        QCOMPARE(next.pendingRecoveries().size(), 1);
        answerNextDialog(QStringLiteral("Restore"));
        next.offerRecovery();
        QCOMPARE(next.document(), edited);
        QCOMPARE(next.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(next.isModified());
        // The restored design is protected again under the new session; the old recovery is gone.
        MainWindow third;
        QVERIFY(third.pendingRecoveries().isEmpty());
    }

    void discardedRecovery_isNotOfferedAgain()
    {
        {
            auto *window = new MainWindow;
            window->newDocument();
            window->addTask();
            QVERIFY(window->autosaveNow());
            delete window;
        }
        MainWindow next;
        QCOMPARE(next.pendingRecoveries().size(), 1);
        answerNextDialog(QStringLiteral("Discard"));
        next.offerRecovery();
        QVERIFY(next.pendingRecoveries().isEmpty());
    }

    void cleanClose_leavesNothingToRecover()
    {
        QTemporaryDir dir;
        {
            MainWindow window;
            QVERIFY(window.openFile(writeSampleDesign(dir)));
            window.addTask();
            QVERIFY(window.autosaveNow());
            QVERIFY(window.saveTo(window.filePath()));
            QVERIFY(window.close());
        }
        MainWindow next;
        QVERIFY(next.pendingRecoveries().isEmpty());
    }

    void revert_reloadsTheFile()
    {
        QTemporaryDir dir;
        const QString path = writeSampleDesign(dir);
        MainWindow window;
        QVERIFY(window.openFile(path));
        const DesignDocument saved = window.document();
        window.deleteTask(1);
        answerNextDialog(QStringLiteral("Discard"));
        window.revert();
        QCOMPARE(window.document(), saved);
        QVERIFY(!window.isModified());
    }

    void droppingADesign_opensIt()
    {
        QTemporaryDir dir;
        const QString path = writeSampleDesign(dir);
        MainWindow window;
        window.newDocument();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.document().tasks.size(), 2);
    }

    void yamlPane_followsTheSelectedTaskAndItsEdits()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        QVERIFY(window.yamlPane()->yaml().contains(QStringLiteral("displayName: First")));
        window.selectTask(1);
        QVERIFY(window.yamlPane()->yaml().contains(QStringLiteral("displayName: Second")));
        auto *method = window.taskForm()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(method->findData(QStringLiteral("PUT")));
        QVERIFY2(window.yamlPane()->yaml().contains(QStringLiteral("method: PUT")),
                 qPrintable(window.yamlPane()->yaml()));
        window.undoStack()->undo();
        // POST is the task's default, which the export leaves out.
        QVERIFY(!window.yamlPane()->yaml().contains(QStringLiteral("method: PUT")));
        QVERIFY(window.yamlPane()->yaml().contains(QStringLiteral("displayName: Second")));
    }

    void variableSet_changesTheRequestUrlPreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vars.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\n"
                   "connections:\n"
                   "  - name: api\n"
                   "    type: generic\n"
                   "    url: http://127.0.0.1:9/\n"
                   "variables:\n"
                   "  env: dev\n"
                   "variableSets:\n"
                   "  - name: prod\n"
                   "    variables:\n"
                   "      env: prod\n"
                   "tasks:\n"
                   "  - task: InvokeRESTAPI@1\n"
                   "    inputs:\n"
                   "      serviceConnection: api\n"
                   "      method: GET\n"
                   "      urlSuffix: status/$(env)\n");
        file.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        auto *preview = window.taskForm()->findChild<QLabel *>(QStringLiteral("requestUrlLabel"));
        QVERIFY(preview);
        QVERIFY2(preview->text().contains(QStringLiteral("status/dev")), qPrintable(preview->text()));
        // The left side lists the sets; activating one makes the dry run use it.
        auto *sets = window.findChild<QListWidget *>(QStringLiteral("variableSetList"));
        QVERIFY(sets);
        QCOMPARE(sets->count(), 2);
        QVERIFY(sets->item(0)->text().startsWith(QStringLiteral("✓")));
        Q_EMIT sets->itemActivated(sets->item(1));
        QCOMPARE(window.variablesPanel()->currentSetName(), QStringLiteral("prod"));
        QVERIFY2(preview->text().contains(QStringLiteral("status/prod")), qPrintable(preview->text()));
        QVERIFY(sets->item(1)->text().startsWith(QStringLiteral("✓")));
        QVERIFY(!window.isModified()); // choosing a set is not an edit of the design
    }

    void importFromCurl_addsATaskAndCanBeUndone()
    {
        MainWindow window;
        window.newDocument();
        QTimer::singleShot(0, qApp, [] {
            auto *dialog = qobject_cast<CurlImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setCommand(QStringLiteral("curl -X POST https://api.example.com/v1/deployments -H 'Content-Type: "
                                              "application/json' -d '{\"id\": 42}'"));
            QVERIFY(dialog->hasImport());
            dialog->accept();
        });
        window.importCurl();
        QCOMPARE(window.document().tasks.size(), 2);
        const TaskConfig &task = window.document().tasks.last();
        QCOMPARE(task.method(), QStringLiteral("POST"));
        QCOMPARE(window.currentTaskIndex(), 1);
        QCOMPARE(window.document().connections.size(), 1);
        QVERIFY(window.document().connections.first().url.startsWith(QStringLiteral("https://api.example.com/")));
        window.undoStack()->undo();
        QCOMPARE(window.document().tasks.size(), 1);
        QVERIFY(window.document().connections.isEmpty());
    }

    void manageButton_opensTheConnectionsDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        auto *manage = window.taskForm()->findChild<QToolButton *>(QStringLiteral("manageConnectionsButton"));
        QVERIFY(manage);
        QVERIFY(!manage->isHidden());
        bool opened = false;
        QTimer::singleShot(0, qApp, [&opened] {
            auto *dialog = qobject_cast<ConnectionsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        manage->click();
        QVERIFY(opened);
        QVERIFY(!window.isModified());
    }

    // Screen readers announce a control by its accessible name: a label buddy, the button's text, or an explicit
    // name. Every control a keyboard user can reach must have one.
    void everyFocusableControl_hasAnAccessibleName()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeSampleDesign(dir)));
        QStringList unnamed;
        auto check = [&window, &unnamed] {
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
                    continue;
                // Parts of a composite control (a combo's line edit, a spin box's editor) are announced through
                // their parent.
                if (widget->focusProxy()
                    || (qobject_cast<QLineEdit *>(widget) && widget->parentWidget()
                        && (widget->parentWidget()->inherits("QComboBox")
                            || widget->parentWidget()->inherits("QAbstractSpinBox"))))
                    continue;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("%1 (%2)").arg(
                        widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
            }
        };
        check();
        // The Variables dock shares its place with the YAML pane: check it too.
        window.findChild<QDockWidget *>(QStringLiteral("variablesDock"))->raise();
        check();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void layout_persistsAcrossWindows()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 400, 500});
            sizes = splitter->sizes();
            QVERIFY(window.close());
        }
        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestDocumentFlow)
#include "tst_documentflow.moc"
