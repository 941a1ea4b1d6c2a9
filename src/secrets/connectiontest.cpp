#include "secrets/connectiontest.h"

#include "core/request/preparedrequest.h"
#include "secrets/connectioncredentials.h"
#include "secrets/credentialresolver.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace RestGate {

namespace {

QString statusText(int status, const QString &reason)
{
    return reason.isEmpty() ? QString::number(status) : QString::number(status) + QLatin1Char(' ') + reason;
}

} // namespace

// ---- ConnectionTest -----------------------------------------------------------------------------------------

ConnectionTest::ConnectionTest(const ServiceConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_url(RequestBuilder::baseUrl(connection).trimmed())
{
    m_result.url = m_url;
}

ConnectionTest::~ConnectionTest()
{
    if (m_credentialJob)
        m_credentialJob->deleteLater();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ConnectionTest::cancel()
{
    if (m_finished)
        return;
    if (m_credentialJob) {
        m_credentialJob->disconnect(this);
        m_credentialJob->cancel();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    ConnectionTestResult result;
    result.outcome = ConnectionTestResult::Outcome::Cancelled;
    result.message = tr("The test was cancelled.");
    finish(result);
}

void ConnectionTest::onCredential(const CredentialResult &resolved, QNetworkAccessManager *network,
                                  std::chrono::milliseconds timeout)
{
    if (m_credentialJob) {
        m_credentialJob->deleteLater();
        m_credentialJob = nullptr;
    }
    // The same leniency as a run: a Generic connection whose optional password cannot be read goes out without it.
    const CredentialResult credential = acceptingOptionalPassword(resolved, m_connection);
    if (!credential.ok()) {
        ConnectionTestResult result;
        result.outcome = credential.status == CredentialResult::Status::Cancelled
            ? ConnectionTestResult::Outcome::Cancelled
            : ConnectionTestResult::Outcome::CredentialError;
        result.message = credential.shown();
        finish(result);
        return;
    }
    // A Generic connection with neither user name nor password still sends "Basic Og==" (":" encoded): the answer
    // then says nothing about credentials, and the message must not claim they were accepted.
    m_noCredentials = credential.credential.scheme == ResolvedCredential::Scheme::Basic
        && credential.credential.username.isEmpty() && credential.credential.secret.isEmpty();
    QNetworkRequest request {QUrl(m_url)};
#if QT_CONFIG(ssl)
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    DisplayText tlsProblem;
    if (!TlsRules::configure(m_networkSettings, &ssl, &tlsProblem)) {
        ConnectionTestResult result;
        result.outcome = ConnectionTestResult::Outcome::NetworkError;
        result.message = tlsProblem.shown;
        finish(result);
        return;
    }
    request.setSslConfiguration(ssl);
#endif
    request.setRawHeader("Authorization", credential.credential.authorizationHeader().toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // A redirect could carry the Authorization header to another host; the status of the base URL is the answer.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTest::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsProblems.append(TlsRules::describe(error));
        if (m_networkSettings.insecure && m_reply)
            m_reply->ignoreSslErrors();
    });
#endif
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_timer->start(timeout);
}

void ConnectionTest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_timer)
        m_timer->stop();

    ConnectionTestResult result;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        result.outcome = ConnectionTestResult::Outcome::NetworkError;
        result.message = m_timedOut
            ? tr("No answer from %1 in time: the server is not reachable.").arg(m_url)
            : tr("Cannot reach %1: %2.")
                  .arg(m_url,
                       m_tlsProblems.isEmpty() ? reply->errorString() : m_tlsProblems.join(QStringLiteral("; ")));
        finish(result);
        return;
    }
    result.httpStatus = statusAttribute.toInt();
    const QString status =
        statusText(result.httpStatus,
                   QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
    result.credentialsSent = !m_noCredentials;
    if (m_noCredentials) {
        const QString none = tr("No credentials were sent: the connection has no user name or password, so "
                                "the request carried an empty 'Authorization: Basic Og=='.");
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.outcome = ConnectionTestResult::Outcome::Accepted;
            result.message = tr("Reachable: GET %1 answered %2. %3 The server asks for none here, so "
                                "this tests no credentials.")
                                 .arg(m_url, status, none);
        } else if (result.httpStatus == 401 || result.httpStatus == 403) {
            result.outcome = ConnectionTestResult::Outcome::Refused;
            result.message = tr("Reachable, but GET %1 answered %2: the server wants credentials. %3 Add "
                                "a user name and password.")
                                 .arg(m_url, status, none);
        } else {
            result.outcome = ConnectionTestResult::Outcome::OtherStatus;
            result.message = tr("Reachable: GET %1 answered %2, which is not success. %3").arg(m_url, status, none);
        }
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.outcome = ConnectionTestResult::Outcome::Accepted;
        result.message = tr("Reachable, and the credentials were accepted: GET %1 answered %2.").arg(m_url, status);
    } else if (result.httpStatus == 401 || result.httpStatus == 403) {
        result.outcome = ConnectionTestResult::Outcome::Refused;
        result.message = tr("Reachable, but the credentials were refused: GET %1 answered %2.").arg(m_url, status);
    } else {
        result.outcome = ConnectionTestResult::Outcome::OtherStatus;
        result.message = tr("Reachable: GET %1 answered %2. The credentials were not refused, but the "
                            "base URL itself does not answer with success.")
                             .arg(m_url, status);
    }
    finish(result);
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.url = m_url;
    if (m_networkSettings.insecure && m_url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
        result.message += QLatin1Char(' ') + TlsRules::insecureNote();
    m_result = result;
    Q_EMIT finished(m_result);
}

// ---- ConnectionTester ---------------------------------------------------------------------------------------

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new SettingsProxyFactory(m_settings));
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::setNetworkSettings(const NetworkSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    // A fresh manager: Qt would reuse a connection (and the certificate checked on it) across settings.
    delete m_network;
    m_network = new QNetworkAccessManager(this);
    m_network->setProxyFactory(new SettingsProxyFactory(settings));
}

ConnectionTest *ConnectionTester::test(const ServiceConnection &connection, CredentialResolver *resolver)
{
    auto *test = new ConnectionTest(connection, this);
    test->m_networkSettings = m_settings;
    const QUrl url(test->m_url);
    const bool httpUrl = url.isValid() && !url.isRelative() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    if (!httpUrl) {
        ConnectionTestResult result;
        result.outcome = ConnectionTestResult::Outcome::InvalidUrl;
        result.message = test->m_url.isEmpty()
            ? ConnectionTest::tr("The connection has no URL to test.")
            : ConnectionTest::tr("'%1' is not an absolute http or https URL.").arg(test->m_url);
        QMetaObject::invokeMethod(
            test, [test, result] { test->finish(result); }, Qt::QueuedConnection);
        return test;
    }
    test->m_credentialJob = resolver->resolve(credentialRequestFor(connection));
    const std::chrono::milliseconds timeout = m_timeout;
    QNetworkAccessManager *network = m_network;
    connect(test->m_credentialJob, &CredentialJob::finished, test,
            [test, network, timeout](const CredentialResult &credential) {
                test->onCredential(credential, network, timeout);
            });
    return test;
}

} // namespace RestGate
