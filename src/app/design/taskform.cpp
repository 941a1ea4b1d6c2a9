#include "app/design/taskform.h"

#include "app/design/azuretaskstrings.h"
#include "app/widgets/criteriaedit.h"
#include "app/widgets/darkpalette.h"
#include "app/widgets/jsonhighlighter.h"
#include "core/expression/completion.h"
#include "core/expression/criteriaevaluator.h"
#include "core/request/headerparser.h"
#include "core/request/preparedrequest.h"
#include "core/request/redaction.h"
#include "core/result/criteriajudge.h"
#include "ui_taskform.h"

#include <QFontDatabase>
#include <QFrame>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace RestGate {

namespace {

/// The letter an "&" in `text` makes the accelerator, upper-cased; none for a text without one ("&&" is a literal).
QChar mnemonicLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
        ++i;
    }
    return {};
}

// Alt+ a letter of a Latin script is what a keyboard types; a kanji is not a key.
bool canBeMnemonic(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x250;
}

/// `text` with an accelerator that is not in `used` (which it joins): `preferred` where the text has it, else the
/// first free letter that starts a word, else any free letter. A text with none of its own (Japanese) gets the
/// preferred or first free A-Z in brackets, as the catalogues write it: "成功の条件(&S)". A trailing " *" (required)
/// stays last.
QString withMnemonic(const QString &text, QChar preferred, QSet<QChar> *used)
{
    const bool required = text.endsWith(QLatin1String(" *"));
    const QString plain = required ? text.chopped(2) : text;
    const QString suffix = required ? QStringLiteral(" *") : QString();
    auto escaped = [](QString part) -> QString { return part.replace(QLatin1Char('&'), QLatin1String("&&")); };
    auto markAt = [&](qsizetype i) -> QString {
        used->insert(plain.at(i).toUpper());
        return escaped(plain.left(i)) + u'&' + escaped(plain.mid(i)) + suffix;
    };
    auto free = [used](QChar c) { return canBeMnemonic(c) && !used->contains(c.toUpper()); };
    if (!preferred.isNull() && free(preferred)) {
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (plain.at(i).toUpper() == preferred)
                return markAt(i);
        }
    }
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (free(plain.at(i)) && (i == 0 || !plain.at(i - 1).isLetterOrNumber()))
            return markAt(i);
    }
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (free(plain.at(i)))
            return markAt(i);
    }
    QChar letter = !preferred.isNull() && free(preferred) ? preferred : QChar();
    for (char16_t c = u'A'; letter.isNull() && c <= u'Z'; ++c) {
        if (free(QChar(c)))
            letter = QChar(c);
    }
    if (letter.isNull())
        return escaped(plain) + suffix;
    used->insert(letter);
    return escaped(plain) + QStringLiteral("(&") + letter + u')' + suffix;
}

QString inputNamed(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// Error and warning colours readable on the palette's window and base colours, light or dark.
QColor errorColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0xb2, 0x6a, 0x00);
}

QString colorStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

QString cleanHelp(const InputDefinition *input)
{
    if (!input)
        return {};
    QString text = input->help;
    text.remove(QChar(0x200B));
    return text.trimmed();
}

