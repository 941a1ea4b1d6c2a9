#pragma once

#include "core/json/jsondocument.h"

#include <QList>
#include <QString>

namespace RestGate::Expression {

/// A value present in a response, addressed the way criteria address it.
struct RootPath
{
    QString path; ///< root['items'][0]['name']
    Json::Value value;
};

struct RootPathOptions
{
    int limit = 200; ///< paths returned at most
    /// Elements listed (and descended into) per array: the first few show the shape without drowning the list in
    /// root['value'][0..599999].
    int maxArrayElements = 3;
};

/// The `root[...]` paths of a response, breadth-first (shallow paths first), for autocompletion and "use this
/// value in criteria". Objects list their properties once each, as the server's JObject has them.
QList<RootPath> rootPaths(const Json::Document &document, const RootPathOptions &options = {});

/// root['a']['b'][0]: always the indexer form, quotes doubled, so any key works (root.name does not for 'my-key').
QString rootPath(const QList<Json::PathStep> &steps);

/// A single-quoted literal of the expression language: it's → 'it''s'.
QString quoteLiteral(const QString &text);

/// A criteria that holds for `value` as it is now:
///   string  → eq(root['deployment']['status'], 'successful')
///   number  → eq(root['count'], 1425)          (exact digits; 1e3 in the body is 1000)
///   boolean → eq(root['ready'], true)
///   null    → eq(root['error'], '')            (null equals '' and nothing else)
///   array / object → eq(count(root['items']), 3)
/// Empty when no literal can express it (NaN, Infinity, undefined, or a value of another document).
QString criteriaFor(const Json::Document &document, const Json::Value &value);

} // namespace RestGate::Expression
