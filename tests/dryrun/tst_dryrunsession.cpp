#include "callback/planlistener.h"
#include "core/design/designdocument.h"
#include "core/result/criteriajudge.h"
#include "dryrun/dryrunsession.h"
#include "secrets/azuretokenprovider.h"
#include "secrets/secretstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace RestGate;

namespace {

const QByteArray secret = "s3cret-for-dryrun";

} // namespace

class TestDryRunSession : public QObject
{
    Q_OBJECT

    SecretStore m_store;
    AzureTokenProvider m_tokens;
    CredentialResolver m_credentials {&m_store, &m_tokens};
    TaskRunner m_runner;
    PlanListener m_listener;
    QString m_serviceUrl;

    static RunInput inputFor(const QByteArray &yaml, const VariableSet &overrides = {})
    {
        DesignDocument document;
        DocumentError error;
        if (!DesignDocument::parse(yaml, &document, &error))
            qFatal("test design does not parse: %s", qPrintable(error.message));
        return RunInput::fromDocument(document, 0, VariableSet::systemDefaults(), {}, overrides, {});
    }

    static QByteArray azureTaskWithoutSecret(const QByteArray &name)
    {
        return "restgate: 1\nconnections:\n- name: " + name
            + "\n  type: azureRM\n"
              "  tenantId: contoso.onmicrosoft.com\n"
              "  clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46\n"
              "  authentication: servicePrincipalSecret\n"
              "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n"
              "    connectionType: connectedServiceNameARM\n"
              "    azureServiceConnection: "
            + name + "\n    method: GET\n";
    }

    static QByteArray genericTask(const QString &url, const QByteArray &username, const QByteArray &method,
                                  const QByteArray &suffix, const QByteArray &extra = {})
    {
        return "restgate: 1\nconnections:\n- name: dry-run-target\n  type: generic\n  url: " + url.toUtf8()
            + "\n  username: " + username
            + "\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n"
              "    serviceConnection: dry-run-target\n    method: "
            + method + "\n    urlSuffix: " + suffix + "\n" + extra;
    }

    DryRunOutcome runToEnd(DryRunSession &session, const RunInput &input, const DryRunSession::Options &options = {})
    {
        QSignalSpy finished(&session, &DryRunSession::finished);
        session.start(input, options);
        if (finished.isEmpty() && !finished.wait(60'000))
            qFatal("the dry run session did not finish");
        if (finished.size() != 1)
            qFatal("finished() came %d times", int(finished.size()));
        return finished.first().first().value<DryRunOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DryRunOutcome>();
        qRegisterMetaType<CredentialOutcome>();
        QFile port(qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + QStringLiteral("/callbackservice.port"));
        QVERIFY2(port.open(QIODevice::ReadOnly), "the callbackservice fixture is not running");
        m_serviceUrl = QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(port.readAll().trimmed()));
        qputenv("RESTGATE_SECRET_DRY_RUN_TARGET", secret);
    }

    void plainRun_sendsTheEnvironmentSecretAndPasses()
    {
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        QSignalSpy resolved(&session, &DryRunSession::credentialResolved);
        const DryRunOutcome outcome = runToEnd(
            session,
            inputFor(genericTask(TestSupport::httpbinBaseUrl(), "deploy", "GET", "basic-auth/deploy/" + secret)));
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::None);
        QVERIFY2(outcome.result.verdict == RunResult::Verdict::Passed, qPrintable(outcome.result.reasons.join(u'\n')));
        QCOMPARE(outcome.result.status, 200);
        QVERIFY(!outcome.connectionProblem);
        QCOMPARE(resolved.size(), 1);
        QVERIFY(!outcome.callback);
        // The secret is in the request URL here; the copy the session made for display must not carry it.
        QVERIFY(outcome.result.finalUrl.contains(QString::fromLatin1(secret)));
        QVERIFY(!outcome.shown.finalUrl.contains(QString::fromLatin1(secret)));
        QCOMPARE(outcome.shown.verdict, outcome.result.verdict);
    }

