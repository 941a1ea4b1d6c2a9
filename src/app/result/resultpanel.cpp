#include "app/result/resultpanel.h"

#include "app/result/jsontreemodel.h"
#include "app/result/runhistory.h"
#include "app/result/tracemodel.h"
#include "app/widgets/findbar.h"
#include "app/widgets/jsonhighlighter.h"
#include "core/design/displaytext.h"
#include "core/json/jsonformat.h"
#include "core/result/criteriajudge.h"
#include "core/run/backgroundwork.h"
#include "ui_resultpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTextCursor>
#include <QTimer>

namespace RestGate {

/// Puts a long text into a QPlainTextEdit a chunk per event-loop turn, so the window keeps repainting and
/// answering while megabytes arrive in the view. Short texts go in at once.
class TextFeeder
{
public:
    explicit TextFeeder(QPlainTextEdit *view)
        : m_view(view)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { feed(); });
    }

    void setText(QString text)
    {
        m_timer.stop();
        if (text.size() <= ResultPanel::inlineLimit) {
            m_text.clear();
            m_view->setPlainText(text);
            return;
        }
        m_view->clear();
        m_text = std::move(text);
        m_position = 0;
        m_timer.start();
    }

    void stop()
    {
        m_timer.stop();
        m_text.clear();
    }

    bool isActive() const { return m_timer.isActive(); }

private:
    // Big enough to fill 4 MB in a few dozen turns, small enough that one turn stays far below a frame.
    static constexpr qsizetype chunkChars = 64 * 1024;

    void feed()
    {
        qsizetype end = std::min(m_position + chunkChars, m_text.size());
        if (end < m_text.size()) {
            const qsizetype newline = m_text.lastIndexOf(u'\n', end - 1);
            if (newline >= m_position)
                end = newline + 1;
        }
        QTextCursor cursor(m_view->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_text.mid(m_position, end - m_position));
        m_position = end;
        if (m_position >= m_text.size())
            stop();
    }

    QPlainTextEdit *m_view;
    QTimer m_timer;
    QString m_text;
    qsizetype m_position = 0;
};

/// What the body views show, computed off the GUI thread for big bodies.
struct ResultBodyRendering
{
    Json::Document document; ///< the body as shown, for the Tree
    Json::Document judged; ///< the body as received, for re-judging: the shown one when no secret was masked
    QString pretty;
    QString raw;
    bool highlight = false;
    QStringList notes;
};

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

// Binary bodies: a hex dump of this many bytes.
constexpr qsizetype hexPreviewBytes = 64 * 1024;

bool looksBinary(const QByteArray &body)
{
    const qsizetype probe = qMin<qsizetype>(body.size(), 4096);
    qsizetype control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const uchar c = uchar(body.at(i));
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return probe > 0 && control > probe / 20;
}

/// 00000000  7b 22 61 22 3a 31 7d 0a                           |{"a":1}.|
QString hexDump(const QByteArray &body)
{
    const qsizetype shown = qMin(body.size(), hexPreviewBytes);
    QString text = QCoreApplication::translate("RestGate::ResultPanel", "(binary data, %1 bytes; first %2 in hex)\n")
                       .arg(body.size())
                       .arg(shown);
    text.reserve(text.size() + shown / 16 * 80);
    for (qsizetype row = 0; row < shown; row += 16) {
        text += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString printable;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < shown) {
                const uchar c = uchar(body.at(i));
                text += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                printable += c >= 0x20 && c < 0x7f ? QChar(char16_t(c)) : QChar(u'.');
            } else {
                text += QLatin1String("   ");
            }
        }
        text += u'|' + printable + QLatin1String("|\n");
    }
    return text;
}

/// Breaks lines longer than `maxChars`: a QPlainTextEdit lays a whole line out at once, and a 10 MB line takes
/// seconds every time the view changes.
QString breakLongLines(const QString &text, qsizetype maxChars, bool *broken)
{
    qsizetype lineStart = 0;
    bool any = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            if (i - lineStart > maxChars) {
                any = true;
                break;
            }
            lineStart = i + 1;
        }
    }
    if (!any)
        return text;
    *broken = true;
    QString out;
    out.reserve(text.size() + text.size() / maxChars + 1);
    qsizetype column = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            column = 0;
        } else if (column == maxChars) {
            out += u'\n';
            column = 0;
        }
        if (c != u'\n')
            ++column;
        out += c;
    }
    return out;
}

