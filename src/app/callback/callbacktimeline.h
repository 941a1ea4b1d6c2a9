#pragma once

#include "callback/callbackentry.h"
#include "callback/callbackverdict.h"

#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTableView;
QT_END_NAMESPACE

namespace RestGate {

class CallbackTimelineModel;

/// The Callback dry run as it happens: the verdict and its reasons on top, every request the plan listener received
/// in order with its check in the middle, and the selected request (headers, body, all checks) below.
class CallbackTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackTimelineView)

public:
    explicit CallbackTimelineView(QWidget *parent = nullptr);
    ~CallbackTimelineView() override;

    /// Forgets the previous run.
    void clear();
    /// Where the service is told to call back, for the header line; the view waits for the verdict from here on.
    void setListenerInfo(const QUrl &collectionUrl, const QString &planId, const QString &hubName);
    void addEntry(const RestGate::CallbackEntry &entry);
    /// Shows the verdict and takes its timeline, which holds every request up to the end of the wait.
    void setVerdict(const RestGate::CallbackVerdict &verdict);

    CallbackTimelineModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects the request in @p row, which shows its details.
    void selectRow(int row);
    QString verdictText() const;
    QString reasonsText() const;
    QString listenerText() const;
    QString detailsText() const;

    /// One request in full for the details pane: request line, answer, checks, headers (already redacted by the
    /// listener), body (JSON indented in the order it was sent).
    static QString details(const CallbackEntry &entry);

private:
    void showDetails();

    CallbackTimelineModel *m_model;
    QLabel *m_verdictLabel;
    QLabel *m_reasonsLabel;
    QLabel *m_listenerLabel;
    QTableView *m_table;
    QPlainTextEdit *m_details;
};

} // namespace RestGate
