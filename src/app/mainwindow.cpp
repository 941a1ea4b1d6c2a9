#include "app/mainwindow.h"

#include "app/callback/callbacksettingsdialog.h"
#include "app/callback/callbacktimeline.h"
#include "app/design/designoverview.h"
#include "app/design/taskform.h"
#include "app/design/tasklistpanel.h"
#include "app/design/variablespanel.h"
#include "app/design/yamlpane.h"
#include "app/dialogs/connectionsdialog.h"
#include "app/dialogs/curlimportdialog.h"
#include "app/dialogs/gatedialog.h"
#include "app/dialogs/importpipelinedialog.h"
#include "app/dialogs/networkpreferences.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/dialogs/runonlysecretdialog.h"
#include "app/document/documentsession.h"
#include "app/document/historystore.h"
#include "app/document/recentfiles.h"
#include "app/document/taskedits.h"
#include "app/result/resultpanel.h"
#include "app/result/runallqueue.h"
#include "app/result/runhistory.h"
#include "app/uilanguage.h"
#include "callback/planlistener.h"
#include "core/pipeline/curlexport.h"
#include "core/pipeline/curlimport.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/schemacheck.h"
#include "core/run/taskrunner.h"
#include "demo/demoserver.h"
#include "dryrun/dryrunsession.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

// Resources compiled into a static library must be registered by hand (outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(restgate);
    Q_INIT_RESOURCE(samples);
}

namespace RestGate {

namespace {

const QString sampleResource = QStringLiteral(":/samples/deployments.restgate.yml");
// Tasks that fail, each for another reason the server has (status, criteria, body, size, time, credentials).
const QString failuresResource = QStringLiteral(":/samples/failures.restgate.yml");
// The bundled sample targets the demo endpoint at its default address.
const QString sampleDemoUrl = QStringLiteral("http://127.0.0.1:8765/");
constexpr quint16 defaultDemoPort = 8765;

bool isDesignFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".restgate.yml"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".restgate.yaml"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_systemVariables(VariableSet::systemDefaults())
    , m_session(new DocumentSession(RecoveryStore::defaultDirectory(), this))
    , m_recentFiles(new RecentFiles(this))
    , m_runner(new TaskRunner(this))
    , m_secretStore(new SecretStore(this))
    , m_tokenProvider(new AzureTokenProvider(nullptr, this))
    , m_credentials(new CredentialResolver(m_secretStore, m_tokenProvider, this))
    , m_splitter(new QSplitter(this))
    , m_taskList(new TaskListPanel(this))
    , m_overview(new DesignOverview(this))
    , m_taskForm(new TaskForm(this))
    , m_resultPanel(new ResultPanel(this))
    , m_demoStatus(new QLabel(this))
    , m_historyDirectory(HistoryStore::defaultDirectory())
{
    initResources();
    m_networkPreferences = new NetworkPreferences(m_secretStore, this);
    connect(m_networkPreferences, &NetworkPreferences::keychainProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_networkPreferences->reload();
    setWindowIcon(QIcon(QStringLiteral(":/icons/restgate.svg")));
    m_taskList->setMinimumWidth(180);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    setAcceptDrops(true);
    connect(m_session, &DocumentSession::changed, this, &MainWindow::documentChanged);
    connect(m_session, &DocumentSession::stateApplied, this, &MainWindow::applyState);
    connect(m_session, &DocumentSession::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_taskForm);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setAccessibleName(tr("Task parameters"));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("sideSplitter"));
    side->addWidget(m_taskList);
    side->addWidget(m_overview);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    connect(m_overview, &DesignOverview::manageConnectionsRequested, this, &MainWindow::editConnections);
    m_splitter->addWidget(side);
    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(m_resultPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 520, 560});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_demoStatus);
    m_demoStatus->setText(tr("Demo endpoint: stopped"));

