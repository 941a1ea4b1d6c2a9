#include "cli/gaterun.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"
#include "core/run/gatesimulator.h"
#include "core/run/taskrunner.h"
#include "dryrun/credentialstep.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace RestGate::Cli::GateRun {

namespace {

const QString pollName = QStringLiteral("poll");
const QString minSuccessName = QStringLiteral("min-success");
const QString timeoutName = QStringLiteral("gate-timeout");
const QString delayName = QStringLiteral("gate-delay");

/// The duration an option gives, or the reason it is not one.
bool readDuration(const CommandLine &parser, const QString &name, qint64 *ms, QString *problem)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<qint64> parsed = GateSettings::parseDuration(parser.value(name));
    if (!parsed) {
        *problem = QCoreApplication::translate("RestGate::Cli::Gate",
                                               "--%1 takes a duration such as 30s, 5m, 1h30m or 250ms (got '%2')")
                       .arg(name, parser.value(name));
        return false;
    }
    *ms = *parsed;
    return true;
}

QString evaluationLine(const GateEvaluation &e)
{
    // Padded columns, so a long run still reads as a table.
    QString line = QStringLiteral("%1 +%2  %3  %4  %5 ms")
                       .arg(QStringLiteral("#%1").arg(e.number), -4)
                       .arg(GateSettings::formatDuration(e.offsetMs), -8)
                       .arg(RunResult::verdictText(e.verdict), -9)
                       .arg(e.statusText.isEmpty() ? QCoreApplication::translate("RestGate::Cli::Gate", "no response")
                                                   : e.statusText,
                            -16)
                       .arg(e.latencyMs, 5);
    if (!e.failingReason.isEmpty())
        line += QStringLiteral("  ") + e.failingReason;
    return line;
}

QJsonObject evaluationJson(const GateEvaluation &e)
{
    return {{QStringLiteral("evaluation"), e.number},
            {QStringLiteral("offsetMs"), e.offsetMs},
            {QStringLiteral("verdict"), RunResult::verdictText(e.verdict)},
            {QStringLiteral("passed"), e.passed()},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("latencyMs"), e.latencyMs},
            {QStringLiteral("failingReason"), e.failingReason}};
}

} // namespace

QList<QCommandLineOption> options()
{
    return {
        QCommandLineOption(
            pollName,
            QCoreApplication::translate("RestGate::Cli::Commands",
                                        "Simulate a release gate / Invoke REST API check: re-evaluate the task at "
                                        "this interval (\"Time between re-evaluation of gates\"), e.g. 5m."),
            QStringLiteral("INTERVAL")),
        QCommandLineOption(
            minSuccessName,
            QCoreApplication::translate("RestGate::Cli::Commands",
                                        "With --poll: how long the task must keep passing (\"Minimum duration for "
                                        "steady results\"; default 0: the first pass ends the gate)."),
            QStringLiteral("DURATION")),
        QCommandLineOption(
            timeoutName,
            QCoreApplication::translate("RestGate::Cli::Commands",
                                        "With --poll (required): the gate fails when it has not succeeded by then "
                                        "(\"Timeout after which gates fail\", counted from the start)."),
            QStringLiteral("DURATION")),
        QCommandLineOption(
            delayName,
            QCoreApplication::translate("RestGate::Cli::Commands",
                                        "With --poll: wait this long before the first evaluation (\"Delay before "
                                        "evaluation\"; default 0, at most 48h)."),
            QStringLiteral("DURATION")),
    };
}

bool isRequested(const CommandLine &parser)
{
    return parser.isSet(pollName) || parser.isSet(minSuccessName) || parser.isSet(timeoutName)
        || parser.isSet(delayName);
}

