#pragma once

#include "core/design/designdocument.h"
#include "core/design/finding.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RestGate {

/// What a curl command line sends, as curl would send it.
struct CurlRequest
{
    QString method; ///< upper-case: -X, else HEAD for -I, POST with data (without -G), else GET
    QString url; ///< with -G data appended to the query; userinfo removed (it is in user/password)
    QList<QPair<QString, QString>> headers; ///< in order; including the Content-Type curl adds for -d / --json
    QString body;
    bool hasBody = false;
    bool hasUser = false; ///< -u / --user or user:password@ in the URL
    QString user;
    QString password;
    QString bearerToken; ///< --oauth2-bearer, or an "Authorization: Bearer" header
    QStringList unsupported; ///< options that change the request but are not imported, with their values
    QStringList ignored; ///< options that only change curl's output or local behaviour (-s, -v, -o FILE, ...)
};

/// Parses a curl command line.
///     curl -X POST 'https://api.example.com/v1/items?x=1' -H 'Content-Type: application/json' -d '{"a": 1}'
///     -> POST, https://api.example.com/v1/items?x=1, [Content-Type: application/json], body {"a": 1}
class CurlParser
{
public:
    /// Splits a command line into words as a POSIX shell does: 'single' and "double" quotes, $'ANSI-C' quotes,
    /// backslash escapes, backslash-newline continuations, # comments. $VARIABLES are not expanded.
    static bool tokenize(const QString &commandLine, QStringList *words, QString *error);
    /// Parses a whole command line (tokenize + parseArguments). A leading "$ " prompt is skipped.
    static bool parse(const QString &commandLine, CurlRequest *request, QString *error);
    /// Parses words already split by a shell. The first may be the program ("curl", "curl.exe", "/usr/bin/curl").
    static bool parseArguments(const QStringList &words, CurlRequest *request, QString *error);
};

struct CurlImportOptions
{
    QString displayName; ///< empty: "METHOD path"
    /// The connection URL to split at (scheme + host + base path, e.g. "https://api.example.com/v1/"). Empty: the
    /// longest matching connection of the document, else scheme + host + "/".
    QString baseUrl;
};

/// A curl command as a task and the connection it calls.
struct CurlImport
{
    TaskConfig task;
    ServiceConnection connection; ///< the document's own when reused, else a new one (URL = base, username)
    bool reusedConnection = false;
    /// The password (from -u or a Basic Authorization header). Never put into the task or the connection: the
    /// caller stores it in the keychain, or the user sets RESTGATE_SECRET_<CONNECTION>.
    QString password;
    /// A bearer token moved out of the headers: the task's Authorization header refers to $(tokenVariable), a
    /// secret variable whose value is `token` (stored nowhere; RESTGATE_SECRET_<VARIABLE> for the CLI).
    QString tokenVariable;
    QString token;
    QStringList unsupported;
    QStringList ignored;
    QList<Finding> findings;
};

/// Turns a parsed curl command into a task: the URL is split into a connection (reused when the document has one
/// with the same base URL) and the task's URL suffix.
class CurlImporter
{
public:
    static bool import(const CurlRequest &request, const DesignDocument &document, const CurlImportOptions &options,
                       CurlImport *result, QString *error);
    /// Adds the task, the connection when it is new, and the token's secret variable (without a value) to the
    /// document.
    static void merge(DesignDocument *document, const CurlImport &imported);
    /// The headers input for these headers: a JSON object, one "Name": "value" per line, in order.
    static QString headersJson(const QList<QPair<QString, QString>> &headers);
};

} // namespace RestGate
