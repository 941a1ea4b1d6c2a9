#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace RestGate::Cli {

/// A positional argument as the help and the completion scripts show it.
struct PositionalArgument
{
    QString name; ///< "DESIGN"
    QString description;
    QString syntax; ///< what the usage line shows, e.g. "[--] EXPRESSION"; empty: the name
};

/// Everything a command accepts: what the help text, the completion scripts and the man pages are made from.
struct CommandSpec
{
    QString command; ///< "run"
    QList<QCommandLineOption> options; ///< -h/--help first
    QList<PositionalArgument> arguments;
};

/// The one command-line front every subcommand uses, so that all of them read the same way:
///     Usage: restgate-cli COMMAND [OPTIONS] ARGUMENTS...
/// -h/--help everywhere, errors as "restgate-cli COMMAND: message" with exit status 2, and an unknown option
/// answered with the closest real one ("did you mean --format?").
///
/// A command builds one, adds its options, and returns early when parse() says so:
///     CommandLine parser(QStringLiteral("export"), description);
///     parser.addOption(asOption);
///     if (const auto exitCode = parser.parse(arguments))
///         return *exitCode;
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(RestGate::Cli::CommandLine)

public:
    explicit CommandLine(const QString &command, const QString &description = {});

    /// What the command does: the help's first paragraphs (QCommandLineParser's name, so a parser swaps in).
    void setApplicationDescription(const QString &description);

    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {});
    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    /// --color auto|always|never for commands that colour their output; parse() hands the choice to Terminal.
    void addColorOption();
    /// Text after the option list (output, exit status, examples); help2man makes "Heading:" lines sections.
    void setEpilog(const QString &text);
    /// Added to the message for an option this command does not have, when no real option is close to it.
    void setUnknownOptionHint(const QString &hint);

    /// How many of `arguments` are this command's own options (with their values), up to the first word that is
    /// not one, or past "--". For commands whose remaining words carry options of their own (import-curl).
    qsizetype leadingOptionCount(const QStringList &arguments) const;

    /// Parses `arguments` (without the program name and command word). Returns the exit status when the command
    /// is done already: 0 after printing the help, 2 after a usage error on stderr. nullopt: carry on.
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    QString helpText() const;
    /// Prints "restgate-cli COMMAND: message" and where to find the usage on stderr; returns the usage exit status.
    int usageError(const QString &message) const;
    /// "restgate-cli run"
    QString qualifiedName() const;
    CommandSpec spec() const { return m_spec; }

    /// The options and arguments of a command, found by running it in a mode where its parse() records them and
    /// returns at once: the tables stay in the command that reads them, and nothing else has to repeat them.
    static CommandSpec describe(const std::function<int(const QStringList &)> &command);

    /// The candidates closest to a mistyped word (edit distance; a unique prefix also counts), best first:
    ///     "formt", {"--format", "--trace"}  ->  {"--format"}
    ///     "v", {"-V", "--verbose"}          ->  {"-V"}   (a difference of case only is the closest)
    static QStringList closestMatches(const QString &word, const QStringList &candidates);
    ///     "format" -> "--format", "o" -> "-o"
    static QString spelling(const QString &optionName);
    /// "; did you mean --format?" or empty.
    static QString didYouMean(const QString &word, const QStringList &candidates);

    /// `text`, a number of seconds, as whole milliseconds (at least 1 unless `seconds` is 0) when it lies in
    /// [minSeconds, maxSeconds] — or (minSeconds, maxSeconds] when `minExclusive`. NaN, infinities and values the
    /// int a timer takes cannot hold never do. What every "seconds" option of the CLI takes.
    static std::optional<int> secondsAsMilliseconds(const QString &text, double minSeconds, double maxSeconds,
                                                    bool minExclusive);

private:
    QString unknownOptionMessage() const;
    QStringList optionSpellings() const;
    const QCommandLineOption *findOption(const QString &spelling) const;

    QString m_description;
    QString m_epilog;
    QString m_unknownOptionHint;
    QStringList m_arguments;
    CommandSpec m_spec;
    QCommandLineParser m_parser;
    bool m_hasColorOption = false;
};

} // namespace RestGate::Cli
