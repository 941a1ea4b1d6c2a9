#pragma once

#include "callback/callbacksettings.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ui {
class CallbackSettingsDialog;
}

namespace RestGate {

/// Run ▸ Callback settings…: the hub, where the plan listener binds, the public base URL a service elsewhere uses
/// and how long a dry run waits for TaskCompleted. Explains a bad address or URL and keeps OK off until it is fixed.
class CallbackSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackSettingsDialog)

public:
    explicit CallbackSettingsDialog(const CallbackSettings &settings, QWidget *parent = nullptr);
    ~CallbackSettingsDialog() override;

    /// What the form holds; meaningful while problem() is empty.
    CallbackSettings settings() const;
    /// Why the form cannot be accepted, in plain words; empty when it can.
    QString problem() const;

    /// Refuses while problem() is not empty.
    void accept() override;

    /// The settings kept in @p store (group "callback"); defaults for what is missing or unreadable.
    static CallbackSettings load(QSettings &store);
    static void save(QSettings &store, const CallbackSettings &settings);

private:
    void validate();

    std::unique_ptr<Ui::CallbackSettingsDialog> ui;
};

} // namespace RestGate
