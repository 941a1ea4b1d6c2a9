#include "headerparser.h"

#include <QHash>
#include <QRegularExpression>

namespace RestGate {

namespace {

/// Reads the headers text with the rules of Json.NET's JsonTextReader (what the server uses), reporting errors in
/// its words: "…. Path 'a', line 3, position 4." Json.NET's position counts the characters before the offending one
/// on its line; our column is 1-based and points at it.
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {
    }

    ParsedHeaders parse()
    {
        skipSpaceAndComments();
        if (atEnd() || failed())
            return finish();
        if (peek() != QLatin1Char('{')) {
            fail(QStringLiteral("Unexpected character encountered while parsing value: %1.").arg(peek()),
                 QStringLiteral("Headers must be a JSON object: { \"Name\": \"value\" }."));
            return finish();
        }
        advance();
        while (!failed()) {
            skipSpaceAndComments();
            if (failed())
                break;
            if (atEnd()) {
                fail(QStringLiteral("Unexpected end when reading JSON."), QStringLiteral("The closing } is missing."));
                break;
            }
            if (peek() == QLatin1Char('}')) {
                advance();
                break;
            }
            const int nameLine = m_line;
            const int nameColumn = column();
            QString name;
            if (!readPropertyName(&name))
                break;
            m_path = name;
            skipSpaceAndComments();
            if (atEnd()) {
                fail(QStringLiteral("Unexpected end when reading JSON."), QStringLiteral("A value is missing."));
                break;
            }
            if (peek() != QLatin1Char(':')) {
                fail(QStringLiteral("Invalid character after parsing property name. Expected ':' but got: %1.")
                         .arg(peek()),
                     QStringLiteral("Expected ':' after the header name."));
                break;
            }
            advance();
            skipSpaceAndComments();
            QString value;
            if (!readValue(name, &value))
                break;
            // An index by folded name, not a scan of the headers so far: 100k headers must stay linear.
            const QString folded = name.toCaseFolded();
            const auto known = m_indexByName.constFind(folded);
            if (known != m_indexByName.cend()) {
                m_result.headers[*known].second = value;
                warn(nameLine, nameColumn,
                     QStringLiteral("Header '%1' is set more than once; the last value is sent.").arg(name));
            } else {
                m_indexByName.insert(folded, m_result.headers.size());
                m_result.headers.append({name, value});
            }
            skipSpaceAndComments();
            if (failed())
                break;
            if (atEnd()) {
                fail(QStringLiteral("Unexpected end when reading JSON."), QStringLiteral("The closing } is missing."));
                break;
            }
            if (peek() == QLatin1Char(',')) {
                advance();
                skipSpaceAndComments();
                if (!atEnd() && peek() == QLatin1Char('}'))
                    warn(m_line, column(),
                         QStringLiteral("A trailing comma before } is accepted by Azure DevOps "
                                        "but is not strict JSON."));
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                advance();
                break;
            }
            fail(QStringLiteral("After parsing a value an unexpected character was encountered: %1.").arg(peek()),
                 QStringLiteral("Expected ',' or '}' after the value (is a comma missing?)."));
        }
        if (!failed()) {
            m_path.clear();
            skipSpaceAndComments();
            if (!failed() && !atEnd())
                fail(QStringLiteral("Additional text encountered after finished reading JSON content: %1.").arg(peek()),
                     QStringLiteral("Nothing may follow the closing }."));
        }
        return finish();
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    bool failed() const { return !m_result.ok; }
    int column() const { return int(m_pos - m_lineStart) + 1; }

    void advance()
    {
        if (m_text.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void fail(const QString &jsonNetMessage, const QString &hint)
    {
        if (failed())
            return;
        m_result.ok = false;
        m_result.errorLine = m_line;
        m_result.errorColumn = column();
        m_result.errorOffset = m_pos;
        m_result.error = QStringLiteral("%1 Path '%2', line %3, position %4. (%5)")
                             .arg(jsonNetMessage, m_path)
                             .arg(m_line)
                             .arg(column() - 1)
                             .arg(hint);
    }

    void warn(int line, int column, const QString &message)
    {
        m_result.warnings.append({Finding::Severity::Warning, QString(), message, line, column});
    }

    void skipSpaceAndComments()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace()) {
                advance();
            } else if (c == QLatin1Char('/') && m_pos + 1 < m_text.size()
                       && (m_text.at(m_pos + 1) == QLatin1Char('/') || m_text.at(m_pos + 1) == QLatin1Char('*'))) {
                const int line = m_line;
                const int col = column();
                const bool block = m_text.at(m_pos + 1) == QLatin1Char('*');
                advance();
                advance();
                bool closed = !block;
                while (!atEnd()) {
                    if (!block && peek() == QLatin1Char('\n'))
                        break;
                    if (block && peek() == QLatin1Char('*') && m_pos + 1 < m_text.size()
                        && m_text.at(m_pos + 1) == QLatin1Char('/')) {
                        advance();
                        advance();
                        closed = true;
                        break;
                    }
                    advance();
                }
                if (!closed) {
                    fail(QStringLiteral("Unexpected end while parsing comment."),
                         QStringLiteral("The /* comment is "
                                        "not closed."));
                    return;
                }
                warn(line, col, QStringLiteral("Comments are accepted by Azure DevOps but are not strict JSON."));
            } else {
                return;
            }
        }
    }

