// The window's tools beyond Send: Run all, the demo endpoint toggle and the run history kept across sessions,
// driven through the real window against servers on 127.0.0.1.
#include "app/design/tasklistpanel.h"
#include "app/design/variablespanel.h"
#include "app/document/historystore.h"
#include "app/mainwindow.h"
#include "app/result/resultpanel.h"
#include "app/result/runallqueue.h"
#include "app/result/runhistory.h"
#include "demo/demoserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace RestGate;

class TestMainWindowTools : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QStringList m_served; ///< paths, in the order the requests arrived

    static QString writeDesign(const QTemporaryDir &dir, const QString &text,
                               const QString &name = QStringLiteral("design.restgate.yml"))
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the design");
        file.write(text.toUtf8());
        return path;
    }

    QString design(const QString &tasks, quint16 port = 0) const
    {
        return QStringLiteral("restgate: 1\n"
                              "connections:\n"
                              "  - name: local\n"
                              "    type: generic\n"
                              "    url: http://127.0.0.1:%1/\n"
                              "variables:\n"
                              "  apiToken: {secret: true}\n"
                              "tasks:\n")
                   .arg(port ? port : m_port)
            + tasks;
    }

    static QString getTask(const QString &name, const QString &suffix, const QString &extra = {})
    {
        return QStringLiteral("  - task: InvokeRESTAPI@1\n"
                              "    displayName: %1\n"
                              "%3"
                              "    inputs:\n"
                              "      serviceConnection: local\n"
                              "      method: GET\n"
                              "      urlSuffix: %2\n")
            .arg(name, suffix, extra);
    }

    static QAction *action(const MainWindow &window, const char *name)
    {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    static void clickRow(QTreeView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        m_server.route(QStringLiteral("/ok"), [this] {
            m_served.append(QStringLiteral("ok"));
            return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
        });
        m_server.route(QStringLiteral("/fail"), [this] {
            m_served.append(QStringLiteral("fail"));
            return QHttpServerResponse(QJsonObject {}, QHttpServerResponder::StatusCode::ServiceUnavailable);
        });
        m_server.route(QStringLiteral("/items"), [this] {
            m_served.append(QStringLiteral("items"));
            return QHttpServerResponse(QJsonObject {{QStringLiteral("count"), 1}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
    }

    void init()
    {
        m_served.clear();
        QFile::remove(QSettings().fileName());
    }

    void runAll_sendsEveryEnabledTaskInOrderAndListsEachVerdict()
    {
        QTemporaryDir dir;
        const QString path = writeDesign(
            dir,
            design(getTask(QStringLiteral("First"), QStringLiteral("ok"))
                   + getTask(QStringLiteral("Second"), QStringLiteral("fail"))
                   + getTask(QStringLiteral("Off"), QStringLiteral("ok"), QStringLiteral("    enabled: false\n"))
                   + getTask(QStringLiteral("Last"), QStringLiteral("items"))));
        MainWindow window;
        window.setHistoryDirectory(dir.filePath(QStringLiteral("history")));
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RunAllQueue *queue = window.runAllQueue();
        QAbstractItemModelTester tester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(queue, &RunAllQueue::finished);
        QSignalSpy runs(&window, &MainWindow::runFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(queue->isActive());
        QVERIFY(!action(window, "runAllAction")->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(runs.count(), 3);
        QCOMPARE(m_served, QStringList({QStringLiteral("ok"), QStringLiteral("fail"), QStringLiteral("items")}));

        QCOMPARE(queue->rowCount(), 4);
        auto cell = [queue](int row, int column) { return queue->index(row, column).data().toString(); };
        QCOMPARE(cell(0, RunAllQueue::TaskColumn), QStringLiteral("First"));
        QCOMPARE(cell(0, RunAllQueue::VerdictColumn), QStringLiteral("PASSED"));
        QCOMPARE(cell(0, RunAllQueue::StatusColumn), QStringLiteral("200"));
        QVERIFY(cell(0, RunAllQueue::DurationColumn).endsWith(QStringLiteral(" ms")));
        QCOMPARE(cell(1, RunAllQueue::VerdictColumn), QStringLiteral("FAILED"));
        QCOMPARE(cell(1, RunAllQueue::StatusColumn), QStringLiteral("503"));
        QCOMPARE(queue->state(2), RunAllQueue::State::Skipped);
        QVERIFY(cell(2, RunAllQueue::VerdictColumn).contains(QStringLiteral("disabled")));
        QCOMPARE(cell(3, RunAllQueue::VerdictColumn), QStringLiteral("PASSED"));
        QCOMPARE(queue->summary(), QStringLiteral("2 passed, 1 not passed, 1 skipped"));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("runAllDock"))->isVisible());
        QVERIFY(action(window, "runAllAction")->isEnabled());

        // A click on an entry selects its task and shows its result.
        auto *view = window.findChild<QTreeView *>(QStringLiteral("runAllView"));
        clickRow(view, 1);
        QCOMPARE(window.currentTaskIndex(), 1);
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
        clickRow(view, 0);
        QCOMPARE(window.currentTaskIndex(), 0);
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        // Each run is in its task's history too.
        QCOMPARE(window.resultPanel()->history()->rowCount(), 1);
    }

    void runAll_escapeCancelsTheRunningTaskAndSkipsTheRest()
    {
        // Accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        const QString path = writeDesign(dir,
                                         design(getTask(QStringLiteral("Hangs"), QStringLiteral("never"))
                                                    + getTask(QStringLiteral("Next"), QStringLiteral("ok")),
                                                silent.serverPort()));
        MainWindow window;
        window.setHistoryDirectory(dir.filePath(QStringLiteral("history")));
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RunAllQueue *queue = window.runAllQueue();
        QSignalSpy finished(queue, &RunAllQueue::finished);
        window.runAll();
        QTRY_COMPARE(queue->state(0), RunAllQueue::State::Running);
        QTRY_VERIFY(window.isRunning());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(finished.wait(10000));
        QCOMPARE(queue->result(0).verdict, RunResult::Verdict::Cancelled);
        QCOMPARE(queue->state(1), RunAllQueue::State::NotRun);
        QVERIFY(m_served.isEmpty());
        QVERIFY(!window.isRunning());
    }

    void runAll_runsTheSampleIncludingItsCallbackTask()
    {
        MainWindow window;
        window.openSample();
        QVERIFY(window.demoServer());
        RunAllQueue *queue = window.runAllQueue();
        QSignalSpy finished(queue, &RunAllQueue::finished);
        window.runAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(queue->rowCount(), window.document().tasks.size());
        for (int row = 0; row < queue->rowCount(); ++row) {
            QVERIFY2(queue->result(row).passed(),
                     qPrintable(QStringLiteral("%1: %2").arg(queue->index(row, 0).data().toString(),
                                                             queue->result(row).reasons.join(u' '))));
        }
    }

    void runAll_listIsForgottenWhenAnotherDesignOpens()
    {
        QTemporaryDir dir;
        const QString first = writeDesign(dir, design(getTask(QStringLiteral("First"), QStringLiteral("ok"))),
                                          QStringLiteral("first.restgate.yml"));
        // Accepts connections and never answers: the second design's Run all is still going when a third opens.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString second = writeDesign(dir,
                                           design(getTask(QStringLiteral("Hangs"), QStringLiteral("never"))
                                                      + getTask(QStringLiteral("Next"), QStringLiteral("ok")),
                                                  silent.serverPort()),
                                           QStringLiteral("second.restgate.yml"));
        MainWindow window;
        window.setHistoryDirectory(dir.filePath(QStringLiteral("history")));
        QVERIFY(window.openFile(first));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RunAllQueue *queue = window.runAllQueue();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("runAllDock"));
        QSignalSpy finished(queue, &RunAllQueue::finished);
        window.runAll();
        QVERIFY(finished.wait(30000));
        QCOMPARE(queue->rowCount(), 1);
        QVERIFY(dock->isVisible());

        // A finished list of another design's tasks is not shown beside this one.
        QVERIFY(window.openFile(second));
        QCOMPARE(queue->rowCount(), 0);
        QVERIFY(!dock->isVisible());

        window.runAll();
        QTRY_COMPARE(queue->state(0), RunAllQueue::State::Running);
        QTRY_VERIFY(silent.hasPendingConnections());
        QVERIFY(window.openFile(first));
        // The running list stops: nothing of the second design is sent after the switch.
        QVERIFY(!queue->isActive());
        QCOMPARE(queue->rowCount(), 0);
        QTRY_VERIFY(!window.isRunning());
        QVERIFY(action(window, "runAllAction")->isEnabled());
        // A negative check: give a wrongly started "Next" the time to connect.
        QTest::qWait(200);
        int connections = 0;
        while (silent.hasPendingConnections()) {
            delete silent.nextPendingConnection();
            ++connections;
        }
        QCOMPARE(connections, 1); // "Hangs" only; "Next" was never sent
    }

    void demoEndpoint_startsAndStopsFromTheRunMenu()
    {
        MainWindow window;
        QAction *demo = action(window, "demoAction");
        QVERIFY(demo->isCheckable());
        QVERIFY(!demo->isChecked());
        QVERIFY(!window.demoServer());
        demo->trigger();
        QVERIFY(demo->isChecked());
        QVERIFY(window.demoServer());
        const quint16 port = window.demoServer()->port();
        QVERIFY(demo->text().contains(QString::number(port)));
        QVERIFY(demo->text().contains(QStringLiteral("Stop")));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(probe.waitForConnected(5000));
        probe.close();

        demo->trigger();
        QVERIFY(!demo->isChecked());
        QVERIFY(!window.demoServer());
        QVERIFY(demo->text().contains(QStringLiteral("Start")));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(2000));
        // Opening the sample starts it again, and the action says so.
        window.openSample();
        QVERIFY(demo->isChecked());
    }

    void history_showsTheRequestLineAndSurvivesReopeningWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString historyDir = dir.filePath(QStringLiteral("history"));
        const QString path =
            writeDesign(dir,
                        design(getTask(QStringLiteral("Items"), QStringLiteral("items?token=$(apiToken)"))
                               + getTask(QStringLiteral("Other"), QStringLiteral("ok"))));
        const QString secret = QStringLiteral("s3cret-token-value");
        {
            MainWindow window;
            window.setHistoryDirectory(historyDir);
            QVERIFY(window.openFile(path));
            window.variablesPanel()->setSecretValue(QStringLiteral("apiToken"), secret);
            for (int run = 0; run < 2; ++run) {
                QSignalSpy finished(&window, &MainWindow::runFinished);
                window.send();
                QVERIFY(finished.wait(15000));
            }
            RunHistory *history = window.resultPanel()->history();
            QCOMPARE(history->rowCount(), 2);
            const QString line = history->index(0).data().toString();
            QVERIFY2(line.contains(QStringLiteral("GET http://127.0.0.1:%1/items?token=••••").arg(m_port)),
                     qPrintable(line));
            QVERIFY(!line.contains(secret));
        }
        QFile stored(HistoryStore::fileFor(historyDir, path));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray text = stored.readAll();
        QVERIFY(!text.contains(secret.toUtf8()));
        QVERIFY(!text.contains("Authorization"));
        QVERIFY(text.contains("items?token="));

        MainWindow reopened;
        reopened.setHistoryDirectory(historyDir);
        QVERIFY(reopened.openFile(path));
        RunHistory *history = reopened.resultPanel()->history();
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 2);
        QVERIFY(history->isRestored(0));
        QVERIFY(history->index(0).data().toString().contains(QStringLiteral("items?token=••••")));
        QCOMPARE(reopened.resultPanel()->verdictText(), QStringLiteral("PASSED"));
        // The other task has none.
        reopened.selectTask(1);
        QCOMPARE(reopened.resultPanel()->history()->rowCount(), 0);
        // Clear history empties the task's list, and the next session finds nothing.
        reopened.selectTask(0);
        reopened.resultPanel()->findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->click();
        QCOMPARE(reopened.resultPanel()->history()->rowCount(), 0);
        QVERIFY(!QFile::exists(HistoryStore::fileFor(historyDir, path)));
        MainWindow third;
        third.setHistoryDirectory(historyDir);
        QVERIFY(third.openFile(path));
        QCOMPARE(third.resultPanel()->history()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindowTools)
#include "tst_mainwindowtools.moc"
