#include "core/run/networksettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

#include <optional>
#endif

namespace RestGate {

NetworkSettings NetworkSettings::withoutSecrets() const
{
    NetworkSettings copy = *this;
    copy.clientKeyPassword.clear();
    copy.proxyPassword.clear();
    return copy;
}

namespace {

const char *const configuredProxy = QT_TRANSLATE_NOOP("RestGate::ProxyChoice", "the configured proxy");

QString proxyText(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("RestGate::ProxyChoice", source) : QString::fromUtf8(source);
}

} // namespace

QString ProxyChoice::description(bool translated) const
{
    const QString where = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    if (proxy.type() == QNetworkProxy::Socks5Proxy)
        return proxyText(QT_TRANSLATE_NOOP("RestGate::ProxyChoice", "SOCKS5 proxy %1"), translated).arg(where);
    return proxyText(QT_TRANSLATE_NOOP("RestGate::ProxyChoice", "proxy %1"), translated).arg(where);
}

QString ProxyChoice::shownSource() const
{
    return source == QLatin1String(configuredProxy) ? proxyText(configuredProxy, true) : source;
}

namespace ProxyRules {

namespace {

// curl's default proxy port, whatever the scheme.
constexpr int defaultProxyPort = 1080;

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

// "host", "host:port", "[v6]:port" or a bare v6 address; port -1 when none is given.
void splitEntry(QString entry, QString *host, int *port)
{
    *port = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close > 0) {
            const QString rest = entry.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':')))
                *port = rest.mid(1).toInt();
            entry = entry.mid(1, close - 1);
        }
    } else if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int value = entry.mid(colon + 1).toInt(&ok);
        if (ok) {
            *port = value;
            entry = entry.left(colon);
        }
    }
    *host = entry;
}

bool hostMatches(const QString &entry, const QString &host)
{
    if (entry.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        const QHostAddress address(host);
        return !address.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
            && address.isInSubnet(subnet);
    }
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return entryAddress.isEqual(QHostAddress(host), QHostAddress::TolerantConversion);
    QString name = entry;
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return false;
    QString target = host;
    if (target.endsWith(QLatin1Char('.')))
        target.chop(1);
    return target.compare(name, Qt::CaseInsensitive) == 0
        || target.endsWith(QLatin1Char('.') + name, Qt::CaseInsensitive);
}

QString environmentValue(const QProcessEnvironment &environment, const QString &name, QString *usedName)
{
    if (environment.contains(name)) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            *usedName = name;
            return value;
        }
    }
    return {};
}

} // namespace

bool bypasses(const QString &noProxyList, const QUrl &url)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    // As curl: "*" is a wildcard only as the whole value; inside a list it is a name that matches nothing.
    if (noProxyList.trimmed() == QLatin1String("*"))
        return true;
    const QString host = url.host();
    const int port = url.port(defaultPort(url));
    for (const QString &raw : noProxyList.split(separators, Qt::SkipEmptyParts)) {
        QString entryHost;
        int entryPort = -1;
        splitEntry(raw, &entryHost, &entryPort);
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (hostMatches(entryHost, host))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *error)
{
    DisplayText problem;
    std::optional<QNetworkProxy> proxy = parseProxyUrl(text, &problem);
    if (!proxy)
        *error = problem.shown;
    return proxy;
}

std::optional<QNetworkProxy> parseProxyUrl(const QString &text, DisplayText *error)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = DisplayText::translate("RestGate::NetworkSettings",
                                        "'%1' is not a proxy URL (expected e.g. "
                                        "http://proxy.example:3128 or socks5h://127.0.0.1:1080).")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    QNetworkProxy proxy;
    if (scheme == QLatin1String("http")) {
        proxy.setType(QNetworkProxy::HttpProxy);
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        // socks5h: the proxy resolves host names; socks5: they are resolved here and the address is sent.
        QNetworkProxy::Capabilities capabilities = proxy.capabilities();
        capabilities.setFlag(QNetworkProxy::HostNameLookupCapability, scheme == QLatin1String("socks5h"));
        proxy.setCapabilities(capabilities);
    } else {
        *error = DisplayText::translate("RestGate::NetworkSettings",
                                        "The proxy scheme '%1://' is not supported: use http://, "
                                        "socks5:// or socks5h://.")
                     .arg(scheme);
        return std::nullopt;
    }
    proxy.setHostName(url.host());
    proxy.setPort(quint16(url.port(defaultProxyPort)));
    proxy.setUser(url.userName());
    proxy.setPassword(url.password());
    return proxy;
}

