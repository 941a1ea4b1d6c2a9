#pragma once

#include "core/design/designdocument.h"
#include "core/design/recoverystore.h"
#include "core/result/runresult.h"
#include "core/run/taskrunner.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QTreeView;
class QUndoStack;

namespace RestGate {

class AzureTokenProvider;
class CallbackTimelineView;
class DryRunSession;
struct DryRunOutcome;
class CredentialResolver;
struct CredentialResult;
class NetworkPreferences;
class SecretStore;
class DemoServer;
class DocumentSession;
class DesignOverview;
class PlanListener;
class RecentFiles;
class ResultPanel;
class RunAllQueue;
class RunHistory;
class TaskForm;
class TaskListPanel;
class VariablesPanel;
class YamlPane;
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
    /// Opens the bundled tasks that fail, one for each reason the server has, against the demo endpoint.
    void openFailureExamples();
    /// File ▸ New: an empty design with one task, ready to fill in.
    void newDocument();
    /// The file the design was opened from or saved to; empty for a new, bundled or imported design.
    QString filePath() const;
    bool isModified() const;
    QUndoStack *undoStack() const;
    TaskListPanel *taskList() const { return m_taskList; }
    YamlPane *yamlPane() const { return m_yamlPane; }
    VariablesPanel *variablesPanel() const { return m_variablesPanel; }
    /// The variables of the selected task's dry run (system, document, current set), without secret values.
    VariableSet dryRunVariables() const;

    /// Designs earlier sessions autosaved and never closed cleanly.
    QList<RecoveredDesign> pendingRecoveries() const;
    /// Opens a recovered design (modified, with its original path) and removes its recovery file.
    void restoreRecovery(const RecoveredDesign &recovery);
    /// Asks, for the newest unclean session, whether to restore it; called once after start.
    void offerRecovery();
    /// How long after an edit the design is autosaved to the recovery file.
    void setAutosaveDelay(int ms);
    /// Writes the recovery file now (normally the autosave timer does).
    bool autosaveNow();

