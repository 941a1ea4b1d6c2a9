#include "callback/callbacksettings.h"

namespace RestGate {

ListenerSettings CallbackSettings::listenerSettings() const
{
    ListenerSettings settings;
    settings.bindAddress = bindAddress;
    settings.port = port;
    settings.publicBaseUrl = publicBaseUrl;
    return settings;
}

CallbackDryRun::Options CallbackSettings::dryRunOptions(const RunOptions &run) const
{
    CallbackDryRun::Options options;
    options.hubName = hubName;
    options.waitMs = waitMs;
    options.graceMs = graceMs;
    options.run = run;
    return options;
}

bool CallbackSettings::parseBindAddress(const QString &text, QHostAddress *address, QString *error)
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        *error = tr("No bind address given; 127.0.0.1 listens on this computer only, 0.0.0.0 on every "
                    "network interface.");
        return false;
    }
    if (input.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(input)) {
        *error = tr("\"%1\" is not an IP address: the listener binds to an address of this computer "
                    "(e.g. 127.0.0.1 or 0.0.0.0), not to a host name.")
                     .arg(input);
        return false;
    }
    *address = parsed;
    return true;
}

bool CallbackSettings::parsePublicUrl(const QString &text, QUrl *url, QString *error)
{
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        *url = QUrl();
        return true;
    }
    const QUrl parsed(input, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        *error = tr("\"%1\" is not an http:// or https:// URL with a host, e.g. "
                    "https://my-tunnel.example.dev/. It is the address your service reaches this computer "
                    "at, and it becomes PlanUrl.")
                     .arg(input);
        return false;
    }
    if (parsed.hasQuery() || parsed.hasFragment()) {
        *error = tr("\"%1\" has a query or fragment; PlanUrl is a base URL the service appends paths to.").arg(input);
        return false;
    }
    *url = parsed;
    return true;
}

} // namespace RestGate
