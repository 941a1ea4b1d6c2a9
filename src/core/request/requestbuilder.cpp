#include "core/request/contentdecoder.h"
#include "core/request/headerparser.h"
#include "core/request/preparedrequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace RestGate {

namespace {

/// "Basic ••••" for "Basic dXNlcjpw": the scheme says how the request authenticates, the credential stays hidden.
QString shownAuthorization(const QString &value)
{
    const qsizetype space = value.trimmed().indexOf(QLatin1Char(' '));
    return space > 0 ? value.trimmed().left(space + 1) + Redactor::mark() : Redactor::mark();
}

bool isAuthorization(const QString &name)
{
    return name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
}

/// The shown forms of a request that RequestBuilder did not build (a test's, a result put together by hand): with
/// no expansion sites known, the secrets are masked where they occur and the Authorization credential whole.
PreparedRequest withShownForms(const PreparedRequest &request)
{
    const bool built = (request.url.isEmpty() || !request.shownUrl.isEmpty())
        && request.shownHeaders.size() == request.headers.size()
        && (request.body.isEmpty() || !request.shownBody.isEmpty());
    if (built)
        return request;
    PreparedRequest filled = request;
    Redactor occurrences;
    for (const QString &secret : request.secrets)
        occurrences.addSecret(secret);
    filled.shownUrl = occurrences.apply(request.url);
    filled.shownHeaders.clear();
    for (const auto &[name, value] : request.headers)
        filled.shownHeaders.append(
            {name, isAuthorization(name) ? shownAuthorization(value) : occurrences.apply(value)});
    filled.shownBody = occurrences.apply(request.body);
    return filled;
}

} // namespace

Redactor PreparedRequest::redactor() const
{
    const PreparedRequest request = withShownForms(*this);
    Redactor redactor;
    redactor.addSite(request.url, request.shownUrl);
    for (qsizetype i = 0; i < request.headers.size(); ++i)
        redactor.addSite(request.headers.at(i).second, request.shownHeaders.at(i).second);
    redactor.addSite(QString::fromUtf8(request.body), QString::fromUtf8(request.shownBody));
    for (const QString &secret : request.secrets)
        redactor.addSecret(secret);
    return redactor;
}

QString PreparedRequest::redact(const QString &text) const
{
    return redactor().apply(text);
}

QList<QPair<QString, QString>> PreparedRequest::redactedHeaders() const
{
    return withShownForms(*this).shownHeaders;
}

PreparedRequest PreparedRequest::displaySafe() const
{
    PreparedRequest shown = withShownForms(*this);
    shown.url = shown.shownUrl;
    shown.headers = shown.shownHeaders;
    shown.body = shown.shownBody;
    shown.secrets.clear();
    return shown;
}

QList<QPair<QString, QString>> PreparedRequest::redactedWireHeaders() const
{
    QList<QPair<QString, QString>> result;
    auto transport = [this](QLatin1String name) {
        for (const auto &header : transportHeaders) {
            if (header.first == name)
                return header;
        }
        return QPair<QString, QString>();
    };
    if (const auto host = transport(QLatin1String("Host")); !host.first.isEmpty())
        result.append(host);
    result.append(redactedHeaders());
    for (const auto &header : transportHeaders) {
        if (header.first != QLatin1String("Host"))
            result.append({header.first, redact(header.second)});
    }
    return result;
}

QString RequestBuilder::baseUrl(const ServiceConnection &connection)
{
    // The Resource Manager endpoint of AzureCloud, with its trailing slash as the server's endpoint data has it.
    if (connection.type == ServiceConnection::Type::AzureRM && connection.url.trimmed().isEmpty())
        return connection.azure.effectiveResourceManagerUrl();
    return connection.url;
}

