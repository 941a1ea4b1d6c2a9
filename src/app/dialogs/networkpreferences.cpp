#include "app/dialogs/networkpreferences.h"

#include "secrets/secretstore.h"

#include <QSettings>

namespace RestGate {

namespace {

const QString groupKey = QStringLiteral("network");
const QString caFilesKey = QStringLiteral("caFiles");
const QString caDirectoriesKey = QStringLiteral("caDirectories");
const QString clientCertificateKey = QStringLiteral("clientCertificate");
const QString clientKeyKey = QStringLiteral("clientKey");
const QString insecureKey = QStringLiteral("insecure");
const QString proxyModeKey = QStringLiteral("proxyMode");
const QString proxyUrlKey = QStringLiteral("proxyUrl");
const QString proxyUserKey = QStringLiteral("proxyUser");
const QString noProxyKey = QStringLiteral("noProxy");
const QString followRedirectsKey = QStringLiteral("followRedirects");

// The keychain owner of the preference passwords: a fixed name-based id under the "variable/" entries, which no
// connection (those live under "connection/") and no document (random ids) shares.
QString preferencesOwnerId()
{
    return StableId::fromName(QStringLiteral("restgate.preferences.network"));
}

} // namespace

NetworkPreferences::NetworkPreferences(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

NetworkPreferences::~NetworkPreferences() = default;

SecretKey NetworkPreferences::proxyPasswordKey()
{
    return SecretKey::forVariable(preferencesOwnerId(), QStringLiteral("proxy-password"));
}

SecretKey NetworkPreferences::clientKeyPasswordKey()
{
    return SecretKey::forVariable(preferencesOwnerId(), QStringLiteral("client-key-password"));
}

NetworkSettings NetworkPreferences::load(QSettings &store)
{
    NetworkSettings settings;
    store.beginGroup(groupKey);
    settings.caFiles = store.value(caFilesKey).toStringList();
    settings.caDirectories = store.value(caDirectoriesKey).toStringList();
    settings.clientCertificate = store.value(clientCertificateKey).toString();
    settings.clientKey = store.value(clientKeyKey).toString();
    settings.insecure = store.value(insecureKey, false).toBool();
    const QString mode = store.value(proxyModeKey).toString();
    settings.proxyMode = mode == QLatin1String("none") ? NetworkSettings::ProxyMode::None
        : mode == QLatin1String("manual")              ? NetworkSettings::ProxyMode::Manual
                                                       : NetworkSettings::ProxyMode::Environment;
    settings.proxyUrl = store.value(proxyUrlKey).toString();
    settings.proxyUser = store.value(proxyUserKey).toString();
    if (store.contains(noProxyKey))
        settings.noProxy = store.value(noProxyKey).toString();
    settings.followRedirects = store.value(followRedirectsKey, true).toBool();
    store.endGroup();
    return settings;
}

void NetworkPreferences::save(QSettings &store, const NetworkSettings &settings)
{
    store.beginGroup(groupKey);
    store.setValue(caFilesKey, settings.caFiles);
    store.setValue(caDirectoriesKey, settings.caDirectories);
    store.setValue(clientCertificateKey, settings.clientCertificate);
    store.setValue(clientKeyKey, settings.clientKey);
    store.setValue(insecureKey, settings.insecure);
    store.setValue(proxyModeKey,
                   settings.proxyMode == NetworkSettings::ProxyMode::None         ? QStringLiteral("none")
                       : settings.proxyMode == NetworkSettings::ProxyMode::Manual ? QStringLiteral("manual")
                                                                                  : QStringLiteral("system"));
    store.setValue(proxyUrlKey, settings.proxyUrl);
    store.setValue(proxyUserKey, settings.proxyUser);
    if (settings.noProxy)
        store.setValue(noProxyKey, *settings.noProxy);
    else
        store.remove(noProxyKey);
    store.setValue(followRedirectsKey, settings.followRedirects);
    store.endGroup();
}

void NetworkPreferences::reload()
{
    QSettings store;
    m_current = load(store);
    const auto read = [this](const SecretKey &key, QString NetworkSettings::*field) {
        ++m_pending;
        SecretJob *job = m_secrets->read(key);
        connect(job, &SecretJob::finished, this, [this, job, field](const SecretResult &result) {
            job->deleteLater();
            if (result.ok())
                m_current.*field = result.value;
            else if (result.status != SecretResult::Status::NotFound)
                Q_EMIT keychainProblem(result.shown());
            if (--m_pending == 0)
                Q_EMIT loaded();
        });
    };
    // Only what is in use is asked for: a keychain prompt for a password nobody needs would be noise.
    if (!m_current.proxyUser.isEmpty())
        read(proxyPasswordKey(), &NetworkSettings::proxyPassword);
    if (m_current.usesClientCertificate())
        read(clientKeyPasswordKey(), &NetworkSettings::clientKeyPassword);
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &NetworkPreferences::loaded, Qt::QueuedConnection);
}

void NetworkPreferences::store(const NetworkSettings &settings)
{
    QSettings store;
    save(store, settings);
    m_current = settings;
    const auto keep = [this](const SecretKey &key, const QString &value) {
        ++m_pending;
        SecretJob *job = value.isEmpty() ? m_secrets->remove(key) : m_secrets->write(key, value);
        connect(job, &SecretJob::finished, this, [this, job](const SecretResult &result) {
            job->deleteLater();
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                Q_EMIT keychainProblem(result.shown());
            if (--m_pending == 0)
                Q_EMIT stored();
        });
    };
    keep(proxyPasswordKey(), settings.proxyPassword);
    keep(clientKeyPasswordKey(), settings.clientKeyPassword);
}

} // namespace RestGate