// The help text of an input as a tooltip: the task's markdown links reduced to their text.
QString helpTooltip(const InputDefinition *input)
{
    QString text = cleanHelp(input);
    if (text.isEmpty())
        return {};
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\(([^)]+)\))"));
    text.replace(link, QStringLiteral("\\1 (\\2)"));
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// The help text as rich text with the task's markdown links made clickable.
QString helpHtml(const InputDefinition *input)
{
    QString text = cleanHelp(input).toHtmlEscaped();
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\(([^)\s]+)\))"));
    text.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
    return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(input->label.toHtmlEscaped(), text);
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
    // The definition's labels replace the form's, which lose their "&"; each keeps the letter the form gave it
    // where it can (assignMnemonics).
    for (QLabel *label : {ui->connectionTypeLabel, ui->connectionLabel, ui->methodLabel, ui->headersLabel,
                          ui->bodyLabel, ui->urlSuffixLabel, ui->completionLabel, ui->criteriaLabel})
        m_definitionLabels.append({label, mnemonicLetter(label->text())});
    for (const TaskDefinition *definition : TaskDefinition::all())
        ui->versionCombo->addItem(definition->reference(), definition->majorVersion);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->headersEdit->setFont(fixed);
    ui->bodyEdit->setFont(fixed);
    ui->criteriaEdit->setFont(fixed);
    m_headersHighlighter = new JsonHighlighter(ui->headersEdit->document());
    m_headersHighlighter->setObjectName(QStringLiteral("headersHighlighter"));
    // Attached to the body only while the body parses as JSON: plain text must not look like broken JSON.
    m_bodyHighlighter = new JsonHighlighter(nullptr);
    m_bodyHighlighter->setParent(this);
    m_bodyHighlighter->setObjectName(QStringLiteral("bodyHighlighter"));
    // Hidden until the window can manage connections (setManageConnectionsAvailable).
    ui->manageConnectionsButton->setVisible(false);
    connect(ui->manageConnectionsButton, &QToolButton::clicked, this, &TaskForm::manageConnectionsRequested);
    // Collapsed, the group is just its title, as in Azure DevOps: no empty frame below it.
    ui->advancedGroup->setFlat(!ui->advancedGroup->isChecked());
    ui->advancedContents->setVisible(ui->advancedGroup->isChecked());
    connect(ui->advancedGroup, &QGroupBox::toggled, this, [this](bool expanded) {
        ui->advancedGroup->setFlat(!expanded);
        ui->advancedContents->setVisible(expanded);
        updateVisibility();
    });

    m_helpButtons = {
        {ui->connectionTypeHelp, ui->connectionTypeLabel, Inputs::connectionType},
        {ui->connectionHelp, ui->connectionLabel, nullptr},
        {ui->methodHelp, ui->methodLabel, Inputs::method},
        {ui->headersHelp, ui->headersLabel, Inputs::headers},
        {ui->bodyHelp, ui->bodyLabel, Inputs::body},
        {ui->urlSuffixHelp, ui->urlSuffixLabel, Inputs::urlSuffix},
        {ui->completionHelp, ui->completionLabel, Inputs::waitForCompletion},
        {ui->criteriaHelp, ui->criteriaLabel, Inputs::successCriteria},
    };
    const QIcon helpIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const HelpButton &help : std::as_const(m_helpButtons)) {
        QToolButton *button = help.button;
        // An icon, not the ⓘ text: not every font has the glyph.
        button->setIcon(helpIcon);
        button->setIconSize(QSize(16, 16));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        connect(button, &QToolButton::clicked, this, [this, button] {
            for (const HelpButton &candidate : std::as_const(m_helpButtons)) {
                if (candidate.button == button)
                    showHelp(candidate);
            }
        });
    }
    m_findingsFields = {
        {ui->displayNameFindings, ui->displayNameEdit, {}}, {ui->connectionTypeFindings, ui->connectionTypeCombo, {}},
        {ui->connectionFindings, ui->connectionCombo, {}},  {ui->methodFindings, ui->methodCombo, {}},
        {ui->headersFindings, ui->headersEdit, {}},         {ui->bodyFindings, ui->bodyEdit, {}},
        {ui->urlSuffixFindings, ui->urlSuffixEdit, {}},     {ui->completionFindings, ui->completionCombo, {}},
        {ui->criteriaFindings, ui->criteriaEdit, {}},       {ui->timeoutFindings, ui->timeoutSpin, {}},
        {ui->conditionFindings, ui->conditionEdit, {}},
    };
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

void TaskForm::setFindingsProvider(std::function<QList<Finding>(const TaskConfig &)> provider)
{
    m_findingsProvider = std::move(provider);
    updateDerived();
}

void TaskForm::refreshFindings()
{
    updateDerived();
}

void TaskForm::setLastResponse(const QByteArray &body, const Json::Document &parsedByRun)
{
    m_lastResponse = parsedByRun.isEmpty() ? Json::Document::parse(body) : parsedByRun;
    QStringList paths;
    if (!m_lastResponse.hasError()) {
        for (const Expression::RootPath &path : Expression::rootPaths(m_lastResponse))
            paths.append(path.path);
    }
    ui->criteriaEdit->setRootPaths(paths);
}

QString TaskForm::criteria() const
{
    return ui->criteriaEdit->text();
}

void TaskForm::insertCriteria(const QString &expression)
{
    ui->advancedGroup->setChecked(true);
    ui->criteriaEdit->replaceText(expression);
}

