#include "cli/runreport.h"

#include "cli/terminal.h"
#include "core/design/atomicwrite.h"
#include "core/design/displaytext.h"
#include "core/result/criteriajudge.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSysInfo>
#include <QTextStream>
#include <QXmlStreamWriter>

namespace RestGate::Cli {

namespace {

/// What a failure shows of the body without --verbose: enough to see the service's error message.
constexpr qsizetype failureBodyBytes = 2 * 1024;
constexpr int failureBodyLines = 10;
/// What --verbose shows: a whole typical JSON answer, not a download.
constexpr qsizetype verboseBodyBytes = 64 * 1024;
constexpr int verboseBodyLines = 100000;

QString humanBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(shownLocale().toString(bytes / 1024.0, 'f', 1));
    return QStringLiteral("%1 MB").arg(shownLocale().toString(bytes / (1024.0 * 1024.0), 'f', 1));
}

void printIndented(QTextStream &out, const QString &text, const char *indent)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << indent << line << '\n';
}

QJsonArray headersToJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {name, value});
    return array;
}

} // namespace

int exitCodeFor(const TaskOutcome &outcome)
{
    constexpr int passed = 0;
    constexpr int ruleSaidNo = 1;
    constexpr int noAnswer = 2;
    constexpr int interrupted = 130;
    if (outcome.skipped)
        return passed;
    if (outcome.interrupted)
        return interrupted;
    if (outcome.connectionProblem)
        return noAnswer;
    const RunResult &r = outcome.result;
    if (r.passed())
        return passed;
    switch (r.errorKind) {
    case RunResult::ErrorKind::None:
        // No transport error: a rule said no, unless the task could not even be sent (findings).
        return r.verdict == RunResult::Verdict::Error ? noAnswer : ruleSaidNo;
    case RunResult::ErrorKind::Timeout: // the server's limit for the whole call is one of its rules
    case RunResult::ErrorKind::HeadersTooLarge: // so is HttpClient's header limit: Azure fails the same way
        return ruleSaidNo;
    case RunResult::ErrorKind::InvalidTask:
    case RunResult::ErrorKind::ConnectionRefused:
    case RunResult::ErrorKind::HostNotFound:
    case RunResult::ErrorKind::Tls:
    case RunResult::ErrorKind::Proxy:
    case RunResult::ErrorKind::Network:
    case RunResult::ErrorKind::Truncated:
    case RunResult::ErrorKind::BodyTooLarge: // the dry run's own cap, not Azure's: nothing was judged
        return noAnswer;
    case RunResult::ErrorKind::Cancelled:
        return interrupted;
    }
    return noAnswer;
}

int combineExitCodes(int a, int b)
{
    if (a == 130 || b == 130)
        return 130;
    return qMax(a, b);
}

QString boundedBody(const QByteArray &body, qsizetype maxBytes, int maxLines)
{
    if (body.contains('\0'))
        return QStringLiteral("(%1 of binary data)").arg(humanBytes(body.size()));
    qsizetype end = qMin(body.size(), maxBytes);
    int lines = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (body.at(i) == '\n' && ++lines == maxLines) {
            end = i;
            break;
        }
    }
    // Do not cut a UTF-8 sequence in half: back up to the start of the character.
    while (end < body.size() && end > 0 && (uchar(body.at(end)) & 0xC0) == 0x80)
        --end;
    QString text = QString::fromUtf8(body.left(end));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    const qsizetype rest = body.size() - end;
    if (rest > 0 && !(rest == 1 && body.endsWith('\n')))
        text += QStringLiteral("\n… %1 more bytes").arg(rest);
    return text;
}

