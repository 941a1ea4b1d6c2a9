#pragma once

#include "core/pipeline/pipelineimport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportPipelineDialog;
}

namespace RestGate {

/// Lists the InvokeRESTAPI steps found in a pipeline with their location and what Azure DevOps would object to, and
/// lets the user pick the ones to import.
class ImportPipelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPipelineDialog)

public:
    /// `existing`: the design's connections; a step naming another one is flagged (a placeholder is added for it).
    ImportPipelineDialog(const QString &path, const PipelineImport &found,
                         const QList<ServiceConnection> &existing = {}, QWidget *parent = nullptr);
    ~ImportPipelineDialog() override;

    /// The importable steps still checked.
    QList<ImportedTask> selectedTasks() const;

private:
    std::unique_ptr<Ui::ImportPipelineDialog> ui;
    PipelineImport m_found;
};

} // namespace RestGate
