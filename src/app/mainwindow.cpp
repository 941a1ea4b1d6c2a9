#include "mainwindow.h"

#include "azuretokenprovider.h"
#include "callbackdryrun.h"
#include "connectioncredentials.h"
#include "connectionsdialog.h"
#include "curlexport.h"
#include "demoserver.h"
#include "importpipelinedialog.h"
#include "pipelineexport.h"
#include "planlistener.h"
#include "resultpanel.h"
#include "runonlysecretdialog.h"
#include "schemacheck.h"
#include "secretstore.h"
#include "taskform.h"
#include "taskrunner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

// Resources compiled into a static library must be registered by hand (outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(restgate);
    Q_INIT_RESOURCE(samples);
}

namespace RestGate {

namespace {

const QString sampleResource = QStringLiteral(":/samples/deployments.restgate.yml");
// The bundled sample targets the demo endpoint at its default address.
const QString sampleDemoUrl = QStringLiteral("http://127.0.0.1:8765/");
constexpr quint16 defaultDemoPort = 8765;

QString taskTitle(const TaskConfig &task, int index)
{
    const QString name = task.displayName.isEmpty()
        ? QString(task.definition().instanceNameFormat).replace(QStringLiteral("$(method)"), task.method())
        : task.displayName;
    return QStringLiteral("%1. %2%3")
        .arg(index + 1)
        .arg(name, task.enabled ? QString() : MainWindow::tr(" (disabled)"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_systemVariables(VariableSet::systemDefaults())
    , m_runner(new TaskRunner(this))
    , m_secretStore(new SecretStore(this))
    , m_tokenProvider(new AzureTokenProvider(nullptr, this))
    , m_credentials(new CredentialResolver(m_secretStore, m_tokenProvider, this))
    , m_splitter(new QSplitter(this))
    , m_taskList(new QListWidget(this))
    , m_taskForm(new TaskForm(this))
    , m_resultPanel(new ResultPanel(this))
    , m_demoStatus(new QLabel(this))
{
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/restgate.svg")));
    m_taskList->setAccessibleName(tr("Tasks"));
    m_taskList->setMinimumWidth(180);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_taskForm);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_taskList);
    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(m_resultPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 520, 560});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_demoStatus);
    m_demoStatus->setText(tr("Demo endpoint: stopped"));

    createActions();
    connect(m_taskList, &QListWidget::currentRowChanged, this, &MainWindow::showTask);
    connect(m_taskForm, &TaskForm::taskEdited, this, &MainWindow::onTaskEdited);
    connect(m_taskForm, &TaskForm::inputsDropped, this, [this](const QStringList &labels) {
        statusBar()->showMessage(tr("Switching version dropped: %1").arg(labels.join(QStringLiteral(", "))), 10000);
    });
    resize(1300, 820);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QFileInfo(m_path).absolutePath(),
                                                          tr("RestGate designs (*.restgate.yml);;YAML files (*.yml "
                                                             "*.yaml);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &sample design"), this, [this] {
        if (maybeSave())
            openSample();
    });
    fileMenu->addAction(tr("&Import pipeline…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import pipeline"), QString(),
                                         tr("Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;All "
                                            "files (*)"));
        if (!path.isEmpty())
            importPipeline(path);
    });
    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(tr("Copy task as pipeline &step"), this, [this] { copyTaskAsYaml(false); });
    editMenu->addAction(tr("Copy task as &job (pool: server)"), this, [this] { copyTaskAsYaml(true); });
    editMenu->addAction(tr("Copy task as &curl"), this, &MainWindow::copyTaskAsCurl);
    editMenu->addSeparator();
    editMenu->addAction(tr("Co&nnections…"), this, [this] { editConnections(); });

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    m_sendAction = runMenu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Send"), this,
                                      &MainWindow::send);
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Dry-run the selected task (Ctrl+Enter)"));
    m_cancelAction =
        runMenu->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    runMenu->addSeparator();
    m_any2xxAction = runMenu->addAction(tr("Treat any 2xx as success (dry-run option; Azure DevOps requires 200)"));
    m_any2xxAction->setCheckable(true);
    runMenu->addSeparator();
    runMenu->addAction(tr("Start &demo endpoint"), this, &MainWindow::startDemoServer);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About RestGate"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_cancelAction);
}

void MainWindow::setDocument(const DesignDocument &document, const QString &path)
{
    m_document = document;
    m_path = path;
    setModified(false);
    refreshTaskList();
    m_resultPanel->clear();
    if (!m_document.tasks.isEmpty())
        m_taskList->setCurrentRow(0);
    updateTitle();
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
    QFile file(sampleResource);
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
    setDocument(document, QString());
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
    return true;
}

