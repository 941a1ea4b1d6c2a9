#pragma once

#include "core/design/variables.h"
#include "core/json/jsondocument.h"
#include "core/result/runresult.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class ResultPanel;
}

namespace RestGate {

class FindBar;
class JsonHighlighter;
class JsonTreeModel;
class RunHistory;
class TextFeeder;
class TraceModel;
struct CriteriaOutcome;
struct ResultBodyRendering;

/// The response beside the verdict: a banner with every reason, the status line, the body (Pretty / Raw / Tree),
/// headers, request, log, TLS and the criteria's evaluation trace of the last dry run, plus the task's run history.
/// Big bodies are parsed on a worker thread and fed to the text views in chunks, so the window never stalls.
class ResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget *parent = nullptr);
    ~ResultPanel() override;

    void showRunning(const QString &method, const QString &url);
    void showProgress(qint64 bytesReceived, qint64 elapsedMs);
    /// Shows a finished run, as received (`result`, kept to re-judge and save) and as shown (`shown`, its
    /// display-safe copy: DryRunOutcome::shown). It is not added to the history: the caller adds fresh runs
    /// (RunHistory::add).
    void showResult(const RunResult &result, const RunResult &shown);
    /// A run no dry run session masked (a Callback task's initial call): the panel makes the display-safe copy,
    /// a big body on a worker thread.
    void showResult(const RunResult &result);
    /// Callback mode: the initial call was accepted and the run now waits for the service's TaskCompleted.
    void showWaitingForCallback(const QString &listenerUrl);
    /// One more line of what the plan listener received, as it arrives.
    void appendCallbackLine(const QString &line);
    /// The round trip's verdict, explained request by request.
    void showCallbackReport(const QString &report);
    void clear();

    /// Judges the last response again with `criteria`, without sending anything: banner, reasons and trace show
    /// what a run with that criteria would have given for the same response. Ignored for Callback tasks and when
    /// no response arrived. Bodies over inlineLimit are judged on a worker thread; the newest request wins.
    /// `treatAny2xxAsSuccess`, when given, replaces the run's status rule (the Run menu option changed since).
    /// A criteria that does not parse (yet) shows "INCOMPLETE EXPRESSION", not the FAILED a send would give.
    void rejudge(const QString &criteria, const VariableSet &variables,
                 std::optional<bool> treatAny2xxAsSuccess = std::nullopt);
    /// The verdict shown was judged with settings the task no longer has and cannot be judged again (no body to
    /// judge): says so under the banner until the next result.
    void markStale(const QString &why);

    /// Shows run `row` of the history; a run restored from an earlier session has no body, and is not re-judged.
    void showHistoryEntry(int row);
    /// The run history to list (not owned; null for none). Selecting an entry shows that run again.
    void setHistory(RunHistory *history);
    RunHistory *history() const;

    /// Writes the body exactly as received (not the Pretty text, not decoded) to `path`.
    bool saveBodyTo(const QString &path, QString *error = nullptr) const;
    /// Body ▸ Save body…: asks where, then saveBodyTo().
    void saveBody();
    /// Shows, in the Tree, only the values whose key or value contains `text` (ignoring case), with the way to them.
    void setTreeFilter(const QString &text);
    /// Filtering must see every value, so it loads the tree's rows first, but at most this many.
    static constexpr int maxFilterRows = 100'000;

    /// The verdict banner's text (PASSED, FAILED, ...), for tests and accessibility.
    QString verdictText() const;
    /// The run shown now as it was received (secrets in clear: not for display), with the verdict of the last
    /// re-judge. The panel shows the display-safe copy it was given, or a re-judged result's displaySafe().
    const RunResult &shownResult() const { return m_result; }
    /// True while a body is being parsed or fed into the views, or a re-judge is running.
    bool isBusy() const;

    /// Pretty and Raw show at most this many characters of a body; the Tree always holds all of it.
    static constexpr qsizetype displayLimit = 4 * 1024 * 1024;
    /// JSON highlighting is switched off for pretty text longer than this.
    static constexpr qsizetype highlightLimit = 512 * 1024;
    /// Bodies up to this size are parsed, shown and re-judged at once; larger ones on a worker thread.
    static constexpr qsizetype inlineLimit = 256 * 1024;
    /// Raw and Pretty break lines longer than this for display (one huge line would stall the text layout).
    static constexpr qsizetype maxLineChars = 4096;

Q_SIGNALS:
    /// The body of the result shown is parsed, as received (the runner's parse when it made one, else the panel's,
    /// on a worker when it is big): what criteria completion takes, so a response is parsed once.
    void responseParsed(const RestGate::Json::Document &received);
    /// "Use in success criteria" on a value of the response tree: a criteria that holds for it as it is now.
    void criteriaSuggested(const QString &expression);
    /// The user asked to run the task again (History tab's Run again).
    void rerunRequested();
    /// The user emptied the shown history (History tab's Clear history).
    void historyCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVerdict(const RunResult &result);
    void showCriteria(const RunResult &result);
    void present(const RunResult &received, const RunResult *shown);
    /// The body views of `result` (as received): `shownBody` (masked already) or `result`'s own masked here,
    /// rendered and parsed, on a worker when it is big.
    void showBody(const RunResult &result, const std::optional<QByteArray> &shownBody);
    void applyBody(const ResultBodyRendering &rendering);
    void runRejudge(const QString &criteria, const VariableSet &variables, std::optional<bool> treatAny2xxAsSuccess);
    void applyRejudge(quint64 generation, const std::shared_ptr<const CriteriaOutcome> &outcome);
    void revealPath(const QString &path, bool switchToTree);
    void useSelectedInCriteria();
    void updateTreeActions();
    void applyTreeFilter();
    void setTreeModel(QAbstractItemModel *model);
    void openFindBar();
    void updateRunningLine();
    void stopRunningClock();

    std::unique_ptr<Ui::ResultPanel> ui;
    RunResult m_result;
    Json::Document m_document; ///< the display-safe body, parsed once for the tree
    Json::Document m_judgeDocument; ///< the received body, for every re-judge (m_document when they are the same)
    bool m_documentReady = true;
    bool m_restoredShown = false; ///< the run shown came from an earlier session: nothing to re-judge or save
    quint64 m_bodyGeneration = 0;
    quint64 m_rejudgeGeneration = 0;
    bool m_rejudgeRunning = false;
    struct PendingRejudge
    {
        QString criteria;
        VariableSet variables;
        std::optional<bool> treatAny2xxAsSuccess;
    };
    std::optional<PendingRejudge> m_pendingRejudge; ///< asked for while the body was still being parsed
    JsonTreeModel *m_treeModel = nullptr;
    TraceModel *m_traceModel = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QSortFilterProxyModel *m_treeFilter = nullptr; ///< between the tree model and the view while a filter is set
    QLineEdit *m_treeFilterEdit = nullptr;
    QLabel *m_treeFilterNote = nullptr;
    FindBar *m_findBar = nullptr;
    QPushButton *m_saveBodyButton = nullptr;
    QPointer<RunHistory> m_history;
    std::unique_ptr<TextFeeder> m_prettyFeeder;
    std::unique_ptr<TextFeeder> m_rawFeeder;
    QTimer *m_runningTicker = nullptr;
    QElapsedTimer m_runningClock;
    qint64 m_bytesReceived = 0;
    QString m_runningRequest;
};

} // namespace RestGate
