#include "app/result/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace RestGate;

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_keepTheServersOrderWithColumnsKeyValueType()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(
            Json::Document::parse("{\"zeta\": \"z\\nz\", \"alpha\": [1, 2.50], \"mid\": {}, \"n\": null}"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("root"));
        QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("Object"));
        QVERIFY(model.hasChildren(root));
        QCOMPARE(model.rowCount(root), 0); // nothing until a view asks
        QVERIFY(model.canFetchMore(root));
        model.fetchMore(root);
        QCOMPARE(model.rowCount(root), 4);
        QCOMPARE(model.index(0, JsonTreeModel::KeyColumn, root).data().toString(), QStringLiteral("zeta"));
        // One line, no control characters.
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, root).data().toString(), QStringLiteral("z\u21b5z"));
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, root).data().toString(), QStringLiteral("[2 items]"));
        QCOMPARE(model.index(2, JsonTreeModel::ValueColumn, root).data().toString(), QStringLiteral("{0 properties}"));
        QVERIFY(!model.hasChildren(model.index(2, 0, root)));
        QCOMPARE(model.index(3, JsonTreeModel::TypeColumn, root).data().toString(), QStringLiteral("Null"));
        const QModelIndex alpha = model.index(1, 0, root);
        model.fetchMore(alpha);
        QCOMPARE(model.index(1, JsonTreeModel::KeyColumn, alpha).data().toString(), QStringLiteral("[1]"));
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, alpha).data().toString(), QStringLiteral("2.50"));
        QCOMPARE(model.index(1, 0, alpha).data(JsonTreeModel::PathRole).toString(), QStringLiteral("root['alpha'][1]"));
        QCOMPARE(model.index(1, 0, alpha).data(JsonTreeModel::CriteriaRole).toString(),
                 QStringLiteral("eq(root['alpha'][1], 2.5)"));
    }

    void bigArrays_areFetchedInBatches()
    {
        QByteArray json = "[";
        for (int i = 0; i < 1000; ++i)
            json += QByteArray::number(i) + ',';
        json += "1000]";
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Json::Document::parse(json));
        const QModelIndex root = model.index(0, 0);
        model.fetchMore(root);
        QCOMPARE(model.rowCount(root), JsonTreeModel::fetchBatch);
        while (model.canFetchMore(root))
            model.fetchMore(root);
        QCOMPARE(model.rowCount(root), 1001);
        QCOMPARE(model.index(1000, JsonTreeModel::ValueColumn, root).data().toString(), QStringLiteral("1000"));
    }

    void duplicateKeys_showOneRowWithTheLastValue()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Json::Document::parse("{\"a\": 1, \"b\": 2, \"a\": 3}"));
        const QModelIndex root = model.index(0, 0);
        model.fetchMore(root);
        QCOMPARE(model.rowCount(root), 2);
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, root).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, 0, root).data(JsonTreeModel::CriteriaRole).toString(),
                 QStringLiteral("eq(root['a'], 3)"));
    }

    void indexForPath_fetchesOnTheWay()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QByteArray json = "{\"it's\": {\"list\": [";
        for (int i = 0; i < 700; ++i)
            json += "{\"i\": " + QByteArray::number(i) + "},";
        json += "{\"i\": 700}]}}";
        model.setDocument(Json::Document::parse(json));
        const auto steps = JsonTreeModel::parsePath(QStringLiteral("root['it''s']['list'][650]['i']"));
        QVERIFY(steps);
        const QModelIndex index = model.indexForPath(*steps);
        QVERIFY(index.isValid());
        QCOMPARE(index.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("650"));
        QCOMPARE(index.data(JsonTreeModel::PathRole).toString(), QStringLiteral("root['it''s']['list'][650]['i']"));
        QVERIFY(!model.indexForPath(*JsonTreeModel::parsePath(QStringLiteral("root['missing']"))).isValid());
        QVERIFY(!model.indexForPath(*JsonTreeModel::parsePath(QStringLiteral("root['it''s']['list'][701]"))).isValid());
        QCOMPARE(model.indexForPath({}), model.index(0, 0));
    }

    void parsePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("keys"); // "#3" for an index
        QTest::addRow("root") << "root" << true << QStringList();
        QTest::addRow("quoted") << "root['it''s']['[x]'][12]" << true << QStringList {"it's", "[x]", "#12"};
        QTest::addRow("empty key") << "root['']" << true << QStringList {""};
        QTest::addRow("dot form") << "root.a" << false << QStringList();
        QTest::addRow("unterminated") << "root['a" << false << QStringList();
        QTest::addRow("negative") << "root[-1]" << false << QStringList();
        QTest::addRow("other name") << "variables['a']" << false << QStringList();
    }

    void parsePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFETCH(QStringList, keys);
        const auto steps = JsonTreeModel::parsePath(path);
        QCOMPARE(bool(steps), valid);
        if (!valid)
            return;
        QStringList actual;
        for (const Json::PathStep &step : *steps)
            actual.append(step.index >= 0 ? QStringLiteral("#%1").arg(step.index) : step.key);
        QCOMPARE(actual, keys);
    }

    void notJson_isAnEmptyTree()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Json::Document::parse("<html>"));
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(Json::Document::parse("\"just text\""));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.hasChildren(model.index(0, 0)));
    }
};

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
