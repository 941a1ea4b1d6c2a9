#pragma once

#include "core/design/designdocument.h"
#include "core/design/taskconfig.h"
#include "core/yaml/stepyaml.h"

#include <QList>
#include <QString>

namespace RestGate {

/// How tasks are written into a pipeline.
struct ExportOptions
{
    enum class Form
    {
        Step, ///< `- task: InvokeRESTAPI@1` items, to paste under an existing `steps:`
        Job, ///< `- job: <name>` / `pool: server` / `steps:` with the tasks, to paste under `jobs:`
        Stage, ///< `- stage: <name>` / `jobs:` around that job, to paste under `stages:`
    };

    Form form = Form::Step;
    StepWriteOptions::Keys keys = StepWriteOptions::Keys::YamlNames; ///< canonical YAML names or task.json names
    bool writeDefaults = false; ///< also write visible inputs that equal their default (e.g. waitForCompletion)
    /// Job and stage display name. Empty: a single task's display name, or none for several tasks.
    QString displayName;
    /// Job and stage identifier. Empty: derived from displayName (or the single task's display name).
    QString name;
};

/// Writes tasks as Azure Pipelines YAML that Azure DevOps (and Microsoft's published schema) accepts as it is.
///
/// What is written for each task: the step properties that are set, then the inputs that matter in the pipeline,
/// i.e. those the task shows in its current configuration (a body is hidden for GET, success criteria for Callback,
/// the connection inputs that the connection type does not select) and that differ from their default (unless
/// writeDefaults). Values are written by YamlWriter, so any YAML parser reads back exactly the same text; `$(macros)`
/// and `${{ }}` template expressions are left as they are.
///
///     - task: InvokeRESTAPI@1
///       displayName: Wait for deployment
///       inputs:
///         serviceConnection: deployments
///         method: GET
///         urlSuffix: deployments/$(deploymentId)
///         successCriteria: eq(root['status'], 'successful')
class PipelineExport
{
public:
    /// One task in the chosen form.
    static QString task(const TaskConfig &task, const ExportOptions &options = {});
    /// Several tasks: as consecutive steps, or as the steps of one job (Job) or of one job in one stage (Stage).
    static QString tasks(const QList<TaskConfig> &tasks, const ExportOptions &options = {});
    /// A whole design: all its tasks in one job (Form::Step writes only the steps).
    static QString design(const DesignDocument &document, const ExportOptions &options = {});

    /// The task as the export writes it: only the inputs that are written, set explicitly; no unknown inputs.
    /// Reading the exported step back with StepYaml::read gives exactly this configuration.
    static TaskConfig exportedTask(const TaskConfig &task, bool writeDefaults = false);
    /// True when two tasks send the same thing in a pipeline: same version, step properties and the same value for
    /// every input the task shows (set explicitly or by default). What the export leaves out does not count.
    static bool samePipelineTask(const TaskConfig &a, const TaskConfig &b);

    /// A job or stage identifier from a display name: letters, digits and '_' only, starting with a letter or '_'
    /// (what Azure DevOps accepts).  "Wait for deployment" -> "Wait_for_deployment";  "2nd try!" -> "_2nd_try";
    /// "" -> `fallback`.
    static QString identifier(const QString &displayName, const QString &fallback = QStringLiteral("invoke_rest_api"));
    /// True for a valid job or stage identifier: [A-Za-z_][A-Za-z0-9_]*.
    static bool isValidIdentifier(const QString &name);
    /// What the task is called when it has no display name: its instanceNameFormat, "Invoke REST API: GET".
    static QString displayLabel(const TaskConfig &task);
};

} // namespace RestGate
