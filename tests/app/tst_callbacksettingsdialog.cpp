#include "app/callback/callbacksettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

class TestCallbackSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath("restgate.ini"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void nothingStored_givesTheDefaults()
    {
        QSettings store(m_dir.filePath("empty.ini"), QSettings::IniFormat);
        const CallbackSettings settings = CallbackSettingsDialog::load(store);
        QCOMPARE(settings.hubName, QString("build"));
        QCOMPARE(settings.bindAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(settings.port, quint16(0));
        QVERIFY(settings.publicBaseUrl.isEmpty());
        QCOMPARE(settings.waitMs, -1);
    }

    void editedSettings_roundTripThroughQSettings()
    {
        CallbackSettings edited;
        {
            CallbackSettingsDialog dialog {CallbackSettings()};
            auto *hub = dialog.findChild<QComboBox *>("hubCombo");
            auto *address = dialog.findChild<QLineEdit *>("bindAddressEdit");
            auto *port = dialog.findChild<QSpinBox *>("portSpin");
            auto *url = dialog.findChild<QLineEdit *>("publicUrlEdit");
            auto *wait = dialog.findChild<QSpinBox *>("waitSpin");
            QVERIFY(hub && address && port && url && wait);
            QCOMPARE(hub->count(), 4);
            hub->setCurrentIndex(hub->findText("gates"));
            address->clear();
            QTest::keyClicks(address, "0.0.0.0");
            port->setValue(8123);
            QTest::keyClicks(url, "https://desk.tunnel.example/collection/");
            wait->setValue(90);
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            edited = dialog.settings();
            QSettings store(settingsPath(), QSettings::IniFormat);
            CallbackSettingsDialog::save(store, edited);
        }
        QSettings store(settingsPath(), QSettings::IniFormat);
        const CallbackSettings loaded = CallbackSettingsDialog::load(store);
        QCOMPARE(loaded.hubName, QString("gates"));
        QCOMPARE(loaded.bindAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(loaded.port, quint16(8123));
        QCOMPARE(loaded.publicBaseUrl, QUrl("https://desk.tunnel.example/collection/"));
        QCOMPARE(loaded.waitMs, 90'000);

        // What is stored comes back into the form.
        CallbackSettingsDialog again(loaded);
        QCOMPARE(again.findChild<QComboBox *>("hubCombo")->currentText(), QString("gates"));
        QCOMPARE(again.findChild<QLineEdit *>("publicUrlEdit")->text(),
                 QString("https://desk.tunnel.example/collection/"));
        QCOMPARE(again.findChild<QSpinBox *>("waitSpin")->value(), 90);
        const CallbackSettings unchanged = again.settings();
        QCOMPARE(unchanged.port, loaded.port);
        QCOMPARE(unchanged.bindAddress, loaded.bindAddress);
    }

    void badPublicUrl_isExplainedAndRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("no scheme") << "desk.tunnel.example";
        QTest::addRow("not http") << "ftp://desk.tunnel.example/";
        QTest::addRow("no host") << "https://";
        QTest::addRow("a query") << "https://desk.tunnel.example/?x=1";
    }

    void badPublicUrl_isExplainedAndRefused()
    {
        QFETCH(QString, url);
        CallbackSettingsDialog dialog {CallbackSettings()};
        auto *edit = dialog.findChild<QLineEdit *>("publicUrlEdit");
        auto *problem = dialog.findChild<QLabel *>("problemLabel");
        auto *buttons = dialog.findChild<QDialogButtonBox *>("buttons");
        QVERIFY(edit && problem && buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(edit, url);
        QVERIFY(problem->text().startsWith("Public base URL: "));
        QVERIFY2(problem->text().contains(url.trimmed()), qPrintable(problem->text()));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        edit->clear();
        QVERIFY(problem->text().isEmpty());
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void badBindAddress_isExplained()
    {
        CallbackSettingsDialog dialog {CallbackSettings()};
        auto *edit = dialog.findChild<QLineEdit *>("bindAddressEdit");
        edit->setText("desk.example");
        QVERIFY2(dialog.problem().contains("is not an IP address"), qPrintable(dialog.problem()));
        edit->setText("300.1.2.3");
        QVERIFY(dialog.problem().startsWith("Bind address: "));
        edit->setText("localhost");
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.settings().bindAddress, QHostAddress(QHostAddress::LocalHost));
    }

    void unreadableStoredValues_fallBackToDefaults()
    {
        QSettings store(m_dir.filePath("bad.ini"), QSettings::IniFormat);
        store.setValue("callback/hub", "nowhere");
        store.setValue("callback/bindAddress", "not an address");
        store.setValue("callback/port", 70000);
        store.setValue("callback/publicUrl", "ftp://x/");
        store.setValue("callback/waitSeconds", "soon");
        const CallbackSettings settings = CallbackSettingsDialog::load(store);
        QCOMPARE(settings.hubName, QString("build"));
        QCOMPARE(settings.bindAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(settings.port, quint16(0));
        QVERIFY(settings.publicBaseUrl.isEmpty());
        QCOMPARE(settings.waitMs, -1);
    }
};

QTEST_MAIN(TestCallbackSettingsDialog)
#include "tst_callbacksettingsdialog.moc"
