#include "app/dialogs/networkpreferences.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/mainwindow.h"
#include "app/result/resultpanel.h"
#include "app/uilanguage.h"
#include "netserver.h"
#include "secrets/secretstore.h"
#include "secretstestsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace RestGate;
using RestGate::TestSupport::child;
using RestGate::TestSupport::NetServer;

/// Edit ▸ Preferences ▸ Network driven like a user would: the form, what it keeps where (QSettings, and the
/// passwords in a real gnome-keyring in the _keychain run), and that runs from the window follow it.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    static QPushButton *okButton(QDialog &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    static QString writeDesign(const QTemporaryDir &dir, const QString &baseUrl)
    {
        const QString path = dir.filePath(QStringLiteral("net.restgate.yml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the design");
        file.write("restgate: 1\nconnections:\n- name: origin\n  type: generic\n  url: " + baseUrl.toUtf8()
                   + "\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: origin\n"
                     "    method: GET\n    urlSuffix: ok\n");
        return path;
    }

    // Opens Edit ▸ Preferences… from the window's menu, lets `fill` set the form, and presses OK.
    static void setPreferences(MainWindow &window, const std::function<void(PreferencesDialog &)> &fill)
    {
        QAction *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        bool shown = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<PreferencesDialog *>();
            if (!dialog)
                return;
            shown = true;
            fill(*dialog);
            okButton(*dialog)->click();
        });
        action->trigger();
        QVERIFY(shown);
    }

    static RunResult sendAndWait(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        if (!finished.wait(30000))
            qFatal("the run from the window did not finish");
        return finished.first().first().value<RunResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy",
                                 "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"})
            qunsetenv(name);
    }

    void init() { QSettings().clear(); }

    void form_showsAndReturnsTheSettings()
    {
        NetworkSettings settings;
        settings.caFiles = {NetServer::tlsFile("ca.pem")};
        settings.caDirectories = {QFileInfo(NetServer::tlsFile("ca.pem")).path()};
        settings.clientCertificate = NetServer::tlsFile("client.pem");
        settings.clientKey = NetServer::tlsFile("client-encrypted.key");
        settings.clientKeyPassword = QStringLiteral("client-pass");
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.proxyUrl = QStringLiteral("socks5h://proxy.test:1081");
        settings.proxyUser = QStringLiteral("alice");
        settings.proxyPassword = QStringLiteral("s3cret");
        settings.noProxy = QStringLiteral("localhost, .corp.test");
        settings.followRedirects = false;
        PreferencesDialog dialog(settings);
        QCOMPARE(child<QLineEdit>(dialog, "proxyHostEdit")->text(), QStringLiteral("proxy.test"));
        QCOMPARE(child<QSpinBox>(dialog, "proxyPortSpin")->value(), 1081);
        QCOMPARE(child<QLineEdit>(dialog, "proxyPasswordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.networkSettings(), settings);
    }

    void insecure_showsItsWarning_onlyWhenTicked()
    {
        PreferencesDialog dialog(NetworkSettings {});
        dialog.show();
        auto *warning = child<QLabel>(dialog, "insecureWarningLabel");
        QVERIFY(!warning->isVisible());
        child<QCheckBox>(dialog, "insecureCheck")->click();
        QVERIFY(warning->isVisible());
        QVERIFY(dialog.networkSettings().insecure);
    }

    void badInput_keepsOkOff_andSaysWhy()
    {
        PreferencesDialog dialog(NetworkSettings {});
        dialog.show();
        child<QRadioButton>(dialog, "manualProxyRadio")->click();
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "problemLabel")->text(), QStringLiteral("A manual proxy needs a host."));
        QTest::keyClicks(child<QLineEdit>(dialog, "proxyHostEdit"), QStringLiteral("proxy.test"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "caFileEdit"), QStringLiteral("/nowhere/ca.pem"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QLatin1String("/nowhere/ca.pem")));
    }

    void language_offersTheSystemsAndEachLanguageInItsOwnName()
    {
        PreferencesDialog dialog(NetworkSettings {});
        const auto *combo = child<QComboBox>(dialog, "languageCombo");
        QStringList names;
        QStringList codes;
        for (int i = 0; i < combo->count(); ++i) {
            names.append(combo->itemText(i));
            codes.append(combo->itemData(i).toString());
        }
        QCOMPARE(names, (QStringList {"System default", "Deutsch", "English", "Français", "日本語"}));
        QCOMPARE(codes, (QStringList {QString(), "de", "en", "fr", "ja"}));
        QCOMPARE(dialog.language(), QString());
        QVERIFY(child<QLabel>(dialog, "languageNoteLabel")->text().contains(QLatin1String("next time")));
        dialog.setLanguage(QStringLiteral("fr_CA"));
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));
        dialog.setLanguage(QStringLiteral("xx"));
        QCOMPARE(dialog.language(), QString());
    }

    void languageChosenInTheWindow_isWhatTheNextStartUses()
    {
        MainWindow window;
        setPreferences(window, [](PreferencesDialog &dialog) {
            QCOMPARE(dialog.language(), QString());
            auto *combo = child<QComboBox>(dialog, "languageCombo");
            combo->setCurrentIndex(combo->findText(QStringLiteral("日本語")));
        });
        QCOMPARE(UiLanguage::saved(), QStringLiteral("ja"));
        // What main() asks for when neither --lang nor RESTGATE_LANG is given.
        QCOMPARE(UiLanguage::requested({QStringLiteral("restgate")}, UiLanguage::saved()), QStringLiteral("ja"));
        setPreferences(window, [](PreferencesDialog &dialog) {
            QCOMPARE(dialog.language(), QStringLiteral("ja"));
            child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(0);
        });
        QCOMPARE(UiLanguage::saved(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void runFromTheWindow_goesThroughTheManualProxy_andADeadOneIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int deadPort = closed.serverPort();
        closed.close();
        NetServer origin({QStringLiteral("http")});
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeDesign(dir, QStringLiteral("http://127.0.0.1:%1/").arg(origin.port()))));
        setPreferences(window, [deadPort](PreferencesDialog &dialog) {
            child<QRadioButton>(dialog, "manualProxyRadio")->click();
            QTest::keyClicks(child<QLineEdit>(dialog, "proxyHostEdit"), QStringLiteral("127.0.0.1"));
            child<QSpinBox>(dialog, "proxyPortSpin")->setValue(deadPort);
        });
        const RunResult result = sendAndWait(window);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Proxy);
        QVERIFY2(result.errorString.startsWith(
                     QStringLiteral("The proxy 127.0.0.1:%1 refused the connection").arg(deadPort)),
                 qPrintable(result.errorString));
        // Kept for the next window too.
        QSettings kept;
        QCOMPARE(NetworkPreferences::load(kept).proxyMode, NetworkSettings::ProxyMode::Manual);
    }

    void insecureFromTheWindow_passes_andTheBannerSaysTheCertificateWasNotChecked()
    {
        NetServer server(
            {QStringLiteral("tls"), NetServer::tlsFile("selfsigned.pem"), NetServer::tlsFile("selfsigned.key")});
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeDesign(dir, QStringLiteral("https://127.0.0.1:%1/").arg(server.port()))));
        RunResult result = sendAndWait(window);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);
        setPreferences(window, [](PreferencesDialog &dialog) { child<QCheckBox>(dialog, "insecureCheck")->click(); });
        result = sendAndWait(window);
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        QCOMPARE(window.resultPanel()->verdictText(),
                 QStringLiteral("PASSED — TLS CERTIFICATE NOT CHECKED (insecure)"));
    }

    void caDirectory_isKept_andTrustsTheServer()
    {
        NetServer server({QStringLiteral("tls"), NetServer::tlsFile("server.pem"), NetServer::tlsFile("server.key")});
        QTemporaryDir cas;
        QVERIFY(QFile::copy(NetServer::tlsFile("ca.pem"), cas.filePath(QStringLiteral("company-root.pem"))));
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(writeDesign(dir, QStringLiteral("https://127.0.0.1:%1/").arg(server.port()))));
        RunResult result = sendAndWait(window);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Tls);

        setPreferences(window, [&cas](PreferencesDialog &dialog) {
            auto *edit = child<QLineEdit>(dialog, "caDirEdit");
            QTest::keyClicks(edit, cas.filePath(QStringLiteral("missing")));
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QLatin1String("CA directory")));
            edit->setText(cas.path());
        });
        result = sendAndWait(window);
        QVERIFY2(result.passed(), qPrintable(result.reasons.join(QLatin1Char('\n'))));

        QSettings kept;
        QCOMPARE(NetworkPreferences::load(kept).caDirectories, QStringList {cas.path()});
        PreferencesDialog reopened(NetworkPreferences::load(kept));
        QCOMPARE(child<QLineEdit>(reopened, "caDirEdit")->text(), cas.path());
    }

    void passwords_goToTheKeychain_neverToQSettings()
    {
        SecretStore store;
        store.setTimeout(std::chrono::seconds(30));
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.proxyUrl = QStringLiteral("http://proxy.test:3128");
        settings.proxyUser = QStringLiteral("alice");
        settings.proxyPassword = QStringLiteral("proxy-pw-7731");
        settings.clientCertificate = NetServer::tlsFile("client.p12");
        settings.clientKeyPassword = QStringLiteral("key-pw-4410");
        {
            NetworkPreferences preferences(&store);
            QSignalSpy stored(&preferences, &NetworkPreferences::stored);
            QSignalSpy problems(&preferences, &NetworkPreferences::keychainProblem);
            preferences.store(settings);
            QVERIFY(stored.wait(30000));
            if (SecretsTestSupport::secretServiceMode() == SecretsTestSupport::SecretService::Absent)
                QVERIFY2(!problems.isEmpty(), "without a keychain the user must hear the passwords were not kept");
            else
                QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        }
        QSettings qsettings;
        qsettings.sync();
        QFile file(qsettings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("proxy.test"));
        QVERIFY(!saved.contains("proxy-pw-7731"));
        QVERIFY(!saved.contains("key-pw-4410"));

        RESTGATE_REQUIRE_SECRET_SERVICE();
        NetworkPreferences reloaded(&store);
        QSignalSpy loaded(&reloaded, &NetworkPreferences::loaded);
        reloaded.reload();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(reloaded.current(), settings);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
