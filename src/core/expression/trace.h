#pragma once

#include <QList>
#include <QString>

namespace RestGate::Expression {

/// What happened to one sub-expression during an evaluation.
struct TraceNode
{
    enum class Type : quint8
    {
        Literal,
        NamedValue,
        Function,
        Indexer,
    };

    Type type = Type::Literal;
    int start = 0; ///< 0-based span in the evaluated (macro-expanded) expression
    int length = 0;
    QString label; ///< function name as written ("eq"), "root", "indexer" or "literal"
    QString text; ///< the source text of the span

    bool evaluated = false;
    bool skipped = false; ///< not evaluated because the server would not evaluate it (short-circuit, lazy format, ...)
    QString skipReason; ///< set on the outermost skipped node of a branch
    QString value; ///< display text of the result: 'running', 42, true, [3 items], {2 properties}, null
    QString kind; ///< "String", "Number", ... (empty when not evaluated)
    QString error; ///< the evaluation error, on the node that raised it and on every ancestor it passed through
    bool errorOrigin = false; ///< this node raised the error
    /// For values looked up from the body: the canonical path, root['a']['b'][0], to reveal in a response view.
    QString path;

    int parent = -1;
    QList<int> children;
};

/// The explanation of one evaluation: one node per sub-expression (same shape as the parsed expression).
class Trace
{
public:
    QString expression;
    QList<TraceNode> nodes;
    int root = -1;

    bool isEmpty() const { return root < 0; }
    /// The node that raised the evaluation error, or nullptr.
    const TraceNode *errorOrigin() const;

    /// An indented tree for the CLI's --trace, literals left out, skipped branches marked:
    ///   and(...) → false
    ///     eq(root['status'], 'successful') → false
    ///       root['status'] → 'running' (String)
    ///     ge(count(root['items']), 3) skipped: and() stops at the first false argument
    QString toText() const;
};

} // namespace RestGate::Expression
