#pragma once

#include <QString>

namespace RestGate::DesignMerge {

/// Lays a design's freshly written YAML (`generated`, DesignDocument::toYaml()) over the text it was loaded from
/// (`original`), so that what a person wrote by hand survives a save: comments, blank lines, key order, quoting, and
/// every key RestGate does not own — top-level keys, step properties such as `name:`, `env:`,
/// `retryCountOnTaskFailure:`, and connection keys it does not know.
///
/// It works on the text. A key or list item whose value RestGate did not change is copied byte for byte, with the
/// comments above it; a changed scalar is rewritten in place (same key spelling, same indentation, an end-of-line
/// comment kept); changed mappings and lists are merged key by key and item by item (tasks, connections and
/// variable sets are matched by content, then by name, then by position, so reordering keeps each one's comments
/// and unknown keys). Keys RestGate owns and no longer writes (an input cleared, a task deleted) go, with the
/// comment lines just above them. What it cannot follow — flow style (`{ a: 1 }`), aliases — is rewritten whole
/// from `generated`.
///
///     original:  "# deploy\nrestgate: 1\ntasks:\n  - task: InvokeRESTAPI@1\n    name: wait   # step id\n"
///                "    inputs:\n      method: GET\n"
///     generated: "restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    method: POST\n"
///     result:    "# deploy\nrestgate: 1\ntasks:\n  - task: InvokeRESTAPI@1\n    name: wait   # step id\n"
///                "    inputs:\n      method: POST\n"
///
/// Returns an empty string when `original` is not a YAML mapping it can follow at all.
QString merge(const QString &original, const QString &generated);

} // namespace RestGate::DesignMerge
