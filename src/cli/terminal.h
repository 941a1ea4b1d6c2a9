#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace RestGate::Cli {

enum class ColorMode
{
    Auto, ///< colour when standard output is a terminal and NO_COLOR is not set
    Always, ///< colour even into a pipe or file, and despite NO_COLOR (an explicit flag wins, as no-color.org asks)
    Never,
};

/// Colour for the words a reader scans for: verdicts (PASSED green, FAILED red, ...) and eval's true/false. Only
/// standard output is coloured, and only after CommandLine::parse() has settled --color; until then nothing is.
class Terminal final
{
    Q_DECLARE_TR_FUNCTIONS(RestGate::Cli::Terminal)

public:
    ///     "auto" -> Auto, "always" -> Always, "never" -> Never; anything else: false
    static bool parseColorMode(const QString &text, ColorMode *mode);

    /// Decides for this process, from the mode, whether standard output is a terminal, NO_COLOR and TERM.
    static void setColorMode(ColorMode mode);
    static bool colorsStandardOutput();

    /// The decision itself: NO_COLOR counts when set to anything but the empty string; TERM=dumb has no colours.
    static bool shouldColor(ColorMode mode, bool outputIsTerminal, const QByteArray &noColor, const QByteArray &term);

    /// A verdict word for standard output, coloured when colour is on:
    ///     "PASSED" -> "\e[1;32mPASSED\e[0m", "FAILED" -> "\e[1;31mFAILED\e[0m", "true" -> green, "false" -> red
    /// Words without a colour of their own come back unchanged.
    static QString verdict(const QString &word);
};

} // namespace RestGate::Cli