void printText(QTextStream &out, const TaskOutcome &outcome, const TextOptions &options)
{
    out << '[' << outcome.index + 1 << '/' << outcome.taskCount << "] " << outcome.name << '\n';
    if (outcome.skipped) {
        out << "  SKIPPED (the task is disabled: enabled: false)\n\n";
        return;
    }
    // Everything printed comes from the display-safe copy: secrets masked once, by the dry run session.
    const RunResult &r = outcome.shown;
    if (!r.request.url.isEmpty())
        out << "  " << r.request.method << ' ' << r.request.url << '\n';
    if (options.verbose && !r.request.url.isEmpty()) {
        for (const auto &[name, value] : r.request.redactedWireHeaders())
            out << "  > " << name << ": " << value << '\n';
        if (r.request.hasBody && !r.request.body.isEmpty())
            printIndented(out, boundedBody(r.request.body, verboseBodyBytes, verboseBodyLines), "  > ");
    }
    for (const RedirectHop &hop : r.redirects) {
        out << "  -> " << hop.status << ' ' << RunResult::statusName(hop.status) << ": " << hop.method << ' ' << hop.to;
        if (!hop.droppedHeaders.isEmpty())
            out << ' '
                << QCoreApplication::translate("RunReport", "(another origin: %1 not sent)")
                       .arg(hop.droppedHeaders.join(QStringLiteral(", ")));
        out << '\n';
    }
    if (r.status > 0) {
        out << "  " << r.status << ' ' << r.reasonPhrase << " · " << r.msTotal << " ms · " << humanBytes(r.bodyBytes)
            << '\n';
    } else {
        out << "  " << QCoreApplication::translate("RunReport", "no response") << " · " << r.msTotal << " ms\n";
    }
    if (options.verbose && r.status > 0) {
        for (const auto &[name, value] : r.responseHeaders)
            out << "  < " << name << ": " << value << '\n';
        if (!r.body.isEmpty())
            printIndented(out, boundedBody(r.body, verboseBodyBytes, verboseBodyLines), "  < ");
    }
    out << "  " << Terminal::verdict(RunResult::verdictText(r.verdict)) << '\n';
    for (const QString &reason : r.reasons)
        out << "    - " << reason << '\n';
    // The service's own words are often the quickest way to the cause; --verbose printed the body already.
    if (!options.verbose && !r.passed() && !r.body.isEmpty()) {
        out << "  " << QCoreApplication::translate("RunReport", "response body:") << '\n';
        printIndented(out, boundedBody(r.body, failureBodyBytes, failureBodyLines), "    ");
    }
    for (const Finding &finding : r.findings) {
        if (!finding.isError())
            out << "    warning: " << finding.message << '\n';
    }
    if (outcome.shownCallback) {
        out << "  " << QCoreApplication::translate("RunReport", "callback:") << '\n';
        printIndented(out, outcome.shownCallback->report(), "    ");
    }
    if (options.trace && r.criteria) {
        const QString text = CriteriaJudge::traceText(*r.criteria);
        if (!text.isEmpty()) {
            out << "  " << QCoreApplication::translate("RunReport", "criteria trace:") << '\n';
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << "    " << line << '\n';
        }
    }
    out << '\n';
}