    m_rejudgeTimer = new QTimer(this);
    m_rejudgeTimer->setSingleShot(true);
    m_rejudgeTimer->setInterval(300);
    connect(m_rejudgeTimer, &QTimer::timeout, this, &MainWindow::judgeShownAsNow);
    createDocks();
    createActions();
    m_taskForm->setManageConnectionsAvailable(true);
    connect(m_taskForm, &TaskForm::manageConnectionsRequested, this,
            [this] { editConnections(m_taskForm->task().connectionName()); });
    connect(m_taskForm, &TaskForm::criteriaChanged, m_rejudgeTimer, qOverload<>(&QTimer::start));
    // Only the window knows which secret variables have a value this session; the finding names them, never values.
    m_taskForm->setFindingsProvider([this](const TaskConfig &task) {
        return RequestBuilder::emptySecretFindings(task,
                                                   dryRunVariables().overlaidWith(m_variablesPanel->secretOverrides()));
    });
    connect(m_resultPanel, &ResultPanel::criteriaSuggested, m_taskForm, &TaskForm::insertCriteria);
    // The panel's parse of the response it shows, not a second one of the same body.
    connect(m_resultPanel, &ResultPanel::responseParsed, m_taskForm,
            [this](const Json::Document &received) { m_taskForm->setLastResponse({}, received); });
    connect(m_resultPanel, &ResultPanel::rerunRequested, this, [this] {
        if (!m_runAll->isActive())
            send();
    });
    connect(m_resultPanel, &ResultPanel::historyCleared, this, &MainWindow::saveHistories);
    connect(m_taskList, &TaskListPanel::currentChanged, this, &MainWindow::showTask);
    connect(m_taskList, &TaskListPanel::addRequested, this, &MainWindow::addTask);
    connect(m_taskList, &TaskListPanel::duplicateRequested, this, &MainWindow::duplicateTask);
    connect(m_taskList, &TaskListPanel::deleteRequested, this, &MainWindow::deleteTask);
    connect(m_taskList, &TaskListPanel::moveRequested, this, &MainWindow::moveTask);
    connect(m_taskList, &TaskListPanel::renameRequested, this, &MainWindow::renameTask);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (!maybeSave())
            return;
        if (!QFileInfo::exists(path)) {
            m_recentFiles->remove(path);
            QMessageBox::warning(
                this, tr("Open recent"),
                tr("%1 no longer exists; it was removed from the list.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        openFile(path);
    });
    connect(m_taskForm, &TaskForm::taskEdited, this, &MainWindow::onTaskEdited);
    connect(m_taskForm, &TaskForm::inputsDropped, this, [this](const QStringList &labels) {
        statusBar()->showMessage(tr("Switching version dropped: %1").arg(labels.join(QStringLiteral(", "))), 10000);
    });
    resize(1400, 900);
    restoreLayout();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session is a child object and outlives this window's members; its last signals must not reach them.
    m_session->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this, [this] {
            if (maybeSave())
                newDocument();
        });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, [this] {
            if (!maybeSave())
                return;
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open design"), QFileInfo(m_session->path()).absolutePath(),
                tr("RestGate designs (*.restgate.yml);;YAML files (*.yml *.yaml);;All files (*)"));
            if (!path.isEmpty())
                openFile(path);
        });
    openAction->setShortcut(QKeySequence::Open);
    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] { m_recentFiles->populate(recentMenu); });
    m_recentFiles->populate(recentMenu);
    fileMenu->addAction(tr("Open sa&mple design"), this, [this] {
        if (maybeSave())
            openSample();
    });
    fileMenu->addAction(tr("Open &failure examples"), this, [this] {
        if (maybeSave())
            openFailureExamples();
    });
    fileMenu->addAction(tr("&Import pipeline…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import pipeline"), QString(),
                                         tr("Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;All "
                                            "files (*)"));
        if (!path.isEmpty())
            importPipeline(path);
    });
    fileMenu->addAction(tr("Import from c&url…"), this, &MainWindow::importCurl);
    fileMenu->addSeparator();
    QAction *saveAction =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_revertAction = fileMenu->addAction(tr("Re&vert to saved"), this, &MainWindow::revert);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform uses it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redoAction->setShortcuts(redoKeys);
    redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *addTaskAction = editMenu->addAction(tr("&Add task"), this, &MainWindow::addTask);
    addTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    editMenu->addAction(tr("Du&plicate task"), this, [this] { duplicateTask(currentTaskIndex()); });
    editMenu->addAction(tr("De&lete task"), this, [this] { deleteTask(currentTaskIndex()); });
    editMenu->addSeparator();
    editMenu->addAction(tr("Copy task as pipeline &step"), this, [this] { copyTaskAsYaml(false); });
    editMenu->addAction(tr("Copy task as &job (pool: server)"), this, [this] { copyTaskAsYaml(true); });
    editMenu->addAction(tr("Copy task as &curl"), this, &MainWindow::copyTaskAsCurl);
    editMenu->addSeparator();
    editMenu->addAction(tr("Co&nnections…"), this, [this] { editConnections(); });
    QAction *preferencesAction = editMenu->addAction(tr("Pr&eferences…"), this, &MainWindow::editPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        if (dock->objectName() == QLatin1String("yamlDock"))
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
        else if (dock->objectName() == QLatin1String("variablesDock"))
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        m_viewMenu->addAction(toggle);
    }

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    m_sendAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Send"), this,
                                      &MainWindow::send);
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Dry-run the selected task (Ctrl+Enter)"));
    m_cancelAction =
        runMenu->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_runAllAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-seek-forward")), tr("Run &all tasks"),
                                        this, &MainWindow::runAll);
    m_runAllAction->setObjectName(QStringLiteral("runAllAction"));
    m_runAllAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_runAllAction->setToolTip(tr("Dry-run every enabled task in order, one after another (Ctrl+Shift+Enter)"));
    QAction *gateAction = runMenu->addAction(tr("Simulate &gate…"), this, &MainWindow::simulateGate);
    gateAction->setObjectName(QStringLiteral("simulateGateAction"));
    gateAction->setToolTip(tr("Re-evaluate the selected task as a release gate or check would, with a live plot"));
    runMenu->addSeparator();
    m_any2xxAction = runMenu->addAction(tr("Treat any 2xx as success (dry-run option; Azure DevOps requires 200)"));
    m_any2xxAction->setCheckable(true);
    connect(m_any2xxAction, &QAction::toggled, this, &MainWindow::judgeShownAsNow);
    runMenu->addSeparator();
    m_demoAction = runMenu->addAction(tr("Start &demo endpoint"));
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_demoAction->setCheckable(true);
    connect(m_demoAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            startDemoServer();
        else
            stopDemoServer();
        updateDemoAction();
    });
    updateDemoAction();
    runMenu->addAction(tr("Call&back settings…"), this, &MainWindow::editCallbackSettings);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto link = [this, helpMenu](const QString &text, const char *url) {
        helpMenu->addAction(text, this, [url] { QDesktopServices::openUrl(QUrl(QString::fromLatin1(url))); });
    };
    link(tr("InvokeRESTAPI@&1 task reference"),
         "https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1");
    link(tr("InvokeRESTAPI@&0 task reference"),
         "https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0");
    link(tr("&Expressions (success criteria)"),
         "https://learn.microsoft.com/azure/devops/pipelines/process/expressions");
    link(tr("&Server jobs (pool: server)"),
         "https://learn.microsoft.com/azure/devops/pipelines/process/phases#server-jobs");
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About RestGate"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_runAllAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    auto *setLabel = new QLabel(tr("&Variable set: "), toolbar);
    QComboBox *setChooser = m_variablesPanel->createSetChooser(toolbar);
    setChooser->setAccessibleName(tr("Variable set for dry runs"));
    setLabel->setBuddy(setChooser);
    toolbar->addWidget(setLabel);
    toolbar->addWidget(setChooser);
}

void MainWindow::createDocks()
{
    m_yamlPane = new YamlPane(this);
    auto *yamlDock = new QDockWidget(tr("Pipeline YAML"), this);
    yamlDock->setObjectName(QStringLiteral("yamlDock"));
    yamlDock->setWidget(m_yamlPane);
    addDockWidget(Qt::BottomDockWidgetArea, yamlDock);

    m_variablesPanel = new VariablesPanel(this);
    m_variablesPanel->setSystemVariables(m_systemVariables);
    auto *variablesDock = new QDockWidget(tr("Variables"), this);
    variablesDock->setObjectName(QStringLiteral("variablesDock"));
    variablesDock->setWidget(m_variablesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, variablesDock);
    tabifyDockWidget(yamlDock, variablesDock);
    yamlDock->raise();
    // The form and the result are the main work; the docks start low and keep whatever height the user gives them.
    resizeDocks({yamlDock}, {170}, Qt::Vertical);

    connect(m_variablesPanel, &VariablesPanel::variablesEdited, this,
            [this](const VariableSet &base, const QList<VariableSet> &sets) {
                DesignDocument after = m_session->document();
                after.variables = base;
                after.variableSets = sets;
                commitChange(tr("Edit variables"), after, currentTaskIndex());
            });
    createRunAllDock();

    // The request URL preview expands with the chosen set.
    connect(m_variablesPanel, &VariablesPanel::currentSetChanged, this, [this] { showTask(currentTaskIndex()); });
    connect(m_variablesPanel, &VariablesPanel::setNamesChanged, this, &MainWindow::refreshSidePanels);
    connect(m_variablesPanel, &VariablesPanel::variablesEdited, m_taskForm, &TaskForm::refreshFindings);
    connect(m_overview, &DesignOverview::variableSetActivated, this, [this, variablesDock](const QString &name) {
        m_variablesPanel->setCurrentSetName(name);
        variablesDock->show();
        variablesDock->raise();
    });
}

