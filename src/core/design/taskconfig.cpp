#include "core/design/taskconfig.h"

#include "core/design/visibilityrule.h"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>

namespace RestGate {

namespace {
quint64 nextInstanceKey()
{
    static std::atomic<quint64> counter {0};
    return ++counter;
}
} // namespace

TaskConfig::TaskConfig(const TaskDefinition &definition)
    : m_definition(&definition)
    , m_instanceKey(nextInstanceKey())
{
}

void TaskConfig::renewInstanceKey()
{
    m_instanceKey = nextInstanceKey();
}

QStringList TaskConfig::setDefinition(const TaskDefinition &definition)
{
    QStringList dropped;
    QList<QPair<QString, QString>> kept;
    for (const auto &[name, value] : std::as_const(m_inputs)) {
        if (definition.input(name)) {
            kept.append({name, value});
            continue;
        }
        const InputDefinition *old = m_definition->input(name);
        dropped.append(QStringLiteral("%1 (%2)").arg(old ? old->label : name, value));
    }
    m_inputs = kept;
    m_definition = &definition;
    return dropped;
}

qsizetype TaskConfig::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        if (m_inputs.at(i).first == name)
            return i;
    }
    return -1;
}

QString TaskConfig::input(const QString &nameOrAlias) const
{
    const InputDefinition *definition = m_definition->input(nameOrAlias);
    if (!definition)
        return {};
    const qsizetype i = indexOf(definition->name);
    return i >= 0 ? m_inputs.at(i).second : definition->defaultValue;
}

bool TaskConfig::isSet(const QString &nameOrAlias) const
{
    const InputDefinition *definition = m_definition->input(nameOrAlias);
    return definition && indexOf(definition->name) >= 0;
}

bool TaskConfig::setInput(const QString &nameOrAlias, const QString &value)
{
    const InputDefinition *definition = m_definition->input(nameOrAlias);
    if (!definition)
        return false;
    const qsizetype i = indexOf(definition->name);
    if (i >= 0) {
        m_inputs[i].second = value;
        return true;
    }
    // Keep the definition's order, so equal tasks compare equal and write out the same whatever the order of edits.
    const auto rankOf = [this](const InputDefinition *d) { return d - m_definition->inputs.constData(); };
    const qsizetype rank = rankOf(definition);
    qsizetype at = 0;
    while (at < m_inputs.size() && rankOf(m_definition->input(m_inputs.at(at).first)) < rank)
        ++at;
    m_inputs.insert(at, {definition->name, value});
    return true;
}

void TaskConfig::unsetInput(const QString &nameOrAlias)
{
    const InputDefinition *definition = m_definition->input(nameOrAlias);
    if (!definition)
        return;
    const qsizetype i = indexOf(definition->name);
    if (i >= 0)
        m_inputs.removeAt(i);
}

bool TaskConfig::isVisible(const QString &inputName) const
{
    const InputDefinition *definition = m_definition->input(inputName);
    if (!definition)
        return false;
    return VisibleRule::evaluate(definition->visibleRule, [this](const QString &name) { return input(name); });
}

QString TaskConfig::connectionInputName() const
{
    // @1 resolves its endpoint as TaskInputs[TaskInputs['connectedServiceNameSelector']]; @0 has only the generic one.
    if (const InputDefinition *selector = m_definition->input(QString::fromUtf16(Inputs::connectionType))) {
        const QString selected = input(selector->name);
        if (const InputDefinition *target = m_definition->input(selected))
            return target->name;
    }
    return QString::fromUtf16(Inputs::genericConnection);
}

bool TaskConfig::isCallback() const
{
    return input(QString::fromUtf16(Inputs::waitForCompletion))
               .trimmed()
               .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
}

QString TaskConfig::method() const
{
    return input(QString::fromUtf16(Inputs::method)).trimmed();
}

QString TaskConfig::instanceName() const
{
    return QString(m_definition->instanceNameFormat).replace(QStringLiteral("$(method)"), method());
}

