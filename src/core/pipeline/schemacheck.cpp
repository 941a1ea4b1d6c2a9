#include "core/pipeline/schemacheck.h"

#include "core/pipeline/pipelineexport.h"
#include "core/yaml/yamlutil.h"

#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <optional>

namespace RestGate {

using namespace YamlUtil;

namespace {

// ---- Scalars as YAML 1.1 resolves them (the `yaml` package's yaml-1.1 schema, as tests/schema/validate.mjs reads
// files), and Ajv's coerceTypes on top. A quoted or block scalar is always a string.

enum class ScalarKind
{
    String,
    Null,
    Bool,
    Number,
};

struct Resolved
{
    ScalarKind kind = ScalarKind::String;
    QString text;
    bool boolValue = false;
    double number = 0;
};

bool isPlain(const YAML::Node &node)
{
    return node.Tag() == "?";
}

std::optional<double> parseYaml11Number(const QString &text)
{
    static const QRegularExpression binary(QStringLiteral("^([-+]?)0b([0-1_]+)$"));
    static const QRegularExpression octal(QStringLiteral("^([-+]?)0([0-7_]+)$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9][0-9_]*$"));
    static const QRegularExpression hex(QStringLiteral("^([-+]?)0x([0-9a-fA-F_]+)$"));
    static const QRegularExpression exponent(QStringLiteral("^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$"));
    static const QRegularExpression fraction(QStringLiteral("^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$"));
    static const QRegularExpression sexagesimal(
        QStringLiteral("^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)$"));
    auto radix = [](const QRegularExpressionMatch &m, int base) -> std::optional<double> {
        QString digits = m.captured(2);
        digits.remove(QLatin1Char('_'));
        double value = 0;
        for (const QChar c : digits)
            value = value * base + QString(c).toInt(nullptr, 16);
        return m.captured(1) == QLatin1String("-") ? -value : value;
    };
    QRegularExpressionMatch m;
    if ((m = binary.match(text)).hasMatch())
        return radix(m, 2);
    if ((m = octal.match(text)).hasMatch())
        return radix(m, 8);
    if (decimal.match(text).hasMatch() || exponent.match(text).hasMatch() || fraction.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        bool ok = false;
        const double value = digits.toDouble(&ok);
        // "." and "-." match the float pattern but are no number; validate.mjs keeps such values as text.
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    if ((m = hex.match(text)).hasMatch())
        return radix(m, 16);
    if ((m = sexagesimal.match(text)).hasMatch()) {
        double value = 0;
        for (QString part : m.captured(2).split(QLatin1Char(':'))) {
            part.remove(QLatin1Char('_'));
            value = value * 60 + part.toDouble();
        }
        return m.captured(1) == QLatin1String("-") ? -value : value;
    }
    return std::nullopt;
}

Resolved resolve(const YAML::Node &node)
{
    Resolved r;
    if (node.IsNull()) {
        r.kind = ScalarKind::Null;
        return r;
    }
    r.text = scalarText(node);
    if (!isPlain(node))
        return r;
    static const QRegularExpression trueToken(QStringLiteral("^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$"));
    static const QRegularExpression falseToken(QStringLiteral("^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$"));
    if (trueToken.match(r.text).hasMatch() || falseToken.match(r.text).hasMatch()) {
        r.kind = ScalarKind::Bool;
        r.boolValue = trueToken.match(r.text).hasMatch();
        return r;
    }
    if (const std::optional<double> number = parseYaml11Number(r.text)) {
        r.kind = ScalarKind::Number;
        r.number = *number;
    }
    return r;
}

/// JavaScript's Number(text), which Ajv uses to coerce a string to a number.
std::optional<double> javaScriptNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0.0;
    static const QRegularExpression prefixed(QStringLiteral("^0([xXbBoO])([0-9a-fA-F]+)$"));
    if (const QRegularExpressionMatch m = prefixed.match(t); m.hasMatch()) {
        const QChar base = m.captured(1).at(0).toLower();
        bool ok = false;
        const qulonglong value = m.captured(2).toULongLong(&ok,
                                                           base == QLatin1Char('x')       ? 16
                                                               : base == QLatin1Char('b') ? 2
                                                                                          : 8);
        return ok ? std::optional<double>(double(value)) : std::nullopt;
    }
    static const QRegularExpression decimal(
        QStringLiteral("^[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"));
    if (decimal.match(t).hasMatch())
        return t.toDouble();
    return std::nullopt;
}

// ---- What the schema says about the InvokeRESTAPI inputs (service-schema.json v1.261.1, definitions.task anyOf).

struct InputRule
{
    const char *name;
    QStringList aliases;
    QStringList allowed; ///< empty: any string
};

struct TaskRule
{
    const char *reference;
    QList<InputRule> inputs;
    bool inputsRequired = false;
    const char *requiredInput = nullptr;
};

const QList<TaskRule> &taskRules()
{
    static const QStringList methods = {QStringLiteral("OPTIONS"), QStringLiteral("GET"),  QStringLiteral("HEAD"),
                                        QStringLiteral("POST"),    QStringLiteral("PUT"),  QStringLiteral("DELETE"),
                                        QStringLiteral("TRACE"),   QStringLiteral("PATCH")};
    static const QStringList trueFalse = {QStringLiteral("true"), QStringLiteral("false")};
    static const QList<TaskRule> rules = {
        {"InvokeRESTAPI@1",
         {
             {"connectionType",
              {QStringLiteral("connectedServiceNameSelector")},
              {QStringLiteral("connectedServiceName"), QStringLiteral("connectedServiceNameARM")}},
             {"serviceConnection", {QStringLiteral("connectedServiceName"), QStringLiteral("genericService")}, {}},
             {"azureServiceConnection",
              {QStringLiteral("connectedServiceNameARM"), QStringLiteral("azureSubscription")},
              {}},
             {"method", {}, methods},
             {"headers", {}, {}},
             {"body", {}, {}},
             {"urlSuffix", {}, {}},
             {"waitForCompletion", {}, trueFalse},
             {"successCriteria", {}, {}},
         },
         false,
         nullptr},
        {"InvokeRESTAPI@0",
         {
             {"serviceConnection", {QStringLiteral("connectedServiceName")}, {}},
             {"method", {}, methods},
             {"headers", {}, {}},
             {"body", {}, {}},
             {"urlSuffix", {}, {}},
             {"waitForCompletion", {}, trueFalse},
             {"successCriteria", {}, {}},
         },
         true,
         "serviceConnection"},
    };
    return rules;
}

class Checker
{
public:
    QList<SchemaProblem> problems;

