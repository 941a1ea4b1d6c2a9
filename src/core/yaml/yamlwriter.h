#pragma once

#include <QString>
#include <QStringList>

namespace RestGate {

/// Writes YAML text by hand, because a task step must come out exactly as a person would paste it into a
/// pipeline: canonical key order, strings that read back byte for byte in any YAML parser, and block scalars for
/// multi-line headers and bodies.
///
///     YamlWriter w;  w.beginMapping("inputs");  w.scalar("method", "GET");  w.endMapping();
///     -> "inputs:\n  method: GET\n"
class YamlWriter
{
public:
    explicit YamlWriter(int indentWidth = 2);

    /// `key: value` at the current level.
    void scalar(const QString &key, const QString &value);
    /// `key: true|false` / `key: 5` — for step properties whose schema type is boolean or integer.
    void plain(const QString &key, const QString &token);
    /// `key:` and a nested mapping on the lines below.
    void beginMapping(const QString &key);
    void endMapping();
    /// `key:` and a block sequence below.
    void beginSequence(const QString &key);
    void endSequence();
    /// Starts the next sequence item (`- `); the following scalar/beginMapping lines belong to that item.
    void beginItem();
    void endItem();
    void comment(const QString &text);
    void blankLine();

    QString text() const { return m_text; }

    /// The text to put after `key: ` for `value` (possibly a block scalar whose lines follow, indented for
    /// `contentIndent`). Chooses, in order: plain when unambiguous, a literal block for multi-line text, single
    /// quotes, double quotes with escapes for control characters.
    static QString formatScalar(const QString &value, int contentIndent);
    /// `key` as a mapping key: plain when unambiguous, else quoted like a value (never a block scalar).
    static QString formatKey(const QString &key);
    /// True when `value` can stand unquoted and still read back as exactly that string.
    static bool isPlainSafe(const QString &value);

private:
    void writeKey(const QString &key);
    QString prefix();

    static constexpr qsizetype maxImplicitKeyBytes = 1024;

    int m_indentWidth;
    int m_level = 0;
    bool m_pendingItem = false; ///< the next line starts with "- "
    QList<int> m_itemLevels;
    QString m_text;
};

} // namespace RestGate
