#pragma once

#include <QLocale>
#include <QString>

namespace RestGate {

/// The locale in which numbers inside messages are written: that of the installed translation (QLocale() itself when
/// it speaks the same language, so a territory's conventions stay), else English. A German catalogue with an English
/// system locale still reads "0,5 Sekunden", and untranslated English text never gets a decimal comma. Group
/// separators are left out: a byte count reads the same as in a header or a log. Machine output uses
/// QString::number, never this.
QLocale shownLocale();

/// One message in two forms: `english` for what programs and the agent's log read (the error field, JSON, JUnit),
/// `shown` in the user's language for what people read (reasons, findings). Built from a QT_TRANSLATE_NOOP source:
///
///     DisplayText::translate("TaskRunner", "Cut at %1 bytes.").arg(qint64(1500))
///         -> english "Cut at 1500 bytes.", shown (German catalogue) "Bei 1500 Bytes abgeschnitten."
class DisplayText
{
public:
    DisplayText() = default;
    DisplayText(const QString &english, const QString &shown)
        : english(english)
        , shown(shown)
    {
    }

    static DisplayText translate(const char *context, const char *source);

    DisplayText arg(const QString &a) const;
    DisplayText arg(const QString &a, const QString &b) const;
    DisplayText arg(const QString &a, const QString &b, const QString &c) const;
    DisplayText arg(const DisplayText &a) const;
    DisplayText arg(const DisplayText &a, const DisplayText &b) const;
    DisplayText arg(qint64 number) const;
    DisplayText arg(int number) const { return arg(qint64(number)); }
    DisplayText arg(double number) const;

    QString english;
    QString shown;
};

} // namespace RestGate