void MainWindow::createRunAllDock()
{
    m_runAll = new RunAllQueue(this);
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_runAllSummary = new QLabel(panel);
    m_runAllSummary->setObjectName(QStringLiteral("runAllSummary"));
    m_runAllSummary->setWordWrap(true);
    m_runAllView = new QTreeView(panel);
    m_runAllView->setObjectName(QStringLiteral("runAllView"));
    m_runAllView->setRootIsDecorated(false);
    m_runAllView->setUniformRowHeights(true);
    m_runAllView->setAccessibleName(tr("Every task's verdict in the last Run all"));
    m_runAllView->setToolTip(tr("Select a task to show its result"));
    m_runAllView->setModel(m_runAll);
    m_runAllView->header()->setStretchLastSection(false);
    m_runAllView->header()->setSectionResizeMode(RunAllQueue::TaskColumn, QHeaderView::Stretch);
    for (const int column : {RunAllQueue::VerdictColumn, RunAllQueue::StatusColumn, RunAllQueue::DurationColumn})
        m_runAllView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_runAllSummary);
    layout->addWidget(m_runAllView);
    m_runAllDock = new QDockWidget(tr("Run all"), this);
    m_runAllDock->setObjectName(QStringLiteral("runAllDock"));
    m_runAllDock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, m_runAllDock);
    if (auto *yamlDock = findChild<QDockWidget *>(QStringLiteral("yamlDock")))
        tabifyDockWidget(yamlDock, m_runAllDock);
    m_runAllDock->hide(); // until the first Run all

    connect(m_runAll, &RunAllQueue::runRequested, this, &MainWindow::runAllNext);
    connect(m_runAll, &RunAllQueue::summaryChanged, m_runAllSummary, &QLabel::setText);
    connect(m_runAll, &RunAllQueue::finished, this, [this] {
        updateActions();
        statusBar()->showMessage(tr("Run all: %1").arg(m_runAll->summary()), 15000);
    });
    const auto show = [this](const QModelIndex &index) { showRunAllRow(index.row()); };
    connect(m_runAllView, &QTreeView::clicked, this, show);
    connect(m_runAllView, &QTreeView::activated, this, show);
}

void MainWindow::runAll()
{
    if (isRunning() || m_runAll->isActive() || m_session->document().tasks.isEmpty())
        return;
    m_runAllDock->show();
    m_runAllDock->raise();
    m_runAll->start(m_session->document());
    updateActions();
}

void MainWindow::runAllNext(quint64 taskKey)
{
    const QList<TaskConfig> &tasks = m_session->document().tasks;
    const auto found = std::find_if(tasks.cbegin(), tasks.cend(),
                                    [taskKey](const TaskConfig &task) { return task.instanceKey() == taskKey; });
    if (found == tasks.cend()) {
        m_runAll->skipCurrent(tr("deleted before its turn"));
        return;
    }
    // Sent as Send sends it (credentials, Callback), with the task selected so its result is what the panel shows.
    selectTask(int(found - tasks.cbegin()));
    send();
}

void MainWindow::showRunAllRow(int row)
{
    const quint64 key = m_runAll->taskKey(row);
    const QList<TaskConfig> &tasks = m_session->document().tasks;
    for (int index = 0; index < tasks.size(); ++index) {
        if (tasks.at(index).instanceKey() != key)
            continue;
        selectTask(index);
        if (m_runAll->state(row) == RunAllQueue::State::Done && !(isRunning() && key == m_runTaskKey))
            m_resultPanel->showResult(m_runAll->result(row), m_runAll->shownResult(row));
        return;
    }
}

void MainWindow::loadHistories()
{
    if (m_session->path().isEmpty())
        return;
    const QHash<QString, QJsonArray> saved = HistoryStore::load(m_historyDirectory, m_session->path());
    const DesignDocument &document = m_session->document();
    for (qsizetype index = 0; index < document.tasks.size(); ++index) {
        const auto found = saved.constFind(HistoryStore::taskKey(document, index));
        if (found != saved.cend())
            historyFor(document.tasks.at(index).instanceKey())->restore(*found);
    }
}

void MainWindow::saveHistories()
{
    if (m_session->path().isEmpty())
        return;
    QHash<QString, QJsonArray> tasks;
    const DesignDocument &document = m_session->document();
    for (qsizetype index = 0; index < document.tasks.size(); ++index) {
        const RunHistory *history = m_histories.value(document.tasks.at(index).instanceKey());
        if (history && history->rowCount() > 0)
            tasks.insert(HistoryStore::taskKey(document, index), history->toJson());
    }
    if (!HistoryStore::save(m_historyDirectory, m_session->path(), tasks))
        statusBar()->showMessage(
            tr("The run history could not be saved in %1.").arg(QDir::toNativeSeparators(m_historyDirectory)), 10000);
}

VariableSet MainWindow::dryRunVariables() const
{
    // Secret values stay out: this feeds previews and exports. Only send() hands them to the run.
    return m_systemVariables.overlaidWith(m_session->document().effectiveVariables(m_variablesPanel->currentSetName()));
}

void MainWindow::refreshSidePanels()
{
    const int index = currentTaskIndex();
    m_yamlPane->setDesign(m_session->document(), index);

    m_overview->setConnections(m_session->document().connections);
    m_overview->setVariableSets(m_variablesPanel->setNames(), m_variablesPanel->currentSetName());
}

