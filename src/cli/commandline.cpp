#include "cli/commandline.h"

#include "cli/commands.h"
#include "cli/terminal.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace RestGate::Cli {

namespace {

constexpr qsizetype HelpWidth = 80;
constexpr qsizetype MaxLabelWidth = 30;

/// Set while describe() runs a command: its parse() records the spec here and returns.
CommandSpec *describing = nullptr;

QString withoutDashes(const QString &spelling)
{
    qsizetype start = 0;
    while (start < spelling.size() && start < 2 && spelling.at(start) == u'-')
        ++start;
    return spelling.mid(start);
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1 (the
/// usual typos: "fromat", "jnuit").
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

/// Wraps each line of `text` at `width` columns, the continuation lines indented by `indent` spaces.
QString wrapped(const QString &text, qsizetype indent, qsizetype width)
{
    QString result;
    const QString padding(indent, u' ');
    const QStringList lines = text.split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        if (l > 0) {
            result += u'\n';
            result += padding;
        }
        qsizetype column = 0;
        const QStringList words = lines.at(l).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (column > 0 && column + 1 + word.size() > width) {
                result += u'\n';
                result += padding;
                column = 0;
            } else if (column > 0) {
                result += u' ';
                ++column;
            }
            result += word;
            column += word.size();
        }
    }
    return result;
}

QString optionLabel(const QCommandLineOption &option)
{
    QStringList shortNames;
    QStringList longNames;
    for (const QString &name : option.names())
        (name.size() == 1 ? shortNames : longNames).append(CommandLine::spelling(name));
    QString label = shortNames.join(QStringLiteral(", "));
    if (!longNames.isEmpty())
        label += (label.isEmpty() ? QStringLiteral("    ") : QStringLiteral(", ")) + longNames.join(u", ");
    if (!option.valueName().isEmpty())
        label += QStringLiteral(" <") + option.valueName() + u'>';
    return label;
}

/// Two columns: labels, then their descriptions wrapped beside them (under them when a label is too long).
void writeTable(QTextStream &out, const QList<std::pair<QString, QString>> &rows)
{
    qsizetype labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, std::min(row.first.size(), MaxLabelWidth));
    const qsizetype indent = 2 + labelWidth + 2;
    for (const auto &[label, description] : rows) {
        out << "  " << label;
        if (label.size() > labelWidth)
            out << '\n' << QString(indent, u' ');
        else
            out << QString(labelWidth - label.size() + 2, u' ');
        out << wrapped(description, indent, HelpWidth - indent) << '\n';
    }
}

} // namespace

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_description(description)
{
    m_spec.command = command;
    addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help.")));
}

void CommandLine::setApplicationDescription(const QString &description)
{
    m_description = description;
}

void CommandLine::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_spec.arguments.append({name.toUpper(), description, syntax});
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_spec.options.append(option);
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        addOption(option);
}

void CommandLine::addColorOption()
{
    addOption(QCommandLineOption(QStringLiteral("color"),
                                 tr("Colour the verdicts: auto (on a terminal, unless NO_COLOR is set), always or "
                                    "never."),
                                 QStringLiteral("auto|always|never"), QStringLiteral("auto")));
    m_hasColorOption = true;
}

void CommandLine::setEpilog(const QString &text)
{
    m_epilog = text;
}

void CommandLine::setUnknownOptionHint(const QString &hint)
{
    m_unknownOptionHint = hint;
}

QString CommandLine::qualifiedName() const
{
    return QStringLiteral("restgate-cli ") + m_spec.command;
}

const QCommandLineOption *CommandLine::findOption(const QString &spelling) const
{
    const bool isLong = spelling.startsWith(QLatin1String("--"));
    const QString name = withoutDashes(spelling);
    for (const QCommandLineOption &option : m_spec.options) {
        if (option.names().contains(name) && (isLong == (name.size() > 1)))
            return &option;
    }
    return nullptr;
}

qsizetype CommandLine::leadingOptionCount(const QStringList &arguments) const
{
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1;
        const qsizetype equals = argument.indexOf(u'=');
        const bool inlineValue = argument.startsWith(QLatin1String("--")) && equals > 0;
        const QCommandLineOption *option = findOption(inlineValue ? argument.left(equals) : argument);
        if (!option || !argument.startsWith(u'-'))
            return i;
        i += (option->valueName().isEmpty() || inlineValue) ? 1 : 2;
    }
    return std::min(i, arguments.size());
}

QStringList CommandLine::optionSpellings() const
{
    QStringList spellings;
    for (const QCommandLineOption &option : m_spec.options) {
        for (const QString &name : option.names())
            spellings.append(spelling(name));
    }
    return spellings;
}

