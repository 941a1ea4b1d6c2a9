#pragma once

#include "runresult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ResultPanel;
}

namespace RestGate {

/// The response beside the verdict: a banner with every reason, the status line, and the body, headers, request,
/// log and criteria of the last dry run.
class ResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget *parent = nullptr);
    ~ResultPanel() override;

    void showRunning(const QString &method, const QString &url);
    void showProgress(qint64 bytesReceived, qint64 elapsedMs);
    void showResult(const RunResult &result);
    /// Callback mode: the initial call was accepted and the run now waits for the service's TaskCompleted.
    void showWaitingForCallback(const QString &listenerUrl);
    /// One more line of what the plan listener received, as it arrives.
    void appendCallbackLine(const QString &line);
    /// The round trip's verdict, explained request by request.
    void showCallbackReport(const QString &report);
    void clear();

    /// The verdict banner's text (PASSED, FAILED, ...), for tests and accessibility.
    QString verdictText() const;

    /// Bodies are shown up to this many bytes; the rest is summarised so a huge response never stalls the window.
    static constexpr qsizetype displayLimit = 1024 * 1024;

private:
    std::unique_ptr<Ui::ResultPanel> ui;
};

} // namespace RestGate
