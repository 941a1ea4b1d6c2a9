#include "core/design/designdocument.h"
#include "core/pipeline/curlexport.h"
#include "core/pipeline/pipelineexport.h"
#include "core/result/criteriajudge.h"
#include "core/run/taskrunner.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/connectioncredentials.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"
#include "secretstestsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;

namespace {

const QString genericPassword = QStringLiteral("Gp7f3kQz9LeakPw");
const QString secretVariable = QStringLiteral("Sv2mXp8LeakVar");
const QString clientSecret = QStringLiteral("Cs9qLr4LeakClient");
const QString username = QStringLiteral("leak-user");
// A one-letter password: it must be masked where it is sent (the Authorization header) without turning every "p"
// of "http://" or "application/json" into a mark.
const QString shortPassword = QStringLiteral("p");
const QString shortUser = QStringLiteral("u");
// A secret variable that only the success criteria uses: the request never carries it.
const QString criteriaSecret = QStringLiteral("Oc5wLeakCriteria");

/// What a design's secrets look like on the way out: as they are, base64, percent-encoded, UTF-16, and the Basic
/// credential base64(user:password).
QList<QByteArray> patterns()
{
    QList<QByteArray> all;
    for (const QString &secret : {genericPassword, secretVariable, clientSecret, criteriaSecret})
        all += leakPatterns(secret);
    all.append((username + QLatin1Char(':') + genericPassword).toUtf8().toBase64());
    all.append((shortUser + QLatin1Char(':') + shortPassword).toUtf8().toBase64());
    return all;
}

/// A local API that checks the credentials it is sent (so the test knows the secrets really went out) and answers
/// without echoing them, except on /api/anything, which echoes the headers like httpbin does.
class CheckingServer
{
public:
    CheckingServer()
    {
        m_server.route(QStringLiteral("/api/echo"), [this](const QHttpServerRequest &request) {
            m_genericAuthorization.append(request.value("Authorization"));
            m_apiKeys.append(request.value("X-Api-Key"));
            return QHttpServerResponse(QJsonObject {{"x", "ok"}});
        });
        m_server.route(QStringLiteral("/api/anything"), [this](const QHttpServerRequest &request) {
            m_shortAuthorization.append(request.value("Authorization"));
            QJsonObject headers;
            for (const auto &[name, value] : request.headers())
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
            return QHttpServerResponse(
                QJsonObject {{"headers", headers}, {"url", request.url().toString()}, {"x", "ok"}});
        });
        m_server.route(QStringLiteral("/arm/subscriptions"), [this](const QHttpServerRequest &request) {
            m_armAuthorization.append(request.value("Authorization"));
            return QHttpServerResponse(QJsonObject {{"value", QJsonArray {}}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            qFatal("cannot listen on 127.0.0.1");
    }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }

    QList<QByteArray> m_genericAuthorization;
    QList<QByteArray> m_apiKeys;
    QList<QByteArray> m_shortAuthorization;
    QList<QByteArray> m_armAuthorization;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace

/// Designs with known secrets (a Generic password, a secret variable, an Azure client secret) go through every
/// way a design leaves RestGate: saved, exported as steps, jobs and curl, dry-run (result, log, the Request tab's
/// redacted request) and through restgate-cli's outputs. None may contain a secret in any form.
class TestSecretLeak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_designPath;
    DesignDocument m_document;
    CheckingServer m_server;
    TokenServer m_tokens;
    QList<QPair<QString, QByteArray>> m_outputs; ///< what each step produced, scanned in cleanupTestCase

    void collect(const QString &where, const QByteArray &content)
    {
        QVERIFY2(!content.isEmpty(), qPrintable(where + QStringLiteral(" produced nothing to scan")));
        m_outputs.append({where, content});
    }
    void collect(const QString &where, const QString &content) { collect(where, content.toUtf8()); }

    static QString apiId() { return QStringLiteral("6d2b1c8e-0a4f-4c57-9e1d-3b7a2f9c4e10"); }
    static QString armId() { return QStringLiteral("9a1e7f3c-2b6d-4e8a-b5c0-1f4d8e2a7c93"); }
    static QString shortId() { return QStringLiteral("3f0c9d2a-7e4b-4a61-8c5d-2b9e1f7a6d04"); }

    QByteArray designText() const
    {
        QByteArray text = "restgate: 1\n"
                          "connections:\n"
                          "  - id: "
            + apiId().toUtf8()
            + "\n"
              "    name: api\n"
              "    type: generic\n"
              "    url: "
            + m_server.url(QStringLiteral("/api/")).toUtf8()
            + "\n"
              "    username: "
            + username.toUtf8()
            + "\n"
              "  - id: "
            + armId().toUtf8()
            + "\n"
              "    name: arm\n"
              "    type: azureRM\n"
              "    environment: Custom\n"
              "    resourceManagerUrl: "
            + m_server.url(QStringLiteral("/arm/")).toUtf8()
            + "\n"
              "    authorityHost: "
            + m_tokens.authorityHost().toUtf8()
            + "\n"
              "    tenantId: contoso.onmicrosoft.com\n"
              "    clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46\n"
              "    authentication: servicePrincipalSecret\n"
              "  - id: "
            + shortId().toUtf8()
            + "\n"
              "    name: short\n"
              "    type: generic\n"
              "    url: "
            + m_server.url(QStringLiteral("/api/")).toUtf8()
            + "\n"
              "    username: "
            + shortUser.toUtf8()
            + "\n"
              "variables:\n"
              "  apiKey:\n"
              "    secret: true\n"
              "  onlyCriteria:\n"
              "    secret: true\n"
              "tasks:\n"
              "  - task: InvokeRESTAPI@1\n"
              "    displayName: generic\n"
              "    inputs:\n"
              "      connectionType: connectedServiceName\n"
              "      serviceConnection: api\n"
              "      method: POST\n"
              "      headers: '{\"Content-Type\":\"application/json\",\"X-Api-Key\":\"$(apiKey)\"}'\n"
              "      body: '{\"key\":\"$(apiKey)\"}'\n"
              "      urlSuffix: echo?k=$(apiKey)\n"
              "      successCriteria: eq(root['x'], '$(apiKey)')\n"
              "  - task: InvokeRESTAPI@1\n"
              "    displayName: arm\n"
              "    inputs:\n"
              "      connectionType: connectedServiceNameARM\n"
              "      azureServiceConnection: arm\n"
              "      method: GET\n"
              "      urlSuffix: subscriptions\n"
              "  - task: InvokeRESTAPI@1\n"
              "    displayName: short password, echo, criteria-only secret\n"
              "    inputs:\n"
              "      connectionType: connectedServiceName\n"
              "      serviceConnection: short\n"
              "      method: POST\n"
              "      headers: '{\"Content-Type\":\"application/json\",\"X-Api-Key\":\"$(apiKey)\"}'\n"
              "      body: '{\"kind\":\"application/json\"}'\n"
              "      urlSuffix: anything?q=http\n"
              "      successCriteria: eq(root['headers']['X-Api-Key'], '$(onlyCriteria)')\n";
        return text;
    }

    struct CliOutcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// Runs restgate-cli without blocking the event loop: this process serves its requests.
    static CliOutcome cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!process.waitForStarted() || !finished.wait(90000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        DocumentError error;
        QVERIFY2(DesignDocument::parse(designText(), &m_document, &error), qPrintable(error.toString()));
        // The secret variable comes from the environment for the CLI (it has no keychain entry of its own).
        qputenv("RESTGATE_SECRET_APIKEY", secretVariable.toUtf8());
        qputenv("RESTGATE_SECRET_ONLYCRITERIA", criteriaSecret.toUtf8());
        if (secretServiceMode() == SecretService::Present) {
            SecretStore store;
            QVERIFY(store.writeSync(SecretKey::forConnection(apiId(), SecretKind::Password), genericPassword).ok());
            QVERIFY(store.writeSync(SecretKey::forConnection(armId(), SecretKind::ClientSecret), clientSecret).ok());
            QVERIFY(store.writeSync(SecretKey::forConnection(shortId(), SecretKind::Password), shortPassword).ok());
        } else {
            qputenv("RESTGATE_SECRET_SHORT", shortPassword.toUtf8());
            qputenv("RESTGATE_SECRET_API", genericPassword.toUtf8());
            qputenv("RESTGATE_SECRET_ARM", clientSecret.toUtf8());
        }
    }

    void save()
    {
        m_document.variables.set(QStringLiteral("apiKey"), secretVariable, true);
        m_document.variables.set(QStringLiteral("onlyCriteria"), criteriaSecret, true);
        m_designPath = m_dir.filePath(QStringLiteral("leak.restgate.yml"));
        QString message;
        QVERIFY2(m_document.save(m_designPath, &message), qPrintable(message));
        QFile file(m_designPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        collect(QStringLiteral("saved design"), file.readAll());
        collect(QStringLiteral("toYaml"), m_document.toYaml());
    }

    void pipelineExport()
    {
        ExportOptions job;
        job.form = ExportOptions::Form::Job;
        for (const TaskConfig &task : std::as_const(m_document.tasks)) {
            collect(QStringLiteral("step"), PipelineExport::task(task));
            collect(QStringLiteral("job"), PipelineExport::task(task, job));
        }
        collect(QStringLiteral("design as job"), PipelineExport::design(m_document, job));
    }

    void curlExport()
    {
        const VariableSet variables = m_document.effectiveVariables();
        for (const TaskConfig &task : std::as_const(m_document.tasks)) {
            for (CurlOptions::Shell shell : {CurlOptions::Shell::Posix, CurlOptions::Shell::PowerShell}) {
                CurlOptions options;
                options.shell = shell;
                const CurlCommand command =
                    CurlExport::fromTask(task, m_document.connection(task.connectionName()), variables, options);
                QVERIFY(command.ok);
                collect(QStringLiteral("curl"), command.text + command.environment.join(QLatin1Char(' ')));
            }
        }
    }

    void dryRun()
    {
        SecretStore store;
        AzureTokenProvider tokens;
        CredentialResolver resolver(&store, &tokens);
        TaskRunner runner;
        for (qsizetype i = 0; i < m_document.tasks.size(); ++i) {
            VariableSet overrides;
            overrides.set(QStringLiteral("apiKey"), secretVariable, true);
            overrides.set(QStringLiteral("onlyCriteria"), criteriaSecret, true);
            RunInput input =
                RunInput::fromDocument(m_document, i, VariableSet::systemDefaults(), QString(), overrides, {});
            QVERIFY(input.connection);
            const CredentialResult credential = resolveAndWait(resolver, *input.connection);
            QVERIFY2(credential.ok(), qPrintable(credential.message));
            input.secret = connectionSecretFrom(credential.credential);
            TaskRun *run = runner.start(input);
            QSignalSpy finished(run, &TaskRun::finished);
            QVERIFY(finished.wait(30000));
            const RunResult received = run->result();
            delete run;
            QVERIFY2(received.status == 200, qPrintable(received.errorString));
            // What every view and output shows: the display-safe copy.
            const RunResult result = received.displaySafe();
            const PreparedRequest &request = result.request;
            QString shown = request.method + QLatin1Char(' ') + request.url + QLatin1Char('\n');
            for (const auto &[name, value] : request.headers)
                shown += name + QStringLiteral(": ") + value + QLatin1Char('\n');
            shown += QString::fromUtf8(request.body);
            collect(QStringLiteral("Request tab"), shown);
            collect(QStringLiteral("run log"), result.log);
            collect(QStringLiteral("reasons"),
                    result.reasons.join(QLatin1Char('\n')) + result.errorString + QLatin1Char('.'));
            collect(QStringLiteral("body"), result.body);
            if (result.criteria)
                collect(QStringLiteral("criteria trace"), CriteriaJudge::traceText(*result.criteria));
            QString findings;
            for (const Finding &finding : result.findings)
                findings += finding.message + QLatin1Char('\n');
            collect(QStringLiteral("findings"), findings + QLatin1Char('.'));
            // Masking the one-letter password must leave the text around it alone.
            QVERIFY2(shown.startsWith(request.method + QStringLiteral(" http://127.0.0.1:")), qPrintable(shown));
            if (i == 2) {
                QVERIFY2(shown.contains(QStringLiteral("Content-Type: application/json\n")), qPrintable(shown));
                QVERIFY2(shown.contains(QStringLiteral("Authorization: Basic ••••\n")), qPrintable(shown));
                QVERIFY2(shown.contains(QStringLiteral("anything?q=http")), qPrintable(shown));
                QVERIFY2(shown.endsWith(QStringLiteral("{\"kind\":\"application/json\"}")), qPrintable(shown));
                // The response did echo the secret variable, and the criteria did read the other one.
                QVERIFY(received.body.contains(secretVariable.toUtf8()));
                QVERIFY(received.criteria && received.criteria->expression.contains(criteriaSecret));
                QVERIFY2(result.body.contains("\"X-Api-Key\":\"••••\""), result.body.constData());
                QVERIFY2(result.body.contains("application/json"), result.body.constData());
            }
        }
        // The secrets did go out: otherwise the scan would prove nothing.
        QVERIFY(m_server.m_genericAuthorization.contains(
            "Basic " + (username + QLatin1Char(':') + genericPassword).toUtf8().toBase64()));
        QVERIFY(m_server.m_apiKeys.contains(secretVariable.toUtf8()));
        QVERIFY(!m_tokens.requests().isEmpty());
        QCOMPARE(m_tokens.requests().constLast().form.value(QStringLiteral("client_secret")), clientSecret);
        QVERIFY(!m_server.m_armAuthorization.isEmpty());
        QVERIFY(m_server.m_shortAuthorization.contains(
            "Basic " + (shortUser + QLatin1Char(':') + shortPassword).toUtf8().toBase64()));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("writesJunit");
        const QString junit = m_dir.filePath(QStringLiteral("report.xml"));
        QTest::addRow("run text") << QStringList {QStringLiteral("run"), QStringLiteral("--trace"), m_designPath}
                                  << false;
        QTest::addRow("run json") << QStringList {
            QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--junit"), junit,
            m_designPath} << true;
        QTest::addRow("export step") << QStringList {QStringLiteral("export"), m_designPath} << false;
        QTest::addRow("export job") << QStringList {QStringLiteral("export"), QStringLiteral("--as"),
                                                    QStringLiteral("job"), m_designPath}
                                    << false;
        QTest::addRow("export curl 1") << QStringList {QStringLiteral("export"), QStringLiteral("--as"),
                                                       QStringLiteral("curl"),   QStringLiteral("--task"),
                                                       QStringLiteral("1"),      m_designPath}
                                       << false;
        QTest::addRow("export curl 2") << QStringList {QStringLiteral("export"), QStringLiteral("--as"),
                                                       QStringLiteral("curl"),   QStringLiteral("--task"),
                                                       QStringLiteral("2"),      m_designPath}
                                       << false;
        QTest::addRow("eval") << QStringList {QStringLiteral("eval"), QStringLiteral("--trace"),
                                              QStringLiteral("eq(root, null)")}
                              << false;
    }

    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, writesJunit);
        const qsizetype sentBefore = m_server.m_genericAuthorization.size();
        const CliOutcome outcome = cli(arguments);
        const QString where = QStringLiteral("restgate-cli ") + arguments.join(QLatin1Char(' '));
        collect(where, outcome.out + outcome.err);
        if (arguments.first() == QLatin1String("run")) {
            QVERIFY2(m_server.m_genericAuthorization.size() > sentBefore, outcome.err.constData());
            QCOMPARE(m_server.m_genericAuthorization.constLast(),
                     "Basic " + (username + QLatin1Char(':') + genericPassword).toUtf8().toBase64());
            // The one-letter password is masked where it was sent, not in every "http".
            QVERIFY2(outcome.out.contains("http://127.0.0.1:"), outcome.out.constData());
            QVERIFY2(!outcome.out.contains("htt••••"), outcome.out.constData());
        }
        if (writesJunit) {
            QFile report(m_dir.filePath(QStringLiteral("report.xml")));
            QVERIFY(report.open(QIODevice::ReadOnly));
            collect(QStringLiteral("JUnit report"), report.readAll());
        }
    }

    void noOutputContainsASecret()
    {
        QVERIFY(m_outputs.size() > 10);
        QStringList hits;
        for (const auto &[where, content] : std::as_const(m_outputs)) {
            for (const QByteArray &pattern : patterns()) {
                const qsizetype at = content.indexOf(pattern);
                if (at >= 0) {
                    // Some context, with the secret itself masked, says which line leaked it.
                    QByteArray context = content.mid(qMax<qsizetype>(0, at - 60), pattern.size() + 120);
                    context.replace(pattern, "<SECRET>");
                    hits.append(where + QStringLiteral(": ...") + QString::fromUtf8(context) + QStringLiteral("..."));
                }
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
