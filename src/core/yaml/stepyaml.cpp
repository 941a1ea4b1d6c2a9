#include "core/yaml/stepyaml.h"

#include "core/yaml/yamlutil.h"

#include <QHash>

#include <yaml-cpp/yaml.h>

namespace RestGate {

using namespace YamlUtil;

void StepYaml::write(YamlWriter &w, const TaskConfig &task, const StepWriteOptions &options)
{
    const TaskDefinition &definition = task.definition();
    w.beginItem();
    w.scalar(QStringLiteral("task"), definition.reference());
    if (!task.displayName.isEmpty())
        w.scalar(QStringLiteral("displayName"), task.displayName);
    if (!task.enabled)
        w.plain(QStringLiteral("enabled"), QStringLiteral("false"));
    if (task.continueOnError)
        w.plain(QStringLiteral("continueOnError"), QStringLiteral("true"));
    if (task.timeoutInMinutes)
        w.plain(QStringLiteral("timeoutInMinutes"), QString::number(*task.timeoutInMinutes));
    if (!task.condition.isEmpty())
        w.scalar(QStringLiteral("condition"), task.condition);

    QList<QPair<QString, QString>> inputs;
    for (const InputDefinition &input : definition.inputs) {
        const QString key = options.keys == StepWriteOptions::Keys::YamlNames ? input.yamlKey() : input.name;
        if (options.inputs == StepWriteOptions::Inputs::AsSet) {
            if (task.isSet(input.name))
                inputs.append({key, task.input(input.name)});
            continue;
        }
        if (!task.isVisible(input.name))
            continue;
        const QString value = task.input(input.name);
        const bool isDefault = value == input.defaultValue;
        if (!isDefault || options.writeDefaults || input.required)
            inputs.append({key, value});
    }
    if (options.inputs == StepWriteOptions::Inputs::AsSet)
        inputs += task.unknownInputs();
    if (!inputs.isEmpty()) {
        w.beginMapping(QStringLiteral("inputs"));
        for (const auto &[key, value] : std::as_const(inputs))
            w.scalar(key, value);
        w.endMapping();
    }
    w.endItem();
}

static bool readBool(const YAML::Node &node, bool *value)
{
    const QString text = scalarText(node).trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *value = true;
        return true;
    }
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *value = false;
        return true;
    }
    return false;
}

bool StepYaml::read(const YAML::Node &step, TaskConfig *task, DocumentError *error, QList<DocumentError> *warnings)
{
    if (!step.IsMap()) {
        *error = errorAt(step, QStringLiteral("A task must be a mapping that starts with 'task: InvokeRESTAPI@1'."));
        return false;
    }
    const YAML::Node reference = step["task"];
    if (!reference || !reference.IsScalar()) {
        *error = errorAt(step, QStringLiteral("This step has no 'task:' key."));
        return false;
    }
    const TaskDefinition *definition = TaskDefinition::forReference(scalarText(reference));
    if (!definition) {
        *error = errorAt(reference,
                         QStringLiteral("'%1' is not a task RestGate designs; use InvokeRESTAPI@1 or "
                                        "InvokeRESTAPI@0.")
                             .arg(scalarText(reference)));
        return false;
    }
    *task = TaskConfig(*definition);

    for (auto it = step.begin(); it != step.end(); ++it) {
        const QString key = scalarText(it->first);
        const YAML::Node value = it->second;
        if (key == QLatin1String("task") || key == QLatin1String("inputs"))
            continue;
        if (key == QLatin1String("displayName") || key == QLatin1String("condition")) {
            if (!value.IsScalar() && !value.IsNull()) {
                *error = errorAt(value, QStringLiteral("'%1' must be text.").arg(key));
                return false;
            }
            (key == QLatin1String("displayName") ? task->displayName : task->condition) = scalarText(value);
        } else if (key == QLatin1String("enabled") || key == QLatin1String("continueOnError")) {
            bool flag = false;
            if (!readBool(value, &flag)) {
                *error = errorAt(value, QStringLiteral("'%1' must be true or false.").arg(key));
                return false;
            }
            (key == QLatin1String("enabled") ? task->enabled : task->continueOnError) = flag;
        } else if (key == QLatin1String("timeoutInMinutes")) {
            bool ok = false;
            const int minutes = scalarText(value).trimmed().toInt(&ok);
            if (!ok) {
                *error = errorAt(value, QStringLiteral("'timeoutInMinutes' must be a whole number of minutes."));
                return false;
            }
            task->timeoutInMinutes = minutes;
        } else if (warnings) {
            warnings->append(errorAt(it->first,
                                     QStringLiteral("Step property '%1' is not used by RestGate; a design "
                                                    "file keeps it as written, exports leave it out.")
                                         .arg(key)));
        }
    }

    const YAML::Node inputs = step["inputs"];
    if (!inputs || inputs.IsNull())
        return true;
    if (!inputs.IsMap()) {
        *error = errorAt(inputs, QStringLiteral("'inputs' must be a mapping of input names to values."));
        return false;
    }
    QHash<QString, QString> keyUsedFor; // task.json name -> key it was first written as
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const QString key = scalarText(it->first);
        const YAML::Node value = it->second;
        if (!value.IsScalar() && !value.IsNull()) {
            *error = errorAt(value,
                             QStringLiteral("Input '%1' must be text (quote it, or use a | block for several "
                                            "lines).")
                                 .arg(key));
            return false;
        }
        const InputDefinition *input = definition->input(key);
        if (!input) {
            task->addUnknownInput(key, scalarText(value));
            if (warnings)
                warnings->append(errorAt(it->first,
                                         QStringLiteral("'%1' is not an input of %2; Azure DevOps rejects "
                                                        "unknown inputs.")
                                             .arg(key, definition->reference())));
            continue;
        }
        if (keyUsedFor.contains(input->name) && warnings) {
            warnings->append(errorAt(it->first,
                                     QStringLiteral("Input '%1' is set twice, as '%2' and as '%3'; the "
                                                    "last one is used.")
                                         .arg(input->name, keyUsedFor.value(input->name), key)));
        }
        keyUsedFor.insert(input->name, key);
        task->setInput(input->name, scalarText(value));
    }
    return true;
}

} // namespace RestGate
