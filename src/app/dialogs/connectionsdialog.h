#pragma once

#include "core/design/serviceconnection.h"
#include "secrets/connectiontest.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectionsDialog;
}

namespace RestGate {

class CredentialResolver;

/// Adds, edits, duplicates, deletes and tests a design's service connections. Edits a copy of the list; secrets
/// typed here go to the OS keychain (SecretStore, keyed by the connection's stable id) when the user clicks OK, and
/// never into the document. A connection without an explicit id that is renamed gets its name-based id written
/// down, so its keychain entries stay reachable; a deleted connection's entries are removed.
///
///     ConnectionsDialog dialog(document.connections, store, resolver, this);
///     if (dialog.exec() == QDialog::Accepted) {
///         document.renameConnections(dialog.renamedConnections());
///         document.connections = dialog.connections();
///     }
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    /// `store` and `resolver` must outlive the dialog.
    ConnectionsDialog(const QList<ServiceConnection> &connections, SecretStore *store, CredentialResolver *resolver,
                      QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /// The edited list, in the dialog's order.
    QList<ServiceConnection> connections() const;
    /// Old name -> new name for every connection that was renamed (connections added here are not listed).
    QHash<QString, QString> renamedConnections() const;
    /// Selects the connection with this name (ignoring case); false when there is none.
    bool selectConnection(const QString &name);

    /// How many of the design's tasks use each connection, by name (ignoring case): deleting one they use asks
    /// first and says how many.
    void setTaskUsage(const QHash<QString, int> &tasksByConnection);
    /// The CAs, client certificate, proxy and insecure switch "Test" uses: the window's Preferences.
    void setNetworkSettings(const NetworkSettings &settings);

    /// Adds a connection of this kind with a unique default name and selects it (what the Add menu does).
    void addConnection(ServiceConnection::Type type);

    /// The connection test under way, if any (for tests and for the UI to wait on).
    ConnectionTest *currentTest() const { return m_test; }

public Q_SLOTS:
    /// Writes the secrets to the keychain, removes those of deleted connections, then closes; stays open and says
    /// why when a name is empty or taken twice, or the keychain fails.
    void accept() override;

Q_SIGNALS:
    /// A connection test finished and its result is shown.
    void testFinished(const RestGate::ConnectionTestResult &result);
    /// The keychain's stored/not-stored state for the selected connection is shown.
    void secretStatusShown();
    /// accept() ran into a problem and the dialog stays open.
    void applyFailed(const QString &message);

private:
    struct Row
    {
        ServiceConnection connection;
        QString originalName; ///< empty for a connection added in this dialog
        QString copiedFromId; ///< a duplicate: the effective id whose entries it gets on OK
        QString copiedFromName;
    };
    /// A secret typed (value) or cleared (nullopt), written on OK.
    struct PendingSecret
    {
        SecretKey key;
        std::optional<QString> value;
    };
    enum class StoredState
    {
        Checking,
        Stored,
        NotStored,
        Error
    };
    struct Stored
    {
        StoredState state = StoredState::Checking;
        QString message;
        bool sessionOnly = false;
    };

    int currentRow() const;
    static QString effectiveId(const Row &row);
    /// The row's connection with its effective id, as the resolver and the keychain see it.
    static ServiceConnection resolvable(const Row &row);
    SecretKey currentSecretKey() const;
    QString uniqueName(const QString &base) const;

    void loadRow(int row);
    void storeEdits();
    void updateEditorVisibility();
    void updateSecretStatus();
    void refreshListItem(int row);
    void queryStored(const SecretKey &key);
    void onSecretEdited(const QString &text);
    void clearSecret();
    void duplicateCurrent();
    void deleteCurrent();
    void startTest();
    void showTestResult(const ConnectionTestResult &result);

    QString validationProblem(int *badRow) const;
    void runNextStep();
    void stepFailed(const SecretResult &result);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ConnectionsDialog> ui;
    SecretStore *m_store;
    CredentialResolver *m_resolver;
    ConnectionTester *m_tester;
    QList<Row> m_rows;
    QStringList m_deletedIds; ///< effective ids of connections that existed before and were deleted
    QHash<QString, int> m_taskUsage; ///< by case-folded original name
    QHash<QString, PendingSecret> m_pending; ///< by entry name
    QHash<QString, Stored> m_stored; ///< by entry name
    QPointer<ConnectionTest> m_test;
    /// Helpers a test with an unsaved secret runs on, so the typed secret is used without touching the keychain.
    SecretStore *m_testStore = nullptr;
    CredentialResolver *m_testResolver = nullptr;
    bool m_loading = false;

    QList<std::function<SecretJob *()>> m_steps; ///< keychain work of accept(), run one after the other
    QPointer<SecretJob> m_stepJob;
};

} // namespace RestGate
