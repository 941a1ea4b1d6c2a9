#include "secrets/secretstore.h"
#include "secretstestsupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(RestGate::SecretKey)

using namespace RestGate;
using namespace RestGate::SecretsTestSupport;
using Status = SecretResult::Status;

namespace {

QString idA()
{
    return QStringLiteral("3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41");
}

QString idB()
{
    return QStringLiteral("0c3e1f7a-5d2b-4c8e-b1a9-6e4d2f8c0a13");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // A fresh owner id per test, so the tests share the sandbox keyring without seeing each other's entries.
    static QString freshId() { return StableId::create(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        secretServiceMode(); // fails now, not in the middle, when ctest did not say which machine this is
    }

    // ---- keys and ids (no keychain) ----

    void entryName_namesOwnerAndKind_data()
    {
        QTest::addColumn<SecretKey>("key");
        QTest::addColumn<QString>("entry");
        QTest::addRow("password") << SecretKey::forConnection(idA(), SecretKind::Password)
                                  << "connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/password";
        QTest::addRow("token") << SecretKey::forConnection(idA(), SecretKind::Token)
                               << "connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/token";
        QTest::addRow("client secret") << SecretKey::forConnection(idA(), SecretKind::ClientSecret)
                                       << "connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/client-secret";
        QTest::addRow("braces and upper case are normalized")
            << SecretKey::forConnection("{3F0B6C1E-8A52-4D0E-9A6F-2F1C0D9B7E41}", SecretKind::Password)
            << "connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/password";
        QTest::addRow("secret variable, case-insensitive name")
            << SecretKey::forVariable(idB(), "ApiKey") << "variable/0c3e1f7a-5d2b-4c8e-b1a9-6e4d2f8c0a13/apikey";
    }
    void entryName_namesOwnerAndKind()
    {
        QFETCH(SecretKey, key);
        QFETCH(QString, entry);
        QVERIFY(key.isValid());
        QCOMPARE(key.entryName(), entry);
    }

    void invalidKeys_areRejected_data()
    {
        QTest::addColumn<SecretKey>("key");
        QTest::addRow("name instead of id") << SecretKey::forConnection("deployments", SecretKind::Password);
        QTest::addRow("empty id") << SecretKey::forConnection(QString(), SecretKind::Token);
        QTest::addRow("variable without name") << SecretKey::forVariable(idA(), "  ");
        QTest::addRow("variable name with slash") << SecretKey::forVariable(idA(), "a/b");
    }
    void invalidKeys_areRejected()
    {
        QFETCH(SecretKey, key);
        QVERIFY(!key.isValid());
        SecretStore store;
        const SecretResult result = store.writeSync(key, "never stored");
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.message.contains("not valid"), qPrintable(result.message));
    }

    void stableIdFromName_isCaseInsensitiveUuid()
    {
        const QString id = StableId::fromName("Deployments");
        QVERIFY(StableId::isValid(id));
        QCOMPARE(id, StableId::normalized(id));
        QCOMPARE(StableId::fromName("deployments"), id);
        QCOMPARE(StableId::fromName("  DEPLOYMENTS "), id);
        QVERIFY(StableId::fromName("deployments-2") != id);
        // Fixed forever: entries stored under a name-based id must be found again after an upgrade.
        QCOMPARE(StableId::fromName("deployments"), StableId::fromName("deployments"));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), QLatin1Char('5')); // version 5
    }

    void stableIdCreate_isRandomUuid()
    {
        const QString a = StableId::create();
        const QString b = StableId::create();
        QVERIFY(StableId::isValid(a));
        QVERIFY(a != b);
        QCOMPARE(a, a.toLower());
        QVERIFY(!a.startsWith('{'));
    }

    void secretKinds_roundTripThroughTheirKeys()
    {
        for (SecretKind kind :
             {SecretKind::Password, SecretKind::Token, SecretKind::ClientSecret, SecretKind::SecretVariable}) {
            SecretKind parsed = SecretKind::Password;
            QVERIFY(secretKindFromKey(secretKindKey(kind), &parsed));
            QCOMPARE(parsed, kind);
        }
        SecretKind parsed = SecretKind::Token;
        QVERIFY(!secretKindFromKey("secret", &parsed));
        QCOMPARE(parsed, SecretKind::Token);
    }

    void environmentVariableName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("variable");
        QTest::addRow("plain") << "deployments"
                               << "RESTGATE_SECRET_DEPLOYMENTS";
        QTest::addRow("dash") << "azure-prod"
                              << "RESTGATE_SECRET_AZURE_PROD";
        QTest::addRow("space and dot") << "My API v2.0"
                                       << "RESTGATE_SECRET_MY_API_V2_0";
    }
    void environmentVariableName()
    {
        QFETCH(QString, name);
        QFETCH(QString, variable);
        QCOMPARE(SecretEnvironment::variableName(name), variable);
    }

    void environmentValue_setEvenWhenEmpty()
    {
        qunsetenv("RESTGATE_SECRET_ENV_PROBE");
        QVERIFY(!SecretEnvironment::value("env-probe").has_value());
        qputenv("RESTGATE_SECRET_ENV_PROBE", "");
        QCOMPARE(SecretEnvironment::value("env-probe"), std::optional<QString>(QString()));
        qputenv("RESTGATE_SECRET_ENV_PROBE", "from-env");
        QCOMPARE(SecretEnvironment::value("env-probe"), std::optional<QString>(QStringLiteral("from-env")));
        qunsetenv("RESTGATE_SECRET_ENV_PROBE");
    }

    // ---- "this run only": memory, on every machine ----

    void sessionMemory_storesReadsMovesAndRemoves()
    {
        SecretStore store;
        store.setBackend(SecretStore::Backend::SessionMemory);
        const QString from = freshId(), to = freshId();
        const SecretKey password = SecretKey::forConnection(from, SecretKind::Password);

        QCOMPARE(store.readSync(password).status, Status::NotFound);
        SecretResult written = store.writeSync(password, "memory-only");
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY(written.sessionOnly);
        SecretResult read = store.readSync(password);
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.value, QStringLiteral("memory-only"));
        QVERIFY(read.sessionOnly);

        const SecretResult moved = SecretStore::waitFor(store.moveOwner(from, to));
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.entriesAffected, 1);
        QCOMPARE(store.readSync(password).status, Status::NotFound);
        QCOMPARE(store.readSync(SecretKey::forConnection(to, SecretKind::Password)).value,
                 QStringLiteral("memory-only"));

        QCOMPARE(store.removeSync(SecretKey::forConnection(to, SecretKind::Password)).status, Status::Ok);
        QCOMPARE(store.removeSync(SecretKey::forConnection(to, SecretKind::Password)).status, Status::NotFound);
    }

    void jobs_finishAsynchronouslyAndOnce()
    {
        SecretStore store;
        store.setBackend(SecretStore::Backend::SessionMemory);
        SecretJob *job = store.write(SecretKey::forConnection(freshId(), SecretKind::Token), "t");
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(!job->isFinished()); // connecting after the call is always in time
        QVERIFY(spy.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        delete job;
    }

    void cancel_reportsCancelledOnce()
    {
        SecretStore store;
        store.setBackend(SecretStore::Backend::SessionMemory);
        SecretJob *job = store.read(SecretKey::forConnection(freshId(), SecretKind::Token));
        QSignalSpy spy(job, &SecretJob::finished);
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->result().status, Status::Cancelled);
        QTest::qWait(50); // the memory answer that was queued must not finish the job a second time
        QCOMPARE(spy.count(), 1);
        delete job;
    }

    // ---- a real Secret Service (with-keyring.sh) ----

    void keychain_probe_answers()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const SecretResult result = SecretStore::waitFor(store.probe());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.sessionOnly);
    }

    void keychain_storeReadUpdateDelete()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const SecretKey key = SecretKey::forConnection(freshId(), SecretKind::Password);

        SecretResult result = store.readSync(key);
        QCOMPARE(result.status, Status::NotFound);

        result = store.writeSync(key, "first-password");
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.sessionOnly);
        result = store.readSync(key);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.value, QStringLiteral("first-password"));

        result = store.writeSync(key, "second-password");
        QVERIFY2(result.ok(), qPrintable(result.message));
        // A second store reads what the Secret Service holds, not something cached in the first.
        SecretStore other;
        result = other.readSync(key);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.value, QStringLiteral("second-password"));

        result = store.removeSync(key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(other.readSync(key).status, Status::NotFound);
        QCOMPARE(store.removeSync(key).status, Status::NotFound);
    }

    void keychain_kindsOfOneConnectionAreSeparate()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const QString id = freshId();
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::Password), "pw").ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::ClientSecret), "cs").ok());
        QCOMPARE(store.readSync(SecretKey::forConnection(id, SecretKind::Password)).value, QStringLiteral("pw"));
        QCOMPARE(store.readSync(SecretKey::forConnection(id, SecretKind::ClientSecret)).value, QStringLiteral("cs"));
        QCOMPARE(store.readSync(SecretKey::forConnection(id, SecretKind::Token)).status, Status::NotFound);
        QCOMPARE(store.readSync(SecretKey::forConnection(freshId(), SecretKind::Password)).status, Status::NotFound);
        QVERIFY(SecretStore::waitFor(store.removeOwner(id)).ok());
    }

    void keychain_valuesRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("form and shell characters") << "a+b&c=d %e;f'g\"h\\i$j`k";
        QTest::addRow("non-ASCII") << QString::fromUtf8("pässwörd-密码-🔑");
        QTest::addRow("long") << QString(4096, QLatin1Char('x'));
        QTest::addRow("surrounding whitespace is kept") << "  padded \t";
        QTest::addRow("empty") << "";
    }
    void keychain_valuesRoundTrip()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        QFETCH(QString, value);
        SecretStore store;
        const SecretKey key = SecretKey::forConnection(freshId(), SecretKind::Token);
        const SecretResult written = store.writeSync(key, value);
        QVERIFY2(written.ok(), qPrintable(written.message));
        const SecretResult read = store.readSync(key);
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.value, value);
        QVERIFY(store.removeSync(key).ok());
    }

    void keychain_renameMovesEveryEntry()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const QString oldId = StableId::fromName("old-name"), newId = StableId::fromName("new-name");
        SecretStore::waitFor(store.removeOwner(oldId, {"apiKey"}));
        SecretStore::waitFor(store.removeOwner(newId, {"apiKey"}));
        QVERIFY(store.writeSync(SecretKey::forConnection(oldId, SecretKind::Password), "pw").ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(oldId, SecretKind::Token), "tok").ok());
        QVERIFY(store.writeSync(SecretKey::forVariable(oldId, "apiKey"), "var").ok());

        const SecretResult moved = SecretStore::waitFor(store.moveOwner(oldId, newId, {"apiKey"}));
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.entriesAffected, 3);

        // Nothing is left under the old id...
        for (SecretKind kind : connectionSecretKinds())
            QCOMPARE(store.readSync(SecretKey::forConnection(oldId, kind)).status, Status::NotFound);
        QCOMPARE(store.readSync(SecretKey::forVariable(oldId, "apiKey")).status, Status::NotFound);
        // ...and everything is under the new one.
        QCOMPARE(store.readSync(SecretKey::forConnection(newId, SecretKind::Password)).value, QStringLiteral("pw"));
        QCOMPARE(store.readSync(SecretKey::forConnection(newId, SecretKind::Token)).value, QStringLiteral("tok"));
        QCOMPARE(store.readSync(SecretKey::forVariable(newId, "APIKEY")).value, QStringLiteral("var"));
        QCOMPARE(store.readSync(SecretKey::forConnection(newId, SecretKind::ClientSecret)).status, Status::NotFound);

        QVERIFY(SecretStore::waitFor(store.removeOwner(newId, {"apiKey"})).ok());
    }

    void keychain_moveReplacesWhatTheTargetHad()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const QString from = freshId(), to = freshId();
        QVERIFY(store.writeSync(SecretKey::forConnection(from, SecretKind::Password), "new").ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(to, SecretKind::Password), "stale").ok());
        QVERIFY(SecretStore::waitFor(store.moveOwner(from, to)).ok());
        QCOMPARE(store.readSync(SecretKey::forConnection(to, SecretKind::Password)).value, QStringLiteral("new"));
        QVERIFY(SecretStore::waitFor(store.removeOwner(to)).ok());
    }

    void keychain_duplicateCopiesAndKeepsTheSource()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const QString from = freshId(), to = freshId();
        QVERIFY(store.writeSync(SecretKey::forConnection(from, SecretKind::ClientSecret), "cs").ok());
        const SecretResult copied = SecretStore::waitFor(store.copyOwner(from, to));
        QVERIFY2(copied.ok(), qPrintable(copied.message));
        QCOMPARE(copied.entriesAffected, 1);
        QCOMPARE(store.readSync(SecretKey::forConnection(from, SecretKind::ClientSecret)).value, QStringLiteral("cs"));
        QCOMPARE(store.readSync(SecretKey::forConnection(to, SecretKind::ClientSecret)).value, QStringLiteral("cs"));
        QVERIFY(SecretStore::waitFor(store.removeOwner(from)).ok());
        QVERIFY(SecretStore::waitFor(store.removeOwner(to)).ok());
    }

    void keychain_deleteConnectionOrphansNothing()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        SecretStore store;
        const QString id = freshId();
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::Password), "pw").ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::Token), "tok").ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::ClientSecret), "cs").ok());
        QVERIFY(store.writeSync(SecretKey::forVariable(id, "token2"), "v").ok());

        const SecretResult removed = SecretStore::waitFor(store.removeOwner(id, {"token2"}));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(removed.entriesAffected, 4);
        for (SecretKind kind : connectionSecretKinds())
            QCOMPARE(store.readSync(SecretKey::forConnection(id, kind)).status, Status::NotFound);
        QCOMPARE(store.readSync(SecretKey::forVariable(id, "token2")).status, Status::NotFound);

        // Deleting a connection that never had a secret is not an error.
        const SecretResult nothing = SecretStore::waitFor(store.removeOwner(freshId()));
        QVERIFY(nothing.ok());
        QCOMPARE(nothing.entriesAffected, 0);
    }

    void keychain_leakCheck_secretsOnlyInsideTheEncryptedKeyring()
    {
        RESTGATE_REQUIRE_SECRET_SERVICE();
        const QString sandbox = qEnvironmentVariable("RESTGATE_KEYRING_SANDBOX");
        const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        const QStringList secrets = {QStringLiteral("canary-password-") + StableId::create(),
                                     QStringLiteral("canary-client-secret-") + StableId::create(),
                                     QStringLiteral("canary-pat-") + StableId::create()};
        SecretStore store;
        const QString id = freshId();
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::Password), secrets.at(0)).ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(id, SecretKind::ClientSecret), secrets.at(1)).ok());
        QVERIFY(store.writeSync(SecretKey::forConnection(freshId(), SecretKind::Token), secrets.at(2)).ok());
        QCOMPARE(store.readSync(SecretKey::forConnection(id, SecretKind::Password)).value, secrets.at(0));

        // The secrets did reach gnome-keyring's storage (so the scan below looks where they would be)...
        const QFileInfo login(keyrings + QStringLiteral("/login.keyring"));
        QVERIFY2(login.exists() && login.size() > 0, qPrintable(login.filePath()));
        QVERIFY(login.lastModified() >= before);

        // ...and nowhere else under HOME, XDG_*, or TMPDIR is a byte of them, raw, base64 or percent-encoded.
        int scanned = 0;
        const QStringList outside = filesContaining(sandbox, secrets, keyrings, &scanned);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join('\n')));
        // Not even inside the keyring file in the clear: it is encrypted with the keyring password.
        int keyringFiles = 0;
        const QStringList inside = filesContaining(keyrings, secrets, {}, &keyringFiles);
        QVERIFY(keyringFiles >= 1);
        QVERIFY2(inside.isEmpty(), qPrintable(inside.join('\n')));
    }

    // ---- no Secret Service (direct run, DBUS_SESSION_BUS_ADDRESS points at nothing) ----

    void noSecretService_everyOperationSaysSo()
    {
        RESTGATE_REQUIRE_NO_SECRET_SERVICE();
        SecretStore store;
        store.setTimeout(std::chrono::seconds(20));
        const SecretKey key = SecretKey::forConnection(freshId(), SecretKind::Password);
        const QList<SecretResult> results = {store.writeSync(key, "nowhere to go"), store.readSync(key),
                                             store.removeSync(key), SecretStore::waitFor(store.probe()),
                                             SecretStore::waitFor(store.removeOwner(key.ownerId))};
        for (const SecretResult &result : results) {
            QCOMPARE(result.status, Status::NoSecretService);
            QVERIFY2(
                result.message.startsWith("No Secret Service is available (is gnome-keyring or KWallet running?): "),
                qPrintable(result.message));
            QVERIFY(!result.sessionOnly);
            QVERIFY(!result.message.contains("nowhere to go"));
        }
    }

    void noSecretService_noSilentFallback_memoryOnlyWhenAsked()
    {
        RESTGATE_REQUIRE_NO_SECRET_SERVICE();
        SecretStore store;
        const SecretKey key = SecretKey::forConnection(freshId(), SecretKind::Token);
        QCOMPARE(store.writeSync(key, "kept-for-this-run").status, Status::NoSecretService);
        // The failed write left nothing anywhere: switching to memory does not find it.
        store.setBackend(SecretStore::Backend::SessionMemory);
        QCOMPARE(store.readSync(key).status, Status::NotFound);

        const SecretResult written = store.writeSync(key, "kept-for-this-run");
        QVERIFY(written.ok());
        QVERIFY(written.sessionOnly);
        QCOMPARE(store.readSync(key).value, QStringLiteral("kept-for-this-run"));

        // Back on the keychain the memory entry is not consulted: still no Secret Service.
        store.setBackend(SecretStore::Backend::Keychain);
        QCOMPARE(store.readSync(key).status, Status::NoSecretService);
        // And a second store (another run) never sees it.
        SecretStore other;
        other.setBackend(SecretStore::Backend::SessionMemory);
        QCOMPARE(other.readSync(key).status, Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
