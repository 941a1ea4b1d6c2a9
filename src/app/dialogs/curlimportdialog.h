#pragma once

#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/pipeline/curlimport.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CurlImportDialog;
}

namespace RestGate {

/// Turns a pasted curl command line into a task, live: shows the method, the connection the URL is split into
/// (one of the document's when its base URL matches), the suffix, headers and body, and lists every option the task
/// cannot express. All of it comes from CurlParser and CurlImporter in core.
///
/// After exec() == Accepted the main window calls CurlImporter::merge(&document, dialog.imported()), which adds the
/// task, the connection when it is new, and the bearer token's secret variable (without value). imported().password
/// and imported().token are for the keychain or this session's memory, never for the document: e.g.
/// VariablesPanel::setSecretValue(imported().tokenVariable, imported().token) after setDocumentVariables().
class CurlImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlImportDialog)

public:
    /// `connections`: the document's, so an existing one with the same base URL is reused.
    explicit CurlImportDialog(const QList<ServiceConnection> &connections, QWidget *parent = nullptr);
    ~CurlImportDialog() override;

    void setCommand(const QString &commandLine);
    QString command() const;

    /// True when the command line is a request RestGate can import (OK is enabled).
    bool hasImport() const { return m_imported.has_value(); }
    /// The import; only meaningful while hasImport().
    const CurlImport &imported() const;
    TaskConfig task() const;
    /// The connection to add to the document, or nothing when an existing one is reused (or there is no import).
    std::optional<ServiceConnection> newConnection() const;
    /// Why the command cannot be imported, in plain words (empty when it can, or when nothing is pasted yet).
    QString errorText() const;
    /// Options that change the request but are not imported, with their values.
    QStringList unsupportedOptions() const;

private:
    void update();
    void showImport(const CurlImport &imported);
    void clearPreview();

    std::unique_ptr<Ui::CurlImportDialog> ui;
    DesignDocument m_document; ///< only the connections, for CurlImporter's reuse rule
    std::optional<CurlImport> m_imported;
};

} // namespace RestGate
