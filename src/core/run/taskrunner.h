#pragma once

#include "core/design/designdocument.h"
#include "core/design/displaytext.h"
#include "core/design/serviceconnection.h"
#include "core/design/taskconfig.h"
#include "core/design/variables.h"
#include "core/request/contentdecoder.h"
#include "core/request/preparedrequest.h"
#include "core/result/runresult.h"
#include "core/run/networksettings.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace RestGate {

/// What one dry run needs: the task, its connection (with the secret for this run only) and the variables.
struct RunInput
{
    TaskConfig task {}; // braces: TaskConfig's default constructor is explicit, and clang then refuses RunInput {}
    std::optional<ServiceConnection> connection;
    ConnectionSecret secret;
    VariableSet variables;

    /// Where the secret of a connection comes from (keychain, environment, a prompt). Never from the document.
    using SecretLookup = std::function<ConnectionSecret(const ServiceConnection &)>;

    /// The input for running `document.tasks[taskIndex]`: variables are the `system` ones, then the document's,
    /// then the named set's, then `overrides` (each layer wins over the one before).
    static RunInput fromDocument(const DesignDocument &document, qsizetype taskIndex, const VariableSet &system,
                                 const QString &variableSetName, const VariableSet &overrides,
                                 const SecretLookup &secrets);
};

/// One running dry run. Emits finished() exactly once, always asynchronously, whatever happens.
class TaskRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRun)

public:
    ~TaskRun() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const RunResult &result() const { return m_result; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qint64 bytesReceived() const { return m_result.bodyBytes; }

Q_SIGNALS:
    void progress(qint64 bytesReceived, qint64 elapsedMs);
    void finished(const RestGate::RunResult &result);

private:
    friend class TaskRunner;
    TaskRun(QNetworkAccessManager *network, const RunInput &input, const RunOptions &options, QObject *parent);

    /// What goes to the server on each hop; a redirect changes it (method, body, headers) before the next one.
    struct Hop
    {
        QUrl url;
        QByteArray method;
        QList<QPair<QString, QString>> headers;
        QByteArray body;
        bool hasBody = false;
    };

    void begin();
    void send();
    /// Follows the redirect `reply` answered with, as .NET's HttpClient does, or ends the run when it cannot.
    void followRedirect(QNetworkReply *reply, int status);
    void fail(RunResult::ErrorKind kind, const DisplayText &message);
    /// The reply ended without a usable answer: names the proxy or the certificate problem when one is the cause.
    void failWithoutAnswer(QNetworkReply *reply, QNetworkReply::NetworkError error);
    /// The notes no verdict may lack: an unchecked certificate, a redirect not followed.
    void addNetworkNotes();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void judge();
    void complete();

    QNetworkAccessManager *m_network;
    RunInput m_input;
    RunOptions m_options;
    RunResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QElapsedTimer m_clock;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_capHit = false;
    QStringList m_englishTlsErrors; ///< m_result.tls.errors as the error string and the log word them
    DisplayText m_headerProblem; ///< why the response headers were refused; empty when they were fine
    bool m_redirecting = false; ///< the current reply is a redirect: its body is discarded
    bool m_decodesCoding = false; ///< the runner sent its own Accept-Encoding, so it inflates what comes back
    /// Inflates a gzip or deflate body the runner asked for itself; null for a body that arrives as it is meant.
    std::unique_ptr<ContentDecoder> m_decoder;
    qint64 m_wireBytes = 0; ///< body bytes of the current reply as they came over the wire, before decoding
    bool m_finished = false;
    Hop m_hop;
    ProxyChoice m_proxy; ///< of the current hop
    bool m_usedTls = false; ///< a hop went to an https URL
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
#endif
};

/// Starts dry runs. Owns the network access manager the runs share; a run is a child of the runner until the
/// caller deletes it (deleteLater() in a finished() handler is the usual way).
class TaskRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    TaskRun *start(const RunInput &input, const RunOptions &options = {});

private:
    QNetworkAccessManager *m_network;
};

} // namespace RestGate
