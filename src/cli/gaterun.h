#pragma once

#include "core/design/variables.h"
#include "core/result/runresult.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace RestGate {
class DesignDocument;
}

namespace RestGate::Cli {
class CommandLine;
}

namespace RestGate::Cli::GateRun {

/// `--poll`, `--min-success`, `--gate-timeout`, `--gate-delay`: the run command adds them to its parser.
QList<QCommandLineOption> options();

/// One of the gate options is on the command line: `run` simulates a gate instead of running the tasks once.
bool isRequested(const CommandLine &parser);

/// What `run` already worked out from its own options, for the one task the gate evaluates.
struct Context
{
    const DesignDocument *document = nullptr;
    QList<qsizetype> selected; ///< the tasks `--task` named, or all of them
    bool explicitSelection = false;
    QString variableSetName;
    VariableSet overrides;
    RunOptions options;
    bool json = false;
};

/// Re-evaluates the task as Azure DevOps evaluates a release gate or a synchronous check, printing each
/// evaluation as a line (or a JSON object) and the outcome last. Exit status: 0 succeeded, 1 timed out, 2 usage or
/// connection errors.
int run(const CommandLine &parser, const Context &context);

} // namespace RestGate::Cli::GateRun
