#include "resultpanel.h"

#include "criteriajudge.h"
#include "json/jsondocument.h"
#include "ui_resultpanel.h"

#include <QFontDatabase>
#include <QLocale>

namespace RestGate {

namespace {

QString bannerStyle(RunResult::Verdict verdict)
{
    switch (verdict) {
    case RunResult::Verdict::Passed:
        return QStringLiteral("background:#2e7d32;color:white;font-weight:bold;font-size:14pt;border-radius:4px;");
    case RunResult::Verdict::Failed:
    case RunResult::Verdict::TimedOut:
    case RunResult::Verdict::Error:
        return QStringLiteral("background:#c62828;color:white;font-weight:bold;font-size:14pt;border-radius:4px;");
    case RunResult::Verdict::Cancelled:
    case RunResult::Verdict::NotCompleted:
        return QStringLiteral("background:#b26a00;color:white;font-weight:bold;font-size:14pt;border-radius:4px;");
    }
    return {};
}

// Past this nesting the body is shown as received; real API responses stay far below it.
constexpr int maxPrettyDepth = 100;

void appendJsonString(QString *out, const QString &text)
{
    *out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            *out += QLatin1String("\\\"");
            break;
        case '\\':
            *out += QLatin1String("\\\\");
            break;
        case '\n':
            *out += QLatin1String("\\n");
            break;
        case '\r':
            *out += QLatin1String("\\r");
            break;
        case '\t':
            *out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                *out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                *out += c;
        }
    }
    *out += QLatin1Char('"');
}

// Indents the response as it came: members keep the server's order (QJsonDocument would sort them).
void appendPrettyJson(QString *out, const Json::Value &value, int depth)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    const QString inner((depth + 1) * 4, QLatin1Char(' '));
    switch (value.kind()) {
    case Json::Kind::Object: {
        if (value.size() == 0) {
            *out += QLatin1String("{}");
            return;
        }
        *out += QLatin1String("{\n");
        bool first = true;
        for (const Json::Member &member : value.members()) {
            if (!first)
                *out += QLatin1String(",\n");
            first = false;
            *out += inner;
            appendJsonString(out, member.name());
            *out += QLatin1String(": ");
            appendPrettyJson(out, member.value(), depth + 1);
        }
        *out += QLatin1Char('\n') + indent + QLatin1Char('}');
        return;
    }
    case Json::Kind::Array: {
        if (value.size() == 0) {
            *out += QLatin1String("[]");
            return;
        }
        *out += QLatin1String("[\n");
        bool first = true;
        for (const Json::Value element : value.elements()) {
            if (!first)
                *out += QLatin1String(",\n");
            first = false;
            *out += inner;
            appendPrettyJson(out, element, depth + 1);
        }
        *out += QLatin1Char('\n') + indent + QLatin1Char(']');
        return;
    }
    case Json::Kind::String:
        appendJsonString(out, value.toString());
        return;
    default: // numbers, booleans, null as the server wrote them
        *out += QString::fromUtf8(value.rawText());
        return;
    }
}

