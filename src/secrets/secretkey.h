#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace RestGate {

/// What a keychain entry holds. The kind is part of the entry's name, so one connection can hold several.
enum class SecretKind
{
    Password, ///< Generic connection: the password / token key, sent as Basic base64(username:password)
    Token, ///< Azure DevOps personal access token, or a ready Azure access token
    ClientSecret, ///< Azure Resource Manager service principal: the OAuth2 client-credentials secret
    SecretVariable, ///< the value of a dry-run variable the document declares `secret: true`
};

/// "password", "token", "client-secret", "secret-variable": the spelling in keychain entry names and in the CLI's
/// --kind option.
QString secretKindKey(SecretKind kind);
bool secretKindFromKey(const QString &key, SecretKind *kind);
/// "password", "token", "client secret", "secret variable": for sentences shown to the user.
QString secretKindLabel(SecretKind kind);
/// The kinds a connection can own (every kind but SecretVariable): what renaming or deleting a connection moves or
/// removes.
QList<SecretKind> connectionSecretKinds();

/// Stable identities for connections (and documents) that survive a rename, so keychain entries never hang off a
/// name or a file path.
///
///     StableId::create()              -> "3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41" (random, version 4)
///     StableId::fromName("Deployments") == StableId::fromName("deployments")   (name-based, version 5)
class StableId
{
public:
    /// A new random id: lower-case UUID without braces.
    static QString create();
    /// The id a connection has while its document carries no `id:` key: a version-5 UUID of the case-folded
    /// name (Azure DevOps matches connection names ignoring case). `restgate-cli secret set NAME` without
    /// --design stores under this id, so it meets a document that never gave the connection an explicit id.
    static QString fromName(const QString &name);
    /// The id in canonical form (lower case, no braces), or an empty string when `id` is not a UUID.
    static QString normalized(const QString &id);
    static bool isValid(const QString &id) { return !normalized(id).isEmpty(); }
};

/// Names one keychain entry: whose it is (a connection's stable id; for secret variables the document's), what it
/// holds, and for a secret variable which one.
struct SecretKey
{
    QString ownerId;
    SecretKind kind = SecretKind::Password;
    QString variableName; ///< SecretVariable only; case-insensitive, like pipeline variable names

    static SecretKey forConnection(const QString &connectionId, SecretKind kind);
    static SecretKey forVariable(const QString &documentId, const QString &variableName);

    bool isValid() const;
    /// The entry's key in the keychain (service "RestGate"):
    ///
    ///     connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/password
    ///     connection/3f0b6c1e-8a52-4d0e-9a6f-2f1c0d9b7e41/client-secret
    ///     variable/0c3e1f7a-5d2b-4c8e-b1a9-6e4d2f8c0a13/apikey
    QString entryName() const;
    /// "the password of connection 3f0b…" style description for messages.
    QString description() const;

    friend bool operator==(const SecretKey &, const SecretKey &) = default;
};

/// RESTGATE_SECRET_<NAME>: the environment variable that overrides the keychain for a connection (or a secret
/// variable) of that name, so pipelines and headless machines work without a Secret Service. The name is
/// upper-cased and every character other than A-Z and 0-9 becomes '_'. The rule itself is
/// ServiceConnection::secretEnvironmentVariable in restgate_core, whose messages name the variable too:
///
///     "azure-prod"   -> RESTGATE_SECRET_AZURE_PROD
///     "Deployments"  -> RESTGATE_SECRET_DEPLOYMENTS
class SecretEnvironment
{
public:
    static QString variableName(const QString &name);
    /// The variable's value when it is set, even to an empty string; nothing when it is unset.
    static std::optional<QString> value(const QString &name);
};

} // namespace RestGate
