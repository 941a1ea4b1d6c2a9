#include "app/dialogs/importpipelinedialog.h"

#include "core/request/preparedrequest.h"
#include "ui_importpipelinedialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace RestGate {

ImportPipelineDialog::ImportPipelineDialog(const QString &path, const PipelineImport &found,
                                           const QList<ServiceConnection> &existing, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportPipelineDialog>())
    , m_found(found)
{
    ui->setupUi(this);
    ui->summaryLabel->setText(tr("%1 holds %n InvokeRESTAPI step(s). Connections they name are added as placeholders "
                                 "whose URL you fill in.",
                                 nullptr, int(found.tasks.size()))
                                  .arg(QFileInfo(path).fileName()));
    for (const ImportedTask &task : found.tasks) {
        QString text =
            tr("%1, line %2: %3 (%4)")
                .arg(task.location.toString())
                .arg(task.location.line)
                .arg(task.task.displayName.isEmpty() ? task.reference : task.task.displayName, task.reference);
        for (const ImportFinding &finding : task.findings)
            text += QStringLiteral("\n    ")
                + (finding.severity == Finding::Severity::Error ? tr("Error: ") : tr("Warning: ")) + finding.message;
        if (task.importable && RequestBuilder::missingConnectionFinding(task.task, existing))
            text += QStringLiteral("\n    ")
                + tr("Note: the connection “%1” is not in this design; it is added as a placeholder without a URL, "
                     "which you fill in under Connections before sending.")
                      .arg(task.task.connectionName());
        auto *item = new QListWidgetItem(text, ui->taskList);
        item->setFlags(task.importable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(task.importable ? Qt::Checked : Qt::Unchecked);
    }
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
}

ImportPipelineDialog::~ImportPipelineDialog() = default;

QList<ImportedTask> ImportPipelineDialog::selectedTasks() const
{
    QList<ImportedTask> selected;
    for (int i = 0; i < ui->taskList->count(); ++i) {
        if (ui->taskList->item(i)->checkState() == Qt::Checked && m_found.tasks.at(i).importable)
            selected.append(m_found.tasks.at(i));
    }
    return selected;
}

} // namespace RestGate
