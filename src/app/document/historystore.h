#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace RestGate {

class DesignDocument;

/// The run histories of a design between sessions: one JSON file per design in the application data folder (never
/// beside the design, which is shared), named by a hash of the design's path. It holds only what RunHistory::toJson
/// keeps: no headers, bodies, logs or secrets.
class HistoryStore
{
public:
    static QString defaultDirectory();
    /// The file holding the histories of the design at `designPath`.
    static QString fileFor(const QString &directory, const QString &designPath);
    /// By taskKey(); empty when nothing was saved or the file cannot be read.
    static QHash<QString, QJsonArray> load(const QString &directory, const QString &designPath);
    /// Replaces what was saved for the design; no histories at all removes its file.
    static bool save(const QString &directory, const QString &designPath, const QHash<QString, QJsonArray> &tasks);
    /// What a task's history is stored under. TaskConfig::instanceKey() lives only as long as the process, so a task
    /// is found again by its label and how many tasks before it carry the same one ("Get deployment#0").
    static QString taskKey(const DesignDocument &document, qsizetype index);
};

} // namespace RestGate
