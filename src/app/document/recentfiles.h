#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace RestGate {

/// File ▸ Recent: the designs opened or saved last, newest first, kept in QSettings (paths only).
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int maxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// Fills `menu` with the entries (numbered for the keyboard) and a "Clear" item; call it on aboutToShow.
    void populate(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &paths);
};

} // namespace RestGate
