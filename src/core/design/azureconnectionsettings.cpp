#include "core/design/azureconnectionsettings.h"

namespace RestGate {

namespace {

const QString keyEnvironment = QStringLiteral("environment");
const QString keyResourceManagerUrl = QStringLiteral("resourceManagerUrl");
const QString keyAuthorityHost = QStringLiteral("authorityHost");
const QString keyTenantId = QStringLiteral("tenantId");
const QString keySubscriptionId = QStringLiteral("subscriptionId");
const QString keyClientId = QStringLiteral("clientId");
const QString keyAuthentication = QStringLiteral("authentication");

QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool isAbsoluteHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

AzureConnectionSettings AzureConnectionSettings::defaultsFor(ConnectionKind kind)
{
    AzureConnectionSettings settings;
    settings.authentication =
        kind == ConnectionKind::AzureDevOps ? Authentication::PersonalAccessToken : Authentication::AzureCli;
    return settings;
}

QString AzureConnectionSettings::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::AzureCloud:
        return QStringLiteral("AzureCloud");
    case Environment::AzureUSGovernment:
        return QStringLiteral("AzureUSGovernment");
    case Environment::AzureChinaCloud:
        return QStringLiteral("AzureChinaCloud");
    case Environment::Custom:
        return QStringLiteral("Custom");
    }
    return {};
}

bool AzureConnectionSettings::environmentFromKey(const QString &key, Environment *environment)
{
    for (Environment candidate :
         {Environment::AzureCloud, Environment::AzureUSGovernment, Environment::AzureChinaCloud, Environment::Custom}) {
        if (key.trimmed().compare(environmentKey(candidate), Qt::CaseInsensitive) == 0) {
            *environment = candidate;
            return true;
        }
    }
    return false;
}

QString AzureConnectionSettings::environmentLabel(Environment environment)
{
    switch (environment) {
    case Environment::AzureCloud:
        return QStringLiteral("Azure Cloud");
    case Environment::AzureUSGovernment:
        return QStringLiteral("Azure US Government");
    case Environment::AzureChinaCloud:
        return QStringLiteral("Azure China Cloud");
    case Environment::Custom:
        return QStringLiteral("Custom (Azure Stack, private cloud)");
    }
    return {};
}

QString AzureConnectionSettings::authenticationKey(Authentication authentication)
{
    switch (authentication) {
    case Authentication::ServicePrincipalSecret:
        return QStringLiteral("servicePrincipalSecret");
    case Authentication::AzureCli:
        return QStringLiteral("azureCli");
    case Authentication::AccessToken:
        return QStringLiteral("accessToken");
    case Authentication::PersonalAccessToken:
        return QStringLiteral("personalAccessToken");
    }
    return {};
}

bool AzureConnectionSettings::authenticationFromKey(const QString &key, Authentication *authentication)
{
    for (Authentication candidate : {Authentication::ServicePrincipalSecret, Authentication::AzureCli,
                                     Authentication::AccessToken, Authentication::PersonalAccessToken}) {
        if (key.trimmed().compare(authenticationKey(candidate), Qt::CaseInsensitive) == 0) {
            *authentication = candidate;
            return true;
        }
    }
    return false;
}

QString AzureConnectionSettings::authenticationLabel(Authentication authentication)
{
    switch (authentication) {
    case Authentication::ServicePrincipalSecret:
        return QStringLiteral("Service principal secret");
    case Authentication::AzureCli:
        return QStringLiteral("Azure CLI (az login)");
    case Authentication::AccessToken:
        return QStringLiteral("Access token");
    case Authentication::PersonalAccessToken:
        return QStringLiteral("Personal access token");
    }
    return {};
}

QList<AzureConnectionSettings::Authentication> AzureConnectionSettings::authenticationsFor(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::AzureRM:
        return {Authentication::AzureCli, Authentication::ServicePrincipalSecret, Authentication::AccessToken};
    case ConnectionKind::AzureDevOps:
        return {Authentication::PersonalAccessToken, Authentication::AzureCli};
    case ConnectionKind::Generic:
        break;
    }
    return {};
}

QString AzureConnectionSettings::effectiveResourceManagerUrl() const
{
    switch (environment) {
    case Environment::AzureCloud:
        return QStringLiteral("https://management.azure.com/");
    case Environment::AzureUSGovernment:
        return QStringLiteral("https://management.usgovcloudapi.net/");
    case Environment::AzureChinaCloud:
        return QStringLiteral("https://management.chinacloudapi.cn/");
    case Environment::Custom:
        break;
    }
    const QString trimmed = resourceManagerUrl.trimmed();
    if (trimmed.isEmpty())
        return {};
    return withoutTrailingSlashes(trimmed) + QLatin1Char('/');
}

QString AzureConnectionSettings::effectiveAuthorityHost() const
{
    switch (environment) {
    case Environment::AzureCloud:
        return QStringLiteral("https://login.microsoftonline.com");
    case Environment::AzureUSGovernment:
        return QStringLiteral("https://login.microsoftonline.us");
    case Environment::AzureChinaCloud:
        return QStringLiteral("https://login.chinacloudapi.cn");
    case Environment::Custom:
        break;
    }
    return withoutTrailingSlashes(authorityHost.trimmed());
}

