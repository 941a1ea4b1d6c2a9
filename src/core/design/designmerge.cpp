#include "core/design/designmerge.h"

#include "core/design/azureconnectionsettings.h"
#include "core/design/taskdefinition.h"
#include "core/yaml/yamlutil.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace RestGate::DesignMerge {

namespace {

using YamlUtil::scalarText;
using YamlUtil::toQString;

/// Where in a design a node sits: "" (the root), "tasks[]", "tasks[].inputs", "connections[]", ... — it decides
/// which keys RestGate owns there and how keys are matched.
struct Context
{
    QString path;
    const TaskDefinition *definition = nullptr; ///< the task of the step being merged (for input aliases)

    Context child(const QString &key) const
    {
        return {path.isEmpty() ? key : path + QLatin1Char('.') + key, definition};
    }
    Context item(const YAML::Node &node) const
    {
        Context c {path + QStringLiteral("[]"), nullptr};
        if (path == QLatin1String("tasks") && node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (scalarText(it->first) == QLatin1String("task"))
                    c.definition = TaskDefinition::forReference(scalarText(it->second));
            }
        }
        return c;
    }
};

/// Keys RestGate reads and writes itself. Anything else in these mappings belongs to the person who wrote it.
bool isOwned(const Context &c, const QString &key)
{
    static const QStringList top = {QStringLiteral("restgate"), QStringLiteral("connections"),
                                    QStringLiteral("variables"), QStringLiteral("variableSets"),
                                    QStringLiteral("tasks")};
    static const QStringList step = {QStringLiteral("task"),
                                     QStringLiteral("displayName"),
                                     QStringLiteral("enabled"),
                                     QStringLiteral("continueOnError"),
                                     QStringLiteral("timeoutInMinutes"),
                                     QStringLiteral("condition"),
                                     QStringLiteral("inputs")};
    static const QStringList connection =
        QStringList {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("url"),
                     QStringLiteral("username")}
        + AzureConnectionSettings::documentKeys();
    if (c.path.isEmpty())
        return top.contains(key);
    if (c.path == QLatin1String("tasks[]"))
        return step.contains(key);
    if (c.path == QLatin1String("connections[]"))
        return connection.contains(key);
    if (c.path == QLatin1String("variableSets[]"))
        return key == QLatin1String("name") || key == QLatin1String("variables");
    // Inside a value RestGate owns (inputs, variables) every key is RestGate's.
    return true;
}

/// Keys that name the same thing: inputs by task.json name or any alias, ignoring case; variables ignoring case.
QString canonicalKey(const Context &c, const QString &key)
{
    if (c.path == QLatin1String("tasks[].inputs") && c.definition) {
        if (const InputDefinition *input = c.definition->input(key))
            return QStringLiteral("input:") + input->name.toLower();
    }
    if (c.path.endsWith(QLatin1String("variables")))
        return key.toLower();
    return key;
}

/// The value of a node as far as RestGate is concerned: owned keys only, keys canonical, scalars by their text
/// (a null and an empty string are the same, as they are to the reader). Equal fingerprints, same design content.
QString fingerprint(const YAML::Node &node, const Context &c)
{
    if (node.IsMap()) {
        QStringList parts;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            if (isOwned(c, key))
                parts.append(canonicalKey(c, key) + QLatin1Char('=') + fingerprint(it->second, c.child(key)));
        }
        parts.sort();
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    if (node.IsSequence()) {
        QStringList parts;
        for (const YAML::Node &item : node)
            parts.append(fingerprint(item, c.item(item)));
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    QString text = scalarText(node);
    return QLatin1Char('"')
        + text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
        + QLatin1Char('"');
}

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

/// The end of a key's or item's own lines within [first, end): blank lines and comments at or left of its column
/// that close the range belong to what comes next.
int contentEnd(const QStringList &lines, int first, int end, int column)
{
    int last = end;
    while (last > first + 1) {
        const QString &line = lines.at(last - 1);
        if (line.trimmed().isEmpty() || (isBlankOrComment(line) && indentOf(line) <= column))
            --last;
        else
            break;
    }
    return last;
}

struct Entry
{
    QString key;
    YAML::Node value;
    int line = 0;
    int column = 0;
    int lead = 0; ///< first line of the comments above it
    int end = 0; ///< one past its last line
};

struct Item
{
    YAML::Node node;
    int line = 0;
    int dash = 0; ///< column of its "-"
    int lead = 0;
    int end = 0;
};

/// A block mapping's entries with their line ranges inside [begin, end), or false when the text does not lay them
/// out one key per line, in order (flow style, aliases).
bool entriesOf(const YAML::Node &map, const QStringList &lines, int begin, int end, QList<Entry> *entries)
{
    if (!map.IsMap() || map.Style() == YAML::EmitterStyle::Flow || map.size() == 0)
        return false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Mark mark = it->first.Mark();
        if (mark.line < begin || mark.line >= end || (!entries->isEmpty() && mark.line <= entries->last().line))
            return false;
        entries->append({scalarText(it->first), it->second, mark.line, mark.column, 0, 0});
    }
    for (qsizetype i = 0; i < entries->size(); ++i) {
        Entry &e = (*entries)[i];
        const int next = i + 1 < entries->size() ? entries->at(i + 1).line : end;
        e.lead = i == 0 ? begin : entries->at(i - 1).end;
        e.end = contentEnd(lines, e.line, next, e.column);
    }
    return true;
}

