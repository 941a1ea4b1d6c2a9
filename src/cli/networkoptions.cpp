#include "cli/networkoptions.h"

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace RestGate::Cli {

namespace {

const QString caCertOption = QStringLiteral("cacert");
const QString caPathOption = QStringLiteral("capath");
const QString certOption = QStringLiteral("cert");
const QString keyOption = QStringLiteral("key");
const QString certPasswordEnvOption = QStringLiteral("cert-password-env");
const QString insecureOption = QStringLiteral("insecure");
const QString proxyOption = QStringLiteral("proxy");
const QString noProxyOption = QStringLiteral("noproxy");
const QString proxyPasswordEnvOption = QStringLiteral("proxy-password-env");
const QString noRedirectsOption = QStringLiteral("no-redirects");

// A password named by an environment variable: a command line is visible to every user of the machine (ps).
bool passwordFromEnvironment(const QString &variable, const QString &option, QString *password, QString *error)
{
    const QByteArray name = variable.toLocal8Bit();
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(name.constData())) {
        *error = QCoreApplication::translate("RestGate::Cli::NetworkOptions",
                                             "--%1: the environment variable '%2' is not set")
                     .arg(option, variable);
        return false;
    }
    *password = qEnvironmentVariable(name.constData());
    return true;
}

} // namespace

void addNetworkOptions(CommandLine *parser)
{
    parser->addOptions({
        {caCertOption,
         QCoreApplication::translate(
             "RestGate::Cli::NetworkOptions",
             "Also trust the CA certificates in FILE (PEM or DER). Repeatable. SSL_CERT_FILE and "
             "SSL_CERT_DIR are honoured too."),
         QStringLiteral("FILE")},
        {caPathOption,
         QCoreApplication::translate("RestGate::Cli::NetworkOptions",
                                     "Also trust the CA certificates in DIR. Repeatable."),
         QStringLiteral("DIR")},
        {certOption,
         QCoreApplication::translate("RestGate::Cli::NetworkOptions",
                                     "Client certificate: PEM (with --key, or the key in the same file) or PKCS#12 "
                                     "(.p12/.pfx)."),
         QStringLiteral("FILE")},
        {keyOption,
         QCoreApplication::translate("RestGate::Cli::NetworkOptions", "The client certificate's PEM private key."),
         QStringLiteral("FILE")},
        {certPasswordEnvOption,
         QCoreApplication::translate(
             "RestGate::Cli::NetworkOptions",
             "Read the key or PKCS#12 password from environment variable NAME (never a password on the "
             "command line)."),
         QStringLiteral("NAME")},
        {insecureOption,
         QCoreApplication::translate(
             "RestGate::Cli::NetworkOptions",
             "Do not check the server's TLS certificate. Every output then says the certificate was not "
             "checked.")},
        {proxyOption,
         QCoreApplication::translate(
             "RestGate::Cli::NetworkOptions",
             "Use this proxy (http://, socks5://, socks5h://; user@ allowed) instead of HTTPS_PROXY / "
             "HTTP_PROXY / ALL_PROXY. \"\" means none."),
         QStringLiteral("URL")},
        {noProxyOption,
         QCoreApplication::translate(
             "RestGate::Cli::NetworkOptions",
             "Hosts that bypass the proxy, curl's syntax: comma-separated names (subdomains match), "
             "addresses, subnets, host:port, or *. Replaces NO_PROXY."),
         QStringLiteral("LIST")},
        {proxyPasswordEnvOption,
         QCoreApplication::translate("RestGate::Cli::NetworkOptions",
                                     "Read the proxy password from environment variable NAME."),
         QStringLiteral("NAME")},
        {noRedirectsOption,
         QCoreApplication::translate("RestGate::Cli::NetworkOptions",
                                     "Stop at the first redirect (3xx) instead of following it.")},
    });
}

std::optional<NetworkSettings> networkSettingsFrom(const CommandLine &parser, QString *error)
{
    NetworkSettings settings;
    settings.caFiles = parser.values(caCertOption);
    settings.caDirectories = parser.values(caPathOption);
    settings.clientCertificate = parser.value(certOption);
    settings.clientKey = parser.value(keyOption);
    settings.insecure = parser.isSet(insecureOption);
    settings.followRedirects = !parser.isSet(noRedirectsOption);
    if (!settings.clientKey.isEmpty() && settings.clientCertificate.isEmpty()) {
        *error = QCoreApplication::translate("RestGate::Cli::NetworkOptions", "--key needs --cert");
        return std::nullopt;
    }
    if (parser.isSet(certPasswordEnvOption)) {
        if (settings.clientCertificate.isEmpty()) {
            *error = QCoreApplication::translate("RestGate::Cli::NetworkOptions", "--cert-password-env needs --cert");
            return std::nullopt;
        }
        if (!passwordFromEnvironment(parser.value(certPasswordEnvOption), certPasswordEnvOption,
                                     &settings.clientKeyPassword, error))
            return std::nullopt;
    }
    if (parser.isSet(proxyOption)) {
        settings.proxyUrl = parser.value(proxyOption).trimmed();
        settings.proxyMode =
            settings.proxyUrl.isEmpty() ? NetworkSettings::ProxyMode::None : NetworkSettings::ProxyMode::Manual;
        if (!settings.proxyUrl.isEmpty() && !ProxyRules::parseProxyUrl(settings.proxyUrl, error)) {
            error->prepend(QStringLiteral("--proxy: "));
            return std::nullopt;
        }
    }
    if (parser.isSet(noProxyOption))
        settings.noProxy = parser.value(noProxyOption);
    if (parser.isSet(proxyPasswordEnvOption)
        && !passwordFromEnvironment(parser.value(proxyPasswordEnvOption), proxyPasswordEnvOption,
                                    &settings.proxyPassword, error))
        return std::nullopt;
    // Files are read when the run starts; a typo is a usage error now rather than an ERROR verdict per task.
    for (const QString &file : settings.caFiles + QStringList {settings.clientCertificate, settings.clientKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isFile()) {
            *error = QCoreApplication::translate("RestGate::Cli::NetworkOptions", "no such file: %1").arg(file);
            return std::nullopt;
        }
    }
    for (const QString &directory : std::as_const(settings.caDirectories)) {
        if (!QFileInfo(directory).isDir()) {
            *error = QCoreApplication::translate("RestGate::Cli::NetworkOptions", "--capath: no such directory: %1")
                         .arg(directory);
            return std::nullopt;
        }
    }
    return settings;
}

} // namespace RestGate::Cli
