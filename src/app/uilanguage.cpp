#include "app/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <optional>

namespace RestGate {

namespace {

const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString catalogueName = QStringLiteral("restgate");
const QString settingKey = QStringLiteral("ui/language");

/// The language a code names, or nothing when it is not one RestGate speaks. QLocale reads "fr", "fr_FR" and
/// "fr-FR" alike and turns anything it does not know into the C locale, which no catalogue matches.
std::optional<QLocale> localeFor(const QString &code)
{
    const QLocale locale(code);
    for (const QString &language : UiLanguage::available()) {
        if (locale.language() == QLocale(language).language())
            return locale;
    }
    return std::nullopt;
}

} // namespace

QStringList UiLanguage::available()
{
    QStringList languages {QStringLiteral("en")};
    const QString prefix = catalogueName + QLatin1Char('_');
    const QStringList files =
        QDir(catalogueDirectory).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    languages.sort();
    return languages;
}

QString UiLanguage::nativeName(const QString &code)
{
    // QLocale names the bare "en" after its default territory ("American English"); the source text is just English.
    if (QLocale(code).language() == QLocale::English)
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    // French names its language in lower case mid-sentence; in a list it starts with a capital like the others.
    return name.left(1).toUpper() + name.mid(1);
}

QString UiLanguage::saved()
{
    return QSettings().value(settingKey).toString();
}

void UiLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey);
    else
        settings.setValue(settingKey, code);
}

QString UiLanguage::requested(const QStringList &arguments, const QString &environmentValue)
{
    const QString option = QStringLiteral("--lang");
    const QString optionWithValue = option + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(optionWithValue))
            return argument.mid(optionWithValue.size());
        // A missing value is QCommandLineParser's to report; it knows the option too.
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return environmentValue;
}

bool UiLanguage::install(const QString &code)
{
    const std::optional<QLocale> chosen = code.isEmpty() ? std::nullopt : localeFor(code);
    // Dates and numbers follow the language the user asked for, not only the words.
    if (chosen)
        QLocale::setDefault(*chosen);
    // The system locale itself, not a copy: its uiLanguages() carry the user's whole preference list ($LANGUAGE).
    const QLocale locale = chosen.value_or(QLocale::system());
    // English has no catalogue: it is the source text, so "--lang en" loads nothing and shows the strings as written.
    if (m_restgate.load(locale, catalogueName, QStringLiteral("_"), catalogueDirectory))
        QCoreApplication::installTranslator(&m_restgate);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return code.isEmpty() || chosen.has_value();
}

} // namespace RestGate
