#include "core/run/networksettings.h"

#include <QDateTime>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

namespace {

QString tls(const char *name)
{
    return QStringLiteral(RESTGATE_SOURCE_DIR "/tests/data/tls/") + QLatin1String(name);
}

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return env;
}

} // namespace

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxy_matchesLikeCurl_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("bypassed");
        const auto row = [](const char *name, const char *list, const char *url, bool bypassed) {
            QTest::newRow(name) << QString::fromLatin1(list) << QString::fromLatin1(url) << bypassed;
        };
        row("star bypasses everything", "*", "https://api.example.com/x", true);
        row("star among others is only a name", "foo, *", "https://api.example.com/x", false);
        row("empty list bypasses nothing", "", "https://example.com", false);
        row("bare domain matches itself", "example.com", "https://example.com/", true);
        row("bare domain matches a subdomain", "example.com", "https://api.example.com/", true);
        row("bare domain matches deep subdomains", "example.com", "https://a.b.example.com/", true);
        row("bare domain is not a suffix of another name", "example.com", "https://badexample.com/", false);
        row("leading dot matches a subdomain", ".example.com", "https://api.example.com/", true);
        row("leading dot matches the domain itself", ".example.com", "https://example.com/", true);
        row("case is ignored", "EXAMPLE.com", "https://Api.Example.COM/", true);
        row("trailing dot of the host is ignored", "example.com", "https://api.example.com./", true);
        row("comma separated", "foo.test,example.com", "https://example.com/", true);
        row("spaces separate too", "foo.test  example.com", "https://example.com/", true);
        row("other names do not match", "foo.test,bar.test", "https://example.com/", false);
        row("port given and equal", "example.com:8443", "https://example.com:8443/", true);
        row("port given and different", "example.com:8443", "https://example.com/", false);
        row("port matches the scheme default", "example.com:443", "https://example.com/", true);
        row("IPv4 literal", "127.0.0.1", "http://127.0.0.1:8080/", true);
        row("IPv4 literal differs", "127.0.0.1", "http://127.0.0.2:8080/", false);
        row("IPv4 subnet", "10.0.0.0/8", "http://10.20.30.40/", true);
        row("IPv4 outside subnet", "10.0.0.0/8", "http://11.0.0.1/", false);
        row("IPv6 literal", "::1", "http://[::1]:8080/", true);
        row("IPv6 in brackets with port", "[::1]:8080", "http://[::1]:8080/", true);
        row("IPv6 in brackets, other port", "[::1]:9090", "http://[::1]:8080/", false);
        row("IP entry does not match a name", "127.0.0.1", "http://localhost/", false);
        row("localhost by name", "localhost", "http://localhost:3000/", true);
    }
    void noProxy_matchesLikeCurl()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, bypassed);
        QCOMPARE(ProxyRules::bypasses(noProxy, QUrl(url)), bypassed);
    }

    void environment_picksTheVariableCurlPicks_data()
    {
        QTest::addColumn<QProcessEnvironment>("env");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedHost"); // empty: direct
        QTest::addColumn<QString>("expectedSource");
        QTest::newRow("https_proxy for https")
            << environment({{"https_proxy", "http://lower:1"}, {"HTTPS_PROXY", "http://upper:2"}})
            << "https://example.com"
            << "lower"
            << "https_proxy";
        QTest::newRow("HTTPS_PROXY when no lower case")
            << environment({{"HTTPS_PROXY", "http://upper:2"}}) << "https://example.com"
            << "upper"
            << "HTTPS_PROXY";
        QTest::newRow("http_proxy for http") << environment({{"http_proxy", "http://h:1"}}) << "http://example.com"
                                             << "h"
                                             << "http_proxy";
        QTest::newRow("HTTP_PROXY ignored, as curl does")
            << environment({{"HTTP_PROXY", "http://h:1"}}) << "http://example.com"
            << ""
            << "";
        QTest::newRow("https_proxy not used for http")
            << environment({{"https_proxy", "http://s:1"}}) << "http://example.com"
            << ""
            << "";
        QTest::newRow("ALL_PROXY as the fallback")
            << environment({{"ALL_PROXY", "socks5h://all:1080"}}) << "https://example.com"
            << "all"
            << "ALL_PROXY";
        QTest::newRow("all_proxy before ALL_PROXY")
            << environment({{"all_proxy", "http://a:1"}, {"ALL_PROXY", "http://b:1"}}) << "http://example.com"
            << "a"
            << "all_proxy";
        QTest::newRow("scheme variable wins over all_proxy")
            << environment({{"all_proxy", "http://a:1"}, {"https_proxy", "http://s:1"}}) << "https://example.com"
            << "s"
            << "https_proxy";
        QTest::newRow("NO_PROXY bypasses")
            << environment({{"https_proxy", "http://s:1"}, {"NO_PROXY", ".example.com"}}) << "https://api.example.com"
            << ""
            << "";
        QTest::newRow("no_proxy before NO_PROXY")
            << environment({{"https_proxy", "http://s:1"}, {"no_proxy", "other.test"}, {"NO_PROXY", "*"}})
            << "https://example.com"
            << "s"
            << "https_proxy";
        QTest::newRow("empty variable is unset")
            << environment({{"https_proxy", ""}, {"HTTPS_PROXY", "http://u:1"}}) << "https://example.com"
            << "u"
            << "HTTPS_PROXY";
    }
    void environment_picksTheVariableCurlPicks()
    {
        QFETCH(QProcessEnvironment, env);
        QFETCH(QString, url);
        QFETCH(QString, expectedHost);
        QFETCH(QString, expectedSource);
        const ProxyChoice choice = ProxyRules::choose(NetworkSettings {}, QUrl(url), env);
        QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
        QCOMPARE(choice.proxy.hostName(), expectedHost);
        QCOMPARE(choice.direct(), expectedHost.isEmpty());
        QCOMPARE(choice.source, expectedSource);
    }

    void manualProxy_overridesTheEnvironment_andNoProxyOption_replacesNO_PROXY()
    {
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.proxyUrl = QStringLiteral("http://manual.test:3128");
        const auto env = environment({{"https_proxy", "http://env:1"}, {"NO_PROXY", "example.com"}});
        QCOMPARE(ProxyRules::choose(settings, QUrl(QStringLiteral("https://example.com")), env).direct(), true);
        settings.noProxy = QStringLiteral("other.test");
        const ProxyChoice choice = ProxyRules::choose(settings, QUrl(QStringLiteral("https://example.com")), env);
        QCOMPARE(choice.proxy.hostName(), QStringLiteral("manual.test"));
        QCOMPARE(choice.proxy.port(), quint16(3128));
        settings.proxyMode = NetworkSettings::ProxyMode::None;
        QVERIFY(ProxyRules::choose(settings, QUrl(QStringLiteral("https://example.com")), env).direct());
    }

    void proxyUrl_parsesSchemesCredentialsAndDefaults()
    {
        QString error;
        auto proxy = ProxyRules::parseProxyUrl(QStringLiteral("proxy.test"), &error);
        QVERIFY(proxy);
        QCOMPARE(proxy->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy->port(), quint16(1080)); // curl's default
        proxy = ProxyRules::parseProxyUrl(QStringLiteral("http://al%40ice:p%3Ass@proxy.test:8080"), &error);
        QVERIFY(proxy);
        QCOMPARE(proxy->user(), QStringLiteral("al@ice"));
        QCOMPARE(proxy->password(), QStringLiteral("p:ss"));
        proxy = ProxyRules::parseProxyUrl(QStringLiteral("socks5h://127.0.0.1:1080"), &error);
        QVERIFY(proxy);
        QCOMPARE(proxy->type(), QNetworkProxy::Socks5Proxy);
        QVERIFY(proxy->capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
        proxy = ProxyRules::parseProxyUrl(QStringLiteral("socks5://127.0.0.1:1080"), &error);
        QVERIFY(proxy);
        QVERIFY(!proxy->capabilities().testFlag(QNetworkProxy::HostNameLookupCapability));
        QVERIFY(!ProxyRules::parseProxyUrl(QStringLiteral("socks4://127.0.0.1"), &error));
        QVERIFY2(error.contains(QLatin1String("socks4://")), qPrintable(error));
        QVERIFY(!ProxyRules::parseProxyUrl(QStringLiteral("http://"), &error));
    }

    void badProxyInEnvironment_isAnError_notADirectConnection()
    {
        const ProxyChoice choice = ProxyRules::choose(NetworkSettings {}, QUrl(QStringLiteral("https://example.com")),
                                                      environment({{"HTTPS_PROXY", "ftp://proxy.test"}}));
        QVERIFY(!choice.error.isEmpty());
        QVERIFY2(choice.error.contains(QLatin1String("HTTPS_PROXY")), qPrintable(choice.error));
    }

    void withoutSecrets_dropsBothPasswords()
    {
        NetworkSettings settings;
        settings.clientKeyPassword = QStringLiteral("key-secret");
        settings.proxyPassword = QStringLiteral("proxy-secret");
        settings.proxyUser = QStringLiteral("alice");
        const NetworkSettings safe = settings.withoutSecrets();
        QVERIFY(safe.clientKeyPassword.isEmpty());
        QVERIFY(safe.proxyPassword.isEmpty());
        QCOMPARE(safe.proxyUser, QStringLiteral("alice"));
    }

    void tlsConfiguration_addsCaFileAndEnvironmentCa()
    {
        const qsizetype systemCount = QSslConfiguration::defaultConfiguration().caCertificates().size();
        NetworkSettings settings;
        settings.caFiles = {tls("ca.pem")};
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QString error;
        QVERIFY2(TlsRules::configure(settings, &config, &error, QProcessEnvironment()), qPrintable(error));
        QCOMPARE(config.caCertificates().size(), systemCount + 1);

        config = QSslConfiguration::defaultConfiguration();
        QVERIFY(TlsRules::configure(NetworkSettings {}, &config, &error,
                                    environment({{"SSL_CERT_FILE", RESTGATE_SOURCE_DIR "/tests/data/tls/ca.pem"}})));
        QCOMPARE(config.caCertificates().size(), systemCount + 1);
    }

    // CA files are cached between runs (SSL_CERT_FILE often names the whole system bundle); an edited file must be
    // read again, not served from the cache, and a directory that gains a file must give its certificate too.
    void tlsConfiguration_rereadsACaFileOrDirectoryThatChanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("trust.pem"));
        const auto write = [&](const char *source, const QDateTime &when) {
            QFile::remove(file);
            QVERIFY(QFile::copy(tls(source), file));
            QFile touched(file);
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(when, QFileDevice::FileModificationTime));
        };
        const auto trusted = [&](const NetworkSettings &settings) {
            QSslConfiguration config;
            config.setCaCertificates({});
            QString error;
            if (!TlsRules::configure(settings, &config, &error, QProcessEnvironment()))
                return QStringList {error};
            QStringList names;
            for (const QSslCertificate &certificate : config.caCertificates())
                names.append(certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')));
            return names;
        };
        NetworkSettings byFile;
        byFile.caFiles = {file};
        const QDateTime base = QDateTime::currentDateTime().addSecs(-60);
        write("ca.pem", base);
        const QStringList first = trusted(byFile);
        QCOMPARE(first.size(), 1);
        QCOMPARE(trusted(byFile), first); // served from the cache: same answer

        write("selfsigned.pem", base.addSecs(10));
        const QStringList second = trusted(byFile);
        QCOMPARE(second.size(), 1);
        QVERIFY2(second != first, qPrintable(second.join(QLatin1Char(' '))));

        NetworkSettings byDirectory;
        byDirectory.caDirectories = {dir.path()};
        QCOMPARE(trusted(byDirectory), second);
        QVERIFY(QFile::copy(tls("ca.pem"), dir.filePath(QStringLiteral("another.pem"))));
        QCOMPARE(trusted(byDirectory).size(), 2);
    }

    void tlsConfiguration_badFiles_sayWhichAndWhy_data()
    {
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing CA file") << tls("nope.pem") << ""
                                         << ""
                                         << ""
                                         << "does not exist";
        QTest::newRow("CA file without a certificate") << tls("make-certs.py") << ""
                                                       << ""
                                                       << ""
                                                       << "no PEM or DER";
        QTest::newRow("encrypted key without password") << "" << tls("client.pem") << tls("client-encrypted.key") << ""
                                                        << "encrypted";
        QTest::newRow("encrypted key, wrong password")
            << "" << tls("client.pem") << tls("client-encrypted.key") << "nope"
            << "password is wrong";
        QTest::newRow("certificate without key") << "" << tls("client.pem") << ""
                                                 << ""
                                                 << "No private key";
        QTest::newRow("PKCS#12 wrong password") << "" << tls("client.p12") << ""
                                                << "nope"
                                                << "PKCS#12";
    }
    void tlsConfiguration_badFiles_sayWhichAndWhy()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        NetworkSettings settings;
        if (!caFile.isEmpty())
            settings.caFiles = {caFile};
        settings.clientCertificate = certificate;
        settings.clientKey = key;
        settings.clientKeyPassword = password;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QString error;
        QVERIFY(!TlsRules::configure(settings, &config, &error, QProcessEnvironment()));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void clientCertificate_loadsFromPemAndPkcs12()
    {
        for (const auto &[certificate, key, password] :
             {std::tuple {tls("client.pem"), tls("client.key"), QString()},
              std::tuple {tls("client.pem"), tls("client-encrypted.key"), QStringLiteral("client-pass")},
              std::tuple {tls("client.p12"), QString(), QStringLiteral("p12-pass")}}) {
            NetworkSettings settings;
            settings.clientCertificate = certificate;
            settings.clientKey = key;
            settings.clientKeyPassword = password;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            QString error;
            QVERIFY2(TlsRules::configure(settings, &config, &error, QProcessEnvironment()), qPrintable(error));
            QCOMPARE(config.localCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
                     QStringLiteral("RestGate Test Client"));
            QVERIFY(!config.privateKey().isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"