    static bool isIdentifierChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
    }

    bool readPropertyName(QString *name)
    {
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                warn(m_line, column(),
                     QStringLiteral("Single-quoted names are accepted by Azure DevOps but are not "
                                    "strict JSON."));
            return readString(name);
        }
        if (!isIdentifierChar(c)) {
            fail(QStringLiteral("Invalid property identifier character: %1.").arg(c),
                 QStringLiteral("Header names must be in double quotes."));
            return false;
        }
        const int line = m_line;
        const int col = column();
        while (!atEnd() && isIdentifierChar(peek())) {
            *name += peek();
            advance();
        }
        if (!atEnd() && !peek().isSpace() && peek() != QLatin1Char(':')) {
            fail(QStringLiteral("Invalid JavaScript property identifier character: %1.").arg(peek()),
                 QStringLiteral("Put the header name in double quotes: \"%1%2…\".").arg(*name, peek()));
            return false;
        }
        warn(line, col,
             QStringLiteral("The unquoted name %1 is accepted by Azure DevOps but is not strict JSON.").arg(*name));
        return true;
    }

    bool readString(QString *out)
    {
        const QChar quote = peek();
        advance();
        while (true) {
            if (atEnd()) {
                fail(QStringLiteral("Unterminated string. Expected delimiter: %1.").arg(quote),
                     QStringLiteral("A closing %1 is missing.").arg(quote));
                return false;
            }
            const QChar c = peek();
            if (c == quote) {
                advance();
                return true;
            }
            if (c == QLatin1Char('\\')) {
                advance();
                if (atEnd())
                    continue;
                const QChar e = peek();
                switch (e.unicode()) {
                case '"':
                case '\'':
                case '\\':
                case '/':
                    *out += e;
                    break;
                case 'b':
                    *out += QLatin1Char('\b');
                    break;
                case 'f':
                    *out += QLatin1Char('\f');
                    break;
                case 'n':
                    *out += QLatin1Char('\n');
                    break;
                case 'r':
                    *out += QLatin1Char('\r');
                    break;
                case 't':
                    *out += QLatin1Char('\t');
                    break;
                case 'u': {
                    const QString hex = m_text.mid(m_pos + 1, 4);
                    bool ok = false;
                    const ushort code = hex.toUShort(&ok, 16);
                    if (!ok || hex.size() < 4) {
                        fail(QStringLiteral("Invalid Unicode escape sequence: \\u%1.").arg(hex),
                             QStringLiteral("\\u needs four hexadecimal digits."));
                        return false;
                    }
                    *out += QChar(code);
                    for (int i = 0; i < 4; ++i)
                        advance();
                    break;
                }
                default:
                    fail(QStringLiteral("Bad JSON escape sequence: \\%1.").arg(e),
                         QStringLiteral("Write a backslash as \\\\."));
                    return false;
                }
                advance();
                continue;
            }
            *out += c;
            advance();
        }
    }

    bool readValue(const QString &name, QString *value)
    {
        if (atEnd()) {
            fail(QStringLiteral("Unexpected end when reading JSON."), QStringLiteral("A value is missing."));
            return false;
        }
        const QChar c = peek();
        const int line = m_line;
        const int col = column();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                warn(line, col,
                     QStringLiteral("Single-quoted values are accepted by Azure DevOps but are not strict "
                                    "JSON."));
            return readString(value);
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            fail(QStringLiteral("Unexpected character encountered while parsing value: %1.").arg(c),
                 QStringLiteral("Header '%1' must be text, not %2.")
                     .arg(name, c == QLatin1Char('{') ? QStringLiteral("an object") : QStringLiteral("a list")));
            return false;
        }
        // Numbers, true/false/null and other bare words: Json.NET reads these as values; the header gets their text.
        QString word;
        while (!atEnd() && !peek().isSpace() && peek() != QLatin1Char(',') && peek() != QLatin1Char('}')
               && peek() != QLatin1Char('/')) {
            word += peek();
            advance();
        }
        static const QRegularExpression number(QStringLiteral(R"(^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$)"));
        const bool known = word == QLatin1String("true") || word == QLatin1String("false")
            || word == QLatin1String("null") || number.match(word).hasMatch();
        if (!known) {
            m_pos -= word.size();
            fail(QStringLiteral("Unexpected character encountered while parsing value: %1.").arg(word.left(1)),
                 QStringLiteral("Put the value of '%1' in double quotes.").arg(name));
            return false;
        }
        *value = word == QLatin1String("null") ? QString() : word;
        warn(line, col,
             QStringLiteral("The value of '%1' is %2, not text; it is sent as '%3'. Quote it to be sure.")
                 .arg(name,
                      word == QLatin1String("null") ? QStringLiteral("null")
                                                    : QStringLiteral("a JSON "
                                                                     "literal"),
                      *value));
        return true;
    }

    ParsedHeaders finish()
    {
        if (failed())
            m_result.headers.clear();
        return m_result;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    QString m_path;
    ParsedHeaders m_result;
    QHash<QString, qsizetype> m_indexByName;
};

} // namespace

ParsedHeaders HeaderParser::parse(const QString &text)
{
    return Reader(text).parse();
}

} // namespace RestGate
