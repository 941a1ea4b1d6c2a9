#include "core/design/azureconnectionsettings.h"

#include <QTest>

Q_DECLARE_METATYPE(RestGate::AzureConnectionSettings)

using namespace RestGate;
using Environment = AzureConnectionSettings::Environment;
using Authentication = AzureConnectionSettings::Authentication;

class TestAzureConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudEndpoints_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("resourceManager");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("scope");
        QTest::addRow("AzureCloud") << Environment::AzureCloud << "https://management.azure.com/"
                                    << "https://login.microsoftonline.com"
                                    << "https://management.azure.com/.default";
        QTest::addRow("AzureUSGovernment") << Environment::AzureUSGovernment << "https://management.usgovcloudapi.net/"
                                           << "https://login.microsoftonline.us"
                                           << "https://management.usgovcloudapi.net/.default";
        QTest::addRow("AzureChinaCloud") << Environment::AzureChinaCloud << "https://management.chinacloudapi.cn/"
                                         << "https://login.chinacloudapi.cn"
                                         << "https://management.chinacloudapi.cn/.default";
    }
    void cloudEndpoints()
    {
        QFETCH(Environment, environment);
        QFETCH(QString, resourceManager);
        QFETCH(QString, authority);
        QFETCH(QString, scope);
        AzureConnectionSettings settings;
        settings.environment = environment;
        // Ignored outside Custom.
        settings.resourceManagerUrl = "https://elsewhere.example/";
        settings.authorityHost = "https://login.elsewhere.example";
        settings.tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        QCOMPARE(settings.effectiveResourceManagerUrl(), resourceManager);
        QCOMPARE(settings.effectiveAuthorityHost(), authority);
        QCOMPARE(settings.resourceManagerScope(), scope);
        QCOMPARE(settings.tokenEndpoint(), QUrl(authority + "/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"));
    }

    void customEnvironment_slashesNormalized_data()
    {
        QTest::addColumn<QString>("resourceManagerUrl");
        QTest::addColumn<QString>("authorityHost");
        QTest::addRow("with trailing slashes") << "https://management.local.azurestack.external/"
                                               << "https://adfs.local.azurestack.external/";
        QTest::addRow("without") << "https://management.local.azurestack.external"
                                 << "https://adfs.local.azurestack.external";
        QTest::addRow("doubled, with spaces") << "  https://management.local.azurestack.external//  "
                                              << "https://adfs.local.azurestack.external//";
    }
    void customEnvironment_slashesNormalized()
    {
        QFETCH(QString, resourceManagerUrl);
        QFETCH(QString, authorityHost);
        AzureConnectionSettings settings;
        settings.environment = Environment::Custom;
        settings.resourceManagerUrl = resourceManagerUrl;
        settings.authorityHost = authorityHost;
        settings.tenantId = "adfs";
        // The base URL keeps exactly one trailing slash, as the server's endpoint data has it (§5.2)...
        QCOMPARE(settings.effectiveResourceManagerUrl(),
                 QStringLiteral("https://management.local.azurestack.external/"));
        // ...and the scope never has the double slash.
        QCOMPARE(settings.resourceManagerScope(),
                 QStringLiteral("https://management.local.azurestack.external/.default"));
        QCOMPARE(settings.tokenEndpoint().toString(),
                 QStringLiteral("https://adfs.local.azurestack.external/adfs/oauth2/v2.0/token"));
    }

    void tenantIsEncodedIntoThePath()
    {
        AzureConnectionSettings settings;
        settings.tenantId = "contoso.onmicrosoft.com";
        QCOMPARE(settings.tokenEndpoint().toString(),
                 QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
        // A tenant is one path segment: a slash in it cannot climb out of it.
        settings.tenantId = "a/../b";
        QCOMPARE(settings.tokenEndpoint().toString(QUrl::FullyEncoded),
                 QStringLiteral("https://login.microsoftonline.com/a%2F..%2Fb/oauth2/v2.0/token"));
        settings.tenantId.clear();
        QVERIFY(settings.tokenEndpoint().isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<ConnectionKind>("kind");
        QTest::addColumn<AzureConnectionSettings>("settings");
        QTest::addColumn<QStringList>("expected");

        AzureConnectionSettings cli = AzureConnectionSettings::defaultsFor(ConnectionKind::AzureRM);
        QTest::addRow("azure cli needs nothing else") << ConnectionKind::AzureRM << cli << QStringList();

        AzureConnectionSettings sp = cli;
        sp.authentication = Authentication::ServicePrincipalSecret;
        QTest::addRow("service principal without tenant and client")
            << ConnectionKind::AzureRM << sp
            << QStringList {"A service principal needs the tenant ID.",
                            "A service principal needs its client (application) ID."};
        sp.tenantId = "t";
        sp.clientId = "c";
        QTest::addRow("service principal complete") << ConnectionKind::AzureRM << sp << QStringList();

        AzureConnectionSettings custom = sp;
        custom.environment = Environment::Custom;
        custom.resourceManagerUrl = "management.local";
        QTest::addRow("custom without absolute URLs")
            << ConnectionKind::AzureRM << custom
            << QStringList {"A Custom environment needs its Resource Manager URL as an absolute https:// URL (got "
                            "'management.local').",
                            "A Custom environment needs its authority host as an absolute https:// URL (got '')."};

        AzureConnectionSettings pat = AzureConnectionSettings::defaultsFor(ConnectionKind::AzureDevOps);
        QTest::addRow("devops pat") << ConnectionKind::AzureDevOps << pat << QStringList();
        pat.authentication = Authentication::ServicePrincipalSecret;
        pat.tenantId = "t";
        pat.clientId = "c";
        QTest::addRow("devops has no service principal here")
            << ConnectionKind::AzureDevOps << pat
            << QStringList {"Service principal secret is not a way to authenticate an Azure DevOps connection."};
    }
    void problems()
    {
        QFETCH(ConnectionKind, kind);
        QFETCH(AzureConnectionSettings, settings);
        QFETCH(QStringList, expected);
        QCOMPARE(settings.problems(kind), expected);
    }

    void defaults_matchWhatOlderDocumentsMeant()
    {
        QCOMPARE(AzureConnectionSettings::defaultsFor(ConnectionKind::AzureRM).authentication,
                 Authentication::AzureCli);
        QCOMPARE(AzureConnectionSettings::defaultsFor(ConnectionKind::AzureDevOps).authentication,
                 Authentication::PersonalAccessToken);
        AzureConnectionSettings read;
        QString error;
        QVERIFY(AzureConnectionSettings::fromVariantMap({}, ConnectionKind::AzureDevOps, &read, &error));
        QCOMPARE(read, AzureConnectionSettings::defaultsFor(ConnectionKind::AzureDevOps));
    }

    void variantMap_roundTrip_data()
    {
        QTest::addColumn<ConnectionKind>("kind");
        QTest::addColumn<AzureConnectionSettings>("settings");
        QTest::addColumn<QVariantMap>("map");

        AzureConnectionSettings sp;
        sp.environment = Environment::AzureUSGovernment;
        sp.tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        sp.subscriptionId = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
        sp.clientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
        sp.authentication = Authentication::ServicePrincipalSecret;
        QTest::addRow("service principal") << ConnectionKind::AzureRM << sp
                                           << QVariantMap {{"environment", "AzureUSGovernment"},
                                                           {"tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47"},
                                                           {"subscriptionId", "0b1f6471-1bf0-4dda-aec3-cb9272f09590"},
                                                           {"clientId", "04b07795-8ddb-461a-bbee-02f9e1bf7b46"},
                                                           {"authentication", "servicePrincipalSecret"}};

        AzureConnectionSettings custom;
        custom.environment = Environment::Custom;
        custom.resourceManagerUrl = "https://management.local.azurestack.external/";
        custom.authorityHost = "https://login.microsoftonline.com";
        custom.tenantId = "contoso.onmicrosoft.com";
        custom.authentication = Authentication::AzureCli;
        QTest::addRow("custom, az") << ConnectionKind::AzureRM << custom
                                    << QVariantMap {
                                           {"environment", "Custom"},
                                           {"resourceManagerUrl", "https://management.local.azurestack.external/"},
                                           {"authorityHost", "https://login.microsoftonline.com"},
                                           {"tenantId", "contoso.onmicrosoft.com"},
                                           {"authentication", "azureCli"}};

        AzureConnectionSettings devops = AzureConnectionSettings::defaultsFor(ConnectionKind::AzureDevOps);
        devops.authentication = Authentication::AzureCli;
        QTest::addRow("devops, az") << ConnectionKind::AzureDevOps << devops
                                    << QVariantMap {{"authentication", "azureCli"}};
    }
    void variantMap_roundTrip()
    {
        QFETCH(ConnectionKind, kind);
        QFETCH(AzureConnectionSettings, settings);
        QFETCH(QVariantMap, map);
        QCOMPARE(settings.toVariantMap(kind), map);
        AzureConnectionSettings read;
        QString error;
        QVERIFY2(AzureConnectionSettings::fromVariantMap(map, kind, &read, &error), qPrintable(error));
        QCOMPARE(read, settings);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            QVERIFY(AzureConnectionSettings::documentKeys().contains(it.key()));
    }

    void fromVariantMap_acceptsAnyCase_rejectsUnknownValues()
    {
        AzureConnectionSettings read;
        QString error;
        QVERIFY(AzureConnectionSettings::fromVariantMap(
            {{"environment", "azurechinacloud"}, {"authentication", "SERVICEPRINCIPALSECRET"}}, ConnectionKind::AzureRM,
            &read, &error));
        QCOMPARE(read.environment, Environment::AzureChinaCloud);
        QCOMPARE(read.authentication, Authentication::ServicePrincipalSecret);

        QVERIFY(!AzureConnectionSettings::fromVariantMap({{"environment", "AzureGermanCloud"}}, ConnectionKind::AzureRM,
                                                         &read, &error));
        QCOMPARE(error,
                 QStringLiteral("Environment 'AzureGermanCloud' is not one of AzureCloud, AzureUSGovernment, "
                                "AzureChinaCloud, Custom."));
        QVERIFY(!AzureConnectionSettings::fromVariantMap({{"authentication", "personalAccessToken"}},
                                                         ConnectionKind::AzureRM, &read, &error));
        QCOMPARE(error,
                 QStringLiteral("Authentication 'personalAccessToken' is not one of azureCli, "
                                "servicePrincipalSecret, accessToken."));
    }
};

QTEST_GUILESS_MAIN(TestAzureConnectionSettings)
#include "tst_azureconnectionsettings.moc"
