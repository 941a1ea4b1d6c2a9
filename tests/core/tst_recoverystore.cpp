#include "core/design/recoverystore.h"

#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

namespace {

DesignDocument sampleDesign(const QString &displayName)
{
    const QByteArray text = "restgate: 1\n"
                            "connections:\n"
                            "  - name: api\n"
                            "    type: generic\n"
                            "    url: http://127.0.0.1:1/\n"
                            "tasks:\n"
                            "  - task: InvokeRESTAPI@1\n"
                            "    displayName: "
        + displayName.toUtf8()
        + "\n"
          "    inputs:\n"
          "      connectionType: connectedServiceName\n"
          "      serviceConnection: api\n"
          "      method: GET\n";
    DesignDocument document;
    DocumentError error;
    if (!DesignDocument::parse(text, &document, &error))
        qFatal("sample design does not parse: %s", qPrintable(error.toString()));
    return document;
}

} // namespace

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveSession_isNotOfferedToAnother()
    {
        QTemporaryDir dir;
        RecoveryStore running(dir.path());
        QString error;
        QVERIFY2(running.write(sampleDesign(QStringLiteral("one")), QStringLiteral("/tmp/a.restgate.yml"), &error),
                 qPrintable(error));
        QVERIFY(running.hasRecovery());
        RecoveryStore next(dir.path());
        QVERIFY(next.orphans().isEmpty());
    }

    void sessionThatEndedWithoutDiscard_isOfferedWithItsDesign()
    {
        QTemporaryDir dir;
        const DesignDocument design = sampleDesign(QStringLiteral("edited but unsaved"));
        {
            RecoveryStore crashed(dir.path());
            QString error;
            QVERIFY(
                crashed.write(sampleDesign(QStringLiteral("older")), QStringLiteral("/tmp/a.restgate.yml"), &error));
            QVERIFY(crashed.write(design, QStringLiteral("/tmp/a.restgate.yml"), &error));
        } // gone without discard(): what a crash leaves behind, minus the lock
        RecoveryStore next(dir.path());
        const QList<RecoveredDesign> orphans = next.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().document, design);
        QCOMPARE(orphans.first().originalPath, QStringLiteral("/tmp/a.restgate.yml"));
        QVERIFY(orphans.first().savedAt.isValid());
        QVERIFY(qAbs(orphans.first().savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        next.remove(orphans.first());
        QVERIFY(next.orphans().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void lockOfADeadProcess_isStale()
    {
        QTemporaryDir dir;
        QString sessionId;
        {
            RecoveryStore crashed(dir.path());
            QString error;
            QVERIFY(crashed.write(sampleDesign(QStringLiteral("x")), QString(), &error));
            sessionId = crashed.sessionId();
        }
        // A real crash leaves the lock file behind, naming a process that no longer exists.
        QProcess finished;
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForFinished());
        const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
        QFile lock(dir.path() + QStringLiteral("/session-") + sessionId + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nrestgate\n" + QHostInfo::localHostName().toUtf8() + "\n");
        lock.close();

        RecoveryStore next(dir.path());
        const QList<RecoveredDesign> orphans = next.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QString());
    }

    void discard_removesEverything()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.path());
        QString error;
        QVERIFY(store.write(sampleDesign(QStringLiteral("x")), QString(), &error));
        store.discard();
        QVERIFY(!store.hasRecovery());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        RecoveryStore next(dir.path());
        QVERIFY(next.orphans().isEmpty());
    }

    void unreadableRecovery_isSkippedAndKept()
    {
        QTemporaryDir dir;
        QFile broken(dir.path() + QStringLiteral("/session-broken.restgate.yml"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("restgate: 1\ntasks: [\n");
        broken.close();
        RecoveryStore next(dir.path());
        QVERIFY(next.orphans().isEmpty());
        QVERIFY(QFile::exists(broken.fileName()));
    }

    void unwritableDirectory_saysWhere()
    {
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RecoveryStore store(blocker.fileName() + QStringLiteral("/recovery"));
        QString error;
        QVERIFY(!store.write(sampleDesign(QStringLiteral("x")), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("recovery")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
