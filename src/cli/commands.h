#pragma once

#include <QStringList>

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

} // namespace RestGate::Cli
