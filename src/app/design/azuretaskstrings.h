#pragma once

#include "core/design/taskdefinition.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace RestGate {

/// Azure DevOps' own translation of the InvokeRESTAPI@1 input labels, help texts and group name
/// (resources/azure-task-strings, from Microsoft's azure-pipelines-tasks), for one language. A translation is used
/// only for the English wording it was made from; InvokeRESTAPI@0 and any text Microsoft has reworded since go
/// through RestGate's own catalogue (context RestGate::TaskDefinition) instead of a translation of something else.
class AzureTaskStrings final
{
public:
    /// The strings for `locale`'s language; none for English or a language Microsoft's files do not cover.
    explicit AzureTaskStrings(const QLocale &locale = QLocale());

    /// True when Microsoft's files cover the language.
    bool isEmpty() const { return m_localized.isEmpty(); }

    /// `definition` with every label, help text and group name translated, by Azure DevOps where it words the
    /// English the same, else by the installed catalogue; the rest (names, options, defaults, rules) untouched.
    TaskDefinition localized(const TaskDefinition &definition) const;

private:
    QString translate(const QString &key, const QString &english) const;

    QHash<QString, QString> m_english;
    QHash<QString, QString> m_localized;
};

} // namespace RestGate
