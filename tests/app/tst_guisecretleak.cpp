// Secrets typed into the designer must not reach any file the GUI writes (the design, its autosave, QSettings), the
// YAML pane, the clipboard (YAML and curl), or what the result panel shows after a real run.
#include "app/design/taskform.h"
#include "app/design/variablespanel.h"
#include "app/design/yamlpane.h"
#include "app/mainwindow.h"
#include "app/result/resultpanel.h"
#include "app/result/runallqueue.h"

#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace RestGate;

namespace {

const QString secretValue = QStringLiteral("s3cr3t-Variable-Value-7d1f");
// Used only in the success criteria: the request never carries it.
const QString criteriaSecret = QStringLiteral("Cr1teria-Only-Value-92ab");

QList<QByteArray> forbiddenForms()
{
    QList<QByteArray> forms;
    for (const QString &secret : {secretValue, criteriaSecret}) {
        const QByteArray raw = secret.toUtf8();
        forms += {raw, raw.toBase64(), QByteArray("Bearer ") + raw, raw.toPercentEncoding()};
    }
    // The Basic credential of the one-letter password "p" of user "u".
    forms.append(QByteArray("u:p").toBase64());
    return forms;
}

QString leakIn(const QByteArray &bytes)
{
    for (const QByteArray &form : forbiddenForms()) {
        if (bytes.contains(form))
            return QString::fromUtf8(form);
    }
    return {};
}

// Every file under `directory`, read whole.
QStringList filesContainingTheSecret(const QString &directory)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && !leakIn(file.readAll()).isEmpty())
            found.append(path);
    }
    return found;
}

/// Every display and tooltip text of `model`, children fetched and walked.
QStringList modelTexts(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
        texts += modelTexts(model, model->index(row, 0, parent));
    }
    return texts;
}

} // namespace

class TestGuiSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shortPasswordEchoAndCriteriaSecret_maskedWhereTheyStandOnly()
    {
        QByteArray seenAuthorization;
        QHttpServer server;
        // Echoes the request's headers and URL back, as httpbin's /anything does.
        server.route(QStringLiteral("/anything"), [&seenAuthorization](const QHttpServerRequest &request) {
            seenAuthorization = request.value("Authorization");
            QJsonObject headers;
            for (const auto &[name, value] : request.headers())
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
            return QHttpServerResponse(
                QJsonObject {{QStringLiteral("headers"), headers}, {QStringLiteral("url"), request.url().toString()}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        qputenv("RESTGATE_SECRET_SHORT", "p");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("echo.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("restgate: 1\n"
                           "connections:\n"
                           "  - name: short\n"
                           "    type: generic\n"
                           "    url: http://127.0.0.1:%1/\n"
                           "    username: u\n"
                           "variables:\n"
                           "  token: { secret: true }\n"
                           "  onlyCriteria: { secret: true }\n"
                           "tasks:\n"
                           "  - task: InvokeRESTAPI@1\n"
                           "    inputs:\n"
                           "      serviceConnection: short\n"
                           "      method: POST\n"
                           "      headers: '{\"Content-Type\":\"application/json\",\"X-Api-Key\":\"$(token)\"}'\n"
                           "      body: '{\"kind\":\"application/json\"}'\n"
                           "      urlSuffix: anything?q=http&k=$(token)\n"
                           "      successCriteria: eq(root['headers']['X-Api-Key'], '$(onlyCriteria)')\n")
                .arg(port)
                .toUtf8());
        file.close();

        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.variablesPanel()->setSecretValue(QStringLiteral("token"), secretValue));
        QVERIFY(window.variablesPanel()->setSecretValue(QStringLiteral("onlyCriteria"), criteriaSecret));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.send();
        QVERIFY(finished.wait(15000));
        qunsetenv("RESTGATE_SECRET_SHORT");
        QCOMPARE(seenAuthorization, QByteArray("Basic ") + QByteArray("u:p").toBase64());
        // The criteria compared the echoed token with the other secret: false, and the verdict says so.
        QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
        ResultPanel *panel = window.resultPanel();
        QVERIFY(panel->shownResult().body.contains(secretValue.toUtf8())); // the server did echo it
        QTRY_VERIFY(!panel->isBusy());

        QStringList shown;
        for (QPlainTextEdit *view : window.findChildren<QPlainTextEdit *>())
            shown << view->objectName() + QStringLiteral(": ") + view->toPlainText();
        for (QLabel *label : window.findChildren<QLabel *>())
            shown << label->objectName() + QStringLiteral(": ") + label->text();
        for (const char *name : {"treeView", "traceView", "historyView"}) {
            auto *view = panel->findChild<QAbstractItemView *>(QLatin1String(name));
            QVERIFY2(view && view->model(), name);
            shown += modelTexts(view->model());
        }
        auto *headers = panel->findChild<QTableWidget *>(QStringLiteral("headersTable"));
        QVERIFY(headers && headers->rowCount() > 0);
        shown += modelTexts(headers->model());
        for (const QString &text : std::as_const(shown))
            QVERIFY2(leakIn(text.toUtf8()).isEmpty(), qPrintable(text));

        // Masked whole where they were put, and nothing else touched.
        const QString request = panel->findChild<QPlainTextEdit *>(QStringLiteral("requestView"))->toPlainText();
        QVERIFY2(request.startsWith(QStringLiteral("POST http://127.0.0.1:%1/anything?q=http&k=••••\n").arg(port)),
                 qPrintable(request));
        QVERIFY2(request.contains(QStringLiteral("Content-Type: application/json\n")), qPrintable(request));
        QVERIFY2(request.contains(QStringLiteral("X-Api-Key: ••••\n")), qPrintable(request));
        QVERIFY2(request.contains(QStringLiteral("Authorization: Basic ••••\n")), qPrintable(request));
        QVERIFY2(request.endsWith(QStringLiteral("{\"kind\":\"application/json\"}")), qPrintable(request));
        const QString raw = panel->findChild<QPlainTextEdit *>(QStringLiteral("rawView"))->toPlainText();
        QVERIFY2(raw.contains(QStringLiteral("\"X-Api-Key\":\"••••\"")), qPrintable(raw));
        QVERIFY2(raw.contains(QStringLiteral("\"Content-Type\":\"application/json\"")), qPrintable(raw));
        const QString pretty = panel->findChild<QPlainTextEdit *>(QStringLiteral("bodyView"))->toPlainText();
        QVERIFY2(pretty.contains(QStringLiteral("\"X-Api-Key\": \"••••\"")), qPrintable(pretty));
        const QString criteria = panel->findChild<QLabel *>(QStringLiteral("criteriaSummaryLabel"))->text();
        QVERIFY2(criteria.contains(QStringLiteral("••••")), qPrintable(criteria));

        // Run all lists the same run: its rows and their tooltips (the reasons) show the display-safe copy too.
        QSignalSpy allDone(window.runAllQueue(), &RunAllQueue::finished);
        window.runAll();
        QVERIFY(allDone.wait(15000));
        QCOMPARE(window.runAllQueue()->state(0), RunAllQueue::State::Done);
        QVERIFY2(window.runAllQueue()->result(0).reasons.join(u'\n').contains(criteriaSecret),
                 "the reasons quote the criteria's secret: there is something to mask");
        const QStringList listed = modelTexts(window.runAllQueue());
        QVERIFY(listed.join(u'\n').contains(QStringLiteral("••••")));
        for (const QString &text : listed)
            QVERIFY2(leakIn(text.toUtf8()).isEmpty(), qPrintable(text));
        QTRY_VERIFY(!panel->isBusy());

        // A live re-judge still judges the response as received: the token the server echoed equals itself.
        window.taskForm()->insertCriteria(QStringLiteral("eq(root['headers']['X-Api-Key'], '$(token)')"));
        QTRY_COMPARE(panel->verdictText(), QStringLiteral("PASSED"));
        for (QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(leakIn(label->text().toUtf8()).isEmpty(), qPrintable(label->text()));
        for (const QString &text : modelTexts(panel->findChild<QTreeView *>(QStringLiteral("traceView"))->model()))
            QVERIFY2(leakIn(text.toUtf8()).isEmpty(), qPrintable(text));
    }

    void secretVariable_staysOutOfFilesPanesAndClipboard()
    {
        QByteArray seenAuthorization;
        QHttpServer server;
        server.route(QStringLiteral("/echo"), [&seenAuthorization](const QHttpServerRequest &request) {
            seenAuthorization = request.value("Authorization");
            return QHttpServerResponse(QJsonObject {{QStringLiteral("ok"), true}});
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leak.restgate.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("restgate: 1\n"
                                  "connections:\n"
                                  "  - name: api\n"
                                  "    type: generic\n"
                                  "    url: http://127.0.0.1:%1/\n"
                                  "variables:\n"
                                  "  token: { secret: true }\n"
                                  "tasks:\n"
                                  "  - task: InvokeRESTAPI@1\n"
                                  "    inputs:\n"
                                  "      serviceConnection: api\n"
                                  "      method: GET\n"
                                  "      headers: '{\"Authorization\": \"Bearer $(token)\"}'\n"
                                  "      urlSuffix: echo\n"
                                  "      successCriteria: and(eq(root['ok'], true), ne('$(token)', ''))\n")
                       .arg(port)
                       .toUtf8());
        file.close();

        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            QVERIFY(window.variablesPanel()->setSecretValue(QStringLiteral("token"), secretValue));

            // A real run sends the secret (so the test is not vacuous) and shows none of it.
            QSignalSpy finished(&window, &MainWindow::runFinished);
            window.send();
            QVERIFY(finished.wait(15000));
            QCOMPARE(seenAuthorization, QByteArray("Bearer ") + secretValue.toUtf8());
            QCOMPARE(window.resultPanel()->verdictText(), QStringLiteral("PASSED"));
            for (QPlainTextEdit *view : window.resultPanel()->findChildren<QPlainTextEdit *>())
                QVERIFY2(leakIn(view->toPlainText().toUtf8()).isEmpty(), qPrintable(view->objectName()));
            for (QLabel *label : window.resultPanel()->findChildren<QLabel *>())
                QVERIFY2(leakIn(label->text().toUtf8()).isEmpty(), qPrintable(label->objectName()));
            // The criteria reads the secret, so the trace would show it unless redacted.
            auto *trace = window.resultPanel()->findChild<QTreeView *>(QStringLiteral("traceView"));
            QVERIFY(trace && trace->model() && trace->model()->rowCount() > 0);
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < trace->model()->rowCount(parent); ++row) {
                    for (int column = 0; column < trace->model()->columnCount(parent); ++column) {
                        const QModelIndex index = trace->model()->index(row, column, parent);
                        QVERIFY2(leakIn(index.data().toString().toUtf8()).isEmpty(),
                                 qPrintable(index.data().toString()));
                        QVERIFY2(leakIn(index.data(Qt::ToolTipRole).toString().toUtf8()).isEmpty(),
                                 qPrintable(index.data(Qt::ToolTipRole).toString()));
                    }
                    walk(trace->model()->index(row, 0, parent));
                }
            };
            bool masked = false;
            std::function<void(const QModelIndex &)> findMask = [&](const QModelIndex &parent) {
                for (int row = 0; row < trace->model()->rowCount(parent); ++row) {
                    masked = masked || trace->model()->index(row, 0, parent).data().toString().contains(u'•');
                    findMask(trace->model()->index(row, 0, parent));
                }
            };
            walk(QModelIndex());
            findMask(QModelIndex());
            QVERIFY(masked); // the secret was there, and is shown as ••••

            // A live re-judge with a criteria that reads the secret: the new reasons and trace are masked too.
            window.taskForm()->insertCriteria(QStringLiteral("eq('$(token)', 'something else')"));
            QTRY_COMPARE(window.resultPanel()->verdictText(), QStringLiteral("FAILED"));
            for (QLabel *label : window.resultPanel()->findChildren<QLabel *>())
                QVERIFY2(leakIn(label->text().toUtf8()).isEmpty(), qPrintable(label->objectName()));
            walk(QModelIndex());

            // An edit, so the autosave and the save have something to write.
            window.renameTask(0, QStringLiteral("Uses a secret"));
            QVERIFY(window.autosaveNow());
            QVERIFY(leakIn(window.yamlPane()->yaml().toUtf8()).isEmpty());
            window.copyTaskAsYaml(true);
            QVERIFY(leakIn(QGuiApplication::clipboard()->text().toUtf8()).isEmpty());
            window.copyTaskAsCurl();
            const QString curl = QGuiApplication::clipboard()->text();
            QVERIFY2(curl.contains(QStringLiteral("curl")), qPrintable(curl));
            QVERIFY2(leakIn(curl.toUtf8()).isEmpty(), qPrintable(curl));

            QStringList leaks = filesContainingTheSecret(RecoveryStore::defaultDirectory());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
            QVERIFY(window.saveTo(path));
            QVERIFY(window.close());
        }
        QSettings().sync();
        const QStringList places {dir.path(), QFileInfo(QSettings().fileName()).absolutePath(),
                                  QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)};
        for (const QString &place : places) {
            const QStringList leaks = filesContainingTheSecret(place);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        }
    }
};

QTEST_MAIN(TestGuiSecretLeak)
#include "tst_guisecretleak.moc"
