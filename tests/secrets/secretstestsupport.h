#pragma once

// Helpers the tests in tests/secrets share: which Secret Service situation a run is in, the keyring sandbox and a
// leak scan over it, a stand-in `az` on PATH, and a local OAuth2 token endpoint.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace RestGate::SecretsTestSupport {

/// How ctest runs the executable: "present" through with-keyring.sh (a real, unlocked gnome-keyring on a private
/// bus), "absent" directly with DBUS_SESSION_BUS_ADDRESS pointing at nothing. Fails loudly when unset, so a test
/// never silently checks the wrong situation.
enum class SecretService
{
    Present,
    Absent
};

inline SecretService secretServiceMode()
{
    const QString mode = qEnvironmentVariable("RESTGATE_TEST_SECRET_SERVICE");
    if (mode == QLatin1String("present")) {
        // Only ever inside the sandbox: a keychain test must not write to the developer's own keyring.
        const QString sandbox = qEnvironmentVariable("RESTGATE_KEYRING_SANDBOX");
        if (sandbox.isEmpty() || !qEnvironmentVariable("HOME").startsWith(sandbox))
            qFatal("RESTGATE_TEST_SECRET_SERVICE=present outside with-keyring.sh: refusing to touch a real keyring");
        return SecretService::Present;
    }
    if (mode == QLatin1String("absent"))
        return SecretService::Absent;
    qFatal("RESTGATE_TEST_SECRET_SERVICE must be 'present' or 'absent'; run the test through ctest");
}

#define RESTGATE_REQUIRE_SECRET_SERVICE()                                                                              \
    do {                                                                                                               \
        if (RestGate::SecretsTestSupport::secretServiceMode() != RestGate::SecretsTestSupport::SecretService::Present) \
            QSKIP("needs the real Secret Service: covered by the *_keychain run under with-keyring.sh");               \
    } while (false)

#define RESTGATE_REQUIRE_NO_SECRET_SERVICE()                                                                           \
    do {                                                                                                               \
        if (RestGate::SecretsTestSupport::secretServiceMode() != RestGate::SecretsTestSupport::SecretService::Absent)  \
            QSKIP("needs a machine without a Secret Service: covered by the direct run");                              \
    } while (false)

/// The forms a secret takes on the way out: as it is, base64 (Basic credentials with an empty or no user name),
/// percent-encoded (form bodies) and UTF-16 (a QString dumped raw).
inline QList<QByteArray> leakPatterns(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> patterns = {utf8, utf8.toBase64(), (":" + utf8).toBase64(), QUrl::toPercentEncoding(secret)};
    patterns.append(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2));
    return patterns;
}

/// Every file under `root` (except those under `skipDirectory`, if given) that contains any leak pattern of any
/// of the secrets, as "path: pattern" lines.
inline QStringList filesContaining(const QString &root, const QStringList &secrets, const QString &skipDirectory,
                                   int *filesScanned)
{
    QStringList hits;
    *filesScanned = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skipDirectory.isEmpty() && path.startsWith(skipDirectory + QLatin1Char('/')))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        ++*filesScanned;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets) {
            for (const QByteArray &pattern : leakPatterns(secret)) {
                if (content.contains(pattern))
                    hits.append(path + QStringLiteral(": ") + QString::fromUtf8(pattern));
            }
        }
    }
    return hits;
}

/// Puts one of the stand-in scripts on PATH as "az" (or no az at all), restoring PATH when it goes.
class AzOnPath
{
public:
    /// `script`: "az-logged-in.sh", "az-logged-out.sh", or empty for a PATH without az.
    explicit AzOnPath(const QString &script)
        : m_oldPath(qgetenv("PATH"))
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary directory");
        if (!script.isEmpty()) {
            const QString source = QStringLiteral(RESTGATE_SECRETS_TEST_DIR "/") + script;
            if (!QFile::link(source, m_dir.filePath(QStringLiteral("az"))))
                qFatal("cannot link %s", qPrintable(source));
        }
        m_log = m_dir.filePath(QStringLiteral("az.log"));
        qputenv("AZ_STANDIN_LOG", m_log.toLocal8Bit());
        // /bin and /usr/bin stay for the script's own sh, date and tr; neither holds an az.
        qputenv("PATH", (m_dir.path() + QStringLiteral(":/usr/bin:/bin")).toLocal8Bit());
    }
    ~AzOnPath()
    {
        qputenv("PATH", m_oldPath);
        qunsetenv("AZ_STANDIN_LOG");
    }
    AzOnPath(const AzOnPath &) = delete;
    AzOnPath &operator=(const AzOnPath &) = delete;

    /// The arguments of every az run so far, one line each.
    QStringList invocations() const
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    QString m_log;
};