void MainWindow::refreshTaskList()
{
    const int current = m_taskList->currentRow();
    const QSignalBlocker blocker(m_taskList);
    m_taskList->clear();
    for (int i = 0; i < m_document.tasks.size(); ++i)
        m_taskList->addItem(taskTitle(m_document.tasks.at(i), i));
    if (current >= 0 && current < m_taskList->count())
        m_taskList->setCurrentRow(current);
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
    ImportPipelineDialog dialog(path, found, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ImportedTask> chosen = dialog.selectedTasks();
    if (chosen.isEmpty())
        return;
    const int firstNew = int(m_document.tasks.size());
    const ImportMerge merged = PipelineImporter::merge(&m_document, chosen);
    setModified(true);
    refreshTaskList();
    selectTask(firstNew);
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
    const QString yaml = PipelineExport::task(m_document.tasks.at(index), options);
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
    const TaskConfig &task = m_document.tasks.at(index);
    const CurlCommand command = CurlExport::fromTask(task, m_document.connection(task.connectionName()),
                                                     m_systemVariables.overlaidWith(m_document.effectiveVariables()));
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
    return m_run != nullptr || m_callbackRun != nullptr || m_credentialJob != nullptr;
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
    if (index < 0 || index >= m_document.tasks.size())
        return;
    m_taskForm->setTask(m_document.tasks.at(index), m_document.connections,
                        m_systemVariables.overlaidWith(m_document.effectiveVariables()));
    updateActions();
}

void MainWindow::onTaskEdited(const TaskConfig &task)
{
    const int index = currentTaskIndex();
    if (index < 0 || index >= m_document.tasks.size())
        return;
    m_document.tasks[index] = task;
    if (QListWidgetItem *item = m_taskList->item(index))
        item->setText(taskTitle(task, index));
    setModified(true);
}

void MainWindow::send()
{
    const int index = currentTaskIndex();
    if (index < 0 || isRunning())
        return;
    RunOptions options;
    options.treatAny2xxAsSuccess = m_any2xxAction->isChecked();
    RunInput input = RunInput::fromDocument(m_document, index, m_systemVariables, QString(), VariableSet(), {});
    const ServiceConnection *connection = m_document.connection(input.task.connectionName());
    m_resultPanel->showRunning(input.task.method(),
                               (connection ? RequestBuilder::baseUrl(*connection) : QString())
                                   + input.task.input(QStringLiteral("urlSuffix")));
    if (!input.connection) {
        startRun(input, options);
        return;
    }
    // The password or token comes from RESTGATE_SECRET_<NAME> or the OS keychain (or Azure), never the document.
    m_credentialJob = m_credentials->resolve(credentialRequestFor(*input.connection));
    connect(m_credentialJob, &CredentialJob::finished, this,
            [this, input, options](const CredentialResult &resolved) mutable {
                m_credentialJob->deleteLater();
                m_credentialJob = nullptr;
                if (RunOnlySecretDialog::offersFor(resolved, *input.connection, m_secretStore)) {
                    offerRunOnlySecret(*input.connection, resolved);
                    return;
                }
                const CredentialResult credential = acceptingOptionalPassword(resolved, *input.connection);
                if (!credential.ok()) {
                    RunResult failed;
                    failed.verdict = credential.status == CredentialResult::Status::Cancelled
                        ? RunResult::Verdict::Cancelled
                        : RunResult::Verdict::Error;
                    failed.errorString = credential.message;
                    failed.reasons = {credential.message};
                    runEnded(failed);
                    return;
                }
                input.secret = connectionSecretFrom(credential.credential);
                if (!credential.note.isEmpty())
                    statusBar()->showMessage(credential.note, 15000);
                startRun(input, options);
            });
    updateActions();
}

void MainWindow::offerRunOnlySecret(const ServiceConnection &connection, const CredentialResult &failure)
{
    auto *dialog = new RunOnlySecretDialog(connection.name, RunOnlySecretDialog::secretKeyFor(connection).kind,
                                           failure.message, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, connection, failure](int answer) {
        if (answer != QDialog::Accepted) {
            RunResult failed;
            failed.verdict = RunResult::Verdict::Error;
            failed.errorString = failure.message;
            failed.reasons = {failure.message};
            runEnded(failed);
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
    ConnectionsDialog dialog(m_document.connections, m_secretStore, m_credentials, this);
    if (!selectName.isEmpty())
        dialog.selectConnection(selectName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ServiceConnection> edited = dialog.connections();
    const QHash<QString, QString> renamed = dialog.renamedConnections();
    // Secrets may have changed: a cached token must not outlive the secret it came from.
    m_tokenProvider->clearCache();
    if (edited == m_document.connections && renamed.isEmpty())
        return;
    m_document.renameConnections(renamed);
    m_document.connections = edited;
    setModified(true);
    showTask(currentTaskIndex());
}

void MainWindow::startRun(RunInput input, const RunOptions &options)
{
    if (input.task.isCallback()) {
        sendCallback(input, options);
        return;
    }
    m_run = m_runner->start(input, options);
    connect(m_run, &TaskRun::progress, m_resultPanel, &ResultPanel::showProgress);
    connect(m_run, &TaskRun::finished, this, [this](const RunResult &result) {
        m_run->deleteLater();
        m_run = nullptr;
        runEnded(result);
    });
    updateActions();
}

void MainWindow::sendCallback(const RunInput &input, const RunOptions &options)
{
    if (!m_planListener) {
        m_planListener = new PlanListener(this);
        connect(m_planListener, &PlanListener::eventReceived, this, [this](const CallbackEntry &entry) {
            m_resultPanel->appendCallbackLine(tr("#%1 %2 %3 → %4  %5")
                                                  .arg(entry.sequence)
                                                  .arg(entry.method, entry.target)
                                                  .arg(entry.status)
                                                  .arg(entry.summary));
        });
        connect(m_planListener, &PlanListener::logLine, this,
                [this](const QString &line) { m_resultPanel->appendCallbackLine(tr("  log: %1").arg(line)); });
    }
    if (!m_planListener->isListening() && !m_planListener->listen()) {
        RunResult failed;
        failed.verdict = RunResult::Verdict::Error;
        failed.reasons = {tr("The local plan listener cannot start: %1").arg(m_planListener->errorString())};
        runEnded(failed);
        return;
    }
    m_callbackRun = new CallbackDryRun(m_runner, m_planListener, this);
    CallbackDryRun::Options callbackOptions;
    callbackOptions.run = options;
    connect(m_callbackRun, &CallbackDryRun::initialCallFinished, this, [this](const RunResult &result) {
        m_resultPanel->showResult(result);
        if (result.verdict == RunResult::Verdict::NotCompleted)
            m_resultPanel->showWaitingForCallback(m_planListener->collectionUrl().toString());
    });
    connect(m_callbackRun, &CallbackDryRun::finished, this,
            [this](const RunResult &result, const CallbackVerdict &verdict) {
                m_callbackRun->deleteLater();
                m_callbackRun = nullptr;
                runEnded(result);
                m_resultPanel->showCallbackReport(result.request.redact(verdict.report()));
            });
    m_callbackRun->start(input, callbackOptions);
    updateActions();
}

void MainWindow::runEnded(const RunResult &result)
{
    m_resultPanel->showResult(result);
    updateActions();
    statusBar()->showMessage(tr("%1 in %2 ms").arg(RunResult::verdictText(result.verdict)).arg(result.msTotal), 8000);
    Q_EMIT runFinished(result);
}

void MainWindow::cancel()
{
    if (m_credentialJob)
        m_credentialJob->cancel();
    if (m_run)
        m_run->cancel();
    if (m_callbackRun)
        m_callbackRun->cancel();
}

bool MainWindow::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString message;
    if (!m_document.save(m_path, &message)) {
        QMessageBox::warning(this, tr("Save failed"), message);
        return false;
    }
    setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"),
                                                m_path.isEmpty() ? QStringLiteral("design.restgate.yml") : m_path,
                                                tr("RestGate designs (*.restgate.yml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".restgate.yml")))
        path += QStringLiteral(".restgate.yml");
    m_path = path;
    updateTitle();
    return save();
}

void MainWindow::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(modified);
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Sample design") : QFileInfo(m_path).fileName();
    setWindowTitle(QStringLiteral("%1[*] — RestGate").arg(name));
}

void MainWindow::updateActions()
{
    m_sendAction->setEnabled(!isRunning() && currentTaskIndex() >= 0);
    m_cancelAction->setEnabled(isRunning());
}

bool MainWindow::maybeSave()
{
    if (!m_modified)
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
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RestGate"),
                       tr("<h3>RestGate %1</h3>"
                          "<p>Designer and dry-run tester for the Azure Pipelines Invoke REST API task "
                          "(InvokeRESTAPI@1 and @0).</p>"
                          "<p>Licensed under the MIT licence. Built with Qt %2 (LGPLv3) and yaml-cpp (MIT).</p>"
                          "<p>Task documentation: <a href=\"https://learn.microsoft.com/azure/devops/pipelines/tasks/"
                          "reference/invoke-rest-api-v1\">InvokeRESTAPI@1</a>, <a href=\"https://learn.microsoft.com/"
                          "azure/devops/pipelines/tasks/reference/invoke-rest-api-v0\">InvokeRESTAPI@0</a></p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace RestGate
