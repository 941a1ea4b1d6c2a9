// DocumentSession without any window: the history, the modified state and the autosave of an open design.
#include "app/document/documentsession.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace RestGate;

namespace {

DesignDocument designWith(const QStringList &taskNames)
{
    DesignDocument document;
    for (const QString &name : taskNames) {
        TaskConfig task;
        task.displayName = name;
        document.tasks.append(task);
    }
    return document;
}

int recoveryFiles(const QTemporaryDir &dir)
{
    return int(QDir(dir.path()).entryList({QStringLiteral("*.restgate.yml")}, QDir::Files).size());
}

} // namespace

class TestDocumentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void change_undo_redo_applyTheDocumentAndTheSelection()
    {
        QTemporaryDir dir;
        DocumentSession session(dir.path());
        session.reset(designWith({QStringLiteral("a")}), QString());
        QVERIFY(!session.isModified());
        QSignalSpy applied(&session, &DocumentSession::stateApplied);

        session.change(QStringLiteral("Add"), designWith({QStringLiteral("a"), QStringLiteral("b")}), 0, 1);
        QCOMPARE(applied.size(), 1); // not already on screen: the session applies it
        QCOMPARE(applied.last().first().toInt(), 1);
        QCOMPARE(session.document().tasks.size(), 2);
        QVERIFY(session.isModified());

        session.undoStack()->undo();
        QCOMPARE(session.document().tasks.size(), 1);
        QCOMPARE(applied.last().first().toInt(), 0);
        QVERIFY(!session.isModified());
        session.undoStack()->redo();
        QCOMPARE(session.document().tasks.size(), 2);
    }

    void editsAlreadyOnScreen_areRecordedWithoutBeingApplied_andMergeByKey()
    {
        QTemporaryDir dir;
        DocumentSession session(dir.path());
        session.reset(designWith({QStringLiteral("a")}), QString());
        QSignalSpy applied(&session, &DocumentSession::stateApplied);
        session.change(QStringLiteral("Edit"), designWith({QStringLiteral("ab")}), 0, 0, QStringLiteral("0:name"),
                       true);
        session.change(QStringLiteral("Edit"), designWith({QStringLiteral("abc")}), 0, 0, QStringLiteral("0:name"),
                       true);
        QCOMPARE(applied.size(), 0);
        QCOMPARE(session.document().tasks.first().displayName, QStringLiteral("abc"));
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QCOMPARE(session.document().tasks.first().displayName, QStringLiteral("a"));
    }

    void autosave_followsTheModifiedState()
    {
        QTemporaryDir dir;
        DocumentSession session(dir.path());
        session.setAutosaveDelay(20);
        session.reset(designWith({QStringLiteral("a")}), QString());
        session.change(QStringLiteral("Add"), designWith({QStringLiteral("a"), QStringLiteral("b")}), 0, 1);
        QTRY_COMPARE(recoveryFiles(dir), 1);
        // Undone back to the saved state: nothing left to recover.
        session.undoStack()->undo();
        QCOMPARE(recoveryFiles(dir), 0);
        session.undoStack()->redo();
        QTRY_COMPARE(recoveryFiles(dir), 1);
        const QString path = dir.filePath(QStringLiteral("saved.restgate.yml"));
        QString error;
        QVERIFY2(session.saveTo(path, &error), qPrintable(error));
        QCOMPARE(session.path(), path);
        QVERIFY(!session.isModified());
        QCOMPARE(recoveryFiles(dir), 1); // the saved design itself, not a recovery
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("session-*")}, QDir::Files).isEmpty());
    }

    void restore_isModifiedAndProtectedAtOnce()
    {
        QTemporaryDir dir;
        RecoveredDesign recovery;
        {
            DocumentSession crashed(dir.path());
            crashed.reset(designWith({QStringLiteral("a")}), QStringLiteral("/tmp/x.restgate.yml"));
            crashed.change(QStringLiteral("Add"), designWith({QStringLiteral("a"), QStringLiteral("b")}), 0, 1);
            QVERIFY(crashed.autosaveNow());
        }
        DocumentSession next(dir.path());
        const QList<RecoveredDesign> pending = next.pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        next.restore(pending.first());
        QVERIFY(next.isModified());
        QCOMPARE(next.path(), QStringLiteral("/tmp/x.restgate.yml"));
        QCOMPARE(next.document().tasks.size(), 2);
        QVERIFY(next.pendingRecoveries().isEmpty());
        QCOMPARE(recoveryFiles(dir), 1); // re-autosaved under the new session
        next.closeCleanly();
        QCOMPARE(recoveryFiles(dir), 0);
    }
};

QTEST_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
