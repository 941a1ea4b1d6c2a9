#pragma once

#include "core/design/designdocument.h"
#include "core/design/taskconfig.h"
#include "core/yaml/yamlwriter.h"

namespace YAML {
class Node;
}

namespace RestGate {

/// How a task becomes a pipeline step.
struct StepWriteOptions
{
    enum class Keys
    {
        YamlNames,
        TaskJsonNames
    };
    enum class Inputs
    {
        AsSet, ///< every input the task sets, visible or not (design documents: nothing is lost)
        Effective, ///< what the pipeline needs: visible inputs that differ from their default (exports)
    };
    Keys keys = Keys::YamlNames;
    Inputs inputs = Inputs::AsSet;
    bool writeDefaults = false; ///< with Effective: also visible inputs equal to their default
};

/// Reads and writes one `- task: InvokeRESTAPI@N` step. Shared by design documents and pipeline import/export.
class StepYaml
{
public:
    static void write(YamlWriter &writer, const TaskConfig &task, const StepWriteOptions &options = {});

    /// Fills `task` from a step mapping. Input keys are matched by task.json name and every alias, ignoring case,
    /// as Azure DevOps does. Returns false (with `error`) for a step RestGate cannot represent.
    static bool read(const YAML::Node &step, TaskConfig *task, DocumentError *error, QList<DocumentError> *warnings);
};

} // namespace RestGate
