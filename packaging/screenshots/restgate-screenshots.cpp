// Drives a real RestGate main window through the sample flows and writes the screenshots the README and the
// AppStream metadata show. Run by make-screenshots.sh under Xvfb, and by the ctest tst_screenshots offscreen,
// so a GUI change that breaks one of these flows breaks the build rather than silently producing stale images.
//
//   restgate_screenshots OUTPUT_DIR
//
// Writes main-passing.png, yaml-pane.png, run-all.png, main-failing-criteria.png and criteria-trace.png. Exits non-zero
// with a message on the first step that does not behave as the flow expects.

#include "app/design/taskform.h"
#include "app/design/yamlpane.h"
#include "app/mainwindow.h"
#include "app/result/resultpanel.h"
#include "app/result/runallqueue.h"
#include "app/result/tracemodel.h"
#include "core/design/taskconfig.h"
#include "core/expression/criteriaevaluator.h"
#include "core/result/runresult.h"
#include "demo/demoserver.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFont>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <optional>

using namespace RestGate;

namespace {

// What the README shows; the ctest checks the images come out at exactly this size.
constexpr QSize windowSize(1400, 880);
constexpr int runTimeoutMs = 30'000;
constexpr int eventTimeoutMs = 10'000;

// Both samples target the demo endpoint's default address; openSample() rewrites it to where the demo really
// listens, and the failures sample gets the same treatment here.
const QString sampleDemoUrl = QStringLiteral("http://127.0.0.1:8765/");

/// One step of the flow did not do what it should: the message says which and why.
struct StepFailed
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw StepFailed {message};
}

template<typename T> T *findRequired(QObject *parent, const QString &name)
{
    auto *child = parent->findChild<T *>(name);
    if (!child)
        fail(QStringLiteral("the window has no %1 named \"%2\" any more")
                 .arg(QString::fromLatin1(T::staticMetaObject.className()), name));
    return child;
}

/// Turns the event loop until `done` holds. Woken by every event the window posts (layout, paint, network), and
/// bounded by a deadline so a broken flow fails instead of hanging; there is no fixed sleep anywhere.
void waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs = eventTimeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Sleeps in the event dispatcher until something happens; the ticker only guarantees the deadline is seen.
    QTimer ticker;
    ticker.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

/// Lets queued layout requests and deferred updates through before a grab.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void showAndWaitForExposure(QWidget *window)
{
    window->show();
    // After show(): a window fits itself into its screen when first shown, and the offscreen screen is 800x600.
    window->resize(windowSize);
    waitUntil([window] { return window->windowHandle() && window->windowHandle()->isExposed(); },
              QStringLiteral("the main window to be exposed"));
    // Without a window manager (Xvfb) the size sticks; with one it may not, and the images would drift.
    waitUntil(
        [window] { return window->size() == windowSize; },
        QStringLiteral("the main window to take its %1x%2 size").arg(windowSize.width()).arg(windowSize.height()));
    settle();
}

/// Sends the selected task and waits for MainWindow::runFinished.
RunResult sendAndWait(MainWindow &window)
{
    std::optional<RunResult> result;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::runFinished, &loop, [&](const RunResult &finished) {
        result = finished;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    window.send();
    if (!result) {
        if (!window.isRunning())
            fail(QStringLiteral("Send did not start a run for task %1").arg(window.currentTaskIndex() + 1));
        deadline.start(runTimeoutMs);
        loop.exec();
    }
    if (!result)
        fail(QStringLiteral("no runFinished within %1 s").arg(runTimeoutMs / 1000));
    // Bodies over ResultPanel::inlineLimit are prepared on a worker thread; these are small, but do not grab early.
    waitUntil([&window] { return !window.resultPanel()->isBusy(); }, QStringLiteral("the result panel to fill"));
    return *result;
}

int indexOfTask(const DesignDocument &document, const QString &displayNamePrefix)
{
    for (int i = 0; i < document.tasks.size(); ++i) {
        if (document.tasks.at(i).displayName.startsWith(displayNamePrefix))
            return i;
    }
    fail(QStringLiteral("the failures sample has no task \"%1…\"").arg(displayNamePrefix));
}

void selectTask(MainWindow &window, int index)
{
    window.selectTask(index);
    if (window.currentTaskIndex() != index)
        fail(QStringLiteral("task %1 could not be selected").arg(index + 1));
    settle();
}

/// The result panel shows the response body (pretty JSON), as a user sees it right after a run.
void showBodyTab(MainWindow &window)
{
    auto *tabs = findRequired<QTabWidget>(window.resultPanel(), QStringLiteral("tabs"));
    tabs->setCurrentWidget(findRequired<QWidget>(window.resultPanel(), QStringLiteral("bodyTab")));
    auto *views = findRequired<QTabWidget>(window.resultPanel(), QStringLiteral("bodyViews"));
    views->setCurrentWidget(findRequired<QWidget>(window.resultPanel(), QStringLiteral("prettyPage")));
    if (findRequired<QPlainTextEdit>(window.resultPanel(), QStringLiteral("bodyView"))->toPlainText().isEmpty())
        fail(QStringLiteral("the Body tab is empty after a run with a response"));
    settle();
}

/// Opens the form's Advanced group as a user would, and scrolls the success criteria into view beside the verdict.
void showCriteriaInForm(MainWindow &window)
{
    auto *advanced = findRequired<QGroupBox>(window.taskForm(), QStringLiteral("advancedGroup"));
    auto *criteria = findRequired<QWidget>(window.taskForm(), QStringLiteral("criteriaEdit"));
    advanced->setChecked(true);
    settle();
    if (!criteria->isVisible())
        fail(QStringLiteral("the success criteria editor stays hidden with Advanced open"));
    for (QWidget *parent = window.taskForm()->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(criteria);
            break;
        }
    }
    settle();
}

