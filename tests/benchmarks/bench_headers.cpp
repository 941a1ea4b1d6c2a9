// bench_headers: the cost of a headers input with many entries, per entry, as the entry count doubles. Linear code
// keeps the cost per entry flat; a quadratic spot doubles it with every step. Three inputs: distinct names, one
// name repeated (every entry a duplicate), and distinct names whose values each use an undefined $(macro).
// Exit status 0 when the cost per entry at the largest size is at most 3x that at the smallest, 1 otherwise.

#include "core/request/headerparser.h"
#include "core/request/preparedrequest.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>

using namespace RestGate;

namespace {

// CPU time of this thread: on a machine shared with other work, wall time would measure the neighbours.
double threadSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

QString headersJson(int count, const char *kind)
{
    QString text = QStringLiteral("{");
    text.reserve(count * 40);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        if (qstrcmp(kind, "duplicate") == 0)
            text += QStringLiteral("\"X-Same\":\"v%1\"").arg(i);
        else if (qstrcmp(kind, "macros") == 0)
            text += QStringLiteral("\"X-H%1\":\"$(undefined%1)\"").arg(i);
        else
            text += QStringLiteral("\"X-H%1\":\"v%1\"").arg(i);
    }
    return text + QLatin1Char('}');
}

double secondsToBuild(const QString &headers)
{
    TaskConfig task;
    task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
    task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
    task.setInput(QStringLiteral("headers"), headers);
    const ServiceConnection connection = ServiceConnection::create(
        QStringLiteral("api"), ServiceConnection::Type::Generic, QStringLiteral("http://127.0.0.1/"), {});
    PreparedRequest request;
    QList<Finding> findings;
    const double start = threadSeconds();
    RequestBuilder::build(task, &connection, {}, VariableSet::systemDefaults(), &request, &findings);
    return threadSeconds() - start;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<int> sizes {12'500, 25'000, 50'000, 100'000};
    bool linear = true;
    for (const char *kind : {"distinct", "duplicate", "macros"}) {
        std::printf("%-9s %8s %12s %16s\n", kind, "entries", "CPU (s)", "µs per entry");
        double first = 0;
        double last = 0;
        for (const int size : sizes) {
            const QString json = headersJson(size, kind);
            double best = 1e9;
            // Best of three, unless one run is already long enough to be measured on its own.
            for (int run = 0; run < 3 && best > 0.5; ++run)
                best = std::min(best, secondsToBuild(json));
            const double perEntry = best / size * 1e6;
            std::printf("%-9s %8d %12.3f %16.2f\n", "", size, best, perEntry);
            std::fflush(stdout);
            if (size == sizes.first())
                first = perEntry;
            last = perEntry;
        }
        if (last > 3 * first)
            linear = false;
    }
    std::printf("%s\n", linear ? "linear: OK" : "NOT linear: the cost per entry grows with the entry count");
    return linear ? 0 : 1;
}