QString CommandLine::unknownOptionMessage() const
{
    const QString name = m_parser.unknownOptionNames().constFirst();
    QString typed = spelling(name);
    QString suggestion;
    if (name.size() == 1) {
        // Qt reads "-task" as the short options -t -a -s -k; the user most likely meant --task.
        for (const QString &argument : m_arguments) {
            if (argument.startsWith(u'-') && !argument.startsWith(QLatin1String("--")) && argument.size() > 2
                && argument.contains(name)) {
                typed = argument.section(u'=', 0, 0);
                const QString asLong = QStringLiteral("-") + typed;
                if (findOption(asLong))
                    suggestion = tr("; did you mean %1?").arg(asLong);
                break;
            }
        }
    }
    if (suggestion.isEmpty())
        suggestion = didYouMean(typed, optionSpellings());
    if (suggestion.isEmpty() && !m_unknownOptionHint.isEmpty())
        suggestion = QStringLiteral(" (") + m_unknownOptionHint + u')';
    return tr("unknown option '%1'").arg(typed) + suggestion;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (describing) {
        *describing = m_spec;
        return ExitSuccess;
    }
    m_arguments = arguments;
    if (!m_parser.parse(QStringList {qualifiedName()} + arguments)) {
        if (!m_parser.unknownOptionNames().isEmpty())
            return usageError(unknownOptionMessage());
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream out(stdout);
        out << helpText();
        return ExitSuccess;
    }
    if (m_hasColorOption) {
        ColorMode mode = ColorMode::Auto;
        const QString value = m_parser.value(QStringLiteral("color"));
        if (!Terminal::parseColorMode(value, &mode))
            return usageError(tr("--color takes auto, always or never, not '%1'").arg(value));
        Terminal::setColorMode(mode);
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage:") << ' ' << qualifiedName() << ' ' << tr("[OPTIONS]");
    for (const PositionalArgument &argument : m_spec.arguments)
        out << ' ' << (argument.syntax.isEmpty() ? argument.name : argument.syntax);
    out << "\n\n" << wrapped(m_description, 0, HelpWidth) << "\n\n" << tr("Options:") << '\n';
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : m_spec.options) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({optionLabel(option), option.description()});
    }
    writeTable(out, rows);
    if (!m_spec.arguments.isEmpty()) {
        rows.clear();
        for (const PositionalArgument &argument : m_spec.arguments)
            rows.append({argument.name, argument.description});
        out << '\n' << tr("Arguments:") << '\n';
        writeTable(out, rows);
    }
    if (!m_epilog.isEmpty())
        out << '\n' << m_epilog << (m_epilog.endsWith(u'\n') ? "" : "\n");
    out.flush();
    return text;
}

int CommandLine::usageError(const QString &message) const
{
    QTextStream err(stderr);
    err << qualifiedName() << ": " << message << '\n' << tr("Run '%1 --help' for usage.").arg(qualifiedName()) << '\n';
    return ExitUsage;
}

CommandSpec CommandLine::describe(const std::function<int(const QStringList &)> &command)
{
    CommandSpec spec;
    describing = &spec;
    command({});
    describing = nullptr;
    return spec;
}

QStringList CommandLine::closestMatches(const QString &word, const QStringList &candidates)
{
    const QString typed = withoutDashes(word).toLower();
    if (typed.isEmpty())
        return {};
    qsizetype best = std::numeric_limits<qsizetype>::max();
    QStringList matches;
    for (const QString &candidate : candidates) {
        const QString name = withoutDashes(candidate).toLower();
        qsizetype distance = editDistance(typed, name);
        // A single letter is only "close" to itself in the other case: every other letter is one edit away.
        const qsizetype allowed = name.size() <= 1 ? 0 : std::max<qsizetype>(1, name.size() / 3);
        if (distance > 1 && typed.size() >= 3 && name.startsWith(typed))
            distance = 1;
        if (distance > allowed || distance > best)
            continue;
        if (distance < best) {
            best = distance;
            matches.clear();
        }
        if (!matches.contains(candidate))
            matches.append(candidate);
    }
    return matches;
}

QString CommandLine::spelling(const QString &optionName)
{
    return (optionName.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + optionName;
}

std::optional<int> CommandLine::secondsAsMilliseconds(const QString &text, double minSeconds, double maxSeconds,
                                                      bool minExclusive)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // Written so that NaN fails every comparison; maxSeconds keeps the product inside an int.
    const bool aboveMin = minExclusive ? seconds > minSeconds : seconds >= minSeconds;
    if (!ok || !aboveMin || !(seconds <= maxSeconds) || !(maxSeconds * 1000 <= double(std::numeric_limits<int>::max())))
        return std::nullopt;
    const int ms = int(seconds * 1000);
    return seconds > 0 ? qMax(1, ms) : 0;
}

QString CommandLine::didYouMean(const QString &word, const QStringList &candidates)
{
    QStringList matches = closestMatches(word, candidates);
    if (matches.isEmpty())
        return {};
    matches = matches.mid(0, 3);
    const QString last = matches.takeLast();
    const QString list = matches.isEmpty() ? last : tr("%1 or %2").arg(matches.join(QStringLiteral(", ")), last);
    return tr("; did you mean %1?").arg(list);
}

} // namespace RestGate::Cli
