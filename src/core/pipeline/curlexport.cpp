#include "core/pipeline/curlexport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace RestGate {

namespace {

struct Segment
{
    QString text;
    bool isVariable = false; ///< text is an environment variable name
};
using Word = QList<Segment>;

Word splitReferences(const QString &text, const QList<QPair<QString, QString>> &references)
{
    Word word;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype best = -1;
        const QPair<QString, QString> *which = nullptr;
        for (const auto &reference : references) {
            if (reference.first.isEmpty())
                continue;
            const qsizetype at = text.indexOf(reference.first, from);
            if (at >= 0 && (best < 0 || at < best || (at == best && reference.first.size() > which->first.size()))) {
                best = at;
                which = &reference;
            }
        }
        if (best < 0) {
            word.append({text.mid(from), false});
            break;
        }
        if (best > from)
            word.append({text.mid(from, best - from), false});
        word.append({which->second, true});
        from = best + which->first.size();
    }
    if (word.isEmpty())
        word.append({QString(), false});
    return word;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString quoteWord(const Word &word, CurlOptions::Shell shell)
{
    bool hasVariable = false;
    QString literal;
    for (const Segment &segment : word) {
        hasVariable = hasVariable || segment.isVariable;
        literal += segment.text;
    }
    if (!hasVariable)
        return CurlExport::quote(literal, shell);

    if (shell == CurlOptions::Shell::PowerShell) {
        // Double quotes expand ${env:NAME}; a backtick escapes what would otherwise be special (PowerShell also
        // takes the typographic double quotes for quotes).
        QString out = QStringLiteral("\"");
        for (const Segment &segment : word) {
            if (segment.isVariable) {
                out += QStringLiteral("${env:") + segment.text + QLatin1Char('}');
                continue;
            }
            for (const QChar c : segment.text) {
                if (c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('"') || c == QChar(0x201C)
                    || c == QChar(0x201D) || c == QChar(0x201E))
                    out += QLatin1Char('`');
                out += c;
            }
        }
        return out + QLatin1Char('"');
    }

    // POSIX: "literal$NAME" when the literal parts need no escaping inside double quotes (and cannot trigger an
    // interactive shell's history expansion), otherwise 'literal'"$NAME" pieces.
    static const QString doubleQuoteSpecial = QStringLiteral("\"\\$`!");
    bool plainInDoubleQuotes = true;
    for (const Segment &segment : word) {
        for (const QChar c : segment.text) {
            if (!segment.isVariable && doubleQuoteSpecial.contains(c))
                plainInDoubleQuotes = false;
        }
    }
    QString out;
    if (plainInDoubleQuotes) {
        out = QStringLiteral("\"");
        for (qsizetype i = 0; i < word.size(); ++i) {
            const Segment &segment = word.at(i);
            if (!segment.isVariable) {
                out += segment.text;
                continue;
            }
            const bool braces = i + 1 < word.size() && !word.at(i + 1).text.isEmpty() && !word.at(i + 1).isVariable
                && isNameChar(word.at(i + 1).text.front());
            out += braces ? QString(QStringLiteral("${") + segment.text + QLatin1Char('}'))
                          : QString(QLatin1Char('$') + segment.text);
        }
        return out + QLatin1Char('"');
    }
    for (const Segment &segment : word) {
        if (segment.isVariable)
            out += QStringLiteral("\"${") + segment.text + QStringLiteral("}\"");
        else if (!segment.text.isEmpty())
            out += CurlExport::quote(segment.text, CurlOptions::Shell::Posix);
    }
    return out;
}

} // namespace

