#include "netserver.h"

#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using RestGate::TestSupport::NetServer;

// restgate-cli run's network options end to end: real TLS origins with the test PKI, the test proxy, and what each
// output format says.
class TestCliNetwork : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    QString design(const QString &baseUrl, const QString &suffix = QStringLiteral("ok"))
    {
        const QString path = m_dir.filePath(QStringLiteral("net.restgate.yml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the design");
        file.write(QStringLiteral("restgate: 1\nconnections:\n- name: origin\n  url: %1\ntasks:\n"
                                  "- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: origin\n"
                                  "    method: GET\n    urlSuffix: %2\n")
                       .arg(baseUrl, suffix)
                       .toUtf8());
        return path;
    }

    static Outcome cli(const QStringList &arguments, const QHash<QString, QString> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy",
                                 "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"})
            env.remove(QString::fromLatin1(name));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RESTGATE_CLI_PATH), QStringList {QStringLiteral("run")} + arguments);
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString httpsBase(const NetServer &server)
    {
        return QStringLiteral("https://127.0.0.1:%1/").arg(server.port());
    }
    static QString httpBase(const NetServer &server)
    {
        return QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unknownCa_isNamed_andCacertTrustsIt()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        const QString path = design(httpsBase(server));
        Outcome run = cli({path});
        QVERIFY(run.exitCode != 0); // an ERROR verdict
        QVERIFY2(run.out.contains(QLatin1String("was issued by an unknown CA ('RestGate Test CA')")),
                 qPrintable(run.out));
        run = cli({path, QStringLiteral("--cacert"), NetServer::tlsFile("ca.pem")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        run = cli({path}, {{QStringLiteral("SSL_CERT_FILE"), NetServer::tlsFile("ca.pem")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void certificateEnvironment_isReadOnlyForTls()
    {
        // As curl: a CA bundle that cannot be read matters only to a request that uses TLS. The store is read at
        // the first https hop, so a plain http run never pays for parsing the system store these variables name.
        const QString missing = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        NetServer plain({QStringLiteral("http")});
        Outcome run = cli({design(httpBase(plain))}, {{QStringLiteral("SSL_CERT_FILE"), missing}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        NetServer tls({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        run = cli({design(httpsBase(tls))}, {{QStringLiteral("SSL_CERT_FILE"), missing}});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.out.contains(QLatin1String("does not exist or is not a file. (SSL_CERT_FILE)")),
                 qPrintable(run.out));
    }

    void insecure_isLoudInTextJsonAndJUnit()
    {
        NetServer server(
            {QStringLiteral("tls"), NetServer::tlsFile("selfsigned.pem"), NetServer::tlsFile("selfsigned.key")});
        const QString path = design(httpsBase(server));
        Outcome run = cli({path, QStringLiteral("--insecure")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(
            run.out.contains(QLatin1String("  PASSED\n    - INSECURE: the server's TLS certificate was NOT checked")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("is self-signed and not trusted")), qPrintable(run.out));

        const QString report = m_dir.filePath(QStringLiteral("report.xml"));
        run = cli({path, QStringLiteral("--insecure"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--junit"), report});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
        QVERIFY(json.value(QStringLiteral("passed")).toBool());
        QCOMPARE(json.value(QStringLiteral("tlsCertificateChecked")), QJsonValue(false));
        QVERIFY(json.value(QStringLiteral("reasons")).toArray().at(0).toString().startsWith(QLatin1String("INSECURE")));
        QFile xml(report);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QDomDocument junit;
        QVERIFY(junit.setContent(&xml));
        const QString systemOut = junit.elementsByTagName(QStringLiteral("system-out")).at(0).toElement().text();
        QVERIFY2(systemOut.contains(QLatin1String("WARNING: INSECURE")), qPrintable(systemOut));
    }

    void clientCertificate_passwordComesFromTheNamedVariable()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key"),
                          QStringLiteral("--client-ca"), NetServer::tlsFile("ca.pem")});
        const QString path = design(httpsBase(server));
        const QStringList base {path,
                                QStringLiteral("--cacert"),
                                NetServer::tlsFile("ca.pem"),
                                QStringLiteral("--cert"),
                                NetServer::tlsFile("client.p12"),
                                QStringLiteral("--cert-password-env"),
                                QStringLiteral("RG_P12_PASSWORD")};
        Outcome run = cli(base, {{QStringLiteral("RG_P12_PASSWORD"), QStringLiteral("p12-pass")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(!run.out.contains(QLatin1String("p12-pass")));
        run = cli(base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("the environment variable 'RG_P12_PASSWORD' is not set")),
                 qPrintable(run.err));
    }

    void proxy_deadOrBypassed_andBadProxyUrl()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int dead = closed.serverPort();
        closed.close();
        NetServer origin({QStringLiteral("http")});
        const QString path = design(httpBase(origin));
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(dead);
        Outcome run = cli({path, QStringLiteral("--proxy"), proxy});
        QVERIFY(run.exitCode != 0); // an ERROR verdict
        QVERIFY2(run.out.contains(QStringLiteral("The proxy 127.0.0.1:%1 refused the connection").arg(dead)),
                 qPrintable(run.out));
        run = cli({path, QStringLiteral("--proxy"), proxy, QStringLiteral("--noproxy"), QStringLiteral("127.0.0.1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        run = cli({path}, {{QStringLiteral("http_proxy"), proxy}, {QStringLiteral("no_proxy"), QStringLiteral("*")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        NetServer working({QStringLiteral("proxy")});
        run = cli({path}, {{QStringLiteral("http_proxy"), QStringLiteral("127.0.0.1:%1").arg(working.port())}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(working.log().contains(QLatin1String("FORWARD http://127.0.0.1:")));

        run = cli({path, QStringLiteral("--proxy"), QStringLiteral("socks4://127.0.0.1:1080")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--proxy: The proxy scheme 'socks4://' is not supported")),
                 qPrintable(run.err));
    }

    void socks5Proxy_carriesTheRun_withItsPasswordFromTheEnvironment()
    {
        NetServer origin({QStringLiteral("http")});
        const QString path = design(QStringLiteral("http://localhost:%1/").arg(origin.port()));
        const QString target = QStringLiteral(":%1").arg(origin.port());
        {
            NetServer socks({}, "socks5.py");
            Outcome run =
                cli({path, QStringLiteral("--proxy"), QStringLiteral("socks5://127.0.0.1:%1").arg(socks.port())});
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            // socks5:// as curl: the name is resolved here, the proxy is handed the address.
            QVERIFY2(socks.log().contains(QStringLiteral("CONNECT 127.0.0.1") + target), qPrintable(socks.log()));
            run = cli({path},
                      {{QStringLiteral("ALL_PROXY"), QStringLiteral("socks5h://127.0.0.1:%1").arg(socks.port())}});
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            // socks5h:// as curl: the proxy is handed the name.
            QVERIFY2(socks.log().contains(QStringLiteral("CONNECT localhost") + target), qPrintable(socks.log()));
        }
        NetServer socks({QStringLiteral("--auth"), QStringLiteral("alice:s3cret")}, "socks5.py");
        const QStringList viaSocks {path, QStringLiteral("--proxy"),
                                    QStringLiteral("socks5://alice@127.0.0.1:%1").arg(socks.port()),
                                    QStringLiteral("--proxy-password-env"), QStringLiteral("RG_TEST_PROXY_PASSWORD")};
        Outcome run = cli(viaSocks, {{QStringLiteral("RG_TEST_PROXY_PASSWORD"), QStringLiteral("s3cret")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(socks.log().count(QLatin1String("CONNECT ")), 1);
        run = cli(viaSocks, {{QStringLiteral("RG_TEST_PROXY_PASSWORD"), QStringLiteral("wrong")}});
        QCOMPARE(run.exitCode, 2); // no answer to judge: the proxy turned the run away
        QVERIFY2(socks.log().contains(QLatin1String("DENIED alice")), qPrintable(socks.log()));
        QVERIFY2(run.out.contains(QStringLiteral("SOCKS5 proxy 127.0.0.1:%1").arg(socks.port())), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("wrong")));
        QVERIFY2(run.out.contains(QStringLiteral("refused the credentials of user 'alice'.")), qPrintable(run.out));
    }

    void noRedirects_stopsAtTheFirst3xx_andSaysSo()
    {
        NetServer origin({QStringLiteral("http")});
        const QString path = design(httpBase(origin), QStringLiteral("redirect"));
        Outcome run = cli({path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("  -> 302 Found: GET ")));
        run = cli({path, QStringLiteral("--no-redirects")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("Redirects are not followed (--no-redirects / Preferences)")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("  -> 302")));
    }

    void missingFiles_areUsageErrors()
    {
        NetServer origin({QStringLiteral("http")});
        const QString path = design(httpBase(origin));
        Outcome run = cli({path, QStringLiteral("--cacert"), QStringLiteral("/nowhere/ca.pem")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("no such file: /nowhere/ca.pem")), qPrintable(run.err));
        run = cli({path, QStringLiteral("--key"), NetServer::tlsFile("client.key")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--key needs --cert")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
