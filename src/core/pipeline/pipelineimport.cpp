#include "core/pipeline/pipelineimport.h"

#include "core/design/variables.h"
#include "core/yaml/stepyaml.h"
#include "core/yaml/yamlutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace RestGate {

using namespace YamlUtil;

QString PipelineLocation::toString() const
{
    QStringList parts;
    if (!stage.isEmpty())
        parts.append(stage);
    if (!job.isEmpty())
        parts.append(job);
    if (!hook.isEmpty())
        parts.append(hook);
    parts.append(QStringLiteral("step %1").arg(stepNumber));
    return parts.join(QStringLiteral(" ▸ "));
}

static void appendUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value, Qt::CaseInsensitive))
        list->append(value);
}

namespace {

struct ExpressionBody
{
    QString text;
    bool templateExpression = false; ///< ${{ }} (compile time) rather than $[ ] (run time)
};

/// The insides of `${{ ... }}` and `$[ ... ]`, where quoted strings and nested brackets may hold the closing
/// characters:  ${{ variables['a]b'] }}  ->  " variables['a]b'] "
QList<ExpressionBody> expressionBodies(const QString &text)
{
    QList<ExpressionBody> bodies;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('$'))
            continue;
        const bool isTemplate = text.mid(i + 1, 2) == QLatin1String("{{");
        const bool isRuntime = text.at(i + 1) == QLatin1Char('[');
        if (!isTemplate && !isRuntime)
            continue;
        const qsizetype start = i + (isTemplate ? 3 : 2);
        int depth = 0;
        bool quoted = false;
        for (qsizetype j = start; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (quoted) {
                quoted = c != QLatin1Char('\'');
                continue;
            }
            if (c == QLatin1Char('\'')) {
                quoted = true;
            } else if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
                ++depth;
            } else if ((c == QLatin1Char(']') || c == QLatin1Char(')')) && depth > 0) {
                --depth;
            } else if (depth == 0 && isRuntime && c == QLatin1Char(']')) {
                bodies.append({text.mid(start, j - start), false});
                i = j;
                break;
            } else if (depth == 0 && isTemplate && text.mid(j, 2) == QLatin1String("}}")) {
                bodies.append({text.mid(start, j - start), true});
                i = j + 1;
                break;
            }
        }
    }
    return bodies;
}

void collectReferences(const QString &expression, const QString &prefix, QStringList *names)
{
    // prefix.name (a variable name may hold dots) and prefix['name'].
    const QRegularExpression dotted(
        QStringLiteral(R"(\b%1\.([A-Za-z_][A-Za-z0-9_%2]*[A-Za-z0-9_]|[A-Za-z_]))")
            .arg(prefix, prefix == QLatin1String("variables") ? QStringLiteral(".") : QStringLiteral("-")));
    const QRegularExpression indexed(QStringLiteral(R"(\b%1\[\s*'([^']+)'\s*\])").arg(prefix));
    for (auto d = dotted.globalMatch(expression); d.hasNext();)
        appendUnique(names, d.next().captured(1));
    for (auto i = indexed.globalMatch(expression); i.hasNext();)
        appendUnique(names, i.next().captured(1));
}

} // namespace

QStringList PipelineImporter::variableReferences(const QString &text)
{
    QStringList names;
    for (const MacroSpan &macro : MacroExpander::findMacros(text))
        appendUnique(&names, macro.name);
    for (const ExpressionBody &body : expressionBodies(text))
        collectReferences(body.text, QStringLiteral("variables"), &names);
    return names;
}

QStringList PipelineImporter::parameterReferences(const QString &text)
{
    QStringList names;
    for (const ExpressionBody &body : expressionBodies(text)) {
        if (body.templateExpression)
            collectReferences(body.text, QStringLiteral("parameters"), &names);
    }
    return names;
}

