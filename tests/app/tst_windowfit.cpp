// The main window on a small screen. The offscreen platform is given one screen whose logical size is 1024×700:
// RESTGATE_TEST_SCREEN says its pixel size (e.g. 2048x1400 together with QT_SCALE_FACTOR=2, for a session at
// scale 2), 1024x700 by default.
#include "app/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

class TestWindowFit : public QObject
{
    Q_OBJECT

private:
    static QString describe(const QRect &rect)
    {
        return QStringLiteral("%1,%2 %3×%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
    }

    static void verifyFits(const QWidget &window)
    {
        const QRect available = window.screen()->availableGeometry();
        const QRect frame = window.frameGeometry();
        QVERIFY2(available.contains(frame),
                 qPrintable(QStringLiteral("window %1 on screen %2").arg(describe(frame), describe(available))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1024, 700));
    }

    void init() { QFile::remove(QSettings().fileName()); }

    void firstStart_fitsTheScreen()
    {
        MainWindow window;
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyFits(window);
        // Everything the window needs fits too: nothing is pushed off-screen by minimum sizes.
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    }

    void everyDockShown_stillFitsAt1024x700()
    {
        MainWindow window;
        window.openSample();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        verifyFits(window);
        qInfo("minimum size with every dock shown: %d×%d", minimum.width(), minimum.height());
    }

    void geometryFromALargerScreen_isClampedToTheAvailableArea()
    {
        {
            MainWindow large;
            large.setGeometry(300, 200, 2600, 1700);
            QSettings settings;
            settings.setValue(QStringLiteral("window/geometry"), large.saveGeometry());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyFits(window);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QByteArray screen = qEnvironmentVariable("RESTGATE_TEST_SCREEN", QStringLiteral("1024x700")).toLatin1();
    const QList<QByteArray> size = screen.split('x');
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (size.size() != 2 || !config.open(QIODevice::WriteOnly))
        qFatal("cannot set up the offscreen screen");
    config.write("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": " + size.at(0)
                 + ", \"height\": " + size.at(1) + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RestGateTest"));
    QApplication::setApplicationName(QStringLiteral("tst_windowfit_") + QString::fromLatin1(screen));
    TestWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
