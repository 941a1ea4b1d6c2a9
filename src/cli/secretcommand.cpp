#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/design/azureconnectionsettings.h"
#include "core/design/designdocument.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <optional>
#include <string>

namespace RestGate::Cli {

namespace {

/// The kind of secret inside a sentence shown to people ("password", "Kennwort").
QString kindText(std::optional<SecretKind> kind)
{
    if (!kind)
        return QCoreApplication::translate("RestGate::Cli::Secret", "secret");
    switch (*kind) {
    case SecretKind::Password:
        return QCoreApplication::translate("RestGate::Cli::Secret", "password");
    case SecretKind::Token:
        return QCoreApplication::translate("RestGate::Cli::Secret", "token");
    case SecretKind::ClientSecret:
        return QCoreApplication::translate("RestGate::Cli::Secret", "client secret");
    case SecretKind::SecretVariable:
        break;
    }
    return secretKindLabel(*kind);
}

// ---- reading the secret: stdin, never argv ----------------------------------------------------------------

// Where the terminal settings are kept while echo is off, for the signal handler that puts them back.
struct termios savedTerminal;
volatile std::sig_atomic_t terminalNeedsRestore = 0;

void restoreTerminalAndReraise(int signal)
{
    if (terminalNeedsRestore)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Overwrites a buffer that held a secret, in a way the optimizer keeps.
void wipe(std::string &buffer)
{
    volatile char *bytes = buffer.data();
    for (std::size_t i = 0; i < buffer.size(); ++i)
        bytes[i] = 0;
    buffer.clear();
}

constexpr std::size_t maxSecretBytes = 64 * 1024;

/// Reads stdin up to the first newline (`stopAtNewline`) or to its end. False on a read error or an oversized
/// secret.
bool readStdin(bool stopAtNewline, std::string *buffer)
{
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (stopAtNewline && c == '\n')
            return true;
        if (buffer->size() >= maxSecretBytes)
            return false;
        buffer->push_back(c);
    }
}

/// The secret from stdin. A terminal is read with echo off (the secret must not appear on screen, in a scrollback
/// or a screen recording), a pipe or file as it is, minus one trailing line ending (what `echo` and editors add).
bool readSecret(const QString &prompt, QString *secret, QString *error)
{
    std::string buffer;
    if (isatty(STDIN_FILENO)) {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0) {
            *error = QCoreApplication::translate("RestGate::Cli::Errors",
                                                 "cannot read the terminal settings of standard input");
            return false;
        }
        struct termios hidden = savedTerminal;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        // Ctrl-C (or a hang-up) while echo is off must not leave the terminal without echo.
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        struct sigaction previous[4];
        const int handledSignals[4] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
        for (int i = 0; i < 4; ++i)
            sigaction(handledSignals[i], &action, &previous[i]);
        terminalNeedsRestore = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) != 0) {
            terminalNeedsRestore = 0;
            for (int i = 0; i < 4; ++i)
                sigaction(handledSignals[i], &previous[i], nullptr);
            *error = QCoreApplication::translate(
                "RestGate::Cli::Errors", "cannot turn off echo on the terminal, so the secret is not read from it");
            return false;
        }
        // The prompt only once echo is off: whoever types after seeing it types blind.
        QTextStream err(stderr);
        err << prompt;
        err.flush();
        const bool ok = readStdin(true, &buffer);
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
        terminalNeedsRestore = 0;
        for (int i = 0; i < 4; ++i)
            sigaction(handledSignals[i], &previous[i], nullptr);
        err << '\n';
        err.flush();
        if (!ok) {
            wipe(buffer);
            *error = QCoreApplication::translate("RestGate::Cli::Errors", "cannot read the secret from the terminal");
            return false;
        }
        if (!buffer.empty() && buffer.back() == '\r')
            buffer.pop_back();
    } else {
        if (!readStdin(false, &buffer)) {
            wipe(buffer);
            *error = QCoreApplication::translate("RestGate::Cli::Errors",
                                                 "cannot read the secret from standard input (more than 64 KiB?)");
            return false;
        }
        if (!buffer.empty() && buffer.back() == '\n') {
            buffer.pop_back();
            if (!buffer.empty() && buffer.back() == '\r')
                buffer.pop_back();
        }
    }
    *secret = QString::fromUtf8(buffer.data(), qsizetype(buffer.size()));
    wipe(buffer);
    return true;
}

// ---- which connection, which entry -------------------------------------------------------------------------

struct Target
{
    QString name; ///< as the document spells it, or as given
    QString id; ///< stable id
    bool fromDocument = false;
    ConnectionKind kind = ConnectionKind::Generic;
    AzureConnectionSettings azure;
};

