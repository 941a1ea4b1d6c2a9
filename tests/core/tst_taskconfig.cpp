#include "core/design/taskconfig.h"
#include "core/design/visibilityrule.h"

#include <QTest>

using namespace RestGate;

static bool hasFinding(const QList<Finding> &findings, const QString &input, Finding::Severity severity)
{
    for (const Finding &f : findings) {
        if (f.input == input && f.severity == severity)
            return true;
    }
    return false;
}

class TestTaskConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceKey_followsCopiesButNotEquality()
    {
        TaskConfig a;
        TaskConfig b;
        QVERIFY(a.instanceKey() != b.instanceKey());
        QCOMPARE(a, b); // the key is not part of what a task says
        TaskConfig copy = a;
        QCOMPARE(copy.instanceKey(), a.instanceKey());
        copy.renewInstanceKey();
        QVERIFY(copy.instanceKey() != a.instanceKey());
        QCOMPARE(copy, a);
    }

    void input_fallsBackToTheDefault()
    {
        TaskConfig task;
        QCOMPARE(task.input(QStringLiteral("method")), QStringLiteral("POST"));
        QVERIFY(!task.isSet(QStringLiteral("method")));
        QVERIFY(task.setInput(QStringLiteral("method"), QStringLiteral("GET")));
        QCOMPARE(task.input(QStringLiteral("method")), QStringLiteral("GET"));
        QVERIFY(task.isSet(QStringLiteral("METHOD")));
        task.unsetInput(QStringLiteral("method"));
        QCOMPARE(task.input(QStringLiteral("method")), QStringLiteral("POST"));
        QVERIFY(!task.setInput(QStringLiteral("noSuchInput"), QStringLiteral("x")));
    }

    void setInput_keepsDefinitionOrderWhateverTheEditOrder()
    {
        TaskConfig a;
        a.setInput(QStringLiteral("successCriteria"), QStringLiteral("true"));
        a.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        TaskConfig b;
        b.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        b.setInput(QStringLiteral("successCriteria"), QStringLiteral("true"));
        QCOMPARE(a.explicitInputs().first().first, QStringLiteral("method"));
        QVERIFY(a == b);
    }

    void body_isHiddenForGetAndHead_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("visible");
        for (const char *m : {"OPTIONS", "POST", "PUT", "DELETE", "TRACE", "PATCH"})
            QTest::addRow("%s", m) << QString::fromLatin1(m) << true;
        QTest::addRow("GET") << "GET" << false;
        QTest::addRow("HEAD") << "HEAD" << false;
    }

    void body_isHiddenForGetAndHead()
    {
        QFETCH(QString, method);
        QFETCH(bool, visible);
        for (const TaskDefinition *definition : TaskDefinition::all()) {
            TaskConfig task(*definition);
            task.setInput(QStringLiteral("method"), method);
            QCOMPARE(task.isVisible(QStringLiteral("body")), visible);
        }
    }

    void successCriteria_isHiddenWithCallback()
    {
        TaskConfig task;
        QVERIFY(task.isVisible(QStringLiteral("successCriteria")));
        task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("true"));
        QVERIFY(task.isCallback());
        QVERIFY(!task.isVisible(QStringLiteral("successCriteria")));
    }

    void connectionInputs_followTheConnectionType()
    {
        TaskConfig task;
        QCOMPARE(task.connectionInputName(), QStringLiteral("connectedServiceName"));
        QVERIFY(task.isVisible(QStringLiteral("serviceConnection")));
        QVERIFY(!task.isVisible(QStringLiteral("azureServiceConnection")));
        task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameARM"));
        QCOMPARE(task.connectionInputName(), QStringLiteral("connectedServiceNameARM"));
        QVERIFY(task.isVisible(QStringLiteral("azureSubscription")));
        QVERIFY(!task.isVisible(QStringLiteral("connectedServiceName")));
        task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameAzureDevOps"));
        QCOMPARE(task.connectionInputName(), QStringLiteral("connectedServiceNameAzureDevOps"));

        TaskConfig v0(TaskDefinition::invokeRestApiV0());
        QCOMPARE(v0.connectionInputName(), QStringLiteral("connectedServiceName"));
        QVERIFY(v0.isVisible(QStringLiteral("connectedServiceName")));
    }

    void validate_requiresTheVisibleConnection()
    {
        TaskConfig task;
        QList<Finding> findings = task.validate();
        QVERIFY(hasFinding(findings, QStringLiteral("connectedServiceName"), Finding::Severity::Error));
        QVERIFY(!hasFinding(findings, QStringLiteral("connectedServiceNameARM"), Finding::Severity::Error));
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        QVERIFY(!hasErrors(task.validate()));
    }

    void validate_enforcesTheServersMaxLength()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        task.setInput(QStringLiteral("body"), QString(2000, QLatin1Char('x')));
        QVERIFY(!hasErrors(task.validate()));
        task.setInput(QStringLiteral("body"), QString(2001, QLatin1Char('x')));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("body"), Finding::Severity::Error));

        TaskConfig v0(TaskDefinition::invokeRestApiV0());
        v0.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        v0.setInput(QStringLiteral("headers"), QStringLiteral("{\"a\":\"%1\"}").arg(QString(495, QLatin1Char('x'))));
        QVERIFY(hasFinding(v0.validate(), QStringLiteral("headers"), Finding::Severity::Error));
    }

    void validate_warnsAboutInputsTheTaskIgnores()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        task.setInput(QStringLiteral("body"), QStringLiteral("{}"));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("body"), Finding::Severity::Warning));

        task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("true"));
        task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['a'], 1)"));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("successCriteria"), Finding::Severity::Warning));
        QVERIFY(!hasErrors(task.validate()));
    }

    void validate_rejectsUnknownOptionValuesButAcceptsExpressions()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        task.setInput(QStringLiteral("method"), QStringLiteral("FETCH"));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("method"), Finding::Severity::Error));
        task.setInput(QStringLiteral("method"), QStringLiteral("get"));
        QVERIFY(!hasErrors(task.validate()));
        task.setInput(QStringLiteral("method"), QStringLiteral("${{ parameters.verb }}"));
        QVERIFY(!hasErrors(task.validate()));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("method"), Finding::Severity::Warning));
    }

    void validate_warnsAboutUnknownInputs()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        task.addUnknownInput(QStringLiteral("url"), QStringLiteral("https://example.invalid"));
        QVERIFY(hasFinding(task.validate(), QStringLiteral("url"), Finding::Severity::Warning));
    }

    void setDefinition_keepsSharedInputsAndReportsDropped()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameARM"));
        task.setInput(QStringLiteral("azureServiceConnection"), QStringLiteral("sub"));
        task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        task.setInput(QStringLiteral("successCriteria"), QStringLiteral("true"));
        const QStringList dropped = task.setDefinition(TaskDefinition::invokeRestApiV0());
        QCOMPARE(dropped.size(), 2);
        QVERIFY(dropped.at(0).startsWith(QStringLiteral("Connection type")));
        QVERIFY(dropped.at(1).startsWith(QStringLiteral("Azure subscription (sub)")));
        QCOMPARE(task.input(QStringLiteral("method")), QStringLiteral("GET"));
        QCOMPARE(task.input(QStringLiteral("successCriteria")), QStringLiteral("true"));
        QCOMPARE(task.definition().majorVersion, 0);
    }

    void visibleRule_grammar_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("visible");
        // lookup: a=1, b=two, c=""
        QTest::addRow("empty") << "" << true;
        QTest::addRow("equals") << "a = 1" << true;
        QTest::addRow("double equals") << "a == 1" << true;
        QTest::addRow("not equals") << "a != 1" << false;
        QTest::addRow("ignores case") << "b = TWO" << true;
        QTest::addRow("and") << "a = 1 && b = two" << true;
        QTest::addRow("and false") << "a = 1 && b = three" << false;
        QTest::addRow("or") << "a = 2 || b = two" << true;
        QTest::addRow("empty value") << "c = " << true;
        QTest::addRow("contains") << "b Contains w" << true;
        QTest::addRow("notcontains") << "b NotContains w" << false;
        QTest::addRow("endswith") << "b EndsWith wo" << true;
        QTest::addRow("greater") << "b > a" << true;
    }

    void visibleRule_grammar()
    {
        QFETCH(QString, rule);
        QFETCH(bool, visible);
        const auto lookup = [](const QString &name) -> QString {
            if (name == QLatin1String("a"))
                return QStringLiteral("1");
            if (name == QLatin1String("b"))
                return QStringLiteral("two");
            return {};
        };
        QCOMPARE(VisibleRule::evaluate(rule, lookup), visible);
    }
};

QTEST_GUILESS_MAIN(TestTaskConfig)
#include "tst_taskconfig.moc"
