#pragma once

#include "core/run/networksettings.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace RestGate {

class SecretStore;
struct SecretKey;

/// The window's network settings (Edit ▸ Preferences ▸ Network): files, proxy and flags in QSettings (group
/// "network"), the proxy password and the client key password in the OS keychain, never in QSettings. Every run
/// and connection test of the window takes current().
class NetworkPreferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPreferences)

public:
    NetworkPreferences(SecretStore *secrets, QObject *parent = nullptr);
    ~NetworkPreferences() override;

    /// The settings with the passwords, once the keychain answered.
    const NetworkSettings &current() const { return m_current; }

    /// Reads QSettings now and the passwords from the keychain (asynchronously; loaded() when done).
    void reload();
    /// Keeps `settings`: QSettings at once, the passwords in the keychain (removed when empty); stored() when the
    /// keychain is done.
    void store(const NetworkSettings &settings);

    static NetworkSettings load(QSettings &store); ///< without passwords
    static void save(QSettings &store, const NetworkSettings &settings); ///< never the passwords
    static SecretKey proxyPasswordKey();
    static SecretKey clientKeyPasswordKey();

Q_SIGNALS:
    void loaded();
    void stored();
    /// The keychain could not read or keep a password; a sentence for the user.
    void keychainProblem(const QString &message);

private:
    SecretStore *m_secrets;
    NetworkSettings m_current;
    int m_pending = 0;
};

} // namespace RestGate
