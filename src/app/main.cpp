#include "app/mainwindow.h"
#include "app/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RestGate"));
    QApplication::setOrganizationName(QStringLiteral("RestGate"));
    QApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("restgate"));

    // Before the parser: the help text it prints is translated too.
    const QString languageFromEnvironment = qEnvironmentVariable("RESTGATE_LANG");
    const QString language = RestGate::UiLanguage::requested(
        QApplication::arguments(),
        languageFromEnvironment.isEmpty() ? RestGate::UiLanguage::saved() : languageFromEnvironment);
    RestGate::UiLanguage uiLanguage;
    const bool languageAvailable = uiLanguage.install(language);

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
    // For smoke tests of an installed package: the whole start-up runs, then the application quits normally.
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit on its own after showing the window for <seconds> seconds."),
        QApplication::translate("main", "seconds"));
    parser.addOption(quitAfterOption);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Show the window in <language> (%1) instead of the system's language. "
                                "RESTGATE_LANG does the same.")
            .arg(RestGate::UiLanguage::available().join(QStringLiteral(", "))),
        QApplication::translate("main", "language"));
    parser.addOption(languageOption);
    parser.process(app);

    if (!languageAvailable) {
        const QString message = QApplication::translate("main", "RestGate has no %1 translation; choose one of %2.")
                                    .arg(language, RestGate::UiLanguage::available().join(QStringLiteral(", ")));
        // A mistyped --lang is a usage error; a stale RESTGATE_LANG should not keep the window from opening.
        if (!parser.isSet(languageOption)) {
            const char *source = languageFromEnvironment.isEmpty() ? "ui/language" : "RESTGATE_LANG";
            std::fprintf(stderr, "%s: %s\n", source, qPrintable(message));
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }

    int quitAfterMs = -1;
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        const double seconds = parser.value(quitAfterOption).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main",
                                                            "--quit-after needs a number of seconds "
                                                            "from 0 to 86400.")));
            return 2;
        }
        quitAfterMs = static_cast<int>(seconds * 1000);
    }

    RestGate::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openSample();
    window.show();
    // After the window is up, so the question has a parent and the user sees what it is about.
    QTimer::singleShot(0, &window, &RestGate::MainWindow::offerRecovery);
    if (quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
