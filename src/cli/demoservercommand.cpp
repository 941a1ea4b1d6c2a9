#include "cli/commandline.h"
#include "cli/commands.h"
#include "demo/demoserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTime>

#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace RestGate::Cli {

namespace {

// A signal handler may only do async-signal-safe things, so it writes one byte into a socket pair and the event loop
// quits when a QSocketNotifier sees it (the pattern from Qt's "Calling Qt Functions From Unix Signal Handlers").
int signalSockets[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

/// Routes SIGINT and SIGTERM to the socket pair while alive, and puts the default handlers back afterwards.
class StopSignals final
{
public:
    StopSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        m_ok = ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
    }
    ~StopSignals()
    {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        for (int &socket : signalSockets) {
            if (socket >= 0)
                ::close(socket);
            socket = -1;
        }
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool isOk() const { return m_ok; }
    int readSocket() const { return signalSockets[1]; }

private:
    bool m_ok = false;
};

QHostAddress parseBindAddress(const QString &text)
{
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(text);
}

} // namespace

int demoServerCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    CommandLine parser(
        QStringLiteral("demo-server"),
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "Runs the local demo endpoint, a deployment-status API that the sample design targets, until Ctrl+C "
            "(SIGINT) or SIGTERM. Point a generic service connection at the URL it prints."));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "TCP port to listen on (default %1; 0 picks a free one).")
            .arg(DemoServer::defaultPort),
        QStringLiteral("N"), QString::number(DemoServer::defaultPort));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Address to listen on (default 127.0.0.1; 0.0.0.0 for every "
                                    "interface)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    parser.addOptions({portOption, bindOption});
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535) {
        err << "restgate-cli demo-server: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "--port takes a number from 0 to 65535, not '%1'")
                   .arg(parser.value(portOption))
            << '\n';
        return ExitUsage;
    }
    const QHostAddress address = parseBindAddress(parser.value(bindOption));
    if (address.isNull()) {
        err << "restgate-cli demo-server: "
            << QCoreApplication::translate("RestGate::Cli::Errors",
                                           "--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not '%1'")
                   .arg(parser.value(bindOption))
            << '\n';
        return ExitUsage;
    }

    // Installed before listening, so that a signal arriving as soon as the URL is printed is not lost.
    StopSignals stopSignals;
    if (!stopSignals.isOk()) {
        err << "restgate-cli demo-server: "
            << QCoreApplication::translate("RestGate::Cli::Errors", "cannot install the SIGINT/SIGTERM handlers")
            << '\n';
        return ExitUsage;
    }

    DemoServer server;
    if (!server.listen(address, quint16(port))) {
        err << "restgate-cli demo-server: " << server.errorString() << '\n';
        return ExitUsage;
    }

    out << "RestGate demo endpoint listening on " << server.baseUrl().toString() << '\n';
    out << "Endpoints (as a task's urlSuffix, without the leading slash: deployments/1):\n";
    for (const DemoServer::Endpoint &endpoint : DemoServer::endpoints())
        out << "  " << endpoint.method.leftJustified(7) << ' ' << endpoint.path.leftJustified(26) << ' '
            << endpoint.description << '\n';
    out << "Press Ctrl+C to stop.\n";
    out.flush();

    QObject::connect(&server, &DemoServer::requestServed,
                     [&out](const QString &method, const QString &path, int status) {
                         out << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << "  " << method << ' '
                             << path << "  " << status << '\n';
                         out.flush();
                     });

    QObject::connect(&server, &DemoServer::callbackSent, [&out](const QString &, int, const QString &description) {
        out << QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) << "  callback: " << description << '\n';
        out.flush();
    });

    QEventLoop loop;
    QSocketNotifier notifier(stopSignals.readSocket(), QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();

    server.close();
    out << "Demo endpoint stopped.\n";
    return ExitSuccess;
}

} // namespace RestGate::Cli
