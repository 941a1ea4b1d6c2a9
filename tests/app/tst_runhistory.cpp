#include "app/result/runhistory.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace RestGate;

class TestRunHistory : public QObject
{
    Q_OBJECT

private:
    static RunResult runWith(int status, RunResult::Verdict verdict, qint64 ms)
    {
        RunResult result;
        result.status = status;
        result.verdict = verdict;
        result.msTotal = ms;
        result.startedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 30, 15), Qt::UTC);
        return result;
    }

    /// As the window adds a run: with the copy the dry run session made for display.
    static void addRun(RunHistory &history, const RunResult &run) { history.add(run, run.displaySafe()); }

private Q_SLOTS:
    void newestFirst_withTimeStatusVerdictAndDuration()
    {
        RunHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        addRun(history, runWith(200, RunResult::Verdict::Passed, 42));
        addRun(history, runWith(0, RunResult::Verdict::TimedOut, 20000));
        QCOMPARE(history.rowCount(), 2);
        const QModelIndex newest = history.index(0);
        QCOMPARE(newest.data(RunHistory::StatusRole).toInt(), 0);
        QCOMPARE(newest.data(RunHistory::VerdictTextRole).toString(), QStringLiteral("TIMED OUT"));
        QCOMPARE(newest.data(RunHistory::DurationRole).toLongLong(), 20000);
        QVERIFY(newest.data().toString().contains(QStringLiteral("TIMED OUT")));
        const QModelIndex oldest = history.index(1);
        QCOMPARE(oldest.data(RunHistory::VerdictRole).toInt(), int(RunResult::Verdict::Passed));
        QCOMPARE(oldest.data(RunHistory::StartedAtRole).toDateTime(),
                 runWith(200, RunResult::Verdict::Passed, 0).startedAt);
        const QString text = oldest.data().toString();
        QVERIFY2(text.contains(QStringLiteral("200")) && text.contains(QStringLiteral("PASSED"))
                     && text.contains(QStringLiteral("42 ms")),
                 qPrintable(text));
        QCOMPARE(history.result(1).msTotal, 42);
        QCOMPARE(history.result(5).status, 0); // out of range: an empty result
    }

    void keepsTheNewestRuns()
    {
        RunHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < RunHistory::maxRuns + 5; ++i)
            addRun(history, runWith(200, RunResult::Verdict::Passed, i));
        QCOMPARE(history.rowCount(), RunHistory::maxRuns);
        QCOMPARE(history.result(0).msTotal, RunHistory::maxRuns + 4);
        QCOMPARE(history.result(RunHistory::maxRuns - 1).msTotal, 5);
        history.clear();
        QCOMPARE(history.rowCount(), 0);
    }

    void olderRuns_dropTheirBodies()
    {
        RunHistory history;
        for (int i = 0; i < RunHistory::keptBodies + 3; ++i) {
            RunResult run = runWith(200, RunResult::Verdict::Passed, i);
            run.body = QByteArray(1000, 'x');
            addRun(history, run);
        }
        QCOMPARE(history.result(RunHistory::keptBodies - 1).body.size(), 1000);
        QCOMPARE(history.result(RunHistory::keptBodies).body.size(), 0);
        QCOMPARE(history.result(RunHistory::keptBodies).msTotal, 2); // the row itself stays
    }

    void entries_showMethodAndRedactedUrl()
    {
        RunHistory history;
        RunResult run = runWith(200, RunResult::Verdict::Passed, 5);
        run.request.method = QStringLiteral("POST");
        run.request.url = QStringLiteral("https://api.example.test/items?key=hunter2");
        run.request.secrets = {QStringLiteral("hunter2")};
        addRun(history, run);
        const QString text = history.index(0).data().toString();
        QVERIFY2(text.contains(QStringLiteral("POST https://api.example.test/items?key=••••")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        QCOMPARE(history.index(0).data(RunHistory::RequestLineRole).toString(),
                 QStringLiteral("POST https://api.example.test/items?key=••••"));
    }

    void rows_showTheDisplaySafeCopyTheyWereGiven_andKeepTheRunAsReceived()
    {
        RunHistory history;
        RunResult received = runWith(500, RunResult::Verdict::Failed, 9);
        received.request.method = QStringLiteral("GET");
        received.request.url = QStringLiteral("http://127.0.0.1/q?key=clear-key");
        received.reasons = {QStringLiteral("Success criteria eq(root['k'], 'clear-key') is false.")};
        received.body = "{\"k\": \"clear-key\"}";
        // The history shows what it is given, and masks nothing itself.
        RunResult shown = received;
        shown.request.url = QStringLiteral("http://127.0.0.1/q?key=••••");
        shown.reasons = {QStringLiteral("Success criteria eq(root['k'], '••••') is false.")};
        shown.body = "{\"k\": \"••••\"}";
        history.add(received, shown);
        const QString text = history.index(0).data().toString();
        QVERIFY2(text.contains(QStringLiteral("GET http://127.0.0.1/q?key=••••")), qPrintable(text));
        QCOMPARE(history.index(0).data(Qt::ToolTipRole).toString(), shown.reasons.first());
        const QByteArray json = QJsonDocument(history.toJson()).toJson();
        QVERIFY(!json.contains("clear-key"));
        QVERIFY(json.contains("'\\u2022\\u2022\\u2022\\u2022'") || json.contains("'••••'"));
        QCOMPARE(history.result(0).body, received.body); // kept for re-judging and Save body
        QCOMPARE(history.shownResult(0).body, shown.body);
    }

    void json_keepsOnlyDisplaySafeDataAndRestoresIt()
    {
        RunHistory history;
        RunResult run = runWith(503, RunResult::Verdict::Failed, 77);
        run.reasonPhrase = QStringLiteral("Service Unavailable");
        run.request.method = QStringLiteral("GET");
        run.request.url = QStringLiteral("http://127.0.0.1/x?token=t0ken");
        run.request.headers = {{QStringLiteral("Authorization"), QStringLiteral("Basic dXNlcjpwdw==")}};
        run.request.secrets = {QStringLiteral("t0ken"), QStringLiteral("dXNlcjpwdw==")};
        run.reasons = {QStringLiteral("Status 503 with t0ken")};
        run.body = "{\"secret\": \"in the body\"}";
        run.responseHeaders = {{QStringLiteral("Set-Cookie"), QStringLiteral("session=abc")}};
        run.log = QStringLiteral("the log");
        addRun(history, run);
        const QByteArray json = QJsonDocument(history.toJson()).toJson();
        for (const char *forbidden : {"t0ken", "dXNlcjpwdw", "in the body", "session=abc", "the log", "Authorization"})
            QVERIFY2(!json.contains(forbidden), forbidden);

        RunHistory restored;
        QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
        restored.restore(history.toJson());
        QCOMPARE(restored.rowCount(), 1);
        QVERIFY(restored.isRestored(0));
        QVERIFY(!history.isRestored(0));
        const RunResult back = restored.result(0);
        QCOMPARE(back.status, 503);
        QCOMPARE(back.reasonPhrase, QStringLiteral("Service Unavailable"));
        QCOMPARE(back.verdict, RunResult::Verdict::Failed);
        QCOMPARE(back.msTotal, 77);
        QCOMPARE(back.startedAt, run.startedAt);
        QCOMPARE(back.reasons, QStringList {QStringLiteral("Status 503 with ••••")});
        QCOMPARE(restored.index(0).data(RunHistory::RequestLineRole).toString(),
                 QStringLiteral("GET http://127.0.0.1/x?token=••••"));
        QVERIFY(back.body.isEmpty());
    }

    void insecureRun_isMarked_andTheMarkSurvivesARestore()
    {
        RunHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunResult insecure = runWith(200, RunResult::Verdict::Passed, 5);
        insecure.tls.insecure = true;
        addRun(history, runWith(200, RunResult::Verdict::Passed, 6));
        addRun(history, insecure);
        QVERIFY(history.index(0).data(RunHistory::InsecureRole).toBool());
        QVERIFY(!history.index(1).data(RunHistory::InsecureRole).toBool());
        QVERIFY2(history.index(0).data().toString().contains(QLatin1String("PASSED (TLS certificate not checked)")),
                 qPrintable(history.index(0).data().toString()));
        QVERIFY(!history.index(1).data().toString().contains(QLatin1String("not checked")));

        RunHistory restored;
        restored.restore(history.toJson());
        QVERIFY(restored.result(0).tls.insecure);
        QVERIFY(!restored.result(1).tls.insecure);
        QVERIFY(restored.index(0).data().toString().contains(QLatin1String("PASSED (TLS certificate not checked)")));
    }

    void restore_keepsAtMostMaxRuns()
    {
        RunHistory history;
        for (int i = 0; i < RunHistory::maxRuns; ++i)
            addRun(history, runWith(200, RunResult::Verdict::Passed, i));
        QJsonArray runs = history.toJson();
        runs += history.toJson();
        RunHistory restored;
        restored.restore(runs);
        QCOMPARE(restored.rowCount(), RunHistory::maxRuns);
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