/// Everything the body views need; pure, so it runs on a worker for big bodies. The views show `body`, the
/// display-safe copy of `received` (the same bytes, still shared, when no secret was masked).
ResultBodyRendering renderBody(const QByteArray &received, const Json::Document &parsedByRun, const QByteArray &body,
                               bool truncatedByRun)
{
    ResultBodyRendering rendering;
    // Parsed even when it looks binary: a re-judge must meet the very error the runner's parse met. The runner's
    // parse is reused; only a body with a secret masked out is parsed again, for what the Tree shows.
    rendering.judged = parsedByRun.isEmpty() ? Json::Document::parse(received) : parsedByRun;
    rendering.document = received.isSharedWith(body) ? rendering.judged : Json::Document::parse(body);
    const Json::Document &json = rendering.document;
    const bool binary = looksBinary(body);
    const qsizetype limit = ResultPanel::displayLimit;
    bool broken = false;
    QString moreNote;
    if (body.size() > limit) {
        moreNote = QCoreApplication::translate("RestGate::ResultPanel", "\n\n… %1 more bytes not shown.")
                       .arg(body.size() - limit);
    }
    const QString truncatedNote = truncatedByRun
        ? QCoreApplication::translate("RestGate::ResultPanel",
                                      "\n\n(The dry run stopped reading here: the response exceeded "
                                      "its byte cap.)")
        : QString();

    if (binary) {
        rendering.raw = hexDump(body) + truncatedNote;
        rendering.pretty = rendering.raw;
        return rendering;
    }
    rendering.raw = breakLongLines(QString::fromUtf8(body.left(limit)), ResultPanel::maxLineChars, &broken) + moreNote
        + truncatedNote;
    if (!json.hasError() && json.maxDepth() <= Json::maxIndentDepth
        && (json.root().isObject() || json.root().isArray())) {
        QString pretty = Json::indented(json.root(), {4, limit});
        if (pretty.size() > limit) {
            pretty.truncate(qMax<qsizetype>(pretty.lastIndexOf(u'\n', limit), 0));
            pretty += QCoreApplication::translate("RestGate::ResultPanel",
                                                  "\n\n… The Pretty view stops after %1 characters; the Tree holds "
                                                  "the whole body.")
                          .arg(limit);
        }
        rendering.pretty = breakLongLines(pretty, ResultPanel::maxLineChars, &broken) + truncatedNote;
        rendering.highlight = rendering.pretty.size() <= ResultPanel::highlightLimit;
        if (!rendering.highlight)
            rendering.notes.append(QCoreApplication::translate(
                "RestGate::ResultPanel", "Highlighting is off for bodies this large, to keep the window quick."));
    } else {
        rendering.pretty = rendering.raw;
    }
    if (broken) {
        rendering.notes.append(
            QCoreApplication::translate("RestGate::ResultPanel",
                                        "Lines longer than %1 characters are broken for display; the Tree shows "
                                        "values whole.")
                .arg(ResultPanel::maxLineChars));
    }
    if (json.hasError() && !body.isEmpty())
        rendering.notes.append(
            QCoreApplication::translate("RestGate::ResultPanel", "The body is not JSON (%1), so there is no tree.")
                .arg(json.error().message));
    return rendering;
}

/// Keeps the tree rows whose key or value contains the text (and, recursively, the rows on the way to them and
/// below them).
class TreeFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        for (const int column : {JsonTreeModel::KeyColumn, JsonTreeModel::ValueColumn}) {
            const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
            if (index.data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

/// Loads the rows of `model` breadth-first until it holds them all or `limit` of them; true when it holds all.
bool fetchAllRows(QAbstractItemModel *model, int limit)
{
    QList<QModelIndex> pending {QModelIndex()};
    qsizetype loaded = 0;
    for (qsizetype next = 0; next < pending.size(); ++next) {
        const QModelIndex parent = pending.at(next);
        while (model->canFetchMore(parent) && loaded + model->rowCount(parent) < limit)
            model->fetchMore(parent);
        const int rows = model->rowCount(parent);
        loaded += rows;
        if (model->canFetchMore(parent) || loaded >= limit)
            return false;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (model->hasChildren(child))
                pending.append(child);
        }
    }
    return true;
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultPanel>())
    , m_treeModel(new JsonTreeModel(this))
    , m_traceModel(new TraceModel(this))
    , m_runningTicker(new QTimer(this))
{
    ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view :
         {ui->bodyView, ui->rawView, ui->requestView, ui->logView, ui->callbackView, ui->tlsView}) {
        view->setFont(fixed);
        // Read-only views: an undo stack would only double the memory a big body takes.
        view->document()->setUndoRedoEnabled(false);
    }
    ui->progressBar->setVisible(false);
    ui->rejudgeLabel->setVisible(false);
    ui->bodyNoteLabel->setVisible(false);
    m_highlighter = new JsonHighlighter(ui->bodyView->document());
    m_prettyFeeder = std::make_unique<TextFeeder>(ui->bodyView);
    m_rawFeeder = std::make_unique<TextFeeder>(ui->rawView);