QString CurlExport::quote(const QString &text, CurlOptions::Shell shell)
{
    if (shell == CurlOptions::Shell::PowerShell) {
        static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_./][A-Za-z0-9_./:=-]*$"));
        if (bare.match(text).hasMatch())
            return text;
        QString out = QStringLiteral("'");
        for (const QChar c : text) {
            // PowerShell's single-quoted strings end at any single quote, typographic ones included; doubling one
            // keeps it.
            if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
                || c == QChar(0x201B))
                out += c;
            out += c;
        }
        return out + QLatin1Char('\'');
    }
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (bare.match(text).hasMatch())
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString CurlExport::fromRequest(const PreparedRequest &request, const CurlCredential &credential,
                                const QList<QPair<QString, QString>> &references, const CurlOptions &options,
                                QList<Finding> *findings)
{
    const CurlOptions::Shell shell = options.shell;
    auto word = [&](const QString &text) { return quoteWord(splitReferences(text, references), shell); };
    auto note = [findings](const QString &message) {
        if (findings)
            findings->append({Finding::Severity::Warning, QString(), message});
    };

    // The URL exactly as the dry run puts it on the wire (QUrl's encoding), so curl sends the same bytes.
    const QString url = QString::fromUtf8(QUrl(request.url).toEncoded());
    const QString method = request.method.toUpper();
    const bool head = method == QLatin1String("HEAD");

    QStringList first; // the program, method and URL
    QStringList rest; // one option (with its value) per entry
    first.append(shell == CurlOptions::Shell::PowerShell ? QStringLiteral("curl.exe") : QStringLiteral("curl"));
    if (head) {
        first.append(QStringLiteral("--head"));
    } else {
        const bool implied = (method == QLatin1String("GET") && !request.hasBody)
            || (method == QLatin1String("POST") && request.hasBody);
        if (!implied)
            first.append(QStringLiteral("-X ") + word(method));
    }
    // curl treats [] and {} in a URL as patterns unless told not to.
    static const QRegularExpression glob(QStringLiteral("[\\[\\]{}]"));
    if (glob.match(url).hasMatch())
        first.append(QStringLiteral("--globoff"));
    first.append(word(url));
    for (const auto &[value, variable] : references) {
        if (!value.isEmpty() && url.contains(value))
            note(QStringLiteral("The URL uses $%1 as it is: the variable must hold the value URL-encoded (the dry run "
                                "encodes it).")
                     .arg(variable));
    }

    switch (credential.kind) {
    case CurlCredential::Kind::Basic:
        rest.append(
            QStringLiteral("-u ")
            + quoteWord({{credential.username + QLatin1Char(':'), false}, {credential.environmentVariable, true}},
                        shell));
        break;
    case CurlCredential::Kind::Bearer:
        rest.append(
            QStringLiteral("-H ")
            + quoteWord({{QStringLiteral("Authorization: Bearer "), false}, {credential.environmentVariable, true}},
                        shell));
        break;
    case CurlCredential::Kind::None:
        break;
    }
    for (const auto &[name, value] : request.headers) {
        if (credential.kind != CurlCredential::Kind::None
            && name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            continue;
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            note(QStringLiteral("Header '%1' has a line break in its value; curl sends it differently.").arg(name));
        // "Name:" would make curl remove the header; "Name;" sends it empty.
        rest.append(
            QStringLiteral("-H ")
            + word(value.isEmpty() ? QString(name + QLatin1Char(';')) : QString(name + QStringLiteral(": ") + value)));
    }
    if (request.hasBody) {
        if (head)
            note(QStringLiteral("curl cannot send a body with HEAD; the command leaves it out."));
        else
            rest.append(QStringLiteral("--data-raw ") + word(QString::fromUtf8(request.body)));
    }

    const QString separator = !options.multiLine  ? QStringLiteral(" ")
        : shell == CurlOptions::Shell::PowerShell ? QStringLiteral(" `\n  ")
                                                  : QStringLiteral(" \\\n  ");
    QString text = first.join(QLatin1Char(' '));
    for (const QString &option : std::as_const(rest))
        text += separator + option;
    return text;
}

static bool hasHeader(const QList<QPair<QString, QString>> &headers, QLatin1String name, QString *value = nullptr)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            if (value)
                *value = v;
            return true;
        }
    }
    return false;
}

CurlCommand CurlExport::fromTask(const TaskConfig &task, const ServiceConnection *connection,
                                 const VariableSet &variables, const CurlOptions &options)
{
    CurlCommand command;
    // Build the request with stand-ins for every secret, then write each stand-in as a reference to the
    // environment variable that holds the real value: the secret itself never enters the command.
    const QString tag =
        QStringLiteral("rgsecret%1x").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QList<QPair<QString, QString>> references;
    VariableSet masked = variables;
    int index = 0;
    for (const Variable &variable : variables.variables()) {
        if (!variable.secret)
            continue;
        const QString marker = tag + QString::number(index++) + QLatin1Char('x');
        masked.set(variable.name, marker, true);
        references.append({marker, ServiceConnection::secretEnvironmentVariable(variable.name)});
    }
    ConnectionSecret secret;
    secret.present = true;
    secret.value = tag + QStringLiteral("connection");
    PreparedRequest request;
    command.ok = RequestBuilder::build(task, connection, secret, masked, &request, &command.findings);
    if (!command.ok)
        return command;

    CurlCredential credential;
    if (connection) {
        credential.environmentVariable = ServiceConnection::secretEnvironmentVariable(connection->name);
        QString authorization;
        hasHeader(request.headers, QLatin1String("Authorization"), &authorization);
        const bool fromConnection = authorization.contains(secret.value)
            || authorization.contains(
                QString::fromLatin1((connection->username + QLatin1Char(':') + secret.value).toUtf8().toBase64()))
            || authorization.contains(QString::fromLatin1((QLatin1Char(':') + secret.value).toUtf8().toBase64()));
        if (fromConnection) {
            switch (connection->type) {
            case ServiceConnection::Type::Generic:
                credential.kind = CurlCredential::Kind::Basic;
                credential.username = connection->username;
                break;
            case ServiceConnection::Type::AzureDevOps:
                // A personal access token goes as the password of an empty user name.
                credential.kind = CurlCredential::Kind::Basic;
                break;
            case ServiceConnection::Type::AzureRM:
                credential.kind = CurlCredential::Kind::Bearer;
                break;
            }
        }
    }
    command.text = fromRequest(request, credential, references, options, &command.findings);
    // The variables in the order the command uses them.
    QList<QPair<qsizetype, QString>> used;
    if (credential.kind != CurlCredential::Kind::None)
        used.append({command.text.indexOf(credential.environmentVariable), credential.environmentVariable});
    for (const auto &[marker, variable] : std::as_const(references)) {
        const qsizetype at = command.text.indexOf(variable);
        if (at >= 0)
            used.append({at, variable});
    }
    std::sort(used.begin(), used.end());
    for (const auto &[at, variable] : std::as_const(used)) {
        if (!command.environment.contains(variable))
            command.environment.append(variable);
    }
    // A stand-in that survived (e.g. inside a value the shell quoting split) would be a bug; never let it out.
    if (command.text.contains(tag)) {
        command.ok = false;
        command.text.clear();
        command.findings.append(
            {Finding::Severity::Error, QString(),
             QCoreApplication::translate("RestGate::CurlExport",
                                         "A secret could not be replaced by an environment variable reference; "
                                         "no curl command was written.")});
    }
    return command;
}

} // namespace RestGate
