#include "app/dialogs/curlimportdialog.h"

#include "ui_curlimportdialog.h"

#include <QFontDatabase>
#include <QPushButton>

namespace RestGate {

CurlImportDialog::CurlImportDialog(const QList<ServiceConnection> &connections, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CurlImportDialog>())
{
    ui->setupUi(this);
    m_document.connections = connections;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {ui->commandEdit, ui->headersView, ui->bodyView})
        edit->setFont(fixed);
    ui->commandEdit->setPlaceholderText(QStringLiteral("curl -X POST 'https://api.example.com/v1/items' \\\n"
                                                       "  -H 'Content-Type: application/json' \\\n"
                                                       "  -d '{\"name\": \"demo\"}'"));
    ui->displayNameEdit->setPlaceholderText(tr("Method and path, e.g. POST /v1/items"));
    ui->baseUrlEdit->setPlaceholderText(tr("Automatic"));
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

    connect(ui->commandEdit, &QPlainTextEdit::textChanged, this, &CurlImportDialog::update);
    connect(ui->displayNameEdit, &QLineEdit::textChanged, this, &CurlImportDialog::update);
    connect(ui->baseUrlEdit, &QLineEdit::textChanged, this, &CurlImportDialog::update);
    update();
}

CurlImportDialog::~CurlImportDialog() = default;

void CurlImportDialog::setCommand(const QString &commandLine)
{
    ui->commandEdit->setPlainText(commandLine);
}

QString CurlImportDialog::command() const
{
    return ui->commandEdit->toPlainText();
}

const CurlImport &CurlImportDialog::imported() const
{
    static const CurlImport none;
    return m_imported ? *m_imported : none;
}

TaskConfig CurlImportDialog::task() const
{
    return imported().task;
}

std::optional<ServiceConnection> CurlImportDialog::newConnection() const
{
    if (!m_imported || m_imported->reusedConnection)
        return std::nullopt;
    return m_imported->connection;
}

QString CurlImportDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

QStringList CurlImportDialog::unsupportedOptions() const
{
    return m_imported ? m_imported->unsupported : QStringList();
}

void CurlImportDialog::update()
{
    m_imported.reset();
    QString error;
    const QString commandLine = command();
    if (!commandLine.trimmed().isEmpty()) {
        CurlRequest request;
        CurlImportOptions options;
        options.displayName = ui->displayNameEdit->text().trimmed();
        options.baseUrl = ui->baseUrlEdit->text().trimmed();
        CurlImport imported;
        if (CurlParser::parse(commandLine, &request, &error)
            && CurlImporter::import(request, m_document, options, &imported, &error))
            m_imported = imported;
    }
    ui->errorLabel->setVisible(!error.isEmpty());
    ui->errorLabel->setText(error.isEmpty() ? QString() : tr("This cannot be imported: %1").arg(error));
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_imported.has_value());
    if (m_imported)
        showImport(*m_imported);
    else
        clearPreview();
}

void CurlImportDialog::showImport(const CurlImport &imported)
{
    const TaskConfig &task = imported.task;
    ui->previewGroup->setEnabled(true);
    ui->methodValue->setText(task.method());
    ui->connectionValue->setText(
        imported.reusedConnection
            ? tr("%1 (%2), the document's own connection").arg(imported.connection.name, imported.connection.url)
            : tr("%1 (%2), a new %3 connection")
                  .arg(imported.connection.name, imported.connection.url,
                       ServiceConnection::typeLabel(imported.connection.type)));
    const QString suffix = task.input(QStringLiteral("urlSuffix"));
    ui->suffixValue->setText(suffix.isEmpty() ? tr("(none)") : suffix);
    ui->headersView->setPlainText(task.input(QStringLiteral("headers")));
    const bool hasBody = task.isVisible(QStringLiteral("body"));
    ui->bodyView->setPlainText(hasBody ? task.input(QStringLiteral("body")) : QString());
    ui->bodyView->setPlaceholderText(hasBody ? tr("(empty)") : tr("(%1 sends no body)").arg(task.method()));

    QStringList notes;
    if (!imported.password.isEmpty())
        notes.append(
            tr("The password is not put into the task or the connection: store it for connection “%1” "
               "(or set %2 for restgate-cli).")
                .arg(imported.connection.name, ServiceConnection::secretEnvironmentVariable(imported.connection.name)));
    if (!imported.tokenVariable.isEmpty())
        notes.append(tr("The bearer token is moved out of the headers into the secret variable $(%1); its value is "
                        "never saved.")
                         .arg(imported.tokenVariable));
    for (const Finding &finding : imported.findings)
        notes.append((finding.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(finding.message));
    ui->notesLabel->setText(notes.join(QLatin1Char('\n')));
    ui->notesLabel->setVisible(!notes.isEmpty());

    ui->unsupportedList->clear();
    ui->unsupportedList->addItems(imported.unsupported);
    ui->unsupportedLabel->setVisible(!imported.unsupported.isEmpty());
    ui->unsupportedList->setVisible(!imported.unsupported.isEmpty());
    ui->ignoredLabel->setText(imported.ignored.isEmpty()
                                  ? QString()
                                  : tr("Ignored, they only change what curl prints or does locally: %1")
                                        .arg(imported.ignored.join(QStringLiteral(", "))));
    ui->ignoredLabel->setVisible(!imported.ignored.isEmpty());
}

void CurlImportDialog::clearPreview()
{
    ui->previewGroup->setEnabled(false);
    for (QLabel *label : {ui->methodValue, ui->connectionValue, ui->suffixValue, ui->notesLabel})
        label->clear();
    ui->notesLabel->hide();
    ui->headersView->clear();
    ui->bodyView->clear();
    ui->bodyView->setPlaceholderText(QString());
    ui->unsupportedList->clear();
    ui->unsupportedLabel->hide();
    ui->unsupportedList->hide();
    ui->ignoredLabel->clear();
    ui->ignoredLabel->hide();
}

} // namespace RestGate
