#include "core/run/taskrunner.h"
#include "rawhttpserver.h"
#include "runsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace RestGate;
using TestSupport::RawHttpServer;

// The runner against servers that misbehave on purpose: redirects to another origin, bodies that never end or end
// too soon, huge headers, and header values that would smuggle a second request.
class TestRunnerHardening : public QObject
{
    Q_OBJECT

private:
    // A POST with a body, Basic credentials and a custom header, against `base`.
    static RunInput input(const QString &base, const QString &suffix = QStringLiteral("start"))
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        in.task.setInput(QStringLiteral("method"), QStringLiteral("POST"));
        in.task.setInput(QStringLiteral("urlSuffix"), suffix);
        in.task.setInput(QStringLiteral("headers"),
                         QStringLiteral("{\"Content-Type\":\"application/json\", \"X-Api-Key\":\"k-123\"}"));
        in.task.setInput(QStringLiteral("body"), QStringLiteral("{\"deploy\": 1}"));
        in.connection = ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic, base, {});
        in.connection->username = QStringLiteral("deploy");
        in.secret = ConnectionSecret {QStringLiteral("s3cret"), true};
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static RunResult run(const RunInput &in, const RunOptions &options = {})
    {
        return TestSupport::runToEnd(in, options, 60);
    }

    static RawHttpServer::Handler redirectTo(const QByteArray &status, const QString &location)
    {
        return [status, location](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(RawHttpServer::response(status.left(3).toInt(), status.mid(4), {},
                                                  "Location: " + location.toUtf8() + "\r\n"));
            socket->disconnectFromHost();
        };
    }

    static void answerOk(QTcpSocket *socket, const RawHttpServer::Request &)
    {
        socket->write(RawHttpServer::response(200, "OK", "{\"ok\":true}", "Content-Type: application/json\r\n"));
        socket->disconnectFromHost();
    }

    static bool hasError(const RunResult &result, const QString &fragment)
    {
        for (const Finding &finding : result.findings) {
            if (finding.isError() && finding.message.contains(fragment))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunResult>(); }

    // --- redirects ------------------------------------------------------------------------------------------

    void crossOriginRedirect_dropsCredentialsAndCustomHeaders()
    {
        RawHttpServer other(&answerOk);
        RawHttpServer first(redirectTo("307 Temporary Redirect", other.baseUrl() + QStringLiteral("landing")));
        const RunResult result = run(input(first.baseUrl()));

        QCOMPARE(first.requests().size(), 1);
        QVERIFY(first.requests().first().hasHeader("Authorization"));
        QCOMPARE(first.requests().first().header("X-Api-Key"), QByteArray("k-123"));

        QCOMPARE(other.requests().size(), 1);
        const RawHttpServer::Request &second = other.requests().first();
        QVERIFY2(!second.hasHeader("Authorization"), second.header("Authorization").constData());
        QVERIFY(!second.hasHeader("X-Api-Key"));
        // 307 repeats the request: same method, same body, and the Content-Type that describes it.
        QCOMPARE(second.method, QByteArray("POST"));
        QCOMPARE(second.body, QByteArray("{\"deploy\": 1}"));
        QCOMPARE(second.header("Content-Type"), QByteArray("application/json"));

        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        QCOMPARE(result.redirects.size(), 1);
        const RedirectHop &hop = result.redirects.first();
        QCOMPARE(hop.status, 307);
        QCOMPARE(hop.method, QStringLiteral("POST"));
        QCOMPARE(hop.to, other.baseUrl() + QStringLiteral("landing"));
        QVERIFY(hop.crossOrigin);
        QCOMPARE(hop.droppedHeaders, (QStringList {QStringLiteral("X-Api-Key"), QStringLiteral("Authorization")}));
        QVERIFY2(result.log.contains(QStringLiteral("\t\t\t\tRedirect: 307 TemporaryRedirect -> POST ")
                                     + other.baseUrl()
                                     + QStringLiteral("landing (another origin: X-Api-Key, "
                                                      "Authorization not sent)\n")),
                 qPrintable(result.log));
    }

    void sameOriginRedirect_keepsThem()
    {
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &request) {
            if (request.target == "/start")
                redirectTo("307 Temporary Redirect", QStringLiteral("/next"))(socket, request);
            else
                answerOk(socket, request);
        });
        const RunResult result = run(input(server.baseUrl()));
        QCOMPARE(server.requests().size(), 2);
        const RawHttpServer::Request &second = server.requests().at(1);
        QCOMPARE(second.target, QByteArray("/next"));
        QCOMPARE(second.header("Authorization"), server.requests().first().header("Authorization"));
        QVERIFY(second.header("Authorization").startsWith("Basic "));
        QCOMPARE(second.header("X-Api-Key"), QByteArray("k-123"));
        QCOMPARE(result.redirects.size(), 1);
        QVERIFY(!result.redirects.first().crossOrigin);
        QVERIFY(result.redirects.first().droppedHeaders.isEmpty());
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
    }

    void foundAfterPost_becomesGetWithoutBody()
    {
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &request) {
            if (request.target == "/start")
                redirectTo("302 Found", QStringLiteral("/next"))(socket, request);
            else
                answerOk(socket, request);
        });
        const RunResult result = run(input(server.baseUrl()));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).method, QByteArray("GET"));
        QVERIFY(server.requests().at(1).body.isEmpty());
        QVERIFY(!server.requests().at(1).hasHeader("Content-Type"));
        QCOMPARE(result.redirects.first().method, QStringLiteral("GET"));
    }

    // --- header injection -----------------------------------------------------------------------------------

    void lineBreakInHeader_isRefusedAndNothingIsSent_data()
    {
        QTest::addColumn<QString>("headers");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("header");
        QTest::addRow("JSON escape") << R"({"X-Trace": "a\r\nX-Injected: 1"})" << QString() << "X-Trace";
        QTest::addRow("LF only") << R"({"X-Trace": "a\nGET /other HTTP/1.1"})" << QString() << "X-Trace";
        QTest::addRow("from a variable") << R"j({"X-Tenant": "$(tenant)"})j"
                                         << "t1\r\nContent-Length: 0\r\n\r\nGET /smuggled HTTP/1.1"
                                         << "X-Tenant";
        QTest::addRow("in the name") << "{\"X-A\\r\\nX-B\": \"v\"}" << QString() << "X-A\\r\\nX-B";
    }

    void lineBreakInHeader_isRefusedAndNothingIsSent()
    {
        QFETCH(QString, headers);
        QFETCH(QString, variable);
        QFETCH(QString, header);
        RawHttpServer server(&answerOk);
        RunInput in = input(server.baseUrl());
        in.task.setInput(QStringLiteral("headers"), headers);
        in.variables.set(QStringLiteral("tenant"), variable);
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::InvalidTask);
        QVERIFY2(hasError(result, QStringLiteral("Header '%1' has a line break (CR or LF)").arg(header)),
                 qPrintable(result.reasons.join(QLatin1Char('\n'))));
        // Give a stray connection every chance to arrive.
        QTest::qWait(200);
        QCOMPARE(server.connections(), 0);
        QVERIFY(server.requests().isEmpty());
    }

    void lineBreakInTheCredential_isRefusedWithoutShowingIt()
    {
        RawHttpServer server(&answerOk);
        RunInput in = input(server.baseUrl());
        in.connection =
            ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::AzureRM, server.baseUrl(), {});
        in.task.setInput(QStringLiteral("connectedServiceNameSelector"), QStringLiteral("connectedServiceNameARM"));
        in.task.unsetInput(QStringLiteral("serviceConnection"));
        in.task.setInput(QStringLiteral("connectedServiceNameARM"), QStringLiteral("api"));
        in.secret = ConnectionSecret {QStringLiteral("tok\r\nX-Admin: yes"), true};
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QVERIFY(hasError(result, QStringLiteral("Header 'Authorization' has a line break")));
        for (const Finding &finding : result.findings)
            QVERIFY(!finding.message.contains(QStringLiteral("X-Admin")));
        QTest::qWait(200);
        QCOMPARE(server.connections(), 0);
    }

    // --- bodies that never end, end too soon, or come too slowly ------------------------------------------------

    void endlessChunkedBody_stopsAtTheCapWithAnError()
    {
        // 64 KiB chunks every millisecond, forever. (Paced: this server shares the event loop with the client.
        // tst_clibodycap streams flat out to a separate client process and measures its memory.)
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, '1') + "\r\n";
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
                if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                    socket->write(chunk);
            });
            timer->start(1);
        });
        RunOptions options;
        options.maxBodyBytes = 1024 * 1024;
        RunInput in = input(server.baseUrl());
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root, 1)"));
        const RunResult result = run(in, options);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::BodyTooLarge);
        QCOMPARE(result.body.size(), options.maxBodyBytes);
        QVERIFY(result.bodyTruncated);
        QVERIFY(result.reasons.first().contains(QStringLiteral("cut at the dry-run cap of 1048576 bytes")));
        QVERIFY(result.log.contains(QStringLiteral("Response Code: OK")));
    }

    void slowEndlessBody_timesOut()
    {
        // One byte every 50 ms: never over the cap, never finished.
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("1\r\nx\r\n"); });
            timer->start(50);
        });
        RunOptions options;
        options.timeoutMs = 1000;
        const RunResult result = run(input(server.baseUrl()), options);
        QCOMPARE(result.verdict, RunResult::Verdict::TimedOut);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Timeout);
        QVERIFY(result.log.contains(QStringLiteral("(type TimeoutException)")));
    }

    void bodyShorterThanContentLength_isAnError()
    {
        RawHttpServer server([](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"ok\":");
            socket->flush();
            socket->disconnectFromHost();
        });
        const RunResult result = run(input(server.baseUrl()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Truncated);
        QVERIFY2(result.reasons.first().startsWith(
                     QStringLiteral("The response was cut short: 6 of the 100 bytes its Content-Length announced")),
                 qPrintable(result.reasons.first()));
    }

    void completeBody_stillPasses()
    {
        RawHttpServer server(&answerOk);
        const RunResult result = run(input(server.baseUrl()));
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        QCOMPARE(result.body, QByteArray("{\"ok\":true}"));
    }

    // --- headers --------------------------------------------------------------------------------------------

    void headersOver64KB_areAClearError_data()
    {
        QTest::addColumn<QByteArray>("headers");
        // One line Qt's reader gives up on (it then drops every header), and many that pass it but add up.
        QTest::addRow("one 128 KB line") << "X-Huge: " + QByteArray(128 * 1024, 'h') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(4000, 'b') + "\r\n";
        QTest::addRow("20 lines of 4 KB") << many;
    }

    void headersOver64KB_areAClearError()
    {
        QFETCH(QByteArray, headers);
        RawHttpServer server([headers](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(RawHttpServer::response(200, "OK", "{}", headers));
            socket->disconnectFromHost();
        });
        const RunResult result = run(input(server.baseUrl()));
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::HeadersTooLarge);
        QVERIFY2(result.reasons.first().contains(QStringLiteral("refuses response headers over 65536 bytes"))
                     || result.reasons.first().startsWith(QStringLiteral("The response headers are over 65536 bytes")),
                 qPrintable(result.reasons.first()));
        QVERIFY(result.responseHeaders.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunnerHardening)
#include "tst_runnerhardening.moc"
