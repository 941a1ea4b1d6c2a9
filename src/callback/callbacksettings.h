#pragma once

#include "callback/callbackdryrun.h"
#include "callback/planlistener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace RestGate {

/// How Callback-mode dry runs listen and wait, in one place: the CLI fills it from --listen, --public-url, --hub and
/// --callback-timeout, the GUI from its settings dialog, and both hand the parts to PlanListener and
/// CallbackDryRun. None of it is secret.
struct CallbackSettings
{
    Q_DECLARE_TR_FUNCTIONS(CallbackSettings)

public:
    QString hubName = QStringLiteral("build"); ///< build, release, gates or checks
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: a free port
    QUrl publicBaseUrl; ///< empty: the listener's own address
    /// How long to wait for TaskCompleted; < 0: the task's timeout, or an agentless job's 60 minutes.
    int waitMs = -1;
    /// Keep listening this long after TaskCompleted, so late posts appear in the verdict's timeline.
    int graceMs = 0;

    ListenerSettings listenerSettings() const;
    CallbackDryRun::Options dryRunOptions(const RunOptions &run) const;

    /// A bind address as the GUI takes it: an IP address, or "localhost".
    ///   "127.0.0.1", "0.0.0.0", "::1", "localhost" -> ok;  "desk.example", "300.1.2.3" -> error
    static bool parseBindAddress(const QString &text, QHostAddress *address, QString *error);
    /// A public base URL: empty (none), or an absolute http:// or https:// URL with a host.
    ///   "" -> ok, empty;  "https://abc.tunnel.dev/" -> ok;  "abc.tunnel.dev", "ftp://x/", "http://" -> error
    static bool parsePublicUrl(const QString &text, QUrl *url, QString *error);
};

} // namespace RestGate