void expectVerdict(MainWindow &window, const RunResult &result, RunResult::Verdict expected, const QString &step)
{
    if (result.verdict != expected)
        fail(QStringLiteral("%1: the run gave %2 (%3), expected %4")
                 .arg(step, RunResult::verdictText(result.verdict), result.reasons.join(QLatin1Char(' ')),
                      RunResult::verdictText(expected)));
    if (window.resultPanel()->verdictText() != RunResult::verdictText(expected))
        fail(QStringLiteral("%1: the banner says \"%2\", expected %3")
                 .arg(step, window.resultPanel()->verdictText(), RunResult::verdictText(expected)));
    if (result.reasons.isEmpty()
        || findRequired<QLabel>(window.resultPanel(), QStringLiteral("reasonsLabel"))->text().isEmpty())
        fail(QStringLiteral("%1: the verdict shows no reason").arg(step));
}

void save(QWidget *widget, const QDir &output, const QString &name)
{
    settle();
    // No alpha: smaller files, and the same pixels whatever the compositor would have blended them with.
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB888);
    const QString path = output.filePath(name);
    if (image.isNull() || !image.save(path, "PNG"))
        fail(QStringLiteral("could not write %1").arg(QDir::toNativeSeparators(path)));
    std::printf("wrote %s (%dx%d)\n", qPrintable(QDir::toNativeSeparators(path)), image.width(), image.height());
}

/// (a) The sample's first task sent against the demo endpoint: PASSED, its reasons, the body.
void passingRun(MainWindow &window, const QDir &output)
{
    window.openSample();
    if (!window.demoServer())
        fail(QStringLiteral("the demo endpoint did not start"));
    if (window.document().tasks.isEmpty())
        fail(QStringLiteral("the sample design has no tasks"));
    selectTask(window, 0);
    const RunResult result = sendAndWait(window);
    expectVerdict(window, result, RunResult::Verdict::Passed, QStringLiteral("sample task 1"));
    showCriteriaInForm(window);
    showBodyTab(window);
    save(&window, output, QStringLiteral("main-passing.png"));

    // (d) The same task as the pipeline step it becomes.
    auto *yamlDock = findRequired<QDockWidget>(&window, QStringLiteral("yamlDock"));
    yamlDock->raise();
    if (!window.yamlPane()->hasTask() || window.yamlPane()->yaml().isEmpty())
        fail(QStringLiteral("the YAML pane shows no task"));
    save(yamlDock, output, QStringLiteral("yaml-pane.png"));
}

/// (e) Run ▸ Run all tasks on the sample: every task's verdict, status and time in the Run all list.
void runAllTasks(MainWindow &window, const QDir &output)
{
    RunAllQueue *queue = window.runAllQueue();
    bool finished = false;
    const QMetaObject::Connection connection =
        QObject::connect(queue, &RunAllQueue::finished, [&finished] { finished = true; });
    window.runAll();
    // Every task of the sample, the Callback one included (its service calls back after a second).
    waitUntil([&finished] { return finished; }, QStringLiteral("Run all to finish"),
              runTimeoutMs * int(window.document().tasks.size()));
    QObject::disconnect(connection);
    if (queue->rowCount() != window.document().tasks.size())
        fail(
            QStringLiteral("Run all listed %1 of %2 tasks").arg(queue->rowCount()).arg(window.document().tasks.size()));
    for (int row = 0; row < queue->rowCount(); ++row) {
        if (queue->state(row) != RunAllQueue::State::Done || !queue->result(row).passed())
            fail(QStringLiteral("Run all: task %1 of the sample did not pass (%2)")
                     .arg(row + 1)
                     .arg(queue->result(row).reasons.join(QLatin1Char(' '))));
    }
    auto *dock = findRequired<QDockWidget>(&window, QStringLiteral("runAllDock"));
    if (!dock->isVisible())
        fail(QStringLiteral("the Run all list is not shown after Run all"));
    dock->raise();
    waitUntil([&window] { return !window.resultPanel()->isBusy(); }, QStringLiteral("the result panel to fill"));
    save(&window, output, QStringLiteral("run-all.png"));
}

