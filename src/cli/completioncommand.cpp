#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/completion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace RestGate::Cli {

int completionCommand(const QStringList &arguments)
{
    CommandLine parser(QStringLiteral("completion"),
                       QCoreApplication::translate("RestGate::Cli::Commands",
                                                   "Prints the completion script for bash or zsh, made from every "
                                                   "command's options. The package installs both; to try one in "
                                                   "the current shell:\n"
                                                   "  source <(restgate-cli completion bash)"));
    parser.addPositionalArgument(QStringLiteral("shell"),
                                 QCoreApplication::translate("RestGate::Cli::Commands", "bash or zsh."),
                                 QStringLiteral("bash|zsh"));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString shell = positional.value(0);
    if (positional.size() != 1 || (shell != QLatin1String("bash") && shell != QLatin1String("zsh")))
        return parser.usageError(QCoreApplication::translate("RestGate::Cli::Commands", "expected bash or zsh"));

    QList<CompletionCommand> commands;
    for (const CommandInfo &command : commandTable()) {
        commands.append({QString::fromLatin1(command.name),
                         QCoreApplication::translate("RestGate::Cli::Commands", command.synopsis),
                         CommandLine::describe(command.run)});
    }
    QTextStream out(stdout);
    out << (shell == QLatin1String("bash") ? Completion::bashScript(commands) : Completion::zshScript(commands));
    return ExitSuccess;
}

} // namespace RestGate::Cli
