#include "app/dialogs/runonlysecretdialog.h"

#include "core/design/serviceconnection.h"
#include "secrets/connectioncredentials.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"
#include "ui_runonlysecretdialog.h"

#include <QPushButton>

namespace RestGate {

namespace {

// Core's kind labels are English; the dialog names the secret in the user's language.
QString secretNoun(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return RunOnlySecretDialog::tr("password");
    case SecretKind::ClientSecret:
        return RunOnlySecretDialog::tr("client secret");
    case SecretKind::Token:
        return RunOnlySecretDialog::tr("token");
    case SecretKind::SecretVariable:
        return RunOnlySecretDialog::tr("secret variable");
    }
    return RunOnlySecretDialog::tr("secret");
}

QString secretFieldLabel(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return RunOnlySecretDialog::tr("&Password:");
    case SecretKind::ClientSecret:
        return RunOnlySecretDialog::tr("&Client secret:");
    case SecretKind::Token:
        return RunOnlySecretDialog::tr("&Token:");
    case SecretKind::SecretVariable:
        return RunOnlySecretDialog::tr("&Value:");
    }
    return RunOnlySecretDialog::tr("&Secret:");
}

} // namespace

RunOnlySecretDialog::RunOnlySecretDialog(const QString &connectionName, SecretKind kind, const QString &keychainMessage,
                                         bool askForSecret, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RunOnlySecretDialog>())
    , m_askForSecret(askForSecret)
{
    ui->setupUi(this);
    const QString what = secretNoun(kind);
    QString text = tr("The OS keychain is not available, so the %1 of connection '%2' cannot be stored or read "
                      "there.")
                       .arg(what, connectionName);
    if (!keychainMessage.isEmpty())
        text += QLatin1Char(' ') + tr("The keychain said: %1").arg(keychainMessage);
    text += QStringLiteral("\n\n");
    text += askForSecret
        ? tr("RestGate never writes secrets to a file. Enter the %1 to keep it in memory for this run of RestGate "
             "only; it is forgotten when you quit.")
              .arg(what)
        : tr("RestGate never writes secrets to a file. Keep the secrets you entered in memory for this run of "
             "RestGate only? They are forgotten when you quit.");
    ui->explanationLabel->setText(text);
    ui->secretLabel->setText(secretFieldLabel(kind));
    ui->secretLabel->setVisible(askForSecret);
    ui->secretEdit->setVisible(askForSecret);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep for this run only"));
    connect(ui->secretEdit, &QLineEdit::textChanged, this, &RunOnlySecretDialog::updateOk);
    updateOk();
}

RunOnlySecretDialog::~RunOnlySecretDialog() = default;

QString RunOnlySecretDialog::secret() const
{
    return m_askForSecret ? ui->secretEdit->text() : QString();
}

void RunOnlySecretDialog::updateOk()
{
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_askForSecret || !ui->secretEdit->text().isEmpty());
}

SecretKey RunOnlySecretDialog::secretKeyFor(const ServiceConnection &connection)
{
    return credentialRequestFor(connection).secretKey();
}

bool RunOnlySecretDialog::offersFor(const CredentialResult &result, const ServiceConnection &connection,
                                    const SecretStore *store)
{
    return result.status == CredentialResult::Status::NoSecretService && store
        && store->backend() == SecretStore::Backend::Keychain && connection.type != ServiceConnection::Type::Generic
        && secretKeyFor(connection).isValid();
}

SecretJob *RunOnlySecretDialog::keepForThisRun(SecretStore *store, const ServiceConnection &connection,
                                               const QString &secret)
{
    store->setBackend(SecretStore::Backend::SessionMemory);
    return store->write(secretKeyFor(connection), secret);
}

} // namespace RestGate
