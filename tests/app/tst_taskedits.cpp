#include "app/document/taskedits.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace RestGate;

class TestTaskEdits : public QObject
{
    Q_OBJECT

    static DesignDocument parsed(const QByteArray &yaml)
    {
        DesignDocument document;
        DocumentError error;
        if (!DesignDocument::parse(yaml, &document, &error))
            qFatal("test design does not parse: %s", qPrintable(error.message));
        return document;
    }

private Q_SLOTS:
    void changedPart_namesTheFirstPartThatDiffers()
    {
        TaskConfig before;
        before.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        QCOMPARE(TaskEdits::changedPart(before, before), QString());
        TaskConfig renamed = before;
        renamed.displayName = QStringLiteral("Health check");
        QCOMPARE(TaskEdits::changedPart(before, renamed), QStringLiteral("displayName"));
        TaskConfig timed = before;
        timed.timeoutInMinutes = 5;
        QCOMPARE(TaskEdits::changedPart(before, timed), QStringLiteral("timeout"));
        TaskConfig posted = before;
        posted.setInput(QStringLiteral("method"), QStringLiteral("POST"));
        QCOMPARE(TaskEdits::changedPart(before, posted), QStringLiteral("method"));
    }

    void newTask_takesTheSelectedTasksConnection()
    {
        const DesignDocument document = parsed("restgate: 1\nconnections:\n- name: generic-one\n  type: generic\n"
                                               "  url: http://127.0.0.1:1/\n"
                                               "- name: arm\n  type: azureRM\n"
                                               "tasks:\n- task: InvokeRESTAPI@1\n  inputs:\n"
                                               "    connectionType: connectedServiceNameARM\n"
                                               "    azureServiceConnection: arm\n    method: GET\n");
        const TaskConfig task = TaskEdits::newTask(document, 0);
        QCOMPARE(task.input(QStringLiteral("connectionType")), QStringLiteral("connectedServiceNameARM"));
        QCOMPARE(task.connectionName(), QStringLiteral("arm"));
    }

    void newTask_withNothingSelected_takesTheFirstConnectionOnlyWhenGeneric()
    {
        const DesignDocument generic = parsed("restgate: 1\nconnections:\n- name: generic-one\n  type: generic\n"
                                              "  url: http://127.0.0.1:1/\n");
        QCOMPARE(TaskEdits::newTask(generic, -1).connectionName(), QStringLiteral("generic-one"));
        const DesignDocument azure = parsed("restgate: 1\nconnections:\n- name: arm\n  type: azureRM\n");
        QCOMPARE(TaskEdits::newTask(azure, -1).connectionName(), QString());
    }

    void rename_toTheNameAzureWouldShow_leavesDisplayNameUnset()
    {
        DesignDocument document;
        document.tasks.append(TaskConfig());
        TaskEdits::rename(document, 0, QStringLiteral("Smoke test"));
        QCOMPARE(document.tasks.at(0).displayName, QStringLiteral("Smoke test"));
        TaskEdits::rename(document, 0, document.tasks.at(0).instanceName());
        QCOMPARE(document.tasks.at(0).displayName, QString());
    }

    void duplicate_insertsACopyAfterTheTask_asATaskOfItsOwn()
    {
        DesignDocument document = parsed("restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  displayName: First\n"
                                         "  inputs:\n    method: POST\n    urlSuffix: items\n"
                                         "- task: InvokeRESTAPI@1\n  inputs:\n    method: GET\n");
        const DesignDocument before = document;
        QCOMPARE(TaskEdits::duplicate(document, 0), 1);
        QCOMPARE(document.tasks.size(), 3);
        const TaskConfig &copy = document.tasks.at(1);
        QCOMPARE(copy.displayName, QStringLiteral("First (copy)"));
        QCOMPARE(copy.input(QStringLiteral("method")), QStringLiteral("POST"));
        QCOMPARE(copy.input(QStringLiteral("urlSuffix")), QStringLiteral("items"));
        // Its own history and results: not the original's instance.
        QVERIFY(copy.instanceKey() != document.tasks.at(0).instanceKey());
        QCOMPARE(document.tasks.at(0).instanceKey(), before.tasks.at(0).instanceKey());
        QCOMPARE(document.tasks.at(2).instanceKey(), before.tasks.at(1).instanceKey());

        // Without a display name the copy shows what Azure DevOps would show, like the original.
        QCOMPARE(TaskEdits::duplicate(document, 2), 3);
        QCOMPARE(document.tasks.at(3).displayName, QString());
        QCOMPARE(document.tasks.at(3).input(QStringLiteral("method")), QStringLiteral("GET"));
    }

    void duplicate_outOfRange_changesNothing()
    {
        DesignDocument document = parsed("restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  inputs:\n    method: GET\n");
        QCOMPARE(TaskEdits::duplicate(document, -1), -1);
        QCOMPARE(TaskEdits::duplicate(document, 1), -1);
        QCOMPARE(document.tasks.size(), 1);
    }

    void duplicate_namesTheCopyInTheUsersLanguage()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/restgate_de.qm")));
        QCoreApplication::installTranslator(&german);
        DesignDocument document = parsed("restgate: 1\ntasks:\n- task: InvokeRESTAPI@1\n  displayName: Erste\n"
                                         "  inputs:\n    method: GET\n");
        TaskEdits::duplicate(document, 0);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(document.tasks.at(1).displayName, QStringLiteral("Erste (Kopie)"));
    }
};

QTEST_MAIN(TestTaskEdits)
#include "tst_taskedits.moc"
