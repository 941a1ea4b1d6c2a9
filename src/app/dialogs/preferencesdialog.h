#pragma once

#include "core/run/networksettings.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace Ui {
class PreferencesDialog;
}

namespace RestGate {

/// Edit ▸ Preferences…: the General tab (the language of the next start) and the Network tab (trusted CA file, client
/// certificate and key password, the insecure switch with its warning, the proxy: environment / direct / manual with
/// user and password, and the redirect policy). Shows the settings it is given and hands back what the form holds;
/// NetworkPreferences keeps them.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(const NetworkSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// What the form holds, passwords included; meaningful while problem() is empty.
    NetworkSettings networkSettings() const;
    /// The language the General tab offers for the next start, as a UiLanguage code; empty for the system's.
    void setLanguage(const QString &code);
    QString language() const;

    /// Why the form cannot be accepted, in plain words; empty when it can.
    QString problem() const;

    /// Refuses while problem() is not empty.
    void accept() override;

private:
    void updateState();
    void browse(QLineEdit *edit, const QString &title, const QString &filter);

    std::unique_ptr<Ui::PreferencesDialog> ui;
};

} // namespace RestGate
