#include "secrets/secretstore.h"
#include "secretstestsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;
using Status = SecretResult::Status;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith("RESTGATE_SECRET_"))
            environment.remove(name);
    }
    return environment;
}

/// restgate-cli with `stdinData` on a pipe.
CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
              const QProcessEnvironment &environment = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(RESTGATE_CLI_PATH, arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start restgate-cli");
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("restgate-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString idOf(const QString &name)
{
    return StableId::fromName(name);
}

/// Everything readable from a non-blocking pseudo-terminal master right now.
QByteArray drain(int master)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            return data;
        data.append(buffer, n);
    }
}

const char designText[] = R"(restgate: 1
connections:
  - id: 3F0B6C1E-8A52-4D0E-9A6F-2F1C0D9B7E41
    name: azure-prod
    type: azureRM
    environment: AzureCloud
    tenantId: contoso.onmicrosoft.com
    clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46
    authentication: servicePrincipalSecret
  - name: azure-dev
    type: azureRM
    authentication: azureCli
  - name: ado
    type: azureDevOps
    url: https://dev.azure.com/contoso/
  - name: deployments
    type: generic
    url: http://127.0.0.1:8765/
    username: deploy-bot
)";

} // namespace

class TestSecretCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_design;
    SecretStore m_store;
    QStringList m_secretsUsed; ///< every secret a test handed the CLI, for the leak scan at the end

    QString design()
    {
        if (m_design.isEmpty()) {
            m_design = m_dir.filePath("connections.restgate.yml");
            QFile file(m_design);
            if (!file.open(QIODevice::WriteOnly) || file.write(designText) < 0)
                qFatal("cannot write the design document");
        }
        return m_design;
    }

    QString secret(const QString &label)
    {
        const QString value = label + QLatin1Char('-') + StableId::create();
        m_secretsUsed.append(value);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        secretServiceMode();
        QVERIFY(m_dir.isValid());
    }

    // ---- usage: the same on every machine ----

    void help_listsTheCommandAndTheOverride()
    {
        const CliRun top = runCli({"--help"});
        QCOMPARE(top.exitCode, 0);
        QVERIFY2(top.out.contains("secret        Store or clear a connection's secret in the OS keychain"),
                 qPrintable(top.out));
        const CliRun help = runCli({"secret", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Usage: restgate-cli secret [OPTIONS] set|clear CONNECTION"), qPrintable(help.out));
        QVERIFY(help.out.contains("RESTGATE_SECRET_<CONNECTION>"));
    }

    void set_secretOnTheCommandLine_isRefused()
    {
        const CliRun run = runCli({"secret", "set", "deployments", "hunter2-on-argv"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("the secret is read from standard input, never from the command line"),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains("hunter2") && !run.out.contains("hunter2"));
    }

    void set_emptyInput_isRefused()
    {
        const CliRun run = runCli({"secret", "set", "deployments"}, "\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no secret on standard input"), qPrintable(run.err));
    }

    void set_unknownConnectionInTheDesign()
    {
        const CliRun run = runCli({"secret", "set", "nope", "--design", design()}, "x");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("has no connection 'nope' (it has: azure-prod, azure-dev, ado, deployments)"),
                 qPrintable(run.err));
    }

    void set_azureCliConnection_hasNothingToStore()
    {
        const CliRun run = runCli({"secret", "set", "azure-dev", "--design", design()}, "x");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("gets its token from the Azure CLI ('az login') and has no secret to store"),
                 qPrintable(run.err));
    }

    void set_badKind()
    {
        const CliRun run = runCli({"secret", "set", "deployments", "--kind", "secret-variable"}, "x");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--kind must be password, token or client-secret"));
    }

    // ---- with a real Secret Service ----

    void set_fromAPipe_storesUnderTheNameBasedId()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString value = secret("piped");
        const CliRun run = runCli({"secret", "set", "deployments"}, value.toUtf8() + "\n");
        QCOMPARE(run.exitCode, 0);
        const SecretKey key = SecretKey::forConnection(idOf("deployments"), SecretKind::Password);
        QCOMPARE(run.out,
                 QStringLiteral("Stored the password of connection 'deployments' in the OS keychain "
                                "(entry %1 of service RestGate).\n")
                     .arg(key.entryName()));
        const SecretResult stored = m_store.readSync(key);
        QCOMPARE(stored.status, Status::Ok);
        QCOMPARE(stored.value, value); // the trailing newline is not part of it
    }

    void set_update_replacesTheSecret()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString first = secret("first"), second = secret("second");
        QCOMPARE(runCli({"secret", "set", "rotating"}, first.toUtf8()).exitCode, 0);
        QCOMPARE(runCli({"secret", "set", "rotating"}, second.toUtf8() + "\r\n").exitCode, 0);
        QCOMPARE(m_store.readSync(SecretKey::forConnection(idOf("rotating"), SecretKind::Password)).value, second);
    }

    void set_withDesign_usesTheDocumentsIdAndTheKindItsAuthenticationNeeds()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString clientSecret = secret("client-secret");
        // Names match ignoring case, like Azure DevOps does; the document's spelling is reported.
        const CliRun run = runCli({"secret", "set", "AZURE-PROD", "--design", design()}, clientSecret.toUtf8());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Stored the client secret of connection 'azure-prod' in the OS keychain (entry "
                                    "connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/client-secret"),
                 qPrintable(run.out));
        QCOMPARE(
            m_store.readSync(SecretKey::forConnection("3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41", SecretKind::ClientSecret))
                .value,
            clientSecret);
        // Not under the id its name would give.
        QCOMPARE(m_store.readSync(SecretKey::forConnection(idOf("azure-prod"), SecretKind::ClientSecret)).status,
                 Status::NotFound);

        // A connection without `id:` in the document gets the name-based id: the same entry as without --design.
        const QString pat = secret("pat");
        QCOMPARE(runCli({"secret", "set", "ado", "--design", design()}, pat.toUtf8()).exitCode, 0);
        QCOMPARE(m_store.readSync(SecretKey::forConnection(idOf("ado"), SecretKind::Token)).value, pat);
    }

    void set_kindOption_choosesTheEntry()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString token = secret("token");
        const CliRun run =
            runCli({"secret", "set", "azure-dev", "--design", design(), "--kind", "token"}, token.toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_store.readSync(SecretKey::forConnection(idOf("azure-dev"), SecretKind::Token)).value, token);
    }

    void set_environmentOverride_isPointedOut()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        QProcessEnvironment environment = cliEnvironment();
        environment.insert("RESTGATE_SECRET_OVERRIDDEN", "from-env");
        const CliRun run = runCli({"secret", "set", "overridden"}, secret("kept").toUtf8(), environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("note: RESTGATE_SECRET_OVERRIDDEN is set here and overrides the keychain"),
                 qPrintable(run.err));
    }

    void clear_removesEveryKindOfTheConnection()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString id = idOf("to-clear");
        QVERIFY(m_store.writeSync(SecretKey::forConnection(id, SecretKind::Password), "pw").ok());
        QVERIFY(m_store.writeSync(SecretKey::forConnection(id, SecretKind::Token), "tok").ok());

        CliRun run = runCli({"secret", "clear", "to-clear"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("Removed 2 secrets of connection 'to-clear' (id %1) from the OS "
                                "keychain.\n")
                     .arg(id));
        for (SecretKind kind : connectionSecretKinds())
            QCOMPARE(m_store.readSync(SecretKey::forConnection(id, kind)).status, Status::NotFound);

        run = runCli({"secret", "clear", "to-clear"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("No secret was stored for connection 'to-clear' (id %1).\n").arg(id));
    }

    void clear_withKindAndDesign_removesOnlyThatEntry()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString id = QStringLiteral("3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41");
        QVERIFY(m_store.writeSync(SecretKey::forConnection(id, SecretKind::ClientSecret), "cs").ok());
        QVERIFY(m_store.writeSync(SecretKey::forConnection(id, SecretKind::Token), "tok").ok());
        const CliRun run = runCli({"secret", "clear", "azure-prod", "--design", design(), "--kind", "token"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Removed 1 secret of connection 'azure-prod'"), qPrintable(run.out));
        QCOMPARE(m_store.readSync(SecretKey::forConnection(id, SecretKind::Token)).status, Status::NotFound);
        QCOMPARE(m_store.readSync(SecretKey::forConnection(id, SecretKind::ClientSecret)).value, QStringLiteral("cs"));
        QVERIFY(SecretStore::waitFor(m_store.removeOwner(id)).ok());
    }

    void set_atATerminal_readsWithEchoOff()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        // First prove this pseudo-terminal does echo by default, so seeing no echo below means something.
        {
            int master = -1, slave = -1;
            QCOMPARE(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
            fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
            QCOMPARE(::write(master, "echo-probe\n", 11), ssize_t(11));
            QByteArray echoed;
            QVERIFY(QTest::qWaitFor([&] { return (echoed += drain(master)).contains("echo-probe"); }, 5000));
            ::close(slave);
            ::close(master);
        }

        int master = -1, slave = -1;
        QCOMPARE(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
        fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        process.start(RESTGATE_CLI_PATH, {"secret", "set", "typed-at-terminal"});
        QVERIFY(process.waitForStarted(10000));
        QByteArray err;
        QVERIFY2(QTest::qWaitFor([&] { return (err += process.readAllStandardError()).contains("(input hidden): "); },
                                 20000),
                 err.constData());
        QCOMPARE(err, QByteArray("Password for connection 'typed-at-terminal' (input hidden): "));

        const QString typed = secret("typed");
        const QByteArray line = typed.toUtf8() + "\n";
        QCOMPARE(::write(master, line.constData(), size_t(line.size())), ssize_t(line.size()));
        QVERIFY(process.waitForFinished(30000));
        QByteArray screen = drain(master);
        QTest::qWait(100);
        screen += drain(master);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!screen.contains(typed.toUtf8()), screen.constData());

        // The terminal has its echo back.
        struct termios after = {};
        QCOMPARE(tcgetattr(slave, &after), 0);
        QVERIFY(after.c_lflag & ECHO);
        ::close(slave);
        ::close(master);

        QCOMPARE(m_store.readSync(SecretKey::forConnection(idOf("typed-at-terminal"), SecretKind::Password)).value,
                 typed);
    }

    void leakCheck_nothingOutsideTheKeyringHoldsWhatTheCliStored()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        // Once more through every path, collecting everything the CLI printed.
        const QString piped = secret("leak-piped");
        QString printed;
        CliRun run = runCli({"secret", "set", "leak-check"}, piped.toUtf8());
        QCOMPARE(run.exitCode, 0);
        printed += run.out + run.err;
        run = runCli({"secret", "set", "azure-prod", "--design", design()}, secret("leak-design").toUtf8());
        QCOMPARE(run.exitCode, 0);
        printed += run.out + run.err;
        run = runCli({"secret", "clear", "leak-check"});
        printed += run.out + run.err;
        QVERIFY(!m_secretsUsed.isEmpty());
        for (const QString &value : std::as_const(m_secretsUsed)) {
            for (const QByteArray &pattern : leakPatterns(value))
                QVERIFY2(!printed.toUtf8().contains(pattern), qPrintable(value));
        }
        const QString sandbox = qEnvironmentVariable("RESTGATE_KEYRING_SANDBOX");
        const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
        int scanned = 0;
        const QStringList hits = filesContaining(sandbox, m_secretsUsed, keyrings, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
        // The design document the CLI read is among the scanned files: the scan looked where a leak would be.
        QVERIFY(scanned >= 1);
        QVERIFY(m_design.startsWith(sandbox));
    }

    // ---- no Secret Service ----

    void set_withoutSecretService_saysSoAndPointsAtTheEnvironment()
    {
        RESTGATE_REQUIRE_NO_SECRET_SERVICE();
        const QString value = secret("nowhere");
        const CliRun run = runCli({"secret", "set", "deployments"}, value.toUtf8());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("restgate-cli secret set: No Secret Service is available (is gnome-keyring or "
                                    "KWallet running?): "),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("set RESTGATE_SECRET_DEPLOYMENTS in the environment of 'restgate-cli run' instead"),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(value) && !run.out.contains(value));
        QVERIFY(run.out.isEmpty());
    }

    void clear_withoutSecretService_saysSo()
    {
        RESTGATE_REQUIRE_NO_SECRET_SERVICE();
        const CliRun run = runCli({"secret", "clear", "deployments"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("restgate-cli secret clear: No Secret Service is available"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secretcommand.moc"
