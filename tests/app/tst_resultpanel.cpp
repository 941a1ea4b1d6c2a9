#include "app/result/jsontreemodel.h"
#include "app/result/resultpanel.h"
#include "app/result/runhistory.h"
#include "app/result/tracemodel.h"
#include "app/uilanguage.h"
#include "app/widgets/jsonhighlighter.h"
#include "core/result/criteriajudge.h"
#include "core/run/networksettings.h"
#include "core/run/taskrunner.h"
#include "demo/demoserver.h"
#include "rawhttpserver.h"
#include "runsupport.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace RestGate;

using RestGate::TestSupport::child;

class TestResultPanel : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;
    int m_requests = 0;

    RunInput demoTask(const QString &suffix, const QString &criteria = {}) const
    {
        RunInput in;
        in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("demo"));
        in.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        in.task.setInput(QStringLiteral("urlSuffix"), suffix);
        in.task.setInput(QStringLiteral("headers"), QStringLiteral("{\"Content-Type\":\"application/json\"}"));
        in.task.setInput(QStringLiteral("successCriteria"), criteria);
        in.connection = ServiceConnection::create(QStringLiteral("demo"), ServiceConnection::Type::Generic,
                                                  m_server.baseUrl().toString(), {});
        in.variables = VariableSet::systemDefaults();
        return in;
    }

    static RunResult run(const RunInput &in) { return TestSupport::runToEnd(in, {}, 60); }

    static RunResult jsonResult(const QByteArray &body, const QString &criteria = {})
    {
        RunResult result;
        result.status = 200;
        result.reasonPhrase = QStringLiteral("OK");
        result.body = body;
        result.bodyBytes = body.size();
        result.request.method = QStringLiteral("GET");
        result.request.url = QStringLiteral("http://127.0.0.1/x");
        CriteriaJudge::applyVerdict(
            &result, criteria.isEmpty() ? nullptr : CriteriaJudge::evaluate(criteria, VariableSet(), body, false));
        return result;
    }

    static bool hasControlCharacters(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
        connect(&m_server, &DemoServer::requestServed, this, [this] { ++m_requests; });
    }

    void realRun_showsVerdictBodyHeadersRequestAndLog()
    {
        const RunResult result = run(demoTask(QStringLiteral("health"), QStringLiteral("eq(root['status'], 'ok')")));
        QCOMPARE(result.verdict, RunResult::Verdict::Passed);
        ResultPanel panel;
        panel.showResult(result);
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        QVERIFY(child<QLabel>(panel, "statusLineLabel")->text().startsWith(QStringLiteral("200 OK")));
        QVERIFY(child<QPlainTextEdit>(panel, "bodyView")->toPlainText().contains(QStringLiteral("\"status\": \"ok\"")));
        QCOMPARE(child<QPlainTextEdit>(panel, "rawView")->toPlainText(), QString::fromUtf8(result.body));
        auto *highlighter = panel.findChild<JsonHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->document(), child<QPlainTextEdit>(panel, "bodyView")->document());
        QVERIFY(child<QTableWidget>(panel, "headersTable")->rowCount() > 0);
        QVERIFY(child<QPlainTextEdit>(panel, "requestView")->toPlainText().startsWith(QStringLiteral("GET ")));
        QVERIFY(child<QPlainTextEdit>(panel, "logView")->toPlainText().contains(QStringLiteral("Response Code: OK")));
        auto *tabs = child<QTabWidget>(panel, "tabs");
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(panel, "tlsTab"))));
        // The tree has the body's members under root.
        auto *tree = child<QTreeView>(panel, "treeView");
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("root"));
        // Children are fetched when a view asks for them.
        QVERIFY(tree->model()->canFetchMore(root));
        tree->model()->fetchMore(root);
        QVERIFY(tree->model()->rowCount(root) > 0);
        // The trace shows the criteria's sub-expressions.
        auto *trace = child<QTreeView>(panel, "traceView");
        QCOMPARE(trace->model()->rowCount(), 1);
        QCOMPARE(trace->model()->index(0, TraceModel::ValueColumn).data().toString(), QStringLiteral("true"));
    }

    void verdictAndReasons_inTheWindowsLanguage()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        // What `restgate --lang de` installs; the translators go when `language` does.
        UiLanguage language;
        QVERIFY(language.install(QStringLiteral("de")));
        const RunResult result = run(demoTask(QStringLiteral("health"), QStringLiteral("eq(root['status'], 'down')")));
        ResultPanel panel;
        panel.showResult(result);
        QCOMPARE(panel.verdictText(), QStringLiteral("FEHLGESCHLAGEN"));
        const QString reasons = child<QLabel>(panel, "reasonsLabel")->text();
        QVERIFY2(reasons.contains(QStringLiteral("Status 200 OK erfüllt die Regel")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("sind falsch")), qPrintable(reasons));

        // A timeout: what the user reads follows the language, numbers included; the agent's log line stays English.
        TestSupport::RawHttpServer silent([](QTcpSocket *, const TestSupport::RawHttpServer::Request &) {});
        RunInput in = demoTask(QStringLiteral("slow"));
        in.connection->url = silent.baseUrl();
        RunOptions options;
        options.timeoutMs = 500;
        const RunResult late = TestSupport::runToEnd(in, options, 30);
        QCOMPARE(late.verdict, RunResult::Verdict::TimedOut);
        QVERIFY2(late.reasons.value(0).startsWith(QStringLiteral("Die Anfrage ist nach 0,5 Sekunden abgelaufen")),
                 qPrintable(late.reasons.join(u'\n')));
        QVERIFY2(late.log.contains(QLatin1String("The request timed out after 0.5 seconds")), qPrintable(late.log));
        panel.showResult(late);
        QCOMPARE(panel.verdictText(), QStringLiteral("ZEITÜBERSCHREITUNG"));

        // Nothing listening: the reason in German, the error string and the log in English.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        in.connection->url = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
        closed.close();
        const RunResult refused = run(in);
        QCOMPARE(refused.errorKind, RunResult::ErrorKind::ConnectionRefused);
        QVERIFY2(refused.reasons.value(0).startsWith(QStringLiteral("Verbindung abgelehnt")),
                 qPrintable(refused.reasons.join(u'\n')));
        QVERIFY2(refused.errorString.startsWith(QStringLiteral("Connection refused")), qPrintable(refused.errorString));
        QVERIFY(refused.log.contains(QLatin1String("Connection refused")));

        // The run history says it in the same words.
        RunHistory history;
        history.add(result, result.displaySafe());
        QVERIFY2(history.index(0, 0).data().toString().contains(QStringLiteral("FEHLGESCHLAGEN")),
                 qPrintable(history.index(0, 0).data().toString()));
    }

    void redirects_areListedInTheRequestTab()
    {
        using TestSupport::RawHttpServer;
        RawHttpServer other([](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(RawHttpServer::response(200, "OK", "{}"));
            socket->disconnectFromHost();
        });
        RawHttpServer first([&other](QTcpSocket *socket, const RawHttpServer::Request &) {
            socket->write(
                RawHttpServer::response(302, "Found", {}, "Location: " + other.baseUrl().toUtf8() + "landing\r\n"));
            socket->disconnectFromHost();
        });
        RunInput in = demoTask(QStringLiteral("start"));
        in.connection->url = first.baseUrl();
        const RunResult result = run(in);
        QCOMPARE(result.redirects.size(), 1);
        ResultPanel panel;
        panel.showResult(result);
        const QString text = child<QPlainTextEdit>(panel, "requestView")->toPlainText();
        QVERIFY2(text.endsWith(QStringLiteral("\nRedirects:\n↪ 302 Found: GET %1landing (another origin: Content-Type, "
                                              "Authorization not sent)\n")
                                   .arg(other.baseUrl())),
                 qPrintable(text));
    }

    void rejudge_flipsTheVerdictWithoutSendingAgain()
    {
        const RunResult result = run(demoTask(QStringLiteral("health"), QStringLiteral("eq(root['status'], 'ok')")));
        const int requests = m_requests;
        ResultPanel panel;
        panel.showResult(result);
        auto *note = child<QLabel>(panel, "rejudgeLabel");
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        QVERIFY(note->text().isEmpty());

        panel.rejudge(QStringLiteral("eq(root['status'], 'down')"), VariableSet::systemDefaults());
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
        QVERIFY(panel.shownResult().reasons.join(u'\n').contains(QStringLiteral("is false")));
        QVERIFY(!note->text().isEmpty());
        QCOMPARE(panel.findChild<QTreeView *>(QStringLiteral("traceView"))
                     ->model()
                     ->index(0, TraceModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("false"));

        panel.rejudge(QStringLiteral("eq(root['status'], 'ok')"), VariableSet::systemDefaults());
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        // A blank criteria leaves the verdict to the status.
        panel.rejudge(QString(), VariableSet::systemDefaults());
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        QVERIFY(!panel.shownResult().criteria);
        QTest::qWait(50);
        QCOMPARE(m_requests, requests);
    }

    void sessionsCopy_isWhatTheTabsShow_andARejudgeMasksItsOwnResult_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addRow("small body") << 0;
        QTest::addRow("big body, rendered on a worker") << int(ResultPanel::inlineLimit + 1024);
    }

    void sessionsCopy_isWhatTheTabsShow_andARejudgeMasksItsOwnResult()
    {
        QFETCH(int, padding);
        const QByteArray pad(padding, 'x');
        RunResult received = jsonResult("{\"k\": \"clear-key\", \"pad\": \"" + pad + "\"}");
        received.request.secrets = {QStringLiteral("clear-key")};
        // Marked so the test can tell it from a copy the panel would make: the panel must show this one.
        RunResult shown = received.displaySafe();
        shown.body = "{\"k\": \"from-the-session\", \"pad\": \"" + pad + "\"}";
        shown.reasons = {QStringLiteral("Reason from the session")};
        ResultPanel panel;
        panel.showResult(received, shown);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
        QVERIFY(child<QPlainTextEdit>(panel, "rawView")
                    ->toPlainText()
                    .startsWith(QStringLiteral("{\"k\": \"from-the-session\"")));
        QVERIFY(child<QPlainTextEdit>(panel, "bodyView")->toPlainText().contains(QStringLiteral("from-the-session")));
        QVERIFY(child<QLabel>(panel, "reasonsLabel")->text().contains(QStringLiteral("Reason from the session")));
        auto *tree = child<QTreeView>(panel, "treeView")->model();
        const QModelIndex root = tree->index(0, 0);
        while (tree->canFetchMore(root))
            tree->fetchMore(root);
        QCOMPARE(tree->index(0, JsonTreeModel::ValueColumn, root).data().toString(),
                 QStringLiteral("from-the-session"));
        QCOMPARE(panel.shownResult().body, received.body); // as received: for re-judging and Save body

        // Criteria edited after the run: a new result, judged on the body as received, and masked by the panel.
        VariableSet variables;
        variables.set(QStringLiteral("key"), QStringLiteral("clear-key"), true);
        panel.rejudge(QStringLiteral("eq(root['k'], '$(key)')"), variables);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 30000);
        QVERIFY(panel.shownResult().criteria);
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        const QString criteria = child<QLabel>(panel, "criteriaSummaryLabel")->text();
        QVERIFY2(!criteria.contains(QStringLiteral("clear-key")) && criteria.contains(QStringLiteral("••••")),
                 qPrintable(criteria));
        for (QLabel *label : panel.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("clear-key")), qPrintable(label->text()));
    }

    void rejudge_ofAnInsecureRun_keepsTheCertificateNotCheckedReasons()
    {
        RunResult result = jsonResult("{\"status\": \"ok\"}", QStringLiteral("eq(root['status'], 'ok')"));
        result.tls.insecure = true;
        result.tls.errors = {
            QStringLiteral("the certificate of 'RestGate Self-Signed' is self-signed and not trusted")};
        // As the runner leaves an insecure run.
        result.reasons = TlsRules::insecureNotes(result.tls.errors) + result.reasons;
        ResultPanel panel;
        panel.showResult(result);
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED — TLS CERTIFICATE NOT CHECKED (insecure)"));

        panel.rejudge(QStringLiteral("eq(root['status'], 'down')"), VariableSet::systemDefaults());
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED — TLS CERTIFICATE NOT CHECKED (insecure)"));
        const QStringList reasons = panel.shownResult().reasons;
        QCOMPARE(reasons.value(0), TlsRules::insecureNote());
        QVERIFY2(reasons.value(1).contains(QLatin1String("self-signed and not trusted")),
                 qPrintable(reasons.join(u'\n')));
        QVERIFY(reasons.join(u'\n').contains(QStringLiteral("is false")));
        QVERIFY(child<QLabel>(panel, "reasonsLabel")->text().contains(QLatin1String("INSECURE")));

        panel.rejudge(QStringLiteral("eq(root['status'], 'ok')"), VariableSet::systemDefaults());
        QCOMPARE(panel.shownResult().reasons.count(TlsRules::insecureNote()), 1);
    }

    void rejudge_isIgnoredWithoutAResponseOrForCallbackTasks()
    {
        ResultPanel panel;
        RunResult refused;
        refused.verdict = RunResult::Verdict::Error;
        refused.errorKind = RunResult::ErrorKind::ConnectionRefused;
        panel.showResult(refused);
        panel.rejudge(QStringLiteral("true"), VariableSet());
        QCOMPARE(panel.verdictText(), QStringLiteral("ERROR"));

        RunResult callback = jsonResult("{}");
        callback.request.isCallback = true;
        CriteriaJudge::applyVerdict(&callback, nullptr);
        panel.showResult(callback);
        panel.rejudge(QStringLiteral("false"), VariableSet());
        QCOMPARE(panel.verdictText(), QStringLiteral("NOT COMPLETED"));
    }

    void treeAction_suggestsTheExactCriteria()
    {
        ResultPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showResult(jsonResult("{\"it's\": {\"[k]\": \"v's\", \"n\": 1.50}, \"list\": [true, null]}"));
        auto *tabs = child<QTabWidget>(panel, "tabs");
        tabs->setCurrentWidget(child<QWidget>(panel, "bodyTab"));
        child<QTabWidget>(panel, "bodyViews")->setCurrentWidget(child<QWidget>(panel, "treePage"));
        auto *tree = child<QTreeView>(panel, "treeView");
        auto *model = qobject_cast<JsonTreeModel *>(tree->model());
        QVERIFY(model);
        QSignalSpy suggested(&panel, &ResultPanel::criteriaSuggested);

        const QModelIndex key = model->indexForPath({{QStringLiteral("it's"), -1}, {QStringLiteral("[k]"), -1}});
        QVERIFY(key.isValid());
        tree->setCurrentIndex(key);
        auto *button = child<QPushButton>(panel, "useInCriteriaButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(suggested.count(), 1);
        QCOMPARE(suggested.takeFirst().first().toString(), QStringLiteral("eq(root['it''s']['[k]'], 'v''s')"));

        // Keyboard: the context action's shortcut on the focused tree.
        tree->setCurrentIndex(model->indexForPath({{QStringLiteral("list"), -1}, {QString(), 1}}));
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(suggested.count(), 1);
        QCOMPARE(suggested.takeFirst().first().toString(), QStringLiteral("eq(root['list'][1], '')"));
        QVERIFY(tree->findChild<QAction *>(QStringLiteral("useInCriteriaAction")));
    }

    void traceSelection_revealsTheValueInTheTree()
    {
        ResultPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QByteArray body = "{\"a\": {\"b\": [";
        for (int i = 0; i < 600; ++i)
            body += QByteArray::number(i) + ',';
        body += "600]}, \"c\": 1}";
        panel.showResult(jsonResult(body, QStringLiteral("and(eq(root['c'], 2), eq(root['a']['b'][599], 599))")));
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
        panel.rejudge(QStringLiteral("or(eq(root['c'], 2), eq(root['a']['b'][599], 599))"), VariableSet());
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));

        auto *trace = child<QTreeView>(panel, "traceView");
        auto *traceModel = qobject_cast<TraceModel *>(trace->model());
        QModelIndex deep;
        for (int i = 0; i < traceModel->trace().nodes.size(); ++i) {
            if (traceModel->trace().nodes.at(i).path == QLatin1String("root['a']['b'][599]"))
                deep = traceModel->indexOfNode(i);
        }
        QVERIFY(deep.isValid());
        auto *tabs = child<QTabWidget>(panel, "tabs");
        tabs->setCurrentWidget(child<QWidget>(panel, "criteriaTab"));
        trace->setCurrentIndex(deep);
        auto *tree = child<QTreeView>(panel, "treeView");
        QCOMPARE(tree->currentIndex().data(JsonTreeModel::PathRole).toString(), QStringLiteral("root['a']['b'][599]"));
        QCOMPARE(tree->currentIndex().siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("599"));
        QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(panel, "criteriaTab"));
        // Activating it (Enter, a click) also switches to the tree.
        QTest::keyClick(trace, Qt::Key_Return);
        QCOMPARE(tabs->currentWidget(), child<QWidget>(panel, "bodyTab"));
        QCOMPARE(child<QTabWidget>(panel, "bodyViews")->currentWidget(), child<QWidget>(panel, "treePage"));
    }

    void tenMegabyteBody_fillsLazilyWhileTheEventLoopTurns()
    {
        const RunResult result = run(demoTask(QStringLiteral("large?mb=10")));
        QVERIFY(result.body.size() > 10 * 1024 * 1024);
        ResultPanel panel;
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);

        panel.showResult(result);
        QVERIFY(panel.isBusy());
        const int ticksAtStart = ticks;
        // A re-judge asked for while the body is still being parsed runs once it is; the newest one wins.
        panel.rejudge(QStringLiteral("eq(root['status'], 'failed')"), VariableSet());
        panel.rejudge(QStringLiteral("eq(root['status'], 'successful')"), VariableSet());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 120000);
        QVERIFY2(ticks - ticksAtStart >= 3, qPrintable(QString::number(ticks - ticksAtStart)));
        QVERIFY(panel.shownResult().criteria);
        QCOMPARE(panel.shownResult().criteria->criteria, QStringLiteral("eq(root['status'], 'successful')"));
        QCOMPARE(panel.shownResult().criteria->status, CriteriaOutcome::Status::BodyTooLarge);

        const QString pretty = child<QPlainTextEdit>(panel, "bodyView")->toPlainText();
        QVERIFY(pretty.startsWith(QStringLiteral("{\n    \"status\": \"successful\",\n    \"megabytes\": 10,")));
        QVERIFY(pretty.contains(QStringLiteral("The Pretty view stops after")));
        QVERIFY(pretty.size() >= ResultPanel::displayLimit / 2);
        const QString raw = child<QPlainTextEdit>(panel, "rawView")->toPlainText();
        QVERIFY(raw.startsWith(QStringLiteral("{\"status\":\"successful\",\"megabytes\":10,")));
        QVERIFY(raw.size() >= ResultPanel::displayLimit);
        QVERIFY(raw.contains(QStringLiteral("more bytes not shown")));
        QVERIFY(!child<QLabel>(panel, "bodyNoteLabel")->text().isEmpty());
        QVERIFY(panel.findChild<JsonHighlighter *>());
        QCOMPARE(panel.findChild<JsonHighlighter *>()->document(), nullptr); // off above highlightLimit

        // The tree holds the whole body, fetched in batches as it is scrolled.
        auto *model = qobject_cast<JsonTreeModel *>(child<QTreeView>(panel, "treeView")->model());
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(model->rowCount(root), 0); // not shown yet, so nothing fetched
        child<QTabWidget>(panel, "tabs")->setCurrentWidget(child<QWidget>(panel, "bodyTab"));
        child<QTabWidget>(panel, "bodyViews")->setCurrentWidget(child<QWidget>(panel, "treePage"));
        QTRY_COMPARE(model->rowCount(root), 4);
        const QModelIndex items = model->index(3, 0, root);
        QCOMPARE(items.data().toString(), QStringLiteral("items"));
        const qsizetype count = model->valueAt(items).size();
        QVERIFY(count > 10000);
        const QModelIndex last = model->indexForPath({{QStringLiteral("items"), -1}, {QString(), count - 1}});
        QVERIFY(last.isValid());
        QCOMPARE(model->rowCount(items), int(count));
        const QModelIndex lastIndex =
            model->indexForPath({{QStringLiteral("items"), -1}, {QString(), count - 1}, {QStringLiteral("index"), -1}});
        QCOMPARE(lastIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QString::number(count - 1));
    }

    void binaryBody_showsHexAndNoControlCharacters()
    {
        QByteArray body;
        for (int i = 0; i < 512; ++i)
            body += char(i % 256);
        RunResult result = jsonResult(body);
        ResultPanel panel;
        panel.showResult(result);
        const QString pretty = child<QPlainTextEdit>(panel, "bodyView")->toPlainText();
        const QString raw = child<QPlainTextEdit>(panel, "rawView")->toPlainText();
        QVERIFY2(pretty.startsWith(QStringLiteral("(binary data, 512 bytes")), qPrintable(pretty.left(80)));
        QVERIFY(pretty.contains(QStringLiteral("00000000  00 01 02 03")));
        QVERIFY(pretty.contains(QStringLiteral("|................|")));
        QVERIFY(!hasControlCharacters(pretty));
        QVERIFY(!hasControlCharacters(raw));
        // No tree for a body that is not JSON.
        QCOMPARE(child<QTreeView>(panel, "treeView")->model()->rowCount(), 0);
    }

    void history_reshowsARunAndRunAgainAsks()
    {
        RunHistory history;
        RunResult passed = jsonResult("{\"ok\": true}");
        passed.msTotal = 12;
        RunResult failed = jsonResult("{\"ok\": false}");
        failed.status = 500;
        CriteriaJudge::applyVerdict(&failed, nullptr);
        history.add(passed, passed.displaySafe());
        history.add(failed, failed.displaySafe());
        ResultPanel panel;
        panel.setHistory(&history);
        QCOMPARE(panel.history(), &history);
        panel.showResult(failed);
        QCOMPARE(panel.verdictText(), QStringLiteral("FAILED"));
        auto *list = child<QAbstractItemView>(panel, "historyView");
        list->setCurrentIndex(history.index(1));
        QCOMPARE(panel.verdictText(), QStringLiteral("PASSED"));
        QVERIFY(child<QPlainTextEdit>(panel, "bodyView")->toPlainText().contains(QStringLiteral("true")));

        QSignalSpy rerun(&panel, &ResultPanel::rerunRequested);
        QTest::mouseClick(child<QPushButton>(panel, "runAgainButton"), Qt::LeftButton);
        QCOMPARE(rerun.count(), 1);
        panel.setHistory(nullptr);
        QCOMPARE(panel.history(), nullptr);
    }

    void running_showsElapsedTimeAndBytes()
    {
        ResultPanel panel;
        panel.showRunning(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1/slow"));
        auto *status = child<QLabel>(panel, "statusLineLabel");
        QVERIFY(status->text().startsWith(QStringLiteral("GET http://127.0.0.1/slow")));
        QVERIFY(panel.verdictText().startsWith(QStringLiteral("Sending")));
        panel.showProgress(2048, 0);
        QVERIFY2(status->text().contains(QLocale().formattedDataSize(2048)), qPrintable(status->text()));
        // The clock ticks on while nothing arrives.
        const QString before = status->text();
        QTRY_VERIFY(status->text() != before);
    }

    void tls_tabOnlyForHttps()
    {
        ResultPanel panel;
        RunResult result = jsonResult("{}");
        result.tls.used = true;
        result.tls.protocol = QStringLiteral("TLSv1.3");
        result.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        panel.showResult(result);
        auto *tabs = child<QTabWidget>(panel, "tabs");
        const int tlsTab = tabs->indexOf(child<QWidget>(panel, "tlsTab"));
        QVERIFY(tabs->isTabVisible(tlsTab));
        QVERIFY(child<QPlainTextEdit>(panel, "tlsView")->toPlainText().contains(QStringLiteral("TLSv1.3")));
        panel.showResult(jsonResult("{}"));
        QVERIFY(!tabs->isTabVisible(tlsTab));
    }
};

QTEST_MAIN(TestResultPanel)
#include "tst_resultpanel.moc"
