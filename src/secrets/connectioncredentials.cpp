#include "secrets/connectioncredentials.h"

namespace RestGate {

CredentialRequest credentialRequestFor(const ServiceConnection &connection)
{
    CredentialRequest request;
    request.kind = connection.kind();
    request.connectionId = connection.id;
    request.connectionName = connection.name;
    request.username = connection.username;
    request.azure = connection.azure;
    return request;
}

ConnectionSecret connectionSecretFrom(const ResolvedCredential &credential)
{
    ConnectionSecret secret;
    secret.value = credential.secret;
    secret.present = credential.present;
    secret.bearer = credential.scheme == ResolvedCredential::Scheme::Bearer;
    return secret;
}

CredentialResult acceptingOptionalPassword(CredentialResult result, const ServiceConnection &connection)
{
    // For a Generic connection the only thing that can fail is reading the keychain, and on a desktop without a
    // session bus that shows up as a plain keychain failure ("Failed to execute child process dbus-launch") rather
    // than as "no Secret Service": both mean the optional password cannot be had.
    const bool keychainUnavailable =
        result.status == CredentialResult::Status::NoSecretService || result.status == CredentialResult::Status::Failed;
    if (!keychainUnavailable || connection.type != ServiceConnection::Type::Generic)
        return result;
    result.status = CredentialResult::Status::Ok;
    result.credential = ResolvedCredential {};
    result.credential.username = connection.username;
    // Only people read the note: the shown form of the keychain's message, in one sentence for translators.
    result.note = DisplayText::translate("RestGate::CredentialResolver", "%1 Sending an empty password.")
                      .arg(result.shown())
                      .shown;
    return result;
}

CredentialResult resolveAndWait(CredentialResolver &resolver, const ServiceConnection &connection)
{
    return acceptingOptionalPassword(CredentialResolver::waitFor(resolver.resolve(credentialRequestFor(connection))),
                                     connection);
}

} // namespace RestGate
