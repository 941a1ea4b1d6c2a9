#include "core/design/variables.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace RestGate {

VariableSet::VariableSet(QString name)
    : m_name(std::move(name))
{
}

void VariableSet::set(const QString &name, const QString &value, bool secret)
{
    set(Variable {name, value, secret});
}

void VariableSet::set(const Variable &variable)
{
    for (Variable &existing : m_variables) {
        if (existing.name.compare(variable.name, Qt::CaseInsensitive) == 0) {
            existing = variable;
            return;
        }
    }
    m_variables.append(variable);
}

bool VariableSet::remove(const QString &name)
{
    return m_variables.removeIf([&](const Variable &v) { return v.name.compare(name, Qt::CaseInsensitive) == 0; }) > 0;
}

const Variable *VariableSet::find(const QString &name) const
{
    for (const Variable &v : m_variables) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

VariableSet VariableSet::overlaidWith(const VariableSet &other) const
{
    VariableSet result = *this;
    for (const Variable &v : other.variables())
        result.set(v);
    return result;
}

QStringList VariableSet::systemVariableNames()
{
    return {
        QStringLiteral("system.CollectionUri"),  QStringLiteral("system.TeamProjectId"),
        QStringLiteral("system.HostType"),       QStringLiteral("system.PlanId"),
        QStringLiteral("system.JobId"),          QStringLiteral("system.TimelineId"),
        QStringLiteral("system.TaskInstanceId"), QStringLiteral("system.AccessToken"),
    };
}

static QString freshGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

static QString randomToken()
{
    // Shaped like a job access token (a long opaque string); its only job is to be unguessable and recognisable
    // when a callback service echoes it back.
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

VariableSet VariableSet::systemDefaults()
{
    VariableSet set(QStringLiteral("system"));
    // The real variable ends with a slash (https://dev.azure.com/fabrikamfiber/).
    set.set(QStringLiteral("system.CollectionUri"), QStringLiteral("https://dev.azure.com/restgate-dry-run/"));
    set.set(QStringLiteral("system.TeamProjectId"), freshGuid());
    set.set(QStringLiteral("system.HostType"), QStringLiteral("build"));
    set.set(QStringLiteral("system.PlanId"), freshGuid());
    set.set(QStringLiteral("system.JobId"), freshGuid());
    set.set(QStringLiteral("system.TimelineId"), freshGuid());
    set.set(QStringLiteral("system.TaskInstanceId"), freshGuid());
    set.set(QStringLiteral("system.AccessToken"), randomToken(), true);
    return set;
}

MacroExpander::MacroExpander(const VariableSet &variables)
    : m_variables(variables)
{
}

QList<MacroSpan> MacroExpander::findMacros(const QString &text)
{
    QList<MacroSpan> spans;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(QLatin1String("$("), from);
        if (start < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1Char(')'), start + 2);
        if (close < 0)
            break;
        const QString name = text.mid(start + 2, close - start - 2);
        // `$()` and names with another `$(` inside are not macros; a later `$(` may still start one.
        if (name.isEmpty() || name.contains(QLatin1String("$("))) {
            from = start + 2;
            continue;
        }
        spans.append(MacroSpan {start, close - start + 1, name});
        from = close + 1;
    }
    return spans;
}

Expansion MacroExpander::expand(const QString &text) const
{
    Expansion result;
    qsizetype copied = 0;
    // Beside the list, so that a text with 100k distinct unknown macros stays linear.
    QSet<QString> unknownSeen;
    for (const MacroSpan &span : findMacros(text)) {
        result.text += QStringView(text).mid(copied, span.start - copied);
        copied = span.start + span.length;
        const Variable *variable = m_variables.find(span.name);
        if (!variable) {
            result.text += QStringView(text).mid(span.start, span.length);
            if (!unknownSeen.contains(span.name)) {
                unknownSeen.insert(span.name);
                result.unknown.append(span.name);
            }
            continue;
        }
        if (variable->secret && !variable->value.isEmpty())
            result.secretSpans.append(SecretSpan {result.text.size(), variable->value.size()});
        result.text += variable->value;
        if (variable->secret && !result.secretsUsed.contains(variable->name))
            result.secretsUsed.append(variable->name);
    }
    result.text += QStringView(text).mid(copied);
    return result;
}

} // namespace RestGate