    ui->treeView->setModel(m_treeModel);
    ui->treeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *useInCriteria = new QAction(tr("Use in success criteria"), ui->treeView);
    useInCriteria->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    useInCriteria->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    useInCriteria->setObjectName(QStringLiteral("useInCriteriaAction"));
    ui->treeView->addAction(useInCriteria);
    connect(useInCriteria, &QAction::triggered, this, &ResultPanel::useSelectedInCriteria);
    connect(ui->useInCriteriaButton, &QPushButton::clicked, this, &ResultPanel::useSelectedInCriteria);
    connect(ui->treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultPanel::updateTreeActions);

    auto *treeFilter = new TreeFilter(this);
    treeFilter->setSourceModel(m_treeModel);
    treeFilter->setRecursiveFilteringEnabled(true);
    treeFilter->setAutoAcceptChildRows(true);
    m_treeFilter = treeFilter;
    m_treeFilterEdit = new QLineEdit(ui->treePage);
    m_treeFilterEdit->setObjectName(QStringLiteral("treeFilterEdit"));
    m_treeFilterEdit->setPlaceholderText(tr("Filter keys and values"));
    m_treeFilterEdit->setAccessibleName(tr("Filter the tree by key or value"));
    m_treeFilterEdit->setClearButtonEnabled(true);
    m_treeFilterNote = new QLabel(ui->treePage);
    m_treeFilterNote->setObjectName(QStringLiteral("treeFilterNote"));
    m_treeFilterNote->setWordWrap(true);
    m_treeFilterNote->setVisible(false);
    ui->treeLayout->insertWidget(0, m_treeFilterEdit);
    ui->treeLayout->insertWidget(1, m_treeFilterNote);
    // Each keystroke would otherwise refilter a tree of up to maxFilterRows rows.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(m_treeFilterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, &ResultPanel::applyTreeFilter);

