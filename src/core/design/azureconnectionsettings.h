#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace RestGate {

/// The three connection kinds the task accepts, as far as credentials are concerned (ServiceConnection::Type).
enum class ConnectionKind
{
    Generic,
    AzureRM,
    AzureDevOps
};

/// How an Azure Resource Manager or Azure DevOps connection gets its credential, and for Resource Manager which
/// cloud it talks to. Holds no secret: the client secret and tokens live in the keychain (SecretKind::ClientSecret,
/// SecretKind::Token).
///
/// In a design document these are keys of the connection's mapping, next to name/type/url:
///
///     - id: 3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41
///       name: azure-prod
///       type: azureRM
///       environment: AzureCloud            # AzureCloud | AzureUSGovernment | AzureChinaCloud | Custom
///       tenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
///       subscriptionId: 0b1f6471-1bf0-4dda-aec3-cb9272f09590
///       clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46
///       authentication: servicePrincipalSecret   # servicePrincipalSecret | azureCli | accessToken
///     - name: stack
///       type: azureRM
///       environment: Custom
///       resourceManagerUrl: https://management.local.azurestack.external/
///       authorityHost: https://login.microsoftonline.com
///       tenantId: contoso.onmicrosoft.com
///       authentication: azureCli
///     - name: ado
///       type: azureDevOps
///       url: https://dev.azure.com/contoso/
///       authentication: personalAccessToken      # personalAccessToken | azureCli
///
/// Defaults when a key is missing: environment AzureCloud; authentication azureCli for azureRM and
/// personalAccessToken for azureDevOps (what documents written before these keys meant).
struct AzureConnectionSettings
{
    enum class Environment
    {
        AzureCloud,
        AzureUSGovernment,
        AzureChinaCloud,
        Custom, ///< Azure Stack Hub, private clouds: resourceManagerUrl and authorityHost say where
    };
    enum class Authentication
    {
        ServicePrincipalSecret, ///< AzureRM: OAuth2 client credentials with the client secret from the keychain
        AzureCli, ///< AzureRM and AzureDevOps: `az account get-access-token`
        AccessToken, ///< AzureRM: a ready access token from the keychain or RESTGATE_SECRET_<NAME>
        PersonalAccessToken, ///< AzureDevOps: a PAT, sent as Basic with an empty user name
    };

    /// The Azure DevOps resource (application id) that `az account get-access-token --resource` takes.
    static QString azureDevOpsResource() { return QStringLiteral("499b84ac-1321-427f-aa17-267ca6975798"); }

    Environment environment = Environment::AzureCloud;
    QString resourceManagerUrl; ///< Custom only, e.g. https://management.local.azurestack.external/
    QString authorityHost; ///< Custom only, e.g. https://login.microsoftonline.com
    QString tenantId; ///< GUID or domain (contoso.onmicrosoft.com)
    QString subscriptionId;
    QString clientId; ///< the service principal's application (client) id
    Authentication authentication = Authentication::AzureCli;

    /// The defaults for a connection of this kind (authentication differs).
    static AzureConnectionSettings defaultsFor(ConnectionKind kind);

    /// "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "Custom".
    static QString environmentKey(Environment environment);
    static bool environmentFromKey(const QString &key, Environment *environment);
    /// "Azure Cloud", "Azure US Government", "Azure China Cloud", "Custom (Azure Stack, private cloud)".
    static QString environmentLabel(Environment environment);
    /// "servicePrincipalSecret", "azureCli", "accessToken", "personalAccessToken".
    static QString authenticationKey(Authentication authentication);
    static bool authenticationFromKey(const QString &key, Authentication *authentication);
    static QString authenticationLabel(Authentication authentication);
    /// The methods a connection kind offers, in the order a form lists them.
    static QList<Authentication> authenticationsFor(ConnectionKind kind);

    /// The environment's Resource Manager endpoint, with one trailing slash as the server's endpoint data has it
    /// (reference §5.2): https://management.azure.com/, https://management.usgovcloudapi.net/,
    /// https://management.chinacloudapi.cn/, or the custom URL with a slash appended if it had none.
    QString effectiveResourceManagerUrl() const;
    /// The environment's Entra ID authority host without trailing slash: https://login.microsoftonline.com,
    /// https://login.microsoftonline.us, https://login.chinacloudapi.cn, or the custom one.
    QString effectiveAuthorityHost() const;
    /// {authorityHost}/{tenant}/oauth2/v2.0/token.
    QUrl tokenEndpoint() const;
    /// The client-credentials scope for Resource Manager: the Resource Manager URL without its trailing slash,
    /// then "/.default":
    ///
    ///     https://management.azure.com/  ->  https://management.azure.com/.default
    ///
    /// Entra ID also accepts https://management.azure.com//.default (the v1 resource id with its slash, then
    /// "/.default"); both give a token Resource Manager accepts. We send the single-slash form the Azure SDKs use,
    /// so a custom Resource Manager URL written with or without a trailing slash yields the same scope.
    QString resourceManagerScope() const;

    /// Whether the settings can produce a credential for a connection of `kind`; the problems otherwise, one
    /// sentence each (missing tenant for a service principal, a custom URL that is not absolute http(s), an
    /// authentication method the kind does not offer).
    QStringList problems(ConnectionKind kind) const;

    /// The design-document keys for `kind` (see the class comment), values as strings. Keys that do not apply
    /// to the kind, and empty values, are left out.
    QVariantMap toVariantMap(ConnectionKind kind) const;
    /// Reads what toVariantMap() writes; unknown keys are ignored, missing ones take defaultsFor(kind). On an
    /// unknown environment or authentication value returns false and says why in `error`.
    static bool fromVariantMap(const QVariantMap &map, ConnectionKind kind, AzureConnectionSettings *settings,
                               QString *error);
    /// Every key toVariantMap() may write, for a document reader's unknown-key check.
    static QStringList documentKeys();

    friend bool operator==(const AzureConnectionSettings &, const AzureConnectionSettings &) = default;
};

} // namespace RestGate
