#pragma once

// Shared by the libFuzzer targets: turning bytes into the text types the parsers take, and failing loudly when an
// invariant breaks (abort() is what libFuzzer records as a crash, with the input saved).

#include "core/design/designdocument.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace RestGate::Fuzz {

/// The input without a copy; the bytes outlive every use inside one LLVMFuzzerTestOneInput call.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.toLocal8Bit().constData());
    std::abort();
}

/// What RestGate writes it must read back unchanged: a design that cannot be reopened after saving, or reopens
/// different, loses the user's work.
inline void requireReloads(const DesignDocument &document, const char *what)
{
    const QString yaml = document.toYaml();
    DesignDocument reloaded;
    DocumentError error;
    if (!DesignDocument::parse(yaml.toUtf8(), &reloaded, &error))
        fail(what, error.toString() + QStringLiteral("\n--- written:\n") + yaml);
    const QString again = reloaded.toYaml();
    if (again != yaml)
        fail(what, QStringLiteral("--- written:\n") + yaml + QStringLiteral("\n--- after reloading:\n") + again);
}

} // namespace RestGate::Fuzz
