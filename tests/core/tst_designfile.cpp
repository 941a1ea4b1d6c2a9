// Saving and rewriting design files: nothing the person wrote is lost — not on a full disk, not by a rewrite (comments,
// keys RestGate does not own), not by a second writer — and an alias bomb is refused quickly.
#include "core/design/designdocument.h"
#include "fulldisk.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;
using namespace RestGate::TestSupport;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A design as a person keeps it in git: comments everywhere, their own indentation and quoting, and keys RestGate
/// has no use for at every level.
const QByteArray handWritten = "# Deployment checks for the release pipeline.\n"
                               "# Owner: platform team\n"
                               "restgate: 1\n"
                               "owner: platform-team           # top-level key RestGate does not know\n"
                               "\n"
                               "connections:\n"
                               "  # the staging API\n"
                               "  - name: deployments\n"
                               "    type: generic\n"
                               "    url: http://127.0.0.1:8765/\n"
                               "    description: staging only    # connection key RestGate does not know\n"
                               "variables:\n"
                               "  deploymentId: '42'   # the last good one\n"
                               "\n"
                               "tasks:\n"
                               "  # Waits until the deployment is done.\n"
                               "  - task: InvokeRESTAPI@1\n"
                               "    name: waitForDeployment\n"
                               "    displayName: Wait for deployment\n"
                               "    condition: succeeded()\n"
                               "    timeoutInMinutes: 10\n"
                               "    retryCountOnTaskFailure: 3\n"
                               "    env:\n"
                               "      SYSTEM_DEBUG: 'true'   # keep on while we debug\n"
                               "    inputs:\n"
                               "      connectionType: connectedServiceName\n"
                               "      genericService: deployments   # an alias, as the person wrote it\n"
                               "      method: GET\n"
                               "      urlSuffix: deployments/$(deploymentId)\n"
                               "      # status must be final\n"
                               "      successCriteria: eq(root['status'], 'successful')\n"
                               "\n"
                               "  # Notifies the team.\n"
                               "  - task: InvokeRESTAPI@1\n"
                               "    name: notify\n"
                               "    displayName: Notify\n"
                               "    inputs:\n"
                               "      connectionType: connectedServiceName\n"
                               "      serviceConnection: deployments\n"
                               "      method: POST\n"
                               "      body: |\n"
                               "        {\"text\": \"deployed\"}\n"
                               "# end of file\n";

QString loadInto(const QString &path, DesignDocument *doc)
{
    DocumentError error;
    if (!DesignDocument::load(path, doc, &error))
        return error.toString();
    return {};
}

/// A design whose text is `bytes` long or more (a long body), for writes that must cross a size limit.
DesignDocument designOfAtLeast(qsizetype bytes)
{
    DesignDocument doc;
    DocumentError error;
    DesignDocument::parse(handWritten, &doc, &error);
    doc.tasks[1].setInput(QStringLiteral("body"), QString(bytes, QLatin1Char('x')));
    return doc;
}

