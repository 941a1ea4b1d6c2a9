// The result panel's tools for reading a response: find in the body, the tree filter, saving the body, the trace
// columns, the request as it went on the wire, and the continueOnError note. Responses come from real local servers.
#include "app/result/jsontreemodel.h"
#include "app/result/resultpanel.h"
#include "app/result/runhistory.h"
#include "app/result/tracemodel.h"
#include "app/widgets/findbar.h"
#include "core/result/criteriajudge.h"
#include "core/run/taskrunner.h"
#include "runsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace RestGate;

namespace {

/// Answers every request with 200 and `{}` after noting the header lines exactly as they arrived on the socket.
class HeaderRecorder : public QTcpServer
{
public:
    QList<QByteArray> lastHeaderLines;

    HeaderRecorder()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    QList<QByteArray> lines = buffer->left(end).split('\n');
                    lines.removeFirst(); // the request line
                    lastHeaderLines.clear();
                    for (const QByteArray &line : std::as_const(lines))
                        lastHeaderLines.append(line.trimmed());
                    buffer->clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
    }
};

} // namespace

using RestGate::TestSupport::child;

class TestResultPanelTools : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_binary;

    RunInput task(const QString &method, const QString &suffix, quint16 port) const
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("local"));
        in.task.setInput(QStringLiteral("method"), method);
        in.task.setInput(QStringLiteral("urlSuffix"), suffix);
        in.connection = ServiceConnection::create(QStringLiteral("local"), ServiceConnection::Type::Generic,
                                                  QStringLiteral("http://127.0.0.1:%1/").arg(port), {});
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static RunResult run(const RunInput &in) { return TestSupport::runToEnd(in, {}, 30); }

    /// Every row the view shows, depth first, as "key=value".
    static QStringList shownRows(const QTreeView *tree, const QModelIndex &parent = {})
    {
        QStringList rows;
        const QAbstractItemModel *model = tree->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, JsonTreeModel::KeyColumn, parent);
            rows.append(index.data().toString() + u'='
                        + index.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString());
            rows += shownRows(tree, index);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        for (int i = 0; i < 256; ++i)
            m_binary += char(255 - i);
        static constexpr char notUtf8[] = "\r\n\0\xff\xfe not UTF-8"; // counted by sizeof: it holds a NUL
        m_binary += QByteArray(notUtf8, sizeof notUtf8 - 1);
        m_server.route(QStringLiteral("/binary"),
                       [this] { return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), m_binary); });
        m_server.route(QStringLiteral("/error"), [] {
            return QHttpServerResponse(QJsonObject {{QStringLiteral("error"), QStringLiteral("boom")}},
                                       QHttpServerResponder::StatusCode::InternalServerError);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
    }

    void ctrlF_opensTheFindBarOnTheShownBodyView()
    {
        ResultPanel panel;
        RunResult result;
        result.status = 200;
        result.body = QByteArrayLiteral("{\"name\": \"needle\", \"other\": \"Needle\"}");
        CriteriaJudge::applyVerdict(&result, nullptr);
        panel.showResult(result);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *pretty = child<QPlainTextEdit>(panel, "bodyView");
        pretty->setFocus();
        QTest::keyClick(pretty, Qt::Key_F, Qt::ControlModifier);
        auto *bar = child<FindBar>(panel, "findBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->target(), pretty);
        QTest::keyClicks(child<QLineEdit>(panel, "findEdit"), QStringLiteral("needle"));
        QCOMPARE(bar->matchCount(), 2);
        QCOMPARE(pretty->textCursor().selectedText(), QStringLiteral("needle"));
        // Raw is searched when it is the view shown.
        child<QTabWidget>(panel, "bodyViews")->setCurrentWidget(child<QWidget>(panel, "rawPage"));
        QCOMPARE(bar->target(), child<QPlainTextEdit>(panel, "rawView"));
        // On the Tree, Ctrl+F goes to its filter instead.
        child<QTabWidget>(panel, "bodyViews")->setCurrentWidget(child<QWidget>(panel, "treePage"));
        QVERIFY(!bar->isVisible());
        QTest::keyClick(child<QTreeView>(panel, "treeView"), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(child<QLineEdit>(panel, "treeFilterEdit")->hasFocus());
    }

    void treeFilter_findsValuesNotYetLoadedAndKeepsThePathToThem()
    {
        // 1,000 elements: the tree loads 256 at a time, so element 900 is not loaded until the filter asks.
        QByteArray body = "{\"meta\": {\"owner\": \"ops\"}, \"items\": [";
        for (int i = 0; i < 1000; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(i) + ", \"state\": \""
                + (i == 900 ? "needle-state" : "plain") + "\"}";
        body += "]}";
        RunResult result;
        result.status = 200;
        result.body = body;
        CriteriaJudge::applyVerdict(&result, nullptr);
        ResultPanel panel;
        panel.showResult(result);
        QTRY_VERIFY(!panel.isBusy());
        auto *tree = child<QTreeView>(panel, "treeView");
        auto *filter = child<QLineEdit>(panel, "treeFilterEdit");
        QTest::keyClicks(filter, QStringLiteral("NEEDLE"));
        QTRY_VERIFY(tree->model() != nullptr && qobject_cast<JsonTreeModel *>(tree->model()) == nullptr);
        QCOMPARE(shownRows(tree),
                 QStringList({QStringLiteral("root={2 properties}"), QStringLiteral("items=[1000 items]"),
                              QStringLiteral("[900]={2 properties}"), QStringLiteral("state=needle-state")}));
        // A key matches too, and brings what is under it.
        panel.setTreeFilter(QStringLiteral("meta"));
        QCOMPARE(shownRows(tree),
                 QStringList({QStringLiteral("root={2 properties}"), QStringLiteral("meta={1 property}"),
                              QStringLiteral("owner=ops")}));
        QVERIFY(!child<QLabel>(panel, "treeFilterNote")->isVisible());
        // Use in success criteria works on a filtered row.
        panel.setTreeFilter(QStringLiteral("needle"));
        QSignalSpy suggested(&panel, &ResultPanel::criteriaSuggested);
        const QModelIndex items = tree->model()->index(0, 0, tree->model()->index(0, 0));
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0, items)));
        child<QPushButton>(panel, "useInCriteriaButton")->click();
        QCOMPARE(suggested.value(0).value(0).toString(),
                 QStringLiteral("eq(root['items'][900]['state'], 'needle-state')"));
        // Emptied, the whole tree is back, lazily loaded as before.
        filter->clear();
        QTRY_VERIFY(qobject_cast<JsonTreeModel *>(tree->model()) != nullptr);
    }

    void treeFilter_isBoundedAndSaysSo()
    {
        QByteArray body = "[";
        for (int i = 0; i < ResultPanel::maxFilterRows + 5000; ++i)
            body += (i ? ",\"v" : "\"v") + QByteArray::number(i) + '"';
        body += ']';
        RunResult result;
        result.status = 200;
        result.body = body;
        CriteriaJudge::applyVerdict(&result, nullptr);
        ResultPanel panel;
        panel.showResult(result);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
        panel.setTreeFilter(QStringLiteral("v1"));
        auto *note = child<QLabel>(panel, "treeFilterNote");
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLocale().toString(ResultPanel::maxFilterRows)), qPrintable(note->text()));
    }

    void saveBody_writesTheBytesAsReceived()
    {
        const RunResult result = run(task(QStringLiteral("GET"), QStringLiteral("binary"), m_port));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, m_binary);
        ResultPanel panel;
        auto *save = child<QPushButton>(panel, "saveBodyButton");
        QVERIFY(!save->isEnabled()); // nothing received yet
        panel.showResult(result);
        QVERIFY(save->isEnabled());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.bin"));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("saveBodyDialog"));
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
            answered = true;
        });
        save->click();
        QVERIFY(answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_binary);
    }

    void traceColumns_keepValueAndTypeInViewForALongExpression()
    {
        const QString longKey = QString(300, u'k');
        const QByteArray body = "{\"" + longKey.toUtf8() + "\": \"deployment-finished-successfully\"}";
        const QString criteria = QStringLiteral("and(eq(root['%1'], 'deployment-finished-successfully'), "
                                                "ne(root['%1'], 'something-else-entirely-that-is-long'))")
                                     .arg(longKey);
        RunResult result;
        result.status = 200;
        result.body = body;
        CriteriaJudge::applyVerdict(&result, CriteriaJudge::evaluate(criteria, VariableSet(), body, false));
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        ResultPanel panel;
        panel.resize(520, 600);
        panel.showResult(result);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tabs = child<QTabWidget>(panel, "tabs");
        tabs->setCurrentWidget(child<QWidget>(panel, "criteriaTab"));
        auto *trace = child<QTreeView>(panel, "traceView");
        QHeaderView *header = trace->header();
        QTRY_VERIFY(trace->viewport()->width() > 0);
        const int visible = trace->viewport()->width();
        for (const int column : {int(TraceModel::ValueColumn), int(TraceModel::TypeColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionSize(column) > 0 && right <= visible,
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(visible)));
        }
        QCOMPARE(trace->horizontalScrollBar()->maximum(), 0);
        // The full texts are in the tooltips.
        const QModelIndex top = trace->model()->index(0, TraceModel::ExpressionColumn);
        QVERIFY(top.data(Qt::ToolTipRole).toString().contains(criteria));
        const QModelIndex read = trace->model()->index(0, TraceModel::ValueColumn, trace->model()->index(0, 0, top));
        QCOMPARE(read.data(Qt::ToolTipRole).toString(), read.data().toString());
    }

    void requestTab_showsEveryHeaderThatWentOnTheWire_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("headers");
        QTest::addColumn<QString>("body");
        QTest::addRow("GET") << QStringLiteral("GET") << QStringLiteral("{\"X-Trace\": \"1\"}") << QString();
        QTest::addRow("POST with a body")
            << QStringLiteral("POST") << QStringLiteral("{\"Content-Type\": \"application/json\"}")
            << QStringLiteral("{\"a\": 1}");
        QTest::addRow("DELETE without a body") << QStringLiteral("DELETE") << QString() << QString();
        QTest::addRow("task sets User-Agent and Accept-Language")
            << QStringLiteral("GET") << QStringLiteral("{\"User-Agent\": \"mine/1\", \"Accept-Language\": \"de\"}")
            << QString();
    }

    void requestTab_showsEveryHeaderThatWentOnTheWire()
    {
        QFETCH(QString, method);
        QFETCH(QString, headers);
        QFETCH(QString, body);
        HeaderRecorder recorder;
        QVERIFY(recorder.listen(QHostAddress::LocalHost, 0));
        RunInput in = task(method, QStringLiteral("echo"), recorder.serverPort());
        in.task.setInput(QStringLiteral("headers"), headers);
        in.task.setInput(QStringLiteral("body"), body);
        in.connection->username = QStringLiteral("user");
        in.secret = {QStringLiteral("s3cret"), true, false};
        const RunResult result = run(in);
        QCOMPARE(result.status, 200);
        ResultPanel panel;
        panel.showResult(result);
        QStringList shown = child<QPlainTextEdit>(panel, "requestView")->toPlainText().split(u'\n');
        QVERIFY(shown.takeFirst().startsWith(method + u' '));
        const qsizetype blank = shown.indexOf(QString());
        shown = shown.mid(0, blank);
        QStringList received;
        for (const QByteArray &line : std::as_const(recorder.lastHeaderLines)) {
            // The credential is on the wire, and shown as ••••.
            received.append(line.startsWith("Authorization: Basic ") ? QStringLiteral("Authorization: Basic ••••")
                                                                     : QString::fromLatin1(line));
        }
        shown.sort(Qt::CaseInsensitive);
        received.sort(Qt::CaseInsensitive);
        QCOMPARE(shown, received);
    }

    void continueOnError_failsWithTheSucceededWithIssuesNote()
    {
        RunInput in = task(QStringLiteral("GET"), QStringLiteral("error"), m_port);
        in.task.continueOnError = true;
        const RunResult result = run(in);
        QCOMPARE(result.verdict, RunResult::Verdict::Failed);
        QVERIFY(result.continueOnError);
        QCOMPARE(result.reasons.last(), RunResult::continueOnErrorNote());
        ResultPanel panel;
        panel.showResult(result);
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
        QVERIFY(child<QLabel>(panel, "reasonsLabel")->text().contains(QStringLiteral("succeeded with issues")));
        // A re-judge keeps the note; without continueOnError there is none.
        panel.rejudge(QStringLiteral("eq(root['error'], 'boom')"), VariableSet());
        QTRY_VERIFY(child<QLabel>(panel, "reasonsLabel")->text().contains(QStringLiteral("succeeded with issues")));
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED")); // still 500
        in.task.continueOnError = false;
        const RunResult plain = run(in);
        QCOMPARE(plain.verdict, RunResult::Verdict::Failed);
        QVERIFY(!plain.reasons.contains(RunResult::continueOnErrorNote()));
        // A pass needs no note.
        in.task.continueOnError = true;
        in.task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("binary"));
        QVERIFY(!run(in).reasons.contains(RunResult::continueOnErrorNote()));
    }

    void restoredHistoryEntry_isShownWithoutBodyAndNotRejudged()
    {
        RunHistory saved;
        RunResult result = run(task(QStringLiteral("GET"), QStringLiteral("error"), m_port));
        saved.add(result, result.displaySafe());
        RunHistory history;
        history.restore(saved.toJson());
        ResultPanel panel;
        panel.setHistory(&history);
        panel.showHistoryEntry(0);
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
        QVERIFY(!child<QPushButton>(panel, "saveBodyButton")->isEnabled());
        QVERIFY(child<QLabel>(panel, "bodyNoteLabel")->text().contains(QStringLiteral("earlier session")));
        panel.rejudge(QStringLiteral("true"), VariableSet());
        QTest::qWait(50);
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
    }
};

QTEST_MAIN(TestResultPanelTools)
#include "tst_resultpaneltools.moc"
