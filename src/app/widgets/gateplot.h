#pragma once

#include "core/run/gatesimulator.h"

#include <QList>
#include <QPainter>
#include <QWidget>

namespace RestGate {

/// The evaluations of a gate simulation over time: x is the time since the start (up to the timeout), y the
/// latency or the HTTP status. Each evaluation is a mark whose shape and colour both tell its verdict (passed ●,
/// failed ▲, error or timed out ✕, cancelled □), so it reads the same without colour; the colours are the
/// Okabe–Ito ones, distinguishable with the common colour-vision deficiencies.
class GatePlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatePlot)

public:
    enum class Axis
    {
        Latency,
        Status,
    };
    enum class Mark
    {
        Passed,
        Failed,
        Error, ///< no answer: error or timed out
        Cancelled,
    };

    explicit GatePlot(QWidget *parent = nullptr);

    /// Empties the plot for a simulation with these settings (the x range is 0 … timeout).
    void reset(const GateSettings &settings);
    void addEvaluation(const GateEvaluation &evaluation);
    /// Where "now" is drawn while the simulation runs; negative hides it.
    void setNowMs(qint64 ms);
    void setAxis(Axis axis);
    Axis axis() const { return m_axis; }

    const QList<GateEvaluation> &evaluations() const { return m_evaluations; }
    static Mark markFor(RunResult::Verdict verdict);
    static QColor colorFor(Mark mark);
    /// Draws the mark of `mark` (shape and colour) centred on `centre`; the table's verdict icons use it too.
    static void drawMark(QPainter &painter, Mark mark, QPointF centre, double size);
    /// The centre of an evaluation's mark in widget coordinates (for tests and tooltips).
    QPointF markPosition(const GateEvaluation &evaluation) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    double yValue(const GateEvaluation &evaluation) const;
    double yMax() const;

    GateSettings m_settings;
    QList<GateEvaluation> m_evaluations;
    qint64 m_nowMs = -1;
    Axis m_axis = Axis::Latency;
};

} // namespace RestGate
