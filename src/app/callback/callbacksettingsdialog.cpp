#include "app/callback/callbacksettingsdialog.h"

#include "callback/plancontext.h"
#include "ui_callbacksettingsdialog.h"

#include <QPushButton>
#include <QSettings>

namespace RestGate {

namespace {

const QString groupKey = QStringLiteral("callback");
const QString hubKey = QStringLiteral("hub");
const QString bindAddressKey = QStringLiteral("bindAddress");
const QString portKey = QStringLiteral("port");
const QString publicUrlKey = QStringLiteral("publicUrl");
const QString waitSecondsKey = QStringLiteral("waitSeconds");

} // namespace

CallbackSettingsDialog::CallbackSettingsDialog(const CallbackSettings &settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CallbackSettingsDialog>())
{
    ui->setupUi(this);
    for (const QString &hub : PlanContext::hubNames())
        ui->hubCombo->addItem(hub, hub);
    const int hubIndex = ui->hubCombo->findData(settings.hubName.toLower());
    ui->hubCombo->setCurrentIndex(hubIndex >= 0 ? hubIndex : 0);
    ui->bindAddressEdit->setText(settings.bindAddress.toString());
    ui->portSpin->setValue(settings.port);
    ui->publicUrlEdit->setText(settings.publicBaseUrl.toString());
    ui->waitSpin->setValue(settings.waitMs > 0 ? (settings.waitMs + 999) / 1000 : 0);
    QPalette problemPalette = ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(QRgb(0xc62828)));
    ui->problemLabel->setPalette(problemPalette);

    connect(ui->bindAddressEdit, &QLineEdit::textChanged, this, &CallbackSettingsDialog::validate);
    connect(ui->publicUrlEdit, &QLineEdit::textChanged, this, &CallbackSettingsDialog::validate);
    connect(ui->hubCombo, &QComboBox::currentIndexChanged, this, &CallbackSettingsDialog::validate);
    validate();
}

CallbackSettingsDialog::~CallbackSettingsDialog() = default;

CallbackSettings CallbackSettingsDialog::settings() const
{
    CallbackSettings settings;
    settings.hubName = ui->hubCombo->currentData().toString();
    QString ignored;
    CallbackSettings::parseBindAddress(ui->bindAddressEdit->text(), &settings.bindAddress, &ignored);
    settings.port = quint16(ui->portSpin->value());
    CallbackSettings::parsePublicUrl(ui->publicUrlEdit->text(), &settings.publicBaseUrl, &ignored);
    settings.waitMs = ui->waitSpin->value() > 0 ? ui->waitSpin->value() * 1000 : -1;
    return settings;
}

QString CallbackSettingsDialog::problem() const
{
    QStringList problems;
    QString error;
    QHostAddress address;
    if (!CallbackSettings::parseBindAddress(ui->bindAddressEdit->text(), &address, &error))
        problems.append(tr("Bind address: %1").arg(error));
    QUrl url;
    if (!CallbackSettings::parsePublicUrl(ui->publicUrlEdit->text(), &url, &error))
        problems.append(tr("Public base URL: %1").arg(error));
    return problems.join(QLatin1Char('\n'));
}

void CallbackSettingsDialog::accept()
{
    validate();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void CallbackSettingsDialog::validate()
{
    const QString text = problem();
    ui->problemLabel->setText(text);
    ui->problemLabel->setVisible(!text.isEmpty());
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

CallbackSettings CallbackSettingsDialog::load(QSettings &store)
{
    CallbackSettings settings;
    store.beginGroup(groupKey);
    const QString hub = store.value(hubKey).toString();
    if (PlanContext::isKnownHub(hub))
        settings.hubName = hub.toLower();
    QHostAddress address;
    QString error;
    if (CallbackSettings::parseBindAddress(store.value(bindAddressKey).toString(), &address, &error))
        settings.bindAddress = address;
    bool ok = false;
    const uint port = store.value(portKey).toUInt(&ok);
    if (ok && port <= 65535)
        settings.port = quint16(port);
    QUrl url;
    if (CallbackSettings::parsePublicUrl(store.value(publicUrlKey).toString(), &url, &error))
        settings.publicBaseUrl = url;
    const int seconds = store.value(waitSecondsKey).toInt(&ok);
    if (ok && seconds > 0)
        settings.waitMs = seconds * 1000;
    store.endGroup();
    return settings;
}

void CallbackSettingsDialog::save(QSettings &store, const CallbackSettings &settings)
{
    store.beginGroup(groupKey);
    store.setValue(hubKey, settings.hubName);
    store.setValue(bindAddressKey, settings.bindAddress.toString());
    store.setValue(portKey, uint(settings.port));
    store.setValue(publicUrlKey, settings.publicBaseUrl.toString());
    store.setValue(waitSecondsKey, settings.waitMs > 0 ? (settings.waitMs + 999) / 1000 : 0);
    store.endGroup();
}

} // namespace RestGate