QByteArray billionLaughs(const QByteArray &wrapper)
{
    QByteArray yaml = "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (int level = 1; level <= 9; ++level) {
        QByteArray refs;
        for (int i = 0; i < 10; ++i)
            refs += (i ? "," : "") + QByteArray("*a") + QByteArray::number(level - 1);
        yaml += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + refs + "]\n";
    }
    return wrapper + yaml;
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- nothing lost on a full disk -------------------------------------------------------------------------------

    void save_onAFullDisk_failsWithTheOsReason_andKeepsTheFile()
    {
        SmallFilesystem disk;
        if (!disk.available())
            QSKIP(qPrintable(disk.why()));
        const QString path = disk.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());
        QVERIFY(disk.fill());
        doc.tasks[0].displayName = QStringLiteral("Edited");

        QString message;
        DesignDocument::SaveProblem problem = DesignDocument::SaveProblem::None;
        QVERIFY(!doc.save(path, &message, &problem));
        QCOMPARE(problem, DesignDocument::SaveProblem::WriteFailed);
        QVERIFY2(message.contains(QStringLiteral("No space left on device")), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void save_largerThanTheDiskHolds_failsAndKeepsTheFile()
    {
        SmallFilesystem disk;
        if (!disk.available())
            QSKIP(qPrintable(disk.why()));
        const QString path = disk.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        const DesignDocument doc = designOfAtLeast(200 * 1024);
        QString message;
        QVERIFY(!doc.save(path, &message));
        QVERIFY2(message.contains(QStringLiteral("No space left on device")), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
    }

    void save_cutShortByAFileSizeLimit_failsAndKeepsTheFile()
    {
        // The portable form of a full disk: write() stops half-way and reports a short count, no error.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        const DesignDocument doc = designOfAtLeast(64 * 1024);
        QString message;
        bool saved = true;
        {
            FileSizeLimit limit(8 * 1024);
            saved = doc.save(path, &message);
        }
        QVERIFY(!saved);
        QVERIFY2(message.contains(QStringLiteral("File too large")), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
    }

    void save_intoADirectoryThatCannotBeWritten_failsAndKeepsTheFile()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only directories; the tmpfs tests cover this as root");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());
        doc.tasks[0].displayName = QStringLiteral("Edited");
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString message;
        const bool saved = doc.save(path, &message);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(message.contains(QStringLiteral("ermission denied")), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
    }

    // --- nothing lost by a rewrite ---------------------------------------------------------------------------------

    void unchangedDesign_isWrittenBackByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());
        QString message;
        QVERIFY2(doc.save(path, &message), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
    }

    void edits_keepCommentsAndUnknownKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());

        doc.tasks[0].setInput(QStringLiteral("method"), QStringLiteral("POST"));
        doc.tasks[0].setInput(QStringLiteral("body"), QStringLiteral("{\"wait\": true}"));
        doc.tasks[0].timeoutInMinutes = 15;
        doc.tasks[1].displayName = QStringLiteral("Notify the team");
        doc.variables.set(QStringLiteral("deploymentId"), QStringLiteral("43"));
        doc.connections[0].url = QStringLiteral("http://127.0.0.1:9999/");
        QString message;
        QVERIFY2(doc.save(path, &message), qPrintable(message));

        const QByteArray expected = "# Deployment checks for the release pipeline.\n"
                                    "# Owner: platform team\n"
                                    "restgate: 1\n"
                                    "owner: platform-team           # top-level key RestGate does not know\n"
                                    "\n"
                                    "connections:\n"
                                    "  # the staging API\n"
                                    "  - name: deployments\n"
                                    "    type: generic\n"
                                    "    url: http://127.0.0.1:9999/\n"
                                    "    description: staging only    # connection key RestGate does not know\n"
                                    "variables:\n"
                                    "  deploymentId: '43'   # the last good one\n"
                                    "\n"
                                    "tasks:\n"
                                    "  # Waits until the deployment is done.\n"
                                    "  - task: InvokeRESTAPI@1\n"
                                    "    name: waitForDeployment\n"
                                    "    displayName: Wait for deployment\n"
                                    "    condition: succeeded()\n"
                                    "    timeoutInMinutes: 15\n"
                                    "    retryCountOnTaskFailure: 3\n"
                                    "    env:\n"
                                    "      SYSTEM_DEBUG: 'true'   # keep on while we debug\n"
                                    "    inputs:\n"
                                    "      connectionType: connectedServiceName\n"
                                    "      genericService: deployments   # an alias, as the person wrote it\n"
                                    "      method: POST\n"
                                    "      body: '{\"wait\": true}'\n"
                                    "      urlSuffix: deployments/$(deploymentId)\n"
                                    "      # status must be final\n"
                                    "      successCriteria: eq(root['status'], 'successful')\n"
                                    "\n"
                                    "  # Notifies the team.\n"
                                    "  - task: InvokeRESTAPI@1\n"
                                    "    name: notify\n"
                                    "    displayName: Notify the team\n"
                                    "    inputs:\n"
                                    "      connectionType: connectedServiceName\n"
                                    "      serviceConnection: deployments\n"
                                    "      method: POST\n"
                                    "      body: |\n"
                                    "        {\"text\": \"deployed\"}\n"
                                    "# end of file\n";
        QCOMPARE(readFile(path), expected);

        DesignDocument back;
        QCOMPARE(loadInto(path, &back), QString());
        QCOMPARE(back, doc);
    }

    void removedTaskAndInput_goWithTheirComments_otherTasksKeepTheirs()
    {
        DesignDocument doc;
        DocumentError error;
        QVERIFY(DesignDocument::parse(handWritten, &doc, &error));
        doc.tasks[0].unsetInput(QStringLiteral("successCriteria"));
        doc.tasks.removeAt(1);
        const QString text = doc.toFileText();
        QVERIFY(!text.contains(QStringLiteral("status must be final")));
        QVERIFY(!text.contains(QStringLiteral("Notifies the team")));
        QVERIFY(!text.contains(QStringLiteral("notify")));
        QVERIFY(text.contains(QStringLiteral("    retryCountOnTaskFailure: 3\n")));
        QVERIFY(text.contains(QStringLiteral("  # Waits until the deployment is done.\n")));
        QVERIFY(text.endsWith(QStringLiteral("# end of file\n")));
        DesignDocument back;
        QVERIFY(DesignDocument::parse(text.toUtf8(), &back, &error));
        QCOMPARE(back, doc);
    }

    void reorderedAndAddedTasks_keepEachTasksOwnKeys()
    {
        DesignDocument doc;
        DocumentError error;
        QVERIFY(DesignDocument::parse(handWritten, &doc, &error));
        doc.tasks.move(1, 0);
        doc.tasks[1].setInput(QStringLiteral("method"), QStringLiteral("HEAD")); // moved and edited
        TaskConfig added = doc.tasks.at(0);
        added.displayName = QStringLiteral("Added");
        doc.tasks.append(added);
        const QString text = doc.toFileText();
        const qsizetype notify = text.indexOf(QStringLiteral("name: notify"));
        const qsizetype wait = text.indexOf(QStringLiteral("name: waitForDeployment"));
        QVERIFY2(notify > 0 && wait > notify, qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("# Notifies the team.")) < notify);
        QVERIFY(text.indexOf(QStringLiteral("retryCountOnTaskFailure: 3")) > wait);
        QVERIFY(text.contains(QStringLiteral("  - task: InvokeRESTAPI@1\n    displayName: Added\n")));
        DesignDocument back;
        QVERIFY2(DesignDocument::parse(text.toUtf8(), &back, &error), qPrintable(error.toString()));
        QCOMPARE(back, doc);
    }

    void randomEdits_alwaysMergeAndReadBackAsTheDesign()
    {
        // Any sequence of edits the window can make merges into the hand-written text (no fallback to a fresh
        // layout, which would drop the person's keys) and reads back as exactly the edited design.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        DesignDocument doc;
        DocumentError error;
        QVERIFY(DesignDocument::parse(handWritten, &doc, &error));
        QRandomGenerator random(20261205);
        const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT")};
        for (int round = 0; round < 300; ++round) {
            const int what = int(random.bounded(9));
            const qsizetype count = doc.tasks.size();
            const int index = count ? int(random.bounded(int(count))) : 0;
            if (what == 0 && count) {
                doc.tasks[index].displayName = QStringLiteral("Task %1").arg(round);
            } else if (what == 1 && count) {
                doc.tasks[index].setInput(QStringLiteral("method"), methods.at(int(random.bounded(3))));
            } else if (what == 2 && count) {
                doc.tasks[index].setInput(QStringLiteral("body"), QStringLiteral("{\n  \"n\": %1\n}\n").arg(round));
            } else if (what == 3 && count) {
                doc.tasks[index].unsetInput(QStringLiteral("successCriteria"));
            } else if (what == 4 && count > 1) {
                doc.tasks.move(index, int(random.bounded(int(count))));
            } else if (what == 5 && count > 1) {
                doc.tasks.removeAt(index);
            } else if (what == 6) {
                TaskConfig task = count ? doc.tasks.at(index) : TaskConfig();
                task.displayName = QStringLiteral("Added %1").arg(round);
                doc.tasks.insert(count ? index : 0, task);
            } else if (what == 7) {
                doc.variables.set(QStringLiteral("v%1").arg(random.bounded(4)), QString::number(round));
            } else {
                doc.tasks[index].enabled = !doc.tasks[index].enabled;
                doc.tasks[index].condition = round % 2 ? QString() : QStringLiteral("always()");
            }
            const QString text = doc.toFileText();
            DesignDocument back;
            QVERIFY2(DesignDocument::parse(text.toUtf8(), &back, &error), qPrintable(error.toString() + text));
            QVERIFY2(back == doc, qPrintable(text));
            QVERIFY(text.startsWith(QStringLiteral("# Deployment checks for the release pipeline.\n")));
            QVERIFY(text.contains(QStringLiteral("owner: platform-team")));
            QVERIFY(text.contains(QStringLiteral("description: staging only")));
            // Each round starts from what the last one would have saved.
            QVERIFY(DesignDocument::parse(text.toUtf8(), &doc, &error));
        }
    }

    void unknownKeys_areWarnedAboutAsKept()
    {
        DesignDocument doc;
        DocumentError error;
        QList<DocumentError> warnings;
        QVERIFY(DesignDocument::parse(handWritten, &doc, &error, &warnings));
        QStringList texts;
        for (const DocumentError &warning : std::as_const(warnings))
            texts.append(warning.toString());
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("line 18, column 5: Step property 'name'")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(QStringLiteral("dropped")), qPrintable(text));
    }

    // --- nothing lost by a second writer ---------------------------------------------------------------------------

    void secondWriter_isRefused_andTheFirstWritersWorkStays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument first;
        DesignDocument second;
        QCOMPARE(loadInto(path, &first), QString());
        QCOMPARE(loadInto(path, &second), QString());

        first.tasks[0].displayName = QStringLiteral("First writer");
        QString message;
        QVERIFY2(first.save(path, &message), qPrintable(message));
        const QByteArray afterFirst = readFile(path);
        QVERIFY(!first.changedOnDisk());
        QVERIFY(second.changedOnDisk());

        second.tasks[1].displayName = QStringLiteral("Second writer");
        DesignDocument::SaveProblem problem = DesignDocument::SaveProblem::None;
        QVERIFY(!second.save(path, &message, &problem));
        QCOMPARE(problem, DesignDocument::SaveProblem::ChangedOnDisk);
        QVERIFY2(message.contains(QStringLiteral("changed on disk")), qPrintable(message));
        QCOMPARE(readFile(path), afterFirst);

        // The first writer goes on saving: what it wrote last is what it compares with.
        first.tasks[0].displayName = QStringLiteral("First writer, again");
        QVERIFY2(first.save(path, &message), qPrintable(message));

        // Told to, the second one overwrites.
        QVERIFY2(second.save(path, &message, &problem, DesignDocument::SaveMode::Overwrite), qPrintable(message));
        DesignDocument back;
        QCOMPARE(loadInto(path, &back), QString());
        QCOMPARE(back.tasks.at(1).displayName, QStringLiteral("Second writer"));
        QVERIFY(readFile(path).contains("retryCountOnTaskFailure: 3"));
    }

    void copiesOfADocument_shareItsFile()
    {
        // Undo snapshots are copies: saving one must not make the others think the file changed behind them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());
        const DesignDocument snapshot = doc;
        doc.tasks[0].displayName = QStringLiteral("Edited");
        QString message;
        QVERIFY2(doc.save(path, &message), qPrintable(message));
        QVERIFY2(snapshot.save(path, &message), qPrintable(message));
        QCOMPARE(readFile(path), handWritten);
    }

    void saveWhileAnotherWriterHoldsTheLock_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.restgate.yml"));
        QVERIFY(writeFile(path, handWritten));
        DesignDocument doc;
        QCOMPARE(loadInto(path, &doc), QString());
        doc.tasks[0].displayName = QStringLiteral("Edited");
        QLockFile other(path + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        QString message;
        DesignDocument::SaveProblem problem = DesignDocument::SaveProblem::None;
        QVERIFY(!doc.save(path, &message, &problem));
        QCOMPARE(problem, DesignDocument::SaveProblem::Locked);
        QCOMPARE(readFile(path), handWritten);
        other.unlock();
        QVERIFY2(doc.save(path, &message), qPrintable(message));
    }

    // --- alias bombs -----------------------------------------------------------------------------------------------

    void aliasBomb_isRefusedQuickly_withItsPosition()
    {
        const QByteArray bomb = billionLaughs("restgate: 1\ntasks: []\n");
        DesignDocument doc;
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!DesignDocument::parse(bomb, &doc, &error));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.message.contains(QStringLiteral("alias bomb")), qPrintable(error.toString()));
        QVERIFY(error.line >= 3 && error.line <= 12);
        QVERIFY(error.column > 1);
    }

    void aliasBomb_asTheTaskList_isRefused()
    {
        // The expansion reaches code that walks it: 10^9 steps if nothing stopped it.
        QByteArray bomb = "restgate: 1\nx:\n";
        bomb += "  - &t0 {task: InvokeRESTAPI@1}\n";
        for (int level = 1; level <= 9; ++level) {
            bomb += "  - &t" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                bomb += (i ? ", *t" : "*t") + QByteArray::number(level - 1);
            bomb += "]\n";
        }
        bomb += "tasks: *t9\n";
        DesignDocument doc;
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!DesignDocument::parse(bomb, &doc, &error));
        QVERIFY(timer.elapsed() < 500);
        QVERIFY2(error.message.contains(QStringLiteral("alias bomb")), qPrintable(error.toString()));
    }

    void selfReferencingAlias_isRefused()
    {
        DesignDocument doc;
        DocumentError error;
        QVERIFY(!DesignDocument::parse("restgate: 1\nx: &a [1, *a]\n", &doc, &error));
        QVERIFY2(error.message.contains(QStringLiteral("part of")), qPrintable(error.toString()));
        QCOMPARE(error.line, 2);
    }

    void modestAliases_stillWork()
    {
        const QByteArray text = "restgate: 1\n"
                                "common: &inputs\n"
                                "  connectionType: connectedServiceName\n"
                                "  serviceConnection: api\n"
                                "  method: GET\n"
                                "tasks:\n"
                                "  - task: InvokeRESTAPI@1\n"
                                "    displayName: a\n"
                                "    inputs: *inputs\n"
                                "  - task: InvokeRESTAPI@1\n"
                                "    displayName: b\n"
                                "    inputs: *inputs\n";
        DesignDocument doc;
        DocumentError error;
        QVERIFY2(DesignDocument::parse(text, &doc, &error), qPrintable(error.toString()));
        QCOMPARE(doc.tasks.size(), 2);
        QCOMPARE(doc.tasks.at(1).input(QStringLiteral("method")), QStringLiteral("GET"));
        // Unchanged, the file keeps its aliases; a changed task is written out in full.
        QCOMPARE(doc.toFileText().toUtf8(), text);
        doc.tasks[1].setInput(QStringLiteral("method"), QStringLiteral("PUT"));
        DesignDocument back;
        QVERIFY2(DesignDocument::parse(doc.toFileText().toUtf8(), &back, &error), qPrintable(error.toString()));
        QCOMPARE(back, doc);
        QVERIFY(doc.toFileText().contains(QStringLiteral("common: &inputs")));
    }
};

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