ProxyChoice choose(const NetworkSettings &settings, const QUrl &url, const QProcessEnvironment &environment)
{
    ProxyChoice choice;
    if (settings.proxyMode == NetworkSettings::ProxyMode::None)
        return choice;

    QString proxyText;
    QString source;
    if (settings.proxyMode == NetworkSettings::ProxyMode::Manual) {
        proxyText = settings.proxyUrl.trimmed();
        source = QString::fromUtf8(configuredProxy);
        // An empty manual proxy means "none", as curl's --proxy "" does.
        if (proxyText.isEmpty())
            return choice;
    } else {
        const QString scheme = url.scheme().toLower();
        // As curl: http_proxy only in lower case (HTTP_PROXY can be set by a CGI request's Proxy header), the
        // others in either case, lower case first; all_proxy when the scheme has none.
        if (scheme == QLatin1String("http")) {
            proxyText = environmentValue(environment, QStringLiteral("http_proxy"), &source);
        } else {
            proxyText = environmentValue(environment, scheme + QLatin1String("_proxy"), &source);
            if (proxyText.isEmpty())
                proxyText = environmentValue(environment, scheme.toUpper() + QLatin1String("_PROXY"), &source);
        }
        if (proxyText.isEmpty())
            proxyText = environmentValue(environment, QStringLiteral("all_proxy"), &source);
        if (proxyText.isEmpty())
            proxyText = environmentValue(environment, QStringLiteral("ALL_PROXY"), &source);
        if (proxyText.isEmpty())
            return choice;
    }

    QString noProxy;
    if (settings.noProxy) {
        noProxy = *settings.noProxy;
    } else {
        QString ignored;
        noProxy = environmentValue(environment, QStringLiteral("no_proxy"), &ignored);
        if (noProxy.isEmpty())
            noProxy = environmentValue(environment, QStringLiteral("NO_PROXY"), &ignored);
    }
    if (bypasses(noProxy, url))
        return choice;

    DisplayText error;
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(proxyText, &error);
    if (!proxy) {
        const bool configured = source == QLatin1String(configuredProxy);
        const DisplayText from =
            configured ? DisplayText::translate("RestGate::ProxyChoice", configuredProxy) : DisplayText(source, source);
        const DisplayText problem =
            DisplayText::translate("RestGate::NetworkSettings", "%1 (from %2)").arg(error, from);
        choice.error = problem.english;
        choice.shownError = problem.shown;
        return choice;
    }
    choice.proxy = *proxy;
    choice.source = source;
    if (!settings.proxyUser.isEmpty())
        choice.proxy.setUser(settings.proxyUser);
    if (!settings.proxyPassword.isEmpty())
        choice.proxy.setPassword(settings.proxyPassword);
    return choice;
}

} // namespace ProxyRules

QList<QNetworkProxy> SettingsProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return {ProxyRules::choose(m_settings, query.url(), m_environment).proxy};
}

namespace TlsRules {

#if QT_CONFIG(ssl)
namespace {

QString certificateName(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QStringLiteral("(no certificate)");
    const QString common = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return common.isEmpty() ? certificate.subjectDisplayName() : common;
}

QString issuerName(const QSslCertificate &certificate)
{
    const QString common = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return common.isEmpty() ? certificate.issuerDisplayName() : common;
}

/// What a CA file or directory looked like when it was read: a change to any file in it gives another stamp.
QByteArray caStamp(const QFileInfo &info, bool directory)
{
    QByteArray stamp =
        QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ':' + QByteArray::number(info.size());
    if (directory) {
        const QFileInfoList files = QDir(info.filePath()).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            stamp += '/' + file.fileName().toUtf8() + ':' + QByteArray::number(file.lastModified().toMSecsSinceEpoch())
                + ':' + QByteArray::number(file.size());
        }
    }
    return stamp;
}

/// Parsed CA certificates by path. SSL_CERT_FILE and SSL_CERT_DIR often name the whole system store (about 150
/// certificates in a bundle and a directory of 1400 entries): parsing that took about half a second, on every run
/// and every gate evaluation. A stamp check (one stat per file) keeps an edited file from being served stale.
class CaCache
{
public:
    static CaCache &instance()
    {
        static CaCache cache;
        return cache;
    }

    std::optional<QList<QSslCertificate>> find(const QString &key, const QByteArray &stamp)
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend() || it->stamp != stamp)
            return std::nullopt;
        return it->certificates;
    }

    void insert(const QString &key, const QByteArray &stamp, const QList<QSslCertificate> &certificates)
    {
        const QMutexLocker lock(&m_mutex);
        m_entries.insert(key, {stamp, certificates});
    }

