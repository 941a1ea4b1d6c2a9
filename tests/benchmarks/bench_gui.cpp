// How the designer window copes with big responses: the time until a body is fully shown (pretty, raw, tree), the
// longest the event loop stood still meanwhile (what a user feels as a freeze), the latency of a live re-judge, and
// the cost of regenerating the YAML pane on an edit. A plain executable, run by run-gui-benchmark.sh.
#include "app/design/yamlpane.h"
#include "app/result/resultpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace RestGate;

namespace {

QByteArray deploymentsBody(qsizetype targetBytes)
{
    QByteArray body = "{\"count\": 0, \"value\": [";
    int i = 0;
    while (body.size() < targetBytes) {
        if (i)
            body += ',';
        body += "{\"id\": " + QByteArray::number(i) + ", \"name\": \"web-" + QByteArray::number(i)
            + "\", \"status\": \"" + (i % 7 ? "successful" : "failed")
            + "\", \"progress\": 100, \"checks\": [{\"name\": \"smoke\", \"passed\": true}], \"url\": "
              "\"https://deploy.example.com/api/deployments/"
            + QByteArray::number(i) + "\"}";
        ++i;
    }
    body += "]}";
    return body;
}

RunResult resultWithBody(const QByteArray &body)
{
    RunResult result;
    result.verdict = RunResult::Verdict::Passed;
    result.status = 200;
    result.reasonPhrase = QStringLiteral("OK");
    result.body = body;
    result.bodyBytes = body.size();
    result.request.method = QStringLiteral("GET");
    result.request.url = QStringLiteral("http://127.0.0.1:8765/deployments");
    result.msToHeaders = 5;
    result.msTotal = 40;
    result.reasons = {QStringLiteral("Status 200 OK meets the rule: Azure DevOps passes on 200 OK.")};
    return result;
}

struct Measurement
{
    qint64 totalMs = 0;
    qint64 longestStallMs = 0;
};

// Runs the event loop until the panel is idle, watching how long any single turn of the loop took.
Measurement untilIdle(const ResultPanel &panel, const std::function<void()> &start)
{
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    Measurement m;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { m.longestStallMs = std::max(m.longestStallMs, sinceTick.restart()); });
    clock.start();
    sinceTick.start();
    ticker.start();
    start();
    // The start call itself runs on the GUI thread: it counts as a stall too.
    m.longestStallMs = std::max(m.longestStallMs, sinceTick.restart());
    while (panel.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // Let queued view updates land.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    m.totalMs = clock.elapsed();
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "body      shown (ms)  longest stall (ms)  re-judge (ms)  re-judge stall (ms)\n";
    for (const qsizetype megabytes : {1, 2, 10, 50}) {
        ResultPanel panel;
        panel.resize(700, 800);
        panel.show();
        const RunResult result = resultWithBody(deploymentsBody(megabytes * 1024 * 1024));
        const Measurement shown = untilIdle(panel, [&] { panel.showResult(result); });
        const Measurement rejudged = untilIdle(panel, [&] {
            panel.rejudge(QStringLiteral("eq(count(root['value']), 0)"), VariableSet::systemDefaults());
        });
        out << QStringLiteral("%1 MB").arg(megabytes, 3) << QStringLiteral("%1").arg(shown.totalMs, 14)
            << QStringLiteral("%1").arg(shown.longestStallMs, 20) << QStringLiteral("%1").arg(rejudged.totalMs, 15)
            << QStringLiteral("%1").arg(rejudged.longestStallMs, 21) << '\n';
        out.flush();
    }

    TaskConfig task;
    task.displayName = QStringLiteral("Wait for deployment");
    task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("deployments"));
    task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("deployments/$(deploymentId)"));
    task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['status'], 'successful')"));
    YamlPane pane;
    constexpr int rounds = 2000;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("deployments/%1").arg(i));
        pane.setTask(task);
    }
    out << QStringLiteral("YAML pane regeneration (export + schema check + highlight): %1 µs per edit\n")
               .arg(double(clock.nsecsElapsed()) / rounds / 1000.0, 0, 'f', 1);
    return 0;
}
