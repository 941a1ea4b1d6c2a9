#include "httpguard/connectionguard.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace RestGate {

namespace {

/// Enough for any request head the listener's clients send; http_parser itself gives up at 80 KB.
constexpr qint64 maxHeadBytes = 64 * 1024;
/// A rejected body without Content-Length (chunked) is discarded up to this much, then the connection is dropped.
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;

QString printable(const QByteArray &bytes, qsizetype limit = 200)
{
    QString text;
    for (const char c : bytes.left(limit))
        text.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : u'?');
    if (bytes.size() > limit)
        text.append(QStringLiteral("…"));
    return text;
}

QByteArray rawResponse(int status, const QByteArray &reason, const QString &message, const QString &typeKey)
{
    const QByteArray body = azureErrorBody(message, typeKey);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

QByteArray azureErrorBody(const QString &message, const QString &typeKey)
{
    const QJsonObject error {
        {QStringLiteral("$id"), QStringLiteral("1")},
        {QStringLiteral("innerException"), QJsonValue::Null},
        {QStringLiteral("message"), message},
        {QStringLiteral("typeName"), typeKey},
        {QStringLiteral("typeKey"), typeKey},
        {QStringLiteral("errorCode"), 0},
        {QStringLiteral("eventId"), 3000},
    };
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

GuardedSocket::GuardedSocket(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QTcpSocket(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setTimerType(Qt::PreciseTimer);
    m_idleTimer->setInterval(idleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, &GuardedSocket::onIdle);
    // Connected before QHttpServer connects its own handler, so each chunk is seen here first.
    connect(this, &QTcpSocket::readyRead, this, &GuardedSocket::onReadyRead);
    connect(this, &QTcpSocket::bytesWritten, m_idleTimer, qOverload<>(&QTimer::start));
    // QHttpServer deletes its sockets on disconnect too; a second deleteLater() is harmless, a leak is not.
    connect(this, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // A connection that never sends a byte is dropped as well.
    m_idleTimer->start();
}

GuardedSocket::~GuardedSocket() = default;

QString GuardedSocket::requestMethod() const
{
    const QByteArray line = m_head.left(m_head.indexOf('\n')).trimmed();
    return printable(line.left(line.indexOf(' ')), 20);
}

QString GuardedSocket::requestTarget() const
{
    const QList<QByteArray> parts = m_head.left(m_head.indexOf('\n')).trimmed().split(' ');
    return parts.size() >= 2 ? QString::fromUtf8(parts.at(1)) : QString();
}

void GuardedSocket::markDispatched()
{
    m_dispatched = true;
    // Writing the answer restarts it (bytesWritten), so a keep-alive connection still goes idle afterwards.
    m_idleTimer->stop();
}

bool GuardedSocket::requestInProgress() const
{
    return m_requestBytes > 0 && !m_dispatched;
}

void GuardedSocket::disconnectFromHost()
{
    if (!m_closingByGuard && state() == ConnectedState && requestInProgress()) {
        // QHttpServer 6.4 closes without a word when it cannot parse a request; a client deserves the 400.
        reject(ConnectionIncident::Kind::MalformedHttp, 400, "Bad Request",
               QStringLiteral("The request could not be parsed as HTTP/1.1."));
        return;
    }
    QTcpSocket::disconnectFromHost();
}

void GuardedSocket::startRequest()
{
    m_head.clear();
    m_headerBytes = -1;
    m_requestBytes = 0;
    m_declaredLength = -1;
    m_dispatched = false;
}

void GuardedSocket::onReadyRead()
{
    m_idleTimer->start();
    // QHttpServer keeps a read transaction open from a request's first byte until it has parsed it whole, so no
    // transaction means this chunk starts a new request.
    if (!isTransactionStarted())
        startRequest();
    m_requestBytes += bytesAvailable();
    if (m_headerBytes < 0)
        parseHead();

    if (m_declaredLength > m_maxBodyBytes) {
        reject(ConnectionIncident::Kind::TooLarge, 413, "Payload Too Large",
               QStringLiteral("The request body (Content-Length %1) is over the listener's limit of %2 bytes.")
                   .arg(m_declaredLength)
                   .arg(m_maxBodyBytes));
    } else if (m_headerBytes >= 0 && m_requestBytes - m_headerBytes > m_maxBodyBytes) {
        reject(ConnectionIncident::Kind::TooLarge, 413, "Payload Too Large",
               QStringLiteral("The request body is over the listener's limit of %1 bytes.").arg(m_maxBodyBytes));
    }
}

void GuardedSocket::parseHead()
{
    // peek(): the bytes stay for QHttpServer, which reads them right after this handler.
    m_head += peek(qMin(bytesAvailable(), maxHeadBytes - m_head.size()));
    // http_parser skips blank lines before a request line; so does this.
    while (m_head.startsWith("\r\n") || m_head.startsWith('\n'))
        m_head.remove(0, m_head.startsWith('\r') ? 2 : 1);
    qsizetype end = m_head.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bareEnd = m_head.indexOf("\n\n");
    if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
        end = bareEnd;
        separator = 2;
    }
    if (end < 0)
        return;
    m_headerBytes = end + separator;
    m_head.truncate(end);
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (ok)
                m_declaredLength = length;
        }
    }
}

void GuardedSocket::reject(ConnectionIncident::Kind kind, int status, const QByteArray &reason, const QString &message)
{
    if (m_closingByGuard)
        return;
    const ConnectionIncident report = makeIncident(kind, status);
    m_closingByGuard = true;
    static const QHash<int, QString> typeKeys {
        {400, QStringLiteral("BadRequest")},
        {408, QStringLiteral("RequestTimeout")},
        {413, QStringLiteral("RequestEntityTooLarge")},
    };
    write(rawResponse(status, reason, message, typeKeys.value(status)));

    if (kind == ConnectionIncident::Kind::TooLarge) {
        // Take the socket away from QHttpServer so nothing more is buffered, then discard the rest of the body
        // instead of closing at once: closing with unread data makes the kernel reset the connection, and the
        // client would see a reset instead of the 413.
        disconnect(this, &QTcpSocket::readyRead, nullptr, nullptr);
        if (isTransactionStarted())
            commitTransaction();
        // What is still to come of the declared request: its length minus what QHttpServer already took off the
        // socket (this chunk is counted in m_requestBytes but still unread; drain() takes it next).
        const qint64 consumed = m_requestBytes - bytesAvailable();
        m_drainLeft = m_declaredLength >= 0 && m_headerBytes >= 0
            ? qMax<qint64>(0, m_headerBytes + m_declaredLength - consumed)
            : maxDrainBytes;
        connect(this, &QTcpSocket::readyRead, this, &GuardedSocket::drain);
        drain();
    } else {
        closeByGuard();
    }
    Q_EMIT incident(report);
}

void GuardedSocket::drain()
{
    m_idleTimer->start();
    if (isTransactionStarted())
        commitTransaction();
    const qint64 discarded = skip(bytesAvailable());
    if (discarded > 0) {
        m_drained += discarded;
        m_drainLeft -= discarded;
    }
    if (m_drainLeft <= 0 || m_drained > maxDrainBytes)
        closeByGuard();
}

void GuardedSocket::onIdle()
{
    if (m_closingByGuard) {
        // A drain that stalled, or a close the peer never acknowledged: stop waiting.
        abort();
        return;
    }
    if (requestInProgress()) {
        reject(ConnectionIncident::Kind::Incomplete, 408, "Request Timeout",
               QStringLiteral("The request was not completed within %1 ms.").arg(m_idleTimeoutMs));
        return;
    }
    // An idle keep-alive connection: close it like any server does.
    closeByGuard();
}

void GuardedSocket::closeByGuard()
{
    m_closingByGuard = true;
    m_idleTimer->start();
    QTcpSocket::disconnectFromHost();
}

ConnectionIncident GuardedSocket::makeIncident(ConnectionIncident::Kind kind, int status) const
{
    ConnectionIncident report;
    report.kind = kind;
    report.status = status;
    report.method = requestMethod();
    report.target = requestTarget();
    report.remoteAddress = peerAddress().toString();
    report.bytesReceived = m_requestBytes;
    report.declaredLength = m_declaredLength;
    const qsizetype lineEnd = m_head.indexOf('\n');
    report.requestLine = printable(lineEnd < 0 ? m_head : m_head.left(lineEnd).trimmed());
    return report;
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new GuardedSocket(m_maxBodyBytes, m_idleTimeoutMs, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &GuardedSocket::incident, this, &GuardedTcpServer::incident);
    addPendingConnection(socket);
}

} // namespace RestGate
