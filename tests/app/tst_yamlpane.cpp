#include "app/design/yamlpane.h"
#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/schemacheck.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace RestGate;

namespace {

TaskConfig deploymentTask()
{
    TaskConfig task;
    task.displayName = QStringLiteral("Wait for deployment");
    task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("deployments"));
    task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
    task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("deployments/$(deploymentId)"));
    task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['status'], 'successful')"));
    return task;
}

/// The schema predates the Azure DevOps connection type, so this task is representable but rejected.
TaskConfig azureDevOpsTask()
{
    TaskConfig task;
    task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameAzureDevOps"));
    task.setInput(QStringLiteral("azureDevOpsServiceConnection"), QStringLiteral("ado"));
    return task;
}

QColor foregroundAt(const QPlainTextEdit *view, int blockNumber, int position)
{
    const QTextBlock block = view->document()->findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= position && position < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

class TestYamlPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The step names a connection the design lacks: the YAML is fine, but the pipeline would not find it.
    void taskWithAConnectionTheDesignLacks_isNoted()
    {
        DesignDocument document;
        document.connections.append(ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic,
                                                              QStringLiteral("http://127.0.0.1:1/")));
        TaskConfig known;
        known.setInput(QStringLiteral("serviceConnection"), QStringLiteral("API"));
        known.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        TaskConfig missing = known;
        missing.setInput(QStringLiteral("serviceConnection"), QStringLiteral("gone"));
        document.tasks = {known, missing};
        YamlPane pane;
        pane.show();
        pane.setDesign(document, 0);
        QVERIFY2(pane.warningText().isEmpty(), qPrintable(pane.warningText()));
        pane.setDesign(document, 1);
        QVERIFY2(
            pane.warningText().contains(QStringLiteral("connection “gone” that a task names is not in this design")),
            qPrintable(pane.warningText()));
        // The whole design shows the task too.
        pane.setDesign(document, 0);
        pane.setExportsWholeDesign(true);
        QVERIFY(pane.warningText().contains(QStringLiteral("“gone”")));
    }

    void setTask_showsExactlyWhatCoreExports()
    {
        YamlPane pane;
        const TaskConfig task = deploymentTask();
        pane.setTask(task);
        QCOMPARE(pane.yaml(), PipelineExport::task(task));
        QVERIFY(pane.yaml().startsWith(QLatin1String("- task: InvokeRESTAPI@1")));
        QCOMPARE(pane.findChild<QPlainTextEdit *>(QStringLiteral("yamlView"))->toPlainText(), pane.yaml());
        QVERIFY(!pane.isRejected());
        QVERIFY(pane.warningText().isEmpty());
        QVERIFY(pane.markedLines().isEmpty());
    }

    void wholeDesignScope_exportsEveryTaskAsOneJob()
    {
        YamlPane pane;
        DesignDocument design;
        design.tasks = {deploymentTask(), azureDevOpsTask()};
        design.tasks[1] = deploymentTask();
        design.tasks[1].displayName = QStringLiteral("Second");
        pane.setDesign(design, 1);
        QCOMPARE(pane.yaml(), PipelineExport::task(design.tasks.at(1)));
        auto *scope = pane.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
        QVERIFY(scope);
        scope->setCurrentIndex(scope->findData(true));
        QVERIFY(pane.exportsWholeDesign());
        QCOMPARE(pane.yaml(), PipelineExport::design(design, pane.exportOptions()));
        pane.setForm(ExportOptions::Form::Job);
        QCOMPARE(pane.yaml(), PipelineExport::design(design, pane.exportOptions()));
        QVERIFY(pane.yaml().contains(QLatin1String("pool: server")));
        QCOMPARE(pane.yaml().count(QLatin1String("- task: InvokeRESTAPI@1")), 2);
        QVERIFY(!pane.isRejected());
    }

    void optionChecks_writeDefaultsAndTaskJsonNames()
    {
        YamlPane pane;
        const TaskConfig task = deploymentTask();
        pane.setTask(task);
        QVERIFY(!pane.yaml().contains(QLatin1String("waitForCompletion")));
        pane.findChild<QCheckBox *>(QStringLiteral("writeDefaultsCheck"))->setChecked(true);
        QVERIFY(pane.exportOptions().writeDefaults);
        QVERIFY2(pane.yaml().contains(QLatin1String("waitForCompletion: 'false'")), qPrintable(pane.yaml()));
        pane.findChild<QCheckBox *>(QStringLiteral("taskJsonNamesCheck"))->setChecked(true);
        ExportOptions expected;
        expected.writeDefaults = true;
        expected.keys = StepWriteOptions::Keys::TaskJsonNames;
        QCOMPARE(pane.yaml(), PipelineExport::task(task, expected));
        QVERIFY(pane.yaml().contains(QLatin1String("connectedServiceName: deployments")));
        QVERIFY(!pane.isRejected());
    }

    void formToggle_switchesToPoolServerJobAndStage()
    {
        YamlPane pane;
        const TaskConfig task = deploymentTask();
        pane.setTask(task);
        QSignalSpy formChanged(&pane, &YamlPane::formChanged);
        auto *combo = pane.findChild<QComboBox *>(QStringLiteral("formCombo"));
        QVERIFY(combo);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(formChanged.size(), 1);
        QCOMPARE(formChanged.first().first().value<ExportOptions::Form>(), ExportOptions::Form::Job);
        QVERIFY(pane.isJobForm());
        ExportOptions job;
        job.form = ExportOptions::Form::Job;
        QCOMPARE(pane.yaml(), PipelineExport::task(task, job));
        QVERIFY(pane.yaml().contains(QLatin1String("pool: server")));

        // The form sticks when the task changes, as it does on every edit.
        TaskConfig edited = task;
        edited.setInput(QStringLiteral("urlSuffix"), QStringLiteral("deployments/7"));
        pane.setTask(edited);
        QCOMPARE(pane.yaml(), PipelineExport::task(edited, job));

        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(pane.form(), ExportOptions::Form::Stage);
        job.form = ExportOptions::Form::Stage;
        QCOMPARE(pane.yaml(), PipelineExport::task(edited, job));
        QVERIFY(!pane.isRejected());
    }

    void setExportOptions_keepsNamesAndUpdatesToggle()
    {
        YamlPane pane;
        pane.setTask(deploymentTask());
        ExportOptions options;
        options.form = ExportOptions::Form::Job;
        options.name = QStringLiteral("smoke_test");
        options.writeDefaults = true;
        QSignalSpy formChanged(&pane, &YamlPane::formChanged);
        pane.setExportOptions(options);
        QCOMPARE(formChanged.size(), 1);
        QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("formCombo"))->currentIndex(), 1);
        QCOMPARE(pane.yaml(), PipelineExport::task(deploymentTask(), options));
        QVERIFY(pane.yaml().contains(QLatin1String("- job: smoke_test")));
    }

    void copyButton_putsTheYamlOnTheClipboard()
    {
        YamlPane pane;
        pane.setTask(deploymentTask());
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), PipelineExport::task(deploymentTask()));
    }

    void saveTo_writesTheYamlFile()
    {
        YamlPane pane;
        pane.setForm(ExportOptions::Form::Job);
        pane.setTask(deploymentTask());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("wait.yml"));
        QString error;
        QVERIFY2(pane.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), pane.yaml());
        QVERIFY(pane.yaml().contains(QLatin1String("pool: server")));
    }

    void saveTo_unwritablePath_saysWhy()
    {
        YamlPane pane;
        pane.setTask(deploymentTask());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!pane.saveTo(dir.filePath(QStringLiteral("missing/dir/x.yml")), &error));
        QVERIFY(error.contains(QLatin1String("x.yml")));
    }

    void azureDevOpsConnectionTask_isMarkedAsRejected()
    {
        YamlPane pane;
        QSignalSpy problemsChanged(&pane, &YamlPane::problemsChanged);
        pane.setTask(azureDevOpsTask());
        const QList<SchemaProblem> expected = SchemaCheck::check(PipelineExport::task(azureDevOpsTask()));
        QVERIFY(!expected.isEmpty());
        QVERIFY(pane.isRejected());
        QCOMPARE(pane.problems(), expected);
        QCOMPARE(problemsChanged.last().first().value<QList<SchemaProblem>>(), expected);
        const auto *label = pane.findChild<QLabel *>(QStringLiteral("warningLabel"));
        QVERIFY(!label->isHidden());
        QVERIFY(pane.warningText().contains(QLatin1String("schema rejects")));
        QVERIFY(pane.warningText().contains(expected.first().message));
        QVERIFY(pane.warningText().contains(QStringLiteral("Line %1").arg(expected.first().line)));
        QVERIFY(pane.markedLines().contains(expected.first().line));

        // Fixing the task clears the mark.
        pane.setTask(deploymentTask());
        QVERIFY(!pane.isRejected());
        QVERIFY(label->isHidden());
        QVERIFY(pane.markedLines().isEmpty());
    }

    void showYaml_jobNotOnServerPool_isMarkedAsAzureDevOpsRefusal()
    {
        YamlPane pane;
        pane.showYaml(QStringLiteral("- job: check\n  pool:\n    vmImage: ubuntu-latest\n  steps:\n"
                                     "  - task: InvokeRESTAPI@1\n    inputs:\n      serviceConnection: x\n"));
        QVERIFY(pane.isRejected());
        QVERIFY(SchemaCheck::schemaAccepts(pane.problems()));
        QVERIFY(pane.warningText().contains(QLatin1String("Azure DevOps would refuse")));
        QVERIFY(!pane.markedLines().isEmpty());
    }

    void clear_disablesCopyAndSave()
    {
        YamlPane pane;
        pane.setTask(deploymentTask());
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
        pane.clear();
        QVERIFY(pane.yaml().isEmpty());
        QVERIFY(!pane.hasTask());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void highlighting_followsPaletteLightness()
    {
        YamlPane pane;
        pane.setTask(deploymentTask());
        const auto *view = pane.findChild<QPlainTextEdit *>(QStringLiteral("yamlView"));
        // Line 2 is "  displayName: Wait for deployment"; position 2 is inside the key.
        QPalette light = pane.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        pane.setPalette(light);
        const QColor onLight = foregroundAt(view, 1, 2);
        QVERIFY(onLight.isValid());
        QVERIFY2(onLight.lightness() < 128, qPrintable(onLight.name()));

        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, Qt::white);
        pane.setPalette(dark);
        const QColor onDark = foregroundAt(view, 1, 2);
        QVERIFY2(onDark.lightness() >= 128, qPrintable(onDark.name()));
    }
};

QTEST_MAIN(TestYamlPane)
#include "tst_yamlpane.moc"