QJsonObject toJson(const TaskOutcome &outcome, bool verbose)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), 2);
    object.insert(QStringLiteral("type"), QStringLiteral("task"));
    object.insert(QStringLiteral("design"), outcome.designName);
    object.insert(QStringLiteral("task"), int(outcome.index + 1));
    object.insert(QStringLiteral("displayName"), outcome.name);
    if (outcome.skipped) {
        object.insert(QStringLiteral("verdict"), QStringLiteral("SKIPPED"));
        object.insert(QStringLiteral("passed"), QJsonValue::Null);
        return object;
    }
    const RunResult &r = outcome.shown;
    object.insert(QStringLiteral("passed"), r.passed());
    object.insert(QStringLiteral("verdict"), RunResult::verdictText(r.verdict));
    object.insert(QStringLiteral("exitCode"), exitCodeFor(outcome));
    object.insert(QStringLiteral("method"), r.request.method);
    object.insert(QStringLiteral("url"), r.request.url);
    object.insert(QStringLiteral("status"), r.status);
    object.insert(QStringLiteral("statusName"), r.status > 0 ? RunResult::statusName(r.status) : QString());
    object.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
    object.insert(QStringLiteral("timings"),
                  QJsonObject {{QStringLiteral("toHeadersMs"), r.msToHeaders}, {QStringLiteral("totalMs"), r.msTotal}});
    if (!r.redirects.isEmpty()) {
        QJsonArray hops;
        for (const RedirectHop &hop : r.redirects) {
            hops.append(
                QJsonObject {{QStringLiteral("status"), hop.status},
                             {QStringLiteral("method"), hop.method},
                             {QStringLiteral("from"), hop.from},
                             {QStringLiteral("to"), hop.to},
                             {QStringLiteral("crossOrigin"), hop.crossOrigin},
                             {QStringLiteral("droppedHeaders"), QJsonArray::fromStringList(hop.droppedHeaders)}});
        }
        object.insert(QStringLiteral("redirects"), hops);
    }
    object.insert(QStringLiteral("bytes"), r.bodyBytes);
    object.insert(QStringLiteral("truncated"), r.bodyTruncated);
    if (r.tls.insecure)
        object.insert(QStringLiteral("tlsCertificateChecked"), false);
    if (verbose) {
        object.insert(QStringLiteral("requestHeaders"), headersToJson(r.request.redactedWireHeaders()));
        object.insert(QStringLiteral("responseHeaders"), headersToJson(r.responseHeaders));
        object.insert(QStringLiteral("body"), boundedBody(r.body, verboseBodyBytes, verboseBodyLines));
    } else if (!r.passed() && !r.body.isEmpty()) {
        object.insert(QStringLiteral("body"), boundedBody(r.body, failureBodyBytes, failureBodyLines));
    }
    if (r.criteria)
        object.insert(QStringLiteral("criteria"), CriteriaJudge::toJson(*r.criteria));
    if (outcome.shownCallback) {
        const CallbackVerdict &v = *outcome.shownCallback;
        object.insert(QStringLiteral("callback"),
                      QJsonObject {{QStringLiteral("verdict"), v.label()},
                                   {QStringLiteral("headline"), v.englishHeadline},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)},
                                   {QStringLiteral("warnings"), QJsonArray::fromStringList(v.warnings)},
                                   {QStringLiteral("requests"), int(v.timeline.size())},
                                   {QStringLiteral("waitedMs"), v.waitedMs}});
    }
    QJsonArray warnings;
    for (const Finding &finding : r.findings) {
        if (!finding.isError())
            warnings.append(finding.message);
    }
    object.insert(QStringLiteral("warnings"), warnings);
    if (!r.errorString.isEmpty())
        object.insert(QStringLiteral("error"), r.errorString);
    return object;
}

RunSummary summarize(const QList<TaskOutcome> &outcomes)
{
    RunSummary summary;
    qsizetype lastDesign = -1;
    for (const TaskOutcome &o : outcomes) {
        if (o.design != lastDesign) {
            ++summary.designs;
            lastDesign = o.design;
        }
        if (o.skipped)
            ++summary.skipped;
        else if (o.interrupted)
            ++summary.notRun;
        else if (o.result.passed())
            ++summary.passed;
        else
            ++summary.failed;
        summary.exitCode = combineExitCodes(summary.exitCode, exitCodeFor(o));
    }
    return summary;
}

QString summaryLine(const RunSummary &summary)
{
    QString line = QStringLiteral("%1 passed, %2 failed").arg(summary.passed).arg(summary.failed);
    if (summary.skipped)
        line += QStringLiteral(", %1 skipped").arg(summary.skipped);
    if (summary.interrupted)
        line += QStringLiteral(" (interrupted: %1 task(s) not run)").arg(summary.notRun);
    else if (summary.bailed)
        line += QStringLiteral(" (--bail: stopped after the first failure, %1 task(s) not run)").arg(summary.notRun);
    return line;
}

