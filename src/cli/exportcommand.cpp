#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/variableassignments.h"
#include "core/design/designdocument.h"
#include "core/pipeline/curlexport.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/schemacheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace RestGate::Cli {

namespace {

/// "deployments.restgate.yml" -> "deployments"
QString designName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix : {QLatin1String(".restgate.yml"), QLatin1String(".restgate.yaml"),
                                       QLatin1String(".yml"), QLatin1String(".yaml")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    }
    return name;
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(
        QStringLiteral("export"),
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "Writes tasks of a design document as Azure Pipelines YAML (a step, a job with pool: server, or a stage "
            "around that job) or as a curl command, to standard output. Without --task, every task of the design: as "
            "steps, or as one job (stage) named after the design.\n\n"
            "YAML the published pipeline schema would reject is still written, with a warning on standard error. curl "
            "commands expand the design's variables and refer to secrets as $RESTGATE_SECRET_<NAME>; they never "
            "contain one."));
    parser.addPositionalArgument(
        QStringLiteral("design"),
        QCoreApplication::translate("RestGate::Cli::Commands", "The design document (*.restgate.yml)."));
    const QCommandLineOption taskOption(
        QStringLiteral("task"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Export this task: its number (from 1) or display name. "
                                    "Repeatable."),
        QStringLiteral("N|DISPLAYNAME"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QCoreApplication::translate("RestGate::Cli::Commands", "step (default), job, stage or curl."),
        QStringLiteral("step|job|stage|curl"), QStringLiteral("step"));
    const QCommandLineOption taskJsonNamesOption(
        QStringLiteral("task-json-names"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Write inputs under their task.json names "
                                    "(connectedServiceName, ...) instead of the YAML "
                                    "names (serviceConnection, ...)."));
    const QCommandLineOption writeDefaultsOption(
        QStringLiteral("write-defaults"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Also write inputs that equal their default."));
    const QCommandLineOption shellOption(
        QStringLiteral("shell"),
        QCoreApplication::translate("RestGate::Cli::Commands", "For --as curl: posix (default) or powershell."),
        QStringLiteral("posix|powershell"), QStringLiteral("posix"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "The job/stage identifier (default: from the display name)."),
        QStringLiteral("ID"));
    const QCommandLineOption displayNameOption(
        QStringLiteral("display-name"),
        QCoreApplication::translate("RestGate::Cli::Commands", "The job/stage display name."), QStringLiteral("TEXT"));
    const QCommandLineOption varOption(
        QStringLiteral("var"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "For --as curl: set a variable for $(NAME). Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption setOption(
        QStringLiteral("variable-set"),
        QCoreApplication::translate("RestGate::Cli::Commands", "For --as curl: use the document's named variable set."),
        QStringLiteral("NAME"));
    parser.addOptions({taskOption, asOption, taskJsonNamesOption, writeDefaultsOption, shellOption, nameOption,
                       displayNameOption, varOption, setOption});
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.usageError(QCoreApplication::translate("RestGate::Cli::Errors", "expected one design document"));
    const QString form = parser.value(asOption);
    static const QStringList forms = {QStringLiteral("step"), QStringLiteral("job"), QStringLiteral("stage"),
                                      QStringLiteral("curl")};
    if (!forms.contains(form)) {
        err << "restgate-cli export: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "--as must be step, job, stage or curl") << '\n';
        return ExitUsage;
    }
    const QString shell = parser.value(shellOption);
    if (shell != QLatin1String("posix") && shell != QLatin1String("powershell")) {
        err << "restgate-cli export: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "--shell must be posix or powershell") << '\n';
        return ExitUsage;
    }

    const QString path = positional.first();
    DesignDocument document;
    DocumentError error;
    if (!DesignDocument::load(path, &document, &error)) {
        err << path << ": " << error.toString() << '\n';
        return ExitUsage;
    }
    QList<qsizetype> selected;
    for (const QString &wanted : parser.values(taskOption)) {
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        const qsizetype index = isNumber ? number - 1 : document.taskIndexByDisplayName(wanted);
        if (index < 0 || index >= document.tasks.size()) {
            err << "restgate-cli export: "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "no task '%1' (the document has %n task(s); numbers count from 1)",
                                               nullptr, int(document.tasks.size()))
                       .arg(wanted)
                << '\n';
            return ExitUsage;
        }
        if (!selected.contains(index))
            selected.append(index);
    }
    if (selected.isEmpty()) {
        for (qsizetype i = 0; i < document.tasks.size(); ++i)
            selected.append(i);
    }
    if (selected.isEmpty()) {
        err << path << ": " << QCoreApplication::translate("RestGate::Cli::Errors", "the document has no tasks")
            << '\n';
        return ExitUsage;
    }
    QList<TaskConfig> tasks;
    for (const qsizetype index : std::as_const(selected))
        tasks.append(document.tasks.at(index));

    if (form == QLatin1String("curl")) {
        const QString setName = parser.value(setOption);
        if (!setName.isEmpty() && !document.variableSet(setName)) {
            err << "restgate-cli export: "
                << QCoreApplication::translate("RestGate::Cli::Errors", "the document has no variable set '%1'")
                       .arg(setName)
                << '\n';
            return ExitUsage;
        }
        VariableSet variables = VariableSet::systemDefaults().overlaidWith(document.effectiveVariables(setName));
        QString assignmentError;
        if (!applyVariableAssignments(parser.values(varOption), VariableSet(variables), &variables, &assignmentError)) {
            err << "restgate-cli export: " << assignmentError << '\n';
            return ExitUsage;
        }
        CurlOptions options;
        options.shell =
            shell == QLatin1String("powershell") ? CurlOptions::Shell::PowerShell : CurlOptions::Shell::Posix;
        QStringList environment;
        bool failed = false;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const TaskConfig &task = tasks.at(i);
            const CurlCommand command =
                CurlExport::fromTask(task, document.connection(task.connectionName()), variables, options);
            for (const Finding &finding : command.findings) {
                err << (finding.isError() ? "error: " : "warning: ") << PipelineExport::displayLabel(task) << ": "
                    << finding.message << '\n';
            }
            if (!command.ok) {
                failed = true;
                continue;
            }
            if (tasks.size() > 1)
                out << (i > 0 ? "\n" : "") << "# " << PipelineExport::displayLabel(task) << '\n';
            out << command.text << '\n';
            for (const QString &name : command.environment) {
                if (!environment.contains(name))
                    environment.append(name);
            }
        }
        if (!environment.isEmpty())
            err << "The command reads " << environment.join(QStringLiteral(", "))
                << " from the environment; set them before running it.\n";
        return failed ? ExitUsage : ExitSuccess;
    }

    ExportOptions options;
    options.form = form == QLatin1String("job") ? ExportOptions::Form::Job
        : form == QLatin1String("stage")        ? ExportOptions::Form::Stage
                                                : ExportOptions::Form::Step;
    options.keys =
        parser.isSet(taskJsonNamesOption) ? StepWriteOptions::Keys::TaskJsonNames : StepWriteOptions::Keys::YamlNames;
    options.writeDefaults = parser.isSet(writeDefaultsOption);
    options.name = parser.value(nameOption);
    options.displayName = parser.value(displayNameOption);
    if (parser.isSet(nameOption) && !PipelineExport::isValidIdentifier(options.name)) {
        err << "restgate-cli export: "
            << QCoreApplication::translate(
                   "RestGate::Cli::Errors",
                   "--name must be an identifier (A-Z, a-z, 0-9, '_', not starting with a digit)")
            << '\n';
        return ExitUsage;
    }
    // Several tasks make one job, named after the design unless told otherwise.
    if (tasks.size() > 1 && options.displayName.isEmpty() && options.name.isEmpty())
        options.name = PipelineExport::identifier(designName(path));
    const QString yaml = PipelineExport::tasks(tasks, options);
    out << yaml;
    for (const SchemaProblem &problem : SchemaCheck::check(yaml)) {
        err << "warning: line " << problem.line << ": "
            << (problem.source == SchemaProblem::Source::Schema ? "the published pipeline schema rejects this: "
                                                                : "Azure DevOps rejects this: ")
            << problem.message << '\n';
    }
    return ExitSuccess;
}

} // namespace RestGate::Cli
