#pragma once

#include <QStringList>

#include <functional>

namespace RestGate::Cli {

/// Exit codes shared by every command.
enum ExitCode
{
    ExitSuccess = 0, ///< all tasks passed / expression true
    ExitFailure = 1, ///< a task failed / expression false
    ExitUsage = 2, ///< usage, document, connection, parse or evaluation error (message on stderr)
};

/// Each command receives its own arguments (without the program name and the command word).
int runCommand(const QStringList &arguments);
int evalCommand(const QStringList &arguments);
int demoServerCommand(const QStringList &arguments);
int secretCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int importCurlCommand(const QStringList &arguments);
int helpCommand(const QStringList &arguments);
int completionCommand(const QStringList &arguments);

/// One row per command; its implementation lives in <name>command.cpp.
struct CommandInfo
{
    const char *name;
    const char *synopsis; ///< translated in the context "RestGate::Cli::Commands"
    std::function<int(const QStringList &)> run;
};

/// Every command, in the order `restgate-cli --help` lists them.
const QList<CommandInfo> &commandTable();

/// restgate-cli with its arguments (without the program name): the top level, then the command.
int dispatch(const QStringList &arguments);

} // namespace RestGate::Cli
