#pragma once

#include "serviceconnection.h"
#include "taskconfig.h"
#include "variables.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TaskForm;
}

namespace RestGate {

/// The task's parameter panel: the inputs of one InvokeRESTAPI task, laid out, labelled and shown or hidden
/// exactly as the task definition in core says.
class TaskForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskForm)

public:
    explicit TaskForm(QWidget *parent = nullptr);
    ~TaskForm() override;

    /// Shows `task`; `connections` fill the connection picker and `variables` expand the request URL preview.
    void setTask(const TaskConfig &task, const QList<ServiceConnection> &connections, const VariableSet &variables);
    const TaskConfig &task() const { return m_task; }

Q_SIGNALS:
    /// The user changed the task. Carries the new task; not emitted by setTask().
    void taskEdited(const RestGate::TaskConfig &task);
    /// Switching the task version dropped inputs the other version does not have (labels with values).
    void inputsDropped(const QStringList &labels);

private:
    void connectEditors();
    void applyDefinition();
    void loadValues();
    void updateVisibility();
    void updateDerived();
    void setInput(const QString &name, const QString &value);
    void edited();

    std::unique_ptr<Ui::TaskForm> ui;
    TaskConfig m_task;
    QList<ServiceConnection> m_connections;
    VariableSet m_variables;
    bool m_loading = false;
};

} // namespace RestGate
