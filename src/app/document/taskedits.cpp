#include "app/document/taskedits.h"

#include <QCoreApplication>

namespace RestGate::TaskEdits {

QString changedPart(const TaskConfig &before, const TaskConfig &after)
{
    if (&before.definition() != &after.definition())
        return QStringLiteral("version");
    if (before.displayName != after.displayName)
        return QStringLiteral("displayName");
    if (before.condition != after.condition)
        return QStringLiteral("condition");
    if (before.timeoutInMinutes != after.timeoutInMinutes)
        return QStringLiteral("timeout");
    for (const auto &[name, value] : after.explicitInputs()) {
        if (!before.isSet(name) || before.input(name) != value)
            return name;
    }
    return {};
}

TaskConfig newTask(const DesignDocument &document, int selected)
{
    TaskConfig task;
    if (selected >= 0 && selected < document.tasks.size()) {
        const TaskConfig &model = document.tasks.at(selected);
        if (&model.definition() == &task.definition()) {
            task.setInput(QStringLiteral("connectionType"), model.input(QStringLiteral("connectionType")));
            task.setInput(task.connectionInputName(), model.connectionName());
        }
    } else if (!document.connections.isEmpty()
               && document.connections.first().type == ServiceConnection::Type::Generic) {
        task.setInput(task.connectionInputName(), document.connections.first().name);
    }
    return task;
}

int duplicate(DesignDocument &document, int index)
{
    if (index < 0 || index >= document.tasks.size())
        return -1;
    TaskConfig copy = document.tasks.at(index);
    copy.renewInstanceKey();
    if (!copy.displayName.isEmpty())
        copy.displayName = QCoreApplication::translate("RestGate::TaskEdits", "%1 (copy)").arg(copy.displayName);
    document.tasks.insert(index + 1, copy);
    return index + 1;
}

void rename(DesignDocument &document, int index, const QString &title)
{
    TaskConfig &task = document.tasks[index];
    task.displayName = title == task.instanceName() ? QString() : title;
}

} // namespace RestGate::TaskEdits
