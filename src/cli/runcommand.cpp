#include "atomicwrite.h"
#include "azuretokenprovider.h"
#include "callbackdryrun.h"
#include "callbacksettings.h"
#include "commands.h"
#include "connectioncredentials.h"
#include "criteriajudge.h"
#include "designdocument.h"
#include "gaterun.h"
#include "pipelineexport.h"
#include "planlistener.h"
#include "secretstore.h"
#include "taskrunner.h"
#include "variableassignments.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QXmlStreamWriter>

namespace RestGate::Cli {

namespace {

struct TaskOutcome
{
    qsizetype index = 0; ///< 0-based
    QString name;
    bool skipped = false;
    RunResult result;
    std::optional<CallbackVerdict> callback; ///< Callback-mode tasks: how the round trip ended
};

QString humanBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

void printText(QTextStream &out, const TaskOutcome &outcome, qsizetype total, bool trace)
{
    out << '[' << outcome.index + 1 << '/' << total << "] " << outcome.name << '\n';
    if (outcome.skipped) {
        out << "  SKIPPED (the task is disabled: enabled: false)\n\n";
        return;
    }
    // Everything printed comes from the display-safe copy: secrets masked once, in core.
    const RunResult r = outcome.result.displaySafe();
    if (!r.request.url.isEmpty())
        out << "  " << r.request.method << ' ' << r.request.url << '\n';
    for (const RedirectHop &hop : r.redirects) {
        out << "  -> " << hop.status << ' ' << RunResult::statusName(hop.status) << ": " << hop.method << ' ' << hop.to;
        if (!hop.droppedHeaders.isEmpty())
            out << " (another origin: " << hop.droppedHeaders.join(QStringLiteral(", ")) << " not sent)";
        out << '\n';
    }
    if (r.status > 0) {
        out << "  " << r.status << ' ' << r.reasonPhrase << " · " << r.msTotal << " ms · " << humanBytes(r.bodyBytes)
            << '\n';
    } else {
        out << "  no response · " << r.msTotal << " ms\n";
    }
    out << "  " << RunResult::verdictText(r.verdict) << '\n';
    for (const QString &reason : r.reasons)
        out << "    - " << reason << '\n';
    for (const Finding &finding : r.findings) {
        if (!finding.isError())
            out << "    warning: " << finding.message << '\n';
    }
    if (outcome.callback) {
        out << "  callback:\n";
        const QString report = outcome.callback->displaySafe(outcome.result.redactor()).report();
        for (const QString &line : report.split(QLatin1Char('\n')))
            out << "    " << line << '\n';
    }
    if (trace && r.criteria) {
        const QString text = CriteriaJudge::traceText(*r.criteria);
        if (!text.isEmpty()) {
            out << "  criteria trace:\n";
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << "    " << line << '\n';
        }
    }
    out << '\n';
}

QJsonObject toJson(const TaskOutcome &outcome)
{
    QJsonObject object;
    object.insert(QStringLiteral("task"), int(outcome.index + 1));
    object.insert(QStringLiteral("displayName"), outcome.name);
    if (outcome.skipped) {
        object.insert(QStringLiteral("verdict"), QStringLiteral("SKIPPED"));
        object.insert(QStringLiteral("passed"), QJsonValue::Null);
        return object;
    }
    const RunResult r = outcome.result.displaySafe();
    object.insert(QStringLiteral("passed"), r.passed());
    object.insert(QStringLiteral("verdict"), RunResult::verdictText(r.verdict));
    object.insert(QStringLiteral("method"), r.request.method);
    object.insert(QStringLiteral("url"), r.request.url);
    object.insert(QStringLiteral("status"), r.status);
    object.insert(QStringLiteral("statusName"), r.status > 0 ? RunResult::statusName(r.status) : QString());
    object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
    object.insert(QStringLiteral("timings"),
                  QJsonObject {{QStringLiteral("toHeadersMs"), r.msToHeaders}, {QStringLiteral("totalMs"), r.msTotal}});
    if (!r.redirects.isEmpty()) {
        QJsonArray hops;
        for (const RedirectHop &hop : r.redirects) {
            hops.append(
                QJsonObject {{QStringLiteral("status"), hop.status},
                             {QStringLiteral("method"), hop.method},
                             {QStringLiteral("from"), hop.from},
                             {QStringLiteral("to"), hop.to},
                             {QStringLiteral("crossOrigin"), hop.crossOrigin},
                             {QStringLiteral("droppedHeaders"), QJsonArray::fromStringList(hop.droppedHeaders)}});
        }
        object.insert(QStringLiteral("redirects"), hops);
    }
    object.insert(QStringLiteral("bytes"), r.bodyBytes);
    object.insert(QStringLiteral("truncated"), r.bodyTruncated);
    if (r.criteria)
        object.insert(QStringLiteral("criteria"), CriteriaJudge::toJson(*r.criteria));
    if (outcome.callback) {
        const CallbackVerdict v = outcome.callback->displaySafe(outcome.result.redactor());
        object.insert(QStringLiteral("callback"),
                      QJsonObject {{QStringLiteral("verdict"), v.label()},
                                   {QStringLiteral("headline"), v.headline},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)},
                                   {QStringLiteral("warnings"), QJsonArray::fromStringList(v.warnings)},
                                   {QStringLiteral("requests"), int(v.timeline.size())},
                                   {QStringLiteral("waitedMs"), v.waitedMs}});
    }
    QJsonArray warnings;
    for (const Finding &finding : r.findings) {
        if (!finding.isError())
            warnings.append(finding.message);
    }
    object.insert(QStringLiteral("warnings"), warnings);
    if (!r.errorString.isEmpty())
        object.insert(QStringLiteral("error"), r.errorString);
    return object;
}

