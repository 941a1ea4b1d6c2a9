#include "app/design/yamlpane.h"

#include "app/widgets/darkpalette.h"
#include "core/design/atomicwrite.h"
#include "core/design/variables.h"
#include "core/request/preparedrequest.h"
#include "ui_yamlpane.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace RestGate {

namespace {

/// Marks lines SchemaCheck complains about: soft yellow on light palettes, dark amber on dark ones, so the text
/// stays readable either way.
QColor problemLineColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xef, 0xb8);
}

QColor warningTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xb4, 0x5a) : QColor(0xa3, 0x3a, 0x00);
}

} // namespace

/// Highlights what an exported step contains: keys, quoted and block scalars, comments and `$(macros)`.
/// Block state: -1 outside a block scalar, else the indentation of the key that opened it.
class YamlHighlighter final : public QSyntaxHighlighter
{
public:
    explicit YamlHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
    }

    void setPalette(const QPalette &palette)
    {
        const bool dark = isDarkPalette(palette);
        // Colours of the common light and dark editor themes, so keys and values read the way users expect.
        m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5));
        m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
        m_comment.setForeground(dark ? QColor(0x6a, 0x99, 0x55) : QColor(0x00, 0x80, 0x00));
        m_macro.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0xaf, 0x00, 0xdb));
        m_punctuation.setForeground(dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26));
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const qsizetype indent = indentation(text);
        const int blockParent = previousBlockState();
        if (blockParent >= 0 && (text.trimmed().isEmpty() || indent > blockParent)) {
            setFormat(0, int(text.size()), m_string);
            highlightMacros(text);
            setCurrentBlockState(blockParent);
            return;
        }
        setCurrentBlockState(-1);

        static const QRegularExpression dash(QStringLiteral("^\\s*(- )+"));
        static const QRegularExpression key(
            QStringLiteral("^(\\s*(?:- )*)([^\\s'\"#][^:#]*?|'[^']*'|\"[^\"]*\"):(?=\\s|$)"));
        static const QRegularExpression blockIndicator(QStringLiteral(":\\s+[|>][-+0-9]*\\s*$"));
        static const QRegularExpression quoted(QStringLiteral("'(?:[^']|'')*'|\"(?:[^\"\\\\]|\\\\.)*\""));
        static const QRegularExpression comment(QStringLiteral("(?:^|\\s)(#.*)$"));

        if (const QRegularExpressionMatch m = dash.match(text); m.hasMatch())
            setFormat(0, int(m.capturedLength()), m_punctuation);
        qsizetype valueStart = 0;
        if (const QRegularExpressionMatch m = key.match(text); m.hasMatch()) {
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
            valueStart = m.capturedEnd(0);
        }
        auto it = quoted.globalMatch(text, valueStart);
        qsizetype quotedEnd = valueStart;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
            quotedEnd = m.capturedEnd();
        }
        if (const QRegularExpressionMatch m = blockIndicator.match(text); m.hasMatch()) {
            setFormat(int(m.capturedStart() + 1), int(m.capturedLength() - 1), m_punctuation);
            setCurrentBlockState(int(indent));
        }
        highlightMacros(text);
        if (const QRegularExpressionMatch m = comment.match(text, quotedEnd); m.hasMatch())
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_comment);
    }

private:
    static qsizetype indentation(const QString &text)
    {
        qsizetype i = 0;
        while (i < text.size() && text.at(i) == QLatin1Char(' '))
            ++i;
        // A list item's content is indented past its dash, so block scalars under `- key: |` compare right.
        while (i + 1 < text.size() && text.at(i) == QLatin1Char('-') && text.at(i + 1) == QLatin1Char(' ')) {
            i += 2;
            while (i < text.size() && text.at(i) == QLatin1Char(' '))
                ++i;
        }
        return i;
    }

    void highlightMacros(const QString &text)
    {
        for (const MacroSpan &span : MacroExpander::findMacros(text))
            setFormat(int(span.start), int(span.length), m_macro);
    }

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_macro;
    QTextCharFormat m_punctuation;
};

YamlPane::YamlPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::YamlPane>())
{
    ui->setupUi(this);
    ui->yamlView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->yamlView->setPlaceholderText(tr("Select a task to see it as a pipeline step."));
    m_highlighter = new YamlHighlighter(ui->yamlView->document());

    ui->scopeCombo->addItem(tr("Selected task"), false);
    ui->scopeCombo->addItem(tr("All tasks of the design"), true);
    connect(ui->scopeCombo, &QComboBox::currentIndexChanged, this, &YamlPane::regenerate);
    connect(ui->writeDefaultsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_options.writeDefaults = on;
        regenerate();
    });
    connect(ui->taskJsonNamesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_options.keys = on ? StepWriteOptions::Keys::TaskJsonNames : StepWriteOptions::Keys::YamlNames;
        regenerate();
    });
    ui->formCombo->addItem(tr("Step"), int(ExportOptions::Form::Step));
    ui->formCombo->addItem(tr("Job (pool: server)"), int(ExportOptions::Form::Job));
    ui->formCombo->addItem(tr("Stage"), int(ExportOptions::Form::Stage));
    connect(ui->formCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto form = ExportOptions::Form(ui->formCombo->itemData(index).toInt());
        if (form == m_options.form)
            return;
        m_options.form = form;
        regenerate();
        Q_EMIT formChanged(form);
    });
    connect(ui->copyButton, &QPushButton::clicked, this, &YamlPane::copyToClipboard);
    connect(ui->saveButton, &QPushButton::clicked, this, &YamlPane::saveAs);

    applyPalette();
    clear();
}

YamlPane::~YamlPane() = default;

void YamlPane::setTask(const TaskConfig &task)
{
    m_task = task;
    m_design.reset();
    regenerate();
}