bool itemsOf(const YAML::Node &sequence, const QStringList &lines, int begin, int end, QList<Item> *items)
{
    if (!sequence.IsSequence() || sequence.Style() == YAML::EmitterStyle::Flow || sequence.size() == 0)
        return false;
    for (const YAML::Node &node : sequence) {
        const YAML::Mark mark = node.Mark();
        if (mark.line < begin || mark.line >= end)
            return false;
        int line = mark.line;
        int dash = -1;
        const QString &text = lines.at(line);
        for (int col = std::min<int>(mark.column, int(text.size())) - 1; col >= 0; --col) {
            if (text.at(col) == QLatin1Char('-')) {
                dash = col;
                break;
            }
            if (text.at(col) != QLatin1Char(' '))
                return false;
        }
        if (dash < 0) {
            // "-" alone on its line, the item's content below it.
            int above = line - 1;
            while (above >= begin && lines.at(above).trimmed().isEmpty())
                --above;
            if (above < begin || lines.at(above).trimmed() != QLatin1String("-"))
                return false;
            line = above;
            dash = indentOf(lines.at(above));
        }
        if (!items->isEmpty() && line <= items->last().line)
            return false;
        items->append({node, line, dash, 0, 0});
    }
    for (qsizetype i = 0; i < items->size(); ++i) {
        Item &item = (*items)[i];
        const int next = i + 1 < items->size() ? items->at(i + 1).line : end;
        item.lead = i == 0 ? begin : items->at(i - 1).end;
        item.end = contentEnd(lines, item.line, next, item.dash);
    }
    return true;
}

