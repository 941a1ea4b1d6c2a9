#include "core/run/backgroundwork.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace RestGate;

/// The one hand-back from a pool worker to the main thread that the runner and the result panel share.
class TestBackgroundWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheMainThread()
    {
        QObject owner;
        QThread *workerThread = nullptr;
        QThread *doneThread = nullptr;
        int delivered = 0;
        runInBackground(
            &owner,
            [&workerThread]() {
                workerThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThread();
                delivered = value;
            });
        QTRY_COMPARE(delivered, 42);
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void ownerDeletedMeanwhileDropsTheResult()
    {
        auto owner = std::make_unique<QObject>();
        std::atomic<bool> release {false};
        std::atomic<bool> workFinished {false};
        bool delivered = false;
        runInBackground(
            owner.get(),
            [&]() {
                while (!release.load())
                    QThread::msleep(1);
                workFinished = true;
                return QStringLiteral("late");
            },
            [&](QString) { delivered = true; });
        owner.reset(); // the panel or run goes away while the worker still computes
        release = true;
        QTRY_VERIFY(workFinished.load());
        // Give the posted hand-back every chance to run.
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void moveOnlyResultsAreHandedOver()
    {
        QObject owner;
        std::unique_ptr<int> received;
        runInBackground(
            &owner, []() { return std::make_unique<int>(7); },
            [&](std::unique_ptr<int> value) { received = std::move(value); });
        QTRY_VERIFY(received);
        QCOMPARE(*received, 7);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
