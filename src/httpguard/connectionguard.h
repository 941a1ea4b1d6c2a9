#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace RestGate {

/// The JSON error body Azure DevOps' REST API answers with: {"$id":"1","innerException":null,"message":…,
/// "typeName":…,"typeKey":…,"errorCode":0,"eventId":3000}. The type names are the listener's labels in that shape.
QByteArray azureErrorBody(const QString &message, const QString &typeKey);

/// Something a connection did that never became a request the listener could answer: sent bytes that are not
/// HTTP, a body over the limit, or half a request and then nothing.
struct ConnectionIncident
{
    enum class Kind
    {
        MalformedHttp, ///< not parseable as HTTP/1.1; answered 400 and closed
        TooLarge, ///< body over the limit; answered 413 without reading it
        Incomplete, ///< the client stopped sending mid-request; answered 408 after the idle timeout and closed
    };
    Kind kind = Kind::MalformedHttp;
    int status = 0; ///< what the guard answered: 400, 413 or 408
    QString method; ///< from the request line, when one arrived
    QString target;
    QString remoteAddress;
    qint64 bytesReceived = 0; ///< of this request, before the guard stepped in
    qint64 declaredLength = -1; ///< Content-Length, when sent
    QString requestLine; ///< printable and shortened, for the diagnosis
};

/// The sockets of RestGate's local HTTP servers (the callback plan listener, the demo endpoint). QHttpServer 6.4 has
/// neither a body limit nor a timeout: it buffers a whole body (twice: in its parser and in the socket's read
/// transaction) and keeps a stalled connection forever; after a parse error it closes without an answer. It also reads
/// a request target "//P/_apis/…" as host "P" plus path
/// "/_apis/…", which would hide the doubled slash the diagnosis must report. So every connection goes through
/// this socket, which sees each chunk before QHttpServer does (its readyRead handler is connected first) and
/// - keeps the request line as sent (requestMethod(), requestTarget());
/// - answers 413 as soon as a declared or received body passes the limit, then drains and drops the rest;
/// - answers 408 and closes when a started request goes idle; closes an idle keep-alive connection quietly;
/// - answers 400 when QHttpServer drops a request it could not parse.
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    GuardedSocket(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);
    ~GuardedSocket() override;

    /// Of the request QHttpServer is handing over now; empty when the request line was not seen.
    QString requestMethod() const;
    QString requestTarget() const;
    /// The request reached the server's handler, so it is no longer "incomplete" or "malformed". The idle timer
    /// waits for the answer to be written: a handler may answer later (the demo's /slow).
    void markDispatched();

    void disconnectFromHost() override;

Q_SIGNALS:
    void incident(const RestGate::ConnectionIncident &incident);

private:
    void onReadyRead();
    void onIdle();
    void drain();
    void startRequest();
    void parseHead();
    void reject(ConnectionIncident::Kind kind, int status, const QByteArray &reason, const QString &message);
    void closeByGuard();
    ConnectionIncident makeIncident(ConnectionIncident::Kind kind, int status) const;
    bool requestInProgress() const;

    const qint64 m_maxBodyBytes;
    const int m_idleTimeoutMs;
    QTimer *m_idleTimer = nullptr;

    QByteArray m_head; ///< the start of the current request, up to the end of its headers
    qint64 m_headerBytes = -1; ///< length of the head including the blank line; -1 until it is complete
    qint64 m_requestBytes = 0; ///< of the current request, as received
    qint64 m_declaredLength = -1;
    bool m_dispatched = false;
    bool m_closingByGuard = false;
    qint64 m_drainLeft = -1; ///< >= 0 while discarding the rest of a rejected body
    qint64 m_drained = 0;
};

/// Hands QHttpServer GuardedSockets instead of plain ones (QAbstractHttpServer::bind() takes any QTcpServer).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

Q_SIGNALS:
    void incident(const RestGate::ConnectionIncident &incident);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    const qint64 m_maxBodyBytes;
    const int m_idleTimeoutMs;
};

} // namespace RestGate
