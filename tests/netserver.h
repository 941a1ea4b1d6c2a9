#pragma once

#include <QProcess>
#include <QStringList>

namespace RestGate::TestSupport {

/// One tests/fixtures/netserver.py (plain HTTP origin, HTTPS origin or HTTP proxy) or socks5.py (SOCKS5 proxy) on
/// 127.0.0.1, stopped with the object. Everything a proxy prints ("CONNECT host:port", "FORWARD url", "DENIED ...")
/// stays readable in log().
class NetServer final
{
public:
    explicit NetServer(const QStringList &arguments, const char *script = "netserver.py")
    {
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments(
            QStringList {QStringLiteral(RESTGATE_SOURCE_DIR "/tests/fixtures/") + QLatin1String(script)} + arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            qFatal("python3 %s did not start", script);
        while (!readLines().contains(QLatin1Char('\n'))) {
            if (!m_process.waitForReadyRead(20'000))
                qFatal("%s did not say it was listening", script);
        }
        m_port = m_output.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 1).toInt();
    }
    ~NetServer()
    {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    NetServer(const NetServer &) = delete;
    NetServer &operator=(const NetServer &) = delete;

    int port() const { return m_port; }
    /// Everything printed so far: waits until the server has been quiet for 200 ms, so a line printed before it
    /// answered is never missed (nor its absence mistaken).
    QString log()
    {
        while (m_process.waitForReadyRead(200))
            readLines();
        return readLines();
    }

    static QString tlsFile(const char *name)
    {
        return QStringLiteral(RESTGATE_SOURCE_DIR "/tests/data/tls/") + QLatin1String(name);
    }

private:
    QString readLines()
    {
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_output;
    }

    QProcess m_process;
    QString m_output;
    int m_port = 0;
};

} // namespace RestGate::TestSupport