private:
    struct Entry
    {
        QByteArray stamp;
        QList<QSslCertificate> certificates;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

bool addCertificates(QList<QSslCertificate> *into, const QString &path, bool directory, DisplayText *error)
{
    const QFileInfo info(path);
    if (directory ? !info.isDir() : !info.isFile()) {
        *error = directory
            ? DisplayText::translate("RestGate::NetworkSettings", "The CA directory '%1' does not exist.").arg(path)
            : DisplayText::translate("RestGate::NetworkSettings", "The CA file '%1' does not exist or is not a file.")
                  .arg(path);
        return false;
    }
    const QString key = (directory ? QStringLiteral("dir:") : QStringLiteral("file:")) + info.absoluteFilePath();
    const QByteArray stamp = caStamp(info, directory);
    if (const std::optional<QList<QSslCertificate>> cached = CaCache::instance().find(key, stamp)) {
        into->append(*cached);
        return true;
    }
    QList<QSslCertificate> certificates;
    if (directory) {
        // Hashed links and PEM bundles alike; files that are no certificate add nothing.
        const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::Readable);
        for (const QFileInfo &file : files)
            certificates.append(QSslCertificate::fromPath(file.filePath(), QSsl::Pem));
    } else {
        certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(path, QSsl::Der);
        if (certificates.isEmpty()) {
            *error =
                DisplayText::translate("RestGate::NetworkSettings", "The CA file '%1' holds no PEM or DER certificate.")
                    .arg(path);
            return false;
        }
    }
    CaCache::instance().insert(key, stamp, certificates);
    into->append(certificates);
    return true;
}

// `message` has %1 for the path and %2 for the system's reason.
bool readFile(const QString &path, const DisplayText &message, QByteArray *data, DisplayText *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = message.arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

QSslKey readKey(const QByteArray &pem, const QByteArray &password)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool isPkcs12(const QString &path, const QByteArray &data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("p12") || suffix == QLatin1String("pfx") || !data.contains("-----BEGIN");
}

bool loadClientCertificate(const NetworkSettings &settings, QSslConfiguration *configuration, DisplayText *error)
{
    QByteArray data;
    if (!readFile(
            settings.clientCertificate,
            DisplayText::translate("RestGate::NetworkSettings", "The client certificate '%1' cannot be read: %2."),
            &data, error))
        return false;
    const QByteArray password = settings.clientKeyPassword.toUtf8();
    QSslCertificate certificate;
    QSslKey key;
    if (isPkcs12(settings.clientCertificate, data)) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password)) {
            *error = DisplayText::translate("RestGate::NetworkSettings",
                                            "The PKCS#12 file '%1' cannot be opened: the password is "
                                            "wrong or missing, or it is not a PKCS#12 file.")
                         .arg(settings.clientCertificate);
            return false;
        }
    } else {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = DisplayText::translate("RestGate::NetworkSettings",
                                            "The client certificate '%1' holds no PEM certificate.")
                         .arg(settings.clientCertificate);
            return false;
        }
        certificate = certificates.first();
        QByteArray keyData = data;
        if (!settings.clientKey.isEmpty()
            && !readFile(settings.clientKey,
                         DisplayText::translate("RestGate::NetworkSettings", "The key '%1' cannot be read: %2."),
                         &keyData, error))
            return false;
        key = readKey(keyData, password);
        if (key.isNull()) {
            const QString where = settings.clientKey.isEmpty() ? settings.clientCertificate : settings.clientKey;
            *error = keyData.contains("ENCRYPTED")
                ? DisplayText::translate("RestGate::NetworkSettings",
                                         "The private key in '%1' is encrypted and the password is wrong or missing.")
                      .arg(where)
                : DisplayText::translate("RestGate::NetworkSettings",
                                         "No private key found in '%1': give the key file too (--key).")
                      .arg(where);
            return false;
        }
    }
    configuration->setLocalCertificate(certificate);
    configuration->setPrivateKey(key);
    return true;
}

} // namespace
#endif

bool configure(const NetworkSettings &settings, QSslConfiguration *configuration, QString *error,
               const QProcessEnvironment &environment)
{
    DisplayText problem;
    if (configure(settings, configuration, &problem, environment))
        return true;
    *error = problem.english;
    return false;
}

