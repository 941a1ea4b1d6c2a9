#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <vector>

using namespace RestGate::Cli;

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    std::function<int(const QStringList &)> run;
};

// One row per command; its implementation lives in <name>command.cpp.
const std::vector<Command> commands = {
    {"run", "Dry-run the tasks of a design document", runCommand},
    {"eval", "Evaluate a success criteria against a response body", evalCommand},
    {"demo-server", "Run the local demo endpoint the sample design targets", demoServerCommand},
    {"secret", "Store or clear a connection's secret in the OS keychain", secretCommand},
    {"export", "Write tasks as pipeline YAML (step, job, stage) or as curl", exportCommand},
    {"import", "Find the InvokeRESTAPI steps of a pipeline and add them to a design", importCommand},
    {"import-curl", "Turn a curl command line into a task", importCurlCommand},
};

void printUsage(QTextStream &out)
{
    out << "Usage: restgate-cli COMMAND [OPTIONS]\n\n"
           "Designs and dry-runs Azure Pipelines InvokeRESTAPI tasks from the command line.\n\n"
           "Commands:\n";
    for (const Command &command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(14) << command.synopsis << '\n';
    out << "\nRun 'restgate-cli COMMAND --help' for a command's options.\n"
           "Exit status: 0 success, 1 a task failed (or an expression is false), 2 usage or input errors.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("restgate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RestGate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "restgate-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    for (const Command &command : commands) {
        if (first == QLatin1String(command.name))
            return command.run(arguments);
    }
    err << "restgate-cli: unknown command '" << first << "'\n\n";
    printUsage(err);
    return ExitUsage;
}
