#include "commands.h"
#include "curlimport.h"
#include "designdocument.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace RestGate::Cli {

namespace {

const char *const usage =
    "Usage: restgate-cli import-curl [-o DESIGN] [--name DISPLAYNAME] [--base-url URL] [CURL...|-]\n\n"
    "Turns a curl command line into an InvokeRESTAPI task: the URL is split into a connection (scheme, host and\n"
    "base path; an existing connection of DESIGN with the same base URL is reused) and the task's URL suffix.\n"
    "The command comes from the arguments (one quoted string, or the words after the options) or, with '-' or\n"
    "nothing, from standard input. Options curl would use that the task cannot express are listed.\n"
    "A password (-u user:password) or bearer token is never written anywhere: set RESTGATE_SECRET_<NAME>.\n\n"
    "  -o, --output DESIGN  add the task to this design (created, or merged into); without it the design is\n"
    "                       written to standard output\n"
    "  --name DISPLAYNAME   the task's display name (default: METHOD host/path)\n"
    "  --base-url URL       split the URL here (the connection URL), e.g. https://api.example.com/v1/\n";

} // namespace

int importCurlCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString designPath;
    CurlImportOptions options;
    qsizetype i = 0;
    // Options come first; everything after them is the curl command, which has options of its own.
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << usage;
            return ExitSuccess;
        }
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&designPath)) {
                err << "restgate-cli import-curl: " << a << " needs a file\n";
                return ExitUsage;
            }
        } else if (a == QLatin1String("--name")) {
            if (!value(&options.displayName)) {
                err << "restgate-cli import-curl: --name needs a display name\n";
                return ExitUsage;
            }
        } else if (a == QLatin1String("--base-url")) {
            if (!value(&options.baseUrl)) {
                err << "restgate-cli import-curl: --base-url needs a URL\n";
                return ExitUsage;
            }
        } else if (a == QLatin1String("--")) {
            ++i;
            break;
        } else {
            break;
        }
    }
    const QStringList words = arguments.mid(i);

    CurlRequest request;
    QString error;
    bool parsed = false;
    if (words.isEmpty() || words == QStringList {QStringLiteral("-")}) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            err << "restgate-cli import-curl: cannot read standard input\n";
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
            err << designPath << ": " << designError.toString() << "\nThe design was not changed.\n";
            return ExitUsage;
        }
    }
    CurlImport imported;
    if (!CurlImporter::import(request, document, options, &imported, &error)) {
        err << "restgate-cli import-curl: " << error << '\n';
        return ExitUsage;
    }
    for (const QString &option : std::as_const(imported.unsupported))
        err << "unsupported (not imported): " << option << '\n';
    for (const QString &option : std::as_const(imported.ignored))
        err << "ignored (does not change the request): " << option << '\n';
    for (const Finding &finding : std::as_const(imported.findings))
        err << (finding.isError() ? "error: " : "warning: ") << finding.message << '\n';
    if (!imported.password.isEmpty())
        err << "The password is not stored. For a dry run set "
            << ServiceConnection::secretEnvironmentVariable(imported.connection.name)
            << " (or store it with 'restgate-cli secret').\n";

    CurlImporter::merge(&document, imported);
    if (designPath.isEmpty()) {
        out << document.toYaml();
        return ExitSuccess;
    }
    QString message;
    if (!document.save(designPath, &message)) {
        err << "restgate-cli import-curl: " << message << "\nThe design was not changed.\n";
        return ExitUsage;
    }
    out << "Added task '" << imported.task.displayName << "' to " << designPath << " (connection '"
        << imported.connection.name << "', " << (imported.reusedConnection ? "reused" : "new") << ").\n";
    return ExitSuccess;
}

} // namespace RestGate::Cli
