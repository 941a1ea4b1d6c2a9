#include "core/design/taskdefinition.h"

#include <QTest>

using namespace RestGate;

class TestTaskDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1_declaresEveryInputInTaskJsonOrder()
    {
        const TaskDefinition &v1 = TaskDefinition::invokeRestApiV1();
        QStringList names;
        for (const InputDefinition &input : v1.inputs)
            names.append(input.name);
        QCOMPARE(names,
                 (QStringList {"connectedServiceNameSelector", "connectedServiceName", "connectedServiceNameARM",
                               "connectedServiceNameAzureDevOps", "method", "headers", "body", "urlSuffix",
                               "waitForCompletion", "successCriteria"}));
        QCOMPARE(v1.reference(), QStringLiteral("InvokeRESTAPI@1"));
        QCOMPARE(v1.versionText(), QStringLiteral("1.274.1"));
        QCOMPARE(v1.groups.size(), 1);
        QCOMPARE(v1.groups.first().displayName, QStringLiteral("Advanced"));
        QVERIFY(!v1.groups.first().expandedByDefault);
    }

    void v1_defaultHeadersAreByteExact()
    {
        // Every line that ends with a comma has a trailing space; no space after the first colon.
        const QString expected = QStringLiteral(
            "{\n\"Content-Type\":\"application/json\", \n\"PlanUrl\": \"$(system.CollectionUri)\", \n\"ProjectId\": "
            "\"$(system.TeamProjectId)\", \n\"HubName\": \"$(system.HostType)\", \n\"PlanId\": \"$(system.PlanId)\", "
            "\n\"JobId\": \"$(system.JobId)\", \n\"TimelineId\": \"$(system.TimelineId)\", \n\"TaskInstanceId\": "
            "\"$(system.TaskInstanceId)\", \n\"AuthToken\": \"$(system.AccessToken)\"\n}");
        QCOMPARE(TaskDefinition::invokeRestApiV1().input(QStringLiteral("headers"))->defaultValue, expected);
        QCOMPARE(TaskDefinition::invokeRestApiV1().input(QStringLiteral("headers"))->maxLength, 2000);
    }

    void v0_defaultsDifferFromV1()
    {
        const TaskDefinition &v0 = TaskDefinition::invokeRestApiV0();
        QCOMPARE(v0.input(QStringLiteral("headers"))->defaultValue,
                 QStringLiteral("{\n\"Content-Type\":\"application/json\"\n}"));
        QCOMPARE(v0.input(QStringLiteral("headers"))->maxLength, 500);
        QVERIFY(v0.input(QStringLiteral("body"))
                    ->defaultValue.contains(QStringLiteral("\"VstsUrl\": \"$(system.CollectionUri)\",\"AuthToken\"")));
        QCOMPARE(v0.input(QStringLiteral("urlSuffix"))->label, QStringLiteral("Url suffix string"));
        QCOMPARE(v0.input(QStringLiteral("waitForCompletion"))->label, QStringLiteral("Complete based on"));
        QCOMPARE(v0.groups.first().displayName, QStringLiteral("Completion Options"));
        QVERIFY(!v0.input(QStringLiteral("connectedServiceNameSelector")));
        QVERIFY(!v0.input(QStringLiteral("genericService"))); // alias added only in 1.152
        QCOMPARE(v0.inputs.size(), 7);
    }

    void helpTexts_keepTheTasksZeroWidthSpaces()
    {
        const TaskDefinition &v1 = TaskDefinition::invokeRestApiV1();
        QVERIFY(v1.input(QStringLiteral("waitForCompletion"))->help.endsWith(QStringLiteral("record\u200B.")));
        QVERIFY(v1.input(QStringLiteral("successCriteria"))->help.endsWith(QStringLiteral("842996)\u200B")));
        QVERIFY(v1.input(QStringLiteral("body"))->help.isEmpty());
    }

    void input_isFoundByNameOrAliasIgnoringCase_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addRow("task.json name") << "connectedServiceName"
                                        << "connectedServiceName";
        QTest::addRow("first alias") << "serviceConnection"
                                     << "connectedServiceName";
        QTest::addRow("second alias") << "genericService"
                                      << "connectedServiceName";
        QTest::addRow("alias, other case") << "SERVICECONNECTION"
                                           << "connectedServiceName";
        QTest::addRow("arm alias") << "azureSubscription"
                                   << "connectedServiceNameARM";
        QTest::addRow("devops alias") << "azureDevOpsServiceConnection"
                                      << "connectedServiceNameAzureDevOps";
        QTest::addRow("selector alias") << "connectionType"
                                        << "connectedServiceNameSelector";
        QTest::addRow("plain") << "SuccessCriteria"
                               << "successCriteria";
    }

    void input_isFoundByNameOrAliasIgnoringCase()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        const InputDefinition *input = TaskDefinition::invokeRestApiV1().input(key);
        QVERIFY(input);
        QCOMPARE(input->name, name);
    }

    void yamlKey_isTheFirstAlias()
    {
        const TaskDefinition &v1 = TaskDefinition::invokeRestApiV1();
        QCOMPARE(v1.input(QStringLiteral("connectedServiceNameSelector"))->yamlKey(), QStringLiteral("connectionType"));
        QCOMPARE(v1.input(QStringLiteral("connectedServiceNameARM"))->yamlKey(),
                 QStringLiteral("azureServiceConnection"));
        QCOMPARE(v1.input(QStringLiteral("method"))->yamlKey(), QStringLiteral("method"));
    }

    void forReference_resolvesEveryWrittenForm_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("major");
        QTest::addRow("@1") << "InvokeRESTAPI@1" << 1;
        QTest::addRow("full version") << "InvokeRESTAPI@1.274.1" << 1;
        QTest::addRow("lower case") << "invokerestapi@1" << 1;
        QTest::addRow("@0") << "InvokeRESTAPI@0" << 0;
        QTest::addRow("by id") << "9c3e8943-130d-4c78-ac63-8af81df62dfb@1" << 1;
        QTest::addRow("other task") << "AzureFunction@1" << -1;
        QTest::addRow("no version") << "InvokeRESTAPI" << -1;
        QTest::addRow("unknown major") << "InvokeRESTAPI@2" << -1;
    }

    void forReference_resolvesEveryWrittenForm()
    {
        QFETCH(QString, reference);
        QFETCH(int, major);
        const TaskDefinition *definition = TaskDefinition::forReference(reference);
        if (major < 0) {
            QVERIFY(!definition);
            return;
        }
        QVERIFY(definition);
        QCOMPARE(definition->majorVersion, major);
    }
};

QTEST_GUILESS_MAIN(TestTaskDefinition)
#include "tst_taskdefinition.moc"
