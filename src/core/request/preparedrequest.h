#pragma once

#include "core/design/finding.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/design/variables.h"
#include "core/request/redaction.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace RestGate {

/// Exactly what a dry run sends, built from a task the way the server's HttpRequest handler builds it.
struct PreparedRequest
{
    QString method;
    QString url; ///< connection URL + expanded suffix, concatenated as text: $(endpoint.url)$(urlSuffix)
    QList<QPair<QString, QString>> headers;
    /// The headers the HTTP stack adds on top of `headers` (Host, Content-Length, Connection, Accept-Encoding,
    /// Accept-Language, User-Agent), set by the runner, so the request can be shown as it went on the wire.
    QList<QPair<QString, QString>> transportHeaders;
    QByteArray body;
    bool hasBody = false;
    bool isCallback = false;
    QString criteria; ///< the success criteria as written (macros are expanded by the evaluator)
    QStringList unknownMacros; ///< $(names) no variable defines; they are sent verbatim, like the server does
    /// Values that must never be shown or logged: passwords, tokens, secret variables, and the Authorization value.
    QStringList secrets;

    /// The same request as it may be shown: each secret masked where it was placed (see Redactor), the
    /// Authorization credential after its scheme ("Basic ••••").
    QString shownUrl;
    QList<QPair<QString, QString>> shownHeaders;
    QByteArray shownBody;

    /// What masks this request's secrets in other texts: its URL, header values and body as sites, and `secrets`.
    Redactor redactor() const;
    /// `text` as it may be shown (redactor().apply()).
    QString redact(const QString &text) const;
    /// The request's headers as they may be shown.
    QList<QPair<QString, QString>> redactedHeaders() const;
    /// This request with url, headers and body replaced by their shown forms and no secrets left in it.
    PreparedRequest displaySafe() const;
    /// Every header that went on the wire (Host first, then `headers`, then the other transport headers), redacted.
    QList<QPair<QString, QString>> redactedWireHeaders() const;
};

/// Turns a task, its connection, a secret and the dry-run variables into a PreparedRequest.
class RequestBuilder
{
public:
    /// The base URL a connection gives the request, e.g. the Resource Manager endpoint for Azure RM.
    static QString baseUrl(const ServiceConnection &connection);

    /// Builds the request. Returns false when the task cannot be sent (errors in `findings`); warnings are added
    /// either way (an unknown macro, a doubled slash where the URL parts meet, non-strict header JSON, ...).
    static bool build(const TaskConfig &task, const ServiceConnection *connection, const ConnectionSecret &secret,
                      const VariableSet &variables, PreparedRequest *request, QList<Finding> *findings);

    /// Findings about how the connection URL and the suffix meet: `//` where they join, or two path segments
    /// glued together (`.../api` + `items` -> `.../apiitems`).
    static QList<Finding> urlJoinFindings(const QString &connectionUrl, const QString &suffix);
    /// A warning for each secret variable the inputs that are sent use while it has no value: the macro would go
    /// out as an empty string, which is hard to tell from a refused credential. Names only, never values.
    static QList<Finding> emptySecretFindings(const TaskConfig &task, const VariableSet &variables);
    /// The error for a task that names a connection `connections` does not have (ignoring case, as Azure DevOps).
    static std::optional<Finding> missingConnectionFinding(const TaskConfig &task,
                                                           const QList<ServiceConnection> &connections);

    /// What the HTTP stack sends besides the request's own headers, for a request sent as TaskRun sends it: the
    /// Host and Content-Length Qt derives from the URL and the body, and the Connection, Accept-Encoding (what
    /// ContentDecoder inflates), Accept-Language and User-Agent the runner sets explicitly. A header the task sets
    /// wins, as on the wire.
    static QList<QPair<QString, QString>> transportHeaders(const PreparedRequest &request);
};

} // namespace RestGate
