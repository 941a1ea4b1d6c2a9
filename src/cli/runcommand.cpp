#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/gaterun.h"
#include "cli/interruptwatcher.h"
#include "cli/networkoptions.h"
#include "cli/runexecutor.h"
#include "cli/runinputs.h"
#include "cli/runreport.h"
#include "cli/variableassignments.h"
#include "core/design/serviceconnection.h"
#include "core/pipeline/pipelineexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>

namespace RestGate::Cli {

namespace {

/// A design on standard input is read whole; the bound keeps `run - < /dev/zero` from eating memory.
constexpr qint64 maxStdinDesignBytes = 16 * 1024 * 1024;

bool loadDesign(const QString &path, DesignDocument *document, QTextStream &err)
{
    DocumentError error;
    QList<DocumentError> warnings;
    bool ok = false;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors", "cannot read standard input") << '\n';
            return false;
        }
        // A pipe hands its bytes over in pieces; one byte past the bound is enough to know it is too long.
        QByteArray text;
        while (text.size() <= maxStdinDesignBytes) {
            const QByteArray piece = in.read(maxStdinDesignBytes + 1 - text.size());
            if (piece.isEmpty())
                break;
            text += piece;
        }
        if (text.size() > maxStdinDesignBytes) {
            err << "-: "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "the design on standard input is longer than %1 bytes")
                       .arg(maxStdinDesignBytes)
                << '\n';
            return false;
        }
        ok = DesignDocument::parse(text, document, &error, &warnings);
    } else {
        ok = DesignDocument::load(path, document, &error, &warnings);
    }
    if (!ok) {
        err << path << ": " << error.toString() << '\n';
        return false;
    }
    for (const DocumentError &warning : std::as_const(warnings))
        err << path << ": warning: " << warning.toString() << '\n';
    return true;
}

