#include "cli/commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

/// True for `--format json` and `--format=json`: lines a program reads stay in the English it was written for.
bool wantsMachineOutput(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == QLatin1String("--format=json"))
            return true;
        if (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("json"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("restgate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RestGate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // RESTGATE_LANG as for the window, else the system locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    QTranslator translator;
    if (!wantsMachineOutput(arguments)) {
        const QString requested = qEnvironmentVariable("RESTGATE_LANG");
        const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
        if (translator.load(locale, QStringLiteral("restgate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&translator);
    }
    return RestGate::Cli::dispatch(arguments);
}
