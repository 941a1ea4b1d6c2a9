#include "secrets/secretkey.h"

#include "core/design/serviceconnection.h"

#include <QUuid>

namespace RestGate {

namespace {

// The namespace of name-based connection ids. Fixed forever: changing it would orphan every entry stored under a
// name-based id.
const QUuid connectionNameNamespace(QStringLiteral("fc1b6c67-061e-4f68-9168-02412148a768"));

} // namespace

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::ClientSecret:
        return QStringLiteral("client-secret");
    case SecretKind::SecretVariable:
        return QStringLiteral("secret-variable");
    }
    return {};
}

bool secretKindFromKey(const QString &key, SecretKind *kind)
{
    for (SecretKind candidate :
         {SecretKind::Password, SecretKind::Token, SecretKind::ClientSecret, SecretKind::SecretVariable}) {
        if (key.compare(secretKindKey(candidate), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString secretKindLabel(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::ClientSecret:
        return QStringLiteral("client secret");
    case SecretKind::SecretVariable:
        return QStringLiteral("secret variable");
    }
    return {};
}

QList<SecretKind> connectionSecretKinds()
{
    return {SecretKind::Password, SecretKind::Token, SecretKind::ClientSecret};
}

QString StableId::create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString StableId::fromName(const QString &name)
{
    return QUuid::createUuidV5(connectionNameNamespace, name.trimmed().toCaseFolded()).toString(QUuid::WithoutBraces);
}

QString StableId::normalized(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id.trimmed());
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

SecretKey SecretKey::forConnection(const QString &connectionId, SecretKind kind)
{
    return SecretKey {connectionId, kind, {}};
}

SecretKey SecretKey::forVariable(const QString &documentId, const QString &variableName)
{
    return SecretKey {documentId, SecretKind::SecretVariable, variableName};
}

bool SecretKey::isValid() const
{
    if (!StableId::isValid(ownerId))
        return false;
    if (kind == SecretKind::SecretVariable)
        return !variableName.trimmed().isEmpty() && !variableName.contains(QLatin1Char('/'));
    return variableName.isEmpty();
}

QString SecretKey::entryName() const
{
    const QString owner = StableId::normalized(ownerId);
    if (kind == SecretKind::SecretVariable)
        return QStringLiteral("variable/") + owner + QLatin1Char('/') + variableName.trimmed().toCaseFolded();
    return QStringLiteral("connection/") + owner + QLatin1Char('/') + secretKindKey(kind);
}

QString SecretKey::description() const
{
    if (kind == SecretKind::SecretVariable)
        return QStringLiteral("secret variable '%1'").arg(variableName);
    return QStringLiteral("%1 of connection %2").arg(secretKindLabel(kind), StableId::normalized(ownerId));
}

QString SecretEnvironment::variableName(const QString &name)
{
    // restgate_core names the variable in its messages and cannot call this library, so the rule lives there once.
    return ServiceConnection::secretEnvironmentVariable(name);
}

std::optional<QString> SecretEnvironment::value(const QString &name)
{
    const QByteArray variable = variableName(name).toLatin1();
    if (!qEnvironmentVariableIsSet(variable.constData()))
        return std::nullopt;
    return qEnvironmentVariable(variable.constData());
}

} // namespace RestGate
