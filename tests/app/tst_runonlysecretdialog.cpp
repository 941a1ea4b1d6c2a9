#include "app/dialogs/runonlysecretdialog.h"
#include "core/design/serviceconnection.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace RestGate;
using Authentication = AzureConnectionSettings::Authentication;
using Status = CredentialResult::Status;

/// The "no keychain" offer: when the main window's credential step shows it, what it asks, and what keeping a
/// secret for this run does to the store (memory only; never the keychain, never a file).
class TestRunOnlySecretDialog : public QObject
{
    Q_OBJECT

    static ServiceConnection connection(ServiceConnection::Type type, Authentication authentication)
    {
        ServiceConnection c = ServiceConnection::create(QStringLiteral("prod"), type, QString());
        c.id = StableId::create();
        c.azure.authentication = authentication;
        return c;
    }

private Q_SLOTS:
    void offersFor_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("authentication");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("memoryAlready");
        QTest::addColumn<bool>("offered");
        const int generic = int(ServiceConnection::Type::Generic), arm = int(ServiceConnection::Type::AzureRM),
                  ado = int(ServiceConnection::Type::AzureDevOps);
        const int none = int(Status::NoSecretService);
        QTest::addRow("azure RM service principal, no keychain")
            << arm << int(Authentication::ServicePrincipalSecret) << none << false << true;
        QTest::addRow("azure RM access token, no keychain")
            << arm << int(Authentication::AccessToken) << none << false << true;
        QTest::addRow("azure DevOps PAT, no keychain")
            << ado << int(Authentication::PersonalAccessToken) << none << false << true;
        QTest::addRow("azure CLI needs no secret") << arm << int(Authentication::AzureCli) << none << false << false;
        QTest::addRow("generic password is optional")
            << generic << int(Authentication::AzureCli) << none << false << false;
        QTest::addRow("secret missing, keychain fine")
            << arm << int(Authentication::ServicePrincipalSecret) << int(Status::Missing) << false << false;
        QTest::addRow("token request failed")
            << arm << int(Authentication::ServicePrincipalSecret) << int(Status::Failed) << false << false;
        QTest::addRow("already keeping secrets in memory")
            << arm << int(Authentication::ServicePrincipalSecret) << none << true << false;
    }

    void offersFor()
    {
        QFETCH(int, type);
        QFETCH(int, authentication);
        QFETCH(int, status);
        QFETCH(bool, memoryAlready);
        QFETCH(bool, offered);
        SecretStore store;
        if (memoryAlready)
            store.setBackend(SecretStore::Backend::SessionMemory);
        CredentialResult result;
        result.status = Status(status);
        QCOMPARE(RunOnlySecretDialog::offersFor(
                     result, connection(ServiceConnection::Type(type), Authentication(authentication)), &store),
                 offered);
    }

    void keepForThisRun_keepsTheSecretInMemoryOnly()
    {
        SecretStore store;
        const ServiceConnection c =
            connection(ServiceConnection::Type::AzureDevOps, Authentication::PersonalAccessToken);
        const SecretResult written =
            SecretStore::waitFor(RunOnlySecretDialog::keepForThisRun(&store, c, QStringLiteral("pat-value")));
        QVERIFY(written.ok());
        QCOMPARE(store.backend(), SecretStore::Backend::SessionMemory);
        const SecretResult read = store.readSync(SecretKey::forConnection(c.id, SecretKind::Token));
        QVERIFY(read.ok());
        QVERIFY(read.sessionOnly);
        QCOMPARE(read.value, QStringLiteral("pat-value"));
    }

    void askingForTheSecret_okNeedsOne()
    {
        RunOnlySecretDialog dialog(QStringLiteral("prod"), SecretKind::ClientSecret,
                                   QStringLiteral("No Secret Service is running"), true);
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
        QVERIFY2(text.contains(QLatin1String("'prod'")) && text.contains(QLatin1String("No Secret Service is running"))
                     && text.contains(QLatin1String("this run")),
                 qPrintable(text));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("typed"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.secret(), QStringLiteral("typed"));
    }

    void onlyConfirming_hasNoSecretField()
    {
        RunOnlySecretDialog dialog(QStringLiteral("prod"), SecretKind::Password, QString(), false);
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible());
        QVERIFY(
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.secret().isEmpty());
    }
};

QTEST_MAIN(TestRunOnlySecretDialog)
#include "tst_runonlysecretdialog.moc"
