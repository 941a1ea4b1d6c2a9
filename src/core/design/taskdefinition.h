#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RestGate {

/// One choice of a pickList input: the value written to YAML and the label the task panel shows.
struct InputOption
{
    QString value;
    QString label;
};

/// One input of a task version, exactly as its task.json declares it.
struct InputDefinition
{
    enum class Type
    {
        PickList,
        ConnectedService,
        MultiLine,
        String
    };

    QString name; ///< task.json name, e.g. connectedServiceName
    QStringList aliases; ///< YAML aliases in task.json order; the first is the key the docs show
    Type type = Type::String;
    QString typeText; ///< the raw task.json type, e.g. connectedService:AzureRM
    QString label;
    QString help; ///< helpMarkDown, verbatim (including the task's zero-width spaces)
    QString defaultValue;
    QList<InputOption> options;
    bool required = false;
    QString visibleRule; ///< e.g. "method != GET && method != HEAD"; empty = always visible
    QString group; ///< group name, empty = top level
    int maxLength = 0; ///< 0 = none
    int rows = 0; ///< multiLine rows

    /// The key RestGate writes in YAML: the first alias when there is one (as Microsoft's docs do), else the name.
    QString yamlKey() const { return aliases.isEmpty() ? name : aliases.first(); }
    /// True when `key` is the name or an alias, ignoring case as Azure DevOps does.
    bool matchesKey(const QString &key) const;
    QString labelForOption(const QString &value) const;
};

struct InputGroup
{
    QString name;
    QString displayName;
    bool expandedByDefault = false;
};

/// A task version's definition, the one description that the GUI, YAML I/O and validation all read.
class TaskDefinition
{
public:
    QString id;
    QString name; ///< InvokeRESTAPI
    QString friendlyName;
    QString description;
    QString helpUrl;
    int majorVersion = 0;
    int minorVersion = 0;
    int patchVersion = 0;
    QString instanceNameFormat;
    QList<InputGroup> groups;
    QList<InputDefinition> inputs;

    /// "InvokeRESTAPI@1"
    QString reference() const;
    /// "1.274.1"
    QString versionText() const;

    const InputDefinition *input(const QString &nameOrAlias) const;
    const InputGroup *group(const QString &name) const;

    /// InvokeRESTAPI@1 as of 1.274.1 (Generic, Azure Resource Manager and Azure DevOps connections).
    static const TaskDefinition &invokeRestApiV1();
    /// InvokeRESTAPI@0 as the service still serves it (0.0.8 of 2018-01-10).
    static const TaskDefinition &invokeRestApiV0();
    /// Every version RestGate knows, newest first.
    static QList<const TaskDefinition *> all();
    /// Resolves "InvokeRESTAPI@1", "invokerestapi@1.274.1", "InvokeRESTAPI@0" (name ignoring case; a full version
    /// selects its major). Returns nullptr for anything else.
    static const TaskDefinition *forReference(const QString &reference);
};

/// Well-known input names. Everything else about an input comes from the definition; these exist so code that
/// implements the task's execution section (which itself names inputs) reads like that section.
namespace Inputs {
inline constexpr char16_t connectionType[] = u"connectedServiceNameSelector";
inline constexpr char16_t genericConnection[] = u"connectedServiceName";
inline constexpr char16_t azureRmConnection[] = u"connectedServiceNameARM";
inline constexpr char16_t azureDevOpsConnection[] = u"connectedServiceNameAzureDevOps";
inline constexpr char16_t method[] = u"method";
inline constexpr char16_t headers[] = u"headers";
inline constexpr char16_t body[] = u"body";
inline constexpr char16_t urlSuffix[] = u"urlSuffix";
inline constexpr char16_t waitForCompletion[] = u"waitForCompletion";
inline constexpr char16_t successCriteria[] = u"successCriteria";
} // namespace Inputs

} // namespace RestGate
