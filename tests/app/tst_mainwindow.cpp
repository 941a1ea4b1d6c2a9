#include "app/design/taskform.h"
#include "app/design/variablespanel.h"
#include "app/design/yamlpane.h"
#include "app/dialogs/importpipelinedialog.h"
#include "app/mainwindow.h"
#include "app/result/jsontreemodel.h"
#include "app/result/resultpanel.h"
#include "app/widgets/criteriaedit.h"
#include "demo/demoserver.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace RestGate;

namespace {

// A design of `tasks` (each "displayName|urlSuffix|successCriteria") on one connection to 127.0.0.1:`port`.
QString writeDesign(const QTemporaryDir &dir, quint16 port, const QStringList &tasks)
{
    QString text = QStringLiteral("restgate: 1\n"
                                  "connections:\n"
                                  "  - name: local\n"
                                  "    type: generic\n"
                                  "    url: http://127.0.0.1:%1/\n"
                                  "tasks:\n")
                       .arg(port);
    for (const QString &task : tasks) {
        const QStringList parts = task.split(QLatin1Char('|'));
        text += QStringLiteral("  - task: InvokeRESTAPI@1\n"
                               "    displayName: %1\n"
                               "    inputs:\n"
                               "      serviceConnection: local\n"
                               "      method: GET\n"
                               "      urlSuffix: %2\n")
                    .arg(parts.at(0), parts.at(1));
        if (parts.size() > 2)
            text += QStringLiteral("      successCriteria: \"%1\"\n").arg(parts.at(2));
    }
    const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

CriteriaEdit *openCriteria(MainWindow &window)
{
    window.taskForm()->findChild<QGroupBox *>(QStringLiteral("advancedGroup"))->setChecked(true);
    auto *criteria = window.taskForm()->findChild<CriteriaEdit *>(QStringLiteral("criteriaEdit"));
    criteria->setFocus();
    return criteria;
}

QAction *any2xxAction(MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().startsWith(QLatin1String("Treat any 2xx")))
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
    }

    void sample_opensWithTheDemoEndpointRunning()
    {
        MainWindow window;
        window.openSample();
        QVERIFY(window.demoServer());
        QVERIFY(window.demoServer()->port() > 0);
        QVERIFY(!window.document().tasks.isEmpty());
        // The sample's connection points at wherever the demo endpoint really listens.
        QCOMPARE(window.document().connections.first().url, window.demoServer()->baseUrl().toString());
        QVERIFY(window.windowTitle().contains(QStringLiteral("RestGate")));
    }

