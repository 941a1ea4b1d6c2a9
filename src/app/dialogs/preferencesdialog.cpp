#include "app/dialogs/preferencesdialog.h"

#include "app/uilanguage.h"
#include "ui_preferencesdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace RestGate {

namespace {

// "http", "socks5", "socks5h": the schemes ProxyRules::parseProxyUrl takes.
const QStringList proxySchemes {QStringLiteral("http"), QStringLiteral("socks5"), QStringLiteral("socks5h")};

} // namespace

PreferencesDialog::PreferencesDialog(const NetworkSettings &settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : UiLanguage::available())
        ui->languageCombo->addItem(UiLanguage::nativeName(code), code);
    ui->proxyTypeCombo->addItem(tr("HTTP"), proxySchemes.at(0));
    ui->proxyTypeCombo->addItem(tr("SOCKS5 (names resolved here)"), proxySchemes.at(1));
    ui->proxyTypeCombo->addItem(tr("SOCKS5 (names resolved by the proxy)"), proxySchemes.at(2));
    QPalette warning = ui->insecureWarningLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(QRgb(0xc62828)));
    ui->insecureWarningLabel->setPalette(warning);
    ui->problemLabel->setPalette(warning);

    ui->caFileEdit->setText(settings.caFiles.value(0));
    ui->caDirEdit->setText(settings.caDirectories.value(0));
    ui->clientCertEdit->setText(settings.clientCertificate);
    ui->clientKeyEdit->setText(settings.clientKey);
    ui->keyPasswordEdit->setText(settings.clientKeyPassword);
    ui->insecureCheck->setChecked(settings.insecure);
    ui->systemProxyRadio->setChecked(settings.proxyMode == NetworkSettings::ProxyMode::Environment);
    ui->noProxyRadio->setChecked(settings.proxyMode == NetworkSettings::ProxyMode::None);
    ui->manualProxyRadio->setChecked(settings.proxyMode == NetworkSettings::ProxyMode::Manual);
    const QUrl proxy(settings.proxyUrl.contains(QLatin1String("://")) ? settings.proxyUrl
                                                                      : QStringLiteral("http://") + settings.proxyUrl);
    const int type = proxySchemes.indexOf(proxy.scheme().toLower());
    ui->proxyTypeCombo->setCurrentIndex(qMax(0, type));
    ui->proxyHostEdit->setText(proxy.host());
    ui->proxyPortSpin->setValue(proxy.port(settings.proxyUrl.isEmpty() ? 3128 : 1080));
    ui->proxyUserEdit->setText(settings.proxyUser.isEmpty() ? proxy.userName() : settings.proxyUser);
    ui->proxyPasswordEdit->setText(settings.proxyPassword);
    ui->noProxyEdit->setText(settings.noProxy.value_or(QString()));
    ui->followRedirectsCheck->setChecked(settings.followRedirects);

    connect(ui->caFileBrowse, &QToolButton::clicked, this, [this] {
        browse(ui->caFileEdit, tr("Trusted CA certificates"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(ui->caDirBrowse, &QToolButton::clicked, this, [this] {
        const QString directory =
            QFileDialog::getExistingDirectory(this, tr("Trusted CA certificates directory"), ui->caDirEdit->text());
        if (!directory.isEmpty())
            ui->caDirEdit->setText(directory);
    });
    connect(ui->clientCertBrowse, &QToolButton::clicked, this, [this] {
        browse(ui->clientCertEdit, tr("Client certificate"),
               tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    });
    connect(ui->clientKeyBrowse, &QToolButton::clicked, this,
            [this] { browse(ui->clientKeyEdit, tr("Client key"), tr("Keys (*.pem *.key);;All files (*)")); });
    for (QLineEdit *edit : {ui->caFileEdit, ui->caDirEdit, ui->clientCertEdit, ui->clientKeyEdit, ui->proxyHostEdit})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    for (QAbstractButton *button :
         {static_cast<QAbstractButton *>(ui->insecureCheck), static_cast<QAbstractButton *>(ui->systemProxyRadio),
          static_cast<QAbstractButton *>(ui->noProxyRadio), static_cast<QAbstractButton *>(ui->manualProxyRadio)})
        connect(button, &QAbstractButton::toggled, this, &PreferencesDialog::updateState);
    updateState();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setLanguage(const QString &code)
{
    // A saved "fr_CA" or a catalogue removed since shows as the nearest entry, or as the system's.
    const QString language = code.isEmpty() ? QString() : QLocale(code).name().section(QLatin1Char('_'), 0, 0);
    ui->languageCombo->setCurrentIndex(qMax(0, ui->languageCombo->findData(language)));
}

QString PreferencesDialog::language() const
{
    return ui->languageCombo->currentData().toString();
}

NetworkSettings PreferencesDialog::networkSettings() const
{
    NetworkSettings settings;
    const QString caFile = ui->caFileEdit->text().trimmed();
    if (!caFile.isEmpty())
        settings.caFiles = {caFile};
    const QString caDirectory = ui->caDirEdit->text().trimmed();
    if (!caDirectory.isEmpty())
        settings.caDirectories = {caDirectory};
    settings.clientCertificate = ui->clientCertEdit->text().trimmed();
    settings.clientKey = ui->clientKeyEdit->text().trimmed();
    settings.clientKeyPassword = ui->keyPasswordEdit->text();
    settings.insecure = ui->insecureCheck->isChecked();
    settings.proxyMode = ui->manualProxyRadio->isChecked() ? NetworkSettings::ProxyMode::Manual
        : ui->noProxyRadio->isChecked()                    ? NetworkSettings::ProxyMode::None
                                                           : NetworkSettings::ProxyMode::Environment;
    const QString host = ui->proxyHostEdit->text().trimmed();
    if (!host.isEmpty()) {
        QUrl url;
        url.setScheme(ui->proxyTypeCombo->currentData().toString());
        url.setHost(host);
        url.setPort(ui->proxyPortSpin->value());
        settings.proxyUrl = url.toString();
    }
    settings.proxyUser = ui->proxyUserEdit->text().trimmed();
    settings.proxyPassword = ui->proxyPasswordEdit->text();
    const QString bypass = ui->noProxyEdit->text().trimmed();
    if (!bypass.isEmpty())
        settings.noProxy = bypass;
    settings.followRedirects = ui->followRedirectsCheck->isChecked();
    return settings;
}

QString PreferencesDialog::problem() const
{
    const NetworkSettings settings = networkSettings();
    QStringList problems;
    for (const QString &file : settings.caFiles) {
        if (!QFileInfo(file).isFile())
            problems.append(tr("The CA file '%1' does not exist.").arg(file));
    }
    for (const QString &directory : settings.caDirectories) {
        if (!QFileInfo(directory).isDir())
            problems.append(tr("The CA directory '%1' does not exist.").arg(directory));
    }
    if (!settings.clientCertificate.isEmpty() && !QFileInfo(settings.clientCertificate).isFile())
        problems.append(tr("The client certificate '%1' does not exist.").arg(settings.clientCertificate));
    if (!settings.clientKey.isEmpty() && !QFileInfo(settings.clientKey).isFile())
        problems.append(tr("The client key '%1' does not exist.").arg(settings.clientKey));
    if (!settings.clientKey.isEmpty() && settings.clientCertificate.isEmpty())
        problems.append(tr("A client key needs its certificate."));
    if (settings.proxyMode == NetworkSettings::ProxyMode::Manual) {
        QString error;
        if (settings.proxyUrl.isEmpty())
            problems.append(tr("A manual proxy needs a host."));
        else if (!ProxyRules::parseProxyUrl(settings.proxyUrl, &error))
            problems.append(error);
    }
    return problems.join(QLatin1Char('\n'));
}

void PreferencesDialog::accept()
{
    updateState();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void PreferencesDialog::updateState()
{
    ui->insecureWarningLabel->setVisible(ui->insecureCheck->isChecked());
    const bool manual = ui->manualProxyRadio->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(ui->proxyTypeCombo), static_cast<QWidget *>(ui->proxyHostEdit),
                            static_cast<QWidget *>(ui->proxyPortSpin)})
        widget->setEnabled(manual);
    // User, password and the bypass list apply to the environment's proxy too.
    const bool anyProxy = !ui->noProxyRadio->isChecked();
    for (QWidget *widget : {ui->proxyUserEdit, ui->proxyPasswordEdit, ui->noProxyEdit})
        widget->setEnabled(anyProxy);
    const QString text = problem();
    ui->problemLabel->setText(text);
    ui->problemLabel->setVisible(!text.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void PreferencesDialog::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).path(), filter);
    if (!file.isEmpty())
        edit->setText(file);
}

} // namespace RestGate
