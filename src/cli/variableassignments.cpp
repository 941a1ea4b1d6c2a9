#include "cli/variableassignments.h"

namespace RestGate::Cli {

bool applyVariableAssignments(const QStringList &assignments, const VariableSet &declared, VariableSet *into,
                              QString *error)
{
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = QStringLiteral("--var takes NAME=VALUE, got '%1'").arg(assignment);
            return false;
        }
        const QString name = assignment.left(equals);
        const Variable *existing = declared.find(name);
        into->set(name, assignment.mid(equals + 1), existing && existing->secret);
    }
    return true;
}

} // namespace RestGate::Cli