bool writeJUnit(const QString &path, const QString &suiteName, const QList<TaskOutcome> &outcomes, QString *error)
{
    // Built in memory, then written all or nothing: a full disk must not leave a truncated report behind.
    QByteArray report;
    QBuffer file(&report);
    file.open(QIODevice::WriteOnly);
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    qint64 totalMs = 0;
    for (const TaskOutcome &o : outcomes) {
        skipped += o.skipped ? 1 : 0;
        if (o.skipped)
            continue;
        totalMs += o.result.msTotal;
        if (o.result.verdict == RunResult::Verdict::Error)
            ++errors;
        else if (!o.result.passed())
            ++failures;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), suiteName);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(outcomes.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), QString::number(totalMs / 1000.0, 'f', 3));
    for (const TaskOutcome &o : outcomes) {
        const RunResult shown = o.result.displaySafe();
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), suiteName);
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1. %2").arg(o.index + 1).arg(o.name));
        xml.writeAttribute(QStringLiteral("time"), QString::number(o.result.msTotal / 1000.0, 'f', 3));
        if (o.skipped) {
            xml.writeEmptyElement(QStringLiteral("skipped"));
        } else if (!o.result.passed()) {
            const bool isError = o.result.verdict == RunResult::Verdict::Error;
            xml.writeStartElement(isError ? QStringLiteral("error") : QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), RunResult::verdictText(o.result.verdict));
            xml.writeAttribute(QStringLiteral("message"), shown.reasons.join(QLatin1Char(' ')));
            xml.writeCharacters(shown.log);
            xml.writeEndElement();
        }
        xml.writeTextElement(QStringLiteral("system-out"), shown.log);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return writeFileAtomically(path, report, error);
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Dry-runs the tasks of a design document with the rules Azure DevOps applies: the whole call within 20 "
        "seconds, 200 OK, and the success criteria.\n\n"
        "Passwords and tokens are read from RESTGATE_SECRET_<CONNECTION> (the connection name upper-cased, other "
        "characters as '_'). Exit status: 0 all tasks passed, 1 a task failed, 2 usage, document or connection "
        "errors."));
    parser.addPositionalArgument(QStringLiteral("design"), QStringLiteral("The design document (*.restgate.yml)."));
    parser.addHelpOption();
    const QCommandLineOption taskOption(QStringLiteral("task"),
                                        QStringLiteral("Run only this task: its number (from 1) or display name. "
                                                       "Repeatable."),
                                        QStringLiteral("N|DISPLAYNAME"));
    const QCommandLineOption varOption(QStringLiteral("var"),
                                       QStringLiteral("Set a dry-run variable for $(NAME). Repeatable."),
                                       QStringLiteral("NAME=VALUE"));
    const QCommandLineOption setOption(QStringLiteral("variable-set"),
                                       QStringLiteral("Use the document's named variable set (e.g. prod)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output: text (default) or json "
                                                         "(one JSON object per task per "
                                                         "line)."),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption junitOption(QStringLiteral("junit"), QStringLiteral("Also write a JUnit XML report."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         QStringLiteral("Show how each success criteria was evaluated."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("The API-response limit in seconds (default 20, the "
                                                          "server's)."),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption any2xxOption(QStringLiteral("any-2xx"),
                                          QStringLiteral("Dry-run option: treat any 2xx status as success. Azure "
                                                         "DevOps documents 200 OK as the rule."));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-bytes"),
                                           QStringLiteral("Stop reading a response after this many bytes (default "
                                                          "256 MiB)."),
                                           QStringLiteral("BYTES"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Callback tasks: where the local plan listener binds "
                                                         "(default 127.0.0.1:0, a free port)."),
                                          QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption publicUrlOption(QStringLiteral("public-url"),
                                             QStringLiteral("Callback tasks: the URL the service reaches the "
                                                            "listener at (e.g. a tunnel); becomes "
                                                            "system.CollectionUri."),
                                             QStringLiteral("URL"));
    const QCommandLineOption callbackTimeoutOption(QStringLiteral("callback-timeout"),
                                                   QStringLiteral("Callback tasks: how long to wait for "
                                                                  "TaskCompleted (default: the task's timeout, "
                                                                  "or 60 minutes)."),
                                                   QStringLiteral("SECONDS"));
    const QCommandLineOption hubOption(QStringLiteral("hub"),
                                       QStringLiteral("Callback tasks: the plan's hub, system.HostType (build, "
                                                      "release, gates, checks; default build)."),
                                       QStringLiteral("NAME"), QStringLiteral("build"));
    parser.addOptions({taskOption, varOption, setOption, formatOption, junitOption, traceOption, timeoutOption,
                       any2xxOption, maxBodyOption, listenOption, publicUrlOption, callbackTimeoutOption, hubOption});
    parser.addOptions(GateRun::options());
    if (!parser.parse(QStringList {QStringLiteral("restgate-cli run")} + arguments)) {
        err << "restgate-cli run: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "restgate-cli run: expected one design document\n\n" << parser.helpText();
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "restgate-cli run: --format must be text or json\n";
        return ExitUsage;
    }

    RunOptions options;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        // !(x <= max) is also true for NaN; a huge value would overflow the int milliseconds the timer takes.
        constexpr double maxSeconds = 24 * 60 * 60;
        if (!ok || !(seconds > 0) || !(seconds <= maxSeconds)) {
            err << "restgate-cli run: --timeout takes a number of seconds above 0 and at most " << maxSeconds
                << " (got '" << parser.value(timeoutOption) << "')\n";
            return ExitUsage;
        }
        options.timeoutMs = qMax(1, int(seconds * 1000));
    }
    if (parser.isSet(maxBodyOption)) {
        bool ok = false;
        const qint64 bytes = parser.value(maxBodyOption).toLongLong(&ok);
        if (!ok || bytes <= 2 * 1024 * 1024) {
            err << "restgate-cli run: --max-body-bytes must be above 2097152 (the server's 2 MB criteria limit)\n";
            return ExitUsage;
        }
        options.maxBodyBytes = bytes;
    }
    options.treatAny2xxAsSuccess = parser.isSet(any2xxOption);

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
            err << "restgate-cli run: --public-url is not a valid URL\n";
            return ExitUsage;
        }
    }
    callbackSettings.hubName = parser.value(hubOption);
    // A short grace after TaskCompleted, so a service that keeps posting shows up in the timeline.
    callbackSettings.graceMs = 500;
    if (parser.isSet(callbackTimeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(callbackTimeoutOption).toDouble(&ok);
        if (!ok || seconds < 0) {
            err << "restgate-cli run: --callback-timeout takes a number of seconds\n";
            return ExitUsage;
        }
        callbackSettings.waitMs = int(seconds * 1000);
    }

    const QString path = positional.first();
    DesignDocument document;
    DocumentError error;
    QList<DocumentError> warnings;
    if (!DesignDocument::load(path, &document, &error, &warnings)) {
        err << path << ": " << error.toString() << '\n';
        return ExitUsage;
    }
    for (const DocumentError &warning : std::as_const(warnings))
        err << path << ": warning: " << warning.toString() << '\n';

    const QString setName = parser.value(setOption);
    if (!setName.isEmpty() && !document.variableSet(setName)) {
        err << "restgate-cli run: the document has no variable set '" << setName << "'\n";
        return ExitUsage;
    }
    VariableSet overrides;
    QString assignmentError;
    if (!applyVariableAssignments(parser.values(varOption), document.effectiveVariables(setName), &overrides,
                                  &assignmentError)) {
        err << "restgate-cli run: " << assignmentError << '\n';
        return ExitUsage;
    }

    QList<qsizetype> selected;
    for (const QString &wanted : parser.values(taskOption)) {
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        qsizetype index = isNumber ? number - 1 : document.taskIndexByDisplayName(wanted);
        if (index < 0 || index >= document.tasks.size()) {
            err << "restgate-cli run: no task '" << wanted << "' (the document has " << document.tasks.size()
                << " task(s); numbers count from 1)\n";
            return ExitUsage;
        }
        if (!selected.contains(index))
            selected.append(index);
    }
    const bool explicitSelection = !selected.isEmpty();
    if (!explicitSelection) {
        for (qsizetype i = 0; i < document.tasks.size(); ++i)
            selected.append(i);
    }
    if (selected.isEmpty()) {
        err << path << ": the document has no tasks\n";
        return ExitUsage;
    }

    // Secret variables have no value in the document; the environment may provide one.
    for (const Variable &variable : document.variables.variables()) {
        if (variable.secret && !overrides.contains(variable.name)) {
            const QByteArray env = ServiceConnection::secretEnvironmentVariable(variable.name).toLatin1();
            if (qEnvironmentVariableIsSet(env.constData()))
                overrides.set(variable.name, qEnvironmentVariable(env.constData()), true);
        }
    }

    if (GateRun::isRequested(parser))
        return GateRun::run(
            parser,
            {&document, selected, explicitSelection, setName, overrides, options, format == QLatin1String("json")});

    const VariableSet system = VariableSet::systemDefaults();
    TaskRunner runner;
    PlanListener listener; // started on the first Callback task
    // Secrets: RESTGATE_SECRET_<NAME> first, then the OS keychain; Azure tokens from a service principal or az.
    SecretStore secretStore;
    AzureTokenProvider tokenProvider;
    CredentialResolver credentials(&secretStore, &tokenProvider);
    QList<TaskOutcome> outcomes;
    bool connectionProblem = false;
    const auto printOutcome = [&](const TaskOutcome &outcome) {
        if (format == QLatin1String("json"))
            out << QJsonDocument(toJson(outcome)).toJson(QJsonDocument::Compact) << '\n';
        else
            printText(out, outcome, document.tasks.size(), parser.isSet(traceOption));
        out.flush();
    };
    for (const qsizetype index : std::as_const(selected)) {
        TaskOutcome outcome;
        outcome.index = index;
        outcome.name = PipelineExport::displayLabel(document.tasks.at(index));
        // A pipeline skips disabled steps; so does a full run. Naming the task runs it anyway.
        if (!document.tasks.at(index).enabled && !explicitSelection) {
            outcome.skipped = true;
        } else {
            RunInput input = RunInput::fromDocument(document, index, system, setName, overrides, {});
            QString credentialNote;
            if (input.connection) {
                const CredentialResult credential = resolveAndWait(credentials, *input.connection);
                if (!credential.ok()) {
                    outcome.result.verdict = RunResult::Verdict::Error;
                    outcome.result.errorString = credential.message;
                    outcome.result.reasons = {credential.message};
                    connectionProblem = true;
                    printOutcome(outcome);
                    outcomes.append(outcome);
                    continue;
                }
                input.secret = connectionSecretFrom(credential.credential);
                credentialNote = credential.note;
            }
            if (input.task.isCallback()) {
                if (!listener.isListening() && !listener.listen(callbackSettings.listenerSettings())) {
                    err << "restgate-cli run: the callback listener cannot start: " << listener.errorString() << '\n';
                    return ExitUsage;
                }
                CallbackDryRun callback(&runner, &listener);
                QEventLoop loop;
                QObject::connect(&callback, &CallbackDryRun::finished, &loop,
                                 [&](const RunResult &result, const CallbackVerdict &verdict) {
                                     outcome.result = result;
                                     outcome.callback = verdict;
                                     loop.quit();
                                 });
                if (format == QLatin1String("text")) {
                    QObject::connect(&callback, &CallbackDryRun::initialCallFinished, &loop, [&](const RunResult &r) {
                        if (r.verdict == RunResult::Verdict::NotCompleted)
                            err << "Waiting for the service to post TaskCompleted to "
                                << listener.collectionUrl().toString() << " …\n";
                    });
                }
                callback.start(input, callbackSettings.dryRunOptions(options));
                loop.exec();
            } else {
                TaskRun *run = runner.start(input, options);
                QEventLoop loop;
                QObject::connect(run, &TaskRun::finished, &loop, &QEventLoop::quit);
                loop.exec();
                outcome.result = run->result();
                delete run;
            }
            const QString connectionInput = input.task.connectionInputName();
            if (!credentialNote.isEmpty())
                outcome.result.findings.append({Finding::Severity::Warning, connectionInput, credentialNote});
            for (const Finding &finding : std::as_const(outcome.result.findings)) {
                if (finding.isError() && finding.input == connectionInput)
                    connectionProblem = true;
            }
        }
        printOutcome(outcome);
        outcomes.append(outcome);
    }

    if (parser.isSet(junitOption)) {
        QString message;
        if (!writeJUnit(parser.value(junitOption), QFileInfo(path).fileName(), outcomes, &message)) {
            err << "restgate-cli run: cannot write " << parser.value(junitOption) << ": " << message << '\n';
            return ExitUsage;
        }
    }

    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (const TaskOutcome &o : std::as_const(outcomes)) {
        if (o.skipped)
            ++skipped;
        else if (o.result.passed())
            ++passed;
        else
            ++failed;
    }
    if (format == QLatin1String("text"))
        out << passed << " passed, " << failed << " failed"
            << (skipped ? QStringLiteral(", %1 skipped").arg(skipped) : QString()) << '\n';
    if (connectionProblem)
        return ExitUsage;
    return failed > 0 ? ExitFailure : ExitSuccess;
}

} // namespace RestGate::Cli
