#pragma once

#include "core/design/designdocument.h"

#include <QString>

namespace RestGate::TaskEdits {

/// Which part of a task one form edit touched ("version", "displayName", "condition", "timeout" or the input's
/// name; empty when nothing changed): consecutive edits of the same part merge into one undo step.
QString changedPart(const TaskConfig &before, const TaskConfig &after);

/// The task "Add task" appends. It starts on the connection the selected task (`selected`, -1 for none) uses, as
/// most designs call one service; with nothing selected, on the design's first connection when that is Generic
/// (the only kind the default connection type takes).
TaskConfig newTask(const DesignDocument &document, int selected);

/// Inserts a copy of task `index` right after it and returns where it went (-1, and nothing changed, for an index
/// out of range). The copy is a task of its own (a new instance key: its history and results are not the
/// original's), and a task with a display name gets "<name> (copy)" so the two can be told apart in the list and in
/// a pipeline's log. A task without one keeps showing what Azure DevOps would show.
int duplicate(DesignDocument &document, int index);

/// Renames task `index` of `document` in place. Renaming to what Azure DevOps would show anyway (or to nothing)
/// leaves displayName unset, so the YAML keeps no redundant name.
void rename(DesignDocument &document, int index, const QString &title);

} // namespace RestGate::TaskEdits