/// Resolves CONNECTION (and --design) to a stable id; false with a message on stderr.
bool findTarget(const QString &command, const QString &name, const QString &designPath, Target *target,
                QTextStream &err)
{
    if (name.trimmed().isEmpty()) {
        err << command << ": " << QCoreApplication::translate("RestGate::Cli::Errors", "the connection name is empty")
            << '\n';
        return false;
    }
    target->name = name;
    if (designPath.isEmpty()) {
        // Without a document the connection is known by name only: its name-based id, which is also the id a
        // document gives a connection it does not write an `id:` for.
        target->id = StableId::fromName(name);
        return true;
    }
    DesignDocument document;
    DocumentError error;
    QList<DocumentError> warnings;
    if (!DesignDocument::load(designPath, &document, &error, &warnings)) {
        err << designPath << ": " << error.toString() << '\n';
        return false;
    }
    for (const DocumentError &warning : std::as_const(warnings))
        err << designPath << ": warning: " << warning.toString() << '\n';
    const ServiceConnection *connection = document.connection(name);
    if (!connection) {
        QStringList names;
        for (const ServiceConnection &c : std::as_const(document.connections))
            names.append(c.name);
        err << command << ": ";
        if (names.isEmpty())
            err << QCoreApplication::translate("RestGate::Cli::Errors", "%1 has no connection '%2'")
                       .arg(designPath, name);
        else
            err << QCoreApplication::translate("RestGate::Cli::Errors", "%1 has no connection '%2' (it has: %3)")
                       .arg(designPath, name, names.join(QStringLiteral(", ")));
        err << '\n';
        return false;
    }
    target->name = connection->name;
    target->fromDocument = true;
    target->kind = connection->kind();
    target->azure = connection->azure;
    // DesignDocument::load has checked that an explicit id is a UUID.
    target->id = connection->id.isEmpty() ? StableId::fromName(connection->name) : StableId::normalized(connection->id);
    return true;
}

/// The kind a connection's secret is when --kind does not say: what its authentication needs.
bool defaultKind(const Target &target, SecretKind *kind, QString *why)
{
    using Authentication = AzureConnectionSettings::Authentication;
    switch (target.kind) {
    case ConnectionKind::Generic:
        *kind = SecretKind::Password;
        return true;
    case ConnectionKind::AzureRM:
    case ConnectionKind::AzureDevOps:
        switch (target.azure.authentication) {
        case Authentication::ServicePrincipalSecret:
            *kind = SecretKind::ClientSecret;
            return true;
        case Authentication::AccessToken:
        case Authentication::PersonalAccessToken:
            *kind = SecretKind::Token;
            return true;
        case Authentication::AzureCli:
            *why =
                QCoreApplication::translate("RestGate::Cli::Errors",
                                            "connection '%1' gets its token from the Azure CLI ('az login') and has no "
                                            "secret to store; pass --kind to store one anyway")
                    .arg(target.name);
            return false;
        }
        break;
    }
    return false;
}

QString describeEntry(const SecretKey &key)
{
    return QCoreApplication::translate("RestGate::Cli::Secret", "entry %1 of service %2")
        .arg(key.entryName(), SecretStore::serviceName());
}

/// One line for the failures every subcommand can meet; "no Secret Service" says what to do instead.
void reportFailure(QTextStream &err, const QString &command, const SecretResult &result, const QString &name)
{
    err << command << ": " << result.shown();
    if (result.status == SecretResult::Status::NoSecretService) {
        err << QCoreApplication::translate(
                   "RestGate::Cli::Errors",
                   ". Without a keychain restgate-cli cannot keep a secret between runs: set %1 in the "
                   "environment of 'restgate-cli run' instead")
                   .arg(SecretEnvironment::variableName(name));
    }
    err << '\n';
}

} // namespace

int secretCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(
        QStringLiteral("secret"),
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "Stores a connection's secret in the OS keychain (Secret Service, macOS Keychain, Windows Credential "
            "Manager), or removes it. 'set' reads the secret from standard input, never from the command line: typed "
            "at a terminal it is not echoed; piped, one trailing newline is dropped.\n\n"
            "With --design the connection is looked up in that design document and its secret is stored under the "
            "connection's stable id (its 'id:', or the id its name gives when it has none). Without --design, under "
            "the id the name gives.\n\n"
            "--kind defaults to what the connection's authentication needs: password (Generic), client-secret (Azure "
            "RM service principal), token (Azure RM access token, Azure DevOps PAT); without --design, password.\n\n"
            "RESTGATE_SECRET_<CONNECTION> (the name upper-cased, other characters as '_'), when set, overrides the "
            "keychain for 'restgate-cli run'."));
    const QCommandLineOption designOption(
        QStringLiteral("design"),
        QCoreApplication::translate("RestGate::Cli::Commands", "The design document the connection is in."),
        QStringLiteral("FILE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QCoreApplication::translate("RestGate::Cli::Commands", "password, token or client-secret."),
        QStringLiteral("password|token|client-secret"));
    parser.addOptions({designOption, kindOption});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("RestGate::Cli::Commands", "set stores a secret, clear removes it."),
        QStringLiteral("set|clear"));
    parser.addPositionalArgument(QStringLiteral("connection"),
                                 QCoreApplication::translate("RestGate::Cli::Commands", "The connection's name."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QString action = parser.positionalArguments().value(0);
    if (action.isEmpty())
        return parser.usageError(
            QCoreApplication::translate("RestGate::Cli::Errors", "expected set or clear and a connection name"));
    if (action != QLatin1String("set") && action != QLatin1String("clear")) {
        return parser.usageError(
            QCoreApplication::translate("RestGate::Cli::Errors", "unknown action '%1' (set or clear)").arg(action)
            + CommandLine::didYouMean(action, {QStringLiteral("set"), QStringLiteral("clear")}));
    }
    const QString command = QStringLiteral("restgate-cli secret ") + action;

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() > 1 && action == QLatin1String("set")) {
        // Never accept it, not even to warn later: argv ends up in shell history and in every `ps` listing.
        err << command << ": "
            << QCoreApplication::translate("RestGate::Cli::Errors",
                                           "the secret is read from standard input, never from the command line; run\n"
                                           "  %1\n"
                                           "or type it at the prompt")
                   .arg(QStringLiteral("restgate-cli secret set %1 [--design FILE] < file-with-the-secret")
                            .arg(positional.first()))
            << '\n';
        return ExitUsage;
    }
    if (positional.size() != 1) {
        err << command << ": " << QCoreApplication::translate("RestGate::Cli::Errors", "expected one connection name")
            << '\n'
            << QCoreApplication::translate("RestGate::Cli::Errors", "Run 'restgate-cli secret --help' for usage.")
            << '\n';
        return ExitUsage;
    }

    Target target;
    if (!findTarget(command, positional.first(), parser.value(designOption), &target, err))
        return ExitUsage;

    std::optional<SecretKind> kind;
    if (parser.isSet(kindOption)) {
        SecretKind parsed = SecretKind::Password;
        if (!secretKindFromKey(parser.value(kindOption), &parsed) || parsed == SecretKind::SecretVariable) {
            err << command << ": "
                << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "--kind must be password, token or client-secret")
                << '\n';
            return ExitUsage;
        }
        kind = parsed;
    }

    SecretStore store;
    if (action == QLatin1String("clear")) {
        const SecretResult result = kind ? store.removeSync(SecretKey::forConnection(target.id, *kind))
                                         : SecretStore::waitFor(store.removeOwner(target.id));
        if (result.status == SecretResult::Status::NotFound || (result.ok() && result.entriesAffected == 0)) {
            out << QCoreApplication::translate("RestGate::Cli::Secret", "No %1 was stored for connection '%2' (id %3).")
                       .arg(kindText(kind), target.name, target.id)
                << '\n';
            return ExitSuccess;
        }
        if (!result.ok()) {
            reportFailure(err, command, result, target.name);
            return ExitUsage;
        }
        // Two sentences rather than %n: English has no catalogue, and "secret(s)" would change its output.
        out << (result.entriesAffected == 1
                    ? QCoreApplication::translate("RestGate::Cli::Secret",
                                                  "Removed 1 secret of connection '%1' (id %2) from the OS keychain.")
                          .arg(target.name, target.id)
                    : QCoreApplication::translate("RestGate::Cli::Secret",
                                                  "Removed %1 secrets of connection '%2' (id %3) from the OS keychain.")
                          .arg(QString::number(result.entriesAffected), target.name, target.id))
            << '\n';
        return ExitSuccess;
    }

    if (!kind) {
        SecretKind chosen = SecretKind::Password;
        QString why;
        if (!defaultKind(target, &chosen, &why)) {
            err << command << ": " << why << '\n';
            return ExitUsage;
        }
        kind = chosen;
    }
    const SecretKey key = SecretKey::forConnection(target.id, *kind);

    QString secret;
    QString readError;
    const QString label = kindText(kind);
    const QString prompt =
        QCoreApplication::translate("RestGate::Cli::Secret", "%1 for connection '%2' (input hidden): ")
            .arg(label.left(1).toUpper() + label.mid(1), target.name);
    if (!readSecret(prompt, &secret, &readError)) {
        err << command << ": " << readError << '\n';
        return ExitUsage;
    }
    if (secret.isEmpty()) {
        err << command << ": "
            << QCoreApplication::translate("RestGate::Cli::Errors", "no secret on standard input (to remove one: %1)")
                   .arg(QStringLiteral("restgate-cli secret clear ") + target.name)
            << '\n';
        return ExitUsage;
    }

    const SecretResult result = store.writeSync(key, secret);
    secret.fill(QChar(0));
    if (!result.ok()) {
        reportFailure(err, command, result, target.name);
        return ExitUsage;
    }
    out << QCoreApplication::translate("RestGate::Cli::Secret",
                                       "Stored the %1 of connection '%2' in the OS keychain (%3).")
               .arg(kindText(kind), target.name, describeEntry(key))
        << '\n';
    if (SecretEnvironment::value(target.name)) {
        err << QCoreApplication::translate("RestGate::Cli::Secret",
                                           "note: %1 is set here and overrides the keychain for 'restgate-cli run'.")
                   .arg(SecretEnvironment::variableName(target.name))
            << '\n';
    }
    return ExitSuccess;
}

} // namespace RestGate::Cli