void TaskForm::setManageConnectionsAvailable(bool available)
{
    ui->manageConnectionsButton->setVisible(available);
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
    connect(ui->criteriaEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString text = ui->criteriaEdit->text();
        const QString name = inputNamed(Inputs::successCriteria);
        if (text == m_task.input(name) && m_task.isSet(name))
            return;
        setInput(name, text);
        Q_EMIT criteriaChanged(text);
    });
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
    m_shown = AzureTaskStrings().localized(m_task.definition());
    // A label whose input this version lacks (V0 has no connection type) keeps no letter.
    m_definitionTexts.clear();
    const TaskDefinition &definition = m_shown;
    auto label = [this, &definition](QLabel *widget, const char16_t *name, QWidget *editor) {
        const InputDefinition *input = definition.input(QString::fromUtf16(name));
        if (!input)
            return;
        setDefinitionLabel(widget, input->label + (input->required ? QStringLiteral(" *") : QString()));
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
    assignMnemonics();

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
    if (const InputDefinition *input = m_shown.input(connectionInput)) {
        setDefinitionLabel(ui->connectionLabel, input->label + QStringLiteral(" *"));
        ui->connectionLabel->setToolTip(helpTooltip(input));
        ui->connectionCombo->setToolTip(helpTooltip(input));
        assignMnemonics();
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
    ui->criteriaStatusLabel->setVisible(criteriaVisible && !ui->criteriaStatusLabel->text().isEmpty());

    // An info button sits beside every visible label whose input has help to show.
    for (const HelpButton &help : std::as_const(m_helpButtons)) {
        const InputDefinition *input = m_shown.input(helpInputName(help));
        help.button->setVisible(help.label->isVisibleTo(this) && !cleanHelp(input).isEmpty());
        help.button->setToolTip(helpTooltip(input));
    }
    updateInlineFindingsVisibility();
}

void TaskForm::updateDerived()
{
    const TaskDefinition &definition = m_task.definition();
    const QPalette &palette = this->palette();
    auto counter = [&palette](QLabel *label, const QString &text, int maxLength) {
        label->setText(tr("%1 / %2").arg(text.size()).arg(maxLength));
        label->setStyleSheet(text.size() > maxLength
                                 ? colorStyle(errorColor(palette)) + QStringLiteral(" font-weight: bold;")
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
        ui->headersStatusLabel->setStyleSheet(colorStyle(errorColor(palette)));
    } else if (!parsed.warnings.isEmpty()) {
        // Every place Json.NET is lenient, not only the first: fixing one must not uncover the next by surprise.
        QStringList lines;
        for (const Finding &warning : parsed.warnings)
            lines.append(warning.line > 0
                             ? tr("Line %1, column %2: %3").arg(warning.line).arg(warning.column).arg(warning.message)
                             : warning.message);
        ui->headersStatusLabel->setText(lines.join(QLatin1Char('\n')));
        ui->headersStatusLabel->setStyleSheet(colorStyle(warningColor(palette)));
    } else {
        ui->headersStatusLabel->setText(tr("%n header(s)", nullptr, int(parsed.headers.size())));
        ui->headersStatusLabel->setStyleSheet(QString());
    }
    updateHeadersError(parsed);
    updateBodyHighlighting();
    updateCriteriaStatus();

    // The request URL as the server will form it: connection URL, then the suffix with macros expanded.
    const ServiceConnection *connection = nullptr;
    for (const ServiceConnection &c : std::as_const(m_connections)) {
        if (c.name.compare(m_task.connectionName(), Qt::CaseInsensitive) == 0)
            connection = &c;
    }
    const QString suffix = m_task.input(inputNamed(Inputs::urlSuffix));
    const Expansion expansion = MacroExpander(m_variables).expand(suffix);
    // The preview is display: a secret variable shows as the mark where it stands, as in the result panel.
    const QString shownSuffix = Redactor::masked(expansion.text, expansion.secretSpans);
    QString html = tr("Request URL: ");
    if (connection)
        html += RequestBuilder::baseUrl(*connection).toHtmlEscaped();
    else
        html += QStringLiteral("<i>%1</i>").arg(tr("(choose a service connection)"));
    // Unknown macros stay verbatim in the request, so mark them where they stand.
    QString rendered = shownSuffix.toHtmlEscaped();
    const bool dark = isDarkPalette(palette);
    for (const QString &name : expansion.unknown) {
        const QString macro = QString(QStringLiteral("$(") + name + QLatin1Char(')')).toHtmlEscaped();
        rendered.replace(macro,
                         QStringLiteral("<span style=\"background:%1;color:%2\" title=\"%3\">%4</span>")
                             .arg(dark ? QStringLiteral("#5c4a00") : QStringLiteral("#ffe082"),
                                  dark ? QStringLiteral("#ffffff") : QStringLiteral("#000000"),
                                  tr("No variable defines this; it is sent as written."), macro));
    }
    ui->requestUrlLabel->setText(html + rendered);

    QList<Finding> findings = m_task.validate();
    if (connection) {
        const QString base = RequestBuilder::baseUrl(*connection);
        Redactor redactor;
        redactor.addSite(base + expansion.text, base + shownSuffix);
        for (Finding finding : RequestBuilder::urlJoinFindings(base, expansion.text)) {
            finding.message = redactor.apply(finding.message);
            findings.append(finding);
        }
    }
    if (!connection) {
        if (const std::optional<Finding> missing = RequestBuilder::missingConnectionFinding(m_task, m_connections))
            findings.append(*missing);
    }
    if (parsed.ok) {
        for (Finding warning : parsed.warnings) {
            warning.input = inputNamed(Inputs::headers);
            findings.append(warning);
        }
    }
    if (m_findingsProvider)
        findings += m_findingsProvider(m_task);
    QStringList lines;
    for (const Finding &finding : std::as_const(findings)) {
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                         .arg((finding.isError() ? errorColor(palette) : warningColor(palette)).name(),
                              finding.isError() ? tr("Error:") : tr("Warning:"), finding.message.toHtmlEscaped()));
    }
    ui->findingsLabel->setText(lines.join(QStringLiteral("<br>")));
    ui->findingsLabel->setVisible(!lines.isEmpty());
    showInlineFindings(findings);
}

void TaskForm::updateHeadersError(const ParsedHeaders &parsed)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *document = ui->headersEdit->document();
    if (!parsed.ok && parsed.errorLine > 0 && !document->isEmpty()) {
        // Json.NET's line and column, 1-based; past the end of a line (an unexpected end) marks its last character.
        QTextBlock block = document->findBlockByNumber(qMin(parsed.errorLine, document->blockCount()) - 1);
        const int column = qMax(parsed.errorColumn, 1) - 1;
        int position = block.position() + qMin(column, qMax(int(block.length()) - 2, 0));
        const int end = document->characterCount() - 1;
        position = qMin(position, qMax(end - 1, 0));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(position);
        selection.cursor.setPosition(qMin(position + 1, end), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(errorColor(palette()));
        selection.format.setToolTip(parsed.error);
        selections.append(selection);
    }
    ui->headersEdit->setExtraSelections(selections);
}

void TaskForm::updateBodyHighlighting()
{
    const QString body = ui->bodyEdit->toPlainText();
    const bool json = !body.trimmed().isEmpty() && !Json::Document::parse(body.toUtf8()).hasError();
    QTextDocument *wanted = json ? ui->bodyEdit->document() : nullptr;
    if (m_bodyHighlighter->document() != wanted)
        m_bodyHighlighter->setDocument(wanted);
}

void TaskForm::updateCriteriaStatus()
{
    // Parse errors do not depend on the response, so they show before anything was sent.
    const QString criteria = ui->criteriaEdit->text();
    // The message quotes the expression after expansion: shown display-safe, like the result panel's.
    const CriteriaOutcome outcome =
        CriteriaJudge::displaySafe(CriteriaEvaluator().evaluateWithoutBody(criteria, m_variables), Redactor());
    if (outcome.status == CriteriaOutcome::Status::ParseError) {
        ui->criteriaEdit->setErrorSpan(outcome.criteriaErrorPosition - 1, outcome.criteriaErrorLength);
        QString text = outcome.detail;
        if (!outcome.hint.isEmpty())
            text += QLatin1Char('\n') + outcome.hint;
        ui->criteriaStatusLabel->setText(text);
        ui->criteriaStatusLabel->setStyleSheet(colorStyle(errorColor(palette())));
        ui->criteriaEdit->setToolTip(text);
    } else {
        ui->criteriaEdit->setErrorSpan(-1, 0);
        ui->criteriaStatusLabel->clear();
        ui->criteriaEdit->setToolTip(helpTooltip(m_shown.input(inputNamed(Inputs::successCriteria))));
    }
    ui->criteriaStatusLabel->setVisible(ui->criteriaEdit->isVisibleTo(this)
                                        && !ui->criteriaStatusLabel->text().isEmpty());
}

void TaskForm::showInlineFindings(const QList<Finding> &findings)
{
    const QString connectionInputs[] = {inputNamed(Inputs::genericConnection), inputNamed(Inputs::azureRmConnection),
                                        inputNamed(Inputs::azureDevOpsConnection)};
    auto fieldFor = [&](const QString &input) -> FindingsField * {
        QLabel *label = nullptr;
        if (input == inputNamed(Inputs::connectionType))
            label = ui->connectionTypeFindings;
        else if (std::find(std::begin(connectionInputs), std::end(connectionInputs), input)
                 != std::end(connectionInputs))
            label = ui->connectionFindings;
        else if (input == inputNamed(Inputs::method))
            label = ui->methodFindings;
        else if (input == inputNamed(Inputs::headers))
            label = ui->headersFindings;
        else if (input == inputNamed(Inputs::body))
            label = ui->bodyFindings;
        else if (input == inputNamed(Inputs::urlSuffix))
            label = ui->urlSuffixFindings;
        else if (input == inputNamed(Inputs::waitForCompletion))
            label = ui->completionFindings;
        else if (input == inputNamed(Inputs::successCriteria))
            label = ui->criteriaFindings;
        else if (input == QLatin1String("displayName"))
            label = ui->displayNameFindings;
        else if (input == QLatin1String("timeoutInMinutes"))
            label = ui->timeoutFindings;
        else if (input == QLatin1String("condition"))
            label = ui->conditionFindings;
        for (FindingsField &field : m_findingsFields) {
            if (field.label == label)
                return &field;
        }
        return nullptr;
    };
    for (FindingsField &field : m_findingsFields)
        field.lines.clear();
    const QPalette &palette = this->palette();
    for (const Finding &finding : findings) {
        if (FindingsField *field = fieldFor(finding.input)) {
            field->lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                    .arg((finding.isError() ? errorColor(palette) : warningColor(palette)).name(),
                                         finding.message.toHtmlEscaped()));
        }
    }
    for (FindingsField &field : m_findingsFields)
        field.label->setText(field.lines.join(QStringLiteral("<br>")));
    updateInlineFindingsVisibility();
}