    void sendWithKeyboard_runsTheSampleTaskAndShowsPassed()
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectTask(0);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
    }

    void everySampleTask_passesAgainstAFreshDemoEndpoint()
    {
        MainWindow window;
        window.openSample();
        for (int i = 0; i < window.document().tasks.size(); ++i) {
            window.selectTask(i);
            QSignalSpy finished(&window, &MainWindow::runFinished);
            window.send();
            QVERIFY(finished.wait(15000));
            const RunResult result = finished.first().first().value<RunResult>();
            QVERIFY2(result.passed(),
                     qPrintable(QStringLiteral("task %1: %2").arg(i + 1).arg(result.reasons.join(QLatin1Char(' ')))));
        }
    }

    void responseWithoutCriteria_isParsedOnce_forThePanelAndCompletion()
    {
        QHttpServer server;
        server.route(QStringLiteral("/items"), [] {
            return QHttpServerResponse(
                QJsonObject {{QStringLiteral("items"), QJsonArray {1, 2}}, {QStringLiteral("total"), 2}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("once.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // No success criteria: the runner has no reason to parse the body, so the panel's parse is the only one.
        file.write(QStringLiteral("restgate: 1\nconnections:\n  - name: items\n    type: generic\n"
                                  "    url: http://127.0.0.1:%1/\n"
                                  "tasks:\n  - task: InvokeRESTAPI@1\n    inputs:\n      serviceConnection: items\n"
                                  "      method: GET\n      urlSuffix: items\n")
                       .arg(port)
                       .toUtf8());
        file.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.first().first().value<RunResult>().bodyDocument.isEmpty());
        QTRY_VERIFY(!window.resultPanel()->isBusy());
        auto *tree = qobject_cast<JsonTreeModel *>(
            window.resultPanel()->findChild<QTreeView *>(QStringLiteral("treeView"))->model());
        QVERIFY(tree);
        const QModelIndex root = tree->index(0, 0);
        while (tree->canFetchMore(root))
            tree->fetchMore(root);
        const Json::Value total = tree->valueAt(tree->index(1, 0, root));
        QCOMPARE(total.toInt64(), 2);
        // Completion holds the very document the panel shows (a value of another parse has no path in it).
        const Json::Document &completion = window.taskForm()->lastResponse();
        QVERIFY(!completion.isEmpty());
        QCOMPARE(completion.pathTo(total).size(), 1);
    }

    void choosingGet_hidesTheBody()
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *method = window.taskForm()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        auto *body = window.taskForm()->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        QVERIFY(method && body);
        method->setCurrentIndex(method->findData(QStringLiteral("POST")));
        QVERIFY(body->isVisible());
        method->setCurrentIndex(method->findData(QStringLiteral("GET")));
        QVERIFY(!body->isVisible());
        QVERIFY(window.isWindowModified());
    }

    void callbackTask_waitsForTaskCompletedAndPasses()
    {
        QFile port(qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + QStringLiteral("/callbackservice.port"));
        QVERIFY2(port.open(QIODevice::ReadOnly), "the callbackservice fixture is not running");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callback.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\nconnections:\n- name: service\n  type: generic\n  url: http://127.0.0.1:"
                   + port.readAll().trimmed()
                   + "/\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: service\n"
                     "    method: POST\n    urlSuffix: task/correct\n    waitForCompletion: 'true'\n");
        file.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        QVERIFY(window.isRunning());
        QVERIFY(finished.wait(20000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        auto *timeline = window.resultPanel()->findChild<QPlainTextEdit *>(QStringLiteral("callbackView"));
        QVERIFY(timeline);
        QVERIFY2(timeline->toPlainText().contains(QStringLiteral("TaskCompleted")),
                 qPrintable(timeline->toPlainText()));
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
    }

    void importPipeline_addsTheChosenStepsAndPlaceholderConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("azure-pipelines.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("jobs:\n- job: gate\n  pool: server\n  steps:\n"
                   "  - task: InvokeRESTAPI@1\n    displayName: Check status\n    inputs:\n"
                   "      serviceConnection: status-api\n      method: GET\n      urlSuffix: status\n"
                   "  - task: InvokeRESTAPI@1\n    displayName: Notify\n    inputs:\n"
                   "      serviceConnection: status-api\n      method: POST\n");
        file.close();
        MainWindow window;
        window.openSample();
        const qsizetype before = window.document().tasks.size();
        // The dialog is modal: untick the second step and press Import once it shows.
        QTimer::singleShot(0, &window, [&window] {
            auto *dialog = window.findChild<ImportPipelineDialog *>();
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("taskList"));
            QCOMPARE(list->count(), 2);
            QVERIFY(list->item(0)->text().contains(QStringLiteral("line 5")));
            // The sample has no "status-api": the note says a placeholder is added and needs its URL.
            QVERIFY2(
                list->item(0)->text().contains(QStringLiteral("the connection “status-api” is not in this design")),
                qPrintable(list->item(0)->text()));
            list->item(1)->setCheckState(Qt::Unchecked);
            dialog->accept();
        });
        window.importPipeline(path);
        QCOMPARE(window.document().tasks.size(), before + 1);
        QCOMPARE(window.document().tasks.last().displayName, QStringLiteral("Check status"));
        QVERIFY(window.document().connection(QStringLiteral("status-api")));
        QCOMPARE(window.currentTaskIndex(), int(before));
        QVERIFY(window.isWindowModified());
    }

    void copyAsYamlAndCurl_putTheTaskOnTheClipboard()
    {
        MainWindow window;
        window.openSample();
        window.selectTask(0);
        window.copyTaskAsYaml(false);
        QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("- task: InvokeRESTAPI@1\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("successCriteria: eq(root['status'], 'successful')")));
        window.copyTaskAsYaml(true);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("pool: server")));
        window.copyTaskAsCurl();
        text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("curl")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("/deployments/1")));
    }

    void bodyView_prettyPrintsJsonInTheServersOrder()
    {
        ResultPanel panel;
        RunResult result;
        result.verdict = RunResult::Verdict::Passed;
        result.status = 200;
        result.body = "{\"zeta\":1,\"alpha\":[true,null,\"a\\\"b\"],\"mid\":{},\"n\":1.50}";
        panel.showResult(result);
        auto *body = panel.findChild<QPlainTextEdit *>(QStringLiteral("bodyView"));
        QVERIFY(body);
        QCOMPARE(
            body->toPlainText(),
            QStringLiteral("{\n    \"zeta\": 1,\n    \"alpha\": [\n        true,\n        null,\n        \"a\\\"b\"\n"
                           "    ],\n    \"mid\": {},\n    \"n\": 1.50\n}"));
        // Not JSON: shown as received.
        result.body = "plain text";
        panel.showResult(result);
        QCOMPARE(body->toPlainText(), QStringLiteral("plain text"));
    }

    // The whole designer loop, as a user does it with the keyboard: send, read a failing criteria, fix it from the
    // response tree, and take the YAML, with exactly one request reaching the server.
    void designRunFixAndCopy_withOneRequest()
    {
        QHttpServer server;
        int requests = 0;
        server.route(QStringLiteral("/deployments/42"), [&requests] {
            ++requests;
            return QHttpServerResponse(QJsonObject {
                {QStringLiteral("deployment"),
                 QJsonObject {{QStringLiteral("id"), 42}, {QStringLiteral("status"), QStringLiteral("successful")}}}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loop.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\n"
                                  "connections:\n"
                                  "  - name: deployments\n"
                                  "    type: generic\n"
                                  "    url: http://127.0.0.1:%1/\n"
                                  "tasks:\n"
                                  "  - task: InvokeRESTAPI@1\n"
                                  "    displayName: Gate on deployment\n"
                                  "    inputs:\n"
                                  "      serviceConnection: deployments\n"
                                  "      method: GET\n"
                                  "      urlSuffix: deployments/42\n"
                                  "      successCriteria: eq(root['deployment']['status'], 'succeeded')\n")
                       .arg(port)
                       .toUtf8());
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(requests, 1);
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));

        // Fix the criteria by typing: the verdict follows at once, from the response already received.
        auto *advanced = window.taskForm()->findChild<QGroupBox *>(QStringLiteral("advancedGroup"));
        advanced->setChecked(true);
        auto *criteria = window.taskForm()->findChild<CriteriaEdit *>(QStringLiteral("criteriaEdit"));
        QVERIFY(criteria && criteria->isVisible());
        criteria->setFocus();
        criteria->selectAll();
        QTest::keyClicks(criteria, QStringLiteral("eq(root['deployment']['id'], 42)"));
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QTest::keyClicks(criteria, QStringLiteral(" "));
        QTest::keyClick(criteria, Qt::Key_Backspace);
        QTest::keyClick(criteria, Qt::Key_Backspace); // "…, 42" without its ")": half-typed, not FAILED
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("INCOMPLETE EXPRESSION"));

        // Take the right expression from the response tree instead.
        auto *tree = window.resultPanel()->findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(tree);
        QTRY_VERIFY(tree->model() && tree->model()->rowCount() > 0);
        // Walk root ▸ deployment ▸ status as a user expanding the tree does; children load on demand.
        QAbstractItemModel *model = tree->model();
        auto expanded = [tree, model](const QModelIndex &index) {
            tree->expand(index);
            while (model->canFetchMore(index))
                model->fetchMore(index);
            return index;
        };
        const QModelIndex root = expanded(model->index(0, 0));
        const QModelIndex deployment = expanded(model->index(0, 0, root));
        QCOMPARE(model->rowCount(deployment), 2);
        const QModelIndex status = model->index(1, 0, deployment);
        QCOMPARE(status.data().toString(), QStringLiteral("status"));
        tree->setCurrentIndex(status);
        window.resultPanel()->findChild<QPushButton *>(QStringLiteral("useInCriteriaButton"))->click();
        QCOMPARE(window.document().tasks.first().input(QStringLiteral("successCriteria")),
                 QStringLiteral("eq(root['deployment']['status'], 'successful')"));
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QCOMPARE(requests, 1);
        // Undo takes the criteria back, and the verdict with it; redo again.
        window.undoStack()->undo();
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
        window.undoStack()->redo();
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QCOMPARE(requests, 1);

        // The YAML pane shows the fixed step, and copies it.
        window.yamlPane()->copyToClipboard();
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            QStringLiteral("successCriteria: eq(root['deployment']['status'], 'successful')")));
    }

    // The task's last run was PASSED with the criteria it was sent with; the criteria was changed since. Coming back
    // to the task must show the verdict of the criteria in the form, judged on the same response, not the old one.
    void switchingTasks_showsTheVerdictOfTheCurrentCriteria()
    {
        QHttpServer server;
        int requests = 0;
        server.route(QStringLiteral("/item"), [&requests] {
            ++requests;
            return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = writeDesign(
            dir, port, {QStringLiteral("Check|item|eq(root['status'], 'ok')"), QStringLiteral("Other|item")});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.selectTask(0);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));

        CriteriaEdit *criteria = openCriteria(window);
        criteria->selectAll();
        QTest::keyClicks(criteria, QStringLiteral("eq(root['status'], 'down')"));
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));

        window.selectTask(1);
        window.selectTask(0);
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
        QCOMPARE(window.resultPanel()->shownResult().request.criteria, QStringLiteral("eq(root['status'], 'down')"));
        QCOMPARE(requests, 1);

        // Changed again through the document (undo) while another task is shown: the same holds.
        window.selectTask(1);
        window.undoStack()->undo();
        window.selectTask(0);
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QCOMPARE(requests, 1);
    }

    // "Treat any 2xx as success" is part of the verdict: switching it re-judges the response shown, at once.
    void togglingAny2xx_rejudgesTheShownResponse()
    {
        QHttpServer server;
        int requests = 0;
        server.route(QStringLiteral("/created"), [&requests] {
            ++requests;
            return QHttpServerResponse(QJsonObject {{QStringLiteral("id"), 7}},
                                       QHttpServerResponder::StatusCode::Created);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = writeDesign(dir, port, {QStringLiteral("Create|created|eq(root['id'], 7)")});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.selectTask(0);
        QAction *any2xx = any2xxAction(window);
        QVERIFY(any2xx);
        any2xx->setChecked(false);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));

        any2xx->trigger();
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QVERIFY(window.resultPanel()->shownResult().options.treatAny2xxAsSuccess);
        any2xx->trigger();
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
        QCOMPARE(requests, 1);
    }

    // Typing a criteria does not flash FAILED on every keystroke: the re-judge waits for a pause, and a criteria
    // that does not parse yet is shown as incomplete.
    void typingCriteria_isDebouncedAndShownIncompleteWhileItDoesNotParse()
    {
        QHttpServer server;
        server.route(QStringLiteral("/item"), [] {
            return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = writeDesign(dir, port, {QStringLiteral("Check|item|eq(root['status'], 'ok')")});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.selectTask(0);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));

        CriteriaEdit *criteria = openCriteria(window);
        criteria->selectAll();
        QTest::keyClicks(criteria, QStringLiteral("eq(root['sta"));
        // No event loop has run since the keystrokes: nothing is re-judged yet.
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("INCOMPLETE EXPRESSION"));
        QVERIFY(window.resultPanel()
                    ->findChild<QLabel *>(QStringLiteral("reasonsLabel"))
                    ->text()
                    .contains(QLatin1String("does not parse yet")));
        QTest::keyClicks(criteria, QStringLiteral("tus'], 'ok')"));
        QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
    }

    // A task switched from POST to GET keeps its body text, hidden: the request that goes out has no body, as the
    // task's visibleRule says, and the form says why.
    void getWithAHiddenBody_sendsNoBody()
    {
        QHttpServer server;
        QByteArray method;
        QByteArray received = "unset";
        server.route(QStringLiteral("/items"), [&](const QHttpServerRequest &request) {
            method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "other";
            received = request.body();
            return QHttpServerResponse(QJsonObject {{QStringLiteral("ok"), true}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString path = writeDesign(dir, port, {QStringLiteral("Items|items")});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.selectTask(0);
        auto *methodCombo = window.taskForm()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        auto *body = window.taskForm()->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        methodCombo->setCurrentIndex(methodCombo->findData(QStringLiteral("POST")));
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("{\"left\": \"over\"}"));
        methodCombo->setCurrentIndex(methodCombo->findData(QStringLiteral("GET")));
        QVERIFY(!body->isVisible());
        QCOMPARE(window.document().tasks.first().input(QStringLiteral("body")), QStringLiteral("{\"left\": \"over\"}"));
        QVERIFY(window.taskForm()
                    ->findChild<QLabel *>(QStringLiteral("findingsLabel"))
                    ->text()
                    .contains(QLatin1String("so it is not sent")));

        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(15000));
        QCOMPARE(method, QByteArray("GET"));
        QCOMPARE(received, QByteArray());
        QVERIFY(!window.resultPanel()->shownResult().request.hasBody);
    }

    // A secret variable the task uses but nobody gave a value: named in the findings before anything is sent,
    // and gone once its value is typed under Variables.
    void emptySecretVariable_isNamedBeforeSending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\n"
                   "connections:\n"
                   "  - name: local\n"
                   "    type: generic\n"
                   "    url: http://127.0.0.1:1/\n"
                   "variables:\n"
                   "  zzUnsetToken: {secret: true}\n"
                   "tasks:\n"
                   "  - task: InvokeRESTAPI@1\n"
                   "    inputs:\n"
                   "      serviceConnection: local\n"
                   "      method: GET\n"
                   "      headers: '{\"X-Token\": \"$(zzUnsetToken)\"}'\n");
        file.close();
        qunsetenv("RESTGATE_SECRET_ZZUNSETTOKEN");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.selectTask(0);
        auto *findings = window.taskForm()->findChild<QLabel *>(QStringLiteral("findingsLabel"));
        QVERIFY2(findings->text().contains(QLatin1String("secret variable 'zzUnsetToken' has no value")),
                 qPrintable(findings->text()));
        VariablesModel *model = window.variablesPanel()->baseModel();
        QVERIFY(model->setData(model->index(model->rowOf(QStringLiteral("zzUnsetToken")), VariablesModel::ValueColumn),
                               QStringLiteral("t0ken")));
        QVERIFY2(!findings->text().contains(QLatin1String("zzUnsetToken")), qPrintable(findings->text()));
        QVERIFY(!findings->text().contains(QLatin1String("t0ken")));
    }

    void failureExamples_failForTheirReason()
    {
        MainWindow window;
        window.openFailureExamples();
        QVERIFY(window.demoServer());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Failure examples")));
        const int index =
            int(window.document().taskIndexByDisplayName(QStringLiteral("Criteria is false (deployment 2 failed)")));
        QVERIFY(index >= 0);
        window.selectTask(index);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        QVERIFY(finished.wait(15000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Failed);
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
    }

    void switchingToV0_keepsSharedInputsAndSaysWhatWasDropped()
    {
        MainWindow window;
        window.openSample();
        window.selectTask(0);
        auto *version = window.taskForm()->findChild<QComboBox *>(QStringLiteral("versionCombo"));
        QVERIFY(version);
        const QString suffix = window.document().tasks.at(0).input(QStringLiteral("urlSuffix"));
        version->setCurrentIndex(version->findText(QStringLiteral("InvokeRESTAPI@0")));
        QCOMPARE(window.document().tasks.at(0).definition().majorVersion, 0);
        QCOMPARE(window.document().tasks.at(0).input(QStringLiteral("urlSuffix")), suffix);
        window.undoStack()->undo();
        QCOMPARE(window.document().tasks.at(0).definition().majorVersion, 1);
    }

    void brokenHeaders_showLineAndColumn()
    {
        MainWindow window;
        window.openSample();
        auto *headers = window.taskForm()->findChild<QPlainTextEdit *>(QStringLiteral("headersEdit"));
        auto *status = window.taskForm()->findChild<QLabel *>(QStringLiteral("headersStatusLabel"));
        QVERIFY(headers && status);
        headers->setPlainText(QStringLiteral("{\n\"Content-Type\": \"application/json\",\n\"X\" 1\n}"));
        QVERIFY2(status->text().startsWith(QStringLiteral("Line 3, column")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
