#pragma once

#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/design/variables.h"
#include "core/json/jsondocument.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QToolButton;

namespace Ui {
class TaskForm;
}

namespace RestGate {

class JsonHighlighter;
struct ParsedHeaders;

/// The task's parameter panel: the inputs of one InvokeRESTAPI task, laid out, labelled and shown or hidden
/// exactly as the task definition in core says.
class TaskForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskForm)

public:
    explicit TaskForm(QWidget *parent = nullptr);
    ~TaskForm() override;

    /// Shows `task`; `connections` fill the connection picker and `variables` expand the request URL preview.
    void setTask(const TaskConfig &task, const QList<ServiceConnection> &connections, const VariableSet &variables);
    const TaskConfig &task() const { return m_task; }

    /// The response body the criteria editor completes root[...] paths from.
    /// `parsedByRun` is the runner's parse of `body` (RunResult::bodyDocument) when it made one: taken as it is, so
    /// a response is parsed once; empty, the body is parsed here.
    void setLastResponse(const QByteArray &body, const Json::Document &parsedByRun = {});
    /// The response completion works from now.
    const Json::Document &lastResponse() const { return m_lastResponse; }
    /// The success criteria as written in the editor.
    QString criteria() const;
    /// Replaces the criteria through the editor (one undoable edit) and opens the Advanced group to show it.
    void insertCriteria(const QString &expression);
    /// The "Manage…" button next to the connection picker is hidden until the window can manage connections.
    void setManageConnectionsAvailable(bool available);
    /// Findings that need what only the window knows (e.g. which secret variables have a value this session),
    /// listed with the task's own. Called whenever the findings are shown again.
    void setFindingsProvider(std::function<QList<Finding>(const TaskConfig &)> provider);
    /// Shows the findings again, e.g. after a secret variable got its value.
    void refreshFindings();

Q_SIGNALS:
    /// The user changed the task. Carries the new task; not emitted by setTask().
    void taskEdited(const RestGate::TaskConfig &task);
    /// Switching the task version dropped inputs the other version does not have (labels with values).
    void inputsDropped(const QStringList &labels);
    /// The user edited the success criteria (every keystroke, a completion, insertCriteria()); besides taskEdited.
    void criteriaChanged(const QString &criteria);
    /// The "Manage…" button was pressed.
    void manageConnectionsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct HelpButton
    {
        QToolButton *button;
        QLabel *label;
        const char16_t *input; ///< nullptr: the connection picker, whose input depends on the connection type
    };
    struct FindingsField
    {
        QLabel *label;
        QWidget *field;
        QStringList lines;
    };

    void connectEditors();
    void applyDefinition();
    void loadValues();
    void updateVisibility();
    void updateDerived();
    void updateHeadersError(const ParsedHeaders &parsed);
    void updateBodyHighlighting();
    void updateCriteriaStatus();
    void showInlineFindings(const QList<Finding> &findings);
    void updateInlineFindingsVisibility();
    void showHelp(const HelpButton &help);
    void setDefinitionLabel(QLabel *label, const QString &text);
    void assignMnemonics();
    QString helpInputName(const HelpButton &help) const;
    void setInput(const QString &name, const QString &value);
    void edited();

    std::unique_ptr<Ui::TaskForm> ui;
    TaskConfig m_task;
    /// The task's definition with the labels and help in the window's language, as Azure DevOps words them.
    TaskDefinition m_shown;
    QList<ServiceConnection> m_connections;
    VariableSet m_variables;
    Json::Document m_lastResponse;
    JsonHighlighter *m_headersHighlighter;
    JsonHighlighter *m_bodyHighlighter;
    QList<HelpButton> m_helpButtons;
    QList<FindingsField> m_findingsFields;
    /// The labels whose text comes from the task definition, in form order, with the accelerator letter the form
    /// (in the window's language) gives each one, and their text as the definition words it.
    QList<QPair<QLabel *, QChar>> m_definitionLabels;
    QHash<QLabel *, QString> m_definitionTexts;
    bool m_loading = false;
    std::function<QList<Finding>(const TaskConfig &)> m_findingsProvider;
};

} // namespace RestGate
