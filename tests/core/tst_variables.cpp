#include "core/design/variables.h"

#include <QTest>
#include <QUuid>

using namespace RestGate;

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unknown");
        QTest::addRow("plain") << "deployments/$(deploymentId)"
                               << "deployments/42" << QStringList();
        QTest::addRow("names ignore case") << "$(DEPLOYMENTID)-$(DeploymentId)"
                                           << "42-42" << QStringList();
        QTest::addRow("dotted system name") << "$(System.HostType)"
                                            << "build" << QStringList();
        QTest::addRow("unknown left verbatim") << "$(Build.SourceVersion)/x"
                                               << "$(Build.SourceVersion)/x" << QStringList {"Build.SourceVersion"};
        QTest::addRow("unknown listed once") << "$(a)$(a)"
                                             << "$(a)$(a)" << QStringList {"a"};
        QTest::addRow("one pass only") << "$(indirect)"
                                       << "$(deploymentId)" << QStringList();
        QTest::addRow("empty parens are text") << "$()"
                                               << "$()" << QStringList();
        QTest::addRow("unclosed is text") << "a $(b"
                                          << "a $(b" << QStringList();
        QTest::addRow("template expression untouched") << "${{ parameters.x }}"
                                                       << "${{ parameters.x }}" << QStringList();
        QTest::addRow("nested start") << "$(x$(deploymentId)"
                                      << "$(x42" << QStringList();
        QTest::addRow("no macros") << "root['status']"
                                   << "root['status']" << QStringList();
    }

    void expand()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QStringList, unknown);
        VariableSet set;
        set.set(QStringLiteral("deploymentId"), QStringLiteral("42"));
        set.set(QStringLiteral("indirect"), QStringLiteral("$(deploymentId)"));
        set.set(QStringLiteral("system.HostType"), QStringLiteral("build"));
        const Expansion expansion = MacroExpander(set).expand(text);
        QCOMPARE(expansion.text, expected);
        QCOMPARE(expansion.unknown, unknown);
    }

    void expand_reportsSecretsUsed()
    {
        VariableSet set;
        set.set(QStringLiteral("token"), QStringLiteral("s3cr3t"), true);
        const Expansion expansion = MacroExpander(set).expand(QStringLiteral("Bearer $(TOKEN)"));
        QCOMPARE(expansion.text, QStringLiteral("Bearer s3cr3t"));
        QCOMPARE(expansion.secretsUsed, QStringList {QStringLiteral("token")});
    }

    void systemDefaults_provideEveryVariableTheDefaultHeadersUse()
    {
        const VariableSet set = VariableSet::systemDefaults();
        for (const QString &name : VariableSet::systemVariableNames())
            QVERIFY2(set.contains(name), qPrintable(name));
        QVERIFY(set.find(QStringLiteral("system.CollectionUri"))->value.endsWith(QLatin1Char('/')));
        QCOMPARE(set.find(QStringLiteral("system.hosttype"))->value, QStringLiteral("build"));
        for (const char *guid :
             {"system.PlanId", "system.JobId", "system.TimelineId", "system.TaskInstanceId", "system.TeamProjectId"})
            QVERIFY(!QUuid::fromString(set.find(QString::fromLatin1(guid))->value).isNull());
        QVERIFY(set.find(QStringLiteral("system.AccessToken"))->secret);
        QVERIFY(set.find(QStringLiteral("system.AccessToken"))->value.size() >= 40);
        // Fresh values every time.
        QVERIFY(VariableSet::systemDefaults().find(QStringLiteral("system.PlanId"))->value
                != set.find(QStringLiteral("system.PlanId"))->value);
    }

    void overlaidWith_letsTheUpperLayerWin()
    {
        VariableSet base;
        base.set(QStringLiteral("a"), QStringLiteral("1"));
        base.set(QStringLiteral("b"), QStringLiteral("2"));
        VariableSet top;
        top.set(QStringLiteral("A"), QStringLiteral("10"));
        const VariableSet merged = base.overlaidWith(top);
        QCOMPARE(merged.find(QStringLiteral("a"))->value, QStringLiteral("10"));
        QCOMPARE(merged.find(QStringLiteral("b"))->value, QStringLiteral("2"));
        QCOMPARE(merged.variables().size(), 2);
    }

    void findMacros_returnsSpansForHighlighting()
    {
        const QList<MacroSpan> spans = MacroExpander::findMacros(QStringLiteral("a/$(x)/b/$(y.z)"));
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).start, 2);
        QCOMPARE(spans.at(0).length, 4);
        QCOMPARE(spans.at(1).name, QStringLiteral("y.z"));
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
