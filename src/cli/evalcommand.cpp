#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "cli/variableassignments.h"
#include "core/design/variables.h"
#include "core/expression/criteriaevaluator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace RestGate::Cli {

namespace {

/// As the dry run's default --max-body-bytes: far above the server's 2 MB criteria limit, so that the dry-run
/// verdict of an over-limit body can still be shown.
constexpr qint64 MaxResponseReadBytes = 256 * 1024 * 1024;

const char *const Epilog = QT_TRANSLATE_NOOP(
    "RestGate::Cli::Commands",
    "Without --response there is no body: root is null and no body rule applies.\n"
    "\n"
    "Output: 'true' or 'false' on standard output; errors, notes and the trace on standard error.\n"
    "Exit status: 0 true, 1 false, 2 invalid expression, evaluation error, body error or usage error.\n"
    "\n"
    "Examples:\n"
    "  restgate-cli eval --response body.json \"eq(root['status'], 'successful')\"\n"
    "  curl -s https://example.test/api | restgate-cli eval -r - --trace \"ge(count(root['items']), 3)\"\n"
    "  restgate-cli eval --var max=5 -r body.json -- \"le(count(root['workItems']), \\$(max))\"\n");

/// The expression line holding the error, with a caret under the span (tabs kept so the caret lines up).
void printCaret(QTextStream &err, const QString &expression, int position, int length)
{
    if (position < 1 || position > expression.size() + 1)
        return;
    const qsizetype index = position - 1;
    const qsizetype lineStart = expression.lastIndexOf(u'\n', index - 1) + 1;
    qsizetype lineEnd = expression.indexOf(u'\n', index);
    if (lineEnd < 0)
        lineEnd = expression.size();
    QString line = expression.mid(lineStart, lineEnd - lineStart);
    if (line.endsWith(u'\r'))
        line.chop(1);
    qsizetype column = index - lineStart;
    // Long lines are shown as a window around the error.
    constexpr qsizetype window = 100;
    QString prefix;
    if (line.size() > window && column > window / 2) {
        const qsizetype shift = std::min(column - window / 2, line.size() - window);
        line = QStringLiteral("...") + line.mid(shift);
        column = column - shift + 3;
    }
    if (line.size() > window + 3)
        line = line.left(window + 3) + QStringLiteral("...");
    if (expression.contains(u'\n')) {
        const qsizetype lineNumber = expression.left(index).count(u'\n') + 1;
        err << "  "
            << QCoreApplication::translate("RestGate::Cli::Errors", "at line %1, column %2:")
                   .arg(lineNumber)
                   .arg(index - lineStart + 1)
            << '\n';
    }
    QString marker;
    for (qsizetype i = 0; i < column && i < line.size(); ++i)
        marker += line.at(i) == u'\t' ? u'\t' : u' ';
    const qsizetype span = std::clamp<qsizetype>(length, 1, std::max<qsizetype>(1, line.size() - column));
    marker += u'^' + QString(span - 1, u'~');
    err << "    " << line << "\n"
        << "    " << marker << "\n";
}

bool readBody(const QString &path, QByteArray *body, QString *error)
{
    QFile file;
    bool opened;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error =
            QCoreApplication::translate("RestGate::Cli::Errors", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // readAll() on a pipe or /dev/zero never ends; one byte past the cap is enough to know the body is too long.
    body->clear();
    char buffer[64 * 1024];
    while (body->size() <= MaxResponseReadBytes) {
        const qint64 wanted = qMin<qint64>(sizeof buffer, MaxResponseReadBytes + 1 - body->size());
        const qint64 got = file.read(buffer, wanted);
        if (got < 0) {
            *error = QCoreApplication::translate("RestGate::Cli::Errors", "cannot read %1: %2")
                         .arg(path, file.errorString());
            return false;
        }
        if (got == 0)
            break;
        body->append(buffer, got);
    }
    if (body->size() > MaxResponseReadBytes) {
        body->clear();
        *error = QCoreApplication::translate("RestGate::Cli::Errors",
                                             "%1 is longer than %2 bytes (256 MiB), the most eval reads; the server "
                                             "judges nothing over 2 MB (2097152 bytes) anyway")
                     .arg(path == QLatin1String("-")
                              ? QCoreApplication::translate("RestGate::Cli::Errors", "the response on standard input")
                              : path)
                     .arg(MaxResponseReadBytes);
        return false;
    }
    return true;
}

} // namespace

int evalCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine parser(
        QStringLiteral("eval"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Evaluates an InvokeRESTAPI success criteria the way Azure DevOps does and "
                                    "prints 'true' or 'false'."));
    const QCommandLineOption responseOption(
        {QStringLiteral("r"), QStringLiteral("response")},
        QCoreApplication::translate(
            "RestGate::Cli::Commands",
            "The response body to judge ('-' reads standard input). It is parsed like the server parses it "
            "(Json.NET: comments, single quotes and unquoted names are accepted) and is 'root' in the "
            "expression. The server's body rules apply: a body over 2 MB (2097152 bytes) or one that is "
            "not JSON is an error, and the verdict the criteria would have had is still shown. Input past "
            "256 MiB (268435456 bytes) is not read: eval stops with an error."),
        QStringLiteral("FILE|-"));
    const QCommandLineOption varOption(
        QStringLiteral("var"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Defines a variable for $(NAME) macros, which are replaced "
                                    "before the expression is parsed (names ignore case; repeat "
                                    "for more)."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption traceOption(
        QStringLiteral("trace"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "Shows how every sub-expression evaluated (on standard "
                                    "error)."));
    parser.addOptions({responseOption, varOption, traceOption});
    parser.addColorOption();
    parser.addPositionalArgument(
        QStringLiteral("expression"),
        QCoreApplication::translate("RestGate::Cli::Commands",
                                    "The success criteria. Put -- before it when it starts with '-': "
                                    "everything after -- is the expression."),
        QStringLiteral("[--] EXPRESSION"));
    parser.setEpilog(QCoreApplication::translate("RestGate::Cli::Commands", Epilog));
    parser.setUnknownOptionHint(
        QCoreApplication::translate("RestGate::Cli::Commands", "put -- before an expression that starts with '-'"));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    const bool haveResponse = parser.isSet(responseOption);
    const QString responsePath = parser.value(responseOption);
    const bool trace = parser.isSet(traceOption);
    VariableSet variables;
    QString assignmentError;
    if (!applyVariableAssignments(parser.values(varOption), VariableSet(), &variables, &assignmentError))
        return parser.usageError(assignmentError);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.usageError(
            positional.isEmpty() ? QCoreApplication::translate("RestGate::Cli::Errors", "missing EXPRESSION")
                                 : QCoreApplication::translate("RestGate::Cli::Errors",
                                                               "expected one EXPRESSION, got %1 (quote the expression)")
                                       .arg(positional.size()));

    const QString &criteria = positional.first();
    const CriteriaEvaluator evaluator;
    CriteriaOutcome outcome;
    if (haveResponse) {
        QByteArray body;
        QString error;
        if (!readBody(responsePath, &body, &error)) {
            err << "restgate-cli eval: " << error << "\n";
            return ExitUsage;
        }
        outcome = evaluator.evaluate(criteria, variables, body);
    } else {
        outcome = evaluator.evaluateWithoutBody(criteria, variables);
    }

    if (trace && !outcome.trace.isEmpty())
        err << outcome.trace.toText() << "\n";
    for (const QString &note : outcome.notes)
        err << QCoreApplication::translate("RestGate::Cli::Errors", "note: %1").arg(note) << "\n";

    using Status = CriteriaOutcome::Status;
    switch (outcome.status) {
    case Status::True:
        out << Terminal::verdict(QStringLiteral("true")) << '\n';
        return ExitSuccess;
    case Status::False:
        out << Terminal::verdict(QStringLiteral("false")) << '\n';
        return ExitFailure;
    case Status::NotSet:
        return parser.usageError(QCoreApplication::translate("RestGate::Cli::Errors",
                                                             "the expression is empty; a task without success criteria "
                                                             "ignores the response body"));
    case Status::ParseError:
    case Status::EvaluationError:
        err << outcome.message << "\n";
        if (outcome.status == Status::EvaluationError && !outcome.detail.isEmpty())
            err << outcome.detail << "\n";
        printCaret(err, outcome.expression, outcome.errorPosition, outcome.errorLength);
        if (!outcome.hint.isEmpty())
            err << QCoreApplication::translate("RestGate::Cli::Errors", "hint: %1").arg(outcome.hint) << "\n";
        return ExitUsage;
    case Status::BodyNotJson:
        err << outcome.message << "\n" << outcome.detail << "\n";
        if (!outcome.hint.isEmpty())
            err << QCoreApplication::translate("RestGate::Cli::Errors", "hint: %1").arg(outcome.hint) << "\n";
        return ExitUsage;
    case Status::BodyTooLarge:
        err << outcome.message << ' '
            << QCoreApplication::translate("RestGate::Cli::Errors", "(the body has %1 bytes; the limit is %2)")
                   .arg(outcome.bodyBytes)
                   .arg(CriteriaMaxResponseBytes)
            << '\n';
        if (outcome.dryRunEvaluated)
            err << QCoreApplication::translate("RestGate::Cli::Errors",
                                               "dry run, ignoring the limit: the criteria would be %1")
                       .arg(outcome.dryRunValue ? QStringLiteral("true") : QStringLiteral("false"))
                << "\n";
        return ExitUsage;
    }
    return ExitUsage;
}

} // namespace RestGate::Cli
