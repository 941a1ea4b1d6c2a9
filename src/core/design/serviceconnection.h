#pragma once

#include "core/design/azureconnectionsettings.h"

#include <QString>
#include <QUrl>

namespace RestGate {

/// A service connection as a design document describes it. Never holds a secret: passwords and tokens live in the
/// OS keychain (or, for the CLI, in RESTGATE_SECRET_<NAME>) and are looked up by the connection's name when a
/// request is built.
struct ServiceConnection
{
    enum class Type
    {
        Generic,
        AzureRM,
        AzureDevOps
    };

    QString name; ///< what serviceConnection / azureServiceConnection / azureDevOpsServiceConnection refer to
    Type type = Type::Generic;
    QString url; ///< the base URL, kept as typed: the request URL is this text followed by the URL suffix
    QString username; ///< Generic only; optional
    /// Stable id the connection's keychain entries hang off, so renaming never orphans a secret. Empty: derived
    /// from the name (StableId::fromName), which is what a document without `id:` means.
    QString id;
    /// Azure Resource Manager and Azure DevOps: environment, tenant, how a token is obtained.
    AzureConnectionSettings azure;

    ConnectionKind kind() const;

    /// A connection with the Azure settings its type defaults to.
    static ServiceConnection create(const QString &name, Type type, const QString &url,
                                    const QString &username = QString());

    /// "generic" | "azureRM" | "azureDevOps", as design documents write it.
    static QString typeKey(Type type);
    static bool typeFromKey(const QString &key, Type *type);
    /// "Generic", "Azure Resource Manager", "Azure DevOps".
    static QString typeLabel(Type type);
    /// The task input (task.json name) that selects a connection of this type in InvokeRESTAPI@1.
    static QString inputNameForType(Type type);
    /// The environment variable the CLI reads the password or token from: RESTGATE_SECRET_<NAME>, with the name
    /// upper-cased and every character other than A-Z and 0-9 turned into '_'.
    static QString secretEnvironmentVariable(const QString &connectionName);

    friend bool operator==(const ServiceConnection &, const ServiceConnection &) = default;
};

/// The credentials a connection needs for this run. Never persisted.
struct ConnectionSecret
{
    QString value; ///< password (Generic), token (Azure), PAT (Azure DevOps)
    bool present = false;
    /// An Entra ID access token rather than a password or PAT: Azure DevOps then gets `Bearer` instead of Basic.
    bool bearer = false;
};

/// The secret for a connection from RESTGATE_SECRET_<NAME>, if that variable is set (even to an empty value).
ConnectionSecret environmentSecret(const QString &connectionName);

} // namespace RestGate