    void missingAzureSecret_endsAsAConnectionProblemWithoutARequest()
    {
        const QByteArray yaml = "restgate: 1\nconnections:\n- name: arm-without-secret\n  type: azureRM\n"
                                "  tenantId: contoso.onmicrosoft.com\n"
                                "  clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46\n"
                                "  authentication: servicePrincipalSecret\n"
                                "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n"
                                "    connectionType: connectedServiceNameARM\n"
                                "    azureServiceConnection: arm-without-secret\n    method: GET\n";
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        const DryRunOutcome outcome = runToEnd(session, inputFor(yaml));
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::Credential);
        QCOMPARE(outcome.result.verdict, RunResult::Verdict::Error);
        QVERIFY(!outcome.result.errorString.isEmpty());
        QCOMPARE(outcome.result.reasons, QStringList {outcome.result.errorString});
        QVERIFY(outcome.connectionProblem);
        QCOMPARE(outcome.result.status, 0);
    }

    void interceptedCredentialFailure_endsDeferred()
    {
        const QByteArray yaml = "restgate: 1\nconnections:\n- name: arm-intercepted\n  type: azureRM\n"
                                "  tenantId: contoso.onmicrosoft.com\n"
                                "  clientId: 04b07795-8ddb-461a-bbee-02f9e1bf7b46\n"
                                "  authentication: servicePrincipalSecret\n"
                                "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n"
                                "    connectionType: connectedServiceNameARM\n"
                                "    azureServiceConnection: arm-intercepted\n    method: GET\n";
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        QString seen;
        session.setCredentialInterceptor([&seen](const CredentialResult &resolved) {
            seen = resolved.message;
            return true;
        });
        const DryRunOutcome outcome = runToEnd(session, inputFor(yaml));
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::Deferred);
        QVERIFY(!seen.isEmpty());
        QVERIFY(!outcome.connectionProblem);
    }

    void cancelWhileTheRequestRuns_reportsCancelled()
    {
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        QTimer::singleShot(300, &session, &DryRunSession::cancel);
        const DryRunOutcome outcome =
            runToEnd(session, inputFor(genericTask(TestSupport::httpbinBaseUrl(), "deploy", "GET", "delay/10")));
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::None);
        QCOMPARE(outcome.result.verdict, RunResult::Verdict::Cancelled);
    }

    void callbackTask_waitsForTaskCompletedAndMasksTheVerdict()
    {
        DryRunSession session(&m_runner, &m_credentials, &m_listener);
        QSignalSpy started(&session, &DryRunSession::callbackStarted);
        QSignalSpy initial(&session, &DryRunSession::initialCallFinished);
        DryRunSession::Options options;
        options.callback.waitMs = 15'000;
        const DryRunOutcome outcome = runToEnd(
            session,
            inputFor(genericTask(m_serviceUrl, "deploy", "POST", "task/correct", "    waitForCompletion: 'true'\n")),
            options);
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::None);
        QVERIFY2(outcome.result.verdict == RunResult::Verdict::Passed, qPrintable(outcome.result.reasons.join(u'\n')));
        QCOMPARE(started.size(), 1);
        QCOMPARE(initial.size(), 1);
        QVERIFY(outcome.callback);
        QVERIFY(outcome.shownCallback);
        QVERIFY(!outcome.shownCallback->report().contains(QString::fromLatin1(secret)));
    }

    void shownCopy_masksASecretOnlyTheCriteriaUses_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addRow("small body, masked at once") << 0;
        // Over inlineMaskLimit: the copy is made on a worker and handed back.
        QTest::addRow("big body, masked on a worker") << int(DryRunSession::inlineMaskLimit + 64 * 1024);
    }

    void shownCopy_masksASecretOnlyTheCriteriaUses()
    {
        QFETCH(int, padding);
        const QString criteriaSecret = QStringLiteral("Cr1teria-Only-Dry-Run-55f0");
        VariableSet overrides;
        overrides.set(QStringLiteral("onlyCriteria"), criteriaSecret, true);
        // A variable: the body input itself may hold 2000 characters, as on the server.
        overrides.set(QStringLiteral("pad"), QString(padding, u'x'));
        // httpbin echoes the body back, so the response carries the padding (and the criteria quotes the secret).
        const QByteArray body = "'{\"pad\":\"$(pad)\"}'";
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        const DryRunOutcome outcome =
            runToEnd(session,
                     inputFor(genericTask(TestSupport::httpbinBaseUrl(), "deploy", "POST", "anything",
                                          "    body: " + body
                                              + "\n    successCriteria: eq(root['json']['pad'], '$(onlyCriteria)')\n"),
                              overrides));
        QVERIFY2(outcome.result.status == 200, qPrintable(outcome.result.reasons.join(u'\n')));
        QCOMPARE(outcome.result.verdict, RunResult::Verdict::Failed);
        QVERIFY(outcome.result.body.size() > padding);
        // httpbin echoes the Authorization header too: the body has the connection's secret to mask.
        const QByteArray basic = QByteArray("deploy:" + secret).toBase64();
        QVERIFY(outcome.result.body.contains(basic));
        QVERIFY(!outcome.shown.body.contains(basic));
        QVERIFY(outcome.shown.body.size() > padding);
        const QString clearReasons = outcome.result.reasons.join(u'\n');
        QVERIFY2(clearReasons.contains(criteriaSecret), qPrintable(clearReasons)); // there is something to mask
        const QString shownReasons = outcome.shown.reasons.join(u'\n');
        QVERIFY2(!shownReasons.contains(criteriaSecret), qPrintable(shownReasons));
        QVERIFY2(shownReasons.contains(QStringLiteral("••••")), qPrintable(shownReasons));
        QVERIFY(outcome.shown.criteria);
        QVERIFY(!outcome.shown.criteria->expression.contains(criteriaSecret));
        QCOMPARE(outcome.shown.verdict, RunResult::Verdict::Failed);
        QVERIFY(outcome.shown.bodyDocument.isEmpty()); // never the body in clear, parsed
    }

    void credentialStep_environmentSecret_fillsTheInputForThisRunOnly()
    {
        CredentialStep step(&m_credentials);
        QSignalSpy finished(&step, &CredentialStep::finished);
        const RunInput input = inputFor(genericTask(TestSupport::httpbinBaseUrl(), "deploy", "GET", "get"));
        QVERIFY(!input.secret.present);
        QVERIFY(step.start(input));
        QVERIFY(step.isRunning());
        QVERIFY(finished.isEmpty()); // always asynchronous
        QVERIFY(finished.wait(10'000));
        QVERIFY(!step.isRunning());
        const auto outcome = finished.first().first().value<CredentialOutcome>();
        QVERIFY(outcome.ok());
        QVERIFY(outcome.input.secret.present);
        QCOMPARE(outcome.input.secret.value, QString::fromLatin1(secret));
        QVERIFY(!outcome.input.secret.bearer);
        QCOMPARE(outcome.input.task.input(QStringLiteral("urlSuffix")), QStringLiteral("get"));

        // The command line's wait gives the very same.
        const CredentialOutcome waited = CredentialStep::resolveAndWait(m_credentials, input);
        QVERIFY(waited.ok());
        QCOMPARE(waited.input.secret.value, QString::fromLatin1(secret));
    }

    void credentialStep_withoutAConnection_startsNothing()
    {
        RunInput input;
        input.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        CredentialStep step(&m_credentials);
        QSignalSpy finished(&step, &CredentialStep::finished);
        QVERIFY(!step.start(input));
        QVERIFY(!step.isRunning());
        QTest::qWait(50);
        QVERIFY(finished.isEmpty());
        const CredentialOutcome waited = CredentialStep::resolveAndWait(m_credentials, input);
        QVERIFY(waited.ok());
        QVERIFY(!waited.input.secret.present);
    }

    void credentialStep_missingSecret_failsAsTheSessionDoes()
    {
        const RunInput input = inputFor(azureTaskWithoutSecret("arm-step-without-secret"));
        CredentialStep step(&m_credentials);
        QSignalSpy finished(&step, &CredentialStep::finished);
        QVERIFY(step.start(input));
        QVERIFY(finished.wait(10'000));
        const auto outcome = finished.first().first().value<CredentialOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.cancelled());
        QVERIFY(!outcome.input.secret.present);
        const RunResult failure = outcome.failure();
        QCOMPARE(failure.verdict, RunResult::Verdict::Error);
        QVERIFY(!failure.errorString.isEmpty());
        QCOMPARE(failure.errorString, outcome.credential.message);

        // One failure, whichever front end meets it: the session's result and the command line's message.
        DryRunSession session(&m_runner, &m_credentials, nullptr);
        const DryRunOutcome ended = runToEnd(session, input);
        QCOMPARE(ended.result.verdict, failure.verdict);
        QCOMPARE(ended.result.errorString, failure.errorString);
        QCOMPARE(ended.result.reasons, failure.reasons);
        QCOMPARE(CredentialStep::resolveAndWait(m_credentials, input).failure().errorString, failure.errorString);
    }

    void credentialStep_cancel_reportsCancelledBeforeItReturns()
    {
        CredentialStep step(&m_credentials);
        QSignalSpy finished(&step, &CredentialStep::finished);
        QVERIFY(step.start(inputFor(azureTaskWithoutSecret("arm-step-cancelled"))));
        step.cancel();
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<CredentialOutcome>();
        QVERIFY(outcome.cancelled());
        QCOMPARE(outcome.failure().verdict, RunResult::Verdict::Cancelled);
        QCOMPARE(outcome.failure().errorKind, RunResult::ErrorKind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void callbackTask_whenTheListenerCannotBind_stopsAtTheListener()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        PlanListener listener;
        DryRunSession session(&m_runner, &m_credentials, &listener);
        DryRunSession::Options options;
        options.callback.port = occupied.serverPort();
        const DryRunOutcome outcome = runToEnd(
            session,
            inputFor(genericTask(m_serviceUrl, "deploy", "POST", "task/correct", "    waitForCompletion: 'true'\n")),
            options);
        QCOMPARE(outcome.stoppedAt, DryRunOutcome::Stop::Listener);
        QVERIFY(!outcome.listenerError.isEmpty());
        QCOMPARE(outcome.result.verdict, RunResult::Verdict::Error);
    }
};

QTEST_MAIN(TestDryRunSession)
#include "tst_dryrunsession.moc"
