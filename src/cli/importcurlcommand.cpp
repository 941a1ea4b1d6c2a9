#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/design/designdocument.h"
#include "core/pipeline/curlimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace RestGate::Cli {

int importCurlCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(
        QStringLiteral("import-curl"),
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "Turns a curl command line into an InvokeRESTAPI task: the URL is split into a connection "
            "(scheme, host and base path; an existing connection of DESIGN with the same base URL is "
            "reused) and the task's URL suffix. The command comes from the arguments (one quoted string, "
            "or the words after the options) or, with '-' or nothing, from standard input. Options curl "
            "would use that the task cannot express are listed.\n"
            "A password (-u user:password) or bearer token is never written anywhere: set "
            "RESTGATE_SECRET_<NAME>."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Add the task to this design (created, or merged into); "
                                    "without it the design is written to standard output."),
        QStringLiteral("DESIGN"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QCoreApplication::translate("RestGate::Cli::Commands", "The task's display name (default: METHOD host/path)."),
        QStringLiteral("DISPLAYNAME"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QCoreApplication::translate("RestGate::Cli::Commands",
                                                                       "Split the URL here (the connection URL), e.g. "
                                                                       "https://api.example.com/v1/"),
                                           QStringLiteral("URL"));
    parser.addOptions({outputOption, nameOption, baseUrlOption});
    parser.addPositionalArgument(
        QStringLiteral("curl"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "The curl command: one quoted string, the words after the options "
                                    "(after -- when they start with an option of import-curl's), or "
                                    "'-' for standard input."),
        QStringLiteral("[--] [CURL...|-]"));
    // Options come first; everything after them is the curl command, which has options of its own.
    const qsizetype optionCount = parser.leadingOptionCount(arguments);
    if (const auto exitCode = parser.parse(arguments.mid(0, optionCount)))
        return *exitCode;
    const QString designPath = parser.value(outputOption);
    CurlImportOptions options;
    options.displayName = parser.value(nameOption);
    options.baseUrl = parser.value(baseUrlOption);
    const QStringList words = arguments.mid(optionCount);

    CurlRequest request;
    QString error;
    bool parsed = false;
    if (words.isEmpty() || words == QStringList {QStringLiteral("-")}) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            err << "restgate-cli import-curl: "
                << QCoreApplication::translate("RestGate::Cli::Errors", "cannot read standard input") << '\n';
            return ExitUsage;
        }
        parsed = CurlParser::parse(QString::fromUtf8(input.readAll()), &request, &error);
    } else if (words.size() == 1) {
        parsed = CurlParser::parse(words.first(), &request, &error);
    } else {
        parsed = CurlParser::parseArguments(words, &request, &error);
    }
    if (!parsed) {
        err << "restgate-cli import-curl: " << error << '\n';
        return ExitUsage;
    }

    DesignDocument document;
    if (!designPath.isEmpty() && QFileInfo::exists(designPath)) {
        DocumentError designError;
        if (!DesignDocument::load(designPath, &document, &designError)) {
            err << designPath << ": " << designError.toString() << '\n'
                << QCoreApplication::translate("RestGate::Cli::Errors", "The design was not changed.") << '\n';
            return ExitUsage;
        }
    }
    CurlImport imported;
    if (!CurlImporter::import(request, document, options, &imported, &error)) {
        err << "restgate-cli import-curl: " << error << '\n';
        return ExitUsage;
    }
    for (const QString &option : std::as_const(imported.unsupported))
        err << QCoreApplication::translate("RestGate::Cli::Errors", "unsupported (not imported): %1").arg(option)
            << '\n';
    for (const QString &option : std::as_const(imported.ignored))
        err << QCoreApplication::translate("RestGate::Cli::Errors", "ignored (does not change the request): %1")
                   .arg(option)
            << '\n';
    for (const Finding &finding : std::as_const(imported.findings))
        err << (finding.isError() ? "error: " : "warning: ") << finding.message << '\n';
    if (!imported.password.isEmpty())
        err << QCoreApplication::translate("RestGate::Cli::Errors",
                                           "The password is not stored. For a dry run set %1 (or store it with "
                                           "'restgate-cli secret').")
                   .arg(ServiceConnection::secretEnvironmentVariable(imported.connection.name))
            << '\n';

    CurlImporter::merge(&document, imported);
    if (designPath.isEmpty()) {
        out << document.toYaml();
        return ExitSuccess;
    }
    QString message;
    if (!document.save(designPath, &message)) {
        err << "restgate-cli import-curl: " << message << '\n'
            << QCoreApplication::translate("RestGate::Cli::Errors", "The design was not changed.") << '\n';
        return ExitUsage;
    }
    out << "Added task '" << imported.task.displayName << "' to " << designPath << " (connection '"
        << imported.connection.name << "', " << (imported.reusedConnection ? "reused" : "new") << ").\n";
    return ExitSuccess;
}

} // namespace RestGate::Cli