    void document(const YAML::Node &root)
    {
        if (!root || root.IsNull())
            return; // an empty file is a valid (empty) pipeline
        if (root.IsSequence()) {
            const QString kind = fragmentKind(root);
            if (kind == QLatin1String("jobs"))
                jobs(root, QStringLiteral("/jobs"), false);
            else if (kind == QLatin1String("stages"))
                stages(root, QStringLiteral("/stages"), false);
            else
                steps(root, QStringLiteral("/steps"), std::nullopt);
            return;
        }
        if (!root.IsMap()) {
            schema(root, QStringLiteral("/"), QStringLiteral("A pipeline must be a mapping or a list."));
            return;
        }
        pipeline(root);
    }

private:
    void add(SchemaProblem::Source source, const YAML::Node &at, const QString &path, const QString &message)
    {
        const DocumentError where = errorAt(at, message);
        problems.append({source, path, message, where.line, where.column});
    }
    void schema(const YAML::Node &at, const QString &path, const QString &message)
    {
        add(SchemaProblem::Source::Schema, at, path, message);
    }
    void azure(const YAML::Node &at, const QString &path, const QString &message)
    {
        add(SchemaProblem::Source::AzureDevOps, at, path, message);
    }

    static QString fragmentKind(const YAML::Node &list)
    {
        for (const YAML::Node &item : list) {
            if (!item.IsMap() || item.size() == 0)
                continue;
            const QString first = scalarText(item.begin()->first);
            if (first == QLatin1String("job") || first == QLatin1String("deployment"))
                return QStringLiteral("jobs");
            if (first == QLatin1String("stage"))
                return QStringLiteral("stages");
            break;
        }
        return QStringLiteral("steps");
    }