    m_findBar = new FindBar(ui->bodyTab);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    ui->bodyLayout->addWidget(m_findBar);
    m_findBar->setTarget(ui->bodyView);
    connect(ui->bodyViews, &QTabWidget::currentChanged, this, [this] {
        if (ui->bodyViews->currentWidget() == ui->treePage)
            m_findBar->setVisible(false);
        else
            m_findBar->setTarget(ui->bodyViews->currentWidget() == ui->rawPage ? ui->rawView : ui->bodyView);
    });
    auto *findAction = new QAction(tr("&Find…"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, &ResultPanel::openFindBar);

    m_saveBodyButton = new QPushButton(tr("&Save body…"), ui->bodyTab);
    QPushButton *saveBodyButton = m_saveBodyButton;
    saveBodyButton->setObjectName(QStringLiteral("saveBodyButton"));
    saveBodyButton->setToolTip(tr("Save the response body exactly as received"));
    saveBodyButton->setAccessibleName(tr("Save the response body to a file"));
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addStretch();
    bodyButtons->addWidget(saveBodyButton);
    ui->bodyLayout->addLayout(bodyButtons);
    connect(saveBodyButton, &QPushButton::clicked, this, &ResultPanel::saveBody);
    for (QPlainTextEdit *view : {ui->bodyView, ui->rawView}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view, findAction](const QPoint &at) {
            QMenu *menu = view->createStandardContextMenu(at);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->addSeparator();
            menu->addAction(findAction);
            QAction *save = menu->addAction(tr("Save body…"), this, &ResultPanel::saveBody);
            save->setEnabled(m_result.status > 0);
            menu->popup(view->viewport()->mapToGlobal(at));
        });
    }

    auto *clearHistoryButton = new QPushButton(tr("C&lear history"), ui->historyTab);
    clearHistoryButton->setObjectName(QStringLiteral("clearHistoryButton"));
    clearHistoryButton->setAccessibleName(tr("Clear the run history of this task"));
    ui->historyButtons->insertWidget(1, clearHistoryButton);
    connect(clearHistoryButton, &QPushButton::clicked, this, [this] {
        if (!m_history)
            return;
        m_history->clear();
        Q_EMIT historyCleared();
    });

    ui->traceView->setModel(m_traceModel);
    // A long expression is elided (its tooltip has all of it) so that the value and the type stay in view.
    QHeaderView *traceHeader = ui->traceView->header();
    traceHeader->setStretchLastSection(false);
    traceHeader->setSectionResizeMode(TraceModel::ExpressionColumn, QHeaderView::Stretch);
    traceHeader->setSectionResizeMode(TraceModel::ValueColumn, QHeaderView::Interactive);
    traceHeader->setSectionResizeMode(TraceModel::TypeColumn, QHeaderView::ResizeToContents);
    traceHeader->resizeSection(TraceModel::ValueColumn, fontMetrics().horizontalAdvance(u'x') * 24);
    ui->traceView->setTextElideMode(Qt::ElideMiddle);
    // Moving through the trace reveals each value in the tree; a click or Enter also switches to it.
    connect(ui->traceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { revealPath(current.data(TraceModel::PathRole).toString(), false); });
    const auto showInTree = [this](const QModelIndex &index) {
        revealPath(index.data(TraceModel::PathRole).toString(), true);
    };
    connect(ui->traceView, &QTreeView::clicked, this, showInTree);
    connect(ui->traceView, &QTreeView::activated, this, showInTree);

    // A value revealed while the tree was hidden is scrolled into view once the tree shows.
    const auto scrollTreeToCurrent = [this] {
        if (ui->treeView->isVisible() && ui->treeView->currentIndex().isValid())
            ui->treeView->scrollTo(ui->treeView->currentIndex());
    };
    connect(ui->tabs, &QTabWidget::currentChanged, this, scrollTreeToCurrent);
    connect(ui->bodyViews, &QTabWidget::currentChanged, this, scrollTreeToCurrent);
    ui->treeView->header()->resizeSection(JsonTreeModel::KeyColumn, fontMetrics().horizontalAdvance(u'x') * 24);
    ui->treeView->header()->resizeSection(JsonTreeModel::ValueColumn, fontMetrics().horizontalAdvance(u'x') * 40);

    connect(ui->runAgainButton, &QPushButton::clicked, this, &ResultPanel::rerunRequested);
    ui->tabs->setTabVisible(ui->tabs->indexOf(ui->tlsTab), false);

    m_runningTicker->setInterval(200);
    connect(m_runningTicker, &QTimer::timeout, this, &ResultPanel::updateRunningLine);
    clear();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::clear()
{
    stopRunningClock();
    ++m_bodyGeneration;
    ++m_rejudgeGeneration;
    m_rejudgeRunning = false;
    m_pendingRejudge.reset();
    m_result = RunResult();
    m_restoredShown = false;
    m_document = Json::Document();
    m_judgeDocument = Json::Document();
    m_documentReady = true;
    ui->verdictLabel->setText(tr("Not run yet — press Send (Ctrl+Enter)."));
    ui->verdictLabel->setStyleSheet(QString());
    ui->reasonsLabel->clear();
    ui->rejudgeLabel->clear();
    ui->rejudgeLabel->setVisible(false);
    ui->statusLineLabel->clear();
    m_prettyFeeder->stop();
    m_rawFeeder->stop();
    ui->bodyView->clear();
    ui->rawView->clear();
    ui->bodyNoteLabel->clear();
    ui->bodyNoteLabel->setVisible(false);
    m_treeModel->setDocument(Json::Document());
    updateTreeActions();
    ui->headersTable->setRowCount(0);
    ui->requestView->clear();
    ui->logView->clear();
    ui->tlsView->clear();
    ui->tabs->setTabVisible(ui->tabs->indexOf(ui->tlsTab), false);
    m_traceModel->setTrace(Expression::Trace());
    ui->criteriaSummaryLabel->clear();
    ui->criteriaNotesLabel->clear();
    ui->callbackView->clear();
    ui->progressBar->setVisible(false);
    m_saveBodyButton->setEnabled(false);
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
    m_runningRequest = QStringLiteral("%1 %2").arg(method, url);
    m_bytesReceived = 0;
    m_runningClock.start();
    m_runningTicker->start();
    ui->progressBar->setVisible(true);
    updateRunningLine();
}

void ResultPanel::showProgress(qint64 bytesReceived, qint64 elapsedMs)
{
    Q_UNUSED(elapsedMs) // the panel's own clock also ticks while no bytes arrive
    m_bytesReceived = bytesReceived;
    updateRunningLine();
}

void ResultPanel::updateRunningLine()
{
    const qint64 elapsed = m_runningClock.isValid() ? m_runningClock.elapsed() : 0;
    ui->statusLineLabel->setText(tr("%1 · %2 s · %3 received")
                                     .arg(m_runningRequest)
                                     .arg(shownLocale().toString(elapsed / 1000.0, 'f', 1))
                                     .arg(QLocale().formattedDataSize(m_bytesReceived)));
}

