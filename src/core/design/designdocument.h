#pragma once

#include "core/design/finding.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/design/variables.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace RestGate {

/// Where loading a document went wrong: a sentence, with the 1-based line and column it concerns.
struct DocumentError
{
    QString message;
    int line = 0;
    int column = 0;

    QString toString() const;
};

/// A design document (`*.restgate.yml`): the file a user saves and shares in git. It holds connections (never their
/// secrets), dry-run variables (never secret values) and tasks written exactly as pipeline steps, so a task can be
/// pasted into a pipeline as it is.
///
///     restgate: 1
///     connections:
///       - name: deployments
///         type: generic
///         url: http://127.0.0.1:8765/
///     variables:
///       deploymentId: '42'
///     tasks:
///       - task: InvokeRESTAPI@1
///         inputs: { ... }
class DesignDocument
{
public:
    static constexpr int formatVersion = 1;

    QList<ServiceConnection> connections;
    /// The document's base variables (`variables:`), and named sets layered over them (`variableSets:`).
    VariableSet variables;
    QList<VariableSet> variableSets;
    QList<TaskConfig> tasks;

    const ServiceConnection *connection(const QString &name) const;
    const VariableSet *variableSet(const QString &name) const;
    /// The base variables overlaid with the named set (or just the base ones for an empty name).
    VariableSet effectiveVariables(const QString &setName = {}) const;
    /// 0-based index of the task with this display name (case-insensitive), or -1.
    qsizetype taskIndexByDisplayName(const QString &displayName) const;

    /// Renames connections and every task input that refers to them by name, all at once so that swapping two
    /// names works: `oldToNew` maps an old name (matched ignoring case, as Azure DevOps does) to the new one. A task
    /// whose connection input is an expression such as `$(connection)` is left alone. Returns how many task
    /// references changed.
    int renameConnections(const QHash<QString, QString> &oldToNew);
    int renameConnection(const QString &oldName, const QString &newName)
    {
        return renameConnections({{oldName, newName}});
    }

    /// Parses document text. On failure returns false and fills `error`; `warnings` collects what was accepted
    /// but deserves a look (an input written twice under two aliases, an unknown key).
    static bool parse(const QByteArray &text, DesignDocument *document, DocumentError *error,
                      QList<DocumentError> *warnings = nullptr);
    static bool load(const QString &path, DesignDocument *document, DocumentError *error,
                     QList<DocumentError> *warnings = nullptr);

    /// The design in RestGate's own layout, as a new file gets it.
    QString toYaml() const;
    /// What save() writes: toYaml() laid over the text the document was read from (DesignMerge), so that comments,
    /// blank lines and keys RestGate does not own (a step's `name:`, `env:`, `retryCountOnTaskFailure:`, ...) stay
    /// as the person wrote them. toYaml() for a document that was not read from text.
    QString toFileText() const;

    /// Why save() did not write.
    enum class SaveProblem
    {
        None,
        ChangedOnDisk, ///< the file no longer holds what this document read from it or last wrote to it
        Locked, ///< another RestGate is saving the same file right now
        WriteFailed, ///< the operating system refused (full disk, no permission, ...)
    };
    enum class SaveMode
    {
        Normal, ///< refuse when the file changed on disk since it was read or last saved
        Overwrite, ///< the person chose to overwrite those changes
        Copy, ///< a copy elsewhere (autosave): no check, and the document's file stays where it was
    };
    /// Writes toFileText() atomically, holding the lock file `<path>.lock` meanwhile: on any failure the old file is
    /// left byte for byte as it was, `errorMessage` says why (the OS's words for a write error) and `problem`
    /// which kind of failure it was. After a normal save `path` is this document's file (for every copy of it).
    bool save(const QString &path, QString *errorMessage, SaveProblem *problem = nullptr,
              SaveMode mode = SaveMode::Normal) const;
    /// True when the file this document was read from or last saved to holds something else now.
    bool changedOnDisk() const;

    friend bool operator==(const DesignDocument &, const DesignDocument &) = default;

private:
    struct FileState
    {
        QString path; ///< absolute; empty for text that came from elsewhere (a bundled sample)
        QByteArray text; ///< what the file held when read or last written
    };
    /// Describes the file, not the design: shared by every copy (undo snapshots) of a document, and never part of
    /// its value — two documents with the same content are equal wherever they came from.
    struct Origin
    {
        std::shared_ptr<FileState> file = std::make_shared<FileState>();
        friend bool operator==(const Origin &, const Origin &) { return true; }
    };
    Origin m_origin;
};

} // namespace RestGate