/// The JUnit suite name: the file name, "stdin" for "-".
QString suiteName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(path).fileName();
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(QStringLiteral("run"));
    parser.setApplicationDescription(QCoreApplication::translate(
        "RestGate::Cli::Commands",
        "Dry-runs the tasks of a design document with the rules Azure DevOps applies: the whole call within 20 "
        "seconds, 200 OK, and the success criteria.\n\n"
        "Passwords and tokens are read from RESTGATE_SECRET_<CONNECTION> (the connection name upper-cased, other "
        "characters as '_'). Non-secret variables come from RESTGATE_VAR_<NAME>; --var wins over --var-file, which "
        "wins "
        "over the environment, which wins over the design.\n\n"
        "Exit status: 0 all tasks passed; 1 a task failed (the status rule, the criteria or the time limit said no); "
        "2 usage or document errors, or a task that never got an answer (connection refused, DNS, TLS, a broken "
        "connection, a missing secret); 130 interrupted (Ctrl+C), after writing what finished."));
    parser.addPositionalArgument(
        QStringLiteral("designs"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Design documents (*.restgate.yml), directories of them, wildcard "
                                    "patterns, or - for one design on standard input."),
        QStringLiteral("DESIGN|DIR|GLOB|-..."));
    const QCommandLineOption taskOption(
        QStringLiteral("task"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Run only this task: its number (from 1) or display name. "
                                    "Repeatable."),
        QStringLiteral("N|DISPLAYNAME"));
    const QCommandLineOption varOption(
        QStringLiteral("var"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Set a dry-run variable for $(NAME). Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption setOption(
        QStringLiteral("variable-set"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Use the document's named variable set (e.g. prod)."),
        QStringLiteral("NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Output: text (default) or json (one JSON object per task "
                                    "per line, then a summary line; \"format\": 2)."),
        QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption junitOption(
        QStringLiteral("junit"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Also write a JUnit XML report."),
        QStringLiteral("FILE"));
    const QCommandLineOption traceOption(
        QStringLiteral("trace"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Show how each success criteria was evaluated."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "The API-response limit in seconds (default 20, the "
                                    "server's)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption any2xxOption(
        QStringLiteral("any-2xx"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Dry-run option: treat any 2xx status as success. Azure "
                                    "DevOps documents 200 OK as the rule."));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body-bytes"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Stop reading a response after this many bytes (default "
                                    "256 MiB)."),
        QStringLiteral("BYTES"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Callback tasks: where the local plan listener binds "
                                    "(default 127.0.0.1:0, a free port)."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Callback tasks: the URL the service reaches the "
                                    "listener at (e.g. a tunnel); becomes "
                                    "system.CollectionUri."),
        QStringLiteral("URL"));
    const QCommandLineOption callbackTimeoutOption(
        QStringLiteral("callback-timeout"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Callback tasks: how long to wait for "
                                    "TaskCompleted (default: the task's timeout, "
                                    "or 60 minutes)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption hubOption(
        QStringLiteral("hub"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Callback tasks: the plan's hub, system.HostType (build, "
                                    "release, gates, checks; default build)."),
        QStringLiteral("NAME"), QStringLiteral("build"));
    const QCommandLineOption varFileOption(
        QStringLiteral("var-file"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Read dry-run variables from NAME=VALUE lines (# starts a "
                                    "comment). Repeatable; --var wins."),
        QStringLiteral("FILE"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Run only tasks whose display name matches PATTERN (* any "
                                    "text, ? one character, case-insensitive). Repeatable."),
        QStringLiteral("PATTERN"));
    const QCommandLineOption bailOption(
        QStringLiteral("bail"),
        QCoreApplication::translate("RestGate::Cli::Commands", "Stop after the first task that does not pass."));
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Run up to N tasks at once (default 1); output stays in "
                                    "order. Callback tasks run alone."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption verboseOption(
        {QStringLiteral("v"), QStringLiteral("verbose")},
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Show request and response headers and bodies (redacted, "
                                    "64 KB at most per body)."));
    parser.addOptions({taskOption, varOption, setOption, formatOption, junitOption, traceOption, timeoutOption,
                       any2xxOption, maxBodyOption, listenOption, publicUrlOption, callbackTimeoutOption, hubOption,
                       varFileOption, nameOption, bailOption, jobsOption, verboseOption});
    addNetworkOptions(&parser);
    parser.addOptions(GateRun::options());
    parser.addColorOption();
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "restgate-cli run: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "expected one design document or more") << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "restgate-cli run: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "--format must be text or json") << '\n';
        return ExitUsage;
    }

    RunOptions options;
    if (parser.isSet(timeoutOption)) {
        constexpr double maxSeconds = 24 * 60 * 60;
        const std::optional<int> ms =
            CommandLine::secondsAsMilliseconds(parser.value(timeoutOption), 0, maxSeconds, true);
        if (!ms) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "--timeout takes a number of seconds above 0 and at most %1 (got '%2')")
                       .arg(QString::number(maxSeconds), parser.value(timeoutOption))
                << '\n';
            return ExitUsage;
        }
        options.timeoutMs = *ms;
    }
    if (parser.isSet(maxBodyOption)) {
        bool ok = false;
        const qint64 bytes = parser.value(maxBodyOption).toLongLong(&ok);
        if (!ok || bytes <= 2 * 1024 * 1024) {
            err << "restgate-cli run: "
                << QCoreApplication::translate(
                       "RestGate::Cli::Errors",
                       "--max-body-bytes must be above 2097152 (the server's 2 MB criteria limit)")
                << '\n';
            return ExitUsage;
        }
        options.maxBodyBytes = bytes;
    }
    options.treatAny2xxAsSuccess = parser.isSet(any2xxOption);
    QString networkProblem;
    if (const auto network = networkSettingsFrom(parser, &networkProblem)) {
        options.network = *network;
    } else {
        err << "restgate-cli run: " << networkProblem << '\n';
        return ExitUsage;
    }
    bool jobsOk = false;
    const int jobs = parser.value(jobsOption).toInt(&jobsOk);
    constexpr int maxJobs = 64;
    if (!jobsOk || jobs < 1 || jobs > maxJobs) {
        err << "restgate-cli run: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "--jobs takes a number from 1 to %1 (got '%2')")
                   .arg(QString::number(maxJobs), parser.value(jobsOption))
            << '\n';
        return ExitUsage;
    }

    CallbackSettings callbackSettings;
    if (parser.isSet(listenOption)) {
        QString problem;
        if (!ListenerSettings::parseListenAddress(parser.value(listenOption), &callbackSettings.bindAddress,
                                                  &callbackSettings.port, &problem)) {
            err << "restgate-cli run: --listen: " << problem << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(publicUrlOption)) {
        callbackSettings.publicBaseUrl = QUrl(parser.value(publicUrlOption), QUrl::StrictMode);
        if (!callbackSettings.publicBaseUrl.isValid() || callbackSettings.publicBaseUrl.scheme().isEmpty()) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors", "--public-url is not a valid URL") << '\n';
            return ExitUsage;
        }
    }
    callbackSettings.hubName = parser.value(hubOption);
    // A short grace after TaskCompleted, so a service that keeps posting shows up in the timeline.
    callbackSettings.graceMs = 500;
    if (parser.isSet(callbackTimeoutOption)) {
        // Two days: the longest a release gate or check may wait, and far inside the int a timer takes.
        constexpr double maxSeconds = 48 * 60 * 60;
        const std::optional<int> ms =
            CommandLine::secondsAsMilliseconds(parser.value(callbackTimeoutOption), 0, maxSeconds, false);
        if (!ms) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "--callback-timeout takes a number of seconds from 0 to %1 (got '%2')")
                       .arg(QString::number(maxSeconds), parser.value(callbackTimeoutOption))
                << '\n';
            return ExitUsage;
        }
        callbackSettings.waitMs = *ms;
    }

    QStringList paths;
    QString problem;
    if (!expandDesignArguments(positional, &paths, &problem)) {
        err << "restgate-cli run: " << problem << '\n';
        return ExitUsage;
    }
    if (parser.isSet(taskOption) && paths.size() != 1) {
        err << "restgate-cli run: "
            << QCoreApplication::translate("RestGate::Cli::Errors",
                                           "--task picks tasks of one design; with several, use --name PATTERN")
            << '\n';
        return ExitUsage;
    }
    // Precedence, lowest first: the design, RESTGATE_VAR_<NAME>, --var-file (in order), --var.
    QStringList fileAssignments;
    for (const QString &file : parser.values(varFileOption)) {
        if (!readVariableFile(file, &fileAssignments, &problem)) {
            err << "restgate-cli run: --var-file " << problem << '\n';
            return ExitUsage;
        }
    }
    const QStringList environment = QProcessEnvironment::systemEnvironment().toStringList();
    const QString setName = parser.value(setOption);
    const QStringList namePatterns = parser.values(nameOption);

    // Every design is read and checked before any task runs: a typo in the fifth must not cost four runs.
    QList<PlannedDesign> designs;
    for (const QString &path : std::as_const(paths)) {
        PlannedDesign design;
        design.name = path;
        if (!loadDesign(path, &design.document, err))
            return ExitUsage;
        const DesignDocument &document = design.document;
        if (!setName.isEmpty() && !document.variableSet(setName)) {
            err << path << ": "
                << QCoreApplication::translate("RestGate::Cli::Errors", "the document has no variable set '%1'")
                       .arg(setName)
                << '\n';
            return ExitUsage;
        }
        const VariableSet declared = document.effectiveVariables(setName);
        if (!applyVariableAssignments(environmentAssignments(environment, declared) + fileAssignments
                                          + parser.values(varOption),
                                      declared, &design.overrides, &problem)) {
            err << "restgate-cli run: " << problem << '\n';
            return ExitUsage;
        }
        // Secret variables have no value in the document; the environment may provide one.
        for (const Variable &variable : document.variables.variables()) {
            if (variable.secret && !design.overrides.contains(variable.name)) {
                const QByteArray env = ServiceConnection::secretEnvironmentVariable(variable.name).toLatin1();
                if (qEnvironmentVariableIsSet(env.constData()))
                    design.overrides.set(variable.name, qEnvironmentVariable(env.constData()), true);
            }
        }
        for (const QString &wanted : parser.values(taskOption)) {
            bool isNumber = false;
            const int number = wanted.toInt(&isNumber);
            qsizetype index = isNumber ? number - 1 : document.taskIndexByDisplayName(wanted);
            if (index < 0 || index >= document.tasks.size()) {
                err << "restgate-cli run: "
                    << QCoreApplication::translate("RestGate::Cli::Errors",
                                                   "no task '%1' (the document has %n task(s); numbers count from 1)",
                                                   nullptr, int(document.tasks.size()))
                           .arg(wanted)
                    << '\n';
                return ExitUsage;
            }
            if (!design.tasks.contains(index))
                design.tasks.append(index);
        }
        design.explicitSelection = !design.tasks.isEmpty();
        if (!design.explicitSelection) {
            for (qsizetype i = 0; i < document.tasks.size(); ++i) {
                if (matchesNamePatterns(PipelineExport::displayLabel(document.tasks.at(i)), namePatterns))
                    design.tasks.append(i);
            }
        }
        if (document.tasks.isEmpty()) {
            err << path << ": " << QCoreApplication::translate("RestGate::Cli::Errors", "the document has no tasks")
                << '\n';
            return ExitUsage;
        }
        designs.append(std::move(design));
    }
    qsizetype planned = 0;
    for (const PlannedDesign &design : std::as_const(designs))
        planned += design.tasks.size();
    if (planned == 0) {
        err << "restgate-cli run: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "no task's display name matches %1")
                   .arg(namePatterns.join(QStringLiteral(", ")))
            << '\n';
        return ExitUsage;
    }

    if (GateRun::isRequested(parser)) {
        if (designs.size() != 1) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "a gate simulation evaluates a task of one design")
                << '\n';
            return ExitUsage;
        }
        const PlannedDesign &design = designs.constFirst();
        return GateRun::run(parser,
                            {&design.document, design.tasks, design.explicitSelection, setName, design.overrides,
                             options, format == QLatin1String("json")});
    }

    const bool json = format == QLatin1String("json");
    const bool verbose = parser.isSet(verboseOption);
    TextOptions textOptions;
    textOptions.trace = parser.isSet(traceOption);
    textOptions.verbose = verbose;
    const bool designHeadings = designs.size() > 1;
    ExecutorSettings settings;
    settings.options = options;
    settings.callback = callbackSettings;
    settings.variableSet = setName;
    settings.jobs = jobs;
    settings.bail = parser.isSet(bailOption);
    settings.announceCallbackWait = !json;

    QElapsedTimer clock;
    clock.start();
    const QDateTime runStart = QDateTime::currentDateTimeUtc();
    RunExecutor executor(std::move(designs), settings, err);
    const InterruptWatcher interruptWatcher([&executor] { executor.interrupt(); });
    QList<TaskOutcome> outcomes;
    const bool ran = executor.run(
        [&](const TaskOutcome &outcome) {
            if (!json && designHeadings && (outcomes.isEmpty() || outcomes.constLast().design != outcome.design))
                out << "== " << outcome.designName << " ==\n";
            if (json)
                out << QJsonDocument(toJson(outcome, verbose)).toJson(QJsonDocument::Compact) << '\n';
            else
                printText(out, outcome, textOptions);
            out.flush();
            outcomes.append(outcome);
        },
        &problem);
    if (!ran) {
        err << "restgate-cli run: " << problem << '\n';
        return ExitUsage;
    }

    RunSummary summary = summarize(outcomes);
    summary.designs = int(executor.designs().size());
    summary.notRun += executor.notStarted();
    summary.bailed = executor.bailed();
    summary.interrupted = executor.interrupted();
    if (summary.interrupted)
        summary.exitCode = 130;
    summary.durationMs = clock.elapsed();

    // Written on Ctrl+C too: the tasks that finished are in it, the interrupted ones are marked skipped.
    if (parser.isSet(junitOption)) {
        QList<JUnitDesign> suites;
        for (qsizetype d = 0; d < executor.designs().size(); ++d) {
            const QDateTime started = executor.designStarts().at(d);
            suites.append({suiteName(executor.designs().at(d).name), started.isValid() ? started : runStart});
        }
        QString message;
        if (!writeJUnit(parser.value(junitOption), suites, outcomes, &message)) {
            err << "restgate-cli run: "
                << QCoreApplication::translate("RestGate::Cli::Errors", "cannot write %1: %2")
                       .arg(parser.value(junitOption), message)
                << '\n';
            return summary.interrupted ? 130 : int(ExitUsage);
        }
    }
    if (json)
        out << QJsonDocument(toJson(summary)).toJson(QJsonDocument::Compact) << '\n';
    else
        out << summaryLine(summary) << '\n';
    return summary.exitCode;
}

} // namespace RestGate::Cli
