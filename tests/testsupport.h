#pragma once

#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

namespace RestGate::TestSupport {

/// Base URL (with trailing slash) of the httpbin the "httpbin" ctest fixture started. Fails the test loudly when the
/// fixture is missing: an HTTP test that silently skips would prove nothing.
inline QString httpbinBaseUrl()
{
    const QString path = qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + QStringLiteral("/httpbin.port");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("httpbin fixture not running (no %s); run the test through ctest", qPrintable(path));
    const QByteArray port = file.readAll().trimmed();
    return QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(port));
}

/// A TCP port on 127.0.0.1 that nothing listens on (bound once, then released).
inline quint16 unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a port on 127.0.0.1");
    return server.serverPort();
}

/// The descendant of `parent` named `name`; fails the test loudly when there is none, so that a renamed widget
/// cannot turn a check into a silent no-op.
template<typename T> T *child(const QObject &parent, const char *name)
{
    T *object = parent.findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

} // namespace RestGate::TestSupport
