#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RestGate {

/// One dry-run variable. Secret values are never written to a design document (only to the keychain).
struct Variable
{
    QString name;
    QString value;
    bool secret = false;

    friend bool operator==(const Variable &, const Variable &) = default;
};

/// A named set of dry-run values for `$(macros)`, e.g. "dev" or "prod".
/// Lookups ignore case, as Azure Pipelines does for variable names.
class VariableSet
{
public:
    VariableSet() = default;
    explicit VariableSet(QString name);

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    const QList<Variable> &variables() const { return m_variables; }
    /// Adds or replaces (by case-insensitive name).
    void set(const QString &name, const QString &value, bool secret = false);
    void set(const Variable &variable);
    bool remove(const QString &name);
    const Variable *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }

    /// Layers `other` over this set: its values win.
    VariableSet overlaidWith(const VariableSet &other) const;

    /// Every `system.*` variable the task's default headers and body use, with realistic generated values
    /// (fresh GUIDs, `build` as the host type, a random access token marked secret).
    static VariableSet systemDefaults();
    /// The names systemDefaults() provides, in a stable order.
    static QStringList systemVariableNames();

    friend bool operator==(const VariableSet &, const VariableSet &) = default;

private:
    QString m_name;
    QList<Variable> m_variables;
};

/// Where a secret variable's value was put into an expanded text: the span of the value, not of the macro.
struct SecretSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SecretSpan &, const SecretSpan &) = default;
};

/// Result of expanding `$(name)` macros in one text.
struct Expansion
{
    QString text;
    QStringList unknown; ///< macro names left verbatim because no variable defines them, in order, unique
    QStringList secretsUsed; ///< names of secret variables whose values were substituted
    /// Every place in `text` a secret value was substituted, in order. Display masks exactly these spans, so a
    /// short secret never masks the same letters elsewhere ("p" in "http").
    QList<SecretSpan> secretSpans;
};

/// A span of `$(name)` inside a text, for highlighting.
struct MacroSpan
{
    qsizetype start = 0; ///< index of '$'
    qsizetype length = 0; ///< through ')'
    QString name;
};

/// Expands `$(name)` the way the Azure DevOps server does for task inputs:
///  - names are matched case-insensitively;   `$(System.PlanId)` == `$(system.planid)`
///  - a macro whose variable is not defined is sent verbatim;  `$(nope)` -> `$(nope)`
///  - one pass: a substituted value is never expanded again.   value "$(b)" stays "$(b)"
class MacroExpander
{
public:
    explicit MacroExpander(const VariableSet &variables);

    Expansion expand(const QString &text) const;

    /// Every `$(name)` in `text`, defined or not.
    static QList<MacroSpan> findMacros(const QString &text);

private:
    const VariableSet &m_variables;
};

} // namespace RestGate
