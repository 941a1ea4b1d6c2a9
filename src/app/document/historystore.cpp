#include "app/document/historystore.h"

#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace RestGate {

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString HistoryStore::fileFor(const QString &directory, const QString &designPath)
{
    const QByteArray canonical = QFileInfo(designPath).absoluteFilePath().toUtf8();
    return directory + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(32))
        + QStringLiteral(".json");
}

QHash<QString, QJsonArray> HistoryStore::load(const QString &directory, const QString &designPath)
{
    QHash<QString, QJsonArray> tasks;
    QFile file(fileFor(directory, designPath));
    if (designPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return tasks;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // Two paths could share a hash prefix; the file says which design it belongs to.
    if (root.value(QStringLiteral("design")).toString() != QFileInfo(designPath).absoluteFilePath())
        return tasks;
    const QJsonObject saved = root.value(QStringLiteral("tasks")).toObject();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        tasks.insert(it.key(), it.value().toArray());
    return tasks;
}

bool HistoryStore::save(const QString &directory, const QString &designPath, const QHash<QString, QJsonArray> &tasks)
{
    if (designPath.isEmpty())
        return false;
    const QString path = fileFor(directory, designPath);
    if (tasks.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    if (!QDir().mkpath(directory))
        return false;
    QJsonObject saved;
    for (auto it = tasks.begin(); it != tasks.end(); ++it)
        saved.insert(it.key(), it.value());
    const QJsonObject root {{QStringLiteral("design"), QFileInfo(designPath).absoluteFilePath()},
                            {QStringLiteral("tasks"), saved}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

QString HistoryStore::taskKey(const DesignDocument &document, qsizetype index)
{
    const QString label = PipelineExport::displayLabel(document.tasks.at(index));
    int before = 0;
    for (qsizetype i = 0; i < index; ++i) {
        if (PipelineExport::displayLabel(document.tasks.at(i)) == label)
            ++before;
    }
    return label + QLatin1Char('#') + QString::number(before);
}

} // namespace RestGate
