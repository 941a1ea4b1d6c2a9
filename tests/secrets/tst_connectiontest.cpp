#include "authserver.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/connectiontest.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"
#include "secretstestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;
using Outcome = ConnectionTestResult::Outcome;
using Authentication = AzureConnectionSettings::Authentication;

/// ConnectionTester against local servers: the credential is resolved as a run does (here from a memory-only
/// SecretStore, so the test needs no keychain) and the base URL's answer is put in plain words.
class TestConnectionTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        SecretStore store;
        AzureTokenProvider tokens;
        CredentialResolver resolver {&store, &tokens};
        ConnectionTester tester;

        Fixture()
        {
            store.setBackend(SecretStore::Backend::SessionMemory);
            resolver.setEnvironmentOverride(false);
        }
        void storeSecret(const ServiceConnection &connection, SecretKind kind, const QString &value)
        {
            QVERIFY(SecretStore::waitFor(store.write(SecretKey::forConnection(connection.id, kind), value)).ok());
        }
        ConnectionTestResult run(const ServiceConnection &connection)
        {
            ConnectionTest *test = tester.test(connection, &resolver);
            QSignalSpy finished(test, &ConnectionTest::finished);
            if (!finished.wait(30000))
                qFatal("connection test did not finish");
            const ConnectionTestResult result = test->result();
            delete test;
            return result;
        }
    };

    static ServiceConnection generic(const QString &url, const QString &username)
    {
        ServiceConnection connection =
            ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic, url, username);
        connection.id = StableId::create();
        return connection;
    }

private Q_SLOTS:
    void generic_rightPassword_isReachableAndAccepted()
    {
        AuthServer server("Basic " + QByteArray("deploy-bot:s3cr3t-pw").toBase64());
        Fixture f;
        const ServiceConnection connection =
            generic(server.url(QStringLiteral("/protected")), QStringLiteral("deploy-bot"));
        f.storeSecret(connection, SecretKind::Password, QStringLiteral("s3cr3t-pw"));
        const ConnectionTestResult result = f.run(connection);
        QCOMPARE(result.outcome, Outcome::Accepted);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY2(result.message.contains(QLatin1String("credentials were accepted")), qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1String("s3cr3t-pw")));
        QCOMPARE(server.received().size(), 1);
    }

    void generic_wrongPassword_isRefused()
    {
        AuthServer server("Basic " + QByteArray("deploy-bot:s3cr3t-pw").toBase64());
        Fixture f;
        const ServiceConnection connection =
            generic(server.url(QStringLiteral("/protected")), QStringLiteral("deploy-bot"));
        f.storeSecret(connection, SecretKind::Password, QStringLiteral("wrong"));
        const ConnectionTestResult result = f.run(connection);
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY2(result.message.contains(QLatin1String("credentials were refused")), qPrintable(result.message));
        QCOMPARE(server.received().value(0), "Basic " + QByteArray("deploy-bot:wrong").toBase64());
    }

    void generic_forbiddenAndNotFound_saySo()
    {
        AuthServer server("irrelevant");
        Fixture f;
        QCOMPARE(f.run(generic(server.url(QStringLiteral("/forbidden")), {})).outcome, Outcome::Refused);
        const ConnectionTestResult missing = f.run(generic(server.url(QStringLiteral("/nothing-here")), {}));
        QCOMPARE(missing.outcome, Outcome::OtherStatus);
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY2(missing.message.contains(QLatin1String("404")), qPrintable(missing.message));
    }

    void unreachablePort_isANetworkError()
    {
        Fixture f;
        const quint16 port = AuthServer::closedPort();
        const ConnectionTestResult result = f.run(generic(QStringLiteral("http://127.0.0.1:%1/").arg(port), {}));
        QCOMPARE(result.outcome, Outcome::NetworkError);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(result.message.startsWith(QLatin1String("Cannot reach http://127.0.0.1:")),
                 qPrintable(result.message));
    }

    void notAnHttpUrl_isReportedWithoutASend()
    {
        Fixture f;
        QCOMPARE(f.run(generic(QStringLiteral("ftp://127.0.0.1/"), {})).outcome, Outcome::InvalidUrl);
        QCOMPARE(f.run(generic(QString(), {})).outcome, Outcome::InvalidUrl);
    }

    void azureServicePrincipal_tokenIsSentAsBearer()
    {
        TokenServer tokens;
        AuthServer server("Bearer " + TokenServer::tokenNumber(0).toUtf8());
        Fixture f;
        const ServiceConnection connection = azureServicePrincipal(tokens, server);
        f.storeSecret(connection, SecretKind::ClientSecret, QStringLiteral("client-s3cret"));
        const ConnectionTestResult result = f.run(connection);
        QCOMPARE(result.outcome, Outcome::Accepted);
        QCOMPARE(tokens.requests().size(), 1);
        QCOMPARE(tokens.requests().at(0).form.value(QStringLiteral("client_secret")), QStringLiteral("client-s3cret"));
    }

    void azureServicePrincipal_tokenFailure_isTheTokenError()
    {
        TokenServer tokens;
        tokens.answer = TokenServer::Answer::InvalidClient;
        AuthServer server("never");
        Fixture f;
        const ServiceConnection connection = azureServicePrincipal(tokens, server);
        f.storeSecret(connection, SecretKind::ClientSecret, QStringLiteral("client-s3cret"));
        const ConnectionTestResult result = f.run(connection);
        QCOMPARE(result.outcome, Outcome::CredentialError);
        QVERIFY2(result.message.contains(QLatin1String("invalid_client")), qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1String("client-s3cret")));
        QVERIFY(server.received().isEmpty());
    }

    void cancel_reportsCancelledAtOnce()
    {
        Fixture f;
        ConnectionTest *test = f.tester.test(generic(QStringLiteral("http://127.0.0.1:1/"), {}), &f.resolver);
        QSignalSpy finished(test, &ConnectionTest::finished);
        test->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(test->result().outcome, Outcome::Cancelled);
        delete test;
    }

private:
    static ServiceConnection azureServicePrincipal(const TokenServer &tokens, const AuthServer &server)
    {
        ServiceConnection connection =
            ServiceConnection::create(QStringLiteral("arm"), ServiceConnection::Type::AzureRM, QString());
        connection.id = StableId::create();
        connection.azure.environment = AzureConnectionSettings::Environment::Custom;
        connection.azure.resourceManagerUrl = server.url(QStringLiteral("/protected"));
        connection.azure.authorityHost = tokens.authorityHost();
        connection.azure.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        connection.azure.clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        connection.azure.authentication = Authentication::ServicePrincipalSecret;
        return connection;
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
