#pragma once

#include "core/design/displaytext.h"
#include "secrets/secretkey.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace RestGate {

/// How one keychain operation ended. Never carries a secret outside `value`, and `message` never quotes one.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, ///< nothing stored under that key (for remove: there was nothing to remove)
        NoSecretService, ///< no keychain to talk to: no D-Bus session, no gnome-keyring / KWallet, no libsecret
        AccessDenied, ///< the keychain is locked and stayed locked, or the user refused access
        TimedOut, ///< the keychain did not answer in time (usually an unlock prompt nobody answers)
        Cancelled,
        Failed, ///< anything else; `message` says what the keychain said
    };

    Status status = Status::Failed;
    QString value; ///< read: the secret
    QString message; ///< a sentence for the user when the operation failed, in English: logs and the error field of a
                     ///< run read it
    QString shownMessage; ///< the same in the user's language; empty when it is `message`

    QString shown() const { return shownMessage.isEmpty() ? message : shownMessage; }
    void setMessage(const DisplayText &text)
    {
        message = text.english;
        shownMessage = text.shown;
    }
    bool sessionOnly = false; ///< served by the in-memory "this run only" store, not by the keychain
    int entriesAffected = 0; ///< entries read, written, moved, copied or removed

    bool ok() const { return status == Status::Ok; }
};

/// One running keychain operation. Emits finished() exactly once, always asynchronously (cancel() excepted, which
/// reports Cancelled before it returns). The caller deletes it, usually with deleteLater() in a finished() handler.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    ~SecretJob() override;

    /// Stops waiting. A keychain call already under way still completes inside the Secret Service; its answer is
    /// dropped.
    void cancel();
    bool isFinished() const { return m_finished; }
    const SecretResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const RestGate::SecretResult &result);

private:
    friend class SecretStore;
    SecretJob(std::chrono::milliseconds timeout, QObject *parent);

    /// (Re)starts the timeout for the next keychain call.
    void arm();
    void finish(const SecretResult &result);

    QTimer *m_timer;
    std::shared_ptr<void> m_chain; ///< the steps of a multi-entry operation, freed with the job
    SecretResult m_result;
    bool m_finished = false;
};

/// Secrets in the OS keychain through QtKeychain (Secret Service via libsecret on Linux, Keychain on macOS,
/// Credential Manager on Windows), under the service name "RestGate" and the entry names of SecretKey.
/// QtKeychain's insecure plaintext fallback is always off.
///
/// When there is no keychain every operation fails with NoSecretService and a message that says so. Only if the
/// caller then asks for it (setBackend(Backend::SessionMemory), after the user agreed) are secrets kept in this
/// object's memory for the rest of the run: never silently, never on disk.
///
/// The RESTGATE_SECRET_<NAME> environment override is not applied here but by CredentialResolver, which knows
/// connection names; see SecretEnvironment.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Keychain,
        SessionMemory, ///< "this run only": in this process's memory, gone when it exits
    };

    /// The keychain service every entry is stored under.
    static QString serviceName();

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    /// Switching to SessionMemory never copies anything out of the keychain, and switching back drops nothing:
    /// the memory entries stay until this object is destroyed.
    void setBackend(Backend backend);

    /// How long one keychain call may take (default 2 minutes: long enough to type an unlock password).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    SecretJob *read(const SecretKey &key);
    /// Stores or replaces the secret.
    SecretJob *write(const SecretKey &key, const QString &value);
    /// NotFound when nothing was stored under the key.
    SecretJob *remove(const SecretKey &key);

    /// Every entry owned by `fromOwnerId` (the connection kinds, plus the named secret variables) is moved to
    /// `toOwnerId`, replacing what is there. For a connection whose stable id changes (or a document whose
    /// connection only had a name-based id); renaming a connection that keeps its id needs no move.
    SecretJob *moveOwner(const QString &fromOwnerId, const QString &toOwnerId, const QStringList &variableNames = {});
    /// The same, keeping the source entries: for duplicating a connection.
    SecretJob *copyOwner(const QString &fromOwnerId, const QString &toOwnerId, const QStringList &variableNames = {});
    /// Removes every entry the owner has, so that deleting a connection orphans nothing. Ok even if there was
    /// nothing to remove (entriesAffected says how many went).
    SecretJob *removeOwner(const QString &ownerId, const QStringList &variableNames = {});

    /// Asks the keychain something harmless: Ok when it answers, NoSecretService (etc.) when not. For the GUI to
    /// say up front that secrets cannot be stored and offer "this run only".
    SecretJob *probe();

    /// Runs a nested event loop until `job` finishes, deletes it and returns its result. For the CLI.
    static SecretResult waitFor(SecretJob *job);
    SecretResult readSync(const SecretKey &key) { return waitFor(read(key)); }
    SecretResult writeSync(const SecretKey &key, const QString &value) { return waitFor(write(key, value)); }
    SecretResult removeSync(const SecretKey &key) { return waitFor(remove(key)); }

private:
    using Completion = std::function<void(const SecretResult &)>;
    enum class Transfer
    {
        Move,
        Copy,
        Remove
    };

    SecretJob *newJob();
    void readEntry(SecretJob *job, const QString &entry, const Completion &done);
    void writeEntry(SecretJob *job, const QString &entry, const QString &value, const Completion &done);
    void deleteEntry(SecretJob *job, const QString &entry, const Completion &done);
    SecretJob *transfer(Transfer kind, const QString &fromOwnerId, const QString &toOwnerId,
                        const QStringList &variableNames);
    SecretJob *invalid(const DisplayText &message);

    Backend m_backend = Backend::Keychain;
    std::chrono::milliseconds m_timeout = std::chrono::minutes(2);
    QHash<QString, QString> m_memory; ///< SessionMemory entries, by entry name
};

} // namespace RestGate