QList<PipelineImporter::MarkdownBlock> PipelineImporter::markdownYamlBlocks(const QString &markdown)
{
    // CommonMark fences: up to 3 spaces, then ``` or ~~~ (3 or more); closed by the same character, at least as
    // many, and nothing else on the line.
    static const QRegularExpression opening(QStringLiteral(R"(^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*).*$)"));
    QList<MarkdownBlock> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    int yamlCount = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch open = opening.match(lines.at(i));
        if (!open.hasMatch())
            continue;
        const QString fence = open.captured(2);
        const int indent = int(open.captured(1).size());
        const QString info = open.captured(3).toLower();
        const bool isYaml = info == QLatin1String("yaml") || info == QLatin1String("yml");
        MarkdownBlock block;
        block.firstLine = int(i) + 2;
        block.indent = indent;
        QStringList content;
        qsizetype j = i + 1;
        for (; j < lines.size(); ++j) {
            const QString trimmed = lines.at(j).trimmed();
            if (trimmed.startsWith(fence) && trimmed.count(fence.front()) == trimmed.size()
                && lines.at(j).indexOf(fence.front()) <= 3)
                break;
            QString line = lines.at(j);
            int removable = 0;
            while (removable < indent && removable < line.size() && line.at(removable) == QLatin1Char(' '))
                ++removable;
            content.append(line.mid(removable));
        }
        block.lastLine = int(j) + 1;
        i = j;
        if (!isYaml)
            continue;
        block.number = ++yamlCount;
        block.text = content.join(QLatin1Char('\n'));
        if (!content.isEmpty())
            block.text += QLatin1Char('\n');
        blocks.append(block);
    }
    return blocks;
}

