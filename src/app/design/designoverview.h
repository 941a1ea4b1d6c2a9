#pragma once

#include "core/design/serviceconnection.h"

#include <QWidget>

class QListWidget;

namespace RestGate {

/// The rest of the design beside its tasks: its service connections (with Manage…) and its variable sets, the one
/// dry runs use marked. It shows what it is given and asks for changes; the window owns the document.
class DesignOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignOverview)

public:
    explicit DesignOverview(QWidget *parent = nullptr);

    void setConnections(const QList<ServiceConnection> &connections);
    /// `names` without the base (it is always listed first); `current` is empty for the base variables.
    void setVariableSets(const QStringList &names, const QString &current);

    QListWidget *connectionList() const { return m_connections; }
    QListWidget *variableSetList() const { return m_sets; }

Q_SIGNALS:
    /// Manage… or an activated connection: open the Connections dialog on `connectionName` (may be empty).
    void manageConnectionsRequested(const QString &connectionName);
    /// The user activated a set (empty: the base variables) to use it for dry runs.
    void variableSetActivated(const QString &name);

private:
    QListWidget *m_connections;
    QListWidget *m_sets;
};

} // namespace RestGate
