#include "app/callback/callbacktimelinemodel.h"

#include "app/widgets/darkpalette.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace RestGate {

using Severity = CallbackCheck::Severity;
using Kind = CallbackEntry::Kind;

namespace {

int rank(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return 0;
    case Severity::Note:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Problem:
        return 3;
    }
    return 1;
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return CallbackTimelineModel::tr("ok");
    case Severity::Note:
        return CallbackTimelineModel::tr("note");
    case Severity::Warning:
        return CallbackTimelineModel::tr("warning");
    case Severity::Problem:
        return CallbackTimelineModel::tr("PROBLEM");
    }
    return QString();
}

} // namespace

CallbackTimelineModel::CallbackTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CallbackTimelineModel::~CallbackTimelineModel() = default;

void CallbackTimelineModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void CallbackTimelineModel::addEntry(const CallbackEntry &entry)
{
    const auto existing = std::find_if(m_entries.begin(), m_entries.end(), [&](const CallbackEntry &candidate) {
        return candidate.sequence == entry.sequence;
    });
    if (existing != m_entries.end()) {
        const int row = int(existing - m_entries.begin());
        *existing = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
}

void CallbackTimelineModel::setEntries(const QList<CallbackEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CallbackTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallbackTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CallbackEntry &entry = m_entries.at(index.row());
    const Severity worst = worstSeverity(entry);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn:
            return entry.sequence;
        case TimeColumn:
            return entry.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return entry.method.isEmpty() ? QStringLiteral("?") : entry.method;
        case KindColumn:
            return kindText(entry.kind);
        case StatusColumn:
            return entry.status;
        case SummaryColumn:
            return entry.summary;
        case CheckColumn: {
            const auto found = std::find_if(entry.checks.cbegin(), entry.checks.cend(),
                                            [&](const CallbackCheck &check) { return check.severity == worst; });
            if (found == entry.checks.cend())
                return QString();
            const qsizetype others = std::count_if(entry.checks.cbegin(), entry.checks.cend(),
                                                   [&](const auto &c) { return c.severity == worst; })
                - 1;
            return others > 0 ? tr("%1 (and %n more)", nullptr, int(others)).arg(found->text) : found->text;
        }
        }
        break;
    case Qt::ToolTipRole: {
        if (index.column() != CheckColumn && index.column() != SummaryColumn)
            return entry.target;
        QStringList lines;
        for (const CallbackCheck &check : entry.checks)
            lines.append(QStringLiteral("%1: %2").arg(severityText(check.severity), check.text));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole: {
        if (index.column() == StatusColumn)
            return severityColor(entry.status >= 400 ? Severity::Problem : Severity::Ok);
        if (index.column() != CheckColumn)
            break;
        const QColor color = severityColor(worst);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeverityRole:
        return int(worst);
    case SequenceRole:
        return entry.sequence;
    default:
        break;
    }
    return QVariant();
}

QVariant CallbackTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case KindColumn:
        return tr("Route");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("Summary");
    case CheckColumn:
        return tr("Check");
    default:
        break;
    }
    return QVariant();
}

Severity CallbackTimelineModel::worstSeverity(const CallbackEntry &entry)
{
    if (entry.checks.isEmpty())
        return Severity::Note;
    Severity worst = entry.checks.constFirst().severity;
    for (const CallbackCheck &check : entry.checks) {
        if (rank(check.severity) > rank(worst))
            worst = check.severity;
    }
    return worst;
}

QString CallbackTimelineModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return tr("event");
    case Kind::Feed:
        return tr("feed");
    case Kind::LogCreate:
        return tr("log (create)");
    case Kind::LogAppend:
        return tr("log (append)");
    case Kind::RecordsGet:
        return tr("timeline record (read)");
    case Kind::RecordsUpdate:
        return tr("timeline record (update)");
    case Kind::Unrecognised:
        return tr("not a plan endpoint");
    case Kind::MalformedHttp:
        return tr("malformed HTTP");
    case Kind::TooLarge:
        return tr("body too large");
    case Kind::Incomplete:
        return tr("incomplete request");
    }
    return QString();
}

QColor CallbackTimelineModel::severityColor(Severity severity)
{
    // A dark base needs lighter shades of the same colours to stay readable.
    const bool dark = isDarkPalette(QGuiApplication::palette());
    switch (severity) {
    case Severity::Ok:
        return QColor(QRgb(dark ? 0x81c784 : 0x2e7d32));
    case Severity::Warning:
        return QColor(QRgb(dark ? 0xffb74d : 0xb26a00));
    case Severity::Problem:
        return QColor(QRgb(dark ? 0xe57373 : 0xc62828));
    case Severity::Note:
        break;
    }
    return QColor();
}

} // namespace RestGate