void MainWindow::importCurl()
{
    CurlImportDialog dialog(m_session->document().connections, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.hasImport())
        return;
    const CurlImport imported = dialog.imported();
    DesignDocument after = m_session->document();
    CurlImporter::merge(&after, imported);
    commitChange(tr("Import from curl"), after, int(after.tasks.size()) - 1);
    if (!imported.tokenVariable.isEmpty())
        m_variablesPanel->setSecretValue(imported.tokenVariable, imported.token);
    QString note = tr("Imported the curl command as a task.");
    if (!imported.password.isEmpty()) {
        // The password goes where every connection secret lives: the keychain, under the connection's id.
        const ServiceConnection *connection = m_session->document().connection(imported.connection.name);
        if (connection) {
            SecretJob *job = m_secretStore->write(RunOnlySecretDialog::secretKeyFor(*connection), imported.password);
            connect(job, &SecretJob::finished, this, [this](const SecretResult &result) {
                statusBar()->showMessage(result.ok() ? tr("The curl command's password is stored in the keychain.")
                                                     : tr("The password could not be stored (%1); enter it in Manage "
                                                          "connections or set RESTGATE_SECRET_… for the run.")
                                                           .arg(result.shown()),
                                         15000);
            });
        }
    }
    if (!dialog.unsupportedOptions().isEmpty())
        note += QLatin1Char(' ') + tr("Not imported: %1").arg(dialog.unsupportedOptions().join(QStringLiteral(", ")));
    statusBar()->showMessage(note, 15000);
}

void MainWindow::setDocument(const DesignDocument &document, const QString &path)
{
    m_session->reset(document, path);
    showNewDocument();
}

void MainWindow::showNewDocument()
{
    // The Run all list names the previous design's tasks and verdicts: none of them belongs to this one.
    if (m_runAll->isActive())
        cancel();
    m_runAll->clear();
    m_runAllSummary->setText(tr("Run ▸ Run all tasks (Ctrl+Shift+Enter) sends every task in order."));
    m_runAllDock->hide();
    // So is the timeline of the last Callback run, unless that run is still going (it ends in its own dock).
    if (m_callbackDock && !m_dryRun) {
        m_callbackTimeline->clear();
        m_callbackDock->hide();
    }
    m_resultPanel->clear();
    m_shownTaskKey = 0;
    m_variablesPanel->forgetSecretValues();
    const DesignDocument &document = m_session->document();
    m_variablesPanel->setDocumentVariables(document.variables, document.variableSets);
    loadHistories();
    refreshTaskList(document.tasks.isEmpty() ? -1 : 0);
    showTask(currentTaskIndex());
    if (!m_session->path().isEmpty())
        m_recentFiles->add(m_session->path());
}

bool MainWindow::openFile(const QString &path)
{
    DesignDocument document;
    DocumentError error;
    QList<DocumentError> warnings;
    if (!DesignDocument::load(path, &document, &error, &warnings)) {
        QMessageBox::warning(this, tr("Cannot open design"),
                             tr("%1 could not be opened:\n\n%2\n\nThe file was left unchanged.")
                                 .arg(QDir::toNativeSeparators(path), error.toString()));
        return false;
    }
    m_untitledName.clear();
    setDocument(document, QFileInfo(path).absoluteFilePath());
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const DocumentError &warning : std::as_const(warnings))
            lines.append(warning.toString());
        statusBar()->showMessage(lines.join(QStringLiteral(" · ")), 15000);
    }
    return true;
}

void MainWindow::openSample()
{
    openBundledSample(sampleResource, tr("Sample design"));
}

void MainWindow::openFailureExamples()
{
    openBundledSample(failuresResource, tr("Failure examples"));
}

void MainWindow::openBundledSample(const QString &resource, const QString &title)
{
    QFile file(resource);
    DesignDocument document;
    DocumentError error;
    if (!file.open(QIODevice::ReadOnly) || !DesignDocument::parse(file.readAll(), &document, &error)) {
        QMessageBox::critical(this, tr("Sample design"),
                              tr("The bundled sample could not be read: %1").arg(error.toString()));
        return;
    }
    if (startDemoServer()) {
        // If the default port was taken, point the sample's connections at where the demo really listens.
        const QString actual = m_demoServer->baseUrl().toString();
        for (ServiceConnection &connection : document.connections) {
            if (connection.url.startsWith(sampleDemoUrl))
                connection.url = actual + connection.url.mid(sampleDemoUrl.size());
        }
    }
    m_untitledName = title;
    setDocument(document, QString());
}

void MainWindow::newDocument()
{
    DesignDocument document;
    document.tasks.append(TaskConfig());
    m_untitledName = tr("Untitled");
    setDocument(document, QString());
    statusBar()->showMessage(tr("New design: choose or add a service connection, then Send (Ctrl+Enter)."), 10000);
}

bool MainWindow::startDemoServer()
{
    if (m_demoServer)
        return true;
    auto *server = new DemoServer(this);
    if (!server->listen(QHostAddress::LocalHost, defaultDemoPort) && !server->listen(QHostAddress::LocalHost, 0)) {
        m_demoStatus->setText(tr("Demo endpoint: could not start (%1)").arg(server->errorString()));
        delete server;
        return false;
    }
    m_demoServer = server;
    m_demoStatus->setText(tr("Demo endpoint: %1").arg(server->baseUrl().toString()));
    updateDemoAction();
    return true;
}

void MainWindow::stopDemoServer()
{
    if (!m_demoServer)
        return;
    m_demoServer->close();
    m_demoServer->deleteLater();
    m_demoServer = nullptr;
    m_demoStatus->setText(tr("Demo endpoint: stopped"));
    updateDemoAction();
}

void MainWindow::updateDemoAction()
{
    if (!m_demoAction)
        return;
    m_demoAction->setChecked(m_demoServer != nullptr);
    m_demoAction->setText(m_demoServer ? tr("Stop &demo endpoint (%1)").arg(m_demoServer->baseUrl().toString())
                                       : tr("Start &demo endpoint"));
}

void MainWindow::refreshTaskList(int select)
{
    QList<TaskListPanel::Entry> entries;
    for (const TaskConfig &task : std::as_const(m_session->document().tasks))
        entries.append({PipelineExport::displayLabel(task), task.enabled});
    const int current = qMin(select == keepSelection ? m_taskList->currentRow() : select, int(entries.size()) - 1);
    m_taskList->setTasks(entries, current);
}

