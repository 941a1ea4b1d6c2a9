#pragma once

#include "core/design/serviceconnection.h"
#include "core/request/preparedrequest.h"
#include "secrets/credentialresolver.h"

namespace RestGate {

/// What the resolver needs to know about a design's connection.
CredentialRequest credentialRequestFor(const ServiceConnection &connection);

/// The resolved credential as the request builder takes it (Bearer for tokens, the secret for Basic).
ConnectionSecret connectionSecretFrom(const ResolvedCredential &credential);

/// A Generic connection's password is optional: when the keychain cannot be read (no Secret Service, no session
/// bus), the request goes out with an empty password (as the server sends a connection without one) and the
/// result's note says why. Cancellation, and every Azure connection, stay failures.
CredentialResult acceptingOptionalPassword(CredentialResult result, const ServiceConnection &connection);

/// Resolves and waits (a nested event loop), the optional password accepted: a connection looked at on its own. A
/// run's credential goes through CredentialStep (src/dryrun), which fills the run's input and makes its failure result.
CredentialResult resolveAndWait(CredentialResolver &resolver, const ServiceConnection &connection);

} // namespace RestGate
