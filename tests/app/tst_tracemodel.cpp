#include "app/result/tracemodel.h"
#include "core/expression/criteriaevaluator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QTest>

using namespace RestGate;

class TestTraceModel : public QObject
{
    Q_OBJECT

private:
    static Expression::Trace traceOf(const char *criteria, const QByteArray &body)
    {
        return CriteriaEvaluator().evaluate(QString::fromUtf8(criteria), VariableSet(), body).trace;
    }

    static QModelIndex find(const QAbstractItemModel &model, const QString &label, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
            const QModelIndex below = find(model, label, index);
            if (below.isValid())
                return below;
        }
        return {};
    }

private Q_SLOTS:
    void subExpressions_withValueAndType_literalsLeftOut()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(traceOf("eq(root['status'], 'running')", "{\"status\": \"running\"}"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex eq = model.index(0, 0);
        QCOMPARE(eq.data().toString(), QStringLiteral("eq(root['status'], 'running')"));
        QCOMPARE(model.index(0, TraceModel::ValueColumn).data().toString(), QStringLiteral("true"));
        QCOMPARE(model.index(0, TraceModel::TypeColumn).data().toString(), QStringLiteral("Boolean"));
        // The indexer is shown; the literal 'running' is not.
        QCOMPARE(model.rowCount(eq), 1);
        const QModelIndex status = model.index(0, 0, eq);
        QCOMPARE(status.data().toString(), QStringLiteral("root['status']"));
        QCOMPARE(status.siblingAtColumn(TraceModel::ValueColumn).data().toString(), QStringLiteral("'running'"));
        QCOMPARE(status.siblingAtColumn(TraceModel::TypeColumn).data().toString(), QStringLiteral("String"));
        QCOMPARE(status.data(TraceModel::PathRole).toString(), QStringLiteral("root['status']"));
        QCOMPARE(model.indexOfNode(model.nodeAt(status)), status);
    }

    void shortCircuitedBranches_areGreyedAndSaySo()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(traceOf("and(eq(root['a'], 2), eq(root['b'], 2))", "{\"a\": 1, \"b\": 2}"));
        const QModelIndex skipped = find(model, QStringLiteral("eq(root['b'], 2)"));
        QVERIFY(skipped.isValid());
        QVERIFY(skipped.data(TraceModel::SkippedRole).toBool());
        QVERIFY(
            skipped.siblingAtColumn(TraceModel::ValueColumn).data().toString().startsWith(QStringLiteral("skipped")));
        QCOMPARE(skipped.data(Qt::ForegroundRole).value<QBrush>(),
                 QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        // Below a skipped node everything is skipped too, and nothing claims a value.
        const QModelIndex inner = find(model, QStringLiteral("root['b']"));
        QVERIFY(inner.isValid());
        QVERIFY(inner.data(TraceModel::SkippedRole).toBool());
        QVERIFY(inner.siblingAtColumn(TraceModel::TypeColumn).data().toString().isEmpty());
        const QModelIndex evaluated = find(model, QStringLiteral("eq(root['a'], 2)"));
        QVERIFY(!evaluated.data(TraceModel::SkippedRole).toBool());
        QVERIFY(!evaluated.data(Qt::ForegroundRole).isValid());
    }

    void errors_areMarkedWhereTheyArise()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(traceOf("gt(root['obj'], 1)", "{\"obj\": {\"k\": 1}}"));
        const QModelIndex gt = model.index(0, 0);
        QVERIFY(!gt.data(TraceModel::ErrorRole).toString().isEmpty());
        QVERIFY(gt.data(Qt::ForegroundRole).isValid());
        const Expression::TraceNode *origin = model.trace().errorOrigin();
        QVERIFY(origin);
        QModelIndex originIndex;
        for (int i = 0; i < model.trace().nodes.size(); ++i) {
            if (&model.trace().nodes.at(i) == origin)
                originIndex = model.indexOfNode(i);
        }
        QVERIFY(originIndex.isValid());
        QVERIFY(!originIndex.data(Qt::DecorationRole).isNull());
        QVERIFY(originIndex.siblingAtColumn(TraceModel::ValueColumn).data().toString().startsWith(u'\u2717'));
    }

    void emptyTrace_hasNoRows()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(traceOf("eq(root['a'], 1)", "{\"a\": 1}"));
        model.setTrace(Expression::Trace());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTraceModel)
#include "tst_tracemodel.moc"
