#include "secrets/connectioncredentials.h"

#include <QTest>

using namespace RestGate;

class TestConnectionCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionalPassword_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("ok");
        using S = CredentialResult::Status;
        using T = ServiceConnection::Type;
        QTest::addRow("generic, no secret service") << int(S::NoSecretService) << int(T::Generic) << true;
        QTest::addRow("generic, keychain failed (no session bus)") << int(S::Failed) << int(T::Generic) << true;
        QTest::addRow("generic, cancelled") << int(S::Cancelled) << int(T::Generic) << false;
        QTest::addRow("azure rm, no secret service") << int(S::NoSecretService) << int(T::AzureRM) << false;
        QTest::addRow("azure rm, failed") << int(S::Failed) << int(T::AzureRM) << false;
        QTest::addRow("azure devops, no secret service") << int(S::NoSecretService) << int(T::AzureDevOps) << false;
    }

    void optionalPassword()
    {
        QFETCH(int, status);
        QFETCH(int, type);
        QFETCH(bool, ok);
        CredentialResult failed;
        failed.status = CredentialResult::Status(status);
        failed.message = QStringLiteral("Failed to execute child process \"dbus-launch\"");
        const ServiceConnection connection =
            ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type(type),
                                      QStringLiteral("http://127.0.0.1/"), QStringLiteral("u"));
        const CredentialResult result = acceptingOptionalPassword(failed, connection);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            // Sent with the user name and an empty password, and the user is told why.
            QCOMPARE(result.credential.username, QStringLiteral("u"));
            QVERIFY(result.credential.secret.isEmpty());
            QVERIFY(result.note.contains(failed.message));
            QVERIFY(result.note.contains(QStringLiteral("empty password")));
            const ConnectionSecret secret = connectionSecretFrom(result.credential);
            QVERIFY(!secret.bearer);
        } else {
            QCOMPARE(int(result.status), status);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionCredentials)
#include "tst_connectioncredentials.moc"
