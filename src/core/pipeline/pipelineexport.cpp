#include "core/pipeline/pipelineexport.h"

#include "core/yaml/yamlwriter.h"

namespace RestGate {

TaskConfig PipelineExport::exportedTask(const TaskConfig &task, bool writeDefaults)
{
    const TaskDefinition &definition = task.definition();
    TaskConfig out(definition);
    out.displayName = task.displayName;
    out.enabled = task.enabled;
    out.continueOnError = task.continueOnError;
    out.timeoutInMinutes = task.timeoutInMinutes;
    out.condition = task.condition;
    for (const InputDefinition &input : definition.inputs) {
        // Visibility rules only look at inputs that are always visible (connection type, method, completion
        // event), whose effective values `out` keeps, so deciding on `task` decides for `out` too.
        if (!task.isVisible(input.name))
            continue;
        const QString value = task.input(input.name);
        // Unlike StepWriteOptions::Inputs::Effective, a required input at its default is left out as well: Azure
        // DevOps fills in defaults, and real pipelines omit connectionType, method: POST and waitForCompletion.
        if (value != input.defaultValue || writeDefaults)
            out.setInput(input.name, value);
    }
    return out;
}

bool PipelineExport::samePipelineTask(const TaskConfig &a, const TaskConfig &b)
{
    if (&a.definition() != &b.definition())
        return false;
    if (a.displayName != b.displayName || a.enabled != b.enabled || a.continueOnError != b.continueOnError
        || a.timeoutInMinutes != b.timeoutInMinutes || a.condition != b.condition)
        return false;
    for (const InputDefinition &input : a.definition().inputs) {
        const bool visible = a.isVisible(input.name);
        if (visible != b.isVisible(input.name))
            return false;
        if (visible && a.input(input.name) != b.input(input.name))
            return false;
    }
    return true;
}

QString PipelineExport::identifier(const QString &displayName, const QString &fallback)
{
    QString id;
    bool pendingSeparator = false;
    for (const QChar c : displayName) {
        const ushort u = c.unicode();
        const bool keep = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_';
        if (!keep) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !id.isEmpty())
            id += QLatin1Char('_');
        pendingSeparator = false;
        id += c;
    }
    if (id.isEmpty())
        return isValidIdentifier(fallback) ? fallback : QStringLiteral("invoke_rest_api");
    if (id.front().isDigit())
        id.prepend(QLatin1Char('_'));
    return id;
}

bool PipelineExport::isValidIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const ushort u = name.at(i).unicode();
        const bool letter = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_';
        const bool digit = u >= '0' && u <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString PipelineExport::displayLabel(const TaskConfig &task)
{
    if (!task.displayName.isEmpty())
        return task.displayName;
    return task.instanceName();
}

static void writeSteps(YamlWriter &w, const QList<TaskConfig> &tasks, const ExportOptions &options)
{
    StepWriteOptions stepOptions;
    stepOptions.keys = options.keys;
    // AsSet on the normalised copy writes exactly the inputs exportedTask() chose.
    stepOptions.inputs = StepWriteOptions::Inputs::AsSet;
    for (const TaskConfig &task : tasks)
        StepYaml::write(w, PipelineExport::exportedTask(task, options.writeDefaults), stepOptions);
}

static void writeJob(YamlWriter &w, const QList<TaskConfig> &tasks, const QString &name, const QString &displayName,
                     const ExportOptions &options)
{
    w.beginItem();
    w.scalar(QStringLiteral("job"), name);
    if (!displayName.isEmpty())
        w.scalar(QStringLiteral("displayName"), displayName);
    // InvokeRESTAPI runs only in agentless jobs; 'server' is the reserved pool name for them.
    w.scalar(QStringLiteral("pool"), QStringLiteral("server"));
    w.beginSequence(QStringLiteral("steps"));
    writeSteps(w, tasks, options);
    w.endSequence();
    w.endItem();
}

static QString writeForm(const QList<TaskConfig> &tasks, const QString &name, const QString &displayName,
                         const ExportOptions &options)
{
    YamlWriter w;
    switch (options.form) {
    case ExportOptions::Form::Step:
        writeSteps(w, tasks, options);
        break;
    case ExportOptions::Form::Job:
        writeJob(w, tasks, name, displayName, options);
        break;
    case ExportOptions::Form::Stage:
        w.beginItem();
        w.scalar(QStringLiteral("stage"), name);
        if (!displayName.isEmpty())
            w.scalar(QStringLiteral("displayName"), displayName);
        w.beginSequence(QStringLiteral("jobs"));
        writeJob(w, tasks, name, displayName, options);
        w.endSequence();
        w.endItem();
        break;
    }
    return w.text();
}

QString PipelineExport::tasks(const QList<TaskConfig> &tasks, const ExportOptions &options)
{
    QString displayName = options.displayName;
    QString nameSource = displayName;
    // A job holding a single task is named after it.
    if (tasks.size() == 1) {
        if (displayName.isEmpty())
            displayName = tasks.first().displayName;
        if (nameSource.isEmpty())
            nameSource = displayLabel(tasks.first());
    }
    const QString name = isValidIdentifier(options.name) ? options.name : identifier(nameSource);
    return writeForm(tasks, name, displayName, options);
}

QString PipelineExport::task(const TaskConfig &task, const ExportOptions &options)
{
    return tasks(QList<TaskConfig> {task}, options);
}

QString PipelineExport::design(const DesignDocument &document, const ExportOptions &options)
{
    // A design is named by the caller (e.g. after its file), never after whichever task happens to be first.
    const QString name = isValidIdentifier(options.name) ? options.name : identifier(options.displayName);
    return writeForm(document.tasks, name, options.displayName, options);
}

} // namespace RestGate
