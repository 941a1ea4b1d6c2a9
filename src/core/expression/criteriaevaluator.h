#pragma once

#include "core/design/variables.h"
#include "core/expression/trace.h"
#include "core/json/jsondocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace RestGate {

/// The server refuses to judge success criteria against a response larger than this many bytes
/// (TaskResources.resx HttpRequestResponseSizeExceeded: "Cannot parse http response with size greater than 2 MB.").
inline constexpr qint64 CriteriaMaxResponseBytes = 2 * 1024 * 1024;

/// The verdict of one success criteria against one response, with everything needed to explain it.
struct CriteriaOutcome
{
    enum class Status
    {
        NotSet, ///< empty (or all-whitespace) criteria: the response body does not affect the result
        True, ///< the criteria holds: the task passes if the HTTP call did
        False, ///< the criteria does not hold: the task fails
        ParseError, ///< "Http request expression '…' is not valid. Error: …"
        EvaluationError, ///< "Evaluation of expression '…' failed."
        BodyNotJson, ///< "Error parsing API response into a JSON object."
        BodyTooLarge, ///< "Cannot parse http response with size greater than 2 MB." (dry-run verdict still computed)
    };

    Status status = Status::NotSet;
    QString criteria; ///< as written in the task
    QString expression; ///< after $(macro) expansion: what the server evaluates
    QStringList unknownMacros; ///< $(name)s no variable defines, left as written
    QStringList secretsUsed; ///< secret variables substituted into the expression
    QList<SecretSpan> secretSpans; ///< where their values stand in `expression`
    /// The server's words for every failing status, exactly (empty for NotSet, True and False).
    QString message;
    /// The underlying error: the parser's or evaluator's message, or Json.NET's reader message for the body.
    QString detail;
    int errorPosition = -1; ///< 1-based start of the span to underline in `expression` (-1: none)
    int errorLength = 0;
    int criteriaErrorPosition = -1; ///< the same span mapped back onto `criteria` (-1 when unknown)
    int criteriaErrorLength = 0;
    QString hint; ///< plain words: what is wrong and what to write instead
    /// When the server would not evaluate (BodyTooLarge), the dry run still does; this is that verdict.
    bool dryRunEvaluated = false;
    bool dryRunValue = false;
    Expression::Trace trace; ///< the explanation (empty when nothing was evaluated)
    QStringList notes; ///< facts worth knowing that do not change the verdict (lenient JSON, truncation, ...)
    qint64 bodyBytes = 0;

    bool passed() const { return status == Status::True; }
    /// NotSet leaves the task's verdict to the HTTP status alone.
    bool affectsVerdict() const { return status != Status::NotSet; }
    bool isError() const
    {
        return status == Status::ParseError || status == Status::EvaluationError || status == Status::BodyNotJson
            || status == Status::BodyTooLarge;
    }
    /// "not set", "true", "false", "invalid expression", "evaluation failed", "body is not JSON", "body too large".
    static QString statusText(Status status);
};

/// Judges success criteria the way the HttpRequest handler does: expand $(macros), then (in this order) refuse
/// bodies over 2 MB, refuse bodies that are not JSON, parse the whole expression, evaluate it with `root` as the
/// parsed body and convert the result to Boolean.
class CriteriaEvaluator
{
public:
    /// Parses `body` (kept, not copied) and evaluates. `bodyTruncated`: the dry run stopped reading the body, so the
    /// real one was larger than `body`.
    CriteriaOutcome evaluate(const QString &criteria, const VariableSet &variables, const QByteArray &body,
                             bool bodyTruncated = false) const;
    /// Parse once, evaluate many times (an editor re-judging as the user types). `bodyBytes` < 0 means the size of
    /// the document's source.
    CriteriaOutcome evaluate(const QString &criteria, const VariableSet &variables, const Json::Document &document,
                             qint64 bodyBytes = -1, bool bodyTruncated = false) const;
    /// Without any response: `root` is null and no body rule applies (restgate-cli eval without --response).
    CriteriaOutcome evaluateWithoutBody(const QString &criteria, const VariableSet &variables) const;
    /// `body` parsed for judging `criteria` — or nothing, when the criteria is blank once its $(macros) are
    /// expanded and so never looks at the body.
    static Json::Document parseBodyFor(const QString &criteria, const VariableSet &variables, const QByteArray &body);
};

} // namespace RestGate