/// Opens the failures sample the way openSample() opens the other: connections pointed at the running demo endpoint.
void openFailuresSample(MainWindow &window, const QTemporaryDir &scratch)
{
    QFile resource(QStringLiteral(":/screenshots/failures.restgate.yml"));
    if (!resource.open(QIODevice::ReadOnly))
        fail(QStringLiteral("the failures sample is missing from the tool's resources"));
    QString text = QString::fromUtf8(resource.readAll());
    if (!text.contains(sampleDemoUrl))
        fail(QStringLiteral("the failures sample no longer targets %1").arg(sampleDemoUrl));
    text.replace(sampleDemoUrl, window.demoServer()->baseUrl().toString());
    // Named like the bundled file, so the window title reads as it would for a user who opened it.
    const QString path = scratch.filePath(QStringLiteral("failures.restgate.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.flush())
        fail(QStringLiteral("could not write %1").arg(QDir::toNativeSeparators(path)));
    file.close();
    if (!window.openFile(path))
        fail(QStringLiteral("the failures sample could not be opened"));
}

/// (b) A task whose success criteria is false: FAILED with the criteria's reason; (c) its trace.
void failingCriteria(MainWindow &window, const QDir &output, const QTemporaryDir &scratch)
{
    openFailuresSample(window, scratch);
    selectTask(window, indexOfTask(window.document(), QStringLiteral("Criteria is false")));
    const RunResult result = sendAndWait(window);
    expectVerdict(window, result, RunResult::Verdict::Failed, QStringLiteral("failing criteria"));
    if (result.status != 200 || !result.criteria || result.criteria->status != CriteriaOutcome::Status::False)
        fail(QStringLiteral("failing criteria: expected 200 OK with a false criteria, got status %1")
                 .arg(result.status));
    showCriteriaInForm(window);
    showBodyTab(window);
    save(&window, output, QStringLiteral("main-failing-criteria.png"));

    ResultPanel *panel = window.resultPanel();
    auto *tabs = findRequired<QTabWidget>(panel, QStringLiteral("tabs"));
    tabs->setCurrentWidget(findRequired<QWidget>(panel, QStringLiteral("criteriaTab")));
    auto *trace = findRequired<QTreeView>(panel, QStringLiteral("traceView"));
    const QAbstractItemModel *model = trace->model();
    if (!model || model->rowCount() == 0)
        fail(QStringLiteral("the criteria trace is empty"));
    // The node that reads the body (root['status']) is the one a user clicks to see why the criteria is false.
    QModelIndex reading;
    std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent) && !reading.isValid(); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (!index.data(TraceModel::PathRole).toString().isEmpty())
                reading = index;
            else
                find(index);
        }
    };
    find({});
    if (!reading.isValid())
        fail(QStringLiteral("the criteria trace has no node reading root[...]"));
    trace->setFocus();
    trace->setCurrentIndex(reading);
    if (!trace->selectionModel()->isSelected(reading))
        fail(QStringLiteral("the trace node could not be selected"));
    save(&window, output, QStringLiteral("criteria-trace.png"));
}

/// Same look on every machine: Fusion with its own light palette, one font at one size.
void applyStableLook()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char *argv[])
{
    // The screenshots must not pick up (or leave behind) the user's window layout, recent files or autosaves.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "restgate_screenshots: no temporary directory\n");
        return 1;
    }
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, QFile::encodeName(scratch.filePath(QString::fromLatin1(variable))));
    // One device pixel per logical pixel, so the images have the documented size on any screen.
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    qputenv("QT_SCALE_FACTOR", "1");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RestGate"));
    QApplication::setOrganizationName(QStringLiteral("RestGate"));
    QApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));
    applyStableLook();

    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: restgate_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir output(arguments.at(1));
    if (!output.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "restgate_screenshots: cannot create %s\n", qPrintable(arguments.at(1)));
        return 1;
    }

    try {
        MainWindow window;
        showAndWaitForExposure(&window);
        passingRun(window, output);
        runAllTasks(window, output);
        failingCriteria(window, output, scratch);
    } catch (const StepFailed &failure) {
        std::fprintf(stderr, "restgate_screenshots: %s\n", qPrintable(failure.message));
        return 1;
    }
    return 0;
}
