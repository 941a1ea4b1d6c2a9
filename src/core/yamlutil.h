#pragma once

#include "designdocument.h"

#include <QString>

#include <yaml-cpp/yaml.h>

namespace RestGate::YamlUtil {

inline QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
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

} // namespace RestGate::YamlUtil