void YamlPane::setDesign(const DesignDocument &document, int taskIndex)
{
    if (taskIndex < 0 || taskIndex >= document.tasks.size()) {
        clear();
        return;
    }
    m_task = document.tasks.at(taskIndex);
    m_design = document;
    regenerate();
}

bool YamlPane::exportsWholeDesign() const
{
    return ui->scopeCombo->currentData().toBool();
}

void YamlPane::setExportsWholeDesign(bool whole)
{
    ui->scopeCombo->setCurrentIndex(ui->scopeCombo->findData(whole));
}

void YamlPane::clear()
{
    m_task.reset();
    showYaml(QString());
}

void YamlPane::setExportOptions(const ExportOptions &options)
{
    const bool formChanges = options.form != m_options.form;
    m_options = options;
    {
        const QSignalBlocker defaultsBlocker(ui->writeDefaultsCheck);
        const QSignalBlocker namesBlocker(ui->taskJsonNamesCheck);
        ui->writeDefaultsCheck->setChecked(options.writeDefaults);
        ui->taskJsonNamesCheck->setChecked(options.keys == StepWriteOptions::Keys::TaskJsonNames);
    }
    if (formChanges) {
        const QSignalBlocker blocker(ui->formCombo);
        ui->formCombo->setCurrentIndex(ui->formCombo->findData(int(options.form)));
    }
    regenerate();
    if (formChanges)
        Q_EMIT formChanged(options.form);
}

void YamlPane::setForm(ExportOptions::Form form)
{
    ui->formCombo->setCurrentIndex(ui->formCombo->findData(int(form)));
}

QString YamlPane::yaml() const
{
    return ui->yamlView->toPlainText();
}

void YamlPane::regenerate()
{
    m_connectionNotes.clear();
    if (m_design) {
        QList<TaskConfig> shown;
        if (exportsWholeDesign())
            shown = m_design->tasks;
        else if (m_task)
            shown = {*m_task};
        for (const TaskConfig &task : std::as_const(shown)) {
            if (!RequestBuilder::missingConnectionFinding(task, m_design->connections))
                continue;
            const QString note = tr("The connection “%1” that a task names is not in this design; the pipeline "
                                    "needs a service connection of that name in the project.")
                                     .arg(task.connectionName());
            if (!m_connectionNotes.contains(note))
                m_connectionNotes.append(note);
        }
    }
    if (m_design && exportsWholeDesign())
        showYaml(PipelineExport::design(*m_design, m_options));
    else if (m_task)
        showYaml(PipelineExport::task(*m_task, m_options));
}

void YamlPane::showYaml(const QString &yaml)
{
    // Keep the reader's place when an edit regenerates the text.
    const int scroll = ui->yamlView->verticalScrollBar()->value();
    ui->yamlView->setPlainText(yaml);
    ui->yamlView->verticalScrollBar()->setValue(scroll);
    m_problems = yaml.isEmpty() ? QList<SchemaProblem>() : SchemaCheck::check(yaml);
    ui->copyButton->setEnabled(!yaml.isEmpty());
    ui->saveButton->setEnabled(!yaml.isEmpty());
    showProblems();
    Q_EMIT problemsChanged(m_problems);
}

QString YamlPane::warningText() const
{
    return ui->warningLabel->isHidden() ? QString() : ui->warningLabel->text();
}

QList<int> YamlPane::markedLines() const
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection &selection : ui->yamlView->extraSelections())
        lines.append(selection.cursor.blockNumber() + 1);
    return lines;
}

void YamlPane::showProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QStringList notes = ui->yamlView->document()->isEmpty() ? QStringList() : m_connectionNotes;
    if (m_problems.isEmpty() && notes.isEmpty()) {
        ui->warningLabel->clear();
        ui->warningLabel->hide();
        ui->yamlView->setExtraSelections(selections);
        return;
    }
    QStringList lines = notes;
    if (!m_problems.isEmpty())
        lines.append(SchemaCheck::schemaAccepts(m_problems)
                         ? tr("Azure DevOps would refuse this YAML when the pipeline runs:")
                         : tr("The Azure Pipelines schema rejects this YAML:"));
    QList<int> marked;
    for (const SchemaProblem &problem : m_problems) {
        lines.append(problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message) : problem.message);
        if (problem.line <= 0 || marked.contains(problem.line))
            continue;
        marked.append(problem.line);
        const QTextBlock block = ui->yamlView->document()->findBlockByNumber(problem.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(problemLineColor(palette()));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    ui->warningLabel->setText(lines.join(QLatin1Char('\n')));
    ui->warningLabel->show();
    ui->yamlView->setExtraSelections(selections);
}

void YamlPane::applyPalette()
{
    QPalette warning = ui->warningLabel->palette();
    warning.setColor(QPalette::WindowText, warningTextColor(palette()));
    ui->warningLabel->setPalette(warning);
    m_highlighter->setPalette(palette());
    showProblems();
}

void YamlPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void YamlPane::copyToClipboard()
{
    if (!yaml().isEmpty())
        QGuiApplication::clipboard()->setText(yaml());
}

QString YamlPane::suggestedFileName() const
{
    const QString label = m_task
        ? (m_task->displayName.isEmpty() ? PipelineExport::displayLabel(*m_task) : m_task->displayName)
        : QString();
    return PipelineExport::identifier(label) + QStringLiteral(".yml");
}

void YamlPane::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save pipeline YAML"), suggestedFileName(),
                                                      tr("Pipeline YAML (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save pipeline YAML"), error);
}

bool YamlPane::saveTo(const QString &path, QString *error)
{
    QString reason;
    if (!writeFileAtomically(path, yaml().toUtf8(), &reason)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace RestGate
