#pragma once

#include "core/run/networksettings.h"

#include <optional>

namespace RestGate::Cli {

class CommandLine;

/// Adds --cacert, --capath, --cert, --key, --cert-password-env, --insecure, --proxy, --noproxy,
/// --proxy-password-env and --no-redirects (curl's names) to `parser`.
void addNetworkOptions(CommandLine *parser);

/// The settings those options ask for, on top of the environment's (SSL_CERT_FILE, HTTPS_PROXY, NO_PROXY, ...).
/// Passwords come from the environment variables the options name, never from the command line. Nothing, with a
/// sentence in `error`, when an option cannot be used as given.
std::optional<NetworkSettings> networkSettingsFrom(const CommandLine &parser, QString *error);

} // namespace RestGate::Cli