int run(const CommandLine &parser, const Context &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usage = [&err](const QString &message) {
        err << "restgate-cli run: " << message << '\n';
        return ExitUsage;
    };
    if (!parser.isSet(pollName) || !parser.isSet(timeoutName))
        return usage(QCoreApplication::translate(
            "RestGate::Cli::Gate", "a gate simulation needs both --poll INTERVAL and --gate-timeout DURATION"));
    if (parser.isSet(QStringLiteral("junit")))
        return usage(QCoreApplication::translate("RestGate::Cli::Gate",
                                                 "--junit is not written for a gate simulation (--poll)"));

    GateSettings settings;
    settings.minSuccessMs = 0;
    QString problem;
    if (!readDuration(parser, pollName, &settings.intervalMs, &problem)
        || !readDuration(parser, minSuccessName, &settings.minSuccessMs, &problem)
        || !readDuration(parser, timeoutName, &settings.timeoutMs, &problem)
        || !readDuration(parser, delayName, &settings.delayMs, &problem))
        return usage(problem);
    problem = settings.problem();
    if (!problem.isEmpty())
        return usage(problem);

    // A gate is one task: the one the design has, or the one --task names.
    const DesignDocument &document = *context.document;
    QList<qsizetype> candidates;
    for (const qsizetype index : context.selected) {
        if (context.explicitSelection || document.tasks.at(index).enabled)
            candidates.append(index);
    }
    if (candidates.size() != 1)
        return usage(QCoreApplication::translate(
                         "RestGate::Cli::Gate",
                         "a gate simulation evaluates one task; the design has %1 enabled: pick one with "
                         "--task")
                         .arg(candidates.size()));
    const qsizetype index = candidates.first();

    // Azure DevOps sets System.HostType to "gates" while it evaluates gates (the default HubName header); the
    // design's variables and --var still win over it.
    VariableSet system = VariableSet::systemDefaults();
    system.set(QStringLiteral("system.HostType"), QStringLiteral("gates"));
    RunInput input = RunInput::fromDocument(document, index, system, context.variableSetName, context.overrides, {});
    if (input.connection) {
        SecretStore secretStore;
        AzureTokenProvider tokenProvider;
        CredentialResolver credentials(&secretStore, &tokenProvider);
        const CredentialOutcome credential = CredentialStep::resolveAndWait(credentials, input);
        if (!credential.ok())
            return usage(credential.failure().errorString);
        input = credential.input;
        if (!credential.credential.note.isEmpty())
            err << "warning: " << credential.credential.note << '\n';
    }

    TaskRunner runner;
    GateSimulator gate(&runner);
    const QString name = PipelineExport::displayLabel(document.tasks.at(index));
    QObject::connect(&gate, &GateSimulator::evaluationFinished, &gate, [&](const GateEvaluation &evaluation) {
        if (context.json)
            out << QJsonDocument(evaluationJson(evaluation)).toJson(QJsonDocument::Compact) << '\n';
        else
            out << evaluationLine(evaluation) << '\n';
        out.flush();
    });
    QEventLoop loop;
    QObject::connect(&gate, &GateSimulator::finished, &loop, &QEventLoop::quit);
    if (!gate.start(input, settings, context.options))
        return usage(gate.errorString());
    for (const QString &advice : settings.advice())
        err << QCoreApplication::translate("RestGate::Cli::Gate", "note: %1").arg(advice) << '\n';
    if (!context.json) {
        out << QCoreApplication::translate("RestGate::Cli::Gate",
                                           "Gate: %1 — every %2, steady for %3, timeout %4, delay %5")
                   .arg(name, GateSettings::formatDuration(settings.intervalMs),
                        GateSettings::formatDuration(settings.minSuccessMs),
                        GateSettings::formatDuration(settings.timeoutMs),
                        GateSettings::formatDuration(settings.delayMs))
            << '\n';
        out.flush();
    }
    loop.exec();

    if (context.json) {
        const QJsonObject summary {{QStringLiteral("gate"), GateSimulator::outcomeText(gate.outcome())},
                                   {QStringLiteral("task"), name},
                                   {QStringLiteral("succeeded"), gate.outcome() == GateSimulator::Outcome::Succeeded},
                                   {QStringLiteral("evaluations"), int(gate.evaluations().size())},
                                   {QStringLiteral("elapsedMs"), gate.elapsedMs()},
                                   {QStringLiteral("summary"), gate.summary()}};
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        // The outcome stays a token, as the verdicts do; the sentence is in the user's language.
        out << GateSimulator::outcomeText(gate.outcome()) << ": " << gate.summary(true) << '\n';
    }
    return gate.outcome() == GateSimulator::Outcome::Succeeded ? ExitSuccess : ExitFailure;
}

} // namespace RestGate::Cli::GateRun
