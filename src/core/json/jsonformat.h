#pragma once

#include "core/json/jsondocument.h"

#include <QString>

namespace RestGate::Json {

struct IndentOptions
{
    int indentWidth = 4;
    /// Writing stops once the text passes this many characters (a view shows no more than that anyway); the caller
    /// cuts at the last line break and says so. Negative: no limit.
    qsizetype limit = -1;
};

/// The value indented for reading, in the order the server sent it (QJsonDocument would sort object members).
/// Strings are re-escaped as JSON; numbers, booleans and null keep the server's own spelling (1e3 stays 1e3).
QString indented(const Value &value, const IndentOptions &options = {});

/// A quoted JSON string literal for `text`.
QString quotedString(const QString &text);

/// Past this nesting depth viewers show a body as received instead of indenting it (real responses stay far below).
inline constexpr int maxIndentDepth = 100;

} // namespace RestGate::Json
