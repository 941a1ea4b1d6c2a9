#include "app/dialogs/connectionsdialog.h"
#include "app/dialogs/runonlysecretdialog.h"
#include "authserver.h"
#include "core/design/designdocument.h"
#include "core/request/preparedrequest.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/connectioncredentials.h"
#include "secrets/connectiontest.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"
#include "secretstestsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;
using Authentication = AzureConnectionSettings::Authentication;
using Outcome = ConnectionTestResult::Outcome;

/// The Connections dialog driven like a user would, against a real gnome-keyring (the _keychain run) and against
/// a machine without one (the direct run); what it stores is checked through SecretStore.
using RestGate::TestSupport::child;

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        SecretStore store;
        AzureTokenProvider tokens;
        CredentialResolver resolver {&store, &tokens};

        Fixture()
        {
            store.setTimeout(std::chrono::seconds(30));
            resolver.setEnvironmentOverride(false);
        }
        QString read(const QString &id, SecretKind kind)
        {
            const SecretResult result = store.readSync(SecretKey::forConnection(id, kind));
            return result.ok() ? result.value : QStringLiteral("<%1>").arg(int(result.status));
        }
        bool isStored(const QString &id, SecretKind kind)
        {
            return store.readSync(SecretKey::forConnection(id, kind)).status != SecretResult::Status::NotFound;
        }
    };

    static void type(QDialog &dialog, const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void choose(QDialog &dialog, const char *name, int data)
    {
        QComboBox *combo = child<QComboBox>(dialog, name);
        combo->setCurrentIndex(combo->findData(data));
    }

    static void add(QDialog &dialog, int kindIndex)
    {
        child<QToolButton>(dialog, "addButton")->menu()->actions().at(kindIndex)->trigger();
    }

    static bool clickOkAndWait(ConnectionsDialog &dialog)
    {
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy failed(&dialog, &ConnectionsDialog::applyFailed);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        if (accepted.isEmpty() && failed.isEmpty())
            accepted.wait(60000);
        return !accepted.isEmpty();
    }

    static QString statusText(ConnectionsDialog &dialog) { return child<QLabel>(dialog, "secretStatusLabel")->text(); }

    static ConnectionTestResult clickTest(ConnectionsDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ConnectionsDialog::testFinished);
        child<QPushButton>(dialog, "testButton")->click();
        if (!finished.wait(30000))
            qFatal("the connection test did not finish");
        return finished.at(0).at(0).value<ConnectionTestResult>();
    }

    // Presses `button` in the next message box, from inside its event loop; `text` receives what it said.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
    {
        QTimer::singleShot(10, qApp, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextMessageBox(button, text);
                return;
            }
            *text = box->text();
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ConnectionTestResult>();
    }

    void addEachKind_storesItsSecretInTheKeychainOnly()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        Fixture f;
        ConnectionsDialog dialog({}, &f.store, &f.resolver);
        dialog.show();

        add(dialog, 0);
        type(dialog, "nameEdit", QStringLiteral("deployments"));
        type(dialog, "serverUrlEdit", QStringLiteral("https://deploy.example/api/"));
        type(dialog, "usernameEdit", QStringLiteral("deploy-bot"));
        type(dialog, "secretEdit", QStringLiteral("generic-pw-1"));

        add(dialog, 1);
        type(dialog, "nameEdit", QStringLiteral("azure-prod"));
        choose(dialog, "environmentCombo", int(AzureConnectionSettings::Environment::AzureUSGovernment));
        type(dialog, "tenantEdit", QStringLiteral("contoso.onmicrosoft.com"));
        type(dialog, "subscriptionEdit", QStringLiteral("0b1f6471-1bf0-4dda-aec3-cb9272f09590"));
        choose(dialog, "rmAuthenticationCombo", int(Authentication::ServicePrincipalSecret));
        type(dialog, "clientIdEdit", QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
        QCOMPARE(child<QLabel>(dialog, "secretLabel")->text(), QStringLiteral("&Client secret:"));
        type(dialog, "secretEdit", QStringLiteral("client-secret-2"));

        add(dialog, 2);
        type(dialog, "nameEdit", QStringLiteral("ado"));
        type(dialog, "organizationUrlEdit", QStringLiteral("https://dev.azure.com/contoso/"));
        type(dialog, "secretEdit", QStringLiteral("pat-3"));
        QVERIFY2(statusText(dialog).contains(QLatin1String("when you click OK")), qPrintable(statusText(dialog)));

        QVERIFY(clickOkAndWait(dialog));
        const QList<ServiceConnection> connections = dialog.connections();
        QCOMPARE(connections.size(), 3);
        QCOMPARE(connections.at(0).type, ServiceConnection::Type::Generic);
        QCOMPARE(connections.at(0).url, QStringLiteral("https://deploy.example/api/"));
        QCOMPARE(connections.at(0).username, QStringLiteral("deploy-bot"));
        QCOMPARE(connections.at(1).type, ServiceConnection::Type::AzureRM);
        QCOMPARE(connections.at(1).azure.environment, AzureConnectionSettings::Environment::AzureUSGovernment);
        QCOMPARE(connections.at(1).azure.tenantId, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(connections.at(1).azure.clientId, QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
        QCOMPARE(connections.at(1).azure.authentication, Authentication::ServicePrincipalSecret);
        QCOMPARE(connections.at(2).type, ServiceConnection::Type::AzureDevOps);
        QCOMPARE(connections.at(2).azure.authentication, Authentication::PersonalAccessToken);
        for (const ServiceConnection &c : connections)
            QVERIFY(StableId::isValid(c.id));
        QVERIFY(dialog.renamedConnections().isEmpty());

        QCOMPARE(f.read(connections.at(0).id, SecretKind::Password), QStringLiteral("generic-pw-1"));
        QCOMPARE(f.read(connections.at(1).id, SecretKind::ClientSecret), QStringLiteral("client-secret-2"));
        QCOMPARE(f.read(connections.at(2).id, SecretKind::Token), QStringLiteral("pat-3"));

        DesignDocument document;
        document.connections = connections;
        const QString yaml = document.toYaml();
        for (const char *secret : {"generic-pw-1", "client-secret-2", "pat-3"})
            QVERIFY(!yaml.contains(QLatin1String(secret)));

        // Opened again: it says a secret is stored, and does not show it.
        ConnectionsDialog again(connections, &f.store, &f.resolver);
        QSignalSpy shown(&again, &ConnectionsDialog::secretStatusShown);
        again.show();
        QVERIFY(again.selectConnection(QStringLiteral("AZURE-PROD")));
        QTRY_VERIFY(statusText(again).contains(QLatin1String("is stored in the OS keychain")));
        QVERIFY(child<QLineEdit>(again, "secretEdit")->text().isEmpty());
    }

    void renameWithoutId_keepsTheSecretReachable()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        Fixture f;
        const ServiceConnection legacy = ServiceConnection::create(
            QStringLiteral("legacy"), ServiceConnection::Type::Generic, QStringLiteral("http://127.0.0.1:1/"));
        QVERIFY(
            f.store
                .writeSync(SecretKey::forConnection(StableId::fromName(QStringLiteral("legacy")), SecretKind::Password),
                           QStringLiteral("legacy-pw"))
                .ok());
        ConnectionsDialog dialog({legacy}, &f.store, &f.resolver);
        dialog.show();
        type(dialog, "nameEdit", QStringLiteral("renamed"));
        QCOMPARE(child<QListWidget>(dialog, "connectionList")->item(0)->text(), QStringLiteral("renamed"));
        QVERIFY(clickOkAndWait(dialog));

        const QHash<QString, QString> renamed = dialog.renamedConnections();
        QCOMPARE(renamed.value(QStringLiteral("legacy")), QStringLiteral("renamed"));
        const ServiceConnection after = dialog.connections().at(0);
        QCOMPARE(after.name, QStringLiteral("renamed"));
        QCOMPARE(after.id, StableId::fromName(QStringLiteral("legacy")));
        const CredentialResult credential = resolveAndWait(f.resolver, after);
        QVERIFY2(credential.ok(), qPrintable(credential.message));
        QCOMPARE(credential.credential.secret, QStringLiteral("legacy-pw"));
    }

    void delete_removesEveryEntryOfTheConnection()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        Fixture f;
        ServiceConnection keep = ServiceConnection::create(QStringLiteral("keep"), ServiceConnection::Type::Generic,
                                                           QStringLiteral("http://127.0.0.1:1/"));
        keep.id = StableId::create();
        ServiceConnection gone =
            ServiceConnection::create(QStringLiteral("gone"), ServiceConnection::Type::AzureRM, QString());
        gone.id = StableId::create();
        QVERIFY(f.store.writeSync(SecretKey::forConnection(keep.id, SecretKind::Password), QStringLiteral("k")).ok());
        QVERIFY(
            f.store.writeSync(SecretKey::forConnection(gone.id, SecretKind::ClientSecret), QStringLiteral("c")).ok());
        QVERIFY(f.store.writeSync(SecretKey::forConnection(gone.id, SecretKind::Token), QStringLiteral("t")).ok());

        ConnectionsDialog dialog({keep, gone}, &f.store, &f.resolver);
        dialog.show();
        QVERIFY(dialog.selectConnection(QStringLiteral("gone")));
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(child<QListWidget>(dialog, "connectionList")->count(), 1);
        QVERIFY(clickOkAndWait(dialog));

        QCOMPARE(dialog.connections(), QList<ServiceConnection> {keep});
        QVERIFY(!f.isStored(gone.id, SecretKind::ClientSecret));
        QVERIFY(!f.isStored(gone.id, SecretKind::Token));
        QCOMPARE(f.read(keep.id, SecretKind::Password), QStringLiteral("k"));
    }

    void clearSecret_andDuplicate_andCancel()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        Fixture f;
        ServiceConnection source = ServiceConnection::create(QStringLiteral("source"), ServiceConnection::Type::Generic,
                                                             QStringLiteral("http://127.0.0.1:1/"));
        source.id = StableId::create();
        QVERIFY(f.store.writeSync(SecretKey::forConnection(source.id, SecretKind::Password), QStringLiteral("src-pw"))
                    .ok());

        {
            // Cancel: nothing typed reaches the keychain.
            ConnectionsDialog dialog({source}, &f.store, &f.resolver);
            dialog.show();
            type(dialog, "secretEdit", QStringLiteral("never-saved"));
            child<QPushButton>(dialog, "clearSecretButton")->click();
            dialog.reject();
            QCOMPARE(f.read(source.id, SecretKind::Password), QStringLiteral("src-pw"));
        }

        ConnectionsDialog dialog({source}, &f.store, &f.resolver);
        dialog.show();
        child<QPushButton>(dialog, "duplicateButton")->click();
        QCOMPARE(child<QListWidget>(dialog, "connectionList")->count(), 2);
        QVERIFY(dialog.selectConnection(QStringLiteral("source")));
        QTRY_VERIFY(child<QPushButton>(dialog, "clearSecretButton")->isEnabled());
        child<QPushButton>(dialog, "clearSecretButton")->click();
        QVERIFY(statusText(dialog).contains(QLatin1String("removed")));
        QVERIFY(clickOkAndWait(dialog));

        const QList<ServiceConnection> connections = dialog.connections();
        QCOMPARE(connections.size(), 2);
        QVERIFY(connections.at(1).id != source.id);
        QCOMPARE(connections.at(1).url, source.url);
        QVERIFY(!f.isStored(source.id, SecretKind::Password));
        QCOMPARE(f.read(connections.at(1).id, SecretKind::Password), QStringLiteral("src-pw"));
    }

    void deletingAConnectionTasksUse_asksFirstAndSaysHowMany()
    {
        Fixture f;
        const ServiceConnection used = ServiceConnection::create(
            QStringLiteral("used"), ServiceConnection::Type::Generic, QStringLiteral("http://127.0.0.1:1/"));
        const ServiceConnection unused = ServiceConnection::create(
            QStringLiteral("unused"), ServiceConnection::Type::Generic, QStringLiteral("http://127.0.0.1:2/"));
        ConnectionsDialog dialog({used, unused}, &f.store, &f.resolver);
        dialog.setTaskUsage({{QStringLiteral("USED"), 3}, {QStringLiteral("elsewhere"), 1}});
        dialog.show();
        auto *list = child<QListWidget>(dialog, "connectionList");

        QVERIFY(dialog.selectConnection(QStringLiteral("used")));
        QString asked;
        answerNextMessageBox(QMessageBox::No, &asked);
        child<QPushButton>(dialog, "deleteButton")->click();
        QVERIFY2(asked.contains(QLatin1String("3 task")) && asked.contains(QStringLiteral("“used”")),
                 qPrintable(asked));
        QCOMPARE(list->count(), 2);

        answerNextMessageBox(QMessageBox::Yes, &asked);
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.connections(), QList<ServiceConnection> {unused});

        // No task uses it: deleted without a question (a box would block this call).
        QVERIFY(dialog.selectConnection(QStringLiteral("unused")));
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(list->count(), 0);
        dialog.reject();
    }

    // A Generic connection without user name and password: the test must not claim credentials were accepted.
    void test_withoutCredentials_saysNoneWereSent()
    {
        Fixture f;
        AuthServer open("Basic " + QByteArray(":").toBase64()); // answers 200 to the empty credential
        ServiceConnection api = ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic,
                                                          open.url(QStringLiteral("/protected")));
        ConnectionsDialog dialog({api}, &f.store, &f.resolver);
        dialog.show();
        ConnectionTestResult result = clickTest(dialog);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.credentialsSent);
        const QString shown = child<QLabel>(dialog, "testResultLabel")->text();
        QVERIFY2(shown.contains(QLatin1String("No credentials were sent")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("accepted")), qPrintable(shown));

        AuthServer guarded("Basic " + QByteArray("bot:pw").toBase64());
        type(dialog, "serverUrlEdit", guarded.url(QStringLiteral("/protected")));
        result = clickTest(dialog);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY(child<QLabel>(dialog, "testResultLabel")->text().contains(QLatin1String("wants credentials")));
        dialog.reject();
    }

    void test_reportsAcceptedRefusedAndUnreachable()
    {
        // Runs in both situations: the typed, unsaved password is what the test sends.
        Fixture f;
        AuthServer server("Basic " + QByteArray("bot:right-pw").toBase64());
        ServiceConnection api =
            ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic,
                                      server.url(QStringLiteral("/protected")), QStringLiteral("bot"));
        api.id = StableId::create();
        ConnectionsDialog dialog({api}, &f.store, &f.resolver);
        dialog.show();

        type(dialog, "secretEdit", QStringLiteral("right-pw"));
        ConnectionTestResult result = clickTest(dialog);
        QCOMPARE(result.outcome, Outcome::Accepted);
        QCOMPARE(child<QLabel>(dialog, "testResultLabel")->text(), result.message);
        QVERIFY(result.message.contains(QLatin1String("accepted")));

        type(dialog, "secretEdit", QStringLiteral("wrong-pw"));
        result = clickTest(dialog);
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(result.httpStatus, 401);

        type(dialog, "serverUrlEdit", QStringLiteral("http://127.0.0.1:%1/").arg(AuthServer::closedPort()));
        result = clickTest(dialog);
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QVERIFY2(child<QLabel>(dialog, "testResultLabel")->text().startsWith(QLatin1String("Cannot reach")),
                 qPrintable(result.message));
        dialog.reject();
        // Testing stored nothing.
        if (secretServiceMode() == SecretService::Present)
            QVERIFY(!f.isStored(api.id, SecretKind::Password));
    }

    void azureEnvironment_decidesTheBaseUrl()
    {
        Fixture f;
        ServiceConnection arm = ServiceConnection::create(QStringLiteral("arm"), ServiceConnection::Type::AzureRM,
                                                          QStringLiteral("https://management.azure.com/"));
        arm.id = StableId::create();
        ConnectionsDialog dialog({arm}, &f.store, &f.resolver);
        dialog.show();
        QVERIFY(!child<QLineEdit>(dialog, "resourceManagerUrlEdit")->isEnabled());
        choose(dialog, "environmentCombo", int(AzureConnectionSettings::Environment::Custom));
        QVERIFY(child<QLineEdit>(dialog, "resourceManagerUrlEdit")->isEnabled());
        type(dialog, "resourceManagerUrlEdit", QStringLiteral("https://management.local.azurestack.external"));
        type(dialog, "authorityHostEdit", QStringLiteral("https://login.local.azurestack.external"));
        const ServiceConnection edited = dialog.connections().at(0);
        QVERIFY(edited.url.isEmpty());
        QCOMPARE(RequestBuilder::baseUrl(edited), QStringLiteral("https://management.local.azurestack.external/"));
        QCOMPARE(edited.azure.authorityHost, QStringLiteral("https://login.local.azurestack.external"));
        // Azure CLI needs no secret: no secret field.
        choose(dialog, "rmAuthenticationCombo", int(Authentication::AzureCli));
        QVERIFY(!child<QWidget>(dialog, "secretGroup")->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, "clientIdEdit")->isVisible());
    }

    void validation_keepsTheDialogOpen()
    {
        Fixture f;
        ConnectionsDialog dialog({}, &f.store, &f.resolver);
        dialog.show();
        add(dialog, 0);
        add(dialog, 0);
        type(dialog, "nameEdit", QStringLiteral("GENERIC"));
        QSignalSpy failed(&dialog, &ConnectionsDialog::applyFailed);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("'GENERIC'")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void noKeychain_offersToKeepTheSecretsForThisRun()
    {
        RESTGATE_REQUIRE_NO_SECRET_SERVICE();
        Fixture f;
        ConnectionsDialog dialog({}, &f.store, &f.resolver);
        dialog.show();
        add(dialog, 2);
        type(dialog, "secretEdit", QStringLiteral("pat-in-memory"));

        // Declined: the dialog stays open and says why.
        QSignalSpy failed(&dialog, &ConnectionsDialog::applyFailed);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(dialog.findChild<RunOnlySecretDialog *>());
        dialog.findChild<RunOnlySecretDialog *>()->reject();
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(f.store.backend(), SecretStore::Backend::Keychain);

        // Accepted: the secret lives in memory for this run, and the dialog closes.
        QTRY_VERIFY(!dialog.findChild<RunOnlySecretDialog *>());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(dialog.findChild<RunOnlySecretDialog *>());
        dialog.findChild<RunOnlySecretDialog *>()->accept();
        QVERIFY(accepted.size() == 1 || accepted.wait(30000));
        QCOMPARE(f.store.backend(), SecretStore::Backend::SessionMemory);
        const SecretResult read =
            f.store.readSync(SecretKey::forConnection(dialog.connections().at(0).id, SecretKind::Token));
        QVERIFY(read.ok());
        QVERIFY(read.sessionOnly);
        QCOMPARE(read.value, QStringLiteral("pat-in-memory"));
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
