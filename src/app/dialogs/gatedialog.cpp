#include "app/dialogs/gatedialog.h"

#include "app/dialogs/gateevaluationmodel.h"
#include "app/widgets/darkpalette.h"
#include "app/widgets/gateplot.h"
#include "dryrun/credentialstep.h"
#include "ui_gatedialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace RestGate {

GateDialog::GateDialog(TaskRunner *runner, CredentialResolver *credentials, const RunInput &input,
                       const RunOptions &options, const QString &taskName, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::GateDialog>())
    , m_input(input)
    , m_options(options)
    , m_simulator(new GateSimulator(runner, this))
    , m_model(new GateEvaluationModel(this))
    , m_credentialStep(new CredentialStep(credentials, this))
{
    ui->setupUi(this);
    setWindowTitle(tr("Simulate gate — %1").arg(taskName));
    ui->evaluationsView->setModel(m_model);
    QHeaderView *header = ui->evaluationsView->horizontalHeader();
    for (int column = 0; column < GateEvaluationModel::ReasonColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    ui->problemLabel->hide();
    ui->adviceLabel->hide();

    connect(ui->startButton, &QPushButton::clicked, this, &GateDialog::start);
    connect(ui->stopButton, &QPushButton::clicked, this, &GateDialog::stop);
    connect(ui->axisCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { ui->plot->setAxis(index == 1 ? GatePlot::Axis::Status : GatePlot::Axis::Latency); });
    for (QLineEdit *edit : {ui->delayEdit, ui->intervalEdit, ui->minSuccessEdit, ui->timeoutEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { settingsFromFields(); });

    connect(m_simulator, &GateSimulator::evaluationFinished, this, [this](const GateEvaluation &evaluation) {
        m_model->append(evaluation);
        ui->plot->addEvaluation(evaluation);
        ui->evaluationsView->scrollToBottom();
    });
    connect(m_simulator, &GateSimulator::evaluationStarted, this, [this](int number) {
        ui->summaryLabel->setText(tr("Evaluation %1 running… %2").arg(number).arg(m_simulator->summary(true)));
    });
    connect(m_simulator, &GateSimulator::finished, this, &GateDialog::onFinished);
    connect(m_credentialStep, &CredentialStep::finished, this, &GateDialog::onCredential);
    m_clock.setInterval(250);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        ui->plot->setNowMs(m_simulator->elapsedMs());
        if (!m_simulator->evaluations().isEmpty() || m_simulator->elapsedMs() > 0)
            ui->summaryLabel->setText(m_simulator->summary(true));
    });
    settingsFromFields();
    updateControls();
}

GateDialog::~GateDialog()
{
    // The lookup is dropped unreported: its answer would reach a dialog half torn down.
    delete m_credentialStep;
}

GatePlot *GateDialog::plot() const
{
    return ui->plot;
}

std::optional<GateSettings> GateDialog::settingsFromFields()
{
    GateSettings settings;
    const struct
    {
        QLineEdit *edit;
        qint64 *target;
        QString label;
    } fields[] = {{ui->delayEdit, &settings.delayMs, tr("The delay before evaluation")},
                  {ui->intervalEdit, &settings.intervalMs, tr("The time between evaluations")},
                  {ui->minSuccessEdit, &settings.minSuccessMs, tr("The minimum duration for steady results")},
                  {ui->timeoutEdit, &settings.timeoutMs, tr("The timeout")}};
    for (const auto &field : fields) {
        const std::optional<qint64> ms = GateSettings::parseDuration(field.edit->text());
        if (!ms) {
            showProblem(tr("%1 is not a duration: write it like 30s, 5m, 1h30m or 250ms.").arg(field.label));
            return std::nullopt;
        }
        *field.target = *ms;
    }
    const QString problem = settings.problem();
    showProblem(problem);
    if (!problem.isEmpty())
        return std::nullopt;
    const QStringList advice = settings.advice();
    ui->adviceLabel->setText(advice.join(QLatin1Char('\n')));
    ui->adviceLabel->setVisible(!advice.isEmpty());
    return settings;
}

void GateDialog::showProblem(const QString &problem)
{
    // The same reds as the rest of the window, readable on a dark base as on a light one.
    const bool dark = isDarkPalette(palette());
    ui->problemLabel->setStyleSheet(dark ? QStringLiteral("color: #ef5350") : QStringLiteral("color: #c62828"));
    ui->problemLabel->setText(problem);
    ui->problemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        ui->adviceLabel->hide();
    updateControls();
}

void GateDialog::start()
{
    if (m_simulator->isRunning() || m_credentialStep->isRunning())
        return;
    const std::optional<GateSettings> settings = settingsFromFields();
    if (!settings)
        return;
    m_startSettings = *settings;
    // The secret is looked up for this simulation only (keychain, RESTGATE_SECRET_<NAME>, Azure).
    if (!m_credentialStep->start(m_input)) {
        begin(m_input, *settings);
        return;
    }
    ui->summaryLabel->setText(tr("Reading the connection's secret…"));
    updateControls();
}

void GateDialog::onCredential(const CredentialOutcome &credential)
{
    if (credential.cancelled()) {
        // Stop pressed while the secret was read: nothing started, nothing to say.
        ui->summaryLabel->clear();
        updateControls();
        return;
    }
    if (!credential.ok()) {
        ui->summaryLabel->setText(tr("Not started: %1").arg(credential.failure().errorString));
        updateControls();
        return;
    }
    begin(credential.input, m_startSettings);
}

void GateDialog::begin(const RunInput &input, const GateSettings &settings)
{
    m_model->clear();
    ui->plot->reset(settings);
    if (!m_simulator->start(input, settings, m_options)) {
        ui->summaryLabel->setText(tr("Not started: %1").arg(m_simulator->errorString()));
        updateControls();
        return;
    }
    ui->summaryLabel->setText(m_simulator->summary(true));
    ui->plot->setNowMs(0);
    m_clock.start();
    updateControls();
}

void GateDialog::stop()
{
    m_credentialStep->cancel();
    m_simulator->cancel();
    updateControls();
}

void GateDialog::onFinished(GateSimulator::Outcome outcome)
{
    m_clock.stop();
    ui->plot->setNowMs(-1);
    ui->summaryLabel->setText(tr("%1: %2").arg(GateSimulator::outcomeText(outcome, true), m_simulator->summary(true)));
    updateControls();
    Q_EMIT simulationFinished(outcome);
}

void GateDialog::updateControls()
{
    const bool busy = m_simulator->isRunning() || m_credentialStep->isRunning();
    ui->startButton->setEnabled(!busy && ui->problemLabel->text().isEmpty());
    ui->stopButton->setEnabled(busy);
    for (QLineEdit *edit : {ui->delayEdit, ui->intervalEdit, ui->minSuccessEdit, ui->timeoutEdit})
        edit->setEnabled(!busy);
}

void GateDialog::done(int result)
{
    // Closing is stopping: no request goes out for a dialog nobody sees.
    stop();
    QDialog::done(result);
}

} // namespace RestGate
