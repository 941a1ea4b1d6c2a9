#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RestGate"));
    QApplication::setOrganizationName(QStringLiteral("RestGate"));
    QApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("restgate"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("restgate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Design and dry-run Azure Pipelines InvokeRESTAPI tasks. Without a file, opens the sample design and "
        "starts the local demo endpoint it targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main",
                                                         "A design to open "
                                                         "(*.restgate.yml)."));
    parser.process(app);

    RestGate::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openSample();
    window.show();
    // After the window is up, so the question has a parent and the user sees what it is about.
    QTimer::singleShot(0, &window, &RestGate::MainWindow::offerRecovery);
    return QApplication::exec();
}
