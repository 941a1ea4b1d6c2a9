#include "app/callback/callbacktimeline.h"
#include "app/callback/callbacktimelinemodel.h"
#include "callback/callbackwait.h"
#include "callback/planlistener.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace RestGate;

namespace {

QByteArray basicAuth(const QString &token)
{
    return "Basic " + (":" + token).toUtf8().toBase64();
}

QUrl planUrl(const PlanContext &plan, const QString &tail)
{
    return QUrl(plan.collectionUrl.toString() + plan.projectId + "/_apis/distributedtask/hubs/" + plan.hubName
                + "/plans/" + plan.planId + tail);
}

QUrl eventsUrl(const PlanContext &plan)
{
    return planUrl(plan, "/events?api-version=2.0-preview.1");
}

/// Written by hand rather than through QJsonDocument, which would sort the members: the view keeps their order.
QByteArray eventBody(const QString &name, const QString &taskId, const QString &jobId, const QString &result = {})
{
    QString body = "{\"name\":\"" + name + "\",\"taskId\":\"" + taskId + "\",\"jobId\":\"" + jobId + "\"";
    if (!result.isEmpty())
        body += ",\"result\":\"" + result + "\"";
    return (body + "}").toUtf8();
}

} // namespace

class TestCallbackTimeline : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    /// Posts to the listener like a service would; answers with the status.
    int post(const QUrl &url, const QByteArray &body, const QByteArray &authorization)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.post(request, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromARealListener_listsEveryRequestInOrderWithItsCheck()
    {
        PlanListener listener;
        QVERIFY2(listener.listen(), qPrintable(listener.errorString()));
        const PlanContext plan = listener.startPlan("release");

        CallbackTimelineView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setListenerInfo(plan.collectionUrl, plan.planId, plan.hubName);
        QVERIFY(view.listenerText().contains(plan.collectionUrl.toString()));
        QVERIFY(view.listenerText().contains("release"));
        QVERIFY(view.listenerText().contains(plan.planId));
        connect(&listener, &PlanListener::eventReceived, &view, &CallbackTimelineView::addEntry);

        const QByteArray auth = basicAuth(plan.accessToken);
        QCOMPARE(post(eventsUrl(plan), eventBody("TaskStarted", plan.taskInstanceId, plan.jobId), auth), 200);
        const QByteArray feed =
            QJsonDocument(QJsonObject {{"value", QJsonArray {"one", "token " + plan.accessToken}}, {"count", 2}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(post(planUrl(plan, "/timelines/" + plan.timelineId + "/records/" + plan.jobId + "/feed"), feed, auth),
                 200);
        const QString stranger = "11111111-2222-3333-4444-555555555555";
        QCOMPARE(post(eventsUrl(plan), eventBody("TaskCompleted", stranger, plan.jobId, "succeeded"), auth), 404);
        QCOMPARE(post(eventsUrl(plan), eventBody("TaskCompleted", plan.taskInstanceId, plan.jobId, "succeeded"), {}),
                 401);
        QCOMPARE(post(eventsUrl(plan), eventBody("TaskCompleted", plan.taskInstanceId, plan.jobId, "succeeded"), auth),
                 200);

        const CallbackTimelineModel *model = view.model();
        QCOMPARE(model->rowCount(), 5);
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(cell(row, CallbackTimelineModel::SequenceColumn).toInt(), row + 1);
        QCOMPARE(cell(0, CallbackTimelineModel::KindColumn).toString(), QString("event"));
        QCOMPARE(cell(1, CallbackTimelineModel::KindColumn).toString(), QString("feed"));
        QCOMPARE(cell(1, CallbackTimelineModel::SummaryColumn).toString(), QString("2 console lines"));
        QCOMPARE(cell(2, CallbackTimelineModel::StatusColumn).toInt(), 404);
        QCOMPARE(cell(3, CallbackTimelineModel::StatusColumn).toInt(), 401);
        QCOMPARE(cell(0, CallbackTimelineModel::MethodColumn).toString(), QString("POST"));

        // The check that matters most, in plain words and coloured by severity.
        QCOMPARE(cell(0, CallbackTimelineModel::CheckColumn, CallbackTimelineModel::SeverityRole).toInt(),
                 int(CallbackCheck::Severity::Ok));
        QCOMPARE(cell(0, CallbackTimelineModel::CheckColumn, Qt::ForegroundRole).value<QColor>(),
                 CallbackTimelineModel::severityColor(CallbackCheck::Severity::Ok));
        const QString wrongTask = cell(2, CallbackTimelineModel::CheckColumn).toString();
        QVERIFY2(wrongTask.contains("is not this task's TaskInstanceId"), qPrintable(wrongTask));
        QCOMPARE(cell(2, CallbackTimelineModel::CheckColumn, CallbackTimelineModel::SeverityRole).toInt(),
                 int(CallbackCheck::Severity::Problem));
        QCOMPARE(cell(2, CallbackTimelineModel::CheckColumn, Qt::ForegroundRole).value<QColor>(),
                 CallbackTimelineModel::severityColor(CallbackCheck::Severity::Problem));
        QVERIFY(cell(2, CallbackTimelineModel::CheckColumn, Qt::ToolTipRole).toString().contains("PROBLEM: taskId"));
        const QString noAuth = cell(3, CallbackTimelineModel::CheckColumn).toString();
        QVERIFY2(noAuth.contains("Authorization"), qPrintable(noAuth));

        // Details: the credential is hidden, the scheme stays, the body is indented in the order it was sent.
        view.selectRow(0);
        const QString details = view.detailsText();
        QVERIFY2(details.contains("Authorization: Basic ••••"), qPrintable(details));
        QVERIFY(!details.contains(plan.accessToken));
        QVERIFY(!details.contains(QString::fromLatin1(auth.mid(6))));
        QVERIFY2(details.contains("{\n  \"name\": \"TaskStarted\",\n  \"taskId\": \"" + plan.taskInstanceId + "\""),
                 qPrintable(details));
        QVERIFY(details.contains("ok: Basic authentication"));
        // A service that echoes the AuthToken into a log line does not get it shown either.
        view.selectRow(1);
        QVERIFY(!view.detailsText().contains(plan.accessToken));
        QVERIFY2(view.detailsText().contains("\"token ••••\""), qPrintable(view.detailsText()));
        view.selectRow(3);
        const QString headers = view.detailsText().section("\nHeaders:\n", 1).section("\n\nBody:", 0, 0);
        QVERIFY2(headers.contains("Content-Type: application/json"), qPrintable(headers));
        QVERIFY2(!headers.contains("Authorization"), qPrintable(headers));
        QVERIFY(view.detailsText().contains("401"));

        // The verdict on top with its reasons; its timeline replaces the live rows and the selection stays.
        CallbackWait wait(&listener);
        QSignalSpy finished(&wait, &CallbackWait::finished);
        wait.start(5000);
        QVERIFY(finished.wait(5000));
        const CallbackVerdict verdict = *wait.verdict();
        view.setVerdict(verdict);
        QCOMPARE(model->rowCount(), verdict.timeline.size());
        QVERIFY(view.verdictText().startsWith(verdict.label()));
        QVERIFY(view.verdictText().contains(verdict.headline));
        QVERIFY2(view.reasonsText().contains("is not this task's TaskInstanceId"), qPrintable(view.reasonsText()));
        QCOMPARE(view.table()->currentIndex().row(), 3);
        QVERIFY(view.detailsText().startsWith("#4 "));

        view.clear();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(view.reasonsText().isEmpty());
    }

    void bodyThatIsNotJson_isShownAsSent()
    {
        CallbackEntry entry;
        entry.sequence = 7;
        entry.method = "POST";
        entry.target = "/p/_apis/x";
        entry.body = "not { json";
        entry.bodySize = entry.body.size();
        const QString details = CallbackTimelineView::details(entry);
        QVERIFY(details.startsWith("#7  POST /p/_apis/x"));
        QVERIFY(details.endsWith("Body:\nnot { json"));
        QVERIFY(details.contains("(none recorded)"));
    }

    void sameSequenceAgain_replacesTheRow()
    {
        CallbackTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CallbackEntry first;
        first.sequence = 1;
        first.summary = "before";
        model.addEntry(first);
        first.summary = "after";
        first.checks = {{CallbackCheck::Severity::Warning, "doubled slash"}, {CallbackCheck::Severity::Ok, "auth"}};
        model.addEntry(first);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, CallbackTimelineModel::SummaryColumn)).toString(), QString("after"));
        QCOMPARE(model.data(model.index(0, CallbackTimelineModel::CheckColumn)).toString(), QString("doubled slash"));
        CallbackEntry second;
        second.sequence = 2;
        model.addEntry(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, CallbackTimelineModel::CheckColumn)).toString(), QString());
    }
};

QTEST_MAIN(TestCallbackTimeline)
#include "tst_callbacktimeline.moc"