void MainWindow::importPipeline(const QString &path)
{
    PipelineImport found;
    DocumentError error;
    if (!PipelineImporter::load(path, &found, &error)) {
        QMessageBox::warning(this, tr("Import pipeline"),
                             tr("%1 could not be read:\n\n%2\n\nNothing was imported.")
                                 .arg(QDir::toNativeSeparators(path), error.toString()));
        return;
    }
    if (found.tasks.isEmpty()) {
        QMessageBox::information(this, tr("Import pipeline"),
                                 tr("%1 holds no InvokeRESTAPI step.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    ImportPipelineDialog dialog(path, found, m_session->document().connections, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ImportedTask> chosen = dialog.selectedTasks();
    if (chosen.isEmpty())
        return;
    const int firstNew = int(m_session->document().tasks.size());
    DesignDocument after = m_session->document();
    const ImportMerge merged = PipelineImporter::merge(&after, chosen);
    commitChange(tr("Import pipeline"), after, firstNew);
    statusBar()->showMessage(
        tr("Imported %n task(s)", nullptr, merged.tasksAdded)
            + (merged.connectionsAdded.isEmpty()
                   ? QString()
                   : tr("; fill in the URL of: %1").arg(merged.connectionsAdded.join(QStringLiteral(", ")))),
        15000);
}

void MainWindow::copyTaskAsYaml(bool asJob)
{
    const int index = currentTaskIndex();
    if (index < 0)
        return;
    ExportOptions options;
    options.form = asJob ? ExportOptions::Form::Job : ExportOptions::Form::Step;
    const QString yaml = PipelineExport::task(m_session->document().tasks.at(index), options);
    QGuiApplication::clipboard()->setText(yaml);
    const QList<SchemaProblem> problems = SchemaCheck::check(yaml);
    if (problems.isEmpty())
        statusBar()->showMessage(tr("Copied the task as YAML."), 5000);
    else
        statusBar()->showMessage(tr("Copied, but Azure DevOps would reject it: %1").arg(problems.first().message),
                                 15000);
}

void MainWindow::copyTaskAsCurl()
{
    const int index = currentTaskIndex();
    if (index < 0)
        return;
    const TaskConfig &task = m_session->document().tasks.at(index);
    const CurlCommand command =
        CurlExport::fromTask(task, m_session->document().connection(task.connectionName()), dryRunVariables());
    if (!command.ok) {
        QStringList errors;
        for (const Finding &finding : command.findings) {
            if (finding.isError())
                errors.append(finding.message);
        }
        QMessageBox::warning(this, tr("Copy as curl"), errors.join(QLatin1Char('\n')));
        return;
    }
    QGuiApplication::clipboard()->setText(command.text);
    statusBar()->showMessage(
        command.environment.isEmpty()
            ? tr("Copied the task as a curl command.")
            : tr("Copied the task as a curl command; it reads %1.").arg(command.environment.join(QStringLiteral(", "))),
        10000);
}

bool MainWindow::isRunning() const
{
    return m_dryRun != nullptr;
}

int MainWindow::currentTaskIndex() const
{
    return m_taskList->currentRow();
}

void MainWindow::selectTask(int index)
{
    m_taskList->setCurrentRow(index);
}

void MainWindow::showTask(int index)
{
    if (index < 0 || index >= m_session->document().tasks.size()) {
        m_taskForm->setEnabled(false);
        refreshSidePanels();
        updateActions();
        return;
    }
    m_taskForm->setEnabled(true);
    m_taskForm->setTask(m_session->document().tasks.at(index), m_session->document().connections, dryRunVariables());
    showTaskHistory(index);
    refreshSidePanels();
    updateActions();
}

void MainWindow::onTaskEdited(const TaskConfig &task)
{
    const int index = currentTaskIndex();
    if (index < 0 || index >= m_session->document().tasks.size())
        return;
    const QString part = TaskEdits::changedPart(m_session->document().tasks.at(index), task);
    DesignDocument after = m_session->document();
    after.tasks[index] = task;
    // The form already shows the edit: record it without pushing it back into the editor being typed in.
    commitChange(tr("Edit task"), after, index, QStringLiteral("%1:%2").arg(index).arg(part), true);
}

void MainWindow::commitChange(const QString &text, const DesignDocument &after, int selectAfter,
                              const QString &mergeKey, bool alreadyApplied)
{
    const DesignDocument &before = m_session->document();
    if (after == before && selectAfter == currentTaskIndex())
        return;
    if (!alreadyApplied) {
        // The session applies it (stateApplied), exactly as a redo would.
        m_session->change(text, after, currentTaskIndex(), selectAfter, mergeKey);
        return;
    }
    const bool listChanges = PipelineExport::displayLabel(before.tasks.at(selectAfter))
            != PipelineExport::displayLabel(after.tasks.at(selectAfter))
        || before.tasks.at(selectAfter).enabled != after.tasks.at(selectAfter).enabled;
    m_session->change(text, after, currentTaskIndex(), selectAfter, mergeKey, true);
    if (listChanges)
        refreshTaskList();
    refreshSidePanels();
}

void MainWindow::applyState(int selectedTask)
{
    const DesignDocument &document = m_session->document();
    m_variablesPanel->setDocumentVariables(document.variables, document.variableSets);
    refreshTaskList(selectedTask);
    // Re-shown even when the row stays the same: the task itself changed under the form.
    showTask(currentTaskIndex());
    // Undoing a criteria edit puts the verdict back too, as typing it did.
    judgeShownAsNow();
}

void MainWindow::documentChanged()
{
    const bool modified = isModified();
    setWindowModified(modified);
    if (m_revertAction)
        m_revertAction->setEnabled(modified && !m_session->path().isEmpty());
    updateTitle();
    updateActions();
}

bool MainWindow::isModified() const
{
    return m_session->isModified();
}

QString MainWindow::filePath() const
{
    return m_session->path();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

const DesignDocument &MainWindow::document() const
{
    return m_session->document();
}

void MainWindow::setAutosaveDelay(int ms)
{
    m_session->setAutosaveDelay(ms);
}

bool MainWindow::autosaveNow()
{
    return m_session->autosaveNow(); // a failure reaches the status bar through autosaveFailed
}

QList<RecoveredDesign> MainWindow::pendingRecoveries() const
{
    return m_session->pendingRecoveries();
}

void MainWindow::restoreRecovery(const RecoveredDesign &recovery)
{
    m_untitledName = tr("Recovered design");
    m_session->restore(recovery);
    showNewDocument();
    statusBar()->showMessage(tr("Restored the design autosaved at %1. Save it to keep it.")
                                 .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
                             15000);
}

void MainWindow::offerRecovery()
{
    const QList<RecoveredDesign> recoveries = pendingRecoveries();
    if (recoveries.isEmpty())
        return;
    const RecoveredDesign &newest = recoveries.first();
    QMessageBox box(
        QMessageBox::Question, tr("Restore unsaved design?"),
        tr("RestGate did not close normally. A design with unsaved changes was autosaved at %1:\n\n%2\n\n"
           "Restore it?")
            .arg(QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat),
                 newest.originalPath.isEmpty() ? tr("(never saved)") : QDir::toNativeSeparators(newest.originalPath)),
        QMessageBox::NoButton, this);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        restoreRecovery(newest);
    else if (box.clickedButton() == discard)
        m_session->discardRecovery(newest);
}

void MainWindow::addTask()
{
    DesignDocument after = m_session->document();
    const TaskConfig task = TaskEdits::newTask(after, currentTaskIndex());
    after.tasks.append(task);
    commitChange(tr("Add task"), after, int(after.tasks.size()) - 1);
}

void MainWindow::duplicateTask(int index)
{
    DesignDocument after = m_session->document();
    const int copy = TaskEdits::duplicate(after, index);
    if (copy >= 0)
        commitChange(tr("Duplicate task"), after, copy);
}

void MainWindow::deleteTask(int index)
{
    if (index < 0 || index >= m_session->document().tasks.size())
        return;
    DesignDocument after = m_session->document();
    after.tasks.removeAt(index);
    commitChange(tr("Delete task"), after, qMin(index, int(after.tasks.size()) - 1));
    statusBar()->showMessage(tr("Task deleted; Undo (Ctrl+Z) brings it back."), 8000);
}

void MainWindow::moveTask(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_session->document().tasks.size() || to >= m_session->document().tasks.size()
        || from == to) {
        refreshTaskList(); // a drag that changed nothing still left the view rearranged
        return;
    }
    DesignDocument after = m_session->document();
    after.tasks.move(from, to);
    commitChange(tr("Move task"), after, to);
}

void MainWindow::renameTask(int index, const QString &title)
{
    if (index < 0 || index >= m_session->document().tasks.size())
        return;
    DesignDocument after = m_session->document();
    TaskEdits::rename(after, index, title);
    if (after == m_session->document()) {
        refreshTaskList();
        return;
    }
    commitChange(tr("Rename task"), after, index);
}

void MainWindow::revert()
{
    if (m_session->path().isEmpty() || !isModified())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revert"),
        tr("Discard all unsaved changes and reload %1?").arg(QFileInfo(m_session->path()).fileName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const int current = currentTaskIndex();
    if (openFile(m_session->path()))
        selectTask(qMin(current, int(m_session->document().tasks.size()) - 1));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        const QString path = urls.first().toLocalFile();
        if (isDesignFile(path) || path.endsWith(QStringLiteral(".yml")) || path.endsWith(QStringLiteral(".yaml")))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Defer: a modal prompt inside the drop handler would block the drag source.
    QTimer::singleShot(0, this, [this, path] {
        if (isDesignFile(path)) {
            if (maybeSave())
                openFile(path);
        } else {
            // Any other YAML is taken for a pipeline whose InvokeRESTAPI steps the user wants.
            importPipeline(path);
        }
    });
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("run/any2xx"), m_any2xxAction->isChecked());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_any2xxAction->setChecked(settings.value(QStringLiteral("run/any2xx"), false).toBool());
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is only known once shown; before that, geometry() is all there is.
    const QSize frameExtra = isVisible() ? frameGeometry().size() - geometry().size() : QSize(0, 0);
    const QSize fitting = geometry().size().boundedTo(available.size() - frameExtra);
    if (fitting != geometry().size())
        resize(fitting);
    QRect frame = isVisible() ? frameGeometry() : geometry();
    QPoint topLeft = frame.topLeft();
    topLeft.setX(qBound(available.left(), topLeft.x(), qMax(available.left(), available.right() + 1 - frame.width())));
    topLeft.setY(qBound(available.top(), topLeft.y(), qMax(available.top(), available.bottom() + 1 - frame.height())));
    if (topLeft != frame.topLeft())
        move(topLeft);
}

void MainWindow::send()
{
    const int index = currentTaskIndex();
    if (index < 0 || isRunning())
        return;
    RunOptions options;
    options.treatAny2xxAsSuccess = m_any2xxAction->isChecked();
    options.network = m_networkPreferences->current();
    RunInput input =
        RunInput::fromDocument(m_session->document(), index, m_systemVariables, m_variablesPanel->currentSetName(),
                               m_variablesPanel->secretOverrides(), {});
    m_runTaskKey = m_session->document().tasks.at(index).instanceKey();
    m_shownTaskKey = m_runTaskKey;
    m_resultPanel->setHistory(historyFor(m_runTaskKey));
    const ServiceConnection *connection = m_session->document().connection(input.task.connectionName());
    m_resultPanel->showRunning(input.task.method(),
                               (connection ? RequestBuilder::baseUrl(*connection) : QString())
                                   + input.task.input(QStringLiteral("urlSuffix")));
    QSettings store;
    const DryRunSession::Options dryRun {options, CallbackSettingsDialog::load(store)};
    if (input.task.isCallback())
        ensurePlanListener();
    m_dryRun = new DryRunSession(m_runner, m_credentials, m_planListener, this);
    m_dryRun->setCredentialInterceptor([this, connection = input.connection](const CredentialResult &resolved) {
        if (!connection || !RunOnlySecretDialog::offersFor(resolved, *connection, m_secretStore))
            return false;
        offerRunOnlySecret(*connection, resolved);
        return true;
    });
    connect(m_dryRun, &DryRunSession::credentialResolved, this, [this](const QString &note) {
        if (!note.isEmpty())
            statusBar()->showMessage(note, 15000);
    });
    connect(m_dryRun, &DryRunSession::progress, m_resultPanel, &ResultPanel::showProgress);
    connect(m_dryRun, &DryRunSession::callbackStarted, this, [this] {
        CallbackTimelineView *timeline = showCallbackTimeline();
        m_callbackRedactor = Redactor();
        const PlanContext &plan = m_planListener->plan();
        timeline->setListenerInfo(plan.collectionUrl, plan.planId, plan.hubName);
    });
    connect(m_dryRun, &DryRunSession::initialCallFinished, this, [this](const RunResult &result) {
        m_callbackRedactor = result.redactor();
        m_resultPanel->showResult(result);
        if (result.verdict == RunResult::Verdict::NotCompleted)
            m_resultPanel->showWaitingForCallback(m_planListener->collectionUrl().toString());
    });
    connect(m_dryRun, &DryRunSession::finished, this, &MainWindow::dryRunEnded);
    m_dryRun->start(input, dryRun);
    updateActions();
}

void MainWindow::dryRunEnded(const DryRunOutcome &outcome)
{
    m_dryRun->deleteLater();
    m_dryRun = nullptr;
    switch (outcome.stoppedAt) {
    case DryRunOutcome::Stop::Deferred:
        return; // the run-only secret dialog is open; it sends again or ends the run
    case DryRunOutcome::Stop::Listener: {
        RunResult failed;
        failed.verdict = RunResult::Verdict::Error;
        failed.reasons = {tr("The local plan listener cannot start: %1").arg(outcome.listenerError)};
        runEndedEarly(failed);
        return;
    }
    case DryRunOutcome::Stop::Credential:
    case DryRunOutcome::Stop::None:
        break;
    }
    runEnded(outcome.result, outcome.shown);
    if (outcome.shownCallback) {
        m_resultPanel->showCallbackReport(outcome.shownCallback->report());
        m_callbackTimeline->setVerdict(*outcome.shownCallback);
    }
}

void MainWindow::simulateGate()
{
    const int index = currentTaskIndex();
    if (index < 0)
        return;
    // Azure DevOps evaluates gates with System.HostType "gates" (the default HubName header says so).
    VariableSet system = m_systemVariables;
    system.set(QStringLiteral("system.HostType"), QStringLiteral("gates"));
    const RunInput input =
        RunInput::fromDocument(m_session->document(), index, system, m_variablesPanel->currentSetName(),
                               m_variablesPanel->secretOverrides(), {});
    RunOptions options;
    options.treatAny2xxAsSuccess = m_any2xxAction->isChecked();
    auto *dialog = new GateDialog(m_runner, m_credentials, input, options,
                                  PipelineExport::displayLabel(m_session->document().tasks.at(index)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::offerRunOnlySecret(const ServiceConnection &connection, const CredentialResult &failure)
{
    auto *dialog = new RunOnlySecretDialog(connection.name, RunOnlySecretDialog::secretKeyFor(connection).kind,
                                           failure.shown(), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, connection, failure](int answer) {
        if (answer != QDialog::Accepted) {
            runEndedEarly(CredentialStep::failureFor(failure));
            return;
        }
        SecretJob *job = RunOnlySecretDialog::keepForThisRun(m_secretStore, connection, dialog->secret());
        connect(job, &SecretJob::finished, this, [this, job] {
            job->deleteLater();
            send();
        });
    });
    dialog->open();
}

void MainWindow::editConnections(const QString &selectName)
{
    ConnectionsDialog dialog(m_session->document().connections, m_secretStore, m_credentials, this);
    QHash<QString, int> usage;
    for (const TaskConfig &task : m_session->document().tasks)
        ++usage[task.connectionName()];
    dialog.setTaskUsage(usage);
    dialog.setNetworkSettings(m_networkPreferences->current());
    if (!selectName.isEmpty())
        dialog.selectConnection(selectName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ServiceConnection> edited = dialog.connections();
    const QHash<QString, QString> renamed = dialog.renamedConnections();
    // Secrets may have changed: a cached token must not outlive the secret it came from.
    m_tokenProvider->clearCache();
    if (edited == m_session->document().connections && renamed.isEmpty())
        return;
    DesignDocument after = m_session->document();
    after.renameConnections(renamed);
    after.connections = edited;
    commitChange(tr("Edit connections"), after, currentTaskIndex());
    // The task itself may not have changed, but its connection picker and request URL did.
    showTask(currentTaskIndex());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_networkPreferences->current(), this);
    dialog.setLanguage(UiLanguage::saved());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_networkPreferences->store(dialog.networkSettings());
    UiLanguage::save(dialog.language());
}

void MainWindow::ensurePlanListener()
{
    if (m_planListener)
        return;
    m_planListener = new PlanListener(this);
    connect(m_planListener, &PlanListener::eventReceived, this, [this](const CallbackEntry &received) {
        const CallbackEntry entry = received.displaySafe(m_callbackRedactor);
        if (m_callbackTimeline)
            m_callbackTimeline->addEntry(entry);
        m_resultPanel->appendCallbackLine(tr("#%1 %2 %3 → %4  %5")
                                              .arg(entry.sequence)
                                              .arg(entry.method, entry.target)
                                              .arg(entry.status)
                                              .arg(entry.summary));
    });
    connect(m_planListener, &PlanListener::logLine, this, [this](const QString &line) {
        m_resultPanel->appendCallbackLine(tr("  log: %1").arg(m_callbackRedactor.apply(line)));
    });
}

CallbackTimelineView *MainWindow::showCallbackTimeline()
{
    if (!m_callbackDock) {
        m_callbackTimeline = new CallbackTimelineView(this);
        m_callbackDock = new QDockWidget(tr("Callback timeline"), this);
        m_callbackDock->setObjectName(QStringLiteral("callbackTimelineDock"));
        m_callbackDock->setWidget(m_callbackTimeline);
        addDockWidget(Qt::BottomDockWidgetArea, m_callbackDock);
        // A tab beside the YAML pane: side by side, neither has room for its columns.
        if (auto *yamlDock = findChild<QDockWidget *>(QStringLiteral("yamlDock")); yamlDock && yamlDock->isVisible())
            tabifyDockWidget(yamlDock, m_callbackDock);
        m_viewMenu->addAction(m_callbackDock->toggleViewAction());
    }
    m_callbackTimeline->clear();
    m_callbackDock->show();
    m_callbackDock->raise();
    return m_callbackTimeline;
}

void MainWindow::editCallbackSettings()
{
    QSettings store;
    CallbackSettingsDialog dialog(CallbackSettingsDialog::load(store), this);
    if (dialog.exec() == QDialog::Accepted)
        CallbackSettingsDialog::save(store, dialog.settings());
}

RunHistory *MainWindow::historyFor(quint64 taskKey)
{
    RunHistory *&history = m_histories[taskKey];
    if (!history)
        history = new RunHistory(this);
    return history;
}

void MainWindow::showTaskHistory(int index)
{
    const quint64 key = m_session->document().tasks.at(index).instanceKey();
    // Undo, a variable set switch or an edit re-show the same task: its result stays as it is on screen.
    if (key == m_shownTaskKey)
        return;
    m_shownTaskKey = key;
    if (isRunning() && key == m_runTaskKey)
        return; // the panel is showing this task's run in progress
    RunHistory *history = historyFor(key);
    m_resultPanel->setHistory(history);
    if (history->rowCount() > 0) {
        m_resultPanel->showHistoryEntry(0); // completion follows once the panel has parsed it (responseParsed)
        // The run may predate edits to this task's criteria: its verdict must be the one they give.
        judgeShownAsNow();
    } else {
        m_resultPanel->clear();
        m_taskForm->setLastResponse({});
    }
}

void MainWindow::rejudgeCriteria(const QString &criteria)
{
    const int index = currentTaskIndex();
    if (index < 0 || m_session->document().tasks.at(index).instanceKey() != m_shownTaskKey || isRunning())
        return;
    const RunInput input =
        RunInput::fromDocument(m_session->document(), index, m_systemVariables, m_variablesPanel->currentSetName(),
                               m_variablesPanel->secretOverrides(), {});
    m_resultPanel->rejudge(criteria, input.variables, m_any2xxAction->isChecked());
}

void MainWindow::judgeShownAsNow()
{
    m_rejudgeTimer->stop();
    const int index = currentTaskIndex();
    if (index < 0 || m_session->document().tasks.at(index).instanceKey() != m_shownTaskKey || isRunning())
        return;
    const QString criteria = m_session->document().tasks.at(index).input(QStringLiteral("successCriteria"));
    const RunResult &shown = m_resultPanel->shownResult();
    // Without a response the criteria never entered the verdict; a Callback verdict is the service's own.
    if (shown.status <= 0 || shown.request.isCallback
        || (shown.request.criteria == criteria && shown.options.treatAny2xxAsSuccess == m_any2xxAction->isChecked()))
        return;
    if (shown.canRejudge())
        rejudgeCriteria(criteria);
    else
        m_resultPanel->markStale(tr("This verdict was judged with an earlier success criteria or status rule and "
                                    "cannot be judged again without a response: send the task again."));
}

void MainWindow::runEnded(const RunResult &result, const RunResult &shown)
{
    RunHistory *history = historyFor(m_runTaskKey);
    history->add(result, shown);
    saveHistories();
    const int index = currentTaskIndex();
    if (index >= 0 && m_session->document().tasks.at(index).instanceKey() == m_runTaskKey) {
        m_resultPanel->setHistory(history);
        m_resultPanel->showResult(result, shown);
    }
    updateActions();
    // The criteria or the status rule may have been edited while the request ran.
    judgeShownAsNow();
    statusBar()->showMessage(tr("%1 in %2 ms").arg(RunResult::verdictWord(result.verdict)).arg(result.msTotal), 8000);
    if (m_runAll->isActive())
        m_runAll->taskFinished(result, shown);
    Q_EMIT runFinished(result);
}

void MainWindow::cancel()
{
    m_runAll->cancel();
    if (m_dryRun)
        m_dryRun->cancel();
}

bool MainWindow::save()
{
    if (m_session->path().isEmpty())
        return saveAs();
    return saveTo(m_session->path());
}

bool MainWindow::saveTo(const QString &path)
{
    QString message;
    DesignDocument::SaveProblem problem = DesignDocument::SaveProblem::None;
    bool saved = m_session->saveTo(path, &message, &problem);
    if (!saved && problem == DesignDocument::SaveProblem::ChangedOnDisk) {
        QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                        tr("%1 was changed on disk after you opened it, by another program or another RestGate "
                           "window.\n\nOverwrite those changes with yours, reload the file (your unsaved changes "
                           "are lost), or cancel and keep both as they are?")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Cancel, this);
        QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::ResetRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == reload) {
            // Their version wins; the save did not happen, so whatever asked for it (closing) stops here.
            openFile(path);
            return false;
        }
        if (box.clickedButton() != overwrite)
            return false;
        saved = m_session->saveTo(path, &message, &problem, true);
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Save failed"),
                             tr("%1\n\nThe file was left as it was; your changes are still open.").arg(message));
        return false;
    }
    m_recentFiles->add(m_session->path());
    saveHistories(); // a first save or Save As: the histories now have a design to belong to
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->path())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"),
                                                m_session->path().isEmpty() ? QStringLiteral("design.restgate.yml")
                                                                            : m_session->path(),
                                                tr("RestGate designs (*.restgate.yml)"));
    if (path.isEmpty())
        return false;
    if (!isDesignFile(path))
        path += QStringLiteral(".restgate.yml");
    return saveTo(path);
}

