#include "core/yaml/yamlwriter.h"

#include <QRegularExpression>

namespace RestGate {

YamlWriter::YamlWriter(int indentWidth)
    : m_indentWidth(indentWidth)
{
}

QString YamlWriter::prefix()
{
    if (m_pendingItem) {
        m_pendingItem = false;
        // The dash takes the place of the item's indentation, so the item's keys line up after "- ".
        return QString((m_level - 1) * m_indentWidth, QLatin1Char(' ')) + QLatin1String("- ");
    }
    return QString(m_level * m_indentWidth, QLatin1Char(' '));
}

void YamlWriter::writeKey(const QString &key)
{
    const QString formatted = formatKey(key);
    // YAML limits an implicit key ("key: value") to 1024 characters, and yaml-cpp counts UTF-8 bytes; a longer
    // key must be explicit: "? key" with its ":" on the next line, in the key's column.
    if (formatted.toUtf8().size() > maxImplicitKeyBytes) {
        const QString line = prefix();
        m_text += line + QLatin1String("? ") + formatted + QLatin1Char('\n');
        m_text += QString(line.size(), QLatin1Char(' ')) + QLatin1Char(':');
        return;
    }
    m_text += prefix() + formatted + QLatin1Char(':');
}

void YamlWriter::scalar(const QString &key, const QString &value)
{
    writeKey(key);
    const QString formatted = formatScalar(value, (m_level + 1) * m_indentWidth);
    if (!formatted.isEmpty())
        m_text += QLatin1Char(' ') + formatted;
    m_text += QLatin1Char('\n');
}

void YamlWriter::plain(const QString &key, const QString &token)
{
    writeKey(key);
    m_text += QLatin1Char(' ') + token + QLatin1Char('\n');
}

void YamlWriter::beginMapping(const QString &key)
{
    writeKey(key);
    m_text += QLatin1Char('\n');
    ++m_level;
}

void YamlWriter::endMapping()
{
    --m_level;
}

void YamlWriter::beginSequence(const QString &key)
{
    // Azure Pipelines YAML (and Microsoft's docs) write sequences unindented under their key: "steps:\n- task: ..."
    writeKey(key);
    m_text += QLatin1Char('\n');
}

void YamlWriter::endSequence() { }

void YamlWriter::beginItem()
{
    ++m_level;
    m_pendingItem = true;
}

void YamlWriter::endItem()
{
    m_pendingItem = false;
    --m_level;
}

void YamlWriter::comment(const QString &text)
{
    m_text += QString(m_level * m_indentWidth, QLatin1Char(' ')) + QLatin1String("# ") + text + QLatin1Char('\n');
}

void YamlWriter::blankLine()
{
    m_text += QLatin1Char('\n');
}

bool YamlWriter::isPlainSafe(const QString &value)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace())
        return false;
    static const QString leadingIndicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (leadingIndicators.contains(value.front())) {
        // "-x", "?x", ":x" are plain in YAML 1.2 but not every parser agrees; quote them.
        return false;
    }
    for (const QChar c : value) {
        // U+2028 and U+2029 (and NEL, a control) are line breaks to YAML 1.1 parsers.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return false;
    }
    if (value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")) || value.endsWith(QLatin1Char(':')))
        return false;
    // Anything a YAML 1.1 or 1.2 resolver would read as a non-string must be quoted: booleans, null, numbers,
    // dates, merge keys. Inputs are strings to Azure DevOps, and other tools must read them as strings too.
    static const QRegularExpression special(QStringLiteral(
        R"(^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|<<|=)$)"
        R"(|^[-+]?(?:\d[\d_,]*)?(?:\.[\d_]*)?(?:[eE][-+]?\d+)?$)"
        R"(|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)"
        R"(|^0[xob][0-9a-fA-F_]+$)"
        R"(|^\d{4}-\d\d?-\d\d?)"
        R"(|^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$)"));
    if (special.match(value).hasMatch())
        return false;
    return true;
}

static bool canBeLiteralBlock(const QString &value)
{
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (u == '\n' || u == '\t')
            continue;
        if (u < 0x20 || u == 0x7f || u == 0xfeff || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return false;
    }
    // A line with only spaces before the end would be taken for indentation; keep it exact with double quotes.
    for (const QStringView line : QStringView(value).split(u'\n')) {
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false;
    }
    return true;
}

/// Characters only double quotes can carry: single quotes fold line breaks and cannot escape control characters.
static bool needsEscapes(const QString &value)
{
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfeff || u == 0x2028
            || u == 0x2029)
            return true;
    }
    return false;
}

static QString singleQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

static QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfeff || u == 0x2028 || u == 0x2029)
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString YamlWriter::formatKey(const QString &key)
{
    // Keys follow the values' rules, except that a key cannot be a block scalar: line breaks go in double quotes.
    if (isPlainSafe(key))
        return key;
    return needsEscapes(key) ? doubleQuoted(key) : singleQuoted(key);
}

QString YamlWriter::formatScalar(const QString &value, int contentIndent)
{
    if (value.isEmpty())
        return QStringLiteral("''");
    // A block scalar needs some content: text made only of line breaks reads back empty from one.
    const bool onlyLineBreaks = value.count(QLatin1Char('\n')) == value.size();
    if (value.contains(QLatin1Char('\n')) && !onlyLineBreaks && canBeLiteralBlock(value)) {
        // Chomping keeps the exact number of trailing newlines: none "-", one (clip), several "+".
        QString header = QStringLiteral("|");
        if (value.front() == QLatin1Char(' ') || value.front() == QLatin1Char('\n'))
            header += QString::number(2); // indentation indicator: the first line's own spaces are content
        int trailing = 0;
        for (qsizetype i = value.size() - 1; i >= 0 && value.at(i) == QLatin1Char('\n'); --i)
            ++trailing;
        if (trailing == 0)
            header += QLatin1Char('-');
        else if (trailing > 1)
            header += QLatin1Char('+');
        // With an explicit indentation indicator the content indentation is relative to the parent; we always put
        // content 2 columns deeper than the key, which is what "2" means.
        const QString indent(contentIndent, QLatin1Char(' '));
        QString body;
        const QStringList lines = value.chopped(trailing).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            body += QLatin1Char('\n') + (line.isEmpty() ? QString() : indent + line);
        for (int i = 1; i < trailing; ++i)
            body += QLatin1Char('\n');
        return header + body;
    }
    if (isPlainSafe(value))
        return value;
    return needsEscapes(value) ? doubleQuoted(value) : singleQuoted(value);
}

} // namespace RestGate
