#pragma once

#include "secrets/secretkey.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RunOnlySecretDialog;
}

namespace RestGate {

class SecretJob;
class SecretStore;
struct CredentialResult;
struct ServiceConnection;

/// Said when the OS keychain cannot be reached: RestGate never falls back to a plaintext file, so it offers to keep
/// the secret in memory for this run of the application only. Asks for the secret itself (a run needs one), or,
/// with `askForSecret` false, only whether to keep the secrets already typed (the Connections dialog).
class RunOnlySecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOnlySecretDialog)

public:
    RunOnlySecretDialog(const QString &connectionName, SecretKind kind, const QString &keychainMessage,
                        bool askForSecret, QWidget *parent = nullptr);
    ~RunOnlySecretDialog() override;

    QString secret() const;

    /// Whether a failed credential step is one this dialog helps with: the keychain could not be reached, `store`
    /// still uses the keychain, and the connection needs a secret of its own (not the Azure CLI, not a Generic
    /// connection, whose password is optional and is sent empty).
    static bool offersFor(const CredentialResult &result, const ServiceConnection &connection,
                          const SecretStore *store);
    /// The keychain entry the connection's secret lives in (invalid when it has none).
    static SecretKey secretKeyFor(const ServiceConnection &connection);
    /// Switches `store` to memory for the rest of the run and keeps the secret there under the connection's key.
    static SecretJob *keepForThisRun(SecretStore *store, const ServiceConnection &connection, const QString &secret);

private:
    void updateOk();

    std::unique_ptr<Ui::RunOnlySecretDialog> ui;
    bool m_askForSecret;
};

} // namespace RestGate
