// Saving from the window: a save that cannot happen says why and leaves the design open and modified with the file
// untouched; a file changed on disk since it was opened is not overwritten unless the person says so.
#include "app/design/yamlpane.h"
#include "app/mainwindow.h"
#include "core/design/recoverystore.h"
#include "fulldisk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace RestGate;
using namespace RestGate::TestSupport;

namespace {

/// Presses the button labelled `button` in the next modal dialog and keeps that dialog's title and text.
struct DialogAnswer
{
    QString title;
    QString text;
    bool answered = false;
};

std::shared_ptr<DialogAnswer> answerNextDialog(const QString &button)
{
    auto answer = std::make_shared<DialogAnswer>();
    // A timer, not a lambda that re-arms itself: a closure holding its own shared_ptr is never freed.
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [answer, button, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            poll->setInterval(10);
            return;
        }
        poll->stop();
        poll->deleteLater();
        answer->title = box->windowTitle();
        answer->text = box->text();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                answer->answered = true;
                candidate->click();
                return;
            }
        }
        qWarning("no button %s in the dialog", qPrintable(button));
        box->reject();
    });
    poll->start(0);
    return answer;
}

const QByteArray design = "# kept by hand\n"
                          "restgate: 1\n"
                          "tasks:\n"
                          "  - task: InvokeRESTAPI@1\n"
                          "    name: first   # RestGate does not use step names\n"
                          "    displayName: First\n"
                          "    inputs:\n"
                          "      connectionType: connectedServiceName\n"
                          "      serviceConnection: api\n"
                          "      method: GET\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDesignSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { QDir(RecoveryStore::defaultDirectory()).removeRecursively(); }

    void saveOnAFullDisk_saysWhy_andTheDesignStaysModified()
    {
        SmallFilesystem disk;
        if (!disk.available())
            QSKIP(qPrintable(disk.why()));
        const QString path = disk.filePath(QStringLiteral("flow.restgate.yml"));
        QVERIFY(writeFile(path, design));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.renameTask(0, QStringLiteral("Edited"));
        QVERIFY(disk.fill());
        const auto answer = answerNextDialog(QStringLiteral("OK"));
        QVERIFY(!window.saveTo(path));
        QVERIFY(answer->answered);
        QCOMPARE(answer->title, QStringLiteral("Save failed"));
        QVERIFY2(answer->text.contains(QStringLiteral("No space left on device")), qPrintable(answer->text));
        QVERIFY(window.isModified());
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Edited"));
        QCOMPARE(readFile(path), design);
    }

    void saveCutShortByAFileSizeLimit_saysWhy_andTheDesignStaysModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.restgate.yml"));
        QVERIFY(writeFile(path, design));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.renameTask(0, QString(4096, QLatin1Char('x')));
        const auto answer = answerNextDialog(QStringLiteral("OK"));
        bool saved = true;
        {
            FileSizeLimit limit(1024);
            saved = window.saveTo(path);
        }
        QVERIFY(!saved);
        QVERIFY2(answer->text.contains(QStringLiteral("File too large")), qPrintable(answer->text));
        QVERIFY(window.isModified());
        QCOMPARE(readFile(path), design);
    }

    void fileChangedOnDisk_cancel_keepsBoth()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.restgate.yml"));
        QVERIFY(writeFile(path, design));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.renameTask(0, QStringLiteral("Mine"));
        QByteArray theirs = design;
        theirs.replace("displayName: First", "displayName: Theirs");
        QVERIFY(writeFile(path, theirs));

        const auto answer = answerNextDialog(QStringLiteral("Cancel"));
        QVERIFY(!window.saveTo(path));
        QCOMPARE(answer->title, QStringLiteral("File changed on disk"));
        QCOMPARE(readFile(path), theirs);
        QVERIFY(window.isModified());
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Mine"));
    }

    void fileChangedOnDisk_overwrite_savesMine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.restgate.yml"));
        QVERIFY(writeFile(path, design));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.renameTask(0, QStringLiteral("Mine"));
        QByteArray theirs = design;
        theirs.replace("displayName: First", "displayName: Theirs");
        QVERIFY(writeFile(path, theirs));

        const auto answer = answerNextDialog(QStringLiteral("Overwrite"));
        QVERIFY(window.saveTo(path));
        QVERIFY(answer->answered);
        QVERIFY(!window.isModified());
        const QByteArray written = readFile(path);
        QVERIFY2(written.contains("displayName: Mine"), written.constData());
        QVERIFY(written.contains("    name: first   # RestGate does not use step names\n"));
        // Saved, it is the file's new state: the next save needs no question.
        window.renameTask(0, QStringLiteral("Mine again"));
        QVERIFY(window.saveTo(path));
    }

    void fileChangedOnDisk_reload_showsTheirs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.restgate.yml"));
        QVERIFY(writeFile(path, design));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.renameTask(0, QStringLiteral("Mine"));
        QByteArray theirs = design;
        theirs.replace("displayName: First", "displayName: Theirs");
        QVERIFY(writeFile(path, theirs));

        answerNextDialog(QStringLiteral("Reload"));
        QVERIFY(!window.saveTo(path));
        QCOMPARE(readFile(path), theirs);
        QVERIFY(!window.isModified());
        QCOMPARE(window.document().tasks.at(0).displayName, QStringLiteral("Theirs"));
    }

    void yamlPaneSaveAs_cutShort_saysWhy_andKeepsTheFile()
    {
        YamlPane pane;
        TaskConfig task;
        task.displayName = QString(4096, QLatin1Char('y'));
        pane.setTask(task);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("step.yml"));
        QVERIFY(writeFile(path, "steps: []\n"));
        QString error;
        bool saved = true;
        {
            FileSizeLimit limit(1024);
            saved = pane.saveTo(path, &error);
        }
        QVERIFY(!saved);
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("steps: []\n"));
    }
};

QTEST_MAIN(TestDesignSave)
#include "tst_designsave.moc"
