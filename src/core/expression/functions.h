#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <limits>

namespace RestGate::Expression {

enum class Function : quint8
{
    And,
    Or,
    Not,
    Xor,
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    In,
    NotIn,
    ContainsValue,
    Contains,
    StartsWith,
    EndsWith,
    Coalesce,
    Format,
    Join,
    Length,
    Lower,
    Upper,
    Replace,
    Split,
    ConvertToJson,
    Trim,
    Iif,
    // Extensions the HttpRequest handler registers for success criteria.
    Count,
    JsonPath,
};

/// Arity for functions that take any number of arguments.
constexpr int Unlimited = std::numeric_limits<int>::max();

struct FunctionInfo
{
    Function id;
    QString name; ///< canonical spelling; lookups ignore case
    int minArgs;
    int maxArgs; ///< Unlimited for and/or/in/notIn/coalesce
    bool extension; ///< count/jsonpath: registered by the server's HttpRequest handler, not the engine
    QString signature; ///< e.g. "eq(left, right)"
    QString description; ///< one line for completion lists
};

/// Every function a success criteria may call: Azure DevOps Server 2022's set (arity from its
/// ExpressionConstants.cs), trim and iif (Azure DevOps Services), and the handler's count and jsonpath.
const QList<FunctionInfo> &functions();
/// Case-insensitive lookup (the engine uses StringComparer.OrdinalIgnoreCase); nullptr when unknown.
const FunctionInfo *findFunction(QStringView name);
const FunctionInfo &functionInfo(Function id);
/// "exactly 2", "at least 2", "1 to 3", "1 to 255".
QString arityText(const FunctionInfo &info);

/// The only named value in success criteria: the parsed response body.
inline constexpr char16_t rootName[] = u"root";

} // namespace RestGate::Expression