/// A local stand-in for the Entra ID authority host: POST /{tenant}/oauth2/v2.0/token, answering like
/// login.microsoftonline.com does (success, or the OAuth2 error JSON with a 401), and recording what it was sent.
class TokenServer
{
public:
    enum class Answer
    {
        Token,
        InvalidClient,
        NotJson
    };

    struct Request
    {
        QString tenant;
        QByteArray contentType;
        QMap<QString, QString> form;
    };

    Answer answer = Answer::Token;
    qint64 lifetime = 3600; ///< expires_in of the tokens it issues

    TokenServer()
    {
        m_server.route(
            QStringLiteral("/<arg>/oauth2/v2.0/token"),
            [this](const QString &tenant, const QHttpServerRequest &request) { return respond(tenant, request); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            qFatal("token server: cannot listen on 127.0.0.1");
    }

    /// http://127.0.0.1:PORT, what a Custom environment's authority host is set to.
    QString authorityHost() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    const QList<Request> &requests() const { return m_requests; }
    /// The token the n-th request (0-based) was answered with.
    static QString tokenNumber(int n) { return QStringLiteral("local-token-%1").arg(n); }

    static QString invalidClientDescription()
    {
        return QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
                              "request is the client secret value, not the client secret ID, for a secret added "
                              "to app '04b07795-8ddb-461a-bbee-02f9e1bf7b46'.\r\nTrace ID: "
                              "0d3c6f0e-5b1a-4b8e-9c1e-7f7b2a6d1900\r\nCorrelation ID: "
                              "5a3f1e2d-8c4b-4f6a-9e7d-1b2c3d4e5f60\r\nTimestamp: 2024-05-01 12:00:00Z");
    }

private:
    QHttpServerResponse respond(const QString &tenant, const QHttpServerRequest &request)
    {
        if (request.method() != QHttpServerRequest::Method::Post)
            return QHttpServerResponse(QHttpServerResponder::StatusCode::MethodNotAllowed);
        Request recorded;
        recorded.tenant = tenant;
        recorded.contentType = request.value("Content-Type");
        // application/x-www-form-urlencoded, decoded as a server does: '+' is a space, then percent-decoding.
        for (const QByteArray &pair : request.body().split('&')) {
            const qsizetype equals = pair.indexOf('=');
            QByteArray key = pair.left(equals), value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            recorded.form.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
        }
        m_requests.append(recorded);
        switch (answer) {
        case Answer::Token:
            return QHttpServerResponse(QJsonObject {{"token_type", "Bearer"},
                                                    {"expires_in", double(lifetime)},
                                                    {"ext_expires_in", double(lifetime)},
                                                    {"access_token", tokenNumber(int(m_requests.size()) - 1)}});
        case Answer::InvalidClient:
            return QHttpServerResponse(QJsonObject {{"error", "invalid_client"},
                                                    {"error_description", invalidClientDescription()},
                                                    {"error_codes", QJsonArray {7000215}},
                                                    {"timestamp", "2024-05-01 12:00:00Z"},
                                                    {"trace_id", "0d3c6f0e-5b1a-4b8e-9c1e-7f7b2a6d1900"},
                                                    {"correlation_id", "5a3f1e2d-8c4b-4f6a-9e7d-1b2c3d4e5f60"}},
                                       QHttpServerResponder::StatusCode::Unauthorized);
        case Answer::NotJson:
            return QHttpServerResponse("text/html", "<html><body>Bad gateway</body></html>",
                                       QHttpServerResponder::StatusCode::BadGateway);
        }
        return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Request> m_requests;
};

} // namespace RestGate::SecretsTestSupport
