#pragma once

#include "core/expression/parser.h"
#include "core/expression/trace.h"
#include "core/expression/value.h"
#include "core/json/jsondocument.h"

namespace RestGate::Expression {

struct EvaluationOptions
{
    /// EvaluationOptions.MaxMemory: bytes of intermediate results (strings count 26 + 2 per character, anything
    /// else 24) the engine tolerates before failing. 1 MB is the engine's default.
    qint64 maxMemory = 1024 * 1024;
};

struct Evaluation
{
    bool ok = false; ///< evaluated without an error
    Value value; ///< the expression's value
    bool result = false; ///< value converted to Boolean (what decides the criteria)
    QString error; ///< the engine's message when !ok
    int errorNode = -1; ///< program node that raised the error
    QString errorFunction; ///< the function the error happened in, as written (e.g. "gt"), if any
    Trace trace;
};

/// Evaluates a parsed expression with `root` as the named value `root` (an invalid Json::Value is Null), with the
/// server's semantics: short-circuiting and/or/in/notIn/coalesce, lazy format arguments, the legacy indexer
/// (a missing property, an index out of range or indexing a scalar gives Null, never an error).
Evaluation evaluate(const Program &program, const Json::Value &root, const EvaluationOptions &options = {});

/// JSON string literal as Json.NET writes it ("a\"b", control characters as \u001f).
QString jsonQuote(const QString &text);

} // namespace RestGate::Expression