void ResultPanel::stopRunningClock()
{
    m_runningTicker->stop();
    m_runningClock.invalidate();
}

QString ResultPanel::verdictText() const
{
    return ui->verdictLabel->text();
}

bool ResultPanel::isBusy() const
{
    return !m_documentReady || m_rejudgeRunning || m_prettyFeeder->isActive() || m_rawFeeder->isActive();
}

void ResultPanel::showVerdict(const RunResult &result)
{
    // Loud on purpose: a pass with the certificate unchecked must never look like a plain pass.
    ui->verdictLabel->setText(
        result.tls.insecure
            ? tr("%1 — TLS CERTIFICATE NOT CHECKED (insecure)").arg(RunResult::verdictWord(result.verdict))
            : RunResult::verdictWord(result.verdict));
    ui->verdictLabel->setStyleSheet(bannerStyle(result.verdict));
    QStringList items;
    for (const QString &reason : result.reasons)
        items.append(QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped()));
    ui->reasonsLabel->setText(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())));
}

void ResultPanel::showCriteria(const RunResult &result)
{
    if (!result.criteria) {
        m_traceModel->setTrace(Expression::Trace());
        ui->criteriaSummaryLabel->setText(tr("No success criteria: the response body does not affect the verdict."));
        ui->criteriaNotesLabel->clear();
        return;
    }
    const CriteriaOutcome &outcome = *result.criteria;
    QString summary =
        tr("<b>Evaluated:</b> <code>%1</code><br><b>Value:</b> %2")
            .arg(outcome.expression.toHtmlEscaped(), CriteriaOutcome::statusText(outcome.status).toHtmlEscaped());
    if (!outcome.message.isEmpty())
        summary += QStringLiteral("<br>") + outcome.message.toHtmlEscaped();
    ui->criteriaSummaryLabel->setText(summary);
    ui->criteriaNotesLabel->setText(outcome.notes.join(u'\n'));
    m_traceModel->setTrace(outcome.trace);
    ui->traceView->expandAll();
}

void ResultPanel::showResult(const RunResult &received)
{
    present(received, nullptr);
}

void ResultPanel::showResult(const RunResult &received, const RunResult &shown)
{
    present(received, &shown);
}

void ResultPanel::present(const RunResult &received, const RunResult *shown)
{
    stopRunningClock();
    ui->progressBar->setVisible(false);
    ++m_rejudgeGeneration;
    m_rejudgeRunning = false;
    m_pendingRejudge.reset();
    m_result = received;
    ui->rejudgeLabel->clear();
    ui->rejudgeLabel->setVisible(false);

    // Every tab shows the display-safe copy; the received result is kept only to re-judge it. Without one from the
    // dry run, the panel makes it, the body last, in showBody(), off the GUI thread when it is big.
    RunResult withoutBody;
    if (!shown) {
        withoutBody = received;
        withoutBody.body.clear();
    }
    const RunResult result = shown ? *shown : withoutBody.displaySafe();
    const PreparedRequest &request = result.request;
    m_restoredShown = false;
    showVerdict(result);
    m_saveBodyButton->setEnabled(result.status > 0);
    if (result.status > 0) {
        ui->statusLineLabel->setText(
            tr("%1 %2 · headers %3 ms · total %4 ms · %5")
                .arg(result.status)
                .arg(result.reasonPhrase)
                .arg(result.msToHeaders >= 0 ? QString::number(result.msToHeaders) : QStringLiteral("–"))
                .arg(result.msTotal)
                .arg(QLocale().formattedDataSize(result.bodyBytes)));
    } else {
        ui->statusLineLabel->setText(tr("No response · %1 ms").arg(result.msTotal));
    }
    showBody(received, shown ? std::optional<QByteArray>(shown->body) : std::nullopt);

    ui->headersTable->setRowCount(int(result.responseHeaders.size()));
    for (int row = 0; row < result.responseHeaders.size(); ++row) {
        ui->headersTable->setItem(row, 0, new QTableWidgetItem(result.responseHeaders.at(row).first));
        ui->headersTable->setItem(row, 1, new QTableWidgetItem(result.responseHeaders.at(row).second));
    }

    QString sent;
    if (!request.method.isEmpty()) {
        sent = request.method + QLatin1Char(' ') + request.url + QLatin1Char('\n');
        for (const auto &[name, value] : request.redactedWireHeaders())
            sent += name + QStringLiteral(": ") + value + QLatin1Char('\n');
        if (request.hasBody)
            sent += QLatin1Char('\n') + QString::fromUtf8(request.body);
        if (!result.redirects.isEmpty())
            sent += QLatin1Char('\n') + tr("Redirects:") + QLatin1Char('\n');
        for (const RedirectHop &hop : result.redirects) {
            sent += tr("↪ %1 %2: %3 %4")
                        .arg(QString::number(hop.status), RunResult::statusName(hop.status), hop.method, hop.to);
            if (!hop.droppedHeaders.isEmpty())
                sent += QLatin1Char(' ')
                    + tr("(another origin: %1 not sent)").arg(hop.droppedHeaders.join(QStringLiteral(", ")));
            sent += QLatin1Char('\n');
        }
    }
    ui->requestView->setPlainText(sent);
    ui->logView->setPlainText(result.log);

    const TlsDetails &tls = result.tls;
    ui->tabs->setTabVisible(ui->tabs->indexOf(ui->tlsTab), tls.used);
    if (tls.used) {
        QString text = tr("Protocol: %1\nCipher: %2\nServer certificate: %3\nIssued by: %4\nExpires: %5\n")
                           .arg(tls.protocol, tls.cipher, tls.peerSubject, tls.peerIssuer,
                                QLocale().toString(tls.peerExpiry, QLocale::LongFormat));
        if (!tls.errors.isEmpty())
            text += tr("\nErrors:\n%1").arg(tls.errors.join(u'\n'));
        ui->tlsView->setPlainText(text);
    } else {
        ui->tlsView->clear();
    }
    showCriteria(result);
}

