#pragma once

#include "callback/callbackverdict.h"
#include "core/result/runresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QTextStream;

namespace RestGate::Cli {

/// One task of one design as `run` reports it.
struct TaskOutcome
{
    qsizetype design = 0; ///< index into the designs given, in order
    QString designName; ///< the path as given, or "-" for standard input
    qsizetype index = 0; ///< 0-based within its design
    qsizetype taskCount = 0; ///< tasks in its design, for "[index/count]"
    QString name; ///< the display name
    bool skipped = false; ///< disabled (enabled: false)
    bool interrupted = false; ///< cancelled by Ctrl+C before it finished
    bool connectionProblem = false; ///< its connection's secret or token could not be had
    RunResult result; ///< as received, secrets in clear: for the exit code only, never printed
    /// What every output prints: the dry run's display-safe copy (DryRunOutcome::shown), secrets masked once.
    RunResult shown;
    std::optional<CallbackVerdict> callback; ///< Callback-mode tasks: how the round trip ended
    std::optional<CallbackVerdict> shownCallback; ///< `callback` as printed (DryRunOutcome::shownCallback)
};

/// What `run` exits with for a task that ran:
///     0  passed
///     1  the service answered and a rule said no: the status rule, the criteria, the 20-second limit
///        (TimedOut), a response header block larger than Azure's HttpClient takes
///     2  the task never got an answer to judge: connection refused, DNS, TLS, a broken connection, the dry run's
///        own body cap, an invalid task, a connection without its secret
///     130 interrupted
/// Every RunResult::ErrorKind is named in one switch, so a new kind does not compile until it has a code.
int exitCodeFor(const TaskOutcome &outcome);
/// The run's exit code from its tasks': 130 when interrupted, else the highest.
int combineExitCodes(int a, int b);

struct TextOptions
{
    bool trace = false; ///< --trace: how each criteria was evaluated
    bool verbose = false; ///< --verbose: request and response headers and body
};

/// The response body as it may be printed: at most `maxBytes` and `maxLines`, then "… N more bytes". Binary
/// bodies (a NUL byte) are described, not printed.
QString boundedBody(const QByteArray &body, qsizetype maxBytes, int maxLines);

void printText(QTextStream &out, const TaskOutcome &outcome, const TextOptions &options);
/// One `--format json` line: `"format": 2`, `"type": "task"`.
QJsonObject toJson(const TaskOutcome &outcome, bool verbose);

struct RunSummary
{
    int designs = 0;
    int passed = 0;
    int failed = 0; ///< failed, timed out or in error
    int skipped = 0;
    int notRun = 0; ///< left out by --bail or Ctrl+C
    bool bailed = false;
    bool interrupted = false;
    qint64 durationMs = 0;
    int exitCode = 0;
};

RunSummary summarize(const QList<TaskOutcome> &outcomes);
/// "3 passed, 1 failed, 1 skipped" and what stopped the run early.
QString summaryLine(const RunSummary &summary);
/// The last `--format json` line: `"type": "summary"`.
QJsonObject toJson(const RunSummary &summary);

/// The JUnit report: one <testsuite> per design (timestamp, hostname), a <testcase> per task named after its display
/// name (" (2)" appended to a repeated name), the failing reasons as the failure's message and the task log once,
/// as the failure's text (system-out for tasks that passed). Written all or nothing.
struct JUnitDesign
{
    QString name;
    QDateTime startedAt;
};
bool writeJUnit(const QString &path, const QList<JUnitDesign> &designs, const QList<TaskOutcome> &outcomes,
                QString *error);

} // namespace RestGate::Cli
