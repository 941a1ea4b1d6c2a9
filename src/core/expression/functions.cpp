#include "core/expression/functions.h"

#include <QCoreApplication>

namespace RestGate::Expression {

const QList<FunctionInfo> &functions()
{
    // count and jsonpath are not public: one argument each is what every documented use passes (AUTH examples,
    // built-in tasks), so that is the arity enforced here.
    static const QList<FunctionInfo> list = {
        {Function::And, QStringLiteral("and"), 2, Unlimited, false, QStringLiteral("and(a, b, ...)"),
         QStringLiteral("True if every argument is truthy; stops at the first false one.")},
        {Function::Or, QStringLiteral("or"), 2, Unlimited, false, QStringLiteral("or(a, b, ...)"),
         QStringLiteral("True if any argument is truthy; stops at the first true one.")},
        {Function::Not, QStringLiteral("not"), 1, 1, false, QStringLiteral("not(a)"),
         QStringLiteral("True if the argument is falsy (null, false, 0, '').")},
        {Function::Xor, QStringLiteral("xor"), 2, 2, false, QStringLiteral("xor(a, b)"),
         QStringLiteral("True if exactly one of the two arguments is truthy.")},
        {Function::Eq, QStringLiteral("eq"), 2, 2, false, QStringLiteral("eq(left, right)"),
         QStringLiteral("Equality; the right side is converted to the left side's type, strings ignore case.")},
        {Function::Ne, QStringLiteral("ne"), 2, 2, false, QStringLiteral("ne(left, right)"),
         QStringLiteral("Inequality: not(eq(left, right)).")},
        {Function::Gt, QStringLiteral("gt"), 2, 2, false, QStringLiteral("gt(left, right)"),
         QStringLiteral("left > right, in the left side's type; fails if the right side cannot convert.")},
        {Function::Ge, QStringLiteral("ge"), 2, 2, false, QStringLiteral("ge(left, right)"),
         QStringLiteral("left >= right, in the left side's type; fails if the right side cannot convert.")},
        {Function::Lt, QStringLiteral("lt"), 2, 2, false, QStringLiteral("lt(left, right)"),
         QStringLiteral("left < right, in the left side's type; fails if the right side cannot convert.")},
        {Function::Le, QStringLiteral("le"), 2, 2, false, QStringLiteral("le(left, right)"),
         QStringLiteral("left <= right, in the left side's type; fails if the right side cannot convert.")},
        {Function::In, QStringLiteral("in"), 2, Unlimited, false, QStringLiteral("in(needle, a, b, ...)"),
         QStringLiteral("True if the first argument equals any of the others (compared like eq).")},
        {Function::NotIn, QStringLiteral("notIn"), 2, Unlimited, false, QStringLiteral("notIn(needle, a, b, ...)"),
         QStringLiteral("True if the first argument equals none of the others.")},
        {Function::ContainsValue, QStringLiteral("containsValue"), 2, 2, false,
         QStringLiteral("containsValue(collection, value)"),
         QStringLiteral("True if an array item or object value equals the value (compared like eq(value, item)).")},
        {Function::Contains, QStringLiteral("contains"), 2, 2, false, QStringLiteral("contains(text, part)"),
         QStringLiteral("True if the text contains the part, ignoring case (text only, not arrays).")},
        {Function::StartsWith, QStringLiteral("startsWith"), 2, 2, false, QStringLiteral("startsWith(text, prefix)"),
         QStringLiteral("True if the text starts with the prefix, ignoring case.")},
        {Function::EndsWith, QStringLiteral("endsWith"), 2, 2, false, QStringLiteral("endsWith(text, suffix)"),
         QStringLiteral("True if the text ends with the suffix, ignoring case.")},
        {Function::Coalesce, QStringLiteral("coalesce"), 2, Unlimited, false, QStringLiteral("coalesce(a, b, ...)"),
         QStringLiteral("The first argument that is neither null nor an empty string.")},
        {Function::Format, QStringLiteral("format"), 1, 255, false, QStringLiteral("format(pattern, arg0, ...)"),
         QStringLiteral("Replaces {0}, {1}, ... in the pattern with the arguments as text; {{ and }} escape.")},
        {Function::Join, QStringLiteral("join"), 2, 2, false, QStringLiteral("join(separator, array)"),
         QStringLiteral("The array's items as text, joined by the separator.")},
        {Function::Length, QStringLiteral("length"), 1, 1, false, QStringLiteral("length(value)"),
         QStringLiteral("Characters of a string, items of an array, properties of an object.")},
        {Function::Lower, QStringLiteral("lower"), 1, 1, false, QStringLiteral("lower(text)"),
         QStringLiteral("The text in lower case.")},
        {Function::Upper, QStringLiteral("upper"), 1, 1, false, QStringLiteral("upper(text)"),
         QStringLiteral("The text in upper case.")},
        {Function::Replace, QStringLiteral("replace"), 2, 3, false, QStringLiteral("replace(text, old, new)"),
         QStringLiteral("Replaces every occurrence of old (case-sensitive) with new.")},
        {Function::Split, QStringLiteral("split"), 2, 2, false, QStringLiteral("split(text, separator)"),
         QStringLiteral("The parts of the text between separators (empty parts kept).")},
        {Function::ConvertToJson, QStringLiteral("convertToJson"), 1, 1, false, QStringLiteral("convertToJson(value)"),
         QStringLiteral("The value as indented JSON text.")},
        {Function::Trim, QStringLiteral("trim"), 1, 1, false, QStringLiteral("trim(text)"),
         QStringLiteral("The text without leading and trailing whitespace (Azure DevOps Services).")},
        {Function::Iif, QStringLiteral("iif"), 1, 3, false, QStringLiteral("iif(condition, whenTrue, whenFalse)"),
         QStringLiteral("whenTrue if the condition is truthy, otherwise whenFalse (Azure DevOps Services).")},
        {Function::Count, QStringLiteral("count"), 1, 1, true, QStringLiteral("count(collection)"),
         QStringLiteral("Items of an array (or jsonpath result), properties of an object; 0 for null.")},
        {Function::JsonPath, QStringLiteral("jsonpath"), 1, 1, true, QStringLiteral("jsonpath('$.path')"),
         QStringLiteral("The tokens a JSONPath selects from the response body, as an array.")},
    };
    return list;
}

const FunctionInfo *findFunction(QStringView name)
{
    for (const FunctionInfo &info : functions()) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

const FunctionInfo &functionInfo(Function id)
{
    return functions().at(int(id));
}

QString arityText(const FunctionInfo &info)
{
    if (info.maxArgs == Unlimited)
        return QCoreApplication::translate("RestGate::Expression::Parser", "at least %1").arg(info.minArgs);
    if (info.minArgs == info.maxArgs)
        return QCoreApplication::translate("RestGate::Expression::Parser", "exactly %1").arg(info.minArgs);
    return QCoreApplication::translate("RestGate::Expression::Parser", "%1 to %2").arg(info.minArgs).arg(info.maxArgs);
}

} // namespace RestGate::Expression
