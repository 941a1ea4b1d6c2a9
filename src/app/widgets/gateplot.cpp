#include "app/widgets/gateplot.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace RestGate {

namespace {

constexpr double markSize = 9;

/// A round number at or above `value`, so the axis ends on a label people read at a glance.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

GatePlot::GatePlot(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Evaluations over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
}

void GatePlot::reset(const GateSettings &settings)
{
    m_settings = settings;
    m_evaluations.clear();
    m_nowMs = -1;
    update();
}

void GatePlot::addEvaluation(const GateEvaluation &evaluation)
{
    m_evaluations.append(evaluation);
    update();
}

void GatePlot::setNowMs(qint64 ms)
{
    if (ms == m_nowMs)
        return;
    m_nowMs = ms;
    update();
}

void GatePlot::setAxis(Axis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    update();
}

GatePlot::Mark GatePlot::markFor(RunResult::Verdict verdict)
{
    switch (verdict) {
    case RunResult::Verdict::Passed:
        return Mark::Passed;
    case RunResult::Verdict::Failed:
    case RunResult::Verdict::NotCompleted:
        return Mark::Failed;
    case RunResult::Verdict::Cancelled:
        return Mark::Cancelled;
    case RunResult::Verdict::TimedOut:
    case RunResult::Verdict::Error:
        break;
    }
    return Mark::Error;
}

QColor GatePlot::colorFor(Mark mark)
{
    // Okabe & Ito, "Color Universal Design": bluish green, vermillion, reddish purple, grey.
    switch (mark) {
    case Mark::Passed:
        return QColor(0x00, 0x9E, 0x73);
    case Mark::Failed:
        return QColor(0xD5, 0x5E, 0x00);
    case Mark::Error:
        return QColor(0xCC, 0x79, 0xA7);
    case Mark::Cancelled:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QSize GatePlot::sizeHint() const
{
    return {560, 200};
}

QSize GatePlot::minimumSizeHint() const
{
    return {240, 120};
}

QRectF GatePlot::plotArea() const
{
    const QFontMetrics metrics(font());
    const double left = metrics.horizontalAdvance(QStringLiteral("00000 ms")) + 8;
    const double top = metrics.height() + 8; // the legend
    const double bottom = metrics.height() + 8; // the time labels
    return QRectF(left, top, qMax(10.0, width() - left - 12), qMax(10.0, height() - top - bottom));
}

double GatePlot::yValue(const GateEvaluation &evaluation) const
{
    return m_axis == Axis::Latency ? double(evaluation.latencyMs) : double(evaluation.status);
}

double GatePlot::yMax() const
{
    if (m_axis == Axis::Status)
        return 600;
    double highest = 0;
    for (const GateEvaluation &evaluation : m_evaluations)
        highest = qMax(highest, yValue(evaluation));
    return niceCeiling(qMax(highest, 10.0));
}

QPointF GatePlot::markPosition(const GateEvaluation &evaluation) const
{
    const QRectF area = plotArea();
    const double xRange = double(qMax<qint64>(1, m_settings.timeoutMs));
    const double x = area.left() + area.width() * qBound(0.0, double(evaluation.offsetMs) / xRange, 1.0);
    const double y = area.bottom() - area.height() * qBound(0.0, yValue(evaluation) / yMax(), 1.0);
    return {x, y};
}

void GatePlot::drawMark(QPainter &painter, Mark mark, QPointF centre, double size)
{
    const QColor color = colorFor(mark);
    const double r = size / 2;
    painter.save();
    switch (mark) {
    case Mark::Passed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(centre, r, r);
        break;
    case Mark::Failed: {
        QPainterPath triangle;
        triangle.moveTo(centre.x(), centre.y() - r);
        triangle.lineTo(centre.x() + r, centre.y() + r);
        triangle.lineTo(centre.x() - r, centre.y() + r);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(triangle);
        break;
    }
    case Mark::Error:
        painter.setPen(QPen(color, 2.5));
        painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
        painter.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
        break;
    case Mark::Cancelled:
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r, size, size));
        break;
    }
    painter.restore();
}

void GatePlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF area = plotArea();
    const QFontMetrics metrics(font());
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);

    // Legend: the same marks as the plot, each with its word, so the shape alone is enough.
    struct Entry
    {
        Mark mark;
        QString label;
    };
    const Entry legend[] = {{Mark::Passed, tr("passed")},
                            {Mark::Failed, tr("failed")},
                            {Mark::Error, tr("error / timed out")},
                            {Mark::Cancelled, tr("cancelled")}};
    double x = area.left();
    const double legendY = metrics.height() / 2.0 + 2;
    painter.setPen(text);
    for (const Entry &entry : legend) {
        drawMark(painter, entry.mark, QPointF(x + markSize / 2, legendY), markSize);
        painter.setPen(text);
        painter.drawText(QPointF(x + markSize + 4, legendY + metrics.ascent() / 2.0 - 1), entry.label);
        x += markSize + 4 + metrics.horizontalAdvance(entry.label) + 14;
    }

    // Axes and the y labels.
    painter.setPen(grid);
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());
    const double top = yMax();
    const auto yLabel = [this, top](double fraction) {
        const double value = top * fraction;
        return m_axis == Axis::Latency ? tr("%1 ms").arg(qRound(value)) : QString::number(qRound(value));
    };
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const double y = area.bottom() - area.height() * fraction;
        painter.setPen(grid);
        if (fraction > 0)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(text);
        const QString label = yLabel(fraction);
        painter.drawText(QPointF(area.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2.0),
                         label);
    }
    if (m_axis == Axis::Status) {
        // The one status that passes: Azure DevOps' rule is 200 OK.
        const double y = area.bottom() - area.height() * 200.0 / top;
        painter.setPen(QPen(grid, 1, Qt::DotLine));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(text);
        painter.drawText(
            QPointF(area.left() - 6 - metrics.horizontalAdvance(QStringLiteral("200")), y + metrics.ascent() / 2.0),
            QStringLiteral("200"));
    }

    // Time: 0, the delay (when there is one) and the timeout.
    const double xRange = double(qMax<qint64>(1, m_settings.timeoutMs));
    const auto xAt = [&](qint64 ms) { return area.left() + area.width() * qBound(0.0, double(ms) / xRange, 1.0); };
    painter.setPen(text);
    const double labelY = area.bottom() + metrics.ascent() + 4;
    painter.drawText(QPointF(area.left(), labelY), QStringLiteral("0"));
    const QString timeoutLabel = tr("timeout %1").arg(GateSettings::formatDuration(m_settings.timeoutMs));
    painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(timeoutLabel), labelY), timeoutLabel);
    if (m_settings.delayMs > 0) {
        const double dx = xAt(m_settings.delayMs);
        painter.setPen(QPen(grid, 1, Qt::DashLine));
        painter.drawLine(QPointF(dx, area.top()), QPointF(dx, area.bottom()));
        painter.setPen(text);
        painter.drawText(QPointF(dx + 3, labelY), tr("delay"));
    }
    if (m_nowMs >= 0) {
        const double nx = xAt(m_nowMs);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        painter.drawLine(QPointF(nx, area.top()), QPointF(nx, area.bottom()));
    }

    for (const GateEvaluation &evaluation : std::as_const(m_evaluations))
        drawMark(painter, markFor(evaluation.verdict), markPosition(evaluation), markSize);
}

bool GatePlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const GateEvaluation &evaluation : std::as_const(m_evaluations)) {
            if (QLineF(markPosition(evaluation), help->pos()).length() <= markSize) {
                QString tip = tr("#%1 at +%2: %3, %4, %5 ms")
                                  .arg(evaluation.number)
                                  .arg(GateSettings::formatDuration(evaluation.offsetMs),
                                       RunResult::verdictText(evaluation.verdict),
                                       evaluation.statusText.isEmpty() ? tr("no response") : evaluation.statusText)
                                  .arg(evaluation.latencyMs);
                if (!evaluation.failingReason.isEmpty())
                    tip += QLatin1Char('\n') + evaluation.failingReason;
                QToolTip::showText(help->globalPos(), tip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace RestGate
