#include "app/design/azuretaskstrings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace RestGate {

namespace {

const QString directory = QStringLiteral(":/azure-task-strings");

QHash<QString, QString> readStrings(const QString &path)
{
    QHash<QString, QString> strings;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return strings;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        strings.insert(it.key(), it.value().toString());
    return strings;
}

// task.json carries zero-width spaces that Microsoft's string files drop.
QString comparable(const QString &text)
{
    return QString(text).remove(QChar(0x200B)).trimmed();
}

} // namespace

AzureTaskStrings::AzureTaskStrings(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    // Microsoft names the files by language and region (de-DE); any region of the language uses them.
    const QString prefix = QLocale::languageToCode(locale.language()) + QLatin1Char('-');
    const QStringList files = QDir(directory).entryList({prefix + QStringLiteral("*.resjson")}, QDir::Files);
    if (files.isEmpty())
        return;
    m_english = readStrings(directory + QStringLiteral("/en-US.resjson"));
    m_localized = readStrings(directory + QLatin1Char('/') + files.first());
}

TaskDefinition AzureTaskStrings::localized(const TaskDefinition &definition) const
{
    TaskDefinition shown = definition;
    if (isEmpty())
        return shown;
    for (InputDefinition &input : shown.inputs) {
        input.label = translate(QStringLiteral("loc.input.label.") + input.name, input.label);
        input.help = translate(QStringLiteral("loc.input.help.") + input.name, input.help);
    }
    for (InputGroup &group : shown.groups)
        group.displayName = translate(QStringLiteral("loc.group.displayName.") + group.name, group.displayName);
    return shown;
}

QString AzureTaskStrings::translate(const QString &key, const QString &english) const
{
    const QString translation = m_localized.value(key);
    if (translation.isEmpty() || comparable(m_english.value(key)) != comparable(english))
        return english;
    return translation;
}

} // namespace RestGate
