#pragma once

#include "core/design/finding.h"
#include "core/design/taskdefinition.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace RestGate {

/// The input values of one task instance plus its step properties: what one `- task: InvokeRESTAPI@1` step of a
/// pipeline says. Inputs are stored under their task.json names, in the order they were set, so a document keeps
/// its shape when saved again.
class TaskConfig
{
public:
    explicit TaskConfig(const TaskDefinition &definition = TaskDefinition::invokeRestApiV1());

    const TaskDefinition &definition() const { return *m_definition; }
    /// Switches the task version, keeping every input both versions share. Returns the labels of the inputs (with
    /// their values) that the new version does not have and were dropped.
    QStringList setDefinition(const TaskDefinition &definition);

    /// The effective value: what the step sets, or the input's default.
    QString input(const QString &nameOrAlias) const;
    /// True when the step sets the input explicitly (even to its default).
    bool isSet(const QString &nameOrAlias) const;
    /// Sets a known input (by name or alias). Returns false for an input the definition does not have.
    bool setInput(const QString &nameOrAlias, const QString &value);
    void unsetInput(const QString &nameOrAlias);
    /// Inputs set explicitly, task.json names, in order.
    const QList<QPair<QString, QString>> &explicitInputs() const { return m_inputs; }

    /// Keys of the step's `inputs:` that the task does not declare, kept so nothing is lost on a round trip.
    const QList<QPair<QString, QString>> &unknownInputs() const { return m_unknownInputs; }
    void addUnknownInput(const QString &key, const QString &value) { m_unknownInputs.append({key, value}); }
    void clearUnknownInputs() { m_unknownInputs.clear(); }

    bool isVisible(const QString &inputName) const;

    /// The task.json name of the input that names the service connection (depends on the connection type in @1).
    QString connectionInputName() const;
    QString connectionName() const { return input(connectionInputName()); }
    bool isCallback() const;
    QString method() const;
    /// What Azure DevOps shows for a step without a displayName: the task's instanceNameFormat with the method,
    /// e.g. "Invoke REST API: GET".
    QString instanceName() const;

    // Step properties.
    QString displayName;
    bool enabled = true;
    bool continueOnError = false;
    std::optional<int> timeoutInMinutes;
    QString condition;

    /// Findings that need nothing but the task itself: required inputs, option values, maximum lengths, inputs that
    /// the task ignores in the current configuration.
    QList<Finding> validate() const;

    /// Tells this task apart from every other one created in this process (a run history follows its task through
    /// reordering, undo and redo). Copies share it; it is neither saved nor compared.
    quint64 instanceKey() const { return m_instanceKey; }
    /// A duplicated task is a new task: it gets a key of its own.
    void renewInstanceKey();

    friend bool operator==(const TaskConfig &a, const TaskConfig &b);

private:
    qsizetype indexOf(const QString &name) const;

    const TaskDefinition *m_definition;
    quint64 m_instanceKey;
    QList<QPair<QString, QString>> m_inputs;
    QList<QPair<QString, QString>> m_unknownInputs;
};

} // namespace RestGate
