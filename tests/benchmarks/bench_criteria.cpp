// bench_criteria: how fast RestGate judges success criteria against a large response, next to simdjson's DOM parse
// of the same bytes in the same process.
//
// Generates a deterministic ~90 MB body {"count":600000,"value":[...600000 small objects...]}, then measures
//   - simdjson DOM parse (a fresh parser each run, so it allocates like we do; and a reused parser),
//   - RestGate's parse into the value model (Json::Document),
//   - evaluation of eq(count(jsonpath('$.value[?(@.status == ''failed'')]')), 0) and eq(root['count'], 600000),
//   - peak memory (getrusage ru_maxrss, which includes the generated body).
// Goal: (our parse + both evaluations) <= 1.5 x simdjson's parse, and peak < 4 x the body size.

#include "core/expression/criteriaevaluator.h"
#include "core/json/jsondocument.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <simdjson.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace RestGate;

namespace {

constexpr int kObjects = 600000;
constexpr int kRuns = 3;

QByteArray generateBody()
{
    // ~157 bytes per object; statuses "ok" with one "failed" in 1000, fixed so runs are comparable.
    static const char *const kNames[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};
    QByteArray body;
    body.reserve(qsizetype(kObjects) * 176 + 64 + simdjson::SIMDJSON_PADDING);
    body += "{\"count\":" + QByteArray::number(kObjects) + ",\"value\":[";
    char buffer[512];
    for (int i = 0; i < kObjects; ++i) {
        const int length = std::snprintf(
            buffer, sizeof(buffer),
            "%s{\"id\":%d,\"name\":\"%s-%06d\",\"status\":\"%s\",\"price\":%d.%02d,\"quantity\":%d,"
            "\"active\":%s,\"created\":\"2024-%02d-%02dT%02d:%02d:00Z\",\"owner\":{\"team\":\"%s\",\"rank\":%d}}",
            i == 0 ? "" : ",", i, kNames[i % 8], i, i % 1000 == 999 ? "failed" : "ok", (i * 37) % 5000, i % 100,
            i % 250, i % 3 == 0 ? "true" : "false", 1 + i % 12, 1 + i % 28, i % 24, i % 60, kNames[(i / 8) % 8],
            i % 17);
        body.append(buffer, length);
    }
    body += "]}";
    return body;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

double bestOf(const std::function<void()> &work)
{
    double best = 1e30;
    for (int i = 0; i < kRuns; ++i)
        best = std::min(best, seconds(work));
    return best;
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main()
{
    const QByteArray body = generateBody();
    const double bodyMiB = double(body.size()) / (1024.0 * 1024.0);
    std::printf("body: %lld bytes (%.1f MiB), %d objects\n", static_cast<long long>(body.size()), bodyMiB, kObjects);
    const long rssAfterBody = peakRssKiB();

    // --- RestGate first, so the peak it reaches is not inflated by simdjson's tape.
    const QString failedCriteria = QStringLiteral("eq(count(jsonpath('$.value[?(@.status == ''failed'')]')), 0)");
    const QString countCriteria = QStringLiteral("eq(root['count'], 600000)");
    const CriteriaEvaluator evaluator;
    double parse = 1e30;
    double evalFailed = 1e30;
    double evalCount = 1e30;
    CriteriaOutcome failedOutcome;
    CriteriaOutcome countOutcome;
    qsizetype nodes = 0;
    qint64 treeBytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        Json::Document document;
        parse = std::min(parse, seconds([&] { document = Json::Document::parse(body); }));
        if (document.hasError()) {
            std::printf("parse error: %s\n", qPrintable(document.error().message));
            return 2;
        }
        evalFailed =
            std::min(evalFailed,
                     seconds([&] { failedOutcome = evaluator.evaluate(failedCriteria, VariableSet(), document, 0); }));
        evalCount = std::min(
            evalCount, seconds([&] { countOutcome = evaluator.evaluate(countCriteria, VariableSet(), document, 0); }));
        nodes = document.nodeCount();
        treeBytes = document.treeBytes();
    }
    const long rssRestGate = peakRssKiB();

    // --- simdjson DOM on the same bytes (the body was allocated with the padding simdjson reads past the end).
    size_t simdjsonCount = 0;
    const double simdFresh = bestOf([&] {
        simdjson::dom::parser parser;
        simdjson::dom::element doc;
        if (parser.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false).get(doc)) {
            std::printf("simdjson failed\n");
            std::exit(2);
        }
        simdjsonCount = size_t(int64_t(doc["count"]));
    });
    simdjson::dom::parser reused;
    const double simdReused = bestOf([&] {
        simdjson::dom::element doc;
        if (reused.parse(reinterpret_cast<const uint8_t *>(body.constData()), size_t(body.size()), false).get(doc))
            std::exit(2);
    });
    const long rssAll = peakRssKiB();

    const double ours = parse + evalFailed + evalCount;
    const double ratio = ours / simdFresh;
    const double ratioReused = ours / simdReused;
    const double peakRatio = double(rssRestGate) * 1024.0 / double(body.size());

    std::printf("\n%-58s %10s\n", "measurement (best of 3)", "seconds");
    std::printf("%-58s %10.3f\n", "simdjson DOM parse (fresh parser)", simdFresh);
    std::printf("%-58s %10.3f\n", "simdjson DOM parse (reused parser)", simdReused);
    std::printf("%-58s %10.3f\n", "RestGate parse into Json::Document", parse);
    std::printf("%-58s %10.3f\n", "eval eq(count(jsonpath('$.value[?(@.status == ...)]')), 0)", evalFailed);
    std::printf("%-58s %10.3f\n", "eval eq(root['count'], 600000)", evalCount);
    std::printf("%-58s %10.3f\n", "RestGate parse + both evaluations", ours);
    std::printf("\nresults: failed-filter criteria %s (count of failed = %d), count criteria %s, simdjson count %zu\n",
                qPrintable(CriteriaOutcome::statusText(failedOutcome.status)), kObjects / 1000,
                qPrintable(CriteriaOutcome::statusText(countOutcome.status)), simdjsonCount);
    std::printf("tree: %lld values and keys, %.1f MiB of nodes\n", static_cast<long long>(nodes),
                double(treeBytes) / (1024.0 * 1024.0));
    std::printf("\npeak RSS after generating the body:        %8.1f MiB\n", double(rssAfterBody) / 1024.0);
    std::printf("peak RSS after RestGate parse + evaluation:  %8.1f MiB (%.2f x the body; includes the body)\n",
                double(rssRestGate) / 1024.0, peakRatio);
    std::printf("peak RSS after simdjson too:                 %8.1f MiB\n", double(rssAll) / 1024.0);
    std::printf("\nratio (RestGate parse+eval) / (simdjson fresh parse):  %.2f  (goal <= 1.50)\n", ratio);
    std::printf("ratio (RestGate parse+eval) / (simdjson reused parse): %.2f\n", ratioReused);
    std::printf("peak memory / body size:                               %.2f  (goal < 4.00)\n", peakRatio);
    const bool met = ratio <= 1.5 && peakRatio < 4.0;
    const bool correct = failedOutcome.status == CriteriaOutcome::Status::False
        && countOutcome.status == CriteriaOutcome::Status::True && simdjsonCount == size_t(kObjects);
    std::printf("\n%s%s\n", met ? "GOAL MET" : "GOAL MISSED", correct ? "" : " (RESULTS WRONG)");
    return met && correct ? 0 : 1;
}
