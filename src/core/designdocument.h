#pragma once

#include "finding.h"
#include "serviceconnection.h"
#include "taskconfig.h"
#include "variables.h"

#include <QHash>
#include <QList>
#include <QString>

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

    QString toYaml() const;
    /// Writes atomically: the old file stays intact until the new one is complete.
    bool save(const QString &path, QString *errorMessage) const;

    friend bool operator==(const DesignDocument &, const DesignDocument &) = default;
};

} // namespace RestGate