QString bodyForDisplay(const QByteArray &body, bool truncatedByRun)
{
    QByteArray shown = body.left(ResultPanel::displayLimit);
    QString pretty;
    // Pretty-print small JSON; big bodies are shown as received, to keep the window responsive.
    if (body.size() <= 256 * 1024) {
        const Json::Document json = Json::Document::parse(body);
        if (!json.hasError() && json.maxDepth() <= maxPrettyDepth && (json.root().isObject() || json.root().isArray()))
            appendPrettyJson(&pretty, json.root(), 0);
    }
    // Binary data: show a readable rendering rather than control characters.
    const qsizetype probe = qMin<qsizetype>(shown.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const uchar c = uchar(shown.at(i));
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    QString text;
    if (!pretty.isEmpty())
        text = pretty;
    else if (control > probe / 20 && probe > 0)
        text = QObject::tr("(binary data, %1 bytes; first bytes in hex)\n%2")
                   .arg(body.size())
                   .arg(QString::fromLatin1(body.left(512).toHex(' ')));
    else
        text = QString::fromUtf8(shown);
    if (body.size() > ResultPanel::displayLimit)
        text += QObject::tr("\n\n… %1 more bytes not shown.").arg(body.size() - ResultPanel::displayLimit);
    if (truncatedByRun)
        text += QObject::tr("\n\n(The dry run stopped reading here: the response exceeded its byte cap.)");
    return text;
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultPanel>())
{
    ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {ui->bodyView, ui->requestView, ui->logView, ui->criteriaView, ui->callbackView})
        view->setFont(fixed);
    ui->progressBar->setVisible(false);
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::clear()
{
    ui->verdictLabel->setText(tr("Not run yet — press Send (Ctrl+Enter)."));
    ui->verdictLabel->setStyleSheet(QString());
    ui->reasonsLabel->clear();
    ui->statusLineLabel->clear();
    ui->bodyView->clear();
    ui->headersTable->setRowCount(0);
    ui->requestView->clear();
    ui->logView->clear();
    ui->criteriaView->clear();
    ui->callbackView->clear();
    ui->progressBar->setVisible(false);
}

void ResultPanel::showWaitingForCallback(const QString &listenerUrl)
{
    ui->verdictLabel->setText(tr("Waiting for the service's TaskCompleted…"));
    ui->verdictLabel->setStyleSheet(QStringLiteral("background:#1565c0;color:white;font-weight:bold;font-size:14pt;"
                                                   "border-radius:4px;"));
    ui->progressBar->setVisible(true);
    ui->callbackView->setPlainText(
        tr("The service accepted the call. Listening at %1 for its events (Esc cancels).\n").arg(listenerUrl));
    ui->tabs->setCurrentWidget(ui->callbackTab);
}

void ResultPanel::appendCallbackLine(const QString &line)
{
    ui->callbackView->appendPlainText(line);
}

void ResultPanel::showCallbackReport(const QString &report)
{
    ui->callbackView->setPlainText(report);
}

void ResultPanel::showRunning(const QString &method, const QString &url)
{
    clear();
    ui->verdictLabel->setText(tr("Sending…"));
    ui->statusLineLabel->setText(QStringLiteral("%1 %2").arg(method, url));
    ui->progressBar->setVisible(true);
}

void ResultPanel::showProgress(qint64 bytesReceived, qint64 elapsedMs)
{
    ui->statusLineLabel->setText(
        tr("%1 s · %2 received").arg(elapsedMs / 1000.0, 0, 'f', 1).arg(QLocale().formattedDataSize(bytesReceived)));
}

QString ResultPanel::verdictText() const
{
    return ui->verdictLabel->text();
}

void ResultPanel::showResult(const RunResult &result)
{
    ui->progressBar->setVisible(false);
    const PreparedRequest &request = result.request;
    ui->verdictLabel->setText(RunResult::verdictText(result.verdict));
    ui->verdictLabel->setStyleSheet(bannerStyle(result.verdict));
    QStringList items;
    for (const QString &reason : result.reasons)
        items.append(QStringLiteral("<li>%1</li>").arg(request.redact(reason).toHtmlEscaped()));
    ui->reasonsLabel->setText(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())));

    if (result.status > 0) {
        ui->statusLineLabel->setText(tr("%1 %2 · headers %3 ms · total %4 ms · %5")
                                         .arg(result.status)
                                         .arg(result.reasonPhrase)
                                         .arg(result.msToHeaders)
                                         .arg(result.msTotal)
                                         .arg(QLocale().formattedDataSize(result.bodyBytes)));
    } else {
        ui->statusLineLabel->setText(tr("No response · %1 ms").arg(result.msTotal));
    }
    ui->bodyView->setPlainText(bodyForDisplay(result.body, result.bodyTruncated));

    ui->headersTable->setRowCount(int(result.responseHeaders.size()));
    for (int row = 0; row < result.responseHeaders.size(); ++row) {
        ui->headersTable->setItem(row, 0, new QTableWidgetItem(result.responseHeaders.at(row).first));
        ui->headersTable->setItem(row, 1, new QTableWidgetItem(result.responseHeaders.at(row).second));
    }

    QString sent;
    if (!request.method.isEmpty()) {
        sent = request.method + QLatin1Char(' ') + request.redact(request.url) + QLatin1Char('\n');
        for (const auto &[name, value] : request.redactedHeaders())
            sent += name + QStringLiteral(": ") + value + QLatin1Char('\n');
        if (request.hasBody)
            sent += QLatin1Char('\n') + request.redact(QString::fromUtf8(request.body));
        for (const RedirectHop &hop : result.redirects)
            sent += tr("\n↪ %1 redirect to %2").arg(hop.status).arg(request.redact(hop.to));
    }
    ui->requestView->setPlainText(sent);
    ui->logView->setPlainText(result.log);
    ui->criteriaView->setPlainText(result.criteria ? CriteriaJudge::traceText(*result.criteria)
                                                   : tr("No success criteria: the response body does not affect the "
                                                        "verdict."));
}

} // namespace RestGate