void TaskForm::updateInlineFindingsVisibility()
{
    // A finding about a hidden field stays in the findings list only.
    for (const FindingsField &field : std::as_const(m_findingsFields))
        field.label->setVisible(!field.lines.isEmpty() && field.field->isVisibleTo(this));
}

QString TaskForm::helpInputName(const HelpButton &help) const
{
    return help.input ? inputNamed(help.input) : m_task.connectionInputName();
}

void TaskForm::showHelp(const HelpButton &help)
{
    const InputDefinition *input = m_shown.input(helpInputName(help));
    if (!input)
        return;
    // A popup rather than a tooltip: it stays while the user reads, its links can be clicked or reached with Tab,
    // and Escape closes it.
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("helpPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    popup->setAccessibleName(tr("Help for %1").arg(input->label));
    auto *layout = new QVBoxLayout(popup);
    auto *text = new QLabel(helpHtml(input), popup);
    text->setObjectName(QStringLiteral("helpText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setAccessibleName(tr("Help for %1").arg(input->label));
    text->setMaximumWidth(420);
    layout->addWidget(text);
    popup->adjustSize();
    popup->move(help.button->mapToGlobal(QPoint(0, help.button->height())));
    popup->show();
    text->setFocus();
}

void TaskForm::setDefinitionLabel(QLabel *label, const QString &text)
{
    m_definitionTexts.insert(label, text);
    label->setText(text);
}

void TaskForm::assignMnemonics()
{
    // The form's fixed labels keep their letters; the definition's labels share what is left, in form order, so two
    // fields shown together never answer the same Alt+letter.
    QSet<QChar> used;
    for (const QString &text : {ui->versionLabel->text(), ui->displayNameLabel->text(), ui->enabledCheck->text(),
                                ui->continueOnErrorCheck->text(), ui->timeoutLabel->text(), ui->conditionLabel->text()})
        used.insert(mnemonicLetter(text));
    used.remove(QChar());
    // Labels that can still show the form's letter (in the text, or bracketed after a text with no Latin letter)
    // take it first, so a label without one cannot take it from them.
    QHash<QLabel *, QString> texts;
    for (const auto &[label, preferred] : std::as_const(m_definitionLabels)) {
        const QString text = m_definitionTexts.value(label);
        const bool latin = std::any_of(text.cbegin(), text.cend(), canBeMnemonic);
        if (!text.isEmpty() && !preferred.isNull() && !used.contains(preferred)
            && (!latin || text.contains(preferred, Qt::CaseInsensitive)))
            texts.insert(label, withMnemonic(text, preferred, &used));
    }
    for (const auto &[label, preferred] : std::as_const(m_definitionLabels)) {
        if (m_definitionTexts.contains(label) && !texts.contains(label))
            texts.insert(label, withMnemonic(m_definitionTexts.value(label), preferred, &used));
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        it.key()->setText(it.value());
}

void TaskForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_headersHighlighter->updateColors(palette());
        m_bodyHighlighter->updateColors(palette());
        updateDerived();
    }
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