bool configure(const NetworkSettings &settings, QSslConfiguration *configuration, DisplayText *error,
               const QProcessEnvironment &environment)
{
#if QT_CONFIG(ssl)
    QList<QSslCertificate> extra;
    for (const QString &file : settings.caFiles) {
        if (!addCertificates(&extra, file, false, error))
            return false;
    }
    for (const QString &directory : settings.caDirectories) {
        if (!addCertificates(&extra, directory, true, error))
            return false;
    }
    if (!settings.ignoreCertificateEnvironment) {
        const QString envFile = environment.value(QStringLiteral("SSL_CERT_FILE"));
        if (!envFile.isEmpty() && !addCertificates(&extra, envFile, false, error)) {
            *error = DisplayText(error->english + QStringLiteral(" (SSL_CERT_FILE)"),
                                 error->shown + QStringLiteral(" (SSL_CERT_FILE)"));
            return false;
        }
        // OpenSSL's SSL_CERT_DIR is a list, like PATH.
        const QStringList envDirs =
            environment.value(QStringLiteral("SSL_CERT_DIR")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        for (const QString &directory : envDirs) {
            if (!addCertificates(&extra, directory, true, error)) {
                *error = DisplayText(error->english + QStringLiteral(" (SSL_CERT_DIR)"),
                                     error->shown + QStringLiteral(" (SSL_CERT_DIR)"));
                return false;
            }
        }
    }
    if (!extra.isEmpty())
        configuration->addCaCertificates(extra);
    if (settings.usesClientCertificate() && !loadClientCertificate(settings, configuration, error))
        return false;
    return true;
#else
    Q_UNUSED(configuration)
    Q_UNUSED(environment)
    if (!settings.caFiles.isEmpty() || !settings.caDirectories.isEmpty() || settings.usesClientCertificate()) {
        *error = DisplayText::translate("RestGate::NetworkSettings", "This build has no TLS support.");
        return false;
    }
    return true;
#endif
}

namespace {

// The notes are read in the user's language; the agent-format log keeps English.
QString tlsText(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("RestGate::TlsRules", source) : QString::fromUtf8(source);
}

} // namespace

QString describe(const QSslError &error, bool translated)
{
#if QT_CONFIG(ssl)
    const QSslCertificate certificate = error.certificate();
    const QString name = certificateName(certificate);
    const QLocale c = QLocale::c();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' has expired (on %2)"),
                       translated)
            .arg(name, c.toString(certificate.expiryDate().toUTC(), QStringLiteral("d MMM yyyy")));
    case QSslError::CertificateNotYetValid:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' is not valid yet (from %2)"),
                       translated)
            .arg(name, c.toString(certificate.effectiveDate().toUTC(), QStringLiteral("d MMM yyyy")));
    case QSslError::SelfSignedCertificate:
        return tlsText(
                   QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' is self-signed and not trusted"),
                   translated)
            .arg(name);
    case QSslError::SelfSignedCertificateInChain:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules",
                                         "the chain of '%1' ends in a self-signed CA that is not trusted (give it with "
                                         "--cacert)"),
                       translated)
            .arg(name);
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules",
                                         "host name mismatch: the certificate of '%1' is for %2, not for this host"),
                       translated)
            .arg(name, names.join(QStringLiteral(", ")));
    }
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tlsText(
                   QT_TRANSLATE_NOOP("RestGate::TlsRules",
                                     "the certificate of '%1' was issued by an unknown CA ('%2'); trust that CA with "
                                     "--cacert or the CA file in Preferences"),
                   translated)
            .arg(name, issuerName(certificate));
    case QSslError::CertificateRevoked:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' has been revoked"), translated)
            .arg(name);
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return tlsText(
                   QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' is not trusted for this purpose"),
                   translated)
            .arg(name);
    case QSslError::NoPeerCertificate:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "the server sent no certificate"), translated);
    case QSslError::InvalidPurpose:
        return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "the certificate of '%1' is not meant for a TLS server"),
                       translated)
            .arg(name);
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
        return tlsText(
                   QT_TRANSLATE_NOOP("RestGate::TlsRules", "the signature on the certificate of '%1' does not verify"),
                   translated)
            .arg(name);
    default:
        return certificate.isNull()
            ? error.errorString()
            : tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "%1 (certificate of '%2')"), translated)
                  .arg(error.errorString(), name);
    }
#else
    Q_UNUSED(error)
    Q_UNUSED(translated)
    return {};
#endif
}

QString insecureNote(bool translated)
{
    return tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules",
                                     "INSECURE: the server's TLS certificate was NOT checked (--insecure / the "
                                     "Preferences setting). Azure DevOps checks it, so this verdict says nothing "
                                     "about the certificate."),
                   translated);
}

QStringList insecureNotes(const QStringList &certificateErrors, bool translated)
{
    QStringList notes {insecureNote(translated)};
    if (!certificateErrors.isEmpty())
        notes.append(
            tlsText(QT_TRANSLATE_NOOP("RestGate::TlsRules", "Checked, the certificate would have been refused: %1."),
                    translated)
                .arg(certificateErrors.join(QStringLiteral("; "))));
    return notes;
}

} // namespace TlsRules

} // namespace RestGate
