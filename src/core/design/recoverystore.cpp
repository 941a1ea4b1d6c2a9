#include "core/design/recoverystore.h"

#include "core/design/atomicwrite.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace RestGate {

namespace {

const QString documentSuffix = QStringLiteral(".restgate.yml");
const QString sessionPrefix = QStringLiteral("session-");

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    QString reason;
    if (!writeFileAtomically(path, bytes, &reason)) {
        *errorMessage = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::documentPath(const QString &sessionId) const
{
    return m_directory + QLatin1Char('/') + sessionPrefix + sessionId + documentSuffix;
}

QString RecoveryStore::metaPath(const QString &sessionId) const
{
    return m_directory + QLatin1Char('/') + sessionPrefix + sessionId + QStringLiteral(".json");
}

QString RecoveryStore::lockPath(const QString &sessionId) const
{
    return m_directory + QLatin1Char('/') + sessionPrefix + sessionId + QStringLiteral(".lock");
}

bool RecoveryStore::write(const DesignDocument &document, const QString &originalPath, QString *errorMessage)
{
    if (!QDir().mkpath(m_directory)) {
        *errorMessage = QStringLiteral("Cannot create %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_sessionId));
        // Age must never make a live session's lock look stale; a dead owner process still does.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            *errorMessage = QStringLiteral("Cannot lock %1").arg(QDir::toNativeSeparators(lockPath(m_sessionId)));
            m_lock.reset();
            return false;
        }
    }
    // The document first: a crash between the two writes leaves a document without fresh metadata, which is
    // still recoverable, never metadata pointing at nothing.
    // A copy: the document's own file, and what RestGate knows of it, stay as they are.
    if (!document.save(documentPath(m_sessionId), errorMessage, nullptr, DesignDocument::SaveMode::Copy))
        return false;
    const QJsonObject meta {{QStringLiteral("originalPath"), originalPath},
                            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeAtomically(metaPath(m_sessionId), QJsonDocument(meta).toJson(QJsonDocument::Compact), errorMessage);
}

void RecoveryStore::discard()
{
    QFile::remove(documentPath(m_sessionId));
    QFile::remove(metaPath(m_sessionId));
    m_lock.reset(); // unlocks and deletes the lock file
}

bool RecoveryStore::hasRecovery() const
{
    return QFileInfo::exists(documentPath(m_sessionId));
}

QList<RecoveredDesign> RecoveryStore::orphans() const
{
    QList<RecoveredDesign> found;
    const QDir dir(m_directory);
    const QStringList documents = dir.entryList({sessionPrefix + QLatin1Char('*') + documentSuffix}, QDir::Files);
    for (const QString &name : documents) {
        const QString sessionId =
            name.mid(sessionPrefix.size(), name.size() - sessionPrefix.size() - documentSuffix.size());
        if (sessionId == m_sessionId)
            continue;
        // A session that is still running holds its lock; trying it is how we tell a live window from a crashed one.
        QLockFile probe(lockPath(sessionId));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue;
        probe.unlock();

        RecoveredDesign recovery;
        recovery.sessionId = sessionId;
        DocumentError error;
        if (!DesignDocument::load(documentPath(sessionId), &recovery.document, &error))
            continue;
        QFile metaFile(metaPath(sessionId));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            recovery.originalPath = meta.value(QStringLiteral("originalPath")).toString();
            recovery.savedAt =
                QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        }
        if (!recovery.savedAt.isValid())
            recovery.savedAt = QFileInfo(documentPath(sessionId)).lastModified();
        found.append(recovery);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredDesign &a, const RecoveredDesign &b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::remove(const RecoveredDesign &recovery) const
{
    QFile::remove(documentPath(recovery.sessionId));
    QFile::remove(metaPath(recovery.sessionId));
    QFile::remove(lockPath(recovery.sessionId));
}

} // namespace RestGate
