#pragma once

#include "core/design/displaytext.h"

#include <QList>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSslConfiguration;
class QSslError;

namespace RestGate {

/// How a dry run reaches the server on a corporate network: which CAs it trusts, the client certificate it shows,
/// the proxy it goes through and whether it follows redirects. A plain value carried in RunOptions; the passwords
/// in it live in memory only (withoutSecrets() is what a result keeps).
struct NetworkSettings
{
    enum class ProxyMode
    {
        Environment, ///< curl's rules: https_proxy / HTTPS_PROXY, http_proxy, all_proxy / ALL_PROXY, no_proxy
        None, ///< always direct
        Manual, ///< proxyUrl, whatever the environment says
    };

    /// Trusted in addition to the system's CAs. SSL_CERT_FILE and SSL_CERT_DIR are honoured on top (as OpenSSL
    /// and curl do), unless ignoreCertificateEnvironment is set.
    QStringList caFiles;
    QStringList caDirectories;
    bool ignoreCertificateEnvironment = false;
    /// PEM (certificate, maybe with its key) or PKCS#12 (.p12 / .pfx: certificate and key in one file).
    QString clientCertificate;
    QString clientKey; ///< PEM key when the certificate file has none
    QString clientKeyPassword; ///< for an encrypted PEM key or a PKCS#12 file; a secret
    /// TLS errors are listed but do not stop the run. Every output says the certificate was not checked.
    bool insecure = false;

    ProxyMode proxyMode = ProxyMode::Environment;
    QString proxyUrl; ///< Manual: http://, socks5:// or socks5h://, user:password@ allowed
    /// Hosts that bypass the proxy, curl's NO_PROXY syntax; when set it replaces no_proxy / NO_PROXY.
    std::optional<QString> noProxy;
    QString proxyUser; ///< overrides a user in the proxy URL
    QString proxyPassword; ///< a secret

    bool followRedirects = true;

    /// The same settings with the passwords dropped: what a run result (and so history) may keep.
    NetworkSettings withoutSecrets() const;
    bool usesClientCertificate() const { return !clientCertificate.isEmpty(); }

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

/// Which proxy a URL goes through, by curl's rules. Never throws away a problem: an unusable proxy URL is an error
/// the run reports, not a silent direct connection.
struct ProxyChoice
{
    QNetworkProxy proxy {QNetworkProxy::NoProxy};
    QString source; ///< where it came from: "--proxy / Preferences", "HTTPS_PROXY", ...
    QString error; ///< the proxy URL cannot be used; the run must not go out
    QString shownError; ///< `error` in the user's language, for reasons; the error field and the log keep English

    bool direct() const { return proxy.type() == QNetworkProxy::NoProxy; }
    /// "proxy 127.0.0.1:3128", "SOCKS5 proxy 127.0.0.1:1080": how messages name it (`translated`: in the user's
    /// language, for reasons; the error field and the log keep English).
    QString description(bool translated = false) const;
    /// `source` as the user's language words it ("the configured proxy"; variable names stay).
    QString shownSource() const;
};

namespace ProxyRules {

/// True when `url`'s host is in the NO_PROXY list, matched as curl does:
///
///     "*"                       -> every host
///     "example.com"             -> example.com, api.example.com (not badexample.com)
///     ".example.com"            -> the same as example.com
///     "example.com:8443"        -> only that port
///     "127.0.0.1", "::1"        -> that address;  "10.0.0.0/8" -> a whole subnet
///
/// Entries are separated by commas or white space and compared ignoring case.
bool bypasses(const QString &noProxyList, const QUrl &url);

/// `http://host:3128`, `socks5h://user:pw@host` (no scheme: http; no port: 1080, curl's default). socks5:// resolves
/// names locally, socks5h:// on the proxy. https:// and socks4 proxies are refused with a reason.
/// `error` is in the user's language (a settings dialog or the CLI shows it); the DisplayText overload has both.
std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *error);
std::optional<QNetworkProxy> parseProxyUrl(const QString &text, DisplayText *error);

/// The proxy for `url` under `settings`, reading the proxy variables from `environment`.
ProxyChoice choose(const NetworkSettings &settings, const QUrl &url,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace ProxyRules

/// Hands Qt the proxy ProxyRules::choose() picks for each request, so every request of a network access manager
/// follows the same settings. An unusable proxy URL yields "direct" here: the runner checks choose() first and
/// stops the run with the error instead.
class SettingsProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SettingsProxyFactory(const NetworkSettings &settings)
        : m_settings(settings)
        , m_environment(QProcessEnvironment::systemEnvironment())
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    NetworkSettings m_settings;
    QProcessEnvironment m_environment;
};

namespace TlsRules {

/// The TLS configuration for `settings`: the system's CAs plus the custom ones, the client certificate and key.
/// False, with a sentence in `error`, when a file cannot be read or holds no certificate (or the wrong password).
/// `problem` has the English sentence for the error field and log and the user's language for reasons; the QString
/// overload gives the English one. Only certificates are cached between runs, never a message, so a message always
/// follows the language in force.
bool configure(const NetworkSettings &settings, QSslConfiguration *configuration, DisplayText *problem,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
bool configure(const NetworkSettings &settings, QSslConfiguration *configuration, QString *error,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// One certificate problem in plain words, naming the certificate (`translated`: in the user's language):
///
///     "the certificate of 'RestGate Self-Signed' is self-signed and not trusted"
///     "the certificate of 'other.example' has expired (on 2 Jan 2020)"
QString describe(const QSslError &error, bool translated = false);

/// The note every output carries when `insecure` let a run through: the certificate was not checked. `translated`:
/// in the user's language, for reasons; the agent-format log keeps English.
QString insecureNote(bool translated = false);
/// The reasons an insecure run's verdict starts with, wherever it is judged (the run, or a re-judge later):
/// insecureNote(), then what checking would have refused, if anything.
QStringList insecureNotes(const QStringList &certificateErrors, bool translated = false);

} // namespace TlsRules

} // namespace RestGate