void ResultPanel::showBody(const RunResult &result, const std::optional<QByteArray> &shownBody)
{
    const quint64 generation = ++m_bodyGeneration;
    m_prettyFeeder->stop();
    m_rawFeeder->stop();
    m_document = Json::Document();
    m_judgeDocument = Json::Document();
    m_treeModel->setDocument(Json::Document());
    updateTreeActions();
    if (result.body.size() <= inlineLimit) {
        applyBody(renderBody(result.body, result.bodyDocument,
                             shownBody ? *shownBody : result.redactor().apply(result.body), result.bodyTruncated));
        return;
    }
    m_documentReady = false;
    ui->bodyView->clear();
    ui->rawView->clear();
    ui->bodyNoteLabel->setText(
        tr("Preparing the views of a %1 body…").arg(QLocale().formattedDataSize(result.body.size())));
    ui->bodyNoteLabel->setVisible(true);
    runInBackground(
        this,
        [body = result.body, parsed = result.bodyDocument, shownBody, redactor = result.redactor(),
         truncated = result.bodyTruncated]() {
            return renderBody(body, parsed, shownBody ? *shownBody : redactor.apply(body), truncated);
        },
        [this, generation](ResultBodyRendering rendering) {
            // A newer result may have replaced this one while the worker rendered.
            if (generation == m_bodyGeneration)
                applyBody(rendering);
        });
}

void ResultPanel::applyBody(const ResultBodyRendering &rendering)
{
    m_document = rendering.document;
    m_judgeDocument = rendering.judged;
    m_documentReady = true;
    // Attached after the text is in (or, for a chunked fill, while the view is still empty), so the text is
    // highlighted once rather than once on insertion and again on attaching.
    if (m_highlighter->document())
        m_highlighter->setDocument(nullptr);
    m_prettyFeeder->setText(rendering.pretty);
    if (rendering.highlight)
        m_highlighter->setDocument(ui->bodyView->document());
    m_rawFeeder->setText(rendering.raw);
    ui->bodyNoteLabel->setText(rendering.notes.join(u' '));
    ui->bodyNoteLabel->setVisible(!rendering.notes.isEmpty());
    if (!m_document.hasError()) {
        m_treeModel->setDocument(m_document);
        if (m_treeFilterEdit->text().trimmed().isEmpty())
            ui->treeView->expand(m_treeModel->index(0, 0));
        else
            applyTreeFilter();
    }
    updateTreeActions();
    Q_EMIT responseParsed(m_judgeDocument);
    if (m_pendingRejudge) {
        const PendingRejudge pending = *std::exchange(m_pendingRejudge, std::nullopt);
        runRejudge(pending.criteria, pending.variables, pending.treatAny2xxAsSuccess);
    }
}

