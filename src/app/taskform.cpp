#include "taskform.h"

#include "headerparser.h"
#include "preparedrequest.h"
#include "ui_taskform.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextCursor>

namespace RestGate {

namespace {

QString inputNamed(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// The help text of an input as a tooltip: the task's markdown links reduced to their text.
QString helpTooltip(const InputDefinition *input)
{
    if (!input || input->help.isEmpty())
        return {};
    QString text = input->help;
    text.remove(QChar(0x200B));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\(([^)]+)\))"));
    text.replace(link, QStringLiteral("\\1 (\\2)"));
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

void setComboValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().compare(value, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    if (index < 0 && !value.isEmpty()) {
        // A value the task does not list (an expression, a connection the document lacks): keep it visible.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

TaskForm::TaskForm(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::TaskForm>())
{
    ui->setupUi(this);
    for (const TaskDefinition *definition : TaskDefinition::all())
        ui->versionCombo->addItem(definition->reference(), definition->majorVersion);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->headersEdit->setFont(fixed);
    ui->bodyEdit->setFont(fixed);
    ui->criteriaEdit->setFont(fixed);
    // Connection management arrives with the Connections dialog; until then the picker lists the document's.
    ui->manageConnectionsButton->setVisible(false);
    connect(ui->advancedGroup, &QGroupBox::toggled, this, [this](bool expanded) {
        ui->completionLabel->setVisible(expanded);
        ui->completionCombo->setVisible(expanded);
        updateVisibility();
    });
    connectEditors();
    applyDefinition();
    loadValues();
}

TaskForm::~TaskForm() = default;

void TaskForm::setTask(const TaskConfig &task, const QList<ServiceConnection> &connections,
                       const VariableSet &variables)
{
    const bool versionChanged = &task.definition() != &m_task.definition();
    m_task = task;
    m_connections = connections;
    m_variables = variables;
    if (versionChanged)
        applyDefinition();
    loadValues();
}

void TaskForm::connectEditors()
{
    connect(ui->versionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const TaskDefinition *definition = TaskDefinition::forReference(ui->versionCombo->currentText());
        if (!definition || definition == &m_task.definition())
            return;
        const QStringList dropped = m_task.setDefinition(*definition);
        applyDefinition();
        loadValues();
        if (!dropped.isEmpty())
            Q_EMIT inputsDropped(dropped);
        edited();
    });
    connect(ui->displayNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_task.displayName = text;
        edited();
    });
    connect(ui->connectionTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            setInput(inputNamed(Inputs::connectionType), ui->connectionTypeCombo->currentData().toString());
    });
    connect(ui->connectionCombo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading)
            setInput(m_task.connectionInputName(), text);
    });
    connect(ui->methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            setInput(inputNamed(Inputs::method), ui->methodCombo->currentData().toString());
    });
    connect(ui->headersEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setInput(inputNamed(Inputs::headers), ui->headersEdit->toPlainText());
    });
    connect(ui->resetHeadersButton, &QToolButton::clicked, this, [this] {
        // Through the editor, so the change can be undone like typing.
        const QString defaultHeaders = m_task.definition().input(inputNamed(Inputs::headers))->defaultValue;
        QTextCursor cursor(ui->headersEdit->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(defaultHeaders);
    });
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setInput(inputNamed(Inputs::body), ui->bodyEdit->toPlainText());
    });
    connect(ui->urlSuffixEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setInput(inputNamed(Inputs::urlSuffix), text); });
    connect(ui->completionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            setInput(inputNamed(Inputs::waitForCompletion), ui->completionCombo->currentData().toString());
    });
    connect(ui->criteriaEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { setInput(inputNamed(Inputs::successCriteria), text); });
    connect(ui->enabledCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_task.enabled = on;
        edited();
    });
    connect(ui->continueOnErrorCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_task.continueOnError = on;
        edited();
    });
    connect(ui->timeoutSpin, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_loading)
            return;
        m_task.timeoutInMinutes = minutes > 0 ? std::optional<int>(minutes) : std::nullopt;
        edited();
    });
    connect(ui->conditionEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_task.condition = text;
        edited();
    });
}

