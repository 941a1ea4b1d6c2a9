#pragma once

#include "core/design/designdocument.h"
#include "core/design/taskconfig.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/schemacheck.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class YamlPane;
}

namespace RestGate {

class YamlHighlighter;

/// Shows one task as the pipeline YAML core exports for it (a step, a `pool: server` job or a stage), highlighted,
/// with Copy and Save as. Every text shown is checked with SchemaCheck: what the published schema or Azure DevOps
/// would reject is named in a warning line and its lines are marked.
class YamlPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlPane)

public:
    explicit YamlPane(QWidget *parent = nullptr);
    ~YamlPane() override;

    /// Regenerates the YAML for `task` with the current export options. Cheap enough for every edit.
    void setTask(const TaskConfig &task);
    /// The selected task and the design it belongs to, for the "whole design" scope.
    void setDesign(const DesignDocument &document, int taskIndex);
    /// True: every task of the design is exported (PipelineExport::design); false: the selected task.
    bool exportsWholeDesign() const;
    void setExportsWholeDesign(bool whole);
    /// No task selected: the pane is empty and Copy / Save as are disabled.
    void clear();
    bool hasTask() const { return m_task.has_value(); }

    ExportOptions exportOptions() const { return m_options; }
    /// Everything but the form is kept as given (names, keys, write defaults); the form follows the toggle.
    void setExportOptions(const ExportOptions &options);
    ExportOptions::Form form() const { return m_options.form; }
    void setForm(ExportOptions::Form form);
    bool isJobForm() const { return m_options.form == ExportOptions::Form::Job; }

    /// The text shown, exactly as PipelineExport wrote it.
    QString yaml() const;
    /// What SchemaCheck found in yaml(); empty when Azure DevOps accepts it.
    const QList<SchemaProblem> &problems() const { return m_problems; }
    bool isRejected() const { return !m_problems.isEmpty(); }
    /// The warning line shown above the YAML (empty when there is nothing to warn about).
    QString warningText() const;
    /// 1-based lines marked as offending.
    QList<int> markedLines() const;

    /// Shows and checks arbitrary pipeline YAML (no task): for YAML that did not come from setTask, e.g. an
    /// imported pipeline fragment.
    void showYaml(const QString &yaml);

public Q_SLOTS:
    void copyToClipboard();
    /// Asks for a file name, then saveTo(). Failures are shown in a message box.
    void saveAs();
    /// Writes yaml() to `path` (UTF-8, replaced atomically). False with a sentence in `error` on failure.
    bool saveTo(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void formChanged(RestGate::ExportOptions::Form form);
    /// After every regeneration: the problems of the new text (empty when accepted).
    void problemsChanged(const QList<RestGate::SchemaProblem> &problems);

protected:
    void changeEvent(QEvent *event) override;

private:
    void regenerate();
    void showProblems();
    void applyPalette();
    QString suggestedFileName() const;

    std::unique_ptr<Ui::YamlPane> ui;
    YamlHighlighter *m_highlighter;
    std::optional<TaskConfig> m_task;
    std::optional<DesignDocument> m_design;
    /// Tasks of the YAML shown that name a connection the design does not have.
    QStringList m_connectionNotes;
    ExportOptions m_options;
    QList<SchemaProblem> m_problems;
};

} // namespace RestGate
