#include "runhistory.h"

#include <QAbstractItemModelTester>
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

private Q_SLOTS:
    void newestFirst_withTimeStatusVerdictAndDuration()
    {
        RunHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.add(runWith(200, RunResult::Verdict::Passed, 42));
        history.add(runWith(0, RunResult::Verdict::TimedOut, 20000));
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
            history.add(runWith(200, RunResult::Verdict::Passed, i));
        QCOMPARE(history.rowCount(), RunHistory::maxRuns);
        QCOMPARE(history.result(0).msTotal, RunHistory::maxRuns + 4);
        QCOMPARE(history.result(RunHistory::maxRuns - 1).msTotal, 5);
        history.clear();
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
