#pragma once

#include "core/result/runresult.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>

namespace RestGate {

/// The dry runs of one task, newest first: when, the request line, the HTTP status, the verdict and how long it
/// took. Fresh rows keep their whole RunResult so a past run can be shown again (bodies only for the newest
/// keptBodies: they can be large). toJson()/restore() carry the display-safe part across sessions.
class RunHistory final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistory)

public:
    enum Roles
    {
        StartedAtRole = Qt::UserRole + 1, ///< QDateTime (UTC)
        StatusRole, ///< int, 0 when no response arrived
        VerdictRole, ///< int (RunResult::Verdict)
        VerdictTextRole, ///< PASSED, FAILED, ...
        DurationRole, ///< qint64 milliseconds
        RequestLineRole, ///< "GET https://…", secrets shown as ••••
        RestoredRole, ///< bool: read back from an earlier session (no body, headers or log)
        InsecureRole, ///< bool: the server's TLS certificate was not checked (--insecure / Preferences)
    };

    static constexpr int maxRuns = 50;
    /// Runs past this many keep their verdict and request line but drop the body and headers.
    static constexpr int keptBodies = 20;

    explicit RunHistory(QObject *parent = nullptr);

    /// Adds a finished run at the top (row 0), dropping the oldest past maxRuns. `shown` is its display-safe copy
    /// (DryRunOutcome::shown): what the rows, their tooltips and toJson() take.
    void add(const RunResult &result, const RunResult &shown);
    RunResult result(int row) const;
    /// The display-safe copy of run `row` (for a restored run, the run itself: only safe data was kept).
    RunResult shownResult(int row) const;
    bool isRestored(int row) const;
    void clear();

    /// The runs, newest first, with nothing that may not reach the disk: time, method and URL as shown (secrets
    /// redacted), status, verdict, duration and reasons (the runner redacts them). No headers, body or log.
    QJsonArray toJson() const;
    /// Replaces the rows with runs saved by toJson() (at most maxRuns); they show as restored.
    void restore(const QJsonArray &runs);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Run
    {
        RunResult result;
        RunResult shown;
        bool restored = false;
    };
    QList<Run> m_runs; ///< newest first
};

} // namespace RestGate
