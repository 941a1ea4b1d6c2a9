#pragma once

#include "core/run/gatesimulator.h"
#include "core/run/taskrunner.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class GateDialog;
}

namespace RestGate {

class CredentialResolver;
class CredentialStep;
struct CredentialOutcome;
class GateEvaluationModel;
class GatePlot;

/// Run ▸ Simulate gate…: the selected task re-evaluated as a release gate or check (GateSimulator), with its
/// settings, Start/Stop, a live plot and the table of evaluations. The connection's secret is resolved at each
/// Start, never kept beyond the simulation. Closing the dialog stops the simulation.
class GateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateDialog)

public:
    /// `input` is the task with its variables but without its secret; `credentials` provides that at Start.
    GateDialog(TaskRunner *runner, CredentialResolver *credentials, const RunInput &input, const RunOptions &options,
               const QString &taskName, QWidget *parent = nullptr);
    ~GateDialog() override;

    GateSimulator *simulator() const { return m_simulator; }
    GateEvaluationModel *model() const { return m_model; }
    GatePlot *plot() const;

    /// The settings the fields give, or nothing (and the reason shown under them).
    std::optional<GateSettings> settingsFromFields();

    void done(int result) override;

Q_SIGNALS:
    void simulationFinished(RestGate::GateSimulator::Outcome outcome);

private:
    void start();
    void onCredential(const CredentialOutcome &credential);
    void begin(const RunInput &input, const GateSettings &settings);
    void stop();
    void onFinished(GateSimulator::Outcome outcome);
    void updateControls();
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::GateDialog> ui;
    RunInput m_input;
    RunOptions m_options;
    GateSimulator *m_simulator;
    GateEvaluationModel *m_model;
    CredentialStep *m_credentialStep;
    GateSettings m_startSettings; ///< the settings of the Start that waits for its credential
    QTimer m_clock; ///< moves "now" on the plot and the elapsed time while it runs
};

} // namespace RestGate