    static QString firstKey(const YAML::Node &map)
    {
        return map.size() == 0 ? QString() : scalarText(map.begin()->first);
    }

    // Type checks, with Ajv's coercion of scalars.
    bool isStringLike(const YAML::Node &node) { return !node || node.IsNull() || node.IsScalar(); }

    void expectString(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        if (!isStringLike(value))
            schema(key, path, QStringLiteral("'%1' must be text.").arg(scalarText(key)));
    }

    void expectPattern(const YAML::Node &value, const YAML::Node &key, const QString &path,
                       const QRegularExpression &pattern, const QString &what)
    {
        if (!isStringLike(value)) {
            schema(key, path, QStringLiteral("'%1' must be text.").arg(scalarText(key)));
            return;
        }
        const QString text = scalarText(value);
        if (!pattern.match(text).hasMatch())
            schema(value.IsNull() ? key : value, path, QStringLiteral("'%1' is not %2.").arg(text, what));
    }

    void expectBoolean(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        bool ok = false;
        if (isStringLike(value)) {
            const Resolved r = resolve(value);
            switch (r.kind) {
            case ScalarKind::Bool:
            case ScalarKind::Null:
                ok = true;
                break;
            case ScalarKind::Number:
                ok = r.number == 0 || r.number == 1;
                break;
            case ScalarKind::String:
                ok = r.text == QLatin1String("true") || r.text == QLatin1String("false");
                break;
            }
        }
        if (!ok)
            schema(value.IsNull() ? key : value, path,
                   QStringLiteral("'%1' must be true or false.").arg(scalarText(key)));
    }

    void expectInteger(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        bool ok = false;
        if (isStringLike(value)) {
            const Resolved r = resolve(value);
            switch (r.kind) {
            case ScalarKind::Bool:
            case ScalarKind::Null:
                ok = true;
                break;
            case ScalarKind::Number:
                ok = std::floor(r.number) == r.number;
                break;
            case ScalarKind::String:
                if (!r.text.isEmpty()) {
                    const std::optional<double> number = javaScriptNumber(r.text);
                    ok = number && std::floor(*number) == *number;
                }
                break;
            }
        }
        if (!ok)
            schema(value.IsNull() ? key : value, path,
                   QStringLiteral("'%1' must be a whole number.").arg(scalarText(key)));
    }

    void expectObject(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        if (!value.IsMap())
            schema(value.IsNull() ? key : value, path, QStringLiteral("'%1' must be a mapping.").arg(scalarText(key)));
    }

    void expectStringOrStringList(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        if (isStringLike(value))
            return;
        if (value.IsSequence()) {
            for (const YAML::Node &item : value) {
                if (!isStringLike(item)) {
                    schema(item, path, QStringLiteral("'%1' must list names.").arg(scalarText(key)));
                    return;
                }
            }
            return;
        }
        schema(key, path, QStringLiteral("'%1' must be a name or a list of names.").arg(scalarText(key)));
    }

    void expectPool(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        if (isStringLike(value))
            return;
        if (!value.IsMap()) {
            schema(key, path, QStringLiteral("'pool' must be a pool name or a mapping."));
            return;
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString name = scalarText(it->first);
            if (name == QLatin1String("name") || name == QLatin1String("vmImage"))
                expectString(it->second, it->first, path + QLatin1Char('/') + name);
            else if (name == QLatin1String("demands"))
                expectStringOrStringList(it->second, it->first, path + QStringLiteral("/demands"));
        }
    }

    void allowedKeys(const YAML::Node &map, const QString &path, const QStringList &allowed, const QString &what)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = scalarText(it->first);
            if (!allowed.contains(key))
                schema(it->first, path, QStringLiteral("'%1' is not a property of %2.").arg(key, what));
        }
    }

    void firstProperty(const YAML::Node &map, const QString &path, const QString &key, const QString &what)
    {
        if (firstKey(map) != key)
            schema(map.begin()->first, path, QStringLiteral("%1 must start with '%2:'.").arg(what, key));
    }

