#pragma once

#include "core/design/variables.h"

#include <QStringList>

namespace RestGate::Cli {

/// Applies `--var NAME=VALUE` assignments onto `into`. A variable that `declared` marks secret stays secret when
/// its value comes from the command line, so it is still redacted wherever it would be shown. Returns false, with
/// `error` naming the bad assignment, when one has no name or no '='.
///     ["id=7", "token=abc"] with token declared secret  ->  id=7, token=abc (secret)
bool applyVariableAssignments(const QStringList &assignments, const VariableSet &declared, VariableSet *into,
                              QString *error);

} // namespace RestGate::Cli
