#include "core/result/criteriajudge.h"
#include "core/run/taskrunner.h"
#include "netserver.h"
#include "runsupport.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/connectiontest.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace RestGate;
using TestSupport::NetServer;

namespace {

RunInput getTask(const QString &baseUrl, const QString &suffix = QStringLiteral("ok"))
{
    RunInput in;
    in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("origin"));
    in.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
    in.task.setInput(QStringLiteral("urlSuffix"), suffix);
    in.connection = ServiceConnection::create(QStringLiteral("origin"), ServiceConnection::Type::Generic, baseUrl, {});
    in.variables = VariableSet::systemDefaults();
    return in;
}

RunResult run(const RunInput &in, const NetworkSettings &network = {})
{
    RunOptions options;
    options.timeoutMs = 15'000;
    options.network = network;
    return TestSupport::runToEnd(in, options, 30);
}

QString httpsBase(const NetServer &server)
{
    return QStringLiteral("https://127.0.0.1:%1/").arg(server.port());
}

QString httpBase(const NetServer &server)
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
}

NetworkSettings trustingTestCa()
{
    NetworkSettings settings;
    settings.caFiles = {NetServer::tlsFile("ca.pem")};
    return settings;
}

NetworkSettings viaProxy(const NetServer &proxy, const QString &credentials = {})
{
    NetworkSettings settings = trustingTestCa();
    settings.proxyMode = NetworkSettings::ProxyMode::Manual;
    settings.proxyUrl = QStringLiteral("http://") + credentials + QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    settings.noProxy = QString();
    return settings;
}

QJsonObject body(const RunResult &result)
{
    return QJsonDocument::fromJson(result.body).object();
}

QString explain(const RunResult &result)
{
    return result.reasons.join(QLatin1Char('\n')) + QLatin1Char('\n') + result.errorString;
}

} // namespace

class TestNetworkRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        // The tests decide every proxy and CA themselves.
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy",
                                 "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"})
            qunsetenv(name);
    }

    void unknownCa_isRefused_naming_theCertificateAndItsIssuer()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        const RunResult result = run(getTask(httpsBase(server)));
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);
        QVERIFY2(result.errorString.contains(QLatin1String("unknown CA ('RestGate Test CA')")),
                 qPrintable(explain(result)));
        QVERIFY2(result.errorString.contains(QLatin1String("'RestGate Test Server'")), qPrintable(explain(result)));
    }

    void caFile_orSslCertFile_makeTheServerTrusted()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        RunResult result = run(getTask(httpsBase(server)), trustingTestCa());
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QVERIFY(result.tls.used);
        QVERIFY(!result.tls.insecure);
        QCOMPARE(result.tls.peerSubject.contains(QLatin1String("RestGate Test Server")), true);

        qputenv("SSL_CERT_FILE", NetServer::tlsFile("ca.pem").toLocal8Bit());
        result = run(getTask(httpsBase(server)));
        qunsetenv("SSL_CERT_FILE");
        QVERIFY2(result.passed(), qPrintable(explain(result)));
    }

    void certificateProblems_areListedInPlainWords_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("expected");
        QTest::newRow("self-signed") << "selfsigned" << true
                                     << "the certificate of 'RestGate Self-Signed' is self-signed and not trusted";
        QTest::newRow("expired") << "expired" << true
                                 << "the certificate of 'RestGate Expired Server' has expired (on 31 Jan 2020)";
        QTest::newRow("host name mismatch")
            << "wrongname" << true
            << "host name mismatch: the certificate of 'other.example' is for other.example, not for this host";
    }
    void certificateProblems_areListedInPlainWords()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustCa);
        QFETCH(QString, expected);
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile(qPrintable(certificate + QStringLiteral(".pem"))),
                          NetServer::tlsFile(qPrintable(certificate + QStringLiteral(".key")))});
        const RunResult result = run(getTask(httpsBase(server)), trustCa ? trustingTestCa() : NetworkSettings {});
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);
        QVERIFY2(result.tls.errors.contains(expected), qPrintable(result.tls.errors.join(QLatin1Char('\n'))));
        QVERIFY2(result.reasons.contains(expected), qPrintable(explain(result)));
        QVERIFY(
            result.errorString.startsWith(QStringLiteral("TLS failure talking to 127.0.0.1:%1").arg(server.port())));
    }

    void insecure_letsTheRunThrough_butEveryReasonAndTheLogSaySo()
    {
        NetServer server(
            {QStringLiteral("tls"), NetServer::tlsFile("selfsigned.pem"), NetServer::tlsFile("selfsigned.key")});
        NetworkSettings settings;
        settings.insecure = true;
        const RunResult result = run(getTask(httpsBase(server)), settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QVERIFY(result.tls.insecure);
        QCOMPARE(result.reasons.value(0), TlsRules::insecureNote());
        QVERIFY2(result.reasons.value(1).contains(QLatin1String("is self-signed and not trusted")),
                 qPrintable(explain(result)));
        QVERIFY(result.log.contains(QLatin1String("WARNING: INSECURE")));
        QVERIFY(result.options.network.insecure);
        // The same server checked: refused.
        QCOMPARE(run(getTask(httpsBase(server))).errorKind, RunResult::ErrorKind::Tls);
    }

    void clientCertificate_isShown_asPemOrPkcs12()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key"),
                          QStringLiteral("--client-ca"), NetServer::tlsFile("ca.pem")});
        const RunResult without = run(getTask(httpsBase(server)), trustingTestCa());
        QCOMPARE(without.verdict, RunResult::Verdict::Error);

        NetworkSettings pem = trustingTestCa();
        pem.clientCertificate = NetServer::tlsFile("client.pem");
        pem.clientKey = NetServer::tlsFile("client-encrypted.key");
        pem.clientKeyPassword = QStringLiteral("client-pass");
        RunResult result = run(getTask(httpsBase(server)), pem);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QCOMPARE(body(result).value(QStringLiteral("client")).toString(), QStringLiteral("RestGate Test Client"));
        QVERIFY2(result.options.network.clientKeyPassword.isEmpty(), "a result keeps no password");

        NetworkSettings p12 = trustingTestCa();
        p12.clientCertificate = NetServer::tlsFile("client.p12");
        p12.clientKeyPassword = QStringLiteral("p12-pass");
        result = run(getTask(httpsBase(server)), p12);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QCOMPARE(body(result).value(QStringLiteral("client")).toString(), QStringLiteral("RestGate Test Client"));

        p12.clientKeyPassword = QStringLiteral("wrong");
        result = run(getTask(httpsBase(server)), p12);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);
        QVERIFY2(result.errorString.contains(QLatin1String("password is wrong")), qPrintable(explain(result)));
    }

    void httpProxy_forwardsPlainHttp_andTunnelsHttps()
    {
        NetServer proxy({QStringLiteral("proxy")});
        NetServer origin({QStringLiteral("http")});
        RunResult result = run(getTask(httpBase(origin)), viaProxy(proxy));
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QCOMPARE(body(result).value(QStringLiteral("via")).toString(), QStringLiteral("1.1 restgate-test-proxy"));

        NetServer tls({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        result = run(getTask(httpsBase(tls)), viaProxy(proxy));
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QTRY_VERIFY(proxy.log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(tls.port())));
    }

    void noProxyList_bypassesTheProxy()
    {
        NetServer proxy({QStringLiteral("proxy")});
        NetServer origin({QStringLiteral("http")});
        NetworkSettings settings = viaProxy(proxy);
        settings.noProxy = QStringLiteral("example.com, 127.0.0.1");
        const RunResult result = run(getTask(httpBase(origin)), settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QVERIFY(body(result).value(QStringLiteral("via")).isNull());
        QVERIFY(!proxy.log().contains(QLatin1String("FORWARD")));
    }

    void environmentProxy_isUsed_byDefaultSettings()
    {
        NetServer proxy({QStringLiteral("proxy")});
        NetServer origin({QStringLiteral("http")});
        qputenv("http_proxy", QStringLiteral("127.0.0.1:%1").arg(proxy.port()).toLatin1());
        const RunResult result = run(getTask(httpBase(origin)));
        qunsetenv("http_proxy");
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QCOMPARE(body(result).value(QStringLiteral("via")).toString(), QStringLiteral("1.1 restgate-test-proxy"));
    }

    void proxyAuthentication_407_isNamed_andCredentialsPass()
    {
        NetServer proxy({QStringLiteral("proxy"), QStringLiteral("--auth"), QStringLiteral("alice:s3cret")});
        NetServer tls({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        RunResult result = run(getTask(httpsBase(tls)), viaProxy(proxy));
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QVERIFY2(result.errorString.contains(QLatin1String("requires authentication (407 Proxy Authentication "
                                                           "Required)")),
                 qPrintable(explain(result)));

        NetworkSettings settings = viaProxy(proxy, QStringLiteral("alice@"));
        settings.proxyPassword = QStringLiteral("s3cret");
        result = run(getTask(httpsBase(tls)), settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QVERIFY(result.options.network.proxyPassword.isEmpty());
    }

    // socks5:// resolves the name here and sends the proxy an address (as curl does); socks5h:// sends the name.
    void socks5_carriesTheRequest_resolvingAsTheSchemeSays()
    {
        NetServer socks({}, "socks5.py");
        NetServer origin({QStringLiteral("http")});
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.noProxy = QString();
        const RunInput byName = getTask(QStringLiteral("http://localhost:%1/").arg(origin.port()));

        settings.proxyUrl = QStringLiteral("socks5://127.0.0.1:%1").arg(socks.port());
        RunResult result = run(byName, settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QString log = socks.log();
        QVERIFY2(log.contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(origin.port())), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("CONNECT localhost")), qPrintable(log));

        settings.proxyUrl = QStringLiteral("socks5h://127.0.0.1:%1").arg(socks.port());
        result = run(byName, settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        log = socks.log();
        QVERIFY2(log.contains(QStringLiteral("CONNECT localhost:%1").arg(origin.port())), qPrintable(log));
    }

    void socks5_usernamePassword_passes_andAWrongOneIsAProxyError()
    {
        NetServer socks({QStringLiteral("--auth"), QStringLiteral("alice:s3cret")}, "socks5.py");
        NetServer origin({QStringLiteral("http")});
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.noProxy = QString();
        settings.proxyUrl = QStringLiteral("socks5://alice@127.0.0.1:%1").arg(socks.port());
        settings.proxyPassword = QStringLiteral("s3cret");
        RunResult result = run(getTask(httpBase(origin)), settings);
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QVERIFY(socks.log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(origin.port())));

        settings.proxyPassword = QStringLiteral("wrong");
        result = run(getTask(httpBase(origin)), settings);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QVERIFY2(socks.log().contains(QLatin1String("DENIED alice")), qPrintable(socks.log()));
        QVERIFY2(!explain(result).contains(QLatin1String("wrong")), qPrintable(explain(result)));
        // Named as SOCKS, without the HTTP 407 a SOCKS5 proxy never sends.
        QCOMPARE(
            result.errorString,
            QStringLiteral("The SOCKS5 proxy 127.0.0.1:%1 refused the credentials of user 'alice'.").arg(socks.port()));
    }

    void deadProxy_isReportedAsTheProxy()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        NetServer origin({QStringLiteral("http")});
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const RunResult result = run(getTask(httpBase(origin)), settings);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QVERIFY2(
            result.errorString.startsWith(QStringLiteral("The proxy 127.0.0.1:%1 refused the connection").arg(port)),
            qPrintable(explain(result)));
    }

    void connectionTest_usesTheSameSettings()
    {
        NetServer server(
            {QStringLiteral("tls"), NetServer::tlsFile("selfsigned.pem"), NetServer::tlsFile("selfsigned.key")});
        // The password from the environment: no keychain is asked.
        qputenv("RESTGATE_SECRET_ORIGIN", "unused");
        SecretStore store;
        AzureTokenProvider tokens;
        CredentialResolver resolver(&store, &tokens);
        resolver.setEnvironmentOverride(true);
        const ServiceConnection connection = ServiceConnection::create(
            QStringLiteral("origin"), ServiceConnection::Type::Generic, httpsBase(server), QStringLiteral("user"));
        ConnectionTester tester;
        const auto test = [&] {
            ConnectionTest *running = tester.test(connection, &resolver);
            QSignalSpy finished(running, &ConnectionTest::finished);
            if (!finished.wait(30000))
                qFatal("the connection test did not finish");
            const ConnectionTestResult result = running->result();
            delete running;
            return result;
        };
        ConnectionTestResult result = test();
        QCOMPARE(result.outcome, ConnectionTestResult::Outcome::NetworkError);
        QVERIFY2(result.message.contains(QLatin1String("is self-signed and not trusted")), qPrintable(result.message));

        NetworkSettings insecure;
        insecure.insecure = true;
        tester.setNetworkSettings(insecure);
        result = test();
        qunsetenv("RESTGATE_SECRET_ORIGIN");
        QCOMPARE(result.outcome, ConnectionTestResult::Outcome::Accepted);
        QVERIFY2(result.message.endsWith(TlsRules::insecureNote()), qPrintable(result.message));
    }

    void noRedirects_stopsAtTheFirst3xx_andSaysSo()
    {
        NetServer origin({QStringLiteral("http")});
        RunResult result = run(getTask(httpBase(origin), QStringLiteral("redirect")));
        QVERIFY2(result.passed(), qPrintable(explain(result)));
        QCOMPARE(result.redirects.size(), 1);
        QCOMPARE(result.redirects.first().status, 302);

        NetworkSettings settings;
        settings.followRedirects = false;
        result = run(getTask(httpBase(origin), QStringLiteral("redirect")), settings);
        QCOMPARE(result.status, 302);
        QCOMPARE(result.verdict, RunResult::Verdict::Failed);
        QVERIFY(result.redirects.isEmpty());
        QVERIFY2(result.reasons.last().startsWith(
                     QLatin1String("Redirects are not followed (--no-redirects / Preferences): the dry run stopped at "
                                   "this 302 Found to '/ok'.")),
                 qPrintable(explain(result)));

        // Judging the same response again (new criteria in the window) rebuilds the reasons; the redirect it
        // stopped at is still the reason the verdict is not the server's.
        const RunResult again = CriteriaJudge::rejudged(
            result, CriteriaJudge::evaluate(QStringLiteral("eq(1, 1)"), VariableSet {}, result.body, false));
        QCOMPARE(again.reasons.count(result.reasons.last()), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkRun)
#include "tst_networkrun.moc"
