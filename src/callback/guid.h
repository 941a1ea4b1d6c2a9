#pragma once

#include <QString>
#include <QStringView>

namespace RestGate::Guid {

/// True for the forms .NET's Guid parser takes for ids in URLs and JSON: 32 hex digits, with or without the four
/// dashes, optionally in braces.
///   "6f1c...-....-....-....-............" -> true;  "{6F1C...}" -> true;  "6f1c" -> false;  "" -> false
bool isValid(QStringView text);
/// Compares two ids as GUIDs (case, braces and dashes do not matter); texts that are not GUIDs compare
/// case-insensitively, as the server's routing does.
bool same(QStringView a, QStringView b);
/// True for 00000000-0000-0000-0000-000000000000 in any of the valid forms.
bool isEmpty(QStringView text);
/// "00000000-0000-0000-0000-000000000000", .NET's Guid.Empty.
QString empty();
/// A new random id without braces.
QString fresh();

} // namespace RestGate::Guid
