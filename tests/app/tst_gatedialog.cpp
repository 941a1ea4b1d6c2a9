#include "app/dialogs/gatedialog.h"
#include "app/dialogs/gateevaluationmodel.h"
#include "app/mainwindow.h"
#include "app/widgets/gateplot.h"
#include "dryrun/credentialstep.h"
#include "scriptedserver.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;
using TestSupport::ScriptedServer;

// Run ▸ Simulate gate…, driven as a user does (typing the durations, Start, Stop, closing) against a listener on
// 127.0.0.1 whose answer changes from one evaluation to the next ('P' passes the criteria, 'F' fails it, '-' never
// answers).
class TestGateDialog : public QObject
{
    Q_OBJECT

private:
    static RunInput input(const QString &baseUrl)
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("health"));
        in.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        in.task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("health"));
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['status'], 'healthy')"));
        in.connection =
            ServiceConnection::create(QStringLiteral("health"), ServiceConnection::Type::Generic, baseUrl, {});
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static void type(QDialog &dialog, const char *field, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    static QPushButton *button(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    }

    SecretStore m_secrets;
    AzureTokenProvider m_tokens;
    CredentialResolver m_credentials {&m_secrets, &m_tokens};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
    }

    void start_fillsTheTableAndThePlotLive_untilSteadySuccess()
    {
        ScriptedServer s("FPFPPP");
        TaskRunner runner;
        GateDialog dialog(&runner, &m_credentials, input(s.server.baseUrl()), {}, QStringLiteral("Health"));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(760, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Health")));
        type(dialog, "intervalEdit", QStringLiteral("150ms"));
        type(dialog, "minSuccessEdit", QStringLiteral("300ms"));
        type(dialog, "timeoutEdit", QStringLiteral("3s"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());

        QSignalSpy finished(&dialog, &GateDialog::simulationFinished);
        QTest::mouseClick(button(dialog, "startButton"), Qt::LeftButton);
        // Live: the first evaluation shows before the simulation ends, and the controls say it runs.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowCount() >= 1, 5000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(dialog.plot()->evaluations().size(), dialog.model()->rowCount());
        QVERIFY(!button(dialog, "startButton")->isEnabled());
        QVERIFY(button(dialog, "stopButton")->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("intervalEdit"))->isEnabled());

        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().value<GateSimulator::Outcome>(), GateSimulator::Outcome::Succeeded);
        const GateEvaluationModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 6);
        QString verdicts;
        for (int row = 0; row < model->rowCount(); ++row)
            verdicts += model->index(row, GateEvaluationModel::VerdictColumn).data().toString().left(1);
        QCOMPARE(verdicts, QStringLiteral("FPFPPP"));
        QCOMPARE(model->index(0, GateEvaluationModel::StatusColumn).data().toString(), QStringLiteral("200 OK"));
        // The reason it failed, not the first reason (which says 200 is fine).
        QCOMPARE(model->index(0, GateEvaluationModel::ReasonColumn).data().toString(),
                 QStringLiteral("Success criteria eq(root['status'], 'healthy') is false."));
        QVERIFY(model->index(1, GateEvaluationModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(model->index(0, GateEvaluationModel::LatencyColumn).data().toString().endsWith(QStringLiteral(" ms")));
        QVERIFY(!model->index(0, GateEvaluationModel::VerdictColumn).data(Qt::DecorationRole).isNull());
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("SUCCEEDED: Succeeded at evaluation 6")),
                 qPrintable(summary->text()));
        QVERIFY(button(dialog, "startButton")->isEnabled());
        QVERIFY(!button(dialog, "stopButton")->isEnabled());

        // Each mark is painted where the evaluation is, in its verdict's colour, later evaluations further right.
        const QImage image = dialog.plot()->grab().toImage();
        const QList<GateEvaluation> &plotted = dialog.plot()->evaluations();
        QCOMPARE(plotted.size(), 6);
        for (int i = 0; i < plotted.size(); ++i) {
            const QPointF at = dialog.plot()->markPosition(plotted.at(i));
            if (i > 0)
                QVERIFY(at.x() > dialog.plot()->markPosition(plotted.at(i - 1)).x());
            const QColor expected = GatePlot::colorFor(GatePlot::markFor(plotted.at(i).verdict));
            // Two evaluations close in time overlap their marks' edges (a slow one finishes near the next), so any
            // pixel of the mark's core in its colour counts, not only the centre one.
            const QPoint centre = at.toPoint() * image.devicePixelRatio();
            QColor painted;
            bool found = false;
            for (int dy = -2; dy <= 2 && !found; ++dy) {
                for (int dx = -2; dx <= 2 && !found; ++dx) {
                    painted = image.pixelColor(centre + QPoint(dx, dy));
                    found = qAbs(painted.red() - expected.red()) < 40 && qAbs(painted.green() - expected.green()) < 40
                        && qAbs(painted.blue() - expected.blue()) < 40;
                }
            }
            QVERIFY2(found,
                     qPrintable(QStringLiteral("mark %1: %2 painted, %3 expected")
                                    .arg(i + 1)
                                    .arg(painted.name(), expected.name())));
        }

        // The y axis can show the status instead: every mark moves to the height of 200.
        auto *axis = dialog.findChild<QComboBox *>(QStringLiteral("axisCombo"));
        axis->setCurrentIndex(1);
        QCOMPARE(dialog.plot()->axis(), GatePlot::Axis::Status);
        QCOMPARE(dialog.plot()->markPosition(plotted.at(0)).y(), dialog.plot()->markPosition(plotted.at(1)).y());
    }

    void marks_differInShapeAndColour()
    {
        // Shape and colour both tell the verdict; no two verdict kinds share either.
        const QList<GatePlot::Mark> marks {GatePlot::Mark::Passed, GatePlot::Mark::Failed, GatePlot::Mark::Error,
                                           GatePlot::Mark::Cancelled};
        QCOMPARE(GatePlot::markFor(RunResult::Verdict::Passed), GatePlot::Mark::Passed);
        QCOMPARE(GatePlot::markFor(RunResult::Verdict::Failed), GatePlot::Mark::Failed);
        QCOMPARE(GatePlot::markFor(RunResult::Verdict::TimedOut), GatePlot::Mark::Error);
        QCOMPARE(GatePlot::markFor(RunResult::Verdict::Error), GatePlot::Mark::Error);
        QCOMPARE(GatePlot::markFor(RunResult::Verdict::Cancelled), GatePlot::Mark::Cancelled);
        QList<QImage> shapes;
        for (const GatePlot::Mark mark : marks) {
            QImage image(20, 20, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            GatePlot::drawMark(painter, mark, QPointF(10, 10), 12);
            painter.end();
            // The shape alone, without its colour.
            QImage mask(20, 20, QImage::Format_Mono);
            for (int y = 0; y < 20; ++y)
                for (int x = 0; x < 20; ++x)
                    mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 128 ? 1 : 0);
            for (const QImage &other : std::as_const(shapes))
                QVERIFY(other != mask);
            shapes.append(mask);
        }
        for (int i = 0; i < marks.size(); ++i)
            for (int j = i + 1; j < marks.size(); ++j)
                QVERIFY(GatePlot::colorFor(marks.at(i)) != GatePlot::colorFor(marks.at(j)));
    }

    void badDurations_disableStart_andSayWhy()
    {
        TaskRunner runner;
        GateDialog dialog(&runner, &m_credentials, input(QStringLiteral("http://127.0.0.1:9/")), {},
                          QStringLiteral("Health"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        type(dialog, "intervalEdit", QStringLiteral("5x"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("time between evaluations is not a duration")),
                 qPrintable(problem->text()));
        QVERIFY(!button(dialog, "startButton")->isEnabled());
        type(dialog, "intervalEdit", QStringLiteral("5m"));
        type(dialog, "minSuccessEdit", QStringLiteral("15m"));
        type(dialog, "timeoutEdit", QStringLiteral("15m"));
        QVERIFY2(problem->text().contains(QStringLiteral("can never succeed")), qPrintable(problem->text()));
        QVERIFY(!button(dialog, "startButton")->isEnabled());
        type(dialog, "timeoutEdit", QStringLiteral("2h"));
        QVERIFY(!problem->isVisible());
        QVERIFY(button(dialog, "startButton")->isEnabled());
        // 24 evaluations fit in 2 h: Microsoft's advice for checks is shown, without stopping anything.
        auto *advice = dialog.findChild<QLabel *>(QStringLiteral("adviceLabel"));
        QVERIFY(advice->isVisible());
        QVERIFY(advice->text().contains(QStringLiteral("at most 10 times")));
    }

    void connectionSecretFromTheEnvironment_reachesTheServer()
    {
        QList<QByteArray> authorizations;
        TestSupport::RawHttpServer server(
            [&authorizations](QTcpSocket *socket, const TestSupport::RawHttpServer::Request &request) {
                authorizations.append(request.header("Authorization"));
                socket->write(TestSupport::RawHttpServer::response(200, "OK", "{\"status\":\"healthy\"}",
                                                                   "Content-Type: application/json\r\n"));
                socket->disconnectFromHost();
            });
        RunInput in = input(server.baseUrl());
        in.connection = ServiceConnection::create(QStringLiteral("gate-env"), ServiceConnection::Type::Generic,
                                                  server.baseUrl(), QStringLiteral("deploy"));
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("gate-env"));
        qputenv("RESTGATE_SECRET_GATE_ENV", "gate-pw");
        TaskRunner runner;
        GateDialog dialog(&runner, &m_credentials, in, {}, QStringLiteral("Health"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "intervalEdit", QStringLiteral("150ms"));
        type(dialog, "minSuccessEdit", QStringLiteral("0s"));
        type(dialog, "timeoutEdit", QStringLiteral("5s"));
        QSignalSpy finished(&dialog, &GateDialog::simulationFinished);
        QTest::mouseClick(button(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        qunsetenv("RESTGATE_SECRET_GATE_ENV");
        QCOMPARE(finished.first().first().value<GateSimulator::Outcome>(), GateSimulator::Outcome::Succeeded);
        QCOMPARE(authorizations, QList<QByteArray> {"Basic " + QByteArray("deploy:gate-pw").toBase64()});
    }

    void missingSecret_isNotStarted_andSaysWhy()
    {
        ScriptedServer s("P");
        RunInput in = input(s.server.baseUrl());
        // An Azure connection whose client secret is neither stored nor in RESTGATE_SECRET_GATE_ARM: not optional.
        in.connection =
            ServiceConnection::create(QStringLiteral("gate-arm"), ServiceConnection::Type::AzureRM, s.server.baseUrl());
        in.task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameARM"));
        in.task.setInput(QStringLiteral("azureServiceConnection"), QStringLiteral("gate-arm"));
        qunsetenv("RESTGATE_SECRET_GATE_ARM");
        // What a plain run of the same task reports (DryRunSession and the command line share the step).
        const CredentialOutcome expected = CredentialStep::resolveAndWait(m_credentials, in);
        QVERIFY(!expected.ok());
        QVERIFY(!expected.failure().errorString.isEmpty());

        TaskRunner runner;
        GateDialog dialog(&runner, &m_credentials, in, {}, QStringLiteral("Health"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "intervalEdit", QStringLiteral("150ms"));
        type(dialog, "timeoutEdit", QStringLiteral("5s"));
        QTest::mouseClick(button(dialog, "startButton"), Qt::LeftButton);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(),
                                  QStringLiteral("Not started: %1").arg(expected.failure().errorString), 10000);
        QVERIFY(!dialog.simulator()->isRunning());
        QVERIFY(button(dialog, "startButton")->isEnabled());
        QVERIFY(!button(dialog, "stopButton")->isEnabled());
        QTest::qWait(200);
        QCOMPARE(s.served, 0);
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void closing_stopsTheSimulation()
    {
        ScriptedServer s("F-");
        TaskRunner runner;
        auto *dialog = new GateDialog(&runner, &m_credentials, input(s.server.baseUrl()), {}, QStringLiteral("Health"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<GateDialog> guard(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        type(*dialog, "intervalEdit", QStringLiteral("100ms"));
        type(*dialog, "timeoutEdit", QStringLiteral("20s"));
        QSignalSpy finished(dialog, &GateDialog::simulationFinished);
        QTest::mouseClick(button(*dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s.served, 2, 5000); // the second evaluation hangs
        QVERIFY(dialog->simulator()->isRunning());
        QVERIFY(dialog->close());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<GateSimulator::Outcome>(), GateSimulator::Outcome::Cancelled);
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(400);
        QCOMPARE(s.served, 2);
    }

    void runMenu_opensTheDialogOnTheSelectedTask_asAGate()
    {
        ScriptedServer s("P");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gate.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\n"
                                  "connections:\n"
                                  "  - name: health\n"
                                  "    type: generic\n"
                                  "    url: %1\n"
                                  "tasks:\n"
                                  "  - task: InvokeRESTAPI@1\n"
                                  "    displayName: Service is healthy\n"
                                  "    inputs:\n"
                                  "      serviceConnection: health\n"
                                  "      method: GET\n"
                                  "      urlSuffix: health\n"
                                  "      successCriteria: eq(root['status'], 'healthy')\n")
                       .arg(s.server.baseUrl())
                       .toUtf8());
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        auto *action = window.findChild<QAction *>(QStringLiteral("simulateGateAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<GateDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Service is healthy")));
        type(*dialog, "intervalEdit", QStringLiteral("100ms"));
        type(*dialog, "timeoutEdit", QStringLiteral("5s"));
        QSignalSpy finished(dialog, &GateDialog::simulationFinished);
        QTest::mouseClick(button(*dialog, "startButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog->model()->rowCount(), 1);
        // As in Azure DevOps' gates, System.HostType is "gates": the task's default HubName header says so.
        QCOMPARE(s.server.requests().size(), 1);
        QCOMPARE(s.server.requests().first().header("HubName"), QByteArray("gates"));
        dialog->close();
    }
};

QTEST_MAIN(TestGateDialog)
#include "tst_gatedialog.moc"
