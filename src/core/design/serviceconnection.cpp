#include "core/design/serviceconnection.h"

#include "core/design/taskdefinition.h"

namespace RestGate {

ConnectionKind ServiceConnection::kind() const
{
    switch (type) {
    case Type::Generic:
        return ConnectionKind::Generic;
    case Type::AzureRM:
        return ConnectionKind::AzureRM;
    case Type::AzureDevOps:
        return ConnectionKind::AzureDevOps;
    }
    return ConnectionKind::Generic;
}

ServiceConnection ServiceConnection::create(const QString &name, Type type, const QString &url, const QString &username)
{
    ServiceConnection connection;
    connection.name = name;
    connection.type = type;
    connection.url = url;
    connection.username = username;
    connection.azure = AzureConnectionSettings::defaultsFor(connection.kind());
    return connection;
}

QString ServiceConnection::typeKey(Type type)
{
    switch (type) {
    case Type::Generic:
        return QStringLiteral("generic");
    case Type::AzureRM:
        return QStringLiteral("azureRM");
    case Type::AzureDevOps:
        return QStringLiteral("azureDevOps");
    }
    return {};
}

bool ServiceConnection::typeFromKey(const QString &key, Type *type)
{
    for (Type candidate : {Type::Generic, Type::AzureRM, Type::AzureDevOps}) {
        if (key.compare(typeKey(candidate), Qt::CaseInsensitive) == 0) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

QString ServiceConnection::typeLabel(Type type)
{
    switch (type) {
    case Type::Generic:
        return QStringLiteral("Generic");
    case Type::AzureRM:
        return QStringLiteral("Azure Resource Manager");
    case Type::AzureDevOps:
        return QStringLiteral("Azure DevOps");
    }
    return {};
}

QString ServiceConnection::inputNameForType(Type type)
{
    switch (type) {
    case Type::Generic:
        return QString::fromUtf16(Inputs::genericConnection);
    case Type::AzureRM:
        return QString::fromUtf16(Inputs::azureRmConnection);
    case Type::AzureDevOps:
        return QString::fromUtf16(Inputs::azureDevOpsConnection);
    }
    return {};
}

QString ServiceConnection::secretEnvironmentVariable(const QString &connectionName)
{
    QString suffix = connectionName.toUpper();
    for (QChar &c : suffix) {
        const bool keep =
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep)
            c = QLatin1Char('_');
    }
    return QStringLiteral("RESTGATE_SECRET_") + suffix;
}

ConnectionSecret environmentSecret(const QString &connectionName)
{
    const QByteArray name = ServiceConnection::secretEnvironmentVariable(connectionName).toLatin1();
    ConnectionSecret secret;
    secret.present = qEnvironmentVariableIsSet(name.constData());
    secret.value = qEnvironmentVariable(name.constData());
    return secret;
}

} // namespace RestGate
