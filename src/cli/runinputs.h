#pragma once

#include "core/design/variables.h"

#include <QStringList>

namespace RestGate::Cli {

/// The designs `run` was given, in the order it runs them.
///     "designs/"            ->  designs/a.restgate.yml, designs/b.restgate.yml (sorted, not recursive)
///     "designs/*.yml"       ->  what the wildcard matches, sorted (expanded here too, for shells that do not)
///     "one.restgate.yml"    ->  one.restgate.yml
///     "-"                   ->  "-" (one design on standard input)
/// Returns false, with `error` naming the argument, when a directory holds no design, a pattern matches nothing,
/// a file does not exist or "-" is given twice.
bool expandDesignArguments(const QStringList &arguments, QStringList *designs, QString *error);

/// Reads `NAME=VALUE` lines; blank lines and lines starting with '#' are skipped. The value is the rest of the
/// line, taken as written. Appends the assignments in file order; on a bad line returns false with
/// `FILE:LINE: ...` in `error`.
bool readVariableFile(const QString &path, QStringList *assignments, QString *error);

/// Parses variable-file text; `origin` names it in errors. See readVariableFile().
bool parseVariableFile(const QByteArray &text, const QString &origin, QStringList *assignments, QString *error);

/// `RESTGATE_VAR_<NAME>=VALUE` environment variables as `NAME=VALUE` assignments for a design declaring `declared`.
/// A declared variable matches when its name, upper-cased with other characters than letters and digits as '_',
/// is <NAME> (the way Azure DevOps maps variables to the environment): `RESTGATE_VAR_DEPLOYMENT_ID` sets
/// `deployment.id`. Otherwise <NAME> is taken as written.
QStringList environmentAssignments(const QStringList &environment, const VariableSet &declared);

/// True when `name` matches one of the wildcard `patterns` (`*` any text, `?` one character; whole
/// name, case-insensitive), or when there
/// are none.
bool matchesNamePatterns(const QString &name, const QStringList &patterns);

} // namespace RestGate::Cli
