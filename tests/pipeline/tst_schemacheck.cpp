#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/schemacheck.h"
#include "randomtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

namespace {

struct Case
{
    QString name;
    QString yaml;
    bool schemaValid = true; ///< what the published schema says (checked against Ajv too)
    bool azureValid = true; ///< false: the schema accepts it, Azure DevOps does not
};

/// Hand-written YAML on both sides of each rule SchemaCheck implements.
QList<Case> crossCheckCases()
{
    const QString ok = QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n");
    return {
        {QStringLiteral("minimal step"), ok, true, true},
        {QStringLiteral("step without inputs (@1)"), QStringLiteral("- task: InvokeRESTAPI@1\n"), true, true},
        {QStringLiteral("@0 without inputs"), QStringLiteral("- task: InvokeRESTAPI@0\n"), false, true},
        {QStringLiteral("@0 without serviceConnection"),
         QStringLiteral("- task: InvokeRESTAPI@0\n  inputs:\n    method: GET\n"), false, true},
        {QStringLiteral("@0 with the task.json name"),
         QStringLiteral("- task: InvokeRESTAPI@0\n  inputs:\n    connectedServiceName: api\n"), true, true},
        {QStringLiteral("all step properties"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  displayName: x\n  name: step_1\n  condition: always()\n"
                        "  continueOnError: true\n  enabled: false\n  retryCountOnTaskFailure: 2\n"
                        "  timeoutInMinutes: 5\n  env:\n    A: b\n  inputs:\n    serviceConnection: api\n"),
         true, true},
        {QStringLiteral("task not first"), QStringLiteral("- displayName: x\n  task: InvokeRESTAPI@1\n"), false, true},
        {QStringLiteral("unknown step property"), QStringLiteral("- task: InvokeRESTAPI@1\n  retries: 3\n"), false,
         true},
        {QStringLiteral("full version"), QStringLiteral("- task: InvokeRESTAPI@1.274.1\n"), false, true},
        {QStringLiteral("other casing"), QStringLiteral("- task: InvokeRestApi@1\n"), false, true},
        {QStringLiteral("unknown input"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n    retries: '3'\n"), false,
         true},
        {QStringLiteral("task.json names"),
         QStringLiteral(
             "- task: InvokeRESTAPI@1\n  inputs:\n    connectedServiceNameSelector: connectedServiceNameARM\n"
             "    connectedServiceNameARM: sub\n"),
         true, true},
        {QStringLiteral("alias and name together"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: a\n    genericService: b\n"), false,
         true},
        {QStringLiteral("Azure DevOps connection type"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    connectionType: connectedServiceNameAzureDevOps\n"),
         false, true},
        {QStringLiteral("Azure DevOps connection input"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    azureDevOpsServiceConnection: ado\n"), false, true},
        {QStringLiteral("waitForCompletion as a boolean"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    waitForCompletion: false\n"), false, true},
        {QStringLiteral("waitForCompletion as text"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    waitForCompletion: 'false'\n"), true, true},
        {QStringLiteral("method lower case"), QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    method: get\n"),
         false, true},
        {QStringLiteral("method from a macro"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    method: $(method)\n"), false, true},
        {QStringLiteral("empty method"), QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    method:\n"), false,
         true},
        {QStringLiteral("input as a mapping"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    headers:\n      a: b\n"), false, true},
        {QStringLiteral("inputs as text"), QStringLiteral("- task: InvokeRESTAPI@1\n  inputs: none\n"), false, true},
        {QStringLiteral("numbers and booleans as text inputs"),
         QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    urlSuffix: 42\n    body: true\n    headers:\n"), true,
         true},
        {QStringLiteral("timeout as text"), QStringLiteral("- task: InvokeRESTAPI@1\n  timeoutInMinutes: soon\n"),
         false, true},
        {QStringLiteral("timeout as a fraction"), QStringLiteral("- task: InvokeRESTAPI@1\n  timeoutInMinutes: 1.5\n"),
         false, true},
        {QStringLiteral("timeout quoted"), QStringLiteral("- task: InvokeRESTAPI@1\n  timeoutInMinutes: '10'\n"), true,
         true},
        {QStringLiteral("continueOnError yes"), QStringLiteral("- task: InvokeRESTAPI@1\n  continueOnError: yes\n"),
         true, true},
        {QStringLiteral("continueOnError maybe"), QStringLiteral("- task: InvokeRESTAPI@1\n  continueOnError: maybe\n"),
         false, true},
        {QStringLiteral("displayName as a list"), QStringLiteral("- task: InvokeRESTAPI@1\n  displayName: [a]\n"),
         false, true},
        {QStringLiteral("step name with a space"), QStringLiteral("- task: InvokeRESTAPI@1\n  name: my step\n"), false,
         true},
        {QStringLiteral("server job"),
         QStringLiteral("- job: gate\n  pool: server\n  steps:\n  - task: InvokeRESTAPI@1\n    inputs:\n"
                        "      serviceConnection: api\n"),
         true, true},
        {QStringLiteral("agent job"),
         QStringLiteral("- job: gate\n  pool:\n    vmImage: ubuntu-latest\n  steps:\n  - task: InvokeRESTAPI@1\n"),
         true, false},
        {QStringLiteral("job without pool"), QStringLiteral("- job: gate\n  steps:\n  - task: InvokeRESTAPI@1\n"), true,
         false},
        {QStringLiteral("job name with a dash"),
         QStringLiteral("- job: my-gate\n  pool: server\n  steps:\n  - task: InvokeRESTAPI@1\n"), true, false},
        {QStringLiteral("job name with a space"),
         QStringLiteral("- job: my gate\n  pool: server\n  steps:\n  - task: InvokeRESTAPI@1\n"), false, false},
        {QStringLiteral("job not first"), QStringLiteral("- pool: server\n  job: gate\n"), false, true},
        {QStringLiteral("unknown job property"),
         QStringLiteral("- job: gate\n  pool: server\n  server: true\n  steps: []\n"), false, true},
        {QStringLiteral("pool as a list"), QStringLiteral("- job: gate\n  pool: [server]\n  steps: []\n"), false, true},
        {QStringLiteral("stage around a server job"),
         QStringLiteral("- stage: gates\n  displayName: Gates\n  jobs:\n  - job: gate\n    pool: server\n    steps:\n"
                        "    - task: InvokeRESTAPI@1\n"),
         true, true},
        {QStringLiteral("stage pool inherited"),
         QStringLiteral("- stage: gates\n  pool: server\n  jobs:\n  - job: gate\n    steps:\n"
                        "    - task: InvokeRESTAPI@1\n"),
         true, true},
        {QStringLiteral("stage with steps"), QStringLiteral("- stage: gates\n  steps: []\n"), false, true},
        {QStringLiteral("stage named with a digit first"),
         QStringLiteral("- stage: 1st\n  jobs:\n  - job: gate\n    pool: server\n    steps: []\n"), true, false},
        {QStringLiteral("pipeline with server steps"),
         QStringLiteral("pool: server\nsteps:\n- task: InvokeRESTAPI@1\n"), true, true},
        {QStringLiteral("pipeline with steps on an agent"),
         QStringLiteral("trigger: none\nsteps:\n- task: InvokeRESTAPI@1\n"), true, false},
        {QStringLiteral("pipeline with an unknown key"), QStringLiteral("stepz:\n- task: InvokeRESTAPI@1\n"), false,
         true},
    };
}

} // namespace

class TestSchemaCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_files; ///< file name -> YAML
    QHash<QString, bool> m_ajv; ///< file name -> Ajv's verdict
    QHash<QString, QString> m_ajvErrors;
    QStringList m_exports; ///< files that are RestGate exports of valid tasks
    int m_counter = 0;

    QString add(const QString &prefix, const QString &yaml)
    {
        const QString name = QStringLiteral("%1-%2.yml").arg(prefix).arg(++m_counter, 4, 10, QLatin1Char('0'));
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(yaml.toUtf8());
        m_files.insert(name, yaml);
        return name;
    }

    void addExports(const QString &prefix, const TaskConfig &task)
    {
        for (const auto form : {ExportOptions::Form::Step, ExportOptions::Form::Job, ExportOptions::Form::Stage}) {
            for (const auto keys : {StepWriteOptions::Keys::YamlNames, StepWriteOptions::Keys::TaskJsonNames}) {
                for (const bool defaults : {false, true}) {
                    ExportOptions options;
                    options.form = form;
                    options.keys = keys;
                    options.writeDefaults = defaults;
                    m_exports.append(add(prefix, PipelineExport::task(task, options)));
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString node = QStringLiteral(RESTGATE_NODE);
        if (node.isEmpty() || node.endsWith(QLatin1String("NOTFOUND")) || !QFileInfo(node).isExecutable())
            QFAIL("node (Node.js) was not found when the build was configured; the schema check needs it");

        // Every export form of every sample task, and of whole samples...
        const QDir samples(QStringLiteral(RESTGATE_SOURCE_DIR "/resources/samples"));
        const QStringList sampleFiles = samples.entryList({QStringLiteral("*.restgate.yml")});
        QVERIFY(!sampleFiles.isEmpty());
        for (const QString &sample : sampleFiles) {
            DesignDocument document;
            DocumentError error;
            QVERIFY2(DesignDocument::load(samples.filePath(sample), &document, &error), qPrintable(error.toString()));
            for (const TaskConfig &task : std::as_const(document.tasks))
                addExports(QStringLiteral("sample"), task);
            for (const auto form : {ExportOptions::Form::Step, ExportOptions::Form::Job, ExportOptions::Form::Stage}) {
                ExportOptions options;
                options.form = form;
                options.displayName = QStringLiteral("Sample: ") + sample;
                m_exports.append(add(QStringLiteral("design"), PipelineExport::design(document, options)));
            }
        }
        // ... and of generated task configurations, nasty strings included.
        QRandomGenerator random(4242);
        for (int i = 0; i < 60; ++i)
            addExports(QStringLiteral("generated"), TestSupport::randomTask(random, true));

        for (const Case &c : crossCheckCases())
            add(QStringLiteral("case"), c.yaml);

        // One run of the validator over all files (compiling the 1.6 MB schema takes seconds).
        QStringList arguments = {QStringLiteral(RESTGATE_SCHEMA_VALIDATOR), QStringLiteral(RESTGATE_PIPELINE_SCHEMA)};
        QStringList names = m_files.keys();
        names.sort();
        for (const QString &name : std::as_const(names))
            arguments.append(m_dir.filePath(name));
        QProcess process;
        process.start(node, arguments);
        QVERIFY2(process.waitForFinished(240000), "the schema validator did not finish");
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() <= 1, qPrintable(errors));
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject result = QJsonDocument::fromJson(line).object();
            const QString name = QFileInfo(result.value(QStringLiteral("file")).toString()).fileName();
            m_ajv.insert(name, result.value(QStringLiteral("valid")).toBool());
            m_ajvErrors.insert(name, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(m_ajv.size(), m_files.size());
        QVERIFY(m_exports.size() > 400);
    }

    // Every export RestGate writes for a valid task is accepted by the published schema (Ajv) and by SchemaCheck,
    // including Azure DevOps' own rules (pool: server, identifiers).
    void everyExport_isAcceptedByAjvAndSchemaCheck()
    {
        int checked = 0;
        for (const QString &name : std::as_const(m_exports)) {
            QVERIFY2(m_ajv.value(name), qPrintable(m_ajvErrors.value(name) + QLatin1Char('\n') + m_files.value(name)));
            const QList<SchemaProblem> problems = SchemaCheck::check(m_files.value(name));
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.isEmpty() ? QString()
                                                   : problems.first().path + QStringLiteral(": ")
                                        + problems.first().message + QLatin1Char('\n') + m_files.value(name)));
            ++checked;
        }
        QCOMPARE(checked, m_exports.size());
    }

    void crossCheck_validAndInvalid_agreeWithAjv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("schemaValid");
        QTest::addColumn<bool>("azureValid");
        int index = 0;
        const QList<Case> cases = crossCheckCases();
        QStringList caseFiles;
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("case-")))
                caseFiles.append(it.key());
        }
        caseFiles.sort();
        QCOMPARE(caseFiles.size(), cases.size());
        for (const Case &c : cases)
            QTest::addRow("%s", qPrintable(c.name)) << caseFiles.at(index++) << c.schemaValid << c.azureValid;
    }

    void crossCheck_validAndInvalid_agreeWithAjv()
    {
        QFETCH(QString, file);
        QFETCH(bool, schemaValid);
        QFETCH(bool, azureValid);
        const QString yaml = m_files.value(file);
        QVERIFY2(m_ajv.value(file) == schemaValid, qPrintable(m_ajvErrors.value(file) + QLatin1Char('\n') + yaml));
        const QList<SchemaProblem> problems = SchemaCheck::check(yaml);
        QString text;
        for (const SchemaProblem &p : problems)
            text += QStringLiteral("%1 (line %2): %3\n").arg(p.path).arg(p.line).arg(p.message);
        QVERIFY2(SchemaCheck::schemaAccepts(problems) == schemaValid, qPrintable(text + yaml));
        bool azureProblem = false;
        for (const SchemaProblem &p : problems)
            azureProblem = azureProblem || p.source == SchemaProblem::Source::AzureDevOps;
        QVERIFY2(azureProblem == !azureValid, qPrintable(text + yaml));
        for (const SchemaProblem &p : problems) {
            QVERIFY(p.line > 0);
            QVERIFY(!p.message.isEmpty());
        }
    }

    void azureDevOpsConnection_exportIsMarkedAsRejected()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameAzureDevOps"));
        task.setInput(QStringLiteral("azureDevOpsServiceConnection"), QStringLiteral("ado"));
        const QList<SchemaProblem> problems = SchemaCheck::check(PipelineExport::task(task));
        QVERIFY(!SchemaCheck::schemaAccepts(problems));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.first().message.contains(QLatin1String("1.274.0")));
        QCOMPARE(problems.first().line, 3);
    }

    void malformedYaml_isOneProblemWithItsPosition()
    {
        const QList<SchemaProblem> problems = SchemaCheck::check(QStringLiteral("- task: [\n"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().line > 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
