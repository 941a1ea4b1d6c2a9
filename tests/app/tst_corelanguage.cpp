#include "callback/callbacksettings.h"
#include "callback/callbackverdict.h"
#include "core/design/displaytext.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/expression/criteriaevaluator.h"
#include "core/run/gatesimulator.h"
#include "core/run/taskrunner.h"
#include "rawhttpserver.h"
#include "runsupport.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/connectioncredentials.h"
#include "secrets/connectiontest.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace RestGate;
using TestSupport::getFrom;
using TestSupport::RawHttpServer;

namespace {

RawHttpServer::Handler answering(const QByteArray &bytes)
{
    return [bytes](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(bytes);
        socket->flush();
        socket->disconnectFromHost();
    };
}

} // namespace

/// Core's messages (runner, request checks, criteria hints, findings) come out in the user's language once a catalogue
/// is installed, numbers written the way that language writes them, while what programs and the agent's log read
/// (the error string, the log) stays English. The other tests run without a catalogue and compare the English.
class TestCoreLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The system locale may be anything: the catalogue, not the locale, says how numbers are written.
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_german.load(QStringLiteral(":/i18n/restgate_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }

    void numbers_followTheCatalogue_machineTextKeepsThePoint()
    {
        QCOMPARE(shownLocale().language(), QLocale::German);
        const DisplayText text =
            DisplayText::translate("TaskRunner", "The request timed out after %1 seconds as no response was received.")
                .arg(0.5);
        QCOMPARE(text.english, QStringLiteral("The request timed out after 0.5 seconds as no response was received."));
        QCOMPARE(text.shown, QStringLiteral("Die Anfrage ist nach 0,5 Sekunden abgelaufen, da keine Antwort einging."));
        QCoreApplication::removeTranslator(&m_german);
        QCOMPARE(shownLocale().toString(0.5), QStringLiteral("0.5"));
        QCoreApplication::installTranslator(&m_german);
    }

    void connectionTest_inGerman()
    {
        ConnectionTester tester;
        ServiceConnection connection;
        connection.name = QStringLiteral("api");
        connection.url = QStringLiteral("ftp://example.test");
        // An unusable URL is answered before any credential is asked for.
        ConnectionTest *test = tester.test(connection, nullptr);
        QSignalSpy finished(test, &ConnectionTest::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(test->result().message,
                 QStringLiteral("'ftp://example.test' ist keine absolute http- oder https-URL."));
    }

    void keychainMessage_inGerman_englishKeptForTheErrorField()
    {
        SecretStore store;
        const SecretResult result =
            store.writeSync(SecretKey::forConnection(QStringLiteral("deployments"), SecretKind::Password),
                            QStringLiteral("never stored"));
        QCOMPARE(result.status, SecretResult::Status::Failed);
        QVERIFY2(result.shown().endsWith(QStringLiteral("kann nicht gespeichert werden: Der Schlüssel ist ungültig.")),
                 qPrintable(result.shown()));
        QVERIFY2(result.message.endsWith(QStringLiteral(": the key is not valid.")), qPrintable(result.message));
    }

    void timeout_saysHalfASecondInGerman()
    {
        // Reads the request, never answers.
        RawHttpServer server([](QTcpSocket *, const RawHttpServer::Request &) {});
        RunOptions options;
        options.timeoutMs = 500;
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()), options);
        QCOMPARE(result.verdict, RunResult::Verdict::TimedOut);
        QVERIFY2(result.reasons.first().contains(QStringLiteral("nach 0,5 Sekunden abgelaufen")),
                 qPrintable(result.reasons.join(u'\n')));
        QCOMPARE(result.errorString,
                 QStringLiteral("The request timed out after 0.5 seconds as no response was received."));
        QVERIFY2(result.log.contains(QStringLiteral("timed out after 0.5 seconds")), qPrintable(result.log));
    }

    void redirectError_isGerman_logStaysEnglish()
    {
        RawHttpServer server(answering(RawHttpServer::response(302, "Found", {}, "Location: ftp://127.0.0.1/x\r\n")));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.reasons.first(),
                 QStringLiteral("Der Server hat (302) nach 'ftp://127.0.0.1/x' umgeleitet, was keine http- oder "
                                "https-URL ist."));
        QCOMPARE(
            result.errorString,
            QStringLiteral("The server redirected (302) to 'ftp://127.0.0.1/x', which is not an http or https URL."));
        QVERIFY(result.log.contains(result.errorString));
    }

    void unfollowedRedirect_isGerman()
    {
        RawHttpServer server(answering(RawHttpServer::response(302, "Found", {}, "Location: /elsewhere\r\n")));
        RunOptions options;
        options.network.followRedirects = false;
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()), options);
        QVERIFY2(result.reasons.contains(QStringLiteral("Umleitungen werden nicht verfolgt (--no-redirects / "
                                                        "Einstellungen): Der Probelauf hielt bei dieser Umleitung 302 "
                                                        "Found nach '/elsewhere' an. Der HttpClient von Azure DevOps "
                                                        "würde ihr folgen.")),
                 qPrintable(result.reasons.join(u'\n')));
    }

    void proxyError_isGerman()
    {
        RunOptions options;
        options.network.proxyMode = NetworkSettings::ProxyMode::Manual;
        const quint16 proxyPort = TestSupport::unusedPort();
        options.network.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxyPort);
        options.network.noProxy = QString();
        RawHttpServer server(answering(RawHttpServer::response(200, "OK", "{}")));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()), options);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QVERIFY2(result.reasons.first().startsWith(
                     QStringLiteral("Der Proxy 127.0.0.1:%1 hat die Verbindung abgelehnt").arg(proxyPort)),
                 qPrintable(result.reasons.join(u'\n')));
        QVERIFY2(result.reasons.first().contains(QStringLiteral("festgelegt durch die Proxy-Einstellung")),
                 qPrintable(result.reasons.first()));
        QVERIFY2(result.errorString.startsWith(QStringLiteral("The proxy 127.0.0.1:%1 refused").arg(proxyPort)),
                 qPrintable(result.errorString));
    }

    void truncatedBody_isGerman()
    {
        RawHttpServer server(answering("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789"));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Truncated);
        QVERIFY2(result.reasons.first().startsWith(QStringLiteral("Die Antwort ist unvollständig: 10 der 100 Bytes")),
                 qPrintable(result.reasons.first()));
        QVERIFY2(result.errorString.startsWith(QStringLiteral("The response was cut short: 10 of the 100 bytes")),
                 qPrintable(result.errorString));
    }

    void certificateProblem_isGerman_forTheResult_englishForTheLog()
    {
        const QSslError selfSigned(QSslError::SelfSignedCertificate);
        QCOMPARE(TlsRules::describe(selfSigned, true),
                 QStringLiteral("das Zertifikat von '(no certificate)' ist selbstsigniert und nicht vertrauenswürdig"));
        QCOMPARE(TlsRules::describe(selfSigned),
                 QStringLiteral("the certificate of '(no certificate)' is self-signed and not trusted"));
        QVERIFY(TlsRules::insecureNote(true).startsWith(QStringLiteral("UNSICHER: ")));
        QVERIFY(TlsRules::insecureNote().startsWith(QStringLiteral("INSECURE: ")));
    }

    void criteriaHint_isGerman_serverMessageKeepsPosition()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("eq(root['a'], 1) and true"), {}, QByteArray("{\"a\": 1}"));
        QCOMPARE(outcome.status, CriteriaOutcome::Status::ParseError);
        QCOMPARE(outcome.hint, QStringLiteral("es gibt keine Infix-Operatoren: Schreiben Sie and(a, b) statt a and b"));
        // The server's own words, position and all, as Azure DevOps logs them.
        QVERIFY2(outcome.message.contains(QStringLiteral("Located at position 18 within expression")),
                 qPrintable(outcome.message));
    }

    void traceSkipReason_isGerman()
    {
        const CriteriaOutcome outcome =
            CriteriaEvaluator().evaluate(QStringLiteral("and(false, true)"), {}, QByteArray("{}"));
        QCOMPARE(outcome.status, CriteriaOutcome::Status::False);
        QStringList reasons;
        for (const Expression::TraceNode &node : outcome.trace.nodes)
            reasons.append(node.skipReason);
        QVERIFY2(reasons.contains(QStringLiteral("and() hält beim ersten falschen Argument an")),
                 qPrintable(reasons.join(u'|')));
    }

    void finding_isGerman()
    {
        TaskConfig task;
        task.timeoutInMinutes = -1;
        bool found = false;
        for (const Finding &finding : task.validate()) {
            if (finding.input == QLatin1String("timeoutInMinutes")) {
                QCOMPARE(finding.message,
                         QStringLiteral("Das Timeout muss null (keine Grenze) oder eine positive "
                                        "Anzahl Minuten sein."));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void missingCaFile_isGerman_errorStaysEnglish()
    {
        RunOptions options;
        options.network.caFiles = {QStringLiteral("/nonexistent/ca.pem")};
        options.network.ignoreCertificateEnvironment = true;
        // The CA store is read at the first https hop, before anything connects: no server is needed.
        const RunResult result = TestSupport::runToEnd(
            getFrom(QStringLiteral("https://127.0.0.1:%1/").arg(TestSupport::unusedPort())), options);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);
        QCOMPARE(result.reasons.first(),
                 QStringLiteral("Die CA-Datei '/nonexistent/ca.pem' existiert nicht oder ist keine Datei."));
        QCOMPARE(result.errorString,
                 QStringLiteral("The CA file '/nonexistent/ca.pem' does not exist or is not a file."));
        QVERIFY2(result.log.contains(result.errorString), qPrintable(result.log));
    }

    void emptyCaFile_isGerman_bothTimes()
    {
        // A second run hits the per-process CA cache; the message must still come in the language in force.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        NetworkSettings settings;
        settings.caFiles = {path};
        settings.ignoreCertificateEnvironment = true;
        for (int i = 0; i < 2; ++i) {
            DisplayText problem;
            QSslConfiguration configuration;
            QVERIFY(!TlsRules::configure(settings, &configuration, &problem));
            QCOMPARE(problem.shown,
                     QStringLiteral("Die CA-Datei '%1' enthält kein PEM- oder DER-Zertifikat.").arg(path));
            QCOMPARE(problem.english, QStringLiteral("The CA file '%1' holds no PEM or DER certificate.").arg(path));
        }
    }

    void wrongPkcs12Password_isGerman()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.p12"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not PKCS#12");
        file.close();
        NetworkSettings settings;
        settings.clientCertificate = path;
        settings.ignoreCertificateEnvironment = true;
        DisplayText problem;
        QSslConfiguration configuration;
        QVERIFY(!TlsRules::configure(settings, &configuration, &problem));
        QVERIFY2(
            problem.shown.startsWith(QStringLiteral("Die PKCS#12-Datei '%1' kann nicht geöffnet werden").arg(path)),
            qPrintable(problem.shown));
        QVERIFY(problem.english.startsWith(QStringLiteral("The PKCS#12 file '%1' cannot be opened").arg(path)));
    }

    void badProxyUrl_isGerman_errorStaysEnglish()
    {
        RunOptions options;
        options.network.proxyMode = NetworkSettings::ProxyMode::Manual;
        options.network.proxyUrl = QStringLiteral("ftp://127.0.0.1:21");
        options.network.noProxy = QString();
        const RunResult result = TestSupport::runToEnd(
            getFrom(QStringLiteral("http://127.0.0.1:%1/").arg(TestSupport::unusedPort())), options);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QCOMPARE(result.reasons.first(),
                 QStringLiteral("Das Proxy-Schema 'ftp://' wird nicht unterstützt: Verwenden Sie http://, socks5:// "
                                "oder socks5h://. (festgelegt durch die Proxy-Einstellung)"));
        QCOMPARE(result.errorString,
                 QStringLiteral("The proxy scheme 'ftp://' is not supported: use http://, socks5:// or socks5h://. "
                                "(from the configured proxy)"));
        QString shown;
        QVERIFY(!ProxyRules::parseProxyUrl(QStringLiteral("http://"), &shown));
        QCOMPARE(shown,
                 QStringLiteral("'http://' ist keine Proxy-URL (erwartet z. B. http://proxy.example:3128 oder "
                                "socks5h://127.0.0.1:1080)."));
    }

    void gateSettings_problemAndAdvice_areGerman()
    {
        GateSettings settings;
        settings.intervalMs = 0;
        QCOMPARE(settings.problem(), QStringLiteral("Die Zeit zwischen den Auswertungen muss größer als 0 sein."));
        settings.intervalMs = 1000;
        settings.timeoutMs = 12500;
        QCOMPARE(settings.advice().value(0),
                 QStringLiteral("Für eine synchrone Invoke-REST-API-Prüfung empfiehlt Microsoft einen Timeout von "
                                "höchstens dem 10-Fachen der Zeit zwischen den Auswertungen (hier das 12,5-Fache)."));
        QCOMPARE(GateSimulator::outcomeText(GateSimulator::Outcome::TimedOut, true),
                 QStringLiteral("ZEITÜBERSCHREITUNG"));
        QCOMPARE(GateSimulator::outcomeText(GateSimulator::Outcome::TimedOut), QStringLiteral("TIMED OUT"));
    }

    void gateSummary_isGerman_andEnglish()
    {
        RawHttpServer server(answering(RawHttpServer::response(500, "Internal Server Error", "{}")));
        TaskRunner runner;
        GateSimulator gate(&runner);
        GateSettings settings;
        settings.intervalMs = 100;
        settings.timeoutMs = 300;
        QVERIFY(gate.start(getFrom(server.baseUrl()), settings));
        QSignalSpy finished(&gate, &GateSimulator::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(gate.summary(true).startsWith(QStringLiteral("Zeitüberschreitung nach 300ms (")),
                 qPrintable(gate.summary(true)));
        QVERIFY2(gate.summary(true).contains(QStringLiteral("keine Auswertung war erfolgreich. Letzter Fehler: ")),
                 qPrintable(gate.summary(true)));
        QVERIFY2(gate.summary().startsWith(QStringLiteral("Timed out after 300ms (")), qPrintable(gate.summary()));
        QVERIFY2(gate.summary().contains(QStringLiteral("no evaluation passed. Last failure: ")),
                 qPrintable(gate.summary()));
    }

    void callbackVerdict_isGerman_jsonHeadlineStaysEnglish()
    {
        PlanContext plan;
        plan.collectionUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        const CallbackVerdict verdict =
            CallbackVerdict::build(CallbackVerdict::Outcome::NotCompleted, plan, {}, std::nullopt, 0, 850, 60000);
        QCOMPARE(verdict.headline,
                 QStringLiteral("Der Dienst hat nie zurückgerufen: Keine Anfrage hat den Listener unter "
                                "http://127.0.0.1:9/ in 850 ms erreicht. Azure DevOps würde die Aufgabe bis zu ihrem "
                                "Timeout weiterlaufen lassen und sie dann fehlschlagen lassen."));
        QCOMPARE(verdict.englishHeadline,
                 QStringLiteral("The service never called back: no request reached the listener at "
                                "http://127.0.0.1:9/ in 850 ms. Azure DevOps would keep the task running until its "
                                "timeout and then fail it."));
        const CallbackVerdict cancelled =
            CallbackVerdict::build(CallbackVerdict::Outcome::Cancelled, plan, {}, std::nullopt, 0, 2500, 60000);
        QVERIFY2(cancelled.headline.startsWith(QStringLiteral("Das Warten wurde nach 2,5 s abgebrochen")),
                 qPrintable(cancelled.headline));
        QVERIFY2(cancelled.englishHeadline.startsWith(QStringLiteral("The wait was cancelled after 2.5 s")),
                 qPrintable(cancelled.englishHeadline));
        QVERIFY2(verdict.report().contains(QStringLiteral("\nZeitleiste (keine Anfragen):\n")),
                 qPrintable(verdict.report()));
        // The label is a token, as the run's verdicts are.
        QCOMPARE(verdict.label(), QStringLiteral("NOT COMPLETED"));
        QHostAddress address;
        QString error;
        QVERIFY(!CallbackSettings::parseBindAddress(QStringLiteral("desk.example"), &address, &error));
        QVERIFY2(error.startsWith(QStringLiteral("\"desk.example\" ist keine IP-Adresse")), qPrintable(error));
    }

    void azureTokenRefusal_isGerman_messageStaysEnglish()
    {
        AzureTokenProvider provider;
        const TokenResult token = AzureTokenProvider::waitFor(provider.clientCredentialsToken(
            QUrl(QStringLiteral("http://login.example/token")), QStringLiteral("client"), QStringLiteral("s3cret"),
            QStringLiteral("api://x/.default")));
        QCOMPARE(token.status, TokenResult::Status::Failed);
        QCOMPARE(token.message,
                 QStringLiteral("token request to http://login.example/token refused: a client secret is only sent "
                                "over https (the authority host must start with https://)."));
        QCOMPARE(token.shown(),
                 QStringLiteral("Tokenanfrage an http://login.example/token abgelehnt: Ein Clientgeheimnis wird nur "
                                "über https gesendet (der Autoritätshost muss mit https:// beginnen)."));
        const TokenResult cli = AzureTokenProvider::waitFor(provider.azureCliToken(QString(), QString()));
        QVERIFY2(cli.shown().startsWith(QStringLiteral("az account get-access-token nicht ausgeführt")),
                 qPrintable(cli.shown()));
        QVERIFY2(cli.message.startsWith(QStringLiteral("az account get-access-token not run")),
                 qPrintable(cli.message));
    }

    void credentialFromRefusedTokenRequest_carriesTheGermanForm()
    {
        SecretStore store;
        AzureTokenProvider tokens;
        CredentialResolver resolver(&store, &tokens);
        CredentialRequest request;
        request.kind = ConnectionKind::AzureRM;
        request.connectionId = StableId::create();
        request.connectionName = QStringLiteral("sp-plain-http");
        request.azure = AzureConnectionSettings::defaultsFor(ConnectionKind::AzureRM);
        request.azure.authentication = AzureConnectionSettings::Authentication::ServicePrincipalSecret;
        request.azure.environment = AzureConnectionSettings::Environment::Custom;
        request.azure.resourceManagerUrl = QStringLiteral("https://management.local.test/");
        request.azure.authorityHost = QStringLiteral("http://login.example");
        request.azure.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        request.azure.clientId = QStringLiteral("client");
        const QByteArray variable = SecretEnvironment::variableName(request.connectionName).toLatin1();
        qputenv(variable.constData(), "s3cret");
        const CredentialResult result = CredentialResolver::waitFor(resolver.resolve(request));
        qunsetenv(variable.constData());
        QCOMPARE(result.status, CredentialResult::Status::Failed);
        QVERIFY2(result.message.startsWith(QStringLiteral("token request to http://login.example/")),
                 qPrintable(result.message));
        QVERIFY2(result.shown().startsWith(QStringLiteral("Tokenanfrage an http://login.example/")),
                 qPrintable(result.shown()));
        QVERIFY2(result.shown().contains(QStringLiteral(" abgelehnt: ")), qPrintable(result.shown()));
    }

    void emptyPasswordNote_isGerman()
    {
        ServiceConnection connection = ServiceConnection::create(
            QStringLiteral("api"), ServiceConnection::Type::Generic, QStringLiteral("http://127.0.0.1:9/"), {});
        CredentialResult failed;
        failed.status = CredentialResult::Status::Failed;
        failed.setMessage(
            DisplayText(QStringLiteral("The keychain is locked."), QStringLiteral("Der Schlüsselbund ist gesperrt.")));
        const CredentialResult accepted = acceptingOptionalPassword(failed, connection);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.note,
                 QStringLiteral("Der Schlüsselbund ist gesperrt. Es wird ein leeres Kennwort gesendet."));
    }

private:
    QTranslator m_german;
};

QTEST_MAIN(TestCoreLanguage)
#include "tst_corelanguage.moc"
