#include "app/design/azuretaskstrings.h"

#include <QCoreApplication>
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

// What Microsoft does not translate, for lupdate: InvokeRESTAPI@0's own wording and the Completion event help that
// Microsoft reworded since. These go through RestGate's catalogue (the U+200B the task ships is left out here).
[[maybe_unused]] const char *const ownCatalogueStrings[] = {
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition", "Completion Options"),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition", "Generic endpoint"),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition",
                      "Select a generic endpoint that should be used to pick the url and construct authorization "
                      "header for the http request."),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition", "Select the http method with which the API should be invoked with."),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition", "Url suffix string"),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition",
                      "Given string append to the url. Example: If endpoint url is "
                      "https:...TestProj/_apis/Release/releases and url suffix is /2/environments/1, endpoint url "
                      "becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If url suffix is "
                      "?definitionId=1&releaseCount=1 then endpoint url becomes "
                      "https//...TestProj/_apis/Release/releases?definitionId=1&releaseCount=1."),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition", "Complete based on"),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition",
                      "Default value \"ApiResponse\". Available values :  \"ApiResponse\", \"Callback\" call where the "
                      "REST API calls back to update the timeline record."),
    QT_TRANSLATE_NOOP("RestGate::TaskDefinition",
                      "Criteria which defines when to pass the task. No criteria means response content does not "
                      "influence the result. Example:- For response {\"status\" : \"successful\"}, the expression "
                      "can be eq(root['status'], 'successful'). [More Information]"
                      "(https://go.microsoft.com/fwlink/?linkid=842996)"),
};

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
    if (!translation.isEmpty() && comparable(m_english.value(key)) == comparable(english))
        return translation;
    const QString source = comparable(english);
    if (source.isEmpty())
        return english;
    const QString own = QCoreApplication::translate("RestGate::TaskDefinition", source.toUtf8().constData());
    return own == source ? english : own;
}

} // namespace RestGate
