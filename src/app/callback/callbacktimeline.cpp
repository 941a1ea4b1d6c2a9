#include "app/callback/callbacktimeline.h"

#include "app/callback/callbacktimelinemodel.h"
#include "core/json/jsondocument.h"
#include "core/json/jsonformat.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RestGate {

namespace {

QString bannerStyle(const QString &background)
{
    return QStringLiteral("background:%1;color:white;font-weight:bold;padding:4px;border-radius:4px;").arg(background);
}

QString verdictStyle(const CallbackVerdict &verdict)
{
    if (verdict.passed())
        return bannerStyle(QStringLiteral("#2e7d32"));
    if (verdict.outcome == CallbackVerdict::Outcome::Cancelled)
        return bannerStyle(QStringLiteral("#b26a00"));
    return bannerStyle(QStringLiteral("#c62828"));
}

QString bodyText(const CallbackEntry &entry)
{
    if (entry.body.isEmpty())
        return CallbackTimelineView::tr("(no body)");
    QString text;
    const Json::Document json = Json::Document::parse(entry.body);
    if (!json.hasError() && json.maxDepth() <= Json::maxIndentDepth
        && (json.root().isObject() || json.root().isArray()))
        text = Json::indented(json.root(), {2, -1});
    else
        text = QString::fromUtf8(entry.body);
    if (entry.bodySize > entry.body.size())
        text += QLatin1Char('\n')
            + CallbackTimelineView::tr("… (%1 of %2 bytes shown)").arg(entry.body.size()).arg(entry.bodySize);
    return text;
}

QString severityText(CallbackCheck::Severity severity)
{
    switch (severity) {
    case CallbackCheck::Severity::Ok:
        return CallbackTimelineView::tr("ok");
    case CallbackCheck::Severity::Note:
        return CallbackTimelineView::tr("note");
    case CallbackCheck::Severity::Warning:
        return CallbackTimelineView::tr("warning");
    case CallbackCheck::Severity::Problem:
        return CallbackTimelineView::tr("PROBLEM");
    }
    return QString();
}

} // namespace

CallbackTimelineView::CallbackTimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CallbackTimelineModel(this))
    , m_verdictLabel(new QLabel(this))
    , m_reasonsLabel(new QLabel(this))
    , m_listenerLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setAccessibleName(tr("Callback verdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonsLabel->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasonsLabel->setAccessibleName(tr("Verdict reasons"));
    m_reasonsLabel->setWordWrap(true);
    m_reasonsLabel->setTextFormat(Qt::PlainText);
    m_reasonsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenerLabel->setObjectName(QStringLiteral("listenerLabel"));
    m_listenerLabel->setAccessibleName(tr("Plan listener"));
    m_listenerLabel->setWordWrap(true);
    m_listenerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setAccessibleName(tr("Requests the plan listener received"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallbackTimelineView::showDetails);
    // A reset (a new run, the verdict's timeline) drops the selection without a currentRowChanged.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallbackTimelineView::showDetails);

    m_details->setObjectName(QStringLiteral("entryDetails"));
    m_details->setAccessibleName(tr("Selected request"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_reasonsLabel);
    layout->addWidget(m_listenerLabel);
    layout->addWidget(splitter, 1);
    clear();
}

CallbackTimelineView::~CallbackTimelineView() = default;

void CallbackTimelineView::clear()
{
    m_model->clear();
    m_verdictLabel->setText(tr("No Callback run yet."));
    m_verdictLabel->setStyleSheet(QString());
    m_reasonsLabel->clear();
    m_reasonsLabel->hide();
    m_listenerLabel->clear();
    m_details->clear();
}

void CallbackTimelineView::setListenerInfo(const QUrl &collectionUrl, const QString &planId, const QString &hubName)
{
    m_listenerLabel->setText(tr("Plan listener: %1 · hub %2 · plan %3").arg(collectionUrl.toString(), hubName, planId));
    m_verdictLabel->setText(tr("Waiting for the service to call back…"));
    m_verdictLabel->setStyleSheet(bannerStyle(QStringLiteral("#1565c0")));
}

void CallbackTimelineView::addEntry(const CallbackEntry &entry)
{
    QScrollBar *scroll = m_table->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    m_model->addEntry(entry);
    if (atEnd)
        m_table->scrollToBottom();
    if (m_table->currentIndex().row() == m_model->rowCount() - 1)
        showDetails();
}

void CallbackTimelineView::setVerdict(const CallbackVerdict &verdict)
{
    const int selected = m_table->currentIndex().isValid()
        ? m_model->data(m_table->currentIndex(), CallbackTimelineModel::SequenceRole).toInt()
        : 0;
    if (!verdict.timeline.isEmpty() || verdict.outcome != CallbackVerdict::Outcome::ListenerError)
        m_model->setEntries(verdict.timeline);
    for (int row = 0; selected > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).sequence == selected)
            selectRow(row);
    }

    m_verdictLabel->setText(QStringLiteral("%1 — %2").arg(verdict.label(), verdict.headline));
    m_verdictLabel->setStyleSheet(verdictStyle(verdict));
    QStringList reasons;
    for (const QString &problem : verdict.problems)
        reasons.append(tr("• %1").arg(problem));
    for (const QString &warning : verdict.warnings)
        reasons.append(tr("• warning: %1").arg(warning));
    m_reasonsLabel->setText(reasons.join(QLatin1Char('\n')));
    m_reasonsLabel->setVisible(!reasons.isEmpty());
}

void CallbackTimelineView::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    showDetails();
}

QString CallbackTimelineView::verdictText() const
{
    return m_verdictLabel->text();
}

QString CallbackTimelineView::reasonsText() const
{
    return m_reasonsLabel->text();
}

QString CallbackTimelineView::listenerText() const
{
    return m_listenerLabel->text();
}

QString CallbackTimelineView::detailsText() const
{
    return m_details->toPlainText();
}

void CallbackTimelineView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->setPlainText(m_model->rowCount() > 0 ? tr("Select a request to see its headers and body.")
                                                        : QString());
        return;
    }
    m_details->setPlainText(details(m_model->entry(current.row())));
}

QString CallbackTimelineView::details(const CallbackEntry &entry)
{
    QString text = tr("#%1  %2 %3\n").arg(entry.sequence).arg(entry.method, entry.target);
    text += tr("Received %1 from %2; answered %3; authentication %4.\n")
                .arg(entry.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                     entry.remoteAddress.isEmpty() ? tr("an unknown address") : entry.remoteAddress)
                .arg(entry.status)
                .arg(CallbackEntry::authName(entry.auth));
    if (!entry.checks.isEmpty()) {
        text += QLatin1Char('\n') + tr("Checks:") + QLatin1Char('\n');
        for (const CallbackCheck &check : entry.checks)
            text += QStringLiteral("  %1: %2\n").arg(severityText(check.severity), check.text);
    }
    text += QLatin1Char('\n') + tr("Headers:") + QLatin1Char('\n');
    if (entry.headers.isEmpty())
        text += tr("  (none recorded)") + QLatin1Char('\n');
    for (const auto &[name, value] : entry.headers)
        text += QStringLiteral("  %1: %2\n").arg(name, value);
    text += QLatin1Char('\n') + tr("Body:") + QLatin1Char('\n') + bodyText(entry);
    return text;
}

} // namespace RestGate