    // ---- Pipelines, stages, jobs, steps.

    void pipeline(const YAML::Node &root)
    {
        static const QStringList common = {
            QStringLiteral("name"),        QStringLiteral("appendCommitMessageToRunName"),
            QStringLiteral("trigger"),     QStringLiteral("parameters"),
            QStringLiteral("pr"),          QStringLiteral("schedules"),
            QStringLiteral("resources"),   QStringLiteral("variables"),
            QStringLiteral("lockBehavior")};
        QStringList allowed = common;
        if (root["stages"]) {
            allowed << QStringLiteral("stages") << QStringLiteral("pool");
            allowedKeys(root, QStringLiteral("/"), allowed, QStringLiteral("a pipeline with stages"));
            stages(root["stages"], QStringLiteral("/stages"), poolIsServer(root["pool"]));
        } else if (root["jobs"]) {
            allowed << QStringLiteral("jobs") << QStringLiteral("pool");
            allowedKeys(root, QStringLiteral("/"), allowed, QStringLiteral("a pipeline with jobs"));
            jobs(root["jobs"], QStringLiteral("/jobs"), poolIsServer(root["pool"]));
        } else if (root["steps"]) {
            allowed << QStringLiteral("steps") << QStringLiteral("continueOnError");
            if (root["server"])
                allowed << QStringLiteral("server");
            else if (root["queue"])
                allowed << QStringLiteral("queue");
            else
                allowed << QStringLiteral("pool") << QStringLiteral("container") << QStringLiteral("services")
                        << QStringLiteral("strategy") << QStringLiteral("workspace");
            allowedKeys(root, QStringLiteral("/"), allowed, QStringLiteral("a pipeline with steps"));
            std::optional<bool> server = poolIsServer(root["pool"]);
            if (root["server"])
                server = resolve(root["server"]).kind == ScalarKind::Bool && resolve(root["server"]).boolValue;
            // Steps at the top level without a pool run in an implicit agent job.
            steps(root["steps"], QStringLiteral("/steps"), server.value_or(false));
        } else if (!root["extends"] && !root["phases"]) {
            schema(root, QStringLiteral("/"), QStringLiteral("A pipeline needs stages, jobs, steps or extends."));
        }
    }

    /// true/false when the pool says; nullopt when there is no pool (inherited).
    static std::optional<bool> poolIsServer(const YAML::Node &pool)
    {
        if (!pool || pool.IsNull())
            return std::nullopt;
        if (pool.IsScalar())
            return scalarText(pool).trimmed().compare(QLatin1String("server"), Qt::CaseInsensitive) == 0;
        return false;
    }

