#pragma once

#include "core/design/designdocument.h"
#include "core/design/finding.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace RestGate {

/// Where an imported step stands in its file.
struct PipelineLocation
{
    QString stage; ///< the stage's name, empty when the step is not in a stage
    QString job; ///< the job's (or deployment's, or legacy phase's) name, empty outside a job
    QString hook; ///< a deployment job's lifecycle hook, e.g. "runOnce ▸ preDeploy" or "canary ▸ on.failure"
    int stepNumber = 0; ///< 1-based position in its list of steps
    int line = 0; ///< 1-based line of the step's "- task:" line in the file
    int column = 0; ///< 1-based column of the step's first key
    /// The step's place in the YAML, e.g. "stages[2].jobs[0].steps[0]" or "[0]" for a bare list of steps.
    QString path;
    int markdownBlock =
        0; ///< Markdown: 1-based number of the ```yaml block (counting yaml/yml blocks); 0 = a YAML file

    /// "predeploy ▸ notifyStartDeployment ▸ step 1"; "step 1" at the top level.
    QString toString() const;
};

/// What Azure DevOps would object to (or what the import could not keep) about one imported step.
struct ImportFinding
{
    enum class Kind
    {
        NotServerJob, ///< the step is in a job that runs on an agent (not `pool: server` / legacy `server: true`)
        PoolIsExpression, ///< the job's pool comes from a template expression: cannot tell whether it is server
        UnknownInput, ///< an input key the task does not declare
        AliasUsedTwice, ///< one input written under two of its names (or the same key twice)
        CriteriaWithCallback, ///< successCriteria set while waitForCompletion is true (Callback ignores it)
        BodyIgnored, ///< a body on GET or HEAD, where the task hides (and Azure DevOps does not send) it
        ConnectionIsExpression, ///< the connection name is a template expression or macro
        PropertyDropped, ///< a step property or value RestGate does not keep (name, env, enabled: ${{ }}, ...)
        Unreadable, ///< the step cannot be represented at all; it is listed but not importable
    };

    Kind kind = Kind::UnknownInput;
    Finding::Severity severity = Finding::Severity::Warning;
    QString message;
    int line = 0; ///< 1-based, in the file
    int column = 0;
};

/// One InvokeRESTAPI step found in a pipeline.
struct ImportedTask
{
    enum class JobContext
    {
        None, ///< no job around it: a bare list of steps, or a template whose includer decides the pool
        Server, ///< `pool: server` (job, stage, pipeline or deployment hook) or legacy `server: true`
        Agent, ///< an agent job, including the implicit job of top-level steps and deployment jobs without a pool
        Expression, ///< the pool is a template expression
    };

    PipelineLocation location;
    QString reference; ///< the task reference as written, e.g. "InvokeRestApi@1"
    TaskConfig task;
    bool importable = true; ///< false when the step could not be read (a Kind::Unreadable finding says why)
    JobContext jobContext = JobContext::None;
    QList<ImportFinding> findings;
    /// The connection the task names (a placeholder with this name and type, and an empty URL, is created on merge).
    /// Empty name: the task names none.
    ServiceConnection connection;
    QStringList variables; ///< `$(name)` macros and `${{ variables.name }}` the task depends on, in order, unique
    QStringList parameters; ///< `${{ parameters.name }}` the task depends on, in order, unique
};

/// Everything found in one file.
struct PipelineImport
{
    QList<ImportedTask> tasks;
    /// Not about one step: a Markdown yaml block that is not valid YAML (and names no InvokeRESTAPI), a task
    /// version that does not exist (InvokeRESTAPI@2), ...
    QList<DocumentError> warnings;
};

/// What merge() changed.
struct ImportMerge
{
    int tasksAdded = 0;
    QStringList connectionsAdded; ///< placeholders created (the user fills in their URLs)
};

/// Finds every InvokeRESTAPI@0/@1 step in an Azure Pipelines YAML file - in top-level steps, jobs, stages, legacy
/// phases, deployment jobs' strategies (runOnce/rolling/canary and their preDeploy/deploy/routeTraffic/
/// postRouteTraffic/on.success/on.failure hooks), `${{ if }}`/`${{ each }}` blocks, `extends` parameters, steps/jobs/
/// stages template files, and anywhere else a `task:` mapping names it - or in the ```yaml blocks of a Markdown file.
/// The task is recognised by name or GUID, ignoring case, with a major (`@1`) or full (`@1.274.1`) version; inputs
/// by task.json name or any alias, ignoring case (StepYaml::read). `${{ }}` expressions and `$(macros)` stay text.
class PipelineImporter
{
public:
    enum class Format
    {
        Yaml,
        Markdown,
    };

    /// Reads `text`. Malformed YAML fails with the line and column of the error and no result; a file without
    /// InvokeRESTAPI steps succeeds with no tasks.
    static bool parse(const QByteArray &text, Format format, PipelineImport *result, DocumentError *error);
    /// Reads a file; *.md and *.markdown are Markdown, anything else YAML.
    static bool load(const QString &path, PipelineImport *result, DocumentError *error);

    /// Adds the importable tasks to `document`, and a placeholder connection (name and type, empty URL) for each
    /// connection they name that the document does not have. Existing connections are never changed.
    static ImportMerge merge(DesignDocument *document, const QList<ImportedTask> &tasks);

    /// One fenced ```yaml / ```yml block of a Markdown text.
    struct MarkdownBlock
    {
        QString text; ///< the block's lines, without the fences and the fence's indentation
        int firstLine = 0; ///< 1-based line of the block's first content line
        int lastLine = 0; ///< 1-based line of the closing fence
        int indent = 0; ///< columns removed from each line
        int number = 0; ///< 1-based among the yaml/yml blocks
    };
    static QList<MarkdownBlock> markdownYamlBlocks(const QString &markdown);

    /// `$(name)` macros and `variables.name` / `variables['name']` inside `${{ }}` and `$[ ]`, in order, unique.
    static QStringList variableReferences(const QString &text);
    /// `parameters.name` / `parameters['name']` inside `${{ }}`, in order, unique.
    static QStringList parameterReferences(const QString &text);
};

} // namespace RestGate
