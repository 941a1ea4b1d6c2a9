#include "app/result/runhistory.h"

#include <QJsonObject>

namespace RestGate {

namespace {

/// From the display-safe copy, whose URL is masked already.
QString requestLine(const RunResult &shown)
{
    if (shown.request.method.isEmpty())
        return {};
    return shown.request.method + QLatin1Char(' ') + shown.request.url;
}

} // namespace

RunHistory::RunHistory(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RunHistory::add(const RunResult &result, const RunResult &shown)
{
    if (m_runs.size() >= maxRuns) {
        beginRemoveRows({}, maxRuns - 1, int(m_runs.size()) - 1);
        m_runs.resize(maxRuns - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend({result, shown, false});
    endInsertRows();
    if (m_runs.size() > keptBodies) {
        Run &old = m_runs[keptBodies];
        for (RunResult *run : {&old.result, &old.shown}) {
            run->body = QByteArray();
            run->responseHeaders.clear();
            run->criteria.reset();
        }
    }
}

RunResult RunHistory::result(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).result : RunResult();
}

RunResult RunHistory::shownResult(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).shown : RunResult();
}

bool RunHistory::isRestored(int row) const
{
    return row >= 0 && row < m_runs.size() && m_runs.at(row).restored;
}

void RunHistory::clear()
{
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

QJsonArray RunHistory::toJson() const
{
    QJsonArray runs;
    for (const Run &run : m_runs) {
        // Stored from the display-safe copy: a reason may quote a secret the success criteria uses.
        const RunResult &r = run.shown;
        runs.append(QJsonObject {
            {QStringLiteral("startedAt"), r.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), r.request.method},
            {QStringLiteral("url"), r.request.url},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("reasonPhrase"), r.reasonPhrase},
            {QStringLiteral("verdict"), int(r.verdict)},
            {QStringLiteral("ms"), r.msTotal},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
            {QStringLiteral("insecure"), r.tls.insecure},
        });
    }
    return runs;
}

void RunHistory::restore(const QJsonArray &runs)
{
    beginResetModel();
    m_runs.clear();
    for (const QJsonValue &value : runs) {
        if (m_runs.size() >= maxRuns)
            break;
        const QJsonObject object = value.toObject();
        RunResult r;
        r.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        r.request.method = object.value(QStringLiteral("method")).toString();
        r.request.url = object.value(QStringLiteral("url")).toString();
        r.status = object.value(QStringLiteral("status")).toInt();
        r.reasonPhrase = object.value(QStringLiteral("reasonPhrase")).toString();
        const int verdict = object.value(QStringLiteral("verdict")).toInt(int(RunResult::Verdict::Error));
        r.verdict = verdict >= 0 && verdict <= int(RunResult::Verdict::NotCompleted) ? RunResult::Verdict(verdict)
                                                                                     : RunResult::Verdict::Error;
        r.msTotal = object.value(QStringLiteral("ms")).toInteger();
        r.tls.insecure = object.value(QStringLiteral("insecure")).toBool();
        for (const QJsonValue &reason : object.value(QStringLiteral("reasons")).toArray())
            r.reasons.append(reason.toString());
        m_runs.append({r, r, true});
    }
    endResetModel();
}

int RunHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant RunHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    // Every text comes from the display-safe copy; the numbers are the same in both.
    const RunResult &run = m_runs.at(index.row()).shown;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString time = run.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        const QString status = run.status > 0 ? QString::number(run.status) : tr("no response");
        const QString line = requestLine(run);
        // An insecure pass proves nothing about the certificate; the list says so as loudly as the banner.
        const QString verdict = run.tls.insecure
            ? tr("%1 (TLS certificate not checked)").arg(RunResult::verdictWord(run.verdict))
            : RunResult::verdictWord(run.verdict);
        const QString summary = tr("%1 · %2 · %3 · %4 ms").arg(time, status, verdict).arg(run.msTotal);
        return line.isEmpty() ? summary : tr("%1 · %2").arg(summary, line);
    }
    case Qt::ToolTipRole: {
        return run.reasons.join(u'\n');
    }
    case StartedAtRole:
        return run.startedAt;
    case StatusRole:
        return run.status;
    case VerdictRole:
        return int(run.verdict);
    case VerdictTextRole:
        return RunResult::verdictText(run.verdict);
    case DurationRole:
        return run.msTotal;
    case RequestLineRole:
        return requestLine(run);
    case RestoredRole:
        return m_runs.at(index.row()).restored;
    case InsecureRole:
        return run.tls.insecure;
    }
    return {};
}

} // namespace RestGate
