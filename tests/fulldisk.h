#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

namespace RestGate::TestSupport {

/// A real, tiny filesystem (tmpfs, 64 KiB) mounted for one test, so that writes fail with ENOSPC exactly as on a
/// full disk. Mounting needs root; without it `available()` is false and `why()` says so (tests QSKIP with it).
class SmallFilesystem
{
public:
    SmallFilesystem()
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a tmpfs needs root; FileSizeLimit covers the same failure without it");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                     QStringLiteral("tmpfs"), m_dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
            m_why =
                QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(mount.readAllStandardError()));
            return;
        }
        m_mounted = true;
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallFilesystem)

    bool available() const { return m_mounted; }
    QString why() const { return m_why; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Fills what is left with one file, so that the next write of even one byte fails.
    bool fill() const
    {
        QFile filler(m_dir.filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(1024, 'f');
        while (filler.write(block) > 0) { }
        return true;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

/// Caps the size of any file the process writes (RLIMIT_FSIZE): a write that crosses the cap is cut short and the
/// next one fails with EFBIG — the same short write a full disk gives, without root. Restored on destruction.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

    /// For QProcess::setChildProcessModifier: the same cap in a child (a CLI run), set between fork and exec.
    static void applyInChild(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit;
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace RestGate::TestSupport