    const DesignDocument &document() const;
    int currentTaskIndex() const;
    void selectTask(int index);
    ResultPanel *resultPanel() const { return m_resultPanel; }
    TaskForm *taskForm() const { return m_taskForm; }
    /// The demo endpoint, when it runs (started on demand).
    DemoServer *demoServer() const { return m_demoServer; }
    bool isRunning() const;
    /// Run ▸ Run all tasks: the list of the last (or current) run of every task.
    RunAllQueue *runAllQueue() const { return m_runAll; }
    /// Where the run histories of saved designs are kept between sessions (HistoryStore).
    void setHistoryDirectory(const QString &directory) { m_historyDirectory = directory; }
    /// Keeps the window within the available area of its screen (a layout saved on a larger or scaled screen).
    void fitToScreen();

public Q_SLOTS:
    void send();
    void cancel();
    bool save();
    bool saveAs();
    /// Saves to `path` (Save As without the dialog).
    bool saveTo(const QString &path);
    /// File ▸ Revert: reloads the file, dropping unsaved changes.
    void revert();
    void addTask();
    void duplicateTask(int index);
    void deleteTask(int index);
    void moveTask(int from, int to);
    void renameTask(int index, const QString &title);
    bool startDemoServer();
    void stopDemoServer();
    /// Run ▸ Run all tasks: sends every enabled task in order, one after another; Esc stops.
    void runAll();
    /// Run ▸ Simulate gate…: the selected task in a GateDialog, as it is now.
    void simulateGate();
    /// File ▸ Import pipeline…: finds the InvokeRESTAPI steps of a pipeline and adds the chosen ones.
    void importPipeline(const QString &path);
    /// Copies the selected task as a pipeline step (or a `pool: server` job) to the clipboard.
    void copyTaskAsYaml(bool asJob);
    /// Copies the selected task as a curl command whose secrets are $RESTGATE_SECRET_… references.
    void copyTaskAsCurl();
    /// File ▸ Import from curl…: a pasted curl command becomes a task (and a connection when none matches).
    void importCurl();
    /// Edit ▸ Connections…: edits the document's connections (and their keychain secrets) in ConnectionsDialog,
    /// optionally with one selected; renames reach the tasks that refer to the old name.
    void editConnections(const QString &selectName = QString());
    void editPreferences();

Q_SIGNALS:
    void runFinished(const RestGate::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    /// Every change of the document goes through here, so it can be undone and is autosaved.
    void commitChange(const QString &text, const DesignDocument &after, int selectAfter, const QString &mergeKey = {},
                      bool alreadyApplied = false);
    /// Undo or redo replaced the document: show it again, selecting `selectedTask`.
    void applyState(int selectedTask);
    void documentChanged();
    void saveLayout() const;
    void restoreLayout();
    void createDocks();
    /// The YAML pane, the variables and the connection list follow the document and the selected task.
    void refreshSidePanels();
    RunHistory *historyFor(quint64 taskKey);
    /// Shows the selected task's last run (or nothing) when the selection moved to another task.
    void showTaskHistory(int index);
    /// Re-judges the last response with the criteria as typed, with the variables a run would use.
    void rejudgeCriteria(const QString &criteria);
    /// The shown verdict follows the form's current criteria and the any-2xx option: re-judged when the response
    /// allows it, marked stale when it does not.
    void judgeShownAsNow();
    void dryRunEnded(const DryRunOutcome &outcome);
    /// Made on the first Callback run; its events reach the timeline masked with the running task's secrets.
    void ensurePlanListener();
    CallbackTimelineView *showCallbackTimeline();
    void editCallbackSettings();
    /// No keychain: offers to keep the connection's secret in memory for this run, then sends again.
    void offerRunOnlySecret(const ServiceConnection &connection, const CredentialResult &failure);
    /// A run ended: `shown` is its display-safe copy (DryRunOutcome::shown), what the panel, history and Run all show.
    void runEnded(const RunResult &result, const RunResult &shown);
    /// A run that ended before anything went out (no secret, no listener): it carries nothing to mask but its text.
    void runEndedEarly(const RunResult &result) { runEnded(result, result.displaySafe()); }
    void createRunAllDock();
    /// Sends the task Run all asks for (by instance key, so edits meanwhile do not send the wrong one).
    void runAllNext(quint64 taskKey);
    /// Selects the task of a Run all row and shows that row's result.
    void showRunAllRow(int row);
    void updateDemoAction();
    /// The histories of the saved design's tasks, from and to HistoryStore.
    void loadHistories();
    void saveHistories();
    void setDocument(const DesignDocument &document, const QString &path);
    /// Renders a document the session now holds for the first time (opened, new, restored).
    void showNewDocument();
    void openBundledSample(const QString &resource, const QString &title);
    static constexpr int keepSelection = -2;
    /// Rebuilds the task list from the document and selects `select` (clamped), without re-showing the form.
    void refreshTaskList(int select = keepSelection);
    void showTask(int index);
    void onTaskEdited(const TaskConfig &task);
    void updateTitle();
    void updateActions();
    bool maybeSave();
    void showAbout();

    VariableSet m_systemVariables; ///< generated once per window so ids stay stable across runs
    DocumentSession *m_session;
    QString m_untitledName; ///< the title of a design without a file (sample, new, recovered)
    RecentFiles *m_recentFiles;

    TaskRunner *m_runner;
    QPointer<DryRunSession> m_dryRun;
    /// Masks the running Callback task's secrets in what the service posts, from its initial call on.
    Redactor m_callbackRedactor;
    PlanListener *m_planListener = nullptr; ///< started for the first Callback task
    QDockWidget *m_callbackDock = nullptr; ///< "Callback timeline", created by the first Callback run
    CallbackTimelineView *m_callbackTimeline = nullptr;
    SecretStore *m_secretStore;
    AzureTokenProvider *m_tokenProvider;
    CredentialResolver *m_credentials;
    NetworkPreferences *m_networkPreferences = nullptr; ///< Edit ▸ Preferences ▸ Network, applied to every run
    DemoServer *m_demoServer = nullptr;

    QSplitter *m_splitter;
    TaskListPanel *m_taskList;
    DesignOverview *m_overview;
    TaskForm *m_taskForm;
    ResultPanel *m_resultPanel;
    QLabel *m_demoStatus;
    /// One run history per task, by TaskConfig::instanceKey(), so it follows its task through moves and undo.
    QHash<quint64, RunHistory *> m_histories;
    quint64 m_runTaskKey = 0; ///< the task the run in flight belongs to
    quint64 m_shownTaskKey = 0; ///< the task whose history the result panel shows
    YamlPane *m_yamlPane = nullptr;
    VariablesPanel *m_variablesPanel = nullptr;
    QMenu *m_viewMenu = nullptr;

    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_any2xxAction = nullptr;
    /// Typing the criteria re-judges once the typing pauses, not on every keystroke.
    QTimer *m_rejudgeTimer = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QAction *m_demoAction = nullptr;

    RunAllQueue *m_runAll = nullptr;
    QDockWidget *m_runAllDock = nullptr;
    QTreeView *m_runAllView = nullptr;
    QLabel *m_runAllSummary = nullptr;
    QString m_historyDirectory;
    bool m_fittedWithFrame = false; ///< the window frame is only known once shown: fitted again then
};

} // namespace RestGate
