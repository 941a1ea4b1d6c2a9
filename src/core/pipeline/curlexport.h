#pragma once

#include "core/design/finding.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/design/variables.h"
#include "core/request/preparedrequest.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RestGate {

struct CurlOptions
{
    enum class Shell
    {
        Posix, ///< sh, bash, zsh: 'single quotes', "$VARIABLE", '\' line continuations
        PowerShell, ///< PowerShell 7.3+: curl.exe, 'single quotes', "${env:VARIABLE}", '`' line continuations
    };
    Shell shell = Shell::Posix;
    bool multiLine = true; ///< one option per line, with line continuations
};

/// How the request authenticates, written as a reference to an environment variable that holds the secret.
struct CurlCredential
{
    enum class Kind
    {
        None, ///< the request's own Authorization header (if any) is written as it is
        Basic, ///< -u "username:$VARIABLE"
        Bearer, ///< -H "Authorization: Bearer $VARIABLE"
    };
    Kind kind = Kind::None;
    QString username; ///< Basic only
    QString environmentVariable;
};

/// A "Copy as curl" result.
struct CurlCommand
{
    QString text; ///< the command line (no trailing newline)
    QStringList environment; ///< environment variables the command reads (set them before running it), in order
    QList<Finding> findings; ///< from building the request, and what curl cannot express
    bool ok = false; ///< false when the request cannot be built (errors in findings)
};

/// Writes a task's request as a curl command line that sends exactly what the dry run sends: the same method, URL
/// (as the dry run encodes it), headers and body bytes, with `$(variables)` expanded. Credentials never appear:
/// the connection's password or token and every secret variable are references to environment variables
/// (RESTGATE_SECRET_<NAME>, the names restgate-cli reads them from).
///
///     curl 'http://127.0.0.1:8765/deployments' -u "deploy:$RESTGATE_SECRET_DEPLOYMENTS"
///          -H 'Content-Type: application/json' --data-raw '{"name": "api"}'
/// (written one option per line with line continuations by default).
class CurlExport
{
public:
    static CurlCommand fromTask(const TaskConfig &task, const ServiceConnection *connection,
                                const VariableSet &variables, const CurlOptions &options = {});

    /// Writes `request` as it is, except that its Authorization header is replaced by `credential` (unless None),
    /// and every occurrence of a `references` value (first) is replaced by a reference to its environment variable
    /// (second).
    static QString fromRequest(const PreparedRequest &request, const CurlCredential &credential,
                               const QList<QPair<QString, QString>> &references, const CurlOptions &options,
                               QList<Finding> *findings = nullptr);

    /// One shell word, quoted so the shell passes exactly `text` to the program.
    ///     it's  ->  'it'\''s' (POSIX)  /  'it''s' (PowerShell)
    static QString quote(const QString &text, CurlOptions::Shell shell);
};

} // namespace RestGate
