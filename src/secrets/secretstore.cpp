#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QLibrary>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace RestGate {

namespace {

/// Whether libsecret can be loaded. QtKeychain dlopen()s it and, without it, falls back to backends Debian no
/// longer ships, failing with a bare "Unknown error"; this lets us name the missing package instead.
bool libsecretLoadable()
{
    static const bool loadable = [] {
        QLibrary library(QStringLiteral("secret-1"), 0);
        return library.load();
    }();
    return loadable;
}

/// libsecret passes on GDBus' own words when there is no bus or nobody owns org.freedesktop.secrets; QtKeychain
/// reports them as OtherError. These are the phrasings that mean "no Secret Service" rather than "it failed".
bool meansNoSecretService(const QString &text)
{
    static const char *const phrases[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "was not provided by any .service files",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.FileNotFound",
        "org.freedesktop.DBus.Error.Spawn",
        "Could not connect",
        "Cannot autolaunch D-Bus",
        "Cannot spawn a message bus",
        "DBUS_SESSION_BUS_ADDRESS",
        "D-Bus is not running",
        "No keychain service available",
        "No keyring daemon",
    };
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

DisplayText noSecretServiceMessage(const DisplayText &detail)
{
    if (detail.english.isEmpty())
        return DisplayText::translate("RestGate::SecretStore",
                                      "No Secret Service is available (is gnome-keyring or KWallet running?)");
    return DisplayText::translate("RestGate::SecretStore",
                                  "No Secret Service is available (is gnome-keyring or KWallet running?): %1")
        .arg(detail);
}

/// The keychain's own words stay as it said them.
DisplayText asIs(const QString &text)
{
    return DisplayText(text, text);
}

SecretResult resultFor(QKeychain::Error error, const QString &text)
{
    SecretResult result;
    switch (error) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        result.setMessage(
            DisplayText::translate("RestGate::SecretStore",
                                   "The keychain refused access (it is locked, or its unlock prompt was dismissed): %1")
                .arg(text));
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoSecretService;
        result.setMessage(noSecretServiceMessage(asIs(text)));
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (meansNoSecretService(text)) {
        result.status = SecretResult::Status::NoSecretService;
        result.setMessage(noSecretServiceMessage(asIs(text)));
    } else if (!libsecretLoadable() && text == QLatin1String("Unknown error")) {
        result.status = SecretResult::Status::NoSecretService;
        result.setMessage(noSecretServiceMessage(DisplayText::translate(
            "RestGate::SecretStore",
            "libsecret is not installed (Debian and Ubuntu: package libsecret-1-0), so the Secret "
            "Service cannot be reached")));
    } else {
        result.status = SecretResult::Status::Failed;
        result.setMessage(DisplayText::translate("RestGate::SecretStore", "The keychain failed: %1").arg(text));
    }
    return result;
}

QList<SecretKey> ownerKeys(const QString &ownerId, const QStringList &variableNames)
{
    QList<SecretKey> keys;
    for (SecretKind kind : connectionSecretKinds())
        keys.append(SecretKey::forConnection(ownerId, kind));
    for (const QString &name : variableNames)
        keys.append(SecretKey::forVariable(ownerId, name));
    return keys;
}

} // namespace

// ---- SecretJob ----------------------------------------------------------------------------------------------

SecretJob::SecretJob(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeout);
    connect(m_timer, &QTimer::timeout, this, [this] {
        SecretResult result;
        result.status = SecretResult::Status::TimedOut;
        result.setMessage(
            DisplayText::translate("RestGate::SecretStore",
                                   "The keychain did not answer within %1 s (is it locked and waiting for an "
                                   "unlock prompt nobody can answer?).")
                .arg(m_timer->interval() / 1000.0));
        finish(result);
    });
}

SecretJob::~SecretJob() = default;

void SecretJob::cancel()
{
    SecretResult result;
    result.status = SecretResult::Status::Cancelled;
    result.setMessage(DisplayText::translate("RestGate::SecretStore", "The keychain operation was cancelled."));
    finish(result);
}

void SecretJob::arm()
{
    m_timer->start();
}

void SecretJob::finish(const SecretResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_result = result;
    Q_EMIT finished(m_result);
}

// ---- SecretStore --------------------------------------------------------------------------------------------

