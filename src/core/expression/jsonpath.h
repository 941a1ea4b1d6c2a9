#pragma once

#include "core/json/jsondocument.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace RestGate::Expression::JsonPath {

/// Json.NET's JToken.SelectTokens(path) on `root` (default settings: no error when nothing matches).
///
/// Supported as Json.NET 13 does: `$` (optional: `Items[0]` is relative to `root`), `.name`, `['name']`,
/// `['a','b']`, `[n]` (negative indexes match nothing), `[0,2]`, `[start:end:step]` (negative bounds count from
/// the end), `[*]` (arrays) and `.*` (object values), `..name` / `..*` recursive descent, and filters
/// `[?(@.price < 50)]` with `== != === !== < <= > >= =~ /regex/i`, `&&`, `||`, existence `?(@.name)`,
/// `$`-rooted operands and 'string', number, true, false, null literals.
///   `$.value[?(@.status == 'failed')]`   → every element of value whose status is exactly "failed"
///   `Items[?(@.price<50)]`               → the items cheaper than 50
/// Quirks kept on purpose: `a && b || c` groups as `a && (b || c)`; a number literal must be followed by a space
/// or `)`; `.*` does not enumerate arrays; filters see array elements only (an object's children are properties).
///
/// Returns false with Json.NET's message in `error` when the path does not parse or a comparison cannot convert.
bool select(const Json::Value &root, QStringView path, std::vector<Json::Value> *results, QString *error);

} // namespace RestGate::Expression::JsonPath
