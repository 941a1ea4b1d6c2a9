#include "core/design/designdocument.h"

#include "core/design/atomicwrite.h"
#include "core/design/designmerge.h"
#include "core/yaml/stepyaml.h"
#include "core/yaml/yamlutil.h"
#include "core/yaml/yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace RestGate {

using namespace YamlUtil;

QString DocumentError::toString() const
{
    if (line <= 0)
        return message;
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

const ServiceConnection *DesignDocument::connection(const QString &name) const
{
    // Azure DevOps matches service connection names ignoring case.
    for (const ServiceConnection &c : connections) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

int DesignDocument::renameConnections(const QHash<QString, QString> &oldToNew)
{
    const auto renamed = [&oldToNew](const QString &name) -> std::optional<QString> {
        for (auto it = oldToNew.cbegin(); it != oldToNew.cend(); ++it) {
            if (it.key().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return std::nullopt;
    };
    for (ServiceConnection &c : connections) {
        if (const std::optional<QString> newName = renamed(c.name))
            c.name = *newName;
    }
    int changed = 0;
    for (TaskConfig &task : tasks) {
        const QString input = task.connectionInputName();
        if (!task.isSet(input))
            continue;
        if (const std::optional<QString> newName = renamed(task.input(input))) {
            if (task.input(input) != *newName) {
                task.setInput(input, *newName);
                ++changed;
            }
        }
    }
    return changed;
}

const VariableSet *DesignDocument::variableSet(const QString &name) const
{
    for (const VariableSet &set : variableSets) {
        if (set.name().compare(name, Qt::CaseInsensitive) == 0)
            return &set;
    }
    return nullptr;
}

VariableSet DesignDocument::effectiveVariables(const QString &setName) const
{
    const VariableSet *set = setName.isEmpty() ? nullptr : variableSet(setName);
    return set ? variables.overlaidWith(*set) : variables;
}

qsizetype DesignDocument::taskIndexByDisplayName(const QString &displayName) const
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).displayName.compare(displayName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

namespace {

bool readVariables(const YAML::Node &node, VariableSet *set, DocumentError *error)
{
    if (!node || node.IsNull())
        return true;
    if (!node.IsMap()) {
        *error = errorAt(node, QStringLiteral("'variables' must be a mapping of names to values."));
        return false;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = scalarText(it->first);
        const YAML::Node value = it->second;
        if (value.IsMap()) {
            // { secret: true } declares a secret whose value lives only in the keychain.
            Variable variable {name, scalarText(value["value"]), false};
            const QString secret = scalarText(value["secret"]).trimmed();
            variable.secret = secret.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            if (variable.secret)
                variable.value.clear();
            set->set(variable);
        } else if (value.IsScalar() || value.IsNull()) {
            set->set(name, scalarText(value));
        } else {
            *error = errorAt(value, QStringLiteral("Variable '%1' must be text.").arg(name));
            return false;
        }
    }
    return true;
}

bool readConnections(const YAML::Node &node, QList<ServiceConnection> *connections, DocumentError *error)
{
    if (!node || node.IsNull())
        return true;
    if (!node.IsSequence()) {
        *error = errorAt(node, QStringLiteral("'connections' must be a list."));
        return false;
    }
    for (const YAML::Node &item : node) {
        if (!item.IsMap()) {
            *error = errorAt(item, QStringLiteral("A connection must be a mapping with name, type and url."));
            return false;
        }
        ServiceConnection connection;
        connection.name = scalarText(item["name"]).trimmed();
        if (connection.name.isEmpty()) {
            *error = errorAt(item, QStringLiteral("A connection needs a name."));
            return false;
        }
        const QString type = scalarText(item["type"]).trimmed();
        if (!type.isEmpty() && !ServiceConnection::typeFromKey(type, &connection.type)) {
            *error = errorAt(item["type"],
                             QStringLiteral("Connection type '%1' is not one of generic, azureRM, "
                                            "azureDevOps.")
                                 .arg(type));
            return false;
        }
        connection.url = scalarText(item["url"]).trimmed();
        connection.username = scalarText(item["username"]);
        connection.id = scalarText(item["id"]).trimmed().toLower();
        if (!connection.id.isEmpty() && QUuid::fromString(connection.id).isNull()) {
            *error = errorAt(item["id"], QStringLiteral("Connection id '%1' is not a UUID.").arg(connection.id));
            return false;
        }
        for (const ServiceConnection &other : std::as_const(*connections)) {
            if (!connection.id.isEmpty() && other.id == connection.id) {
                *error = errorAt(item["id"],
                                 QStringLiteral("Connections '%1' and '%2' share the id %3; each needs its "
                                                "own (their keychain entries hang off it).")
                                     .arg(other.name, connection.name, connection.id));
                return false;
            }
        }
        connection.azure = AzureConnectionSettings::defaultsFor(connection.kind());
        if (connection.type != ServiceConnection::Type::Generic) {
            QVariantMap azure;
            for (const QString &key : AzureConnectionSettings::documentKeys()) {
                const YAML::Node value = item[key.toStdString()];
                if (value && !value.IsNull())
                    azure.insert(key, scalarText(value));
            }
            QString problem;
            if (!AzureConnectionSettings::fromVariantMap(azure, connection.kind(), &connection.azure, &problem)) {
                *error = errorAt(item, QStringLiteral("Connection '%1': %2").arg(connection.name, problem));
                return false;
            }
        }
        for (const char *forbidden : {"password", "token", "secret", "clientSecret", "personalAccessToken"}) {
            if (item[forbidden]) {
                *error = errorAt(item[forbidden],
                                 QStringLiteral("Connection '%1' has a '%2' key: design documents "
                                                "never hold secrets. Remove it and store the secret "
                                                "in the keychain or in %3.")
                                     .arg(connection.name, QLatin1String(forbidden),
                                          ServiceConnection::secretEnvironmentVariable(connection.name)));
                return false;
            }
        }
        connections->append(connection);
    }
    return true;
}

} // namespace

bool DesignDocument::parse(const QByteArray &text, DesignDocument *document, DocumentError *error,
                           QList<DocumentError> *warnings)
{
    YAML::Node root;
    try {
        const std::string yaml = text.toStdString();
        if (!checkBeforeLoad(yaml, error))
            return false;
        root = YAML::Load(yaml);
    } catch (const YAML::ParserException &e) {
        *error = DocumentError {toQString(e.msg), e.mark.line + 1, e.mark.column + 1};
        return false;
    }
    DesignDocument result;
    try {
        if (!root.IsMap()) {
            *error = DocumentError {QStringLiteral("A RestGate design starts with 'restgate: 1'."), 1, 1};
            return false;
        }
        const YAML::Node version = root["restgate"];
        if (!version) {
            *error = DocumentError {QStringLiteral("This is not a RestGate design: the 'restgate:' version key is "
                                                   "missing. (To bring in a pipeline, use Import pipeline.)"),
                                    1, 1};
            return false;
        }
        bool ok = false;
        const int number = scalarText(version).toInt(&ok);
        if (!ok || number < 1 || number > formatVersion) {
            *error = errorAt(version,
                             QStringLiteral("Design format version '%1' is not supported by this RestGate "
                                            "(it reads version %2).")
                                 .arg(scalarText(version))
                                 .arg(formatVersion));
            return false;
        }
        if (!readConnections(root["connections"], &result.connections, error))
            return false;
        if (!readVariables(root["variables"], &result.variables, error))
            return false;
        if (const YAML::Node sets = root["variableSets"]; sets && !sets.IsNull()) {
            if (!sets.IsSequence()) {
                *error = errorAt(sets, QStringLiteral("'variableSets' must be a list."));
                return false;
            }
            for (const YAML::Node &item : sets) {
                VariableSet set(scalarText(item["name"]).trimmed());
                if (set.name().isEmpty()) {
                    *error = errorAt(item, QStringLiteral("A variable set needs a name."));
                    return false;
                }
                if (!readVariables(item["variables"], &set, error))
                    return false;
                result.variableSets.append(set);
            }
        }
        if (const YAML::Node tasks = root["tasks"]; tasks && !tasks.IsNull()) {
            if (!tasks.IsSequence()) {
                *error = errorAt(tasks, QStringLiteral("'tasks' must be a list of pipeline steps."));
                return false;
            }
            for (const YAML::Node &step : tasks) {
                TaskConfig task;
                if (!StepYaml::read(step, &task, error, warnings))
                    return false;
                result.tasks.append(task);
            }
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            static const QStringList known = {QStringLiteral("restgate"), QStringLiteral("connections"),
                                              QStringLiteral("variables"), QStringLiteral("variableSets"),
                                              QStringLiteral("tasks")};
            const QString key = scalarText(it->first);
            if (!known.contains(key) && warnings)
                warnings->append(errorAt(it->first,
                                         QStringLiteral("Unknown key '%1' is not used by RestGate; it is kept in the "
                                                        "file as written.")
                                             .arg(key)));
        }
    } catch (const YAML::Exception &e) {
        *error = DocumentError {toQString(e.msg), e.mark.line + 1, e.mark.column + 1};
        return false;
    }
    result.m_origin.file->text = text;
    *document = std::move(result);
    return true;
}

bool DesignDocument::load(const QString &path, DesignDocument *document, DocumentError *error,
                          QList<DocumentError> *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DocumentError {QStringLiteral("Cannot open %1: %2").arg(path, file.errorString())};
        return false;
    }
    if (!parse(file.readAll(), document, error, warnings))
        return false;
    document->m_origin.file->path = QFileInfo(path).absoluteFilePath();
    return true;
}

static void writeVariables(YamlWriter &w, const VariableSet &set)
{
    w.beginMapping(QStringLiteral("variables"));
    for (const Variable &variable : set.variables()) {
        if (variable.secret) {
            // The value stays in the keychain; the document only says the variable exists and is secret.
            w.beginMapping(variable.name);
            w.plain(QStringLiteral("secret"), QStringLiteral("true"));
            w.endMapping();
        } else {
            w.scalar(variable.name, variable.value);
        }
    }
    w.endMapping();
}

QString DesignDocument::toYaml() const
{
    YamlWriter w;
    w.plain(QStringLiteral("restgate"), QString::number(formatVersion));
    if (!connections.isEmpty()) {
        w.beginSequence(QStringLiteral("connections"));
        for (const ServiceConnection &c : connections) {
            w.beginItem();
            if (!c.id.isEmpty())
                w.scalar(QStringLiteral("id"), c.id);
            w.scalar(QStringLiteral("name"), c.name);
            w.scalar(QStringLiteral("type"), ServiceConnection::typeKey(c.type));
            if (!c.url.isEmpty() || c.type == ServiceConnection::Type::Generic)
                w.scalar(QStringLiteral("url"), c.url);
            if (!c.username.isEmpty())
                w.scalar(QStringLiteral("username"), c.username);
            if (c.type != ServiceConnection::Type::Generic) {
                const QVariantMap azure = c.azure.toVariantMap(c.kind());
                for (const QString &key : AzureConnectionSettings::documentKeys()) {
                    if (azure.contains(key))
                        w.scalar(key, azure.value(key).toString());
                }
            }
            w.endItem();
        }
        w.endSequence();
    }
    if (!variables.variables().isEmpty())
        writeVariables(w, variables);
    if (!variableSets.isEmpty()) {
        w.beginSequence(QStringLiteral("variableSets"));
        for (const VariableSet &set : variableSets) {
            w.beginItem();
            w.scalar(QStringLiteral("name"), set.name());
            writeVariables(w, set);
            w.endItem();
        }
        w.endSequence();
    }
    w.beginSequence(QStringLiteral("tasks"));
    for (const TaskConfig &task : tasks)
        StepYaml::write(w, task);
    w.endSequence();
    return w.text();
}

QString DesignDocument::toFileText() const
{
    const QString generated = toYaml();
    const QByteArray &original = m_origin.file->text;
    if (original.isEmpty())
        return generated;
    const QString merged = DesignMerge::merge(QString::fromUtf8(original), generated);
    // The merged text must read back as exactly this design; if the merge could not manage that, RestGate's own
    // layout is the one that is right.
    DesignDocument check;
    DocumentError error;
    if (merged.isEmpty() || !parse(merged.toUtf8(), &check, &error) || !(check == *this)) {
        qWarning("RestGate: could not keep the layout of %s; writing it afresh", qPrintable(m_origin.file->path));
        return generated;
    }
    return merged;
}

bool DesignDocument::changedOnDisk() const
{
    const FileState &state = *m_origin.file;
    if (state.path.isEmpty())
        return false;
    QFile file(state.path);
    // A file that is gone lost nothing a save could overwrite.
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() != state.text;
}

bool DesignDocument::save(const QString &path, QString *errorMessage, SaveProblem *problem, SaveMode mode) const
{
    const auto fail = [&](SaveProblem why, const QString &message) {
        if (problem)
            *problem = why;
        *errorMessage = message;
        return false;
    };
    if (problem)
        *problem = SaveProblem::None;
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(path);
    QLockFile lock(target + QStringLiteral(".lock"));
    if (mode != SaveMode::Copy && !lock.tryLock(1500) && lock.error() == QLockFile::LockFailedError) {
        return fail(SaveProblem::Locked,
                    QStringLiteral("%1 is being saved by another program right now (lock file %2). Try again.")
                        .arg(shownPath, QDir::toNativeSeparators(target + QStringLiteral(".lock"))));
    }
    // No lock for another reason (a read-only folder, a full disk): the write below says what is wrong.
    FileState &state = *m_origin.file;
    if (mode == SaveMode::Normal && state.path == target && changedOnDisk()) {
        return fail(SaveProblem::ChangedOnDisk,
                    QStringLiteral("%1 was changed on disk after it was opened (by another program or another "
                                   "RestGate window). Saving now would overwrite those changes.")
                        .arg(shownPath));
    }
    const QByteArray bytes = toFileText().toUtf8();
    QString reason;
    if (!writeFileAtomically(path, bytes, &reason))
        return fail(SaveProblem::WriteFailed, QStringLiteral("Cannot write %1: %2").arg(shownPath, reason));
    if (mode != SaveMode::Copy) {
        state.path = target;
        state.text = bytes;
    }
    return true;
}

} // namespace RestGate
