#include "core/design/azureconnectionsettings.h"
#include "secrets/azuretokenprovider.h"
#include "secretstestsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;
using namespace std::chrono_literals;
using Status = TokenResult::Status;

namespace {

/// Custom environment whose authority host is the local token server.
AzureConnectionSettings localSettings(const TokenServer &server)
{
    AzureConnectionSettings settings;
    settings.environment = AzureConnectionSettings::Environment::Custom;
    settings.resourceManagerUrl = QStringLiteral("https://management.local.test/");
    settings.authorityHost = server.authorityHost();
    settings.tenantId = QStringLiteral("contoso.onmicrosoft.com");
    settings.clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    settings.authentication = AzureConnectionSettings::Authentication::ServicePrincipalSecret;
    return settings;
}

TokenJob *requestToken(AzureTokenProvider &provider, const AzureConnectionSettings &settings,
                       const QString &secret = QStringLiteral("client-secret"))
{
    return provider.clientCredentialsToken(settings.tokenEndpoint(), settings.clientId, secret,
                                           settings.resourceManagerScope());
}

/// A clock the test moves by hand.
struct ManualClock
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::function<QDateTime()> function()
    {
        return [this] { return now; };
    }
};

} // namespace

class TestAzureTokenProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // ---- service principal secret: OAuth2 client credentials ----

    void clientCredentials_postsTheFormAndReturnsTheToken()
    {
        TokenServer server;
        AzureTokenProvider provider;
        const AzureConnectionSettings settings = localSettings(server);
        // Characters that break naive form encoding: '+' would arrive as a space, '&' and '=' split fields.
        const QString secret = QString::fromUtf8("s3cr+t&x=y z~é/%");

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, settings, secret));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.token.value, TokenServer::tokenNumber(0));
        QVERIFY(!result.fromCache);
        QVERIFY(result.token.expiresOn >= before.addSecs(3600 - 5));
        QVERIFY(result.token.expiresOn <= QDateTime::currentDateTimeUtc().addSecs(3600));

        QCOMPARE(server.requests().size(), 1);
        const TokenServer::Request &sent = server.requests().first();
        QCOMPARE(sent.tenant, QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(sent.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(sent.form.value("grant_type"), QStringLiteral("client_credentials"));
        QCOMPARE(sent.form.value("client_id"), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
        QCOMPARE(sent.form.value("client_secret"), secret);
        QCOMPARE(sent.form.value("scope"), QStringLiteral("https://management.local.test/.default"));
        QCOMPARE(sent.form.size(), 4);
    }

    void clientCredentials_secondCall_isServedFromCache()
    {
        TokenServer server;
        AzureTokenProvider provider;
        const AzureConnectionSettings settings = localSettings(server);
        const TokenResult first = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QVERIFY(first.ok());

        TokenJob *job = requestToken(provider, settings);
        QVERIFY(!job->isFinished()); // asynchronous even from the cache
        const TokenResult second = AzureTokenProvider::waitFor(job);
        QVERIFY(second.ok());
        QVERIFY(second.fromCache);
        QCOMPARE(second.token.value, first.token.value);
        QCOMPARE(server.requests().size(), 1);
    }

    void clientCredentials_refreshesShortlyBeforeExpiry()
    {
        TokenServer server;
        ManualClock clock;
        AzureTokenProvider provider;
        provider.setClock(clock.function());
        const AzureConnectionSettings settings = localSettings(server);
        QCOMPARE(AzureTokenProvider::waitFor(requestToken(provider, settings)).token.value,
                 TokenServer::tokenNumber(0));

        // 54 minutes on: 6 minutes left, more than the 5-minute margin, so the cached token is still good.
        clock.now = clock.now.addSecs(54 * 60);
        TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QVERIFY(result.fromCache);
        QCOMPARE(server.requests().size(), 1);

        // 56 minutes on: inside the margin, so a new token is requested.
        clock.now = clock.now.addSecs(2 * 60);
        result = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.fromCache);
        QCOMPARE(result.token.value, TokenServer::tokenNumber(1));
        QCOMPARE(server.requests().size(), 2);

        // The new token is cached in its turn.
        QVERIFY(AzureTokenProvider::waitFor(requestToken(provider, settings)).fromCache);
        QCOMPARE(server.requests().size(), 2);
    }

    void clientCredentials_shortLivedToken_isNotCached()
    {
        TokenServer server;
        server.lifetime = 120; // shorter than the 5-minute refresh margin
        AzureTokenProvider provider;
        const AzureConnectionSettings settings = localSettings(server);
        QVERIFY(AzureTokenProvider::waitFor(requestToken(provider, settings)).ok());
        QVERIFY(!AzureTokenProvider::waitFor(requestToken(provider, settings)).fromCache);
        QCOMPARE(server.requests().size(), 2);

        // With a margin below the lifetime the same token is good for reuse.
        provider.setRefreshMargin(60s);
        const TokenResult reused = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QVERIFY(reused.fromCache);
        QCOMPARE(reused.token.value, TokenServer::tokenNumber(1));
        QCOMPARE(server.requests().size(), 2);
    }

    void clientCredentials_concurrentRequestsShareOne()
    {
        TokenServer server;
        AzureTokenProvider provider;
        const AzureConnectionSettings settings = localSettings(server);
        TokenJob *a = requestToken(provider, settings);
        TokenJob *b = requestToken(provider, settings);
        QSignalSpy spyA(a, &TokenJob::finished);
        const TokenResult second = AzureTokenProvider::waitFor(b);
        QVERIFY(spyA.count() == 1 || spyA.wait(5000));
        QVERIFY(second.ok());
        QCOMPARE(a->result().token.value, second.token.value);
        QCOMPARE(server.requests().size(), 1);
        delete a;
    }

    void clientCredentials_otherSecretOrClient_isNotServedTheCachedToken()
    {
        TokenServer server;
        AzureTokenProvider provider;
        AzureConnectionSettings settings = localSettings(server);
        QVERIFY(AzureTokenProvider::waitFor(requestToken(provider, settings, "old-secret")).ok());
        QVERIFY(!AzureTokenProvider::waitFor(requestToken(provider, settings, "new-secret")).fromCache);
        settings.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        QVERIFY(!AzureTokenProvider::waitFor(requestToken(provider, settings, "new-secret")).fromCache);
        QCOMPARE(server.requests().size(), 3);
        provider.clearCache();
        QVERIFY(!AzureTokenProvider::waitFor(requestToken(provider, settings, "new-secret")).fromCache);
        QCOMPARE(server.requests().size(), 4);
    }

    void clientCredentials_invalidClient_saysErrorAndDescription()
    {
        TokenServer server;
        server.answer = TokenServer::Answer::InvalidClient;
        AzureTokenProvider provider;
        const AzureConnectionSettings settings = localSettings(server);
        const QString secret = QStringLiteral("wrong-secret-value");
        const TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, settings, secret));
        QCOMPARE(result.status, Status::Failed);
        const QString expected = QStringLiteral("token request to ") + server.authorityHost()
            + QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/token failed: invalid_client — ")
            + TokenServer::invalidClientDescription().simplified();
        QCOMPARE(result.message, expected);
        QVERIFY(result.message.contains("AADSTS7000215: Invalid client secret provided."));
        QVERIFY(!result.message.contains(secret));
        QVERIFY(!result.token.isValid());

        // A failure is not cached: fixing the secret works at once.
        server.answer = TokenServer::Answer::Token;
        const TokenResult fixed = AzureTokenProvider::waitFor(requestToken(provider, settings, secret));
        QVERIFY2(fixed.ok(), qPrintable(fixed.message));
        QCOMPARE(server.requests().size(), 2);
    }

    void clientCredentials_notAnOAuthAnswer_saysHttpStatus()
    {
        TokenServer server;
        server.answer = TokenServer::Answer::NotJson;
        AzureTokenProvider provider;
        const TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, localSettings(server)));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.startsWith(QStringLiteral("token request to ") + server.authorityHost()),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains("failed: HTTP 502 Bad Gateway (the answer is not an OAuth2 error"),
                 qPrintable(result.message));
    }

    void clientCredentials_nothingListening_saysConnectionRefused()
    {
        AzureConnectionSettings settings;
        settings.environment = AzureConnectionSettings::Environment::Custom;
        settings.resourceManagerUrl = QStringLiteral("https://management.local.test/");
        settings.authorityHost = QStringLiteral("http://127.0.0.1:%1").arg(TestSupport::unusedPort());
        settings.tenantId = QStringLiteral("tenant");
        settings.clientId = QStringLiteral("client");
        AzureTokenProvider provider;
        const TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.startsWith(QStringLiteral("token request to ") + settings.authorityHost
                                           + QStringLiteral("/tenant/oauth2/v2.0/token failed: ")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains("refused", Qt::CaseInsensitive), qPrintable(result.message));
    }

    void clientCredentials_silentServer_timesOut()
    {
        // Accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        AzureConnectionSettings settings;
        settings.environment = AzureConnectionSettings::Environment::Custom;
        settings.resourceManagerUrl = QStringLiteral("https://management.local.test");
        settings.authorityHost = QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort());
        settings.tenantId = QStringLiteral("tenant");
        settings.clientId = QStringLiteral("client");
        AzureTokenProvider provider;
        provider.setTimeout(400ms);
        const TokenResult result = AzureTokenProvider::waitFor(requestToken(provider, settings));
        QCOMPARE(result.status, Status::TimedOut);
        QCOMPARE(result.message,
                 QStringLiteral("token request to http://127.0.0.1:%1/tenant/oauth2/v2.0/token "
                                "failed: no answer within 0.4 s.")
                     .arg(silent.serverPort()));
        QVERIFY(!held.isEmpty()); // the request did reach the server
    }

    void clientCredentials_plainHttpToARemoteHost_isRefusedWithoutSending()
    {
        AzureTokenProvider provider;
        const TokenResult result = AzureTokenProvider::waitFor(
            provider.clientCredentialsToken(QUrl("http://login.example.invalid/tenant/oauth2/v2.0/token"), "client",
                                            "secret", "https://management.azure.com/.default"));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains("refused: a client secret is only sent over https"),
                 qPrintable(result.message));
    }

    void clientCredentials_cancel_reportsCancelledAndStopsWaiting()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        AzureTokenProvider provider;
        TokenJob *job = provider.clientCredentialsToken(
            QUrl(QStringLiteral("http://127.0.0.1:%1/t/oauth2/v2.0/token").arg(silent.serverPort())), "client",
            "secret", "https://management.azure.com/.default");
        QSignalSpy spy(job, &TokenJob::finished);
        QTest::qWait(50);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->result().status, Status::Cancelled);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        delete job;
    }

    // ---- Azure CLI ----

    void azureCli_runsAzAndUsesItsToken()
    {
        AzOnPath az("az-logged-in.sh");
        AzureTokenProvider provider;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", "contoso-tenant"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.token.value.startsWith("fake-az-token-for-https___management_azure_com_-"));
        // expires_on (POSIX seconds) is an hour on, to the second.
        QVERIFY(qAbs(result.token.expiresOn.secsTo(before.addSecs(3600))) <= 2);
        QCOMPARE(result.token.expiresOn.timeSpec(), Qt::UTC);
        QCOMPARE(az.invocations(),
                 QStringList {"account get-access-token --resource https://management.azure.com/ --tenant "
                              "contoso-tenant --output json"});
    }

    void azureCli_withoutTenant_leavesTheFlagOut()
    {
        AzOnPath az("az-logged-in.sh");
        AzureTokenProvider provider;
        const TokenResult result = AzureTokenProvider::waitFor(
            provider.azureCliToken(AzureConnectionSettings::azureDevOpsResource(), QString()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(
            az.invocations(),
            QStringList {"account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798 --output json"});
    }

    void azureCli_isRunOnceWhileItsTokenIsFresh()
    {
        AzOnPath az("az-logged-in.sh");
        ManualClock clock;
        AzureTokenProvider provider;
        provider.setClock(clock.function());
        const TokenResult first =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QVERIFY2(first.ok(), qPrintable(first.message));
        const TokenResult second =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QVERIFY(second.fromCache);
        QCOMPARE(second.token.value, first.token.value);
        QCOMPARE(az.invocations().size(), 1);
        // Another resource is another token.
        QVERIFY(AzureTokenProvider::waitFor(
                    provider.azureCliToken(AzureConnectionSettings::azureDevOpsResource(), QString()))
                    .ok());
        QCOMPARE(az.invocations().size(), 2);
        // Near expiry az runs again.
        clock.now = clock.now.addSecs(3600 - 60);
        QVERIFY(
            !AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString())).fromCache);
        QCOMPARE(az.invocations().size(), 3);
    }

    void azureCli_olderAzWithLocalExpiresOn()
    {
        AzOnPath az("az-logged-in.sh");
        qputenv("AZ_STANDIN_LEGACY", "1");
        AzureTokenProvider provider;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        qunsetenv("AZ_STANDIN_LEGACY");
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(qAbs(result.token.expiresOn.secsTo(before.addSecs(3600))) <= 2,
                 qPrintable(result.token.expiresOn.toString(Qt::ISODate)));
    }

    void azureCli_notLoggedIn_saysWhatAzSaid()
    {
        AzOnPath az("az-logged-out.sh");
        AzureTokenProvider provider;
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.message,
                 QStringLiteral("az account get-access-token failed (exit code 1): ERROR: Please "
                                "run 'az login' to setup account."));
        // Not cached: after `az login` the next request runs az again.
        AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QCOMPARE(az.invocations().size(), 2);
    }

    void azureCli_notInstalled_saysSo()
    {
        AzOnPath noAz {QString()};
        AzureTokenProvider provider;
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.startsWith("The Azure CLI ('az') is not installed or not on PATH"),
                 qPrintable(result.message));
    }

    void azureCli_hanging_timesOutAndIsKilled()
    {
        AzOnPath az("az-logged-in.sh");
        qputenv("AZ_STANDIN_DELAY", "30");
        AzureTokenProvider provider;
        provider.setTimeout(500ms);
        QElapsedTimer clock;
        clock.start();
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        qunsetenv("AZ_STANDIN_DELAY");
        QCOMPARE(result.status, Status::TimedOut);
        QCOMPARE(result.message, QStringLiteral("az account get-access-token failed: no answer within 0.5 s."));
        QVERIFY(clock.elapsed() < 10000);
    }

    void azureCli_unexpectedOutput_neverQuotesIt()
    {
        // A program that prints something token-like but not az's JSON.
        QTemporaryDir dir;
        const QString fake = dir.filePath("az");
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'secret-looking-output'\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        AzureTokenProvider provider;
        provider.setAzureCliProgram(fake);
        const TokenResult result =
            AzureTokenProvider::waitFor(provider.azureCliToken("https://management.azure.com/", QString()));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains("printed no accessToken"), qPrintable(result.message));
        QVERIFY(!result.message.contains("secret-looking-output"));
    }
};

QTEST_GUILESS_MAIN(TestAzureTokenProvider)
#include "tst_azuretokenprovider.moc"
