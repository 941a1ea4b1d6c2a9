#include "cli/terminal.h"

#include <unistd.h>

#include <cstdio>

namespace RestGate::Cli {

namespace {

bool colorOn = false;

const char *colorOf(const QString &word)
{
    static const struct
    {
        const char *word;
        const char *sgr;
    } colors[] = {
        {"PASSED", "1;32"},    {"true", "1;32"},          {"FAILED", "1;31"},    {"false", "1;31"},   {"ERROR", "1;31"},
        {"TIMED OUT", "1;31"}, {"NOT COMPLETED", "1;33"}, {"CANCELLED", "1;33"}, {"SKIPPED", "1;33"},
    };
    for (const auto &color : colors) {
        if (word == QLatin1String(color.word))
            return color.sgr;
    }
    return nullptr;
}

} // namespace

bool Terminal::parseColorMode(const QString &text, ColorMode *mode)
{
    if (text == QLatin1String("auto"))
        *mode = ColorMode::Auto;
    else if (text == QLatin1String("always"))
        *mode = ColorMode::Always;
    else if (text == QLatin1String("never"))
        *mode = ColorMode::Never;
    else
        return false;
    return true;
}

bool Terminal::shouldColor(ColorMode mode, bool outputIsTerminal, const QByteArray &noColor, const QByteArray &term)
{
    switch (mode) {
    case ColorMode::Always:
        return true;
    case ColorMode::Never:
        return false;
    case ColorMode::Auto:
        break;
    }
    return outputIsTerminal && noColor.isEmpty() && term != "dumb";
}

void Terminal::setColorMode(ColorMode mode)
{
    colorOn = shouldColor(mode, ::isatty(STDOUT_FILENO) == 1, qgetenv("NO_COLOR"), qgetenv("TERM"));
}

bool Terminal::colorsStandardOutput()
{
    return colorOn;
}

QString Terminal::verdict(const QString &word)
{
    const char *sgr = colorOn ? colorOf(word) : nullptr;
    if (!sgr)
        return word;
    return QStringLiteral("\x1b[") + QLatin1String(sgr) + u'm' + word + QStringLiteral("\x1b[0m");
}

} // namespace RestGate::Cli