QUrl AzureConnectionSettings::tokenEndpoint() const
{
    const QString host = effectiveAuthorityHost();
    const QString tenant = tenantId.trimmed();
    if (host.isEmpty() || tenant.isEmpty())
        return {};
    return QUrl(host + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant))
                    + QStringLiteral("/oauth2/v2.0/token"),
                QUrl::StrictMode);
}

QString AzureConnectionSettings::resourceManagerScope() const
{
    const QString url = effectiveResourceManagerUrl();
    if (url.isEmpty())
        return {};
    return withoutTrailingSlashes(url) + QStringLiteral("/.default");
}

QStringList AzureConnectionSettings::problems(ConnectionKind kind) const
{
    QStringList problems;
    if (kind == ConnectionKind::Generic)
        return problems;
    if (!authenticationsFor(kind).contains(authentication)) {
        problems.append(QStringLiteral("%1 is not a way to authenticate an %2 connection.")
                            .arg(authenticationLabel(authentication),
                                 kind == ConnectionKind::AzureRM ? QStringLiteral("Azure Resource Manager")
                                                                 : QStringLiteral("Azure DevOps")));
    }
    if (kind == ConnectionKind::AzureRM && environment == Environment::Custom) {
        if (!isAbsoluteHttpUrl(resourceManagerUrl.trimmed())) {
            problems.append(QStringLiteral("A Custom environment needs its Resource Manager URL as an absolute "
                                           "https:// URL (got '%1').")
                                .arg(resourceManagerUrl));
        }
        if (authentication == Authentication::ServicePrincipalSecret && !isAbsoluteHttpUrl(authorityHost.trimmed())) {
            problems.append(QStringLiteral("A Custom environment needs its authority host as an absolute "
                                           "https:// URL (got '%1').")
                                .arg(authorityHost));
        }
    }
    if (authentication == Authentication::ServicePrincipalSecret) {
        if (tenantId.trimmed().isEmpty())
            problems.append(QStringLiteral("A service principal needs the tenant ID."));
        if (clientId.trimmed().isEmpty())
            problems.append(QStringLiteral("A service principal needs its client (application) ID."));
    }
    return problems;
}

QVariantMap AzureConnectionSettings::toVariantMap(ConnectionKind kind) const
{
    QVariantMap map;
    auto put = [&map](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            map.insert(key, value.trimmed());
    };
    switch (kind) {
    case ConnectionKind::Generic:
        return map;
    case ConnectionKind::AzureRM:
        put(keyEnvironment, environmentKey(environment));
        if (environment == Environment::Custom) {
            put(keyResourceManagerUrl, resourceManagerUrl);
            put(keyAuthorityHost, authorityHost);
        }
        put(keyTenantId, tenantId);
        put(keySubscriptionId, subscriptionId);
        put(keyClientId, clientId);
        break;
    case ConnectionKind::AzureDevOps:
        // `az account get-access-token --tenant` is the only use of a tenant here.
        put(keyTenantId, tenantId);
        break;
    }
    put(keyAuthentication, authenticationKey(authentication));
    return map;
}

bool AzureConnectionSettings::fromVariantMap(const QVariantMap &map, ConnectionKind kind,
                                             AzureConnectionSettings *settings, QString *error)
{
    AzureConnectionSettings result = defaultsFor(kind);
    if (kind == ConnectionKind::Generic) {
        *settings = result;
        return true;
    }
    const QString environment = map.value(keyEnvironment).toString().trimmed();
    if (!environment.isEmpty() && !environmentFromKey(environment, &result.environment)) {
        if (error) {
            *error = QStringLiteral("Environment '%1' is not one of AzureCloud, AzureUSGovernment, "
                                    "AzureChinaCloud, Custom.")
                         .arg(environment);
        }
        return false;
    }
    const QString authentication = map.value(keyAuthentication).toString().trimmed();
    if (!authentication.isEmpty()) {
        if (!authenticationFromKey(authentication, &result.authentication)
            || !authenticationsFor(kind).contains(result.authentication)) {
            QStringList allowed;
            for (Authentication candidate : authenticationsFor(kind))
                allowed.append(authenticationKey(candidate));
            if (error) {
                *error = QStringLiteral("Authentication '%1' is not one of %2.")
                             .arg(authentication, allowed.join(QStringLiteral(", ")));
            }
            return false;
        }
    }
    result.resourceManagerUrl = map.value(keyResourceManagerUrl).toString().trimmed();
    result.authorityHost = map.value(keyAuthorityHost).toString().trimmed();
    result.tenantId = map.value(keyTenantId).toString().trimmed();
    result.subscriptionId = map.value(keySubscriptionId).toString().trimmed();
    result.clientId = map.value(keyClientId).toString().trimmed();
    *settings = result;
    return true;
}

QStringList AzureConnectionSettings::documentKeys()
{
    return {keyEnvironment,    keyResourceManagerUrl, keyAuthorityHost, keyTenantId,
            keySubscriptionId, keyClientId,           keyAuthentication};
}

} // namespace RestGate