    void stages(const YAML::Node &list, const QString &path, std::optional<bool> inheritedServer)
    {
        if (!list.IsSequence()) {
            schema(list, path, QStringLiteral("'stages' must be a list."));
            return;
        }
        static const QStringList allowed = {
            QStringLiteral("stage"),     QStringLiteral("group"),       QStringLiteral("displayName"),
            QStringLiteral("pool"),      QStringLiteral("dependsOn"),   QStringLiteral("condition"),
            QStringLiteral("variables"), QStringLiteral("jobs"),        QStringLiteral("lockBehavior"),
            QStringLiteral("trigger"),   QStringLiteral("isSkippable"), QStringLiteral("templateContext"),
            QStringLiteral("checks")};
        int index = 0;
        for (const YAML::Node &stage : list) {
            const QString at = path + QLatin1Char('/') + QString::number(index++);
            if (!stage.IsMap() || stage.size() == 0) {
                schema(stage, at, QStringLiteral("A stage must be a mapping that starts with 'stage:'."));
                continue;
            }
            if (firstKey(stage) == QLatin1String("template")) {
                allowedKeys(stage, at, {QStringLiteral("template"), QStringLiteral("parameters")},
                            QStringLiteral("a stage template reference"));
                continue;
            }
            firstProperty(stage, at, QStringLiteral("stage"), QStringLiteral("A stage"));
            allowedKeys(stage, at, allowed, QStringLiteral("a stage"));
            for (auto it = stage.begin(); it != stage.end(); ++it) {
                const QString key = scalarText(it->first);
                const QString keyPath = at + QLatin1Char('/') + key;
                if (key == QLatin1String("stage")) {
                    expectString(it->second, it->first, keyPath);
                    if (it->second.IsScalar() && !PipelineExport::isValidIdentifier(scalarText(it->second)))
                        azure(it->second, keyPath,
                              QStringLiteral("Stage name '%1' must use only A-Z, a-z, 0-9 and '_' and not start "
                                             "with a digit.")
                                  .arg(scalarText(it->second)));
                } else if (key == QLatin1String("displayName") || key == QLatin1String("condition")
                           || key == QLatin1String("group")) {
                    expectString(it->second, it->first, keyPath);
                } else if (key == QLatin1String("pool")) {
                    expectPool(it->second, it->first, keyPath);
                } else if (key == QLatin1String("dependsOn")) {
                    expectStringOrStringList(it->second, it->first, keyPath);
                } else if (key == QLatin1String("isSkippable")) {
                    expectBooleanWord(it->second, it->first, keyPath);
                }
            }
            std::optional<bool> server = poolIsServer(stage["pool"]);
            if (!server)
                server = inheritedServer;
            if (const YAML::Node jobList = stage["jobs"])
                jobs(jobList, at + QStringLiteral("/jobs"), server);
        }
    }

    // The schema's "boolean" definition: one of eight lower-case words (a YAML boolean is coerced to its text).
    void expectBooleanWord(const YAML::Node &value, const YAML::Node &key, const QString &path)
    {
        static const QStringList words = {QStringLiteral("true"), QStringLiteral("y"),     QStringLiteral("yes"),
                                          QStringLiteral("on"),   QStringLiteral("false"), QStringLiteral("n"),
                                          QStringLiteral("no"),   QStringLiteral("off")};
        bool ok = false;
        if (isStringLike(value)) {
            const Resolved r = resolve(value);
            ok = r.kind == ScalarKind::Bool || words.contains(r.text);
        }
        if (!ok)
            schema(key, path, QStringLiteral("'%1' must be true or false.").arg(scalarText(key)));
    }

    void jobs(const YAML::Node &list, const QString &path, std::optional<bool> inheritedServer)
    {
        if (!list.IsSequence()) {
            schema(list, path, QStringLiteral("'jobs' must be a list."));
            return;
        }
        static const QStringList allowed = {QStringLiteral("job"),
                                            QStringLiteral("displayName"),
                                            QStringLiteral("dependsOn"),
                                            QStringLiteral("condition"),
                                            QStringLiteral("continueOnError"),
                                            QStringLiteral("timeoutInMinutes"),
                                            QStringLiteral("cancelTimeoutInMinutes"),
                                            QStringLiteral("variables"),
                                            QStringLiteral("strategy"),
                                            QStringLiteral("pool"),
                                            QStringLiteral("container"),
                                            QStringLiteral("services"),
                                            QStringLiteral("workspace"),
                                            QStringLiteral("uses"),
                                            QStringLiteral("steps"),
                                            QStringLiteral("templateContext")};
        static const QRegularExpression referenceName(QStringLiteral("^[-_A-Za-z0-9]*$"));
        int index = 0;
        for (const YAML::Node &job : list) {
            const QString at = path + QLatin1Char('/') + QString::number(index++);
            if (!job.IsMap() || job.size() == 0) {
                schema(job, at, QStringLiteral("A job must be a mapping that starts with 'job:'."));
                continue;
            }
            const QString first = firstKey(job);
            if (first == QLatin1String("template")) {
                allowedKeys(job, at, {QStringLiteral("template"), QStringLiteral("parameters")},
                            QStringLiteral("a job template reference"));
                continue;
            }
            if (first == QLatin1String("deployment")) {
                deployment(job, at, inheritedServer);
                continue;
            }
            firstProperty(job, at, QStringLiteral("job"), QStringLiteral("A job"));
            allowedKeys(job, at, allowed, QStringLiteral("a job"));
            for (auto it = job.begin(); it != job.end(); ++it) {
                const QString key = scalarText(it->first);
                const QString keyPath = at + QLatin1Char('/') + key;
                if (key == QLatin1String("job")) {
                    expectPattern(it->second, it->first, keyPath, referenceName,
                                  QStringLiteral("a job name (A-Z, a-z, 0-9, '-' and '_')"));
                    if (isStringLike(it->second) && !PipelineExport::isValidIdentifier(scalarText(it->second)))
                        azure(it->second.IsNull() ? it->first : it->second, keyPath,
                              QStringLiteral("Job name '%1' must use only A-Z, a-z, 0-9 and '_' and not start with a "
                                             "digit.")
                                  .arg(scalarText(it->second)));
                } else if (key == QLatin1String("displayName") || key == QLatin1String("condition")
                           || key == QLatin1String("continueOnError") || key == QLatin1String("timeoutInMinutes")
                           || key == QLatin1String("cancelTimeoutInMinutes")) {
                    expectString(it->second, it->first, keyPath);
                } else if (key == QLatin1String("dependsOn")) {
                    expectStringOrStringList(it->second, it->first, keyPath);
                } else if (key == QLatin1String("pool")) {
                    expectPool(it->second, it->first, keyPath);
                }
            }
            std::optional<bool> server = poolIsServer(job["pool"]);
            if (!server)
                server = inheritedServer;
            if (const YAML::Node stepList = job["steps"])
                steps(stepList, at + QStringLiteral("/steps"), server.value_or(false), job);
        }
    }