void MainWindow::updateTitle()
{
    const QString name = m_session->path().isEmpty() ? (m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName)
                                                     : QFileInfo(m_session->path()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — RestGate").arg(name));
    setWindowFilePath(m_session->path());
}

void MainWindow::updateActions()
{
    const bool runningAll = m_runAll && m_runAll->isActive();
    m_sendAction->setEnabled(!isRunning() && !runningAll && currentTaskIndex() >= 0);
    m_cancelAction->setEnabled(isRunning() || runningAll);
    if (m_runAllAction)
        m_runAllAction->setEnabled(!isRunning() && !runningAll && !m_session->document().tasks.isEmpty());
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_session->closeCleanly();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedWithFrame) {
        m_fittedWithFrame = true;
        fitToScreen();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RestGate"),
                       tr("<h3>RestGate %1</h3>"
                          "<p>Designer and dry-run tester for the Azure Pipelines Invoke REST API task "
                          "(InvokeRESTAPI@1 and @0).</p>"
                          "<p>Licensed under the MIT licence. Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) and "
                          "yaml-cpp (MIT).</p>"
                          "<p>Task documentation: <a href=\"https://learn.microsoft.com/azure/devops/pipelines/tasks/"
                          "reference/invoke-rest-api-v1\">InvokeRESTAPI@1</a>, <a href=\"https://learn.microsoft.com/"
                          "azure/devops/pipelines/tasks/reference/invoke-rest-api-v0\">InvokeRESTAPI@0</a></p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace RestGate
