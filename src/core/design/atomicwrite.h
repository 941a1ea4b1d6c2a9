#pragma once

#include <QByteArray>
#include <QString>

namespace RestGate {

/// Replaces the file at `path` with `bytes`, all or nothing: the bytes go to a temporary file beside it, which
/// replaces the old file only once every byte is written and synced. On failure the old file is left byte for byte
/// as it was and `reason` (may be null) gets the operating system's words for it, e.g. "No space left on device".
///
/// QSaveFile alone is not enough: on a full disk QFile::write() returns a short count without setting an error, and
/// commit() then succeeds and installs the truncated file (Qt 6.4). Every write is checked here.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace RestGate
