#include "cli/commandline.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace RestGate::Cli {

namespace {

// For the command table's QT_TRANSLATE_NOOP synopses; literal messages call QCoreApplication::translate with the
// context written out, which is what lupdate reads.
QString translated(const char *text)
{
    return QCoreApplication::translate("RestGate::Cli::Commands", text);
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandInfo &command : commandTable())
        names.append(QLatin1String(command.name));
    return names;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &command : commandTable()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "RestGate::Cli::Commands",
        "Usage: restgate-cli COMMAND [OPTIONS] ...\n"
        "       restgate-cli -h|--help | -V|--version\n\n"
        "Designs and dry-runs Azure Pipelines InvokeRESTAPI tasks from the command line.\n\n"
        "Commands:\n");
    // manpage.cmake reads this table ("  name  synopsis") to find every command.
    for (const CommandInfo &command : commandTable())
        out << "  " << QString::fromLatin1(command.name).leftJustified(14) << translated(command.synopsis) << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "RestGate::Cli::Commands",
               "Run 'restgate-cli help COMMAND' (or 'restgate-cli COMMAND --help') for a command's options.\n"
               "Exit status: 0 success, 1 a task failed (or an expression is false), 2 usage or input "
               "errors.\n");
}

int unknownWord(const QString &message, const QString &suggestion)
{
    QTextStream err(stderr);
    err << "restgate-cli: " << message << suggestion << '\n'
        << QCoreApplication::translate("RestGate::Cli::Commands", "Run 'restgate-cli --help' for the commands.")
        << '\n';
    return ExitUsage;
}

} // namespace

const QList<CommandInfo> &commandTable()
{
    static const QList<CommandInfo> commands = {
        {"run", QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Dry-run the tasks of a design document"), runCommand},
        {"eval", QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Evaluate a success criteria against a response body"),
         evalCommand},
        {"demo-server",
         QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Run the local demo endpoint the sample design targets"),
         demoServerCommand},
        {"secret",
         QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Store or clear a connection's secret in the OS keychain"),
         secretCommand},
        {"export",
         QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Write tasks as pipeline YAML (step, job, stage) or as curl"),
         exportCommand},
        {"import",
         QT_TRANSLATE_NOOP("RestGate::Cli::Commands",
                           "Find the InvokeRESTAPI steps of a pipeline and add them to a design"),
         importCommand},
        {"import-curl", QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Turn a curl command line into a task"),
         importCurlCommand},
        {"help", QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Show the commands, or one command's options"),
         helpCommand},
        {"completion", QT_TRANSLATE_NOOP("RestGate::Cli::Commands", "Print the bash or zsh completion script"),
         completionCommand},
    };
    return commands;
}

int helpCommand(const QStringList &arguments)
{
    CommandLine parser(
        QStringLiteral("help"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Shows the commands of restgate-cli, or the options of one command (the same as "
                                    "'restgate-cli COMMAND --help')."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("RestGate::Cli::Commands", "The command to explain."),
                                 QStringLiteral("[COMMAND]"));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return parser.usageError(
            QCoreApplication::translate("RestGate::Cli::Commands", "expected at most one command"));
    if (positional.isEmpty()) {
        QTextStream out(stdout);
        printUsage(out);
        return ExitSuccess;
    }
    const CommandInfo *command = findCommand(positional.first());
    if (!command) {
        return parser.usageError(
            QCoreApplication::translate("RestGate::Cli::Commands", "unknown command '%1'").arg(positional.first())
            + CommandLine::didYouMean(positional.first(), commandNames()));
    }
    return command->run({QStringLiteral("--help")});
}

int dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        QTextStream err(stderr);
        printUsage(err);
        return ExitUsage;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(out);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        QTextStream out(stdout);
        out << "restgate-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    if (first.startsWith(u'-') && first.size() > 1) {
        return unknownWord(QCoreApplication::translate("RestGate::Cli::Commands", "unknown option '%1'").arg(first),
                           CommandLine::didYouMean(first,
                                                   {QStringLiteral("-h"), QStringLiteral("--help"),
                                                    QStringLiteral("-V"), QStringLiteral("--version")}));
    }
    if (const CommandInfo *command = findCommand(first))
        return command->run(arguments.mid(1));
    return unknownWord(QCoreApplication::translate("RestGate::Cli::Commands", "unknown command '%1'").arg(first),
                       CommandLine::didYouMean(first, commandNames()));
}

} // namespace RestGate::Cli
