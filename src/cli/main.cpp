#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("restgate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RestGate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESTGATE_VERSION));
    return RestGate::Cli::dispatch(QCoreApplication::arguments().mid(1));
}
