#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace RestGate {

/// The language of the window and of the program's command-line help. It has to be settled before the first
/// translated string is built, so main() asks for it ahead of QCommandLineParser:
/// `restgate --lang fr` beats `RESTGATE_LANG=fr restgate`, which beats the language chosen in Preferences, which beats
/// the system locale.
class UiLanguage final
{
    Q_DISABLE_COPY_MOVE(UiLanguage)

public:
    UiLanguage() = default;

    /// The languages there is a catalogue for, plus "en" (the untranslated strings), sorted: de, en, fr, ja.
    static QStringList available();

    /// The language in its own words, for a chooser a user of that language can read: "de" → "Deutsch",
    /// "fr" → "Français", "ja" → "日本語", "en" → "English".
    static QString nativeName(const QString &code);

    /// The language chosen in Edit ▸ Preferences for the next start; empty for the system's.
    static QString saved();
    static void save(const QString &code);

    /// The value of the first `--lang xx` or `--lang=xx` in the program's arguments (before a lone "--"), else
    /// `environmentValue`; empty when neither asks for a language.
    ///   {"restgate", "--lang=ja"}, "fr" → "ja"      {"restgate"}, "fr" → "fr"
    static QString requested(const QStringList &arguments, const QString &environmentValue);

    /// Installs RestGate's and Qt's translations for `code` ("fr", "fr_FR", "ja-JP", …) and makes its locale the
    /// default one. An empty code means the system locale. A code with no catalogue installs the system locale's
    /// and returns false, so the caller can say so in a language the user reads.
    bool install(const QString &code);

private:
    QTranslator m_restgate;
    QTranslator m_qt;
};

} // namespace RestGate
