#pragma once

#include <QList>
#include <QString>

namespace RestGate {

/// Something Azure DevOps or the published pipeline schema would reject in a piece of pipeline YAML.
struct SchemaProblem
{
    enum class Source
    {
        Schema, ///< Microsoft's published schema (azure-pipelines-service-schema.json) rejects it: VS Code marks it
        AzureDevOps, ///< the schema allows it, but Azure DevOps refuses it when it runs the pipeline
    };

    Source source = Source::Schema;
    QString path; ///< where, as a JSON pointer into the (wrapped) document, e.g. /steps/0/inputs/method
    QString message;
    int line = 0; ///< 1-based, in the text that was checked (0 = unknown)
    int column = 0;

    friend bool operator==(const SchemaProblem &, const SchemaProblem &) = default;
};

/// Checks pipeline YAML the way Microsoft's published pipeline schema (v1.261.1, the one VS Code's Azure Pipelines
/// extension uses) and Azure DevOps judge it, for what an InvokeRESTAPI export can contain: steps, jobs and stages
/// with InvokeRESTAPI@0/@1 tasks. The GUI uses it to mark an export the schema would reject; the tests cross-check
/// its verdicts with Ajv on the same files (tests/schema/validate.mjs, whose reading of the schema it follows).
///
/// Input: a fragment (a list of steps, of jobs - first key `job` or `deployment` - or of stages), or a pipeline
/// mapping with `steps`, `jobs` or `stages`. Checked, as the schema says:
///  - a task step's keys (task first; displayName, name, condition, continueOnError, enabled,
///    retryCountOnTaskFailure, timeoutInMinutes, inputs, env) and their types;
///  - the task name: exactly InvokeRESTAPI@0 or InvokeRESTAPI@1 (no full version, schema case);
///  - its inputs: the schema's names and aliases only, each once, enum values (method, connectionType,
///    waitForCompletion - a string, so 'false' quoted), @0's required serviceConnection. The schema predates the
///    Azure DevOps connection type (1.274.0), so azureDevOpsServiceConnection is rejected;
///  - a job's keys (job first), its name pattern, pool and steps; a stage's keys (stage first) and jobs;
/// and, as Azure DevOps requires (Source::AzureDevOps): a job that runs InvokeRESTAPI must be `pool: server`, and job
/// and stage names are identifiers ([A-Za-z_][A-Za-z0-9_]*).
/// Values are read as YAML 1.1 (yes/no/on/off are booleans), and a scalar is accepted where the schema asks for a
/// string; other tasks, deployment-job details, variables, triggers and resources are not checked.
class SchemaCheck
{
public:
    static QList<SchemaProblem> check(const QString &yaml);
    /// True when no problem comes from the schema (AzureDevOps problems do not count).
    static bool schemaAccepts(const QList<SchemaProblem> &problems);
    /// True when there is no problem at all.
    static bool accepted(const QList<SchemaProblem> &problems) { return problems.isEmpty(); }
};

} // namespace RestGate