void TaskForm::applyDefinition()
{
    const QSignalBlocker blocker(this);
    m_loading = true;
    const TaskDefinition &definition = m_task.definition();
    auto label = [&definition](QLabel *widget, const char16_t *name, QWidget *editor) {
        const InputDefinition *input = definition.input(QString::fromUtf16(name));
        if (!input)
            return;
        widget->setText(input->label + (input->required ? QStringLiteral(" *") : QString()));
        widget->setToolTip(helpTooltip(input));
        editor->setToolTip(helpTooltip(input));
        editor->setAccessibleDescription(input->help);
    };
    label(ui->connectionTypeLabel, Inputs::connectionType, ui->connectionTypeCombo);
    label(ui->methodLabel, Inputs::method, ui->methodCombo);
    label(ui->headersLabel, Inputs::headers, ui->headersEdit);
    label(ui->bodyLabel, Inputs::body, ui->bodyEdit);
    label(ui->urlSuffixLabel, Inputs::urlSuffix, ui->urlSuffixEdit);
    label(ui->completionLabel, Inputs::waitForCompletion, ui->completionCombo);
    label(ui->criteriaLabel, Inputs::successCriteria, ui->criteriaEdit);
    if (const InputGroup *group = definition.group(QStringLiteral("completionOptions")))
        ui->advancedGroup->setTitle(group->displayName);

    auto fillOptions = [&definition](QComboBox *combo, const char16_t *name) {
        combo->clear();
        if (const InputDefinition *input = definition.input(QString::fromUtf16(name))) {
            for (const InputOption &option : input->options)
                combo->addItem(option.label, option.value);
        }
    };
    fillOptions(ui->connectionTypeCombo, Inputs::connectionType);
    fillOptions(ui->methodCombo, Inputs::method);
    fillOptions(ui->completionCombo, Inputs::waitForCompletion);
    const bool hasSelector = definition.input(inputNamed(Inputs::connectionType)) != nullptr;
    ui->connectionTypeLabel->setVisible(hasSelector);
    ui->connectionTypeCombo->setVisible(hasSelector);
    ui->headersEdit->setMinimumHeight(ui->headersEdit->fontMetrics().lineSpacing()
                                          * qMin(definition.input(inputNamed(Inputs::headers))->rows, 8)
                                      + 12);
    m_loading = false;
}

void TaskForm::loadValues()
{
    m_loading = true;
    const TaskDefinition &definition = m_task.definition();
    ui->versionCombo->setCurrentIndex(ui->versionCombo->findData(definition.majorVersion));
    ui->displayNameEdit->setText(m_task.displayName);
    if (definition.input(inputNamed(Inputs::connectionType)))
        setComboValue(ui->connectionTypeCombo, m_task.input(inputNamed(Inputs::connectionType)));
    setComboValue(ui->methodCombo, m_task.method().toUpper());
    if (ui->headersEdit->toPlainText() != m_task.input(inputNamed(Inputs::headers)))
        ui->headersEdit->setPlainText(m_task.input(inputNamed(Inputs::headers)));
    if (ui->bodyEdit->toPlainText() != m_task.input(inputNamed(Inputs::body)))
        ui->bodyEdit->setPlainText(m_task.input(inputNamed(Inputs::body)));
    ui->urlSuffixEdit->setText(m_task.input(inputNamed(Inputs::urlSuffix)));
    setComboValue(ui->completionCombo, m_task.input(inputNamed(Inputs::waitForCompletion)));
    ui->criteriaEdit->setText(m_task.input(inputNamed(Inputs::successCriteria)));
    ui->enabledCheck->setChecked(m_task.enabled);
    ui->continueOnErrorCheck->setChecked(m_task.continueOnError);
    ui->timeoutSpin->setValue(m_task.timeoutInMinutes.value_or(0));
    ui->conditionEdit->setText(m_task.condition);
    m_loading = false;
    updateVisibility();
    updateDerived();
}

void TaskForm::updateVisibility()
{
    // Labels and pickers follow the task's visible rules, input by input.
    const QString connectionInput = m_task.connectionInputName();
    if (const InputDefinition *input = m_task.definition().input(connectionInput)) {
        ui->connectionLabel->setText(input->label + QStringLiteral(" *"));
        ui->connectionLabel->setToolTip(helpTooltip(input));
        ui->connectionCombo->setToolTip(helpTooltip(input));
    }
    m_loading = true;
    const QString current = m_task.connectionName();
    ui->connectionCombo->clear();
    const ServiceConnection::Type wanted = connectionInput == inputNamed(Inputs::azureRmConnection)
        ? ServiceConnection::Type::AzureRM
        : connectionInput == inputNamed(Inputs::azureDevOpsConnection) ? ServiceConnection::Type::AzureDevOps
                                                                       : ServiceConnection::Type::Generic;
    for (const ServiceConnection &connection : std::as_const(m_connections)) {
        if (connection.type == wanted)
            ui->connectionCombo->addItem(connection.name, connection.name);
    }
    setComboValue(ui->connectionCombo, current);
    ui->connectionCombo->setEditText(current);
    m_loading = false;

    const bool bodyVisible = m_task.isVisible(inputNamed(Inputs::body));
    ui->bodyLabel->setVisible(bodyVisible);
    ui->bodyEdit->setVisible(bodyVisible);
    ui->bodyCounterLabel->setVisible(bodyVisible);
    const bool expanded = ui->advancedGroup->isChecked();
    const bool criteriaVisible = expanded && m_task.isVisible(inputNamed(Inputs::successCriteria));
    ui->completionLabel->setVisible(expanded);
    ui->completionCombo->setVisible(expanded);
    ui->criteriaLabel->setVisible(criteriaVisible);
    ui->criteriaEdit->setVisible(criteriaVisible);
}

