#pragma once

#include "core/design/designdocument.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace RestGate {

/// A design an earlier session autosaved and never closed cleanly (a crash, a power cut, a killed process).
struct RecoveredDesign
{
    QString sessionId;
    QString originalPath; ///< the file the design was opened from or saved to; empty for an unsaved design
    QDateTime savedAt;
    DesignDocument document;
};

/// Autosave for one window: the open design is written to a recovery directory as the user edits, so a crash costs
/// at most the autosave delay. Each session holds a lock file while it runs; a recovery whose lock is gone or whose
/// owner process is dead belongs to a session that ended without closing cleanly, and is offered back on the next
/// start. Design documents never hold secrets, so neither do recovery files.
class RecoveryStore
{
public:
    /// `directory` is created when missing. Tests pass a temporary directory.
    explicit RecoveryStore(const QString &directory);
    /// Releases the lock and keeps the recovery file: only discard() removes it, after a clean save or close.
    ~RecoveryStore();
    Q_DISABLE_COPY_MOVE(RecoveryStore)

    QString directory() const { return m_directory; }
    QString sessionId() const { return m_sessionId; }

    /// Writes the design atomically; the first call takes the session's lock.
    bool write(const DesignDocument &document, const QString &originalPath, QString *errorMessage);
    /// Removes this session's recovery (the design was saved, reverted or closed deliberately).
    void discard();
    bool hasRecovery() const;

    /// Recoveries of other sessions that ended without closing cleanly, newest first. Unreadable ones are skipped
    /// and left on disk for the user to look at.
    QList<RecoveredDesign> orphans() const;
    /// Deletes a recovery once it was restored (a restored design is autosaved again under this session) or declined.
    void remove(const RecoveredDesign &recovery) const;

    static QString defaultDirectory();

private:
    QString documentPath(const QString &sessionId) const;
    QString metaPath(const QString &sessionId) const;
    QString lockPath(const QString &sessionId) const;

    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace RestGate