static bool isPipelineExpression(const QString &value)
{
    return value.contains(QLatin1String("$(")) || value.contains(QLatin1String("${{"))
        || value.contains(QLatin1String("$["));
}

QList<Finding> TaskConfig::validate() const
{
    QList<Finding> findings;
    const QLocale locale = QLocale::c();
    for (const InputDefinition &definition : m_definition->inputs) {
        const QString value = input(definition.name);
        const bool visible = isVisible(definition.name);
        if (visible && definition.required && value.trimmed().isEmpty()) {
            findings.append(
                {Finding::Severity::Error, definition.name,
                 QCoreApplication::translate("RestGate::TaskConfig", "%1 is required.").arg(definition.label)});
            continue;
        }
        if (!definition.options.isEmpty() && !value.isEmpty()) {
            bool known = false;
            for (const InputOption &option : definition.options)
                known = known || option.value.compare(value.trimmed(), Qt::CaseInsensitive) == 0;
            if (!known && isPipelineExpression(value)) {
                findings.append(
                    {Finding::Severity::Warning, definition.name,
                     QCoreApplication::translate("RestGate::TaskConfig",
                                                 "%1 is the expression '%2'; the dry run uses it as it expands.")
                         .arg(definition.label, value)});
            } else if (!known) {
                QStringList allowed;
                for (const InputOption &option : definition.options)
                    allowed.append(option.value);
                findings.append({Finding::Severity::Error, definition.name,
                                 QCoreApplication::translate("RestGate::TaskConfig", "%1 '%2' is not one of %3.")
                                     .arg(definition.label, value, allowed.join(QLatin1String(", ")))});
            }
        }
        if (definition.maxLength > 0 && value.size() > definition.maxLength) {
            findings.append(
                {Finding::Severity::Error, definition.name,
                 QCoreApplication::translate("RestGate::TaskConfig",
                                             "%1 is %2 characters long; the task allows at most %3.")
                     .arg(definition.label, locale.toString(value.size()), QString::number(definition.maxLength))});
        }
        if (!visible && isSet(definition.name) && !value.isEmpty()) {
            QString why;
            if (definition.name == QLatin1String("body"))
                why = QCoreApplication::translate(
                          "RestGate::TaskConfig",
                          "Body is hidden for %1 requests in Azure DevOps (the task shows it only when "
                          "method is not GET or HEAD), so it is not sent.")
                          .arg(method().toUpper());
            else if (definition.name == QLatin1String("successCriteria"))
                why = QCoreApplication::translate(
                    "RestGate::TaskConfig",
                    "Success criteria is ignored when the completion event is Callback: the "
                    "service's TaskCompleted event decides the result.");
            else
                why = QCoreApplication::translate("RestGate::TaskConfig",
                                                  "%1 is set but not used with this connection type.")
                          .arg(definition.label);
            findings.append({Finding::Severity::Warning, definition.name, why});
        }
    }
    for (const auto &[key, value] : m_unknownInputs) {
        Q_UNUSED(value);
        findings.append({Finding::Severity::Warning, key,
                         QCoreApplication::translate("RestGate::TaskConfig",
                                                     "'%1' is not an input of %2; Azure DevOps rejects unknown inputs.")
                             .arg(key, m_definition->reference())});
    }
    if (timeoutInMinutes && *timeoutInMinutes < 0) {
        findings.append(
            {Finding::Severity::Error, QStringLiteral("timeoutInMinutes"),
             QCoreApplication::translate("RestGate::TaskConfig",
                                         "Timeout must be zero (no limit) or a positive number of minutes.")});
    }
    return findings;
}

bool operator==(const TaskConfig &a, const TaskConfig &b)
{
    return a.m_definition == b.m_definition && a.m_inputs == b.m_inputs && a.m_unknownInputs == b.m_unknownInputs
        && a.displayName == b.displayName && a.enabled == b.enabled && a.continueOnError == b.continueOnError
        && a.timeoutInMinutes == b.timeoutInMinutes && a.condition == b.condition;
}

} // namespace RestGate