void ResultPanel::rejudge(const QString &criteria, const VariableSet &variables,
                          std::optional<bool> treatAny2xxAsSuccess)
{
    if (!m_result.canRejudge() || m_restoredShown)
        return;
    ++m_rejudgeGeneration;
    if (!m_documentReady) {
        m_pendingRejudge = PendingRejudge {criteria, variables, treatAny2xxAsSuccess};
        m_rejudgeRunning = true;
        return;
    }
    runRejudge(criteria, variables, treatAny2xxAsSuccess);
}

void ResultPanel::markStale(const QString &why)
{
    ui->rejudgeLabel->setText(why);
    ui->rejudgeLabel->setVisible(true);
}

void ResultPanel::runRejudge(const QString &criteria, const VariableSet &variables,
                             std::optional<bool> treatAny2xxAsSuccess)
{
    const quint64 generation = ++m_rejudgeGeneration;
    if (treatAny2xxAsSuccess)
        m_result.options.treatAny2xxAsSuccess = *treatAny2xxAsSuccess;
    const qint64 bodyBytes = m_result.body.size();
    const bool truncated = m_result.bodyTruncated;
    if (bodyBytes <= inlineLimit) {
        applyRejudge(generation,
                     std::make_shared<const CriteriaOutcome>(
                         CriteriaEvaluator().evaluate(criteria, variables, m_judgeDocument, bodyBytes, truncated)));
        return;
    }
    m_rejudgeRunning = true;
    runInBackground(
        this,
        [criteria, variables, document = m_judgeDocument, bodyBytes, truncated]() {
            return std::make_shared<const CriteriaOutcome>(
                CriteriaEvaluator().evaluate(criteria, variables, document, bodyBytes, truncated));
        },
        [this, generation](std::shared_ptr<const CriteriaOutcome> outcome) { applyRejudge(generation, outcome); });
}

void ResultPanel::applyRejudge(quint64 generation, const std::shared_ptr<const CriteriaOutcome> &outcome)
{
    if (generation != m_rejudgeGeneration)
        return; // a newer criteria (or a new run) came in meanwhile
    m_rejudgeRunning = false;
    m_result = CriteriaJudge::rejudged(m_result, outcome);
    // The body is shown already and is not shown again: the copy to mask is the verdict, reasons and criteria.
    RunResult judged = m_result;
    judged.body.clear();
    const RunResult shown = judged.displaySafe();
    showVerdict(shown);
    showCriteria(shown);
    if (outcome->status == CriteriaOutcome::Status::ParseError) {
        // Half-typed: FAILED would flash on every keystroke for an expression the user has not finished.
        ui->verdictLabel->setText(tr("INCOMPLETE EXPRESSION"));
        ui->verdictLabel->setStyleSheet(bannerStyle(RunResult::Verdict::NotCompleted));
        ui->reasonsLabel->setText(
            QStringLiteral("<ul style=\"margin-left:-20px\"><li>%1</li></ul>")
                .arg(tr("The success criteria does not parse yet (%1). Sent like this, the task would fail.")
                         .arg(m_result.redactor().apply(outcome->detail))
                         .toHtmlEscaped()));
    }
    ui->rejudgeLabel->setText(tr("Re-judged against the last response without sending it again."));
    ui->rejudgeLabel->setVisible(true);
}