QString SecretStore::serviceName()
{
    return QStringLiteral("RestGate");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::setBackend(Backend backend)
{
    m_backend = backend;
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

SecretJob *SecretStore::newJob()
{
    return new SecretJob(m_timeout, this);
}

SecretJob *SecretStore::invalid(const DisplayText &message)
{
    SecretJob *job = newJob();
    SecretResult result;
    result.status = SecretResult::Status::Failed;
    result.setMessage(message);
    // Still asynchronous, so callers can connect first whatever happens.
    QMetaObject::invokeMethod(
        job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
    return job;
}

void SecretStore::readEntry(SecretJob *job, const QString &entry, const Completion &done)
{
    job->arm();
    if (m_backend == Backend::SessionMemory) {
        SecretResult result;
        result.sessionOnly = true;
        const auto it = m_memory.constFind(entry);
        if (it == m_memory.constEnd()) {
            result.status = SecretResult::Status::NotFound;
        } else {
            result.status = SecretResult::Status::Ok;
            result.value = *it;
        }
        QMetaObject::invokeMethod(
            job,
            [job, done, result] {
                if (!job->isFinished())
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    // QtKeychain jobs delete themselves once finished and have no parent: the Secret Service calls back into
    // them, so they must outlive a SecretJob that was cancelled or deleted in the meantime.
    auto *keychainJob = new QKeychain::ReadPasswordJob(serviceName());
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(entry);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *finishedJob) {
        if (job->isFinished())
            return;
        SecretResult result = resultFor(finishedJob->error(), finishedJob->errorString());
        if (result.ok())
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        done(result);
    });
    keychainJob->start();
}

void SecretStore::writeEntry(SecretJob *job, const QString &entry, const QString &value, const Completion &done)
{
    job->arm();
    if (m_backend == Backend::SessionMemory) {
        m_memory.insert(entry, value);
        SecretResult result;
        result.status = SecretResult::Status::Ok;
        result.sessionOnly = true;
        QMetaObject::invokeMethod(
            job,
            [job, done, result] {
                if (!job->isFinished())
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *keychainJob = new QKeychain::WritePasswordJob(serviceName());
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(entry);
    keychainJob->setTextData(value);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *finishedJob) {
        if (!job->isFinished())
            done(resultFor(finishedJob->error(), finishedJob->errorString()));
    });
    keychainJob->start();
}

void SecretStore::deleteEntry(SecretJob *job, const QString &entry, const Completion &done)
{
    job->arm();
    if (m_backend == Backend::SessionMemory) {
        SecretResult result;
        result.sessionOnly = true;
        result.status = m_memory.remove(entry) > 0 ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        QMetaObject::invokeMethod(
            job,
            [job, done, result] {
                if (!job->isFinished())
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *keychainJob = new QKeychain::DeletePasswordJob(serviceName());
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(entry);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, done](QKeychain::Job *finishedJob) {
        if (!job->isFinished())
            done(resultFor(finishedJob->error(), finishedJob->errorString()));
    });
    keychainJob->start();
}

SecretJob *SecretStore::read(const SecretKey &key)
{
    if (!key.isValid())
        return invalid(DisplayText::translate("RestGate::SecretStore", "Cannot read the %1: the key is not valid.")
                           .arg(key.description()));
    SecretJob *job = newJob();
    readEntry(job, key.entryName(), [job](const SecretResult &result) {
        SecretResult outcome = result;
        outcome.entriesAffected = result.ok() ? 1 : 0;
        job->finish(outcome);
    });
    return job;
}

SecretJob *SecretStore::write(const SecretKey &key, const QString &value)
{
    if (!key.isValid())
        return invalid(DisplayText::translate("RestGate::SecretStore", "Cannot store the %1: the key is not valid.")
                           .arg(key.description()));
    SecretJob *job = newJob();
    writeEntry(job, key.entryName(), value, [job](const SecretResult &result) {
        SecretResult outcome = result;
        outcome.entriesAffected = result.ok() ? 1 : 0;
        job->finish(outcome);
    });
    return job;
}

SecretJob *SecretStore::remove(const SecretKey &key)
{
    if (!key.isValid())
        return invalid(DisplayText::translate("RestGate::SecretStore", "Cannot remove the %1: the key is not valid.")
                           .arg(key.description()));
    SecretJob *job = newJob();
    const QString entry = key.entryName();
    // Read first: deleting a missing entry succeeds silently in libsecret, and "there was nothing to remove" is
    // worth telling the user.
    readEntry(job, entry, [this, job, entry](const SecretResult &found) {
        if (!found.ok()) {
            job->finish(found);
            return;
        }
        deleteEntry(job, entry, [job](const SecretResult &result) {
            SecretResult outcome = result;
            outcome.entriesAffected = result.ok() ? 1 : 0;
            job->finish(outcome);
        });
    });
    return job;
}

SecretJob *SecretStore::moveOwner(const QString &fromOwnerId, const QString &toOwnerId,
                                  const QStringList &variableNames)
{
    return transfer(Transfer::Move, fromOwnerId, toOwnerId, variableNames);
}

SecretJob *SecretStore::copyOwner(const QString &fromOwnerId, const QString &toOwnerId,
                                  const QStringList &variableNames)
{
    return transfer(Transfer::Copy, fromOwnerId, toOwnerId, variableNames);
}

SecretJob *SecretStore::removeOwner(const QString &ownerId, const QStringList &variableNames)
{
    return transfer(Transfer::Remove, ownerId, {}, variableNames);
}

SecretJob *SecretStore::transfer(Transfer operation, const QString &fromOwnerId, const QString &toOwnerId,
                                 const QStringList &variableNames)
{
    if (!StableId::isValid(fromOwnerId) || (operation != Transfer::Remove && !StableId::isValid(toOwnerId)))
        return invalid(DisplayText::translate("RestGate::SecretStore",
                                              "Cannot move or remove keychain entries: '%1' is not a stable id.")
                           .arg(StableId::isValid(fromOwnerId) ? toOwnerId : fromOwnerId));
    if (operation != Transfer::Remove && StableId::normalized(fromOwnerId) == StableId::normalized(toOwnerId)) {
        SecretJob *job = newJob();
        SecretResult result;
        result.status = SecretResult::Status::Ok;
        result.sessionOnly = m_backend == Backend::SessionMemory;
        QMetaObject::invokeMethod(
            job, [job, result] { job->finish(result); }, Qt::QueuedConnection);
        return job;
    }

    SecretJob *job = newJob();
    struct State
    {
        QList<SecretKey> sources;
        QString toOwnerId;
        qsizetype index = 0;
        int done = 0;
    };
    auto state = std::make_shared<State>();
    state->sources = ownerKeys(fromOwnerId, variableNames);
    state->toOwnerId = toOwnerId;
    const bool sessionOnly = m_backend == Backend::SessionMemory;

    // One entry at a time: read it, write the copy, delete the original. The keychain cannot list a service's
    // entries portably, so the kinds (and the secret variables the caller names) are tried one by one.
    auto step = std::make_shared<std::function<void()>>();
    auto fail = [job, state, operation](const SecretResult &result) {
        SecretResult outcome = result;
        outcome.entriesAffected = state->done;
        if (state->done > 0) {
            const DisplayText already =
                (operation == Transfer::Remove
                     ? DisplayText::translate("RestGate::SecretStore", "(%1 of the entries had already been removed.)")
                     : operation == Transfer::Move
                     ? DisplayText::translate("RestGate::SecretStore", "(%1 of the entries had already been moved.)")
                     : DisplayText::translate("RestGate::SecretStore", "(%1 of the entries had already been copied.)"))
                    .arg(state->done);
            outcome.setMessage(DisplayText(outcome.message + QLatin1Char(' ') + already.english,
                                           outcome.shown() + QLatin1Char(' ') + already.shown));
        }
        job->finish(outcome);
    };
    // `step` refers to itself only weakly (a strong self-capture would never be freed); the callbacks waiting on
    // the keychain hold it strongly, and the job holds it (m_chain) until the job is destroyed.
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [this, job, state, operation, fail, weakStep, sessionOnly] {
        const auto self = weakStep.lock();
        if (!self)
            return;
        if (state->index >= state->sources.size()) {
            SecretResult result;
            result.status = SecretResult::Status::Ok;
            result.entriesAffected = state->done;
            result.sessionOnly = sessionOnly;
            job->finish(result);
            return;
        }
        const SecretKey source = state->sources.at(state->index++);
        readEntry(job, source.entryName(),
                  [this, job, state, operation, fail, self, source](const SecretResult &found) {
                      if (found.status == SecretResult::Status::NotFound) {
                          (*self)();
                          return;
                      }
                      if (!found.ok()) {
                          fail(found);
                          return;
                      }
                      auto removeSource = [this, job, state, fail, self, source] {
                          deleteEntry(job, source.entryName(), [state, fail, self](const SecretResult &removed) {
                              if (!removed.ok() && removed.status != SecretResult::Status::NotFound) {
                                  fail(removed);
                                  return;
                              }
                              ++state->done;
                              (*self)();
                          });
                      };
                      if (operation == Transfer::Remove) {
                          removeSource();
                          return;
                      }
                      SecretKey target = source;
                      target.ownerId = state->toOwnerId;
                      writeEntry(job, target.entryName(), found.value,
                                 [state, operation, fail, self, removeSource](const SecretResult &written) {
                                     if (!written.ok()) {
                                         fail(written);
                                         return;
                                     }
                                     if (operation == Transfer::Move) {
                                         removeSource();
                                         return;
                                     }
                                     ++state->done;
                                     (*self)();
                                 });
                  });
    };
    // The job owns the chain: it lives as long as the job, whichever callback runs last.
    job->m_chain = step;
    QMetaObject::invokeMethod(
        job,
        [step] {
            if (*step)
                (*step)();
        },
        Qt::QueuedConnection);
    return job;
}

SecretJob *SecretStore::probe()
{
    SecretJob *job = newJob();
    // An entry nobody writes: "not found" proves the Secret Service answered.
    readEntry(job, QStringLiteral("probe/availability"), [job](const SecretResult &result) {
        SecretResult outcome = result;
        if (result.status == SecretResult::Status::NotFound || result.ok()) {
            outcome.status = SecretResult::Status::Ok;
            outcome.value.clear();
        }
        job->finish(outcome);
    });
    return job;
}

SecretResult SecretStore::waitFor(SecretJob *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const SecretResult result = job->result();
    delete job;
    return result;
}

} // namespace RestGate