QList<Finding> RequestBuilder::urlJoinFindings(const QString &connectionUrl, const QString &suffix)
{
    QList<Finding> findings;
    if (suffix.isEmpty() || connectionUrl.isEmpty())
        return findings;
    const QString suffixInput = QStringLiteral("urlSuffix");
    if (connectionUrl.endsWith(QLatin1Char('/')) && suffix.startsWith(QLatin1Char('/'))) {
        findings.append(
            {Finding::Severity::Warning, suffixInput,
             QCoreApplication::translate("RestGate::RequestBuilder",
                                         "The connection URL ends with '/' and the URL suffix starts with '/', so the "
                                         "request goes to '%1'. Azure DevOps joins them without removing either "
                                         "slash; remove one.")
                 .arg(connectionUrl + suffix)});
        return findings;
    }
    static const QString separators = QStringLiteral("/?#&");
    if (!connectionUrl.endsWith(QLatin1Char('/')) && !separators.contains(suffix.front())
        && !connectionUrl.contains(QLatin1Char('?'))) {
        findings.append(
            {Finding::Severity::Warning, suffixInput,
             QCoreApplication::translate("RestGate::RequestBuilder",
                                         "The URL suffix is appended to the connection URL as it is, giving '%1'. Did "
                                         "you mean to start the suffix with '/'?")
                 .arg(connectionUrl + suffix)});
    }
    return findings;
}

static bool breaksTheLine(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.isNull())
            return true;
    }
    return false;
}

QList<Finding> RequestBuilder::emptySecretFindings(const TaskConfig &task, const VariableSet &variables)
{
    QList<Finding> findings;
    const MacroExpander expander(variables);
    QStringList reported;
    for (const QString &input : {QStringLiteral("urlSuffix"), QStringLiteral("headers"), QStringLiteral("body")}) {
        if (!task.isVisible(input))
            continue;
        for (const QString &name : expander.expand(task.input(input)).secretsUsed) {
            const Variable *variable = variables.find(name);
            if (!variable || !variable->value.isEmpty() || reported.contains(variable->name, Qt::CaseInsensitive))
                continue;
            reported.append(variable->name);
            findings.append(
                {Finding::Severity::Warning, input,
                 QCoreApplication::translate("RestGate::RequestBuilder",
                                             "The secret variable '%1' has no value: $(%1) is sent as an empty "
                                             "string. Type its value under Variables or set %2.")
                     .arg(variable->name, ServiceConnection::secretEnvironmentVariable(variable->name))});
        }
    }
    return findings;
}