void TaskForm::updateDerived()
{
    const TaskDefinition &definition = m_task.definition();
    auto counter = [](QLabel *label, const QString &text, int maxLength) {
        label->setText(tr("%1 / %2").arg(text.size()).arg(maxLength));
        label->setStyleSheet(text.size() > maxLength ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                     : QString());
    };
    const QString headers = m_task.input(inputNamed(Inputs::headers));
    counter(ui->headersCounterLabel, headers, definition.input(inputNamed(Inputs::headers))->maxLength);
    counter(ui->bodyCounterLabel, m_task.input(inputNamed(Inputs::body)),
            definition.input(inputNamed(Inputs::body))->maxLength);

    const ParsedHeaders parsed = HeaderParser::parse(headers);
    if (!parsed.ok) {
        ui->headersStatusLabel->setText(
            tr("Line %1, column %2: %3").arg(parsed.errorLine).arg(parsed.errorColumn).arg(parsed.error));
        ui->headersStatusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else if (!parsed.warnings.isEmpty()) {
        ui->headersStatusLabel->setText(parsed.warnings.first().message);
        ui->headersStatusLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    } else {
        ui->headersStatusLabel->setText(tr("%n header(s)", nullptr, int(parsed.headers.size())));
        ui->headersStatusLabel->setStyleSheet(QString());
    }

    // The request URL as the server will form it: connection URL, then the suffix with macros expanded.
    const ServiceConnection *connection = nullptr;
    for (const ServiceConnection &c : std::as_const(m_connections)) {
        if (c.name.compare(m_task.connectionName(), Qt::CaseInsensitive) == 0)
            connection = &c;
    }
    const QString suffix = m_task.input(inputNamed(Inputs::urlSuffix));
    const Expansion expansion = MacroExpander(m_variables).expand(suffix);
    QString html = tr("Request URL: ");
    if (connection)
        html += RequestBuilder::baseUrl(*connection).toHtmlEscaped();
    else
        html += QStringLiteral("<i>%1</i>").arg(tr("(choose a service connection)"));
    // Unknown macros stay verbatim in the request, so mark them where they stand.
    QString rendered = expansion.text.toHtmlEscaped();
    for (const QString &name : expansion.unknown) {
        const QString macro = QString(QStringLiteral("$(") + name + QLatin1Char(')')).toHtmlEscaped();
        rendered.replace(macro,
                         QStringLiteral("<span style=\"background:#ffe082;color:#000\" title=\"%1\">%2</span>")
                             .arg(tr("No variable defines this; it is sent as written."), macro));
    }
    ui->requestUrlLabel->setText(html + rendered);

    QList<Finding> findings = m_task.validate();
    if (connection)
        findings += RequestBuilder::urlJoinFindings(RequestBuilder::baseUrl(*connection), expansion.text);
    QStringList lines;
    for (const Finding &finding : std::as_const(findings)) {
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                         .arg(finding.isError() ? QStringLiteral("#c62828") : QStringLiteral("#b26a00"),
                              finding.isError() ? tr("Error:") : tr("Warning:"), finding.message.toHtmlEscaped()));
    }
    ui->findingsLabel->setText(lines.join(QStringLiteral("<br>")));
    ui->findingsLabel->setVisible(!lines.isEmpty());
}

void TaskForm::setInput(const QString &name, const QString &value)
{
    if (m_task.input(name) == value && m_task.isSet(name))
        return;
    m_task.setInput(name, value);
    updateVisibility();
    edited();
}

void TaskForm::edited()
{
    updateDerived();
    Q_EMIT taskEdited(m_task);
}

} // namespace RestGate
