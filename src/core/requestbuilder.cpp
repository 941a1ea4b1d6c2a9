#include "headerparser.h"
#include "preparedrequest.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace RestGate {

static const QString redactedMark = QStringLiteral("••••");

QString PreparedRequest::redact(const QString &text) const
{
    QString result = text;
    // Longest first, so a secret that contains another is replaced whole.
    QStringList ordered = secrets;
    std::sort(ordered.begin(), ordered.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(ordered)) {
        if (!secret.isEmpty())
            result.replace(secret, redactedMark);
    }
    return result;
}

QList<QPair<QString, QString>> PreparedRequest::redactedHeaders() const
{
    QList<QPair<QString, QString>> result;
    for (const auto &[name, value] : headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            result.append({name, space > 0 ? value.left(space + 1) + redactedMark : redactedMark});
        } else {
            result.append({name, redact(value)});
        }
    }
    return result;
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
        findings.append({Finding::Severity::Warning, suffixInput,
                         QStringLiteral("The connection URL ends with '/' and the URL suffix starts with '/', so the "
                                        "request goes to '%1'. Azure DevOps joins them without removing either "
                                        "slash; remove one.")
                             .arg(connectionUrl + suffix)});
        return findings;
    }
    static const QString separators = QStringLiteral("/?#&");
    if (!connectionUrl.endsWith(QLatin1Char('/')) && !separators.contains(suffix.front())
        && !connectionUrl.contains(QLatin1Char('?'))) {
        findings.append({Finding::Severity::Warning, suffixInput,
                         QStringLiteral("The URL suffix is appended to the connection URL as it is, giving '%1'. Did "
                                        "you mean to start the suffix with '/'?")
                             .arg(connectionUrl + suffix)});
    }
    return findings;
}

static bool hasHeader(const QList<QPair<QString, QString>> &headers, QLatin1String name);

/// The Accept-Encoding Qt adds to a request that sets none. It says what Qt will decompress, which depends on how Qt
/// was built ("zstd, br, gzip, deflate" for Debian 12's 6.4), and no public API tells. So it is asked of Qt itself,
/// once per process: a HEAD to a listener on 127.0.0.1, in a helper thread, whose header line is read back.
static QString qtAcceptEncoding()
{
    static const QString value = [] {
        QString found;
        std::unique_ptr<QThread> thread(QThread::create([&found] {
            QTcpServer server;
            if (!server.listen(QHostAddress::LocalHost, 0))
                return;
            QNetworkAccessManager network;
            QEventLoop loop;
            QByteArray received;
            QObject::connect(&server, &QTcpServer::newConnection, &loop, [&] {
                QTcpSocket *socket = server.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n"))
                        loop.quit();
                });
            });
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            const std::unique_ptr<QNetworkReply> reply(
                network.head(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())))));
            loop.exec();
            reply->abort();
            for (const QByteArray &line : received.split('\n')) {
                if (line.toLower().startsWith("accept-encoding:"))
                    found = QString::fromLatin1(line.mid(16).trimmed());
            }
        }));
        thread->start();
        thread->wait();
        return found.isEmpty() ? QStringLiteral("gzip, deflate") : found;
    }();
    return value;
}

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
    // Left to Qt, which decompresses only what it asked for itself.
    add(QLatin1String("Accept-Encoding"), qtAcceptEncoding());
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
    const QString connectionName = task.connectionName();
    if (!connection && !connectionName.trimmed().isEmpty()) {
        findings->append({Finding::Severity::Error, connectionInput,
                          QStringLiteral("Service connection '%1' is not defined in this design. Add it under "
                                         "Connections.")
                              .arg(connectionName)});
    }
    if (connection) {
        const QString expectedInput = ServiceConnection::inputNameForType(connection->type);
        if (expectedInput != connectionInput) {
            findings->append({Finding::Severity::Error, connectionInput,
                              QStringLiteral("Connection '%1' is a %2 connection, but the task's connection type "
                                             "expects another kind.")
                                  .arg(connection->name, ServiceConnection::typeLabel(connection->type))});
        }
    }

    request->method = task.method().toUpper();
    request->isCallback = task.isCallback();
    request->criteria =
        task.isVisible(QStringLiteral("successCriteria")) ? task.input(QStringLiteral("successCriteria")) : QString();

    auto noteUnknown = [request](const Expansion &expansion) {
        for (const QString &name : expansion.unknown) {
            if (!request->unknownMacros.contains(name))
                request->unknownMacros.append(name);
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
    if (connection)
        findings->append(urlJoinFindings(base, suffix.text));
    if (connection) {
        const QUrl url(request->url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            findings->append(
                {Finding::Severity::Error, QStringLiteral("urlSuffix"),
                 QStringLiteral("The request URL '%1' is not a valid URL%2.")
                     .arg(request->url,
                          url.errorString().isEmpty() ? QString() : QStringLiteral(": ") + url.errorString())});
        } else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
            findings->append({Finding::Severity::Error, QStringLiteral("urlSuffix"),
                              QStringLiteral("The request URL '%1' is not http or https.").arg(request->url)});
        }
    }

    // Headers: report problems against the text the user wrote, then send what the expanded text says.
    const QString headersInput = QStringLiteral("headers");
    const QString headersText = task.input(headersInput);
    const ParsedHeaders written = HeaderParser::parse(headersText);
    if (!written.ok) {
        findings->append({Finding::Severity::Error, headersInput,
                          QStringLiteral("Headers are not valid JSON: %1").arg(written.error), written.errorLine,
                          written.errorColumn});
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
            findings->append({Finding::Severity::Error, headersInput,
                              QStringLiteral("After variables are expanded, the headers are no longer valid JSON (a "
                                             "value probably contains a quote or a backslash): %1")
                                  .arg(written.error.isEmpty() ? sent.error : written.error)});
        } else {
            request->headers = sent.headers;
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
                     QStringLiteral("Connection '%1' has no access token. Set %2 to a token for the "
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
                     QStringLiteral("Connection '%1' has no personal access token. Set %2.")
                         .arg(connection->name, ServiceConnection::secretEnvironmentVariable(connection->name))});
            }
            break;
        }
        if (!secret.value.isEmpty())
            request->secrets.append(secret.value);
        if (!authorization.isEmpty()) {
            if (hasHeader(request->headers, QLatin1String("Authorization"))) {
                findings->append({Finding::Severity::Warning, headersInput,
                                  QStringLiteral("The headers set Authorization and so does the connection. Azure "
                                                 "DevOps does not document which one wins; the dry run sends the "
                                                 "one from the headers.")});
            } else {
                request->headers.append({QStringLiteral("Authorization"), authorization});
            }
        }
    }

    const QString bodyText = task.input(QStringLiteral("body"));
    if (!bodyText.isEmpty()) {
        const Expansion body = expander.expand(bodyText);
        noteUnknown(body);
        noteSecrets(body);
        request->body = body.text.toUtf8();
        request->hasBody = true;
        if (!hasHeader(request->headers, QLatin1String("Content-Type"))) {
            // What .NET's StringContent declares when nobody says otherwise.
            request->headers.append({QStringLiteral("Content-Type"), QStringLiteral("text/plain; charset=utf-8")});
        }
    }

    for (const QString &name : std::as_const(request->unknownMacros)) {
        findings->append({Finding::Severity::Warning, QString(),
                          QStringLiteral("No variable defines $(%1); it is sent as the literal text '$(%1)', as Azure "
                                         "DevOps does.")
                              .arg(name)});
    }
    request->secrets.removeAll(QString());
    request->secrets.removeDuplicates();
    return !hasErrors(*findings);
}

} // namespace RestGate
