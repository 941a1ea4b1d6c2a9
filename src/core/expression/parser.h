#pragma once

#include "core/expression/functions.h"
#include "core/expression/value.h"

#include <QString>

#include <vector>

namespace RestGate::Expression {

/// Longest expression the server parses (RUNNER/ADO2022 ExpressionConstants.MaxLength), whitespace included.
inline constexpr int MaxLength = 21000;
/// Open containers (function calls and `[` indexers) allowed after any token is MaxDepth - 1.
inline constexpr int MaxDepth = 50;

/// A parse failure, in the server's words and with what an editor needs to underline it.
struct ParseError
{
    enum class Kind
    {
        None,
        UnexpectedSymbol,
        UnrecognizedValue,
        ExpectedStartParameter,
        ExpectedPropertyName,
        UnclosedFunction,
        UnclosedIndexer,
        ExceededMaxDepth,
        ExceededMaxLength,
    };

    Kind kind = Kind::None;
    QString token; ///< raw text of the offending token (empty for the depth and length limits)
    int position = 0; ///< 1-based index of the token in the expression, as the message says (0: no token)
    int length = 0; ///< characters to underline from `position`
    /// "{description}: '{token}'. Located at position {position} within expression: {expression}.", or
    /// "Exceeded max expression depth 50." / "Exceeded max expression length 21000."
    QString message;
    /// Plain words: "unknown function 'foo'", "double-quoted strings are not allowed; use single quotes", ...
    QString hint;

    bool isError() const { return kind != Kind::None; }
    /// "UnexpectedSymbol", "UnrecognizedValue", ... (ParseExceptionKind names).
    static QString kindName(Kind kind);
};

/// One node of a parsed expression.
struct Node
{
    enum class Type : quint8
    {
        Literal, ///< true, 1.5, 1.2.3, 'text' (and the property name of `a.name`, the `*` of `a[*]`)
        NamedValue, ///< root
        Function,
        Indexer, ///< children: the indexed value and the index
    };

    Type type = Type::Literal;
    Function function = Function::And; ///< for Function nodes
    bool wildcard = false; ///< Indexer: a[*] or a.*
    bool dereference = false; ///< Indexer written a.name
    int start = 0; ///< 0-based span in the expression
    int end = 0;
    QString name; ///< function or named value as written (e.g. "EQ")
    Value literal;
    std::vector<int> children;
};

/// A parsed expression: nodes in creation order, `root` the top one (-1 for an empty expression).
class Program
{
public:
    QString expression;
    std::vector<Node> nodes;
    int root = -1;

    bool isEmpty() const { return root < 0; }
    /// The engine's ConvertToExpression form of a node (e.g. "eq(root['a'], 'x')"), used in its messages.
    QString canonical(int node) const;
};

struct ParseResult
{
    Program program;
    ParseError error;

    bool ok() const { return !error.isError(); }
};

/// Parses the whole expression before anything is evaluated, exactly as the server's ExpressionParser does:
/// same tokens, same errors in the same order, same positions. An empty or all-whitespace expression gives an
/// empty Program.
ParseResult parse(const QString &expression);

} // namespace RestGate::Expression
