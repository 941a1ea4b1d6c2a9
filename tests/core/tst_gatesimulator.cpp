#include "core/run/gatesimulator.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace RestGate;
using TestSupport::ScriptedServer;

// The gate simulation against a real listener on 127.0.0.1 whose answer changes from one evaluation to the next,
// as a health signal does: each test scripts the answers ('P' passes the criteria, 'F' fails it, '5' is a 503,
// '-' never answers).
class TestGateSimulator : public QObject
{
    Q_OBJECT

private:
    static RunInput input(const QString &baseUrl)
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("health"));
        in.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        in.task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("health"));
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['status'], 'healthy')"));
        in.connection =
            ServiceConnection::create(QStringLiteral("health"), ServiceConnection::Type::Generic, baseUrl, {});
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static GateSettings settings(qint64 delay, qint64 interval, qint64 minSuccess, qint64 timeout)
    {
        GateSettings s;
        s.delayMs = delay;
        s.intervalMs = interval;
        s.minSuccessMs = minSuccess;
        s.timeoutMs = timeout;
        return s;
    }

    static QString verdicts(const GateSimulator &gate)
    {
        QString text;
        for (const GateEvaluation &e : gate.evaluations())
            text += e.passed()                               ? QLatin1Char('P')
                : e.verdict == RunResult::Verdict::Cancelled ? QLatin1Char('C')
                                                             : QLatin1Char('F');
        return text;
    }

    static void runToEnd(GateSimulator &gate, int seconds = 20)
    {
        if (!gate.isRunning())
            return;
        QSignalSpy finished(&gate, &GateSimulator::finished);
        QVERIFY(finished.wait(seconds * 1000));
        QCOMPARE(finished.size(), 1);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunResult>(); }

    void failureInTheSteadyPeriod_restartsIt()
    {
        ScriptedServer s("FPFPPPP");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QSignalSpy each(&gate, &GateSimulator::evaluationFinished);
        QVERIFY2(gate.start(input(s.server.baseUrl()), settings(0, 150, 300, 10'000)), qPrintable(gate.errorString()));
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::Succeeded);
        // Passes from the 4th evaluation on; 300 ms steady = the 4th, 5th and 6th sampling times.
        QCOMPARE(verdicts(gate), QStringLiteral("FPFPPP"));
        QCOMPARE(each.size(), 6);
        QCOMPARE(s.served, 6);
        QVERIFY2(gate.summary().contains(QStringLiteral("evaluations 4–6")), qPrintable(gate.summary()));
        // Fixed rate from the first evaluation: the n-th starts no earlier than (n-1) intervals in.
        const QList<GateEvaluation> &e = gate.evaluations();
        for (int i = 1; i < e.size(); ++i)
            QVERIFY2(e.at(i).offsetMs >= i * 150 - 5, qPrintable(QString::number(e.at(i).offsetMs)));
    }

    void failingReason_isTheCriteria_notTheStatusLine()
    {
        ScriptedServer s("FP");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 100, 0, 5'000)));
        runToEnd(gate);
        const GateEvaluation first = gate.evaluations().value(0);
        QCOMPARE(first.verdict, RunResult::Verdict::Failed);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.statusText, QStringLiteral("200 OK"));
        QVERIFY2(first.failingReason.contains(QStringLiteral("eq(root['status'], 'healthy')"))
                     && first.failingReason.contains(QStringLiteral("false")),
                 qPrintable(first.failingReason));
        QVERIFY(first.latencyMs >= 0);
        QVERIFY(gate.evaluations().value(1).failingReason.isEmpty());
    }

    void noMinimumSuccessDuration_firstPassEndsTheGate()
    {
        ScriptedServer s("55FP");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 80, 0, 5'000)));
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::Succeeded);
        QCOMPARE(verdicts(gate), QStringLiteral("FFFP"));
        QCOMPARE(gate.evaluations().at(0).status, 503);
        QVERIFY2(gate.evaluations().at(0).failingReason.contains(QStringLiteral("503")),
                 qPrintable(gate.evaluations().at(0).failingReason));
    }

    void neverSteady_timesOut_andNothingStartsAfterTheTimeout()
    {
        ScriptedServer s("PF");
        TaskRunner runner;
        GateSimulator gate(&runner);
        // Alternating answers never stay good for 150 ms.
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 100, 150, 700)));
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::TimedOut);
        QVERIFY2(gate.summary().startsWith(QStringLiteral("Timed out after 700ms")), qPrintable(gate.summary()));
        QVERIFY(gate.evaluations().size() >= 2);
        QVERIFY(gate.evaluations().size() <= 7);
        for (const GateEvaluation &e : gate.evaluations())
            QVERIFY(e.offsetMs < 700);
        QVERIFY(gate.elapsedMs() >= 700);
    }

    void delay_comesBeforeTheFirstEvaluation()
    {
        ScriptedServer s("P");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(300, 100, 0, 5'000)));
        QTest::qWait(150);
        QCOMPARE(s.served, 0);
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::Succeeded);
        QVERIFY(gate.evaluations().at(0).offsetMs >= 295);
    }

    void timeoutDuringAnEvaluation_recordsItAsCancelled()
    {
        ScriptedServer s("-");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 100, 0, 400)));
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::TimedOut);
        QCOMPARE(verdicts(gate), QStringLiteral("C"));
        QVERIFY(gate.evaluations().at(0).failingReason.contains(QStringLiteral("timed out")));
        QVERIFY(gate.evaluations().at(0).latencyMs >= 390);
    }

    void cancel_stopsAtOnce_andNoMoreRequestsGoOut()
    {
        ScriptedServer s("F-");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QSignalSpy started(&gate, &GateSimulator::evaluationStarted);
        QSignalSpy finished(&gate, &GateSimulator::finished);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 100, 0, 10'000)));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000);
        // The second request is in flight (its answer never comes) before the stop.
        QTRY_COMPARE_WITH_TIMEOUT(s.served, 2, 5000);
        gate.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::Cancelled);
        QCOMPARE(verdicts(gate), QStringLiteral("FC"));
        gate.cancel(); // a second stop changes nothing
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 2);
        QCOMPARE(s.served, 2);
    }

    void restart_afterAnEnd_startsAfresh()
    {
        ScriptedServer s("P");
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 50, 0, 2'000)));
        runToEnd(gate);
        QVERIFY(gate.start(input(s.server.baseUrl()), settings(0, 50, 100, 2'000)));
        runToEnd(gate);
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::Succeeded);
        QCOMPARE(verdicts(gate), QStringLiteral("PPP"));
    }

    void callbackTask_isRefused()
    {
        RunInput in = input(QStringLiteral("http://127.0.0.1:9/"));
        in.task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("true"));
        TaskRunner runner;
        GateSimulator gate(&runner);
        QVERIFY(!gate.start(in, settings(0, 100, 0, 1'000)));
        QVERIFY(gate.errorString().contains(QStringLiteral("Callback")));
        QCOMPARE(gate.outcome(), GateSimulator::Outcome::NotStarted);
    }

    void settingsProblems_areNamed_data()
    {
        QTest::addColumn<qint64>("delay");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("minSuccess");
        QTest::addColumn<qint64>("timeout");
        QTest::addColumn<QString>("problem"); // a fragment; empty: no problem
        QTest::addRow("fine") << 0LL << 300'000LL << 900'000LL << 3'600'000LL << QString();
        QTest::addRow("zero interval") << 0LL << 0LL << 0LL << 1000LL << QStringLiteral("longer than 0");
        QTest::addRow("timeout before delay")
            << 5000LL << 100LL << 0LL << 5000LL << QStringLiteral("must be longer than the delay");
        QTest::addRow("delay over 48 h") << 49LL * 3'600'000 << 1000LL << 0LL << 50LL * 3'600'000
                                         << QStringLiteral("48 hours");
        QTest::addRow("never succeeds") << 0LL << 300'000LL << 900'000LL << 900'000LL
                                        << QStringLiteral("can never succeed");
        // Success comes at a sampling time: 250 ms steady needs the 4th sample at 300 ms, after the 300 ms timeout.
        QTest::addRow("rounded up to a sample") << 0LL << 100LL << 250LL << 300LL << QStringLiteral("starts at 300ms");
        QTest::addRow("negative") << -1LL << 100LL << 0LL << 300LL << QStringLiteral("negative");
    }

    void settingsProblems_areNamed()
    {
        QFETCH(qint64, delay);
        QFETCH(qint64, interval);
        QFETCH(qint64, minSuccess);
        QFETCH(qint64, timeout);
        QFETCH(QString, problem);
        const QString found = settings(delay, interval, minSuccess, timeout).problem();
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void advice_followsMicrosoftsRecommendations()
    {
        QVERIFY(settings(0, 60'000, 0, 600'000).advice().isEmpty());
        const QStringList many = settings(0, 1000, 0, 3'000'000).advice();
        QCOMPARE(many.size(), 2);
        QVERIFY(many.at(0).contains(QStringLiteral("at most 10 times")));
        QVERIFY(many.at(1).contains(QStringLiteral("2000")));
    }

    void durations_parseAndFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::addColumn<QString>("formatted");
        QTest::addRow("seconds") << QStringLiteral("30s") << 30'000LL << QStringLiteral("30s");
        QTest::addRow("minutes") << QStringLiteral("5m") << 300'000LL << QStringLiteral("5m");
        QTest::addRow("hours") << QStringLiteral("1h") << 3'600'000LL << QStringLiteral("1h");
        QTest::addRow("combined") << QStringLiteral("1h30m") << 5'400'000LL << QStringLiteral("1h30m");
        QTest::addRow("millis") << QStringLiteral("250ms") << 250LL << QStringLiteral("250ms");
        QTest::addRow("fraction") << QStringLiteral("1.5s") << 1500LL << QStringLiteral("1.5s");
        QTest::addRow("bare seconds") << QStringLiteral("90") << 90'000LL << QStringLiteral("1m30s");
        QTest::addRow("zero") << QStringLiteral("0s") << 0LL << QStringLiteral("0s");
        QTest::addRow("spaces trimmed") << QStringLiteral(" 2m ") << 120'000LL << QStringLiteral("2m");
        QTest::addRow("unknown unit") << QStringLiteral("5x") << -1LL << QString();
        QTest::addRow("days") << QStringLiteral("1d") << -1LL << QString();
        QTest::addRow("negative") << QStringLiteral("-5s") << -1LL << QString();
        QTest::addRow("empty") << QString() << -1LL << QString();
        QTest::addRow("over 20 days") << QStringLiteral("500h") << -1LL << QString();
        QTest::addRow("trailing junk") << QStringLiteral("5m!") << -1LL << QString();
    }

    void durations_parseAndFormat()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, formatted);
        const std::optional<qint64> parsed = GateSettings::parseDuration(text);
        if (ms < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
        QCOMPARE(GateSettings::formatDuration(ms), formatted);
        QCOMPARE(GateSettings::parseDuration(formatted), std::optional<qint64>(ms));
    }
};

QTEST_GUILESS_MAIN(TestGateSimulator)
#include "tst_gatesimulator.moc"
