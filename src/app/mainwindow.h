#pragma once

#include "designdocument.h"
#include "runresult.h"
#include "taskrunner.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;

namespace RestGate {

class AzureTokenProvider;
class CallbackDryRun;
class CredentialJob;
class CredentialResolver;
struct CredentialResult;
class SecretStore;
class DemoServer;
class PlanListener;
class ResultPanel;
class TaskForm;
class TaskRun;
class TaskRunner;

/// The designer window: tasks of the open design on the left, the selected task's parameter panel in the middle,
/// the response and verdict on the right. It composes panels and routes work to core; it owns no network code.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file; on failure shows the error (with line and column) and keeps the current document.
    bool openFile(const QString &path);
    /// Opens the bundled sample design and starts the demo endpoint it targets.
    void openSample();

    const DesignDocument &document() const { return m_document; }
    int currentTaskIndex() const;
    void selectTask(int index);
    ResultPanel *resultPanel() const { return m_resultPanel; }
    TaskForm *taskForm() const { return m_taskForm; }
    /// The demo endpoint, when it runs (started on demand).
    DemoServer *demoServer() const { return m_demoServer; }
    bool isRunning() const;

public Q_SLOTS:
    void send();
    void cancel();
    bool save();
    bool saveAs();
    bool startDemoServer();
    /// File ▸ Import pipeline…: finds the InvokeRESTAPI steps of a pipeline and adds the chosen ones.
    void importPipeline(const QString &path);
    /// Copies the selected task as a pipeline step (or a `pool: server` job) to the clipboard.
    void copyTaskAsYaml(bool asJob);
    /// Copies the selected task as a curl command whose secrets are $RESTGATE_SECRET_… references.
    void copyTaskAsCurl();
    /// Edit ▸ Connections…: edits the document's connections (and their keychain secrets) in ConnectionsDialog,
    /// optionally with one selected; renames reach the tasks that refer to the old name.
    void editConnections(const QString &selectName = QString());

Q_SIGNALS:
    void runFinished(const RestGate::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void startRun(RunInput input, const RunOptions &options);
    void sendCallback(const RunInput &input, const RunOptions &options);
    /// No keychain: offers to keep the connection's secret in memory for this run, then sends again.
    void offerRunOnlySecret(const ServiceConnection &connection, const CredentialResult &failure);
    void runEnded(const RunResult &result);
    void setDocument(const DesignDocument &document, const QString &path);
    void refreshTaskList();
    void showTask(int index);
    void onTaskEdited(const TaskConfig &task);
    void setModified(bool modified);
    void updateTitle();
    void updateActions();
    bool maybeSave();
    void showAbout();

    DesignDocument m_document;
    QString m_path; ///< empty for a new or bundled document
    bool m_modified = false;
    VariableSet m_systemVariables; ///< generated once per window so ids stay stable across runs

    TaskRunner *m_runner;
    QPointer<TaskRun> m_run;
    QPointer<CallbackDryRun> m_callbackRun;
    PlanListener *m_planListener = nullptr; ///< started for the first Callback task
    SecretStore *m_secretStore;
    AzureTokenProvider *m_tokenProvider;
    CredentialResolver *m_credentials;
    QPointer<CredentialJob> m_credentialJob;
    DemoServer *m_demoServer = nullptr;

    QSplitter *m_splitter;
    QListWidget *m_taskList;
    TaskForm *m_taskForm;
    ResultPanel *m_resultPanel;
    QLabel *m_demoStatus;

    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_any2xxAction = nullptr;
};

} // namespace RestGate