std::optional<Finding> RequestBuilder::missingConnectionFinding(const TaskConfig &task,
                                                                const QList<ServiceConnection> &connections)
{
    const QString name = task.connectionName();
    if (name.trimmed().isEmpty())
        return std::nullopt;
    for (const ServiceConnection &connection : connections) {
        if (connection.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return Finding {
        Finding::Severity::Error, task.connectionInputName(),
        QCoreApplication::translate("RestGate::RequestBuilder",
                                    "Service connection '%1' is not defined in this design. Add it under Connections.")
            .arg(name)};
}

static bool hasHeader(const QList<QPair<QString, QString>> &headers, QLatin1String name);

QList<QPair<QString, QString>> RequestBuilder::transportHeaders(const PreparedRequest &request)
{
    QList<QPair<QString, QString>> result;
    auto add = [&](QLatin1String name, const QString &value) {
        if (!hasHeader(request.headers, name))
            result.append({QString(name), value});
    };
    const QUrl url(request.url);
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    add(QLatin1String("Host"), host);
    // TaskRun sends GET and HEAD without a body as such; everything else carries a body, if only an empty one.
    const bool bodiless =
        !request.hasBody && (request.method == QLatin1String("GET") || request.method == QLatin1String("HEAD"));
    if (!bodiless)
        add(QLatin1String("Content-Length"), QString::number(request.body.size()));
    add(QLatin1String("Connection"), QStringLiteral("Keep-Alive"));
    // The runner's own, not Qt's: it inflates what it asked for itself, and so sees a compressed body cut short.
    add(QLatin1String("Accept-Encoding"), ContentDecoder::acceptEncoding());
    // Qt would send the desktop's locale here; the server has none, and a dry run should not vary by machine.
    add(QLatin1String("Accept-Language"), QStringLiteral("en,*"));
    add(QLatin1String("User-Agent"), QStringLiteral("Mozilla/5.0")); // Qt's own, kept: servers saw it before
    return result;
}

static bool hasHeader(const QList<QPair<QString, QString>> &headers, QLatin1String name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RequestBuilder::build(const TaskConfig &task, const ServiceConnection *connection, const ConnectionSecret &secret,
                           const VariableSet &variables, PreparedRequest *request, QList<Finding> *findings)
{
    *request = PreparedRequest {};
    findings->append(task.validate());
    const MacroExpander expander(variables);

    const QString connectionInput = task.connectionInputName();
    if (!connection) {
        if (const std::optional<Finding> missing = missingConnectionFinding(task, {}))
            findings->append(*missing);
    }
    if (connection) {
        const QString expectedInput = ServiceConnection::inputNameForType(connection->type);
        if (expectedInput != connectionInput) {
            findings->append(
                {Finding::Severity::Error, connectionInput,
                 QCoreApplication::translate("RestGate::RequestBuilder",
                                             "Connection '%1' is a %2 connection, but the task's connection type "
                                             "expects another kind.")
                     .arg(connection->name, ServiceConnection::typeLabel(connection->type))});
        }
    }

    request->method = task.method().toUpper();
    request->isCallback = task.isCallback();
    request->criteria =
        task.isVisible(QStringLiteral("successCriteria")) ? task.input(QStringLiteral("successCriteria")) : QString();

    // A set beside the list: headers with 100k distinct unknown macros must not cost 100k² comparisons.
    QSet<QString> unknownSeen;
    auto noteUnknown = [request, &unknownSeen](const Expansion &expansion) {
        for (const QString &name : expansion.unknown) {
            if (!unknownSeen.contains(name)) {
                unknownSeen.insert(name);
                request->unknownMacros.append(name);
            }
        }
    };
    auto noteSecrets = [request, &variables](const Expansion &expansion) {
        for (const QString &name : expansion.secretsUsed)
            request->secrets.append(variables.find(name)->value);
    };

    const Expansion suffix = expander.expand(task.input(QStringLiteral("urlSuffix")));
    noteUnknown(suffix);
    noteSecrets(suffix);
    const QString base = connection ? baseUrl(*connection) : QString();
    request->url = base + suffix.text;
    request->shownUrl = base + Redactor::masked(suffix.text, suffix.secretSpans);
    if (connection)
        findings->append(urlJoinFindings(base, suffix.text));
    if (connection) {
        const QUrl url(request->url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            findings->append(
                {Finding::Severity::Error, QStringLiteral("urlSuffix"),
                 QCoreApplication::translate("RestGate::RequestBuilder", "The request URL '%1' is not a valid URL%2.")
                     .arg(request->url,
                          url.errorString().isEmpty() ? QString() : QStringLiteral(": ") + url.errorString())});
        } else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
            findings->append(
                {Finding::Severity::Error, QStringLiteral("urlSuffix"),
                 QCoreApplication::translate("RestGate::RequestBuilder", "The request URL '%1' is not http or https.")
                     .arg(request->url)});
        }
    }

    // Headers: report problems against the text the user wrote, then send what the expanded text says.
    const QString headersInput = QStringLiteral("headers");
    const QString headersText = task.input(headersInput);
    const ParsedHeaders written = HeaderParser::parse(headersText);
    if (!written.ok) {
        findings->append({Finding::Severity::Error, headersInput,
                          QCoreApplication::translate("RestGate::RequestBuilder", "Headers are not valid JSON: %1")
                              .arg(written.error),
                          written.errorLine, written.errorColumn});
    } else {
        for (Finding warning : written.warnings) {
            warning.input = headersInput;
            findings->append(warning);
        }
        const Expansion expandedHeaders = expander.expand(headersText);
        noteUnknown(expandedHeaders);
        noteSecrets(expandedHeaders);
        const ParsedHeaders sent = HeaderParser::parse(expandedHeaders.text);
        if (!sent.ok) {
            findings->append(
                {Finding::Severity::Error, headersInput,
                 QCoreApplication::translate("RestGate::RequestBuilder",
                                             "After variables are expanded, the headers are no longer valid JSON (a "
                                             "value probably contains a quote or a backslash): %1")
                     .arg(written.error.isEmpty() ? sent.error : written.error)});
        } else {
            request->headers = sent.headers;
            // The same text with the secrets masked where they were put parses to the same headers with masked
            // values. Should the mark change how the text parses (a secret outside a JSON string), every value
            // that holds a secret it used is masked whole instead.
            const ParsedHeaders shown =
                HeaderParser::parse(Redactor::masked(expandedHeaders.text, expandedHeaders.secretSpans));
            const bool aligned = shown.ok && shown.headers.size() == sent.headers.size();
            for (qsizetype i = 0; i < sent.headers.size(); ++i) {
                auto [name, value] = sent.headers.at(i);
                if (aligned) {
                    name = shown.headers.at(i).first;
                    value = shown.headers.at(i).second;
                } else {
                    for (const QString &secretName : expandedHeaders.secretsUsed) {
                        const QString secret = variables.find(secretName)->value;
                        if (!secret.isEmpty() && (name.contains(secret) || value.contains(secret)))
                            value = Redactor::mark();
                    }
                }
                request->shownHeaders.append({name, value});
            }
            // A credential written into the headers is as secret as the connection's, wherever it came from.
            for (qsizetype i = 0; i < request->headers.size(); ++i) {
                const QString value = request->headers.at(i).second;
                if (!isAuthorization(request->headers.at(i).first))
                    continue;
                request->secrets.append(value.trimmed().mid(value.trimmed().indexOf(QLatin1Char(' ')) + 1));
                request->secrets.append(value);
                request->shownHeaders[i].second = shownAuthorization(value);
            }
        }
    }

    if (connection) {
        QString authorization;
        switch (connection->type) {
        case ServiceConnection::Type::Generic: {
            // The UsernamePassword scheme renders "Basic {{ #base64 endpoint.username ":" endpoint.password }}".
            const QByteArray credential = (connection->username + QLatin1Char(':') + secret.value).toUtf8().toBase64();
            authorization = QStringLiteral("Basic ") + QString::fromLatin1(credential);
            if (!secret.value.isEmpty())
                request->secrets.append(QString::fromLatin1(credential));
            break;
        }
        case ServiceConnection::Type::AzureRM:
            if (secret.present) {
                authorization = QStringLiteral("Bearer ") + secret.value;
            } else {
                findings->append(
                    {Finding::Severity::Error, connectionInput,
                     QCoreApplication::translate("RestGate::RequestBuilder",
                                                 "Connection '%1' has no access token. Set %2 to a token for the "
                                                 "Resource Manager endpoint (e.g. from 'az account get-access-token').")
                         .arg(connection->name, ServiceConnection::secretEnvironmentVariable(connection->name))});
            }
            break;
        case ServiceConnection::Type::AzureDevOps:
            if (secret.present && secret.bearer) {
                authorization = QStringLiteral("Bearer ") + secret.value;
            } else if (secret.present) {
                const QByteArray credential = (QLatin1Char(':') + secret.value).toUtf8().toBase64();
                authorization = QStringLiteral("Basic ") + QString::fromLatin1(credential);
                request->secrets.append(QString::fromLatin1(credential));
            } else {
                findings->append(
                    {Finding::Severity::Error, connectionInput,
                     QCoreApplication::translate("RestGate::RequestBuilder",
                                                 "Connection '%1' has no personal access token. Set %2.")
                         .arg(connection->name, ServiceConnection::secretEnvironmentVariable(connection->name))});
            }
            break;
        }
        if (!secret.value.isEmpty())
            request->secrets.append(secret.value);
        if (!authorization.isEmpty()) {
            if (hasHeader(request->headers, QLatin1String("Authorization"))) {
                findings->append(
                    {Finding::Severity::Warning, headersInput,
                     QCoreApplication::translate("RestGate::RequestBuilder",
                                                 "The headers set Authorization and so does the connection. Azure "
                                                 "DevOps does not document which one wins; the dry run sends the "
                                                 "one from the headers.")});
            } else {
                request->headers.append({QStringLiteral("Authorization"), authorization});
                request->shownHeaders.append({QStringLiteral("Authorization"), shownAuthorization(authorization)});
            }
        }
    }

    // A body hidden by its visibleRule (GET, HEAD) is not sent, as the success criteria hidden for Callback is not
    // evaluated: the task definition's rule is what the reference documents for the server.
    const QString bodyText = task.isVisible(QStringLiteral("body")) ? task.input(QStringLiteral("body")) : QString();
    if (!bodyText.isEmpty()) {
        const Expansion body = expander.expand(bodyText);
        noteUnknown(body);
        noteSecrets(body);
        request->body = body.text.toUtf8();
        request->shownBody = Redactor::masked(body.text, body.secretSpans).toUtf8();
        request->hasBody = true;
        if (!hasHeader(request->headers, QLatin1String("Content-Type"))) {
            // What .NET's StringContent declares when nobody says otherwise.
            request->headers.append({QStringLiteral("Content-Type"), QStringLiteral("text/plain; charset=utf-8")});
            request->shownHeaders.append(request->headers.constLast());
        }
    }

    // .NET's HttpClient refuses a header whose name or value holds CR, LF or NUL; Qt would send it as it is, and
    // what follows the line break would become headers of its own, or a second request on the same connection.
    // The value is not quoted: it may be a credential.
    for (const auto &[name, value] : std::as_const(request->headers)) {
        const bool inName = breaksTheLine(name);
        if (!inName && !breaksTheLine(value))
            continue;
        QString shownName = name;
        shownName.replace(QLatin1Char('\r'), QStringLiteral("\\r"))
            .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QChar(), QStringLiteral("\\0"));
        findings->append({Finding::Severity::Error, headersInput,
                          inName ? QCoreApplication::translate(
                                       "RestGate::RequestBuilder",
                                       "Header '%1' has a line break (CR or LF) or a NUL character in its name, "
                                       "after variables are expanded. Azure DevOps' HttpClient refuses such a "
                                       "header, and sending it would inject headers or a second request; "
                                       "nothing is sent.")
                                       .arg(shownName)
                                 : QCoreApplication::translate(
                                       "RestGate::RequestBuilder",
                                       "Header '%1' has a line break (CR or LF) or a NUL character in its value, "
                                       "after variables are expanded. Azure DevOps' HttpClient refuses such a "
                                       "header, and sending it would inject headers or a second request; nothing "
                                       "is sent.")
                                       .arg(shownName)});
    }

    findings->append(emptySecretFindings(task, variables));
    for (const QString &name : std::as_const(request->unknownMacros)) {
        findings->append(
            {Finding::Severity::Warning, QString(),
             QCoreApplication::translate("RestGate::RequestBuilder",
                                         "No variable defines $(%1); it is sent as the literal text '$(%1)', as Azure "
                                         "DevOps does.")
                 .arg(name)});
    }
    request->secrets.removeAll(QString());
    request->secrets.removeDuplicates();
    return !hasErrors(*findings);
}

} // namespace RestGate
