#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/design/designdocument.h"
#include "core/pipeline/pipelineimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace RestGate::Cli {

namespace {

QString contextText(ImportedTask::JobContext context)
{
    switch (context) {
    case ImportedTask::JobContext::Server:
        return QStringLiteral("agentless job");
    case ImportedTask::JobContext::Agent:
        return QStringLiteral("agent job");
    case ImportedTask::JobContext::Expression:
        return QStringLiteral("pool from an expression");
    case ImportedTask::JobContext::None:
        break;
    }
    return QStringLiteral("no job context");
}

} // namespace

int importCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(
        QStringLiteral("import"),
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "Finds every InvokeRESTAPI@0/@1 step in an Azure Pipelines YAML file (or the ```yaml blocks of a Markdown "
            "file) and lists where it stands and what Azure DevOps would object to. With -o, adds the tasks to a "
            "design "
            "document (created, or merged into when it exists), with placeholder connections for the ones it names.\n\n"
            "Exit status: 0 steps found, 1 the file holds no InvokeRESTAPI step, 2 errors (malformed YAML, a design "
            "that cannot be read or written)."));
    parser.addPositionalArgument(
        QStringLiteral("pipeline"),
        QCoreApplication::translate("RestGate::Cli::Commands", "The pipeline file (*.yml, *.md)."));
    const QCommandLineOption outputOption(
        QStringList {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("RestGate::Cli::Commands", "Write (or merge into) this design document."),
        QStringLiteral("DESIGN"));
    parser.addOption(outputOption);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.usageError(QCoreApplication::translate("RestGate::Cli::Errors", "expected one pipeline file"));
    const QString path = positional.first();
    PipelineImport found;
    DocumentError error;
    if (!PipelineImporter::load(path, &found, &error)) {
        err << path << ": " << error.toString() << '\n'
            << QCoreApplication::translate("RestGate::Cli::Errors", "Nothing was imported.") << '\n';
        return ExitUsage;
    }
    for (const DocumentError &warning : std::as_const(found.warnings))
        err << path << ": warning: " << warning.toString() << '\n';
    if (found.tasks.isEmpty()) {
        err << path << ": " << QCoreApplication::translate("RestGate::Cli::Errors", "no InvokeRESTAPI step found")
            << '\n';
        return ExitFailure;
    }

    out << path << ": " << found.tasks.size() << " InvokeRESTAPI step(s)\n";
    for (qsizetype i = 0; i < found.tasks.size(); ++i) {
        const ImportedTask &t = found.tasks.at(i);
        out << '[' << i + 1 << "] " << t.location.toString() << ", line " << t.location.line;
        if (t.location.markdownBlock > 0)
            out << " (yaml block " << t.location.markdownBlock << ')';
        out << ": " << (t.task.displayName.isEmpty() ? t.reference : t.task.displayName) << '\n';
        out << "    " << t.reference << ", " << contextText(t.jobContext) << ", " << t.location.path << '\n';
        if (!t.connection.name.isEmpty())
            out << "    connection: " << t.connection.name << " (" << ServiceConnection::typeLabel(t.connection.type)
                << ")\n";
        if (!t.parameters.isEmpty())
            out << "    template parameters: " << t.parameters.join(QStringLiteral(", ")) << '\n';
        if (!t.variables.isEmpty())
            out << "    variables: " << t.variables.join(QStringLiteral(", ")) << '\n';
        for (const ImportFinding &finding : t.findings) {
            out << "    " << (finding.severity == Finding::Severity::Error ? "error" : "warning") << " (line "
                << finding.line << "): " << finding.message << '\n';
        }
        if (!t.importable)
            out << "    not importable\n";
    }

    if (!parser.isSet(outputOption))
        return ExitSuccess;
    const QString designPath = parser.value(outputOption);
    DesignDocument document;
    if (QFileInfo::exists(designPath)) {
        // Merge into an existing design; one that does not read back is never overwritten.
        DocumentError designError;
        if (!DesignDocument::load(designPath, &document, &designError)) {
            err << designPath << ": " << designError.toString() << '\n'
                << QCoreApplication::translate("RestGate::Cli::Errors", "The design was not changed.") << '\n';
            return ExitUsage;
        }
    }
    const ImportMerge merged = PipelineImporter::merge(&document, found.tasks);
    QString message;
    if (!document.save(designPath, &message)) {
        err << "restgate-cli import: " << message << '\n'
            << QCoreApplication::translate("RestGate::Cli::Errors", "The design was not changed.") << '\n';
        return ExitUsage;
    }
    out << "Added " << merged.tasksAdded << " task(s) to " << designPath << ".\n";
    if (!merged.connectionsAdded.isEmpty())
        out << "Placeholder connections to complete (URL, user name): "
            << merged.connectionsAdded.join(QStringLiteral(", ")) << '\n';
    return ExitSuccess;
}

} // namespace RestGate::Cli