/// Where an end-of-line comment starts (at the whitespace before its '#') on a line whose single-line value starts
/// at `from`, or -1.
int inlineCommentStart(const QString &line, int from)
{
    int i = from;
    if (i < line.size() && (line.at(i) == QLatin1Char('\'') || line.at(i) == QLatin1Char('"'))) {
        const QChar quote = line.at(i++);
        while (i < line.size()) {
            if (quote == QLatin1Char('"') && line.at(i) == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (line.at(i) == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            ++i;
        }
    }
    for (; i + 1 < line.size(); ++i) {
        if ((line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')) && line.at(i + 1) == QLatin1Char('#')) {
            int start = i;
            while (start > from && (line.at(start - 1) == QLatin1Char(' ') || line.at(start - 1) == QLatin1Char('\t')))
                --start;
            return start;
        }
    }
    return -1;
}

class Merger
{
public:
    Merger(const QStringList &original, const QStringList &generated)
        : m_o(original)
        , m_g(generated)
    {
    }

    bool mergeMap(const YAML::Node &o, int begin, int end, const YAML::Node &g, int gBegin, int gEnd, const Context &c,
                  QStringList *out)
    {
        QList<Entry> oe;
        QList<Entry> ge;
        if (!entriesOf(o, m_o, begin, end, &oe) || !entriesOf(g, m_g, gBegin, gEnd, &ge))
            return false;
        QList<int> genForOrig(oe.size(), -1);
        QList<int> origForGen(ge.size(), -1);
        for (qsizetype j = 0; j < ge.size(); ++j) {
            const QString key = canonicalKey(c, ge.at(j).key);
            for (qsizetype i = 0; i < oe.size(); ++i) {
                if (genForOrig.at(i) < 0 && canonicalKey(c, oe.at(i).key) == key) {
                    genForOrig[i] = int(j);
                    origForGen[j] = int(i);
                    break;
                }
            }
        }
        // A new key goes after the original key that precedes it in RestGate's order.
        QHash<int, QList<int>> insertAfter;
        for (qsizetype j = 0; j < ge.size(); ++j) {
            if (origForGen.at(j) >= 0)
                continue;
            int after = 0;
            for (qsizetype p = j - 1; p >= 0; --p) {
                if (origForGen.at(p) >= 0) {
                    after = origForGen.at(p);
                    break;
                }
            }
            insertAfter[after].append(int(j));
        }
        const int column = oe.first().column;
        const bool startsAfterDash = !m_o.at(oe.first().line).left(column).trimmed().isEmpty();
        QStringList result;
        for (qsizetype i = 0; i < oe.size(); ++i) {
            const Entry &entry = oe.at(i);
            if (genForOrig.at(i) >= 0) {
                const Entry &gen = ge.at(genForOrig.at(i));
                mergeEntry(entry, gen, c.child(gen.key), &result);
            } else if (!isOwned(c, entry.key)) {
                copy(entry.lead, entry.end, &result);
            } else if (i == 0 && startsAfterDash) {
                return false; // dropping it would take the item's "-" with it
            }
            for (const int j : insertAfter.value(int(i)))
                appendShifted(ge.at(j).line, ge.at(j).end, column - ge.at(j).column, &result);
        }
        copy(oe.last().end, end, &result);
        *out += result;
        return true;
    }

    bool mergeSequence(const YAML::Node &o, int begin, int end, const YAML::Node &g, int gBegin, int gEnd,
                       const Context &c, QStringList *out)
    {
        QList<Item> oi;
        QList<Item> gi;
        if (!itemsOf(o, m_o, begin, end, &oi) || !itemsOf(g, m_g, gBegin, gEnd, &gi))
            return false;
        QStringList oPrint;
        QStringList gPrint;
        for (const Item &item : std::as_const(oi))
            oPrint.append(fingerprint(item.node, c.item(item.node)));
        for (const Item &item : std::as_const(gi))
            gPrint.append(fingerprint(item.node, c.item(item.node)));
        const QList<int> origForGen = pairItems(oi, gi, oPrint, gPrint);

        QStringList result;
        for (qsizetype j = 0; j < gi.size(); ++j) {
            const Item &gen = gi.at(j);
            const int k = origForGen.at(j);
            if (k < 0) {
                appendShifted(gen.line, gen.end, oi.first().dash - gen.dash, &result);
                continue;
            }
            const Item &orig = oi.at(k);
            if (oPrint.at(k) == gPrint.at(j)) {
                copy(orig.lead, orig.end, &result);
                continue;
            }
            QStringList merged;
            if (mergeMap(orig.node, orig.line, orig.end, gen.node, gen.line, gen.end, c.item(gen.node), &merged)) {
                copy(orig.lead, orig.line, &result);
                result += merged;
            } else {
                copy(orig.lead, orig.line, &result);
                appendShifted(gen.line, gen.end, orig.dash - gen.dash, &result);
            }
        }
        copy(oi.last().end, end, &result);
        *out += result;
        return true;
    }

private:
    void copy(int from, int to, QStringList *out) const
    {
        for (int i = from; i < to; ++i)
            out->append(m_o.at(i));
    }

    void appendShifted(int from, int to, int delta, QStringList *out) const
    {
        for (int i = from; i < to; ++i)
            out->append(shifted(m_g.at(i), delta));
    }

    static QString shifted(const QString &line, int delta)
    {
        if (line.isEmpty())
            return line;
        if (delta >= 0)
            return QString(delta, QLatin1Char(' ')) + line;
        return line.mid(std::min(-delta, indentOf(line)));
    }

    void mergeEntry(const Entry &o, const Entry &g, const Context &c, QStringList *out)
    {
        if (fingerprint(o.value, c) == fingerprint(g.value, c)) {
            copy(o.lead, o.end, out);
            return;
        }
        const bool nestedBelow = o.value.Mark().line > o.line && g.value.Mark().line > g.line;
        if (nestedBelow && o.value.IsMap() && g.value.IsMap()) {
            QStringList merged;
            if (mergeMap(o.value, o.line + 1, o.end, g.value, g.line + 1, g.end, c, &merged)) {
                copy(o.lead, o.line + 1, out);
                *out += merged;
                return;
            }
        }
        if (nestedBelow && o.value.IsSequence() && g.value.IsSequence()) {
            QStringList merged;
            if (mergeSequence(o.value, o.line + 1, o.end, g.value, g.line + 1, g.end, c, &merged)) {
                copy(o.lead, o.line + 1, out);
                *out += merged;
                return;
            }
        }
        // Rewritten from the generated text, under the key as the person spelled it and with its end-of-line
        // comment when the value stays on one line.
        copy(o.lead, o.line, out);
        const QString &origLine = m_o.at(o.line);
        const QString &genLine = m_g.at(g.line);
        const QString keyText = origLine.mid(o.column).startsWith(o.key + QLatin1Char(':')) ? o.key : g.key;
        QString first = origLine.left(o.column) + keyText + genLine.mid(g.column + g.key.size());
        const YAML::Mark valueMark = o.value.Mark();
        if (o.end == o.line + 1 && g.end == g.line + 1 && o.value.IsScalar() && valueMark.line == o.line) {
            const int comment = inlineCommentStart(origLine, valueMark.column);
            if (comment >= 0)
                first += origLine.mid(comment);
        }
        out->append(first);
        appendShifted(g.line + 1, g.end, o.column - g.column, out);
    }

    /// For each generated item, the original one it continues (or -1 for a new item): unchanged items in order
    /// first (longest common subsequence), then moved ones by content, then by name, then by position between
    /// the pairs already made.
    static QList<int> pairItems(const QList<Item> &oi, const QList<Item> &gi, const QStringList &oPrint,
                                const QStringList &gPrint)
    {
        const qsizetype n = oi.size();
        const qsizetype m = gi.size();
        QList<int> origForGen(m, -1);
        QList<int> genForOrig(n, -1);
        const auto pair = [&](qsizetype k, qsizetype j) {
            genForOrig[k] = int(j);
            origForGen[j] = int(k);
        };
        // The table is n×m; past a few million cells (thousands of tasks) pairing by content, name and position
        // below is good enough and memory stays small.
        const bool useLcs = n * m <= 4'000'000;
        QList<QList<int>> lcs(useLcs ? n + 1 : 0, QList<int>(useLcs ? m + 1 : 0, 0));
        for (qsizetype k = useLcs ? n - 1 : -1; k >= 0; --k) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[k][j] =
                    oPrint.at(k) == gPrint.at(j) ? lcs[k + 1][j + 1] + 1 : std::max(lcs[k + 1][j], lcs[k][j + 1]);
            }
        }
        for (qsizetype k = 0, j = 0; useLcs && k < n && j < m;) {
            if (oPrint.at(k) == gPrint.at(j)) {
                pair(k++, j++);
            } else if (lcs[k + 1][j] >= lcs[k][j + 1]) {
                ++k;
            } else {
                ++j;
            }
        }
        // A task is known by its displayName (its `name:` is the person's, RestGate never writes it); a connection
        // or variable set by its name.
        const auto nameOf = [](const YAML::Node &node) {
            QString name;
            if (!node.IsMap())
                return name;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = scalarText(it->first);
                if (key == QLatin1String("displayName"))
                    return scalarText(it->second);
                if (key == QLatin1String("name"))
                    name = scalarText(it->second);
            }
            return name;
        };
        for (qsizetype j = 0; j < m; ++j) {
            for (qsizetype k = 0; k < n && origForGen.at(j) < 0; ++k) {
                if (genForOrig.at(k) < 0 && oPrint.at(k) == gPrint.at(j))
                    pair(k, j);
            }
        }
        for (qsizetype j = 0; j < m; ++j) {
            const QString name = nameOf(gi.at(j).node);
            for (qsizetype k = 0; k < n && origForGen.at(j) < 0 && !name.isEmpty(); ++k) {
                if (genForOrig.at(k) < 0 && nameOf(oi.at(k).node) == name)
                    pair(k, j);
            }
        }
        for (qsizetype j = 0; j < m; ++j) {
            if (origForGen.at(j) >= 0)
                continue;
            int low = -1;
            for (qsizetype p = j - 1; p >= 0 && low < 0; --p)
                low = origForGen.at(p) >= 0 ? origForGen.at(p) : -1;
            int high = int(n);
            for (qsizetype p = j + 1; p < m; ++p) {
                if (origForGen.at(p) >= 0) {
                    high = origForGen.at(p);
                    break;
                }
            }
            for (int k = low + 1; k < high; ++k) {
                if (genForOrig.at(k) < 0) {
                    pair(k, j);
                    break;
                }
            }
        }
        return origForGen;
    }

    const QStringList &m_o;
    const QStringList &m_g;
};

QStringList splitLines(QString text, bool *crlf)
{
    if (crlf)
        *crlf = text.contains(QLatin1String("\r\n"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QString merge(const QString &original, const QString &generated)
{
    bool crlf = false;
    const QStringList o = splitLines(original, &crlf);
    const QStringList g = splitLines(generated, nullptr);
    QStringList out;
    try {
        // yaml-cpp's marks count lines from the text it was given; give it the lines we index.
        const std::string oText = o.join(QLatin1Char('\n')).toStdString();
        const std::string gText = g.join(QLatin1Char('\n')).toStdString();
        DocumentError refused;
        if (!YamlUtil::checkBeforeLoad(oText, &refused) || !YamlUtil::checkBeforeLoad(gText, &refused))
            return {};
        const YAML::Node oRoot = YAML::Load(oText);
        const YAML::Node gRoot = YAML::Load(gText);
        Merger merger(o, g);
        if (!merger.mergeMap(oRoot, 0, int(o.size()), gRoot, 0, int(g.size()), Context {}, &out))
            return {};
    } catch (const YAML::Exception &) {
        return {};
    }
    const QString newline = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return out.join(newline) + newline;
}

} // namespace RestGate::DesignMerge
