#include "core/json/jsonformat.h"

namespace RestGate::Json {

namespace {

void appendQuoted(QString *out, const QString &text)
{
    *out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            *out += QLatin1String("\\\"");
            break;
        case '\\':
            *out += QLatin1String("\\\\");
            break;
        case '\n':
            *out += QLatin1String("\\n");
            break;
        case '\r':
            *out += QLatin1String("\\r");
            break;
        case '\t':
            *out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                *out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                *out += c;
        }
    }
    *out += QLatin1Char('"');
}

bool overLimit(const QString &out, const IndentOptions &options)
{
    return options.limit >= 0 && out.size() > options.limit;
}

void appendIndented(QString *out, const Value &value, int depth, const IndentOptions &options)
{
    if (overLimit(*out, options))
        return;
    const QString indent(depth * options.indentWidth, QLatin1Char(' '));
    const QString inner((depth + 1) * options.indentWidth, QLatin1Char(' '));
    switch (value.kind()) {
    case Kind::Object: {
        if (value.size() == 0) {
            *out += QLatin1String("{}");
            return;
        }
        *out += QLatin1String("{\n");
        bool first = true;
        for (const Member &member : value.members()) {
            if (overLimit(*out, options))
                return;
            if (!first)
                *out += QLatin1String(",\n");
            first = false;
            *out += inner;
            appendQuoted(out, member.name());
            *out += QLatin1String(": ");
            appendIndented(out, member.value(), depth + 1, options);
        }
        *out += QLatin1Char('\n') + indent + QLatin1Char('}');
        return;
    }
    case Kind::Array: {
        if (value.size() == 0) {
            *out += QLatin1String("[]");
            return;
        }
        *out += QLatin1String("[\n");
        bool first = true;
        for (const Value element : value.elements()) {
            if (overLimit(*out, options))
                return;
            if (!first)
                *out += QLatin1String(",\n");
            first = false;
            *out += inner;
            appendIndented(out, element, depth + 1, options);
        }
        *out += QLatin1Char('\n') + indent + QLatin1Char(']');
        return;
    }
    case Kind::String:
        appendQuoted(out, value.toString());
        return;
    case Kind::Undefined:
        // An empty slot ([1,,2]) has no text of its own; written as nothing it would read back as one element less.
        *out += QStringLiteral("undefined");
        return;
    default: // numbers, booleans, null as the server wrote them
        *out += QString::fromUtf8(value.rawText());
        return;
    }
}

} // namespace

QString indented(const Value &value, const IndentOptions &options)
{
    QString out;
    appendIndented(&out, value, 0, options);
    return out;
}

QString quotedString(const QString &text)
{
    QString out;
    appendQuoted(&out, text);
    return out;
}

} // namespace RestGate::Json