    void deployment(const YAML::Node &job, const QString &at, std::optional<bool> inheritedServer)
    {
        static const QStringList allowed = {QStringLiteral("deployment"),
                                            QStringLiteral("displayName"),
                                            QStringLiteral("dependsOn"),
                                            QStringLiteral("condition"),
                                            QStringLiteral("continueOnError"),
                                            QStringLiteral("timeoutInMinutes"),
                                            QStringLiteral("cancelTimeoutInMinutes"),
                                            QStringLiteral("variables"),
                                            QStringLiteral("pool"),
                                            QStringLiteral("environment"),
                                            QStringLiteral("strategy"),
                                            QStringLiteral("workspace"),
                                            QStringLiteral("uses"),
                                            QStringLiteral("container"),
                                            QStringLiteral("services"),
                                            QStringLiteral("templateContext")};
        allowedKeys(job, at, allowed, QStringLiteral("a deployment job"));
        std::optional<bool> server = poolIsServer(job["pool"]);
        if (!server)
            server = inheritedServer;
        const YAML::Node strategy = job["strategy"];
        if (!strategy || !strategy.IsMap())
            return;
        for (auto s = strategy.begin(); s != strategy.end(); ++s) {
            if (!s->second.IsMap())
                continue;
            const QString strategyPath = at + QStringLiteral("/strategy/") + scalarText(s->first);
            for (auto h = s->second.begin(); h != s->second.end(); ++h) {
                const QString hook = scalarText(h->first);
                QList<QPair<QString, YAML::Node>> hooks;
                if (hook == QLatin1String("on") && h->second.IsMap()) {
                    for (auto o = h->second.begin(); o != h->second.end(); ++o)
                        hooks.append({QStringLiteral("on/") + scalarText(o->first), o->second});
                } else {
                    hooks.append({hook, h->second});
                }
                for (const auto &[name, body] : std::as_const(hooks)) {
                    if (!body.IsMap() || !body["steps"])
                        continue;
                    std::optional<bool> hookServer = poolIsServer(body["pool"]);
                    steps(body["steps"], strategyPath + QLatin1Char('/') + name + QStringLiteral("/steps"),
                          hookServer.value_or(server.value_or(false)), job);
                }
            }
        }
    }

