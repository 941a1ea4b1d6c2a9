#include "core/expression/trace.h"

#include <QStringList>

#include <vector>

namespace RestGate::Expression {

const TraceNode *Trace::errorOrigin() const
{
    for (const TraceNode &node : nodes) {
        if (node.errorOrigin)
            return &node;
    }
    return nullptr;
}

namespace {

constexpr int kMaxLabel = 60;

QString simplified(const QString &text)
{
    return text.simplified();
}

/// How a node is named in the text tree: its source text when short, else a shortened form.
QString labelFor(const TraceNode &node)
{
    const QString text = simplified(node.text);
    if (text.size() <= kMaxLabel)
        return text;
    if (node.type == TraceNode::Type::Function)
        return node.label + QStringLiteral("(...)");
    if (!node.path.isEmpty() && node.path.size() <= kMaxLabel)
        return node.path;
    return text.left(kMaxLabel - 3) + QStringLiteral("...");
}

QString lineFor(const TraceNode &node, int depth)
{
    QString line = QString(depth * 2, u' ') + labelFor(node);
    if (node.skipped) {
        line += QStringLiteral(" skipped");
        if (!node.skipReason.isEmpty())
            line += QStringLiteral(": ") + node.skipReason;
        return line;
    }
    if (node.evaluated && !node.kind.isEmpty()) {
        line += QStringLiteral(" \u2192 ") + node.value;
        const bool booleanFunction = node.type == TraceNode::Type::Function && node.kind == QLatin1String("Boolean");
        if (!booleanFunction)
            line += QStringLiteral(" (") + node.kind + u')';
    }
    if (!node.error.isEmpty())
        line += node.errorOrigin ? QStringLiteral(" \u2717 ") + node.error : QStringLiteral(" \u2717 failed");
    else if (!node.evaluated)
        line += QStringLiteral(" not evaluated");
    return line;
}

} // namespace

QString Trace::toText() const
{
    if (root < 0)
        return {};
    QStringList lines;
    std::vector<std::pair<int, int>> pending {{root, 0}}; // (node, depth); iterative for very long indexer chains
    while (!pending.empty()) {
        const auto [index, depth] = pending.back();
        pending.pop_back();
        const TraceNode &node = nodes.at(index);
        // A literal's value is its own text; leaving literals out keeps the tree about the body and the functions.
        if (node.type == TraceNode::Type::Literal && node.error.isEmpty())
            continue;
        lines.append(lineFor(node, depth));
        if (node.skipped)
            continue; // nothing below a skipped node was evaluated
        for (qsizetype i = node.children.size(); i-- > 0;)
            pending.emplace_back(node.children.at(i), depth + 1);
    }
    return lines.join(u'\n');
}

} // namespace RestGate::Expression
