#pragma once

#include "core/design/finding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace RestGate {

/// The `headers` input parsed the way the server's Json.NET reads it: a JSON object of header names to values.
struct ParsedHeaders
{
    QList<QPair<QString, QString>> headers; ///< in the order written
    bool ok = true;
    /// When !ok: Json.NET's own wording where it has one, e.g.
    /// "Invalid JavaScript property identifier character: -. Path '', line 1, position 8."
    QString error;
    int errorLine = 0; ///< 1-based
    int errorColumn = 0; ///< 1-based
    qsizetype errorOffset = -1;
    /// Accepted by Json.NET (so by Azure DevOps) but not strict JSON: unquoted names, single quotes, comments,
    /// trailing commas; also values that are not strings and duplicate names.
    QList<Finding> warnings;
};

/// Parses the `headers` input.
///     {"Content-Type":"application/json"}        -> [("Content-Type", "application/json")]
///     {Content-Type:application/json}            -> error at line 1, column 9 (as Json.NET reports it)
///     (empty or only whitespace)                 -> no headers, ok
class HeaderParser
{
public:
    static ParsedHeaders parse(const QString &text);
};

} // namespace RestGate