    void steps(const YAML::Node &list, const QString &path, std::optional<bool> server,
               const YAML::Node &job = YAML::Node())
    {
        if (!list.IsSequence()) {
            schema(list, path, QStringLiteral("'steps' must be a list."));
            return;
        }
        static const QStringList otherSteps = {
            QStringLiteral("script"),        QStringLiteral("bash"),       QStringLiteral("pwsh"),
            QStringLiteral("powershell"),    QStringLiteral("checkout"),   QStringLiteral("download"),
            QStringLiteral("downloadBuild"), QStringLiteral("getPackage"), QStringLiteral("publish"),
            QStringLiteral("template"),      QStringLiteral("reviewApp")};
        int index = 0;
        for (const YAML::Node &step : list) {
            const QString at = path + QLatin1Char('/') + QString::number(index++);
            if (!step.IsMap() || step.size() == 0) {
                schema(step, at, QStringLiteral("A step must be a mapping such as 'task: ...' or 'script: ...'."));
                continue;
            }
            if (step["task"]) {
                task(step, at, server, job);
                continue;
            }
            if (!otherSteps.contains(firstKey(step)))
                schema(step, at, QStringLiteral("'%1' does not start a step.").arg(firstKey(step)));
        }
    }

    void task(const YAML::Node &step, const QString &at, std::optional<bool> server, const YAML::Node &job)
    {
        firstProperty(step, at, QStringLiteral("task"), QStringLiteral("A task step"));
        static const QStringList allowed = {QStringLiteral("task"),
                                            QStringLiteral("displayName"),
                                            QStringLiteral("name"),
                                            QStringLiteral("condition"),
                                            QStringLiteral("continueOnError"),
                                            QStringLiteral("enabled"),
                                            QStringLiteral("retryCountOnTaskFailure"),
                                            QStringLiteral("timeoutInMinutes"),
                                            QStringLiteral("inputs"),
                                            QStringLiteral("env")};
        allowedKeys(step, at, allowed, QStringLiteral("a task step"));
        static const QRegularExpression stepName(QStringLiteral("^[_A-Za-z0-9]*$"));
        for (auto it = step.begin(); it != step.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString keyPath = at + QLatin1Char('/') + key;
            if (key == QLatin1String("displayName") || key == QLatin1String("condition")
                || key == QLatin1String("enabled"))
                expectString(it->second, it->first, keyPath);
            else if (key == QLatin1String("name"))
                expectPattern(it->second, it->first, keyPath, stepName,
                              QStringLiteral("a step name (A-Z, a-z, 0-9 and '_')"));
            else if (key == QLatin1String("continueOnError"))
                expectBoolean(it->second, it->first, keyPath);
            else if (key == QLatin1String("timeoutInMinutes") || key == QLatin1String("retryCountOnTaskFailure"))
                expectInteger(it->second, it->first, keyPath);
            else if (key == QLatin1String("inputs") || key == QLatin1String("env"))
                expectObject(it->second, it->first, keyPath);
        }

        const YAML::Node reference = step["task"];
        const Resolved name = isStringLike(reference) ? resolve(reference) : Resolved {};
        const TaskRule *rule = nullptr;
        for (const TaskRule &candidate : taskRules()) {
            if (name.kind == ScalarKind::String && name.text == QLatin1String(candidate.reference))
                rule = &candidate;
        }
        static const QRegularExpression invokeRestApi(QStringLiteral("^\\s*(invokerestapi|9c3e8943-130d-4c78-ac63-"
                                                                     "8af81df62dfb)@"),
                                                      QRegularExpression::CaseInsensitiveOption);
        if (!rule) {
            if (invokeRestApi.match(name.text).hasMatch())
                schema(reference, at + QStringLiteral("/task"),
                       QStringLiteral("The schema names this task exactly InvokeRESTAPI@1 or InvokeRESTAPI@0, not "
                                      "'%1'.")
                           .arg(name.text));
            return; // another task: its inputs are not RestGate's to check
        }
        if (server.has_value() && !*server) {
            const YAML::Node at2 = job.IsMap() ? job : step;
            azure(at2, at,
                  QStringLiteral("%1 runs only in an agentless job: the job needs 'pool: server'.")
                      .arg(QLatin1String(rule->reference)));
        }
        const YAML::Node inputs = step["inputs"];
        if (!inputs) {
            if (rule->inputsRequired)
                schema(step, at, QStringLiteral("%1 needs 'inputs:'.").arg(QLatin1String(rule->reference)));
            return;
        }
        if (!inputs.IsMap())
            return; // reported above as a type problem
        const QString inputsPath = at + QStringLiteral("/inputs");
        QList<const InputRule *> seen;
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString keyPath = inputsPath + QLatin1Char('/') + key;
            const InputRule *input = nullptr;
            for (const InputRule &candidate : rule->inputs) {
                if (key == QLatin1String(candidate.name) || candidate.aliases.contains(key))
                    input = &candidate;
            }
            if (!input) {
                const QString why = key == QLatin1String("azureDevOpsServiceConnection")
                        || key == QLatin1String("connectedServiceNameAzureDevOps")
                    ? QStringLiteral(" The published schema predates the Azure DevOps connection type "
                                     "(InvokeRESTAPI 1.274.0); Azure DevOps itself accepts it.")
                    : QString();
                schema(it->first, keyPath,
                       QStringLiteral("'%1' is not an input of %2.").arg(key, QLatin1String(rule->reference)) + why);
                continue;
            }
            if (seen.contains(input))
                schema(it->first, keyPath,
                       QStringLiteral("Input '%1' is given twice (under two of its names).")
                           .arg(QLatin1String(input->name)));
            seen.append(input);
            if (!isStringLike(it->second)) {
                schema(it->first, keyPath, QStringLiteral("Input '%1' must be text.").arg(key));
                continue;
            }
            if (input->allowed.isEmpty())
                continue;
            const Resolved value = resolve(it->second);
            if (value.kind != ScalarKind::String || !input->allowed.contains(value.text)) {
                QString message =
                    QStringLiteral("Input '%1' must be one of %2").arg(key, input->allowed.join(QStringLiteral(", ")));
                if (value.kind == ScalarKind::Bool)
                    message += QStringLiteral(" as text: quote it ('%1').").arg(value.text);
                else if (value.text == QLatin1String("connectedServiceNameAzureDevOps"))
                    message += QStringLiteral("; the published schema predates the Azure DevOps connection type "
                                              "(InvokeRESTAPI 1.274.0).");
                else
                    message += QStringLiteral(", not '%1'.").arg(value.text);
                schema(it->second.IsNull() ? it->first : it->second, keyPath, message);
            }
        }
        if (rule->requiredInput) {
            bool present = false;
            for (const InputRule &candidate : rule->inputs) {
                if (QLatin1String(candidate.name) == QLatin1String(rule->requiredInput))
                    present = seen.contains(&candidate);
            }
            if (!present)
                schema(inputs, inputsPath,
                       QStringLiteral("%1 needs the input '%2'.")
                           .arg(QLatin1String(rule->reference), QLatin1String(rule->requiredInput)));
        }
    }
};

} // namespace

QList<SchemaProblem> SchemaCheck::check(const QString &yaml)
{
    YAML::Node root;
    try {
        const std::string text = yaml.toStdString();
        DocumentError refused;
        if (!checkBeforeLoad(text, &refused))
            return {
                {SchemaProblem::Source::Schema, QStringLiteral("/"), refused.message, refused.line, refused.column}};
        root = YAML::Load(text);
    } catch (const YAML::ParserException &e) {
        return {{SchemaProblem::Source::Schema, QStringLiteral("/"),
                 QStringLiteral("Not valid YAML: %1").arg(toQString(e.msg)), e.mark.line + 1, e.mark.column + 1}};
    }
    Checker checker;
    try {
        checker.document(root);
    } catch (const YAML::Exception &e) {
        checker.problems.append(
            {SchemaProblem::Source::Schema, QStringLiteral("/"), toQString(e.msg), e.mark.line + 1, e.mark.column + 1});
    }
    return checker.problems;
}

bool SchemaCheck::schemaAccepts(const QList<SchemaProblem> &problems)
{
    for (const SchemaProblem &problem : problems) {
        if (problem.source == SchemaProblem::Source::Schema)
            return false;
    }
    return true;
}

} // namespace RestGate
