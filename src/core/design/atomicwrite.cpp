#include "core/design/atomicwrite.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace RestGate {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *reason)
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    QSaveFile file(path);
    // Unbuffered, so that write() reports what reached the file rather than what reached Qt's buffer.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n < 0)
            return fail(file.errorString());
        if (n == 0) {
            // A write that moves nothing and reports no error: the device is full.
            return fail(QString::fromLocal8Bit(std::strerror(ENOSPC)));
        }
        written += n;
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace RestGate
