// The main window's Callback run with the callback settings: kept apart from tst_mainwindow so that the settings it
// stores (QSettings in test mode) never leak into the other window tests.
#include "app/callback/callbacksettingsdialog.h"
#include "app/callback/callbacktimeline.h"
#include "app/callback/callbacktimelinemodel.h"
#include "app/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace RestGate;

namespace {

QAction *findAction(const QWidget &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindowCallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("RestGateTest");
        QCoreApplication::setApplicationName("tst_mainwindowcallback");
        qRegisterMetaType<RunResult>();
    }

    void cleanup() { QSettings().remove("callback"); }

    void settingsAction_storesWhatTheDialogAccepts()
    {
        MainWindow window;
        QAction *action = findAction(window, "Call&back settings…");
        QVERIFY(action);
        QTimer::singleShot(0, &window, [&window] {
            auto *dialog = window.findChild<CallbackSettingsDialog *>();
            QVERIFY(dialog);
            auto *hub = dialog->findChild<QComboBox *>("hubCombo");
            hub->setCurrentIndex(hub->findText("checks"));
            dialog->accept();
        });
        action->trigger();
        QSettings store;
        QCOMPARE(CallbackSettingsDialog::load(store).hubName, QString("checks"));
    }

    void callbackRun_withANonDefaultHub_reachesTheServiceInThatHub()
    {
        QFile port(qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + "/callbackservice.port");
        QVERIFY2(port.open(QIODevice::ReadOnly), "the callbackservice fixture is not running");
        {
            QSettings store;
            CallbackSettings settings;
            settings.hubName = "release";
            settings.waitMs = 15'000;
            CallbackSettingsDialog::save(store, settings);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("callback.restgate.yml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restgate: 1\nconnections:\n- name: service\n  type: generic\n  url: http://127.0.0.1:"
                   + port.readAll().trimmed()
                   + "/\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: service\n"
                     "    method: POST\n    urlSuffix: task/correct\n    waitForCompletion: 'true'\n");
        file.close();

        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        QVERIFY(window.isRunning());
        // The dock appears once the run gets to the callback part (after the connection's credentials).
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QDockWidget *>("callbackTimelineDock"), 10000);
        QVERIFY(window.findChild<QDockWidget *>("callbackTimelineDock")->isVisible());
        auto *timeline = window.findChild<CallbackTimelineView *>();
        QVERIFY(timeline);
        QVERIFY2(timeline->listenerText().contains("hub release"), qPrintable(timeline->listenerText()));
        // The service may well have called back while the dock was awaited.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.verdict == RunResult::Verdict::Passed, qPrintable(result.reasons.join('\n')));

        // The service built its callback URLs from the HubName header: the hub the settings chose.
        const CallbackTimelineModel *model = timeline->model();
        QVERIFY(model->rowCount() >= 2);
        for (const CallbackEntry &entry : model->entries()) {
            QVERIFY2(entry.target.contains("/_apis/distributedtask/hubs/release/plans/"), qPrintable(entry.target));
            QCOMPARE(entry.status, 200);
        }
        QVERIFY(timeline->verdictText().startsWith("PASSED"));

        // Another design opened: the timeline of this one's run is not left beside it.
        const QString other = dir.filePath("other.restgate.yml");
        QFile otherFile(other);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        otherFile.write("restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    method: GET\n");
        otherFile.close();
        QVERIFY(window.openFile(other));
        QVERIFY(!window.findChild<QDockWidget *>("callbackTimelineDock")->isVisible());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!timeline->verdictText().contains("PASSED"));
        QVERIFY(timeline->listenerText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindowCallback)
#include "tst_mainwindowcallback.moc"
