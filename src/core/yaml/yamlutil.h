#pragma once

#include "core/design/designdocument.h"

#include <QString>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

namespace RestGate::YamlUtil {

inline QString toQString(const std::string &text)
{
    // QString::fromUtf8 drops a leading U+FEFF as a byte-order mark; here it is the scalar's first character (a
    // key or value that starts with one must read back as it was written).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(text.data(), qsizetype(text.size())));
}

/// The scalar's text, or an empty string for a null node (`key:` with nothing after it).
inline QString scalarText(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    return toQString(node.Scalar());
}

/// yaml-cpp's marks are 0-based; people count lines and columns from 1.
inline DocumentError errorAt(const YAML::Node &node, const QString &message)
{
    const YAML::Mark mark = node.Mark();
    return DocumentError {message, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0};
}

/// What aliases (`*name`) may add to a document beyond its own text: enough for any real pipeline or design, far
/// below what a "billion laughs" document asks for.
constexpr qint64 maxAliasExpansionNodes = 100000;
constexpr qint64 maxAliasExpansionBytes = 4 * 1024 * 1024;

/// Reads `text` as a stream of YAML events, without building a tree, and returns false with a line and column for
/// what yaml-cpp must not be given:
/// - an alias that takes the expansion over the limits above, or that refers to a node it is inside: every walk
///   over the loaded tree visits each expansion;
/// - a `,` where a document's top node would start (the first thing in the text, or after the top node: `,` alone,
///   `"x",`, `{a: 1},`, `&a ,`). yaml-cpp 0.7 reads such a comma as an empty document without consuming it, so
///   LoadAll (and any loop over HandleNextDocument) never ends, and Load silently drops the rest of the text.
///   Commas inside plain scalars (`a, b`), quotes, flow collections, block scalars and comments are not affected.
/// Call it before every YAML::Load/LoadAll. Throws what YAML::Parser throws for text that is not YAML.
bool checkBeforeLoad(const std::string &text, DocumentError *error);

} // namespace RestGate::YamlUtil