namespace {

const QRegularExpression &invokeRestApiReference()
{
    // By name or by GUID, any case, then '@' and a version.
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:invokerestapi|9c3e8943-130d-4c78-ac63-8af81df62dfb)\s*@\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool invokeRestApiMentioned(const QString &text)
{
    return text.contains(QLatin1String("invokerestapi"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("9c3e8943-130d-4c78-ac63-8af81df62dfb"), Qt::CaseInsensitive);
}

bool isExpression(const QString &text)
{
    return text.contains(QLatin1String("${{")) || text.contains(QLatin1String("$("))
        || text.contains(QLatin1String("$["));
}

ServiceConnection::Type connectionTypeForInput(const QString &inputName)
{
    for (ServiceConnection::Type type :
         {ServiceConnection::Type::Generic, ServiceConnection::Type::AzureRM, ServiceConnection::Type::AzureDevOps}) {
        if (ServiceConnection::inputNameForType(type) == inputName)
            return type;
    }
    return ServiceConnection::Type::Generic;
}

struct Context
{
    QString stage;
    QString job;
    QString jobKind = QStringLiteral("job"); ///< "job", "deployment job" or "phase", for messages
    QString hook;
    ImportedTask::JobContext jobContext = ImportedTask::JobContext::None;
    QString path;
};

class Walker
{
public:
    Walker(PipelineImport *result, int lineOffset, int columnOffset, int markdownBlock)
        : m_result(result)
        , m_lineOffset(lineOffset)
        , m_columnOffset(columnOffset)
        , m_markdownBlock(markdownBlock)
    {
    }

    void document(const YAML::Node &root)
    {
        if (root.IsSequence()) {
            const QString kind = listKind(root);
            Context context;
            if (kind == QLatin1String("stages"))
                stages(root, context);
            else if (kind == QLatin1String("jobs"))
                jobs(root, context);
            else
                steps(root, context);
        } else if (root.IsMap()) {
            pipeline(root);
        }
        // Whatever the structure did not reach: extends parameters, template parameter defaults, custom keys.
        const qsizetype firstNew = m_result->tasks.size();
        deepScan(root, QString());
        if (m_result->tasks.size() > firstNew) {
            std::stable_sort(
                m_result->tasks.begin(), m_result->tasks.end(), [](const ImportedTask &a, const ImportedTask &b) {
                    return a.location.markdownBlock < b.location.markdownBlock
                        || (a.location.markdownBlock == b.location.markdownBlock && a.location.line < b.location.line);
                });
        }
    }

private:
    int line(const YAML::Node &node) const { return node.Mark().line >= 0 ? node.Mark().line + 1 + m_lineOffset : 0; }
    int column(const YAML::Node &node) const
    {
        return node.Mark().column >= 0 ? node.Mark().column + 1 + m_columnOffset : 0;
    }

    static QString listKind(const YAML::Node &list)
    {
        for (const YAML::Node &item : list) {
            if (!item.IsMap() || item.size() == 0)
                continue;
            const QString first = scalarText(item.begin()->first);
            if (first == QLatin1String("stage"))
                return QStringLiteral("stages");
            if (first == QLatin1String("job") || first == QLatin1String("deployment"))
                return QStringLiteral("jobs");
            if (first == QLatin1String("phase"))
                return QStringLiteral("phases");
            if (!first.startsWith(QLatin1String("${{")))
                break;
        }
        return QStringLiteral("steps");
    }

    /// The pool a node sets: Server/Agent/Expression, or nullopt when it says nothing (inherits).
    static std::optional<ImportedTask::JobContext> poolOf(const YAML::Node &node)
    {
        if (const YAML::Node server = node["server"]; server && server.IsScalar()) {
            // Legacy agentless phases: `server: true`.
            const QString text = scalarText(server).trimmed();
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return ImportedTask::JobContext::Server;
            if (isExpression(text))
                return ImportedTask::JobContext::Expression;
        }
        if (node["queue"])
            return ImportedTask::JobContext::Agent; // legacy agent queue
        const YAML::Node pool = node["pool"];
        if (!pool || pool.IsNull())
            return std::nullopt;
        if (pool.IsScalar()) {
            const QString text = scalarText(pool).trimmed();
            if (text.compare(QLatin1String("server"), Qt::CaseInsensitive) == 0)
                return ImportedTask::JobContext::Server;
            if (isExpression(text))
                return ImportedTask::JobContext::Expression;
            return ImportedTask::JobContext::Agent;
        }
        if (pool.IsMap()) {
            const QString name = scalarText(pool["name"]).trimmed();
            if (isExpression(name))
                return ImportedTask::JobContext::Expression;
        }
        return ImportedTask::JobContext::Agent;
    }

    /// Calls `visit` for each item of a list, looking through `- ${{ if ... }}:` / `- ${{ each ... }}:` items
    /// whose value is a list of the same kind.
    template<typename Visit> void forEachItem(const YAML::Node &list, const QString &path, Visit visit)
    {
        if (!list.IsSequence())
            return;
        int index = 0;
        for (const YAML::Node &item : list) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(index++);
            if (item.IsMap() && item.size() >= 1) {
                const QString first = scalarText(item.begin()->first);
                if (first.startsWith(QLatin1String("${{"))) {
                    for (auto it = item.begin(); it != item.end(); ++it) {
                        if (it->second.IsSequence())
                            forEachItem(it->second,
                                        itemPath + QStringLiteral("['") + scalarText(it->first) + QStringLiteral("']"),
                                        visit);
                    }
                    continue;
                }
            }
            visit(item, itemPath);
        }
    }

    static bool isTemplateFile(const YAML::Node &root)
    {
        // A template file has `parameters` and its content, nothing that only a pipeline has (trigger, pool, ...).
        static const QStringList templateKeys = {QStringLiteral("parameters"), QStringLiteral("steps"),
                                                 QStringLiteral("jobs"), QStringLiteral("stages"),
                                                 QStringLiteral("variables")};
        if (!root["parameters"])
            return false;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!templateKeys.contains(scalarText(it->first)))
                return false;
        }
        return true;
    }

    void pipeline(const YAML::Node &root)
    {
        Context context;
        m_template = isTemplateFile(root);
        const std::optional<ImportedTask::JobContext> pool = poolOf(root);
        if (const YAML::Node list = root["stages"]) {
            context.path = QStringLiteral("stages");
            m_inherited = pool;
            stages(list, context);
        }
        if (const YAML::Node list = root["jobs"]) {
            context.path = QStringLiteral("jobs");
            m_inherited = pool;
            jobs(list, context);
        }
        if (const YAML::Node list = root["phases"]) {
            context.path = QStringLiteral("phases");
            m_inherited = pool;
            jobs(list, context);
        }
        if (const YAML::Node list = root["steps"]) {
            context.path = QStringLiteral("steps");
            // Top-level steps run in one implicit job: agentless only with `pool: server` / `server: true`; in a
            // steps template, the job that includes it decides.
            if (pool)
                context.jobContext = *pool;
            else
                context.jobContext = m_template ? ImportedTask::JobContext::None : ImportedTask::JobContext::Agent;
            steps(list, context);
        }
        if (const YAML::Node extends = root["extends"]; extends && extends.IsMap()) {
            // The extended template decides the pools; whatever lists it is handed are walked without a job context.
            if (const YAML::Node parameters = extends["parameters"]; parameters && parameters.IsMap()) {
                for (auto it = parameters.begin(); it != parameters.end(); ++it) {
                    if (!it->second.IsSequence())
                        continue;
                    Context sub;
                    sub.path = QStringLiteral("extends.parameters.") + scalarText(it->first);
                    const QString kind = listKind(it->second);
                    m_inherited.reset();
                    m_template = true;
                    if (kind == QLatin1String("stages"))
                        stages(it->second, sub);
                    else if (kind == QLatin1String("jobs") || kind == QLatin1String("phases"))
                        jobs(it->second, sub);
                    else
                        steps(it->second, sub);
                }
            }
        }
    }

    void stages(const YAML::Node &list, const Context &parent)
    {
        const std::optional<ImportedTask::JobContext> pipelinePool = m_inherited;
        forEachItem(list, parent.path, [&](const YAML::Node &stage, const QString &path) {
            if (!stage.IsMap() || !stage["stage"])
                return; // `- template:` references cannot be followed
            Context context = parent;
            context.stage = scalarText(stage["stage"]);
            context.path = path + QStringLiteral(".jobs");
            const std::optional<ImportedTask::JobContext> pool = poolOf(stage);
            m_inherited = pool ? pool : pipelinePool;
            if (const YAML::Node list = stage["jobs"])
                jobs(list, context);
            m_inherited = pipelinePool;
        });
    }

    ImportedTask::JobContext contextFor(const std::optional<ImportedTask::JobContext> &own) const
    {
        if (own)
            return *own;
        if (m_inherited)
            return *m_inherited;
        // No pool anywhere: an agent job, unless this is a template whose includer may set the pool.
        return m_template ? ImportedTask::JobContext::None : ImportedTask::JobContext::Agent;
    }

    void jobs(const YAML::Node &list, const Context &parent)
    {
        forEachItem(list, parent.path, [&](const YAML::Node &job, const QString &path) {
            if (!job.IsMap())
                return;
            Context context = parent;
            const std::optional<ImportedTask::JobContext> pool = poolOf(job);
            if (const YAML::Node name = job["job"]; name || job["phase"]) {
                context.job = scalarText(name ? name : job["phase"]);
                context.jobKind = name ? QStringLiteral("job") : QStringLiteral("phase");
                context.jobContext = contextFor(pool);
                context.path = path + QStringLiteral(".steps");
                if (const YAML::Node list = job["steps"])
                    steps(list, context);
                return;
            }
            if (const YAML::Node name = job["deployment"]) {
                context.job = scalarText(name);
                context.jobKind = QStringLiteral("deployment job");
                deployment(job, context, path, pool);
            }
        });
    }

    void deployment(const YAML::Node &job, Context context, const QString &path,
                    const std::optional<ImportedTask::JobContext> &jobPool)
    {
        // A deployment job runs on an agent unless it (or a hook) says pool: server; a template's includer cannot
        // change that, since a deployment job's pool is its own or its stage's.
        const YAML::Node strategy = job["strategy"];
        if (!strategy || !strategy.IsMap())
            return;
        static const QStringList hookOrder = {QStringLiteral("preDeploy"), QStringLiteral("deploy"),
                                              QStringLiteral("routeTraffic"), QStringLiteral("postRouteTraffic")};
        for (auto s = strategy.begin(); s != strategy.end(); ++s) {
            const QString strategyName = scalarText(s->first);
            if (!s->second.IsMap())
                continue;
            for (auto h = s->second.begin(); h != s->second.end(); ++h) {
                const QString hookName = scalarText(h->first);
                QList<QPair<QString, YAML::Node>> hooks;
                if (hookName == QLatin1String("on") && h->second.IsMap()) {
                    for (auto o = h->second.begin(); o != h->second.end(); ++o)
                        hooks.append({QStringLiteral("on.") + scalarText(o->first), o->second});
                } else if (hookOrder.contains(hookName)) {
                    hooks.append({hookName, h->second});
                }
                for (const auto &[name, body] : std::as_const(hooks)) {
                    if (!body.IsMap())
                        continue;
                    Context hookContext = context;
                    hookContext.hook = strategyName + QStringLiteral(" ▸ ") + name;
                    const std::optional<ImportedTask::JobContext> hookPool = poolOf(body);
                    if (hookPool)
                        hookContext.jobContext = *hookPool;
                    else if (jobPool)
                        hookContext.jobContext = *jobPool;
                    else if (m_inherited)
                        hookContext.jobContext = *m_inherited;
                    else
                        hookContext.jobContext = ImportedTask::JobContext::Agent;
                    hookContext.path = path + QStringLiteral(".strategy.") + strategyName + QLatin1Char('.') + name
                        + QStringLiteral(".steps");
                    if (const YAML::Node list = body["steps"])
                        steps(list, hookContext);
                }
            }
        }
    }

    void steps(const YAML::Node &list, const Context &context)
    {
        int number = 0;
        forEachItem(list, context.path, [&](const YAML::Node &step, const QString &path) {
            ++number;
            if (!step.IsMap())
                return;
            const YAML::Node reference = step["task"];
            if (!reference || !reference.IsScalar())
                return;
            if (!invokeRestApiReference().match(scalarText(reference)).hasMatch())
                return;
            Context at = context;
            at.path = path;
            record(step, at, number);
        });
    }

    void deepScan(const YAML::Node &node, const QString &path)
    {
        if (node.IsSequence()) {
            int index = 0;
            for (const YAML::Node &item : node)
                deepScan(item, path + QStringLiteral("[%1]").arg(index++));
            return;
        }
        if (!node.IsMap())
            return;
        const YAML::Node reference = node["task"];
        if (reference && reference.IsScalar() && invokeRestApiReference().match(scalarText(reference)).hasMatch()
            && !m_seen.contains(markKey(node))) {
            Context context;
            context.path = path;
            // Its position in a list is the last index of its path.
            static const QRegularExpression lastIndex(QStringLiteral(R"(\[(\d+)\]$)"));
            const QRegularExpressionMatch m = lastIndex.match(path);
            record(node, context, m.hasMatch() ? m.captured(1).toInt() + 1 : 1);
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            deepScan(it->second, path.isEmpty() ? key : path + QLatin1Char('.') + key);
        }
    }

    static QPair<int, int> markKey(const YAML::Node &node) { return {node.Mark().line, node.Mark().column}; }

    void finding(ImportedTask *task, ImportFinding::Kind kind, Finding::Severity severity, const QString &message,
                 const YAML::Node &at)
    {
        task->findings.append({kind, severity, message, line(at), column(at)});
    }

    void record(const YAML::Node &step, const Context &context, int stepNumber)
    {
        m_seen.insert(markKey(step));
        ImportedTask imported;
        imported.location.stage = context.stage;
        imported.location.job = context.job;
        imported.location.hook = context.hook;
        imported.location.stepNumber = stepNumber;
        imported.location.line = line(step);
        imported.location.column = column(step);
        imported.location.path = context.path;
        imported.location.markdownBlock = m_markdownBlock;
        imported.jobContext = context.jobContext;
        m_jobKind = context.jobKind;
        const YAML::Node referenceNode = step["task"];
        imported.reference = scalarText(referenceNode).trimmed();

        const TaskDefinition *definition = TaskDefinition::forReference(imported.reference);
        if (!definition) {
            m_result->warnings.append({QStringLiteral("'%1' is not a version of InvokeRESTAPI that exists (use @1 or "
                                                      "@0); the step is not imported.")
                                           .arg(imported.reference),
                                       line(referenceNode), column(referenceNode)});
            return;
        }

        // StepYaml::read takes what RestGate can represent; take the rest out first and say so.
        YAML::Node clean = YAML::Clone(step);
        static const QStringList kept = {QStringLiteral("task"),
                                         QStringLiteral("inputs"),
                                         QStringLiteral("displayName"),
                                         QStringLiteral("condition"),
                                         QStringLiteral("enabled"),
                                         QStringLiteral("continueOnError"),
                                         QStringLiteral("timeoutInMinutes")};
        for (auto it = step.begin(); it != step.end(); ++it) {
            const QString key = scalarText(it->first);
            const YAML::Node value = it->second;
            QString dropWhy;
            if (!kept.contains(key)) {
                dropWhy = QStringLiteral("Step property '%1' is not kept by RestGate; it is not part of the imported "
                                         "task.")
                              .arg(key);
            } else if (key == QLatin1String("displayName") || key == QLatin1String("condition")) {
                if (!value.IsScalar() && !value.IsNull())
                    dropWhy = QStringLiteral("'%1' is not text; it is not imported.").arg(key);
            } else if (key == QLatin1String("enabled") || key == QLatin1String("continueOnError")) {
                const QString text = scalarText(value).trimmed();
                if (!value.IsScalar()
                    || (text.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
                        && text.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0))
                    dropWhy = QStringLiteral("'%1: %2' is decided when the pipeline runs; RestGate imports the step "
                                             "without it.")
                                  .arg(key, text);
            } else if (key == QLatin1String("timeoutInMinutes")) {
                bool ok = false;
                scalarText(value).trimmed().toInt(&ok);
                if (!value.IsScalar() || !ok)
                    dropWhy = QStringLiteral("'timeoutInMinutes: %1' is not a number of minutes; RestGate imports the "
                                             "step without it.")
                                  .arg(scalarText(value));
            }
            if (!dropWhy.isEmpty()) {
                clean.remove(key.toStdString());
                finding(&imported, ImportFinding::Kind::PropertyDropped, Finding::Severity::Warning, dropWhy,
                        it->first);
            }
        }

        const YAML::Node inputs = step["inputs"];
        if (inputs && !inputs.IsNull() && !inputs.IsMap()) {
            clean.remove(std::string("inputs"));
            finding(&imported, ImportFinding::Kind::PropertyDropped, Finding::Severity::Warning,
                    QCoreApplication::translate("RestGate::PipelineImport",
                                                "'inputs' is not a mapping; no input is imported."),
                    inputs);
        } else if (inputs && inputs.IsMap()) {
            QHash<QString, QString> keyFor; // task.json name -> the key first used for it
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                const QString key = scalarText(it->first);
                if (!it->second.IsScalar() && !it->second.IsNull()) {
                    YAML::Node cleanInputs = clean["inputs"];
                    cleanInputs.remove(key.toStdString());
                    finding(&imported, ImportFinding::Kind::PropertyDropped, Finding::Severity::Warning,
                            QCoreApplication::translate(
                                "RestGate::PipelineImport",
                                "Input '%1' is not text (a conditional or a nested mapping); it is not "
                                "imported.")
                                .arg(key),
                            it->first);
                    continue;
                }
                const InputDefinition *input = definition->input(key);
                if (!input) {
                    finding(
                        &imported, ImportFinding::Kind::UnknownInput, Finding::Severity::Warning,
                        QCoreApplication::translate("RestGate::PipelineImport",
                                                    "'%1' is not an input of %2; Azure DevOps rejects unknown inputs.")
                            .arg(key, definition->reference()),
                        it->first);
                    continue;
                }
                if (keyFor.contains(input->name)) {
                    finding(&imported, ImportFinding::Kind::AliasUsedTwice, Finding::Severity::Warning,
                            QCoreApplication::translate(
                                "RestGate::PipelineImport",
                                "Input '%1' is set twice, as '%2' and as '%3'; the last one is used.")
                                .arg(input->name, keyFor.value(input->name), key),
                            it->first);
                }
                keyFor.insert(input->name, key);
            }
        }

        DocumentError error;
        if (!StepYaml::read(clean, &imported.task, &error, nullptr)) {
            imported.importable = false;
            imported.findings.append(
                {ImportFinding::Kind::Unreadable, Finding::Severity::Error, error.message, line(step), column(step)});
        } else {
            checkTask(&imported, inputs);
        }
        m_result->tasks.append(imported);
    }

    YAML::Node inputKey(const YAML::Node &inputs, const TaskDefinition &definition, const QString &name) const
    {
        if (inputs && inputs.IsMap()) {
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                const InputDefinition *input = definition.input(scalarText(it->first));
                if (input && input->name == name)
                    return it->first;
            }
        }
        return YAML::Node();
    }

    void checkTask(ImportedTask *imported, const YAML::Node &inputs)
    {
        const TaskConfig &task = imported->task;
        const TaskDefinition &definition = task.definition();
        const int stepLine = imported->location.line;
        const int stepColumn = imported->location.column;
        auto at = [&](const QString &inputName) -> QPair<int, int> {
            const YAML::Node key = inputKey(inputs, definition, inputName);
            return key ? QPair<int, int> {line(key), column(key)} : QPair<int, int> {stepLine, stepColumn};
        };

        switch (imported->jobContext) {
        case ImportedTask::JobContext::Agent:
            imported->findings.append(
                {ImportFinding::Kind::NotServerJob, Finding::Severity::Error,
                 QCoreApplication::translate(
                     "RestGate::PipelineImport",
                     "%1 runs only in an agentless job, but %2 runs on an agent; Azure DevOps rejects the "
                     "pipeline. Put the step in a job with 'pool: server'.")
                     .arg(definition.reference(),
                          imported->location.job.isEmpty()
                              ? QCoreApplication::translate("RestGate::PipelineImport", "the pipeline's implicit job")
                              : QStringLiteral("%1 '%2'").arg(m_jobKind, imported->location.job)),
                 stepLine, stepColumn});
            break;
        case ImportedTask::JobContext::Expression:
            imported->findings.append(
                {ImportFinding::Kind::PoolIsExpression, Finding::Severity::Warning,
                 QCoreApplication::translate("RestGate::PipelineImport",
                                             "The job's pool is a template expression; it must resolve to "
                                             "'server' for %1 to run.")
                     .arg(definition.reference()),
                 stepLine, stepColumn});
            break;
        case ImportedTask::JobContext::Server:
        case ImportedTask::JobContext::None:
            break;
        }

        const QString criteria = QString::fromUtf16(Inputs::successCriteria);
        if (task.isCallback() && task.isSet(criteria) && !task.input(criteria).trimmed().isEmpty()) {
            const auto [l, c] = at(criteria);
            imported->findings.append(
                {ImportFinding::Kind::CriteriaWithCallback, Finding::Severity::Warning,
                 QCoreApplication::translate("RestGate::PipelineImport",
                                             "successCriteria is ignored with waitForCompletion: true "
                                             "(Callback): the service's TaskCompleted event decides the "
                                             "result."),
                 l, c});
        }
        const QString body = QString::fromUtf16(Inputs::body);
        if (!task.isVisible(body) && task.isSet(body) && !task.input(body).isEmpty()) {
            const auto [l, c] = at(body);
            imported->findings.append(
                {ImportFinding::Kind::BodyIgnored, Finding::Severity::Warning,
                 QCoreApplication::translate("RestGate::PipelineImport",
                                             "A body on %1: the task hides the body for GET and HEAD, so Azure "
                                             "DevOps does not send it.")
                     .arg(task.method().toUpper()),
                 l, c});
        }

        const QString connectionInput = task.connectionInputName();
        const QString connectionName = task.input(connectionInput).trimmed();
        if (!connectionName.isEmpty()) {
            imported->connection.name = connectionName;
            imported->connection.type = connectionTypeForInput(connectionInput);
            if (isExpression(connectionName)) {
                const auto [l, c] = at(connectionInput);
                imported->findings.append(
                    {ImportFinding::Kind::ConnectionIsExpression, Finding::Severity::Warning,
                     QCoreApplication::translate(
                         "RestGate::PipelineImport",
                         "The service connection is chosen by '%1'. RestGate does not evaluate it: the "
                         "dry run uses a connection with exactly this name (created as a placeholder).")
                         .arg(connectionName),
                     l, c});
            }
        }

        QStringList texts = {task.displayName, task.condition};
        for (const auto &[name, value] : task.explicitInputs())
            texts.append(value);
        for (const QString &text : std::as_const(texts)) {
            for (const QString &name : PipelineImporter::variableReferences(text))
                appendUnique(&imported->variables, name);
            for (const QString &name : PipelineImporter::parameterReferences(text))
                appendUnique(&imported->parameters, name);
        }
    }

    PipelineImport *m_result;
    int m_lineOffset;
    int m_columnOffset;
    int m_markdownBlock;
    bool m_template = false;
    QString m_jobKind;
    std::optional<ImportedTask::JobContext> m_inherited;
    QSet<QPair<int, int>> m_seen;
};

