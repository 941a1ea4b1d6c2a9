#include "app/document/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace RestGate {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::store(const QStringList &paths)
{
    QSettings settings;
    settings.setValue(settingsKey, paths.mid(0, maxEntries));
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // The number is the keyboard accelerator; the full path is in the tooltip and status tip.
        const QString accelerator = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = menu->addAction(accelerator + QLatin1Char(' ')
                                          + QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent designs"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear recent designs"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace RestGate
