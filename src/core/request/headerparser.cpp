#include "core/request/headerparser.h"

#include "core/json/jsondocument.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace RestGate {

namespace {

QString nonStrictWarning(const Json::NonStrictConstruct &construct)
{
    using Kind = Json::NonStrictConstruct::Kind;
    switch (construct.kind) {
    case Kind::LineComment:
    case Kind::BlockComment:
        return QCoreApplication::translate("RestGate::HeaderParser",
                                           "Comments are accepted by Azure DevOps but are not strict JSON.");
    case Kind::TrailingComma:
        return QCoreApplication::translate(
            "RestGate::HeaderParser", "A trailing comma before } is accepted by Azure DevOps but is not strict JSON.");
    case Kind::SingleQuotedString:
        return QCoreApplication::translate("RestGate::HeaderParser",
                                           "Single quotes are accepted by Azure DevOps but are not strict JSON.");
    default:
        return QCoreApplication::translate("RestGate::HeaderParser",
                                           "A %1 is accepted by Azure DevOps but is not strict JSON.")
            .arg(Json::NonStrictConstruct::describe(construct.kind));
    }
}

/// The text Json.NET gives a header whose value is a JSON literal rather than a string: the token as written for
/// decimal numbers and literals, the value for the hexadecimal and octal integers it converts.
QString literalText(const Json::Value &value)
{
    switch (value.kind()) {
    case Json::Kind::Null:
    case Json::Kind::Undefined:
        return {};
    case Json::Kind::Number:
        if (value.numberClass() == Json::NumberClass::Hexadecimal || value.numberClass() == Json::NumberClass::Octal)
            return QString::number(value.toInt64());
        return QString::fromUtf8(value.rawText());
    default:
        return QString::fromUtf8(value.rawText());
    }
}

} // namespace

ParsedHeaders HeaderParser::parse(const QString &text)
{
    ParsedHeaders result;
    if (text.trimmed().isEmpty())
        return result;

    // The one Json.NET-dialect reader the response body goes through too: the same tokens, errors and positions.
    const QByteArray utf8 = text.toUtf8();
    const Json::Document document = Json::Document::parse(utf8);
    Json::SourceLocator locator(utf8);
    auto fail = [&](int line, int column, qsizetype utf16Offset, const QString &message) {
        result.ok = false;
        result.error = message;
        result.errorLine = line;
        result.errorColumn = column;
        result.errorOffset = utf16Offset;
        result.headers.clear();
        result.warnings.clear();
        return result;
    };
    // A value the reader accepts but a header cannot take, worded like Json.NET's error at that spot.
    auto reject = [&](const Json::Value &value, const QString &path, const QString &hint) {
        const Json::SourceLocator::Place place = locator.at(value.sourceOffset());
        const QString token = QString::fromUtf8(value.rawText().first(qMin<qsizetype>(1, value.rawText().size())));
        return fail(place.line, place.column, place.utf16Offset,
                    QStringLiteral("Unexpected character encountered while parsing value: %1. Path '%2', line %3, "
                                   "position %4. (%5)")
                        .arg(token, path)
                        .arg(place.line)
                        .arg(place.column - 1)
                        .arg(hint));
    };

    const Json::ParseError error = document.error();
    // Nothing but comments sets no header, like an empty input; the comments are still warned about below.
    const bool onlyComments = error.emptyInput;
    if (document.hasError() && !onlyComments) {
        QString message = error.message;
        if (!error.description.isEmpty())
            message += QStringLiteral(" (%1)").arg(error.description);
        return fail(error.line, error.column, locator.at(error.offset).utf16Offset, message);
    }
    const Json::Value root = document.root();
    if (!onlyComments && !root.isObject())
        return reject(root, QString(), QStringLiteral("Headers must be a JSON object: { \"Name\": \"value\" }."));

    // Warnings in document order: the constructs the reader noted and, per member, what the value turned into.
    struct Note
    {
        qint64 offset;
        QString message;
    };
    QList<Note> notes;
    for (const Json::NonStrictConstruct &construct : document.nonStrictConstructs())
        notes.append({construct.offset, nonStrictWarning(construct)});

    QHash<QString, qsizetype> indexByName; // by folded name: 100k headers must stay linear
    if (!onlyComments) {
        for (const Json::Member &member : root.members()) {
            const QString name = member.name();
            const Json::Value value = member.value();
            QString headerValue;
            if (value.isString()) {
                headerValue = value.toString();
            } else if (value.isObject() || value.isArray()) {
                return reject(value, name,
                              value.isObject() ? QCoreApplication::translate("RestGate::HeaderParser",
                                                                             "Header '%1' must be text, not an object.")
                                                     .arg(name)
                                               : QCoreApplication::translate("RestGate::HeaderParser",
                                                                             "Header '%1' must be text, not a list.")
                                                     .arg(name));
            } else {
                headerValue = literalText(value);
                const bool isNull = value.isNull() || value.kind() == Json::Kind::Undefined;
                notes.append(
                    {value.sourceOffset(),
                     isNull ? QCoreApplication::translate("RestGate::HeaderParser",
                                                          "The value of '%1' is null, not text; it is sent as '%2'. "
                                                          "Quote it to be sure.")
                                  .arg(name, headerValue)
                            : QCoreApplication::translate("RestGate::HeaderParser",
                                                          "The value of '%1' is a JSON literal, not text; it is sent "
                                                          "as '%2'. Quote it to be sure.")
                                  .arg(name, headerValue)});
            }
            const QString folded = name.toCaseFolded();
            const auto known = indexByName.constFind(folded);
            if (known != indexByName.cend()) {
                result.headers[*known].second = headerValue;
                notes.append({member.key().sourceOffset(),
                              QCoreApplication::translate("RestGate::HeaderParser",
                                                          "Header '%1' is set more than once; the last value is sent.")
                                  .arg(name)});
            } else {
                indexByName.insert(folded, result.headers.size());
                result.headers.append({name, headerValue});
            }
        }
    }

    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.offset < b.offset; });
    result.warnings.reserve(notes.size());
    for (const Note &note : std::as_const(notes)) {
        const Json::SourceLocator::Place place = locator.at(note.offset);
        result.warnings.append({Finding::Severity::Warning, QString(), note.message, place.line, place.column});
    }
    return result;
}

} // namespace RestGate