QJsonObject toJson(const RunSummary &summary)
{
    return QJsonObject {{QStringLiteral("format"), 2},
                        {QStringLiteral("type"), QStringLiteral("summary")},
                        {QStringLiteral("designs"), summary.designs},
                        {QStringLiteral("passed"), summary.passed},
                        {QStringLiteral("failed"), summary.failed},
                        {QStringLiteral("skipped"), summary.skipped},
                        {QStringLiteral("notRun"), summary.notRun},
                        {QStringLiteral("bailed"), summary.bailed},
                        {QStringLiteral("interrupted"), summary.interrupted},
                        {QStringLiteral("durationMs"), summary.durationMs},
                        {QStringLiteral("exitCode"), summary.exitCode}};
}

bool writeJUnit(const QString &path, const QList<JUnitDesign> &designs, const QList<TaskOutcome> &outcomes,
                QString *error)
{
    // Built in memory, then written all or nothing: a full disk must not leave a truncated report behind.
    QByteArray report;
    QBuffer file(&report);
    file.open(QIODevice::WriteOnly);
    QString hostname = QSysInfo::machineHostName();
    if (hostname.isEmpty())
        hostname = QStringLiteral("localhost"); // what the JUnit schema asks for when the name is unknown

    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    for (qsizetype d = 0; d < designs.size(); ++d) {
        QList<const TaskOutcome *> cases;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        qint64 totalMs = 0;
        for (const TaskOutcome &o : outcomes) {
            if (o.design != d)
                continue;
            cases.append(&o);
            if (o.skipped || o.interrupted) {
                ++skipped;
                continue;
            }
            totalMs += o.result.msTotal;
            if (o.result.passed())
                continue;
            if (exitCodeFor(o) == 1)
                ++failures;
            else
                ++errors;
        }
        const QString suiteName = designs.at(d).name;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(d));
        xml.writeAttribute(QStringLiteral("name"), suiteName);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(cases.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        xml.writeAttribute(QStringLiteral("time"), QString::number(totalMs / 1000.0, 'f', 3));
        // The schema's pattern has no time zone. The Azure Pipelines agent's JUnit reader parses the attribute with
        // DateTimeStyles.AssumeUniversal (microsoft/azure-pipelines-agent, JunitResultReader.cs): a zone-less time
        // is UTC there, whatever the agent's own zone. Local time would shift "Date started" by the agent's offset.
        xml.writeAttribute(QStringLiteral("timestamp"),
                           designs.at(d).startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        xml.writeAttribute(QStringLiteral("hostname"), hostname);
        QHash<QString, int> seen;
        for (const TaskOutcome *o : std::as_const(cases)) {
            // The display name keeps a test's history together across runs; a repeated one gets " (2)", " (3)".
            const int occurrence = ++seen[o->name];
            const QString name = occurrence == 1 ? o->name : QStringLiteral("%1 (%2)").arg(o->name).arg(occurrence);
            const RunResult &shown = o->shown;
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), suiteName);
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("time"), QString::number(o->result.msTotal / 1000.0, 'f', 3));
            if (o->skipped) {
                xml.writeStartElement(QStringLiteral("skipped"));
                xml.writeAttribute(QStringLiteral("message"), QStringLiteral("The task is disabled (enabled: false)."));
                xml.writeEndElement();
            } else if (o->interrupted) {
                xml.writeStartElement(QStringLiteral("skipped"));
                xml.writeAttribute(QStringLiteral("message"), QStringLiteral("Interrupted before it finished."));
                xml.writeEndElement();
            } else if (!o->result.passed()) {
                const bool isError = exitCodeFor(*o) != 1;
                xml.writeStartElement(isError ? QStringLiteral("error") : QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), RunResult::verdictText(o->result.verdict));
                xml.writeAttribute(QStringLiteral("message"), shown.reasons.join(QLatin1Char(' ')));
                // Azure shows this text as the "Stack trace" and system-out as the "Console log": the reasons go
                // here one per line, the log (with the body) only in system-out, so the body appears once.
                xml.writeCharacters(shown.reasons.join(QLatin1Char('\n')));
                xml.writeEndElement();
                xml.writeTextElement(QStringLiteral("system-out"), shown.log);
            } else {
                xml.writeTextElement(QStringLiteral("system-out"), shown.log);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return writeFileAtomically(path, report, error);
}

} // namespace RestGate::Cli