bool parseYaml(const QString &text, int lineOffset, int columnOffset, int markdownBlock, PipelineImport *result,
               DocumentError *error)
{
    std::vector<YAML::Node> documents;
    try {
        const std::string yaml = text.toStdString();
        DocumentError refused;
        if (!checkBeforeLoad(yaml, &refused)) {
            *error = DocumentError {refused.message, refused.line + lineOffset, refused.column + columnOffset};
            return false;
        }
        documents = YAML::LoadAll(yaml);
    } catch (const YAML::ParserException &e) {
        *error = DocumentError {QStringLiteral("Not valid YAML: %1").arg(toQString(e.msg)),
                                e.mark.line + 1 + lineOffset, e.mark.column + 1 + columnOffset};
        return false;
    }
    try {
        for (const YAML::Node &root : documents) {
            Walker walker(result, lineOffset, columnOffset, markdownBlock);
            walker.document(root);
        }
    } catch (const YAML::Exception &e) {
        *error = DocumentError {toQString(e.msg), e.mark.line + 1 + lineOffset, e.mark.column + 1 + columnOffset};
        return false;
    }
    return true;
}

} // namespace

bool PipelineImporter::parse(const QByteArray &bytes, Format format, PipelineImport *result, DocumentError *error)
{
    PipelineImport found;
    // Line breaks are line breaks whichever way they are written (Markdown from Windows editors is CRLF).
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (format == Format::Yaml) {
        if (!parseYaml(text, 0, 0, 0, &found, error))
            return false;
    } else {
        for (const MarkdownBlock &block : markdownYamlBlocks(text)) {
            DocumentError blockError;
            PipelineImport blockResult;
            if (!parseYaml(block.text, block.firstLine - 1, block.indent, block.number, &blockResult, &blockError)) {
                // Documentation is full of partial snippets; only a broken block that names the task matters.
                if (invokeRestApiMentioned(block.text)) {
                    *error = blockError;
                    error->message = QStringLiteral("yaml block %1: %2").arg(block.number).arg(blockError.message);
                    return false;
                }
                blockError.message =
                    QStringLiteral("yaml block %1 is skipped: %2").arg(block.number).arg(blockError.message);
                found.warnings.append(blockError);
                continue;
            }
            found.tasks += blockResult.tasks;
            found.warnings += blockResult.warnings;
        }
    }
    *result = std::move(found);
    return true;
}

bool PipelineImporter::load(const QString &path, PipelineImport *result, DocumentError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DocumentError {QStringLiteral("Cannot open %1: %2").arg(path, file.errorString())};
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Format format =
        suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ? Format::Markdown : Format::Yaml;
    return parse(file.readAll(), format, result, error);
}

ImportMerge PipelineImporter::merge(DesignDocument *document, const QList<ImportedTask> &tasks)
{
    ImportMerge merged;
    for (const ImportedTask &imported : tasks) {
        if (!imported.importable)
            continue;
        document->tasks.append(imported.task);
        ++merged.tasksAdded;
        const ServiceConnection &needed = imported.connection;
        if (needed.name.isEmpty() || document->connection(needed.name))
            continue;
        ServiceConnection placeholder;
        placeholder.name = needed.name;
        placeholder.type = needed.type;
        document->connections.append(placeholder);
        merged.connectionsAdded.append(needed.name);
    }
    return merged;
}

} // namespace RestGate