void ResultPanel::revealPath(const QString &path, bool switchToTree)
{
    if (path.isEmpty() || !m_documentReady)
        return;
    if (ui->treeView->model() != m_treeModel) {
        // The value may be filtered out: show the whole tree again.
        m_treeFilterEdit->clear();
        applyTreeFilter();
    }
    const std::optional<QList<Json::PathStep>> steps = JsonTreeModel::parsePath(path);
    if (!steps)
        return;
    const QModelIndex index = m_treeModel->indexForPath(*steps);
    if (!index.isValid())
        return;
    // Switch first: a hidden view cannot know where to scroll.
    if (switchToTree) {
        ui->bodyViews->setCurrentWidget(ui->treePage);
        ui->tabs->setCurrentWidget(ui->bodyTab);
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ui->treeView->expand(parent);
    ui->treeView->setCurrentIndex(index);
    ui->treeView->scrollTo(index);
}

void ResultPanel::setTreeModel(QAbstractItemModel *model)
{
    if (ui->treeView->model() == model)
        return;
    QItemSelectionModel *oldSelection = ui->treeView->selectionModel();
    ui->treeView->setModel(model);
    delete oldSelection;
    connect(ui->treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultPanel::updateTreeActions);
    ui->treeView->header()->resizeSection(JsonTreeModel::KeyColumn, fontMetrics().horizontalAdvance(u'x') * 24);
    ui->treeView->header()->resizeSection(JsonTreeModel::ValueColumn, fontMetrics().horizontalAdvance(u'x') * 40);
    updateTreeActions();
}

void ResultPanel::setTreeFilter(const QString &text)
{
    m_treeFilterEdit->setText(text);
    applyTreeFilter();
}

void ResultPanel::applyTreeFilter()
{
    const QString text = m_treeFilterEdit->text().trimmed();
    if (text.isEmpty()) {
        m_treeFilterNote->setVisible(false);
        setTreeModel(m_treeModel);
        ui->treeView->expand(m_treeModel->index(0, 0));
        return;
    }
    // The tree loads rows as they are expanded; a filter has to look at all of them, up to a bound.
    const bool complete = fetchAllRows(m_treeModel, maxFilterRows);
    static_cast<TreeFilter *>(m_treeFilter)->setText(text);
    setTreeModel(m_treeFilter);
    ui->treeView->expandAll();
    m_treeFilterNote->setText(
        complete ? QString()
                 : tr("The filter looked at the first %L1 values only; the body has more. Expand the tree to see "
                      "the rest.")
                       .arg(maxFilterRows));
    m_treeFilterNote->setVisible(!complete);
    if (m_treeFilter->rowCount() == 0) {
        m_treeFilterNote->setText(tr("No key or value contains “%1”.").arg(text));
        m_treeFilterNote->setVisible(true);
    }
}

void ResultPanel::openFindBar()
{
    ui->tabs->setCurrentWidget(ui->bodyTab);
    if (ui->bodyViews->currentWidget() == ui->treePage) {
        m_treeFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_treeFilterEdit->selectAll();
        return;
    }
    m_findBar->setTarget(ui->bodyViews->currentWidget() == ui->rawPage ? ui->rawView : ui->bodyView);
    m_findBar->open();
}

bool ResultPanel::saveBodyTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.body) != m_result.body.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ResultPanel::saveBody()
{
    if (m_result.status <= 0)
        return;
    QString suggested = QStringLiteral("response.txt");
    for (const auto &[name, value] : std::as_const(m_result.responseHeaders)) {
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            continue;
        if (value.contains(QLatin1String("json")))
            suggested = QStringLiteral("response.json");
        else if (value.contains(QLatin1String("xml")))
            suggested = QStringLiteral("response.xml");
        else if (!value.startsWith(QLatin1String("text/")))
            suggested = QStringLiteral("response.bin");
    }
    QFileDialog dialog(this, tr("Save response body"));
    dialog.setObjectName(QStringLiteral("saveBodyDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!saveBodyTo(dialog.selectedFiles().constFirst(), &error))
        QMessageBox::warning(this, tr("Save response body"), tr("The body could not be saved: %1").arg(error));
}

void ResultPanel::updateTreeActions()
{
    const QModelIndex current = ui->treeView->currentIndex();
    ui->useInCriteriaButton->setEnabled(
        current.isValid() && !current.siblingAtColumn(0).data(JsonTreeModel::CriteriaRole).toString().isEmpty());
}

void ResultPanel::useSelectedInCriteria()
{
    const QModelIndex current = ui->treeView->currentIndex();
    if (!current.isValid())
        return;
    const QString expression = current.siblingAtColumn(0).data(JsonTreeModel::CriteriaRole).toString();
    if (!expression.isEmpty())
        Q_EMIT criteriaSuggested(expression);
}

void ResultPanel::setHistory(RunHistory *history)
{
    if (history == m_history)
        return;
    QItemSelectionModel *oldSelection = ui->historyView->selectionModel();
    ui->historyView->setModel(history);
    // setModel() leaves the old selection model to its owner, which is the caller.
    delete oldSelection;
    m_history = history;
    if (!history)
        return;
    connect(ui->historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showHistoryEntry(current.row());
            });
}

void ResultPanel::showHistoryEntry(int row)
{
    if (!m_history || row < 0 || row >= m_history->rowCount())
        return;
    showResult(m_history->result(row), m_history->shownResult(row));
    if (m_history->isRestored(row)) {
        // Only what is safe to keep on disk survived: no body, headers or log to save, show or re-judge.
        m_restoredShown = true;
        m_saveBodyButton->setEnabled(false);
        ui->bodyNoteLabel->setText(tr("This run is from an earlier session: only its time, request line, status, "
                                      "verdict and reasons were kept."));
        ui->bodyNoteLabel->setVisible(true);
    }
}

RunHistory *ResultPanel::history() const
{
    return m_history;
}

void ResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->updateColors(palette());
    QWidget::changeEvent(event);
}

} // namespace RestGate
