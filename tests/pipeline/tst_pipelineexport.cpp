#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"
#include "core/yaml/stepyaml.h"
#include "randomtask.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace RestGate;
using RestGate::TestSupport::randomTask;

namespace {

DesignDocument loadDesign(const QString &name)
{
    DesignDocument document;
    DocumentError error;
    if (!DesignDocument::load(QStringLiteral(RESTGATE_TEST_DATA_DIR "/") + name, &document, &error))
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return document;
}

/// A task that uses everything an export writes.
TaskConfig richTask()
{
    TaskConfig task;
    task.displayName = QStringLiteral("Check 'prod' #1: resource group");
    task.enabled = false;
    task.continueOnError = true;
    task.timeoutInMinutes = 7;
    task.condition = QStringLiteral("and(succeeded(), eq(variables['Build.Reason'], 'Manual'))");
    task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceNameARM"));
    task.setInput(QStringLiteral("azureServiceConnection"), QStringLiteral("${{ parameters.subscription }}"));
    task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("hidden-generic")); // hidden by the type
    task.setInput(QStringLiteral("method"), QStringLiteral("PUT"));
    task.setInput(
        QStringLiteral("headers"),
        QStringLiteral("{\n  \"Content-Type\": \"application/json\",\n  \"X-Run\": \"$(Build.BuildId)\"\n}\n"));
    task.setInput(QStringLiteral("body"), QStringLiteral("{\"tags\": {\"env\": \"prod\"}}"));
    task.setInput(QStringLiteral("urlSuffix"),
                  QStringLiteral("subscriptions/$(subscriptionId)/resourcegroups/rg?api-version=2021-04-01"));
    task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("false"));
    task.setInput(QStringLiteral("successCriteria"),
                  QStringLiteral("eq(root['properties']['provisioningState'], "
                                 "'Succeeded')"));
    task.addUnknownInput(QStringLiteral("retries"), QStringLiteral("3"));
    return task;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

YAML::Node stepOf(const YAML::Node &root, ExportOptions::Form form)
{
    switch (form) {
    case ExportOptions::Form::Step:
        return root[0];
    case ExportOptions::Form::Job:
        return root[0]["steps"][0];
    case ExportOptions::Form::Stage:
        return root[0]["jobs"][0]["steps"][0];
    }
    return {};
}

} // namespace

class TestPipelineExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportForms_matchGoldenFiles_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("actual");
        const DesignDocument deployments = loadDesign(QStringLiteral("gates.restgate.yml"));
        ExportOptions options;
        QTest::addRow("steps") << "steps.yml" << PipelineExport::design(deployments, options);
        options.keys = StepWriteOptions::Keys::TaskJsonNames;
        QTest::addRow("steps, task.json names")
            << "steps-task-json-names.yml" << PipelineExport::design(deployments, options);
        options.keys = StepWriteOptions::Keys::YamlNames;
        options.writeDefaults = true;
        QTest::addRow("steps, write defaults")
            << "steps-write-defaults.yml" << PipelineExport::design(deployments, options);
        options = {};
        options.form = ExportOptions::Form::Job;
        QTest::addRow("job") << "job.yml" << PipelineExport::task(deployments.tasks.first(), options);
        options.form = ExportOptions::Form::Stage;
        QTest::addRow("stage") << "stage.yml" << PipelineExport::task(deployments.tasks.first(), options);
        options.form = ExportOptions::Form::Job;
        options.displayName = QStringLiteral("Deployment gates");
        QTest::addRow("design as one job") << "design-job.yml" << PipelineExport::design(deployments, options);
        options.form = ExportOptions::Form::Stage;
        options.name = QStringLiteral("gates");
        QTest::addRow("design as one stage") << "design-stage.yml" << PipelineExport::design(deployments, options);
        options = {};
        QTest::addRow("every step property and input kind")
            << "rich-step.yml" << PipelineExport::task(richTask(), options);
        options.form = ExportOptions::Form::Job;
        options.keys = StepWriteOptions::Keys::TaskJsonNames;
        options.writeDefaults = true;
        QTest::addRow("rich job, task.json names, defaults")
            << "rich-job-task-json-names-defaults.yml" << PipelineExport::task(richTask(), options);
    }

    void exportForms_matchGoldenFiles()
    {
        QFETCH(QString, golden);
        QFETCH(QString, actual);
        const QString path = QStringLiteral(RESTGATE_TEST_DATA_DIR "/golden/") + golden;
        if (qEnvironmentVariableIsSet("RESTGATE_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual.toUtf8());
        }
        QCOMPARE(actual, readFile(path));
    }

    void hiddenAndDefaultInputs_areLeftOut()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
        task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        task.setInput(QStringLiteral("body"), QStringLiteral("{}")); // hidden for GET
        task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("false")); // the default
        task.setInput(QStringLiteral("connectionType"), QStringLiteral("connectedServiceName")); // the default
        const QString yaml = PipelineExport::task(task);
        QCOMPARE(yaml,
                 QStringLiteral("- task: InvokeRESTAPI@1\n  inputs:\n    serviceConnection: api\n"
                                "    method: GET\n"));

        ExportOptions defaults;
        defaults.writeDefaults = true;
        const QString withDefaults = PipelineExport::task(task, defaults);
        QVERIFY(withDefaults.contains(QLatin1String("    waitForCompletion: 'false'\n")));
        QVERIFY(withDefaults.contains(QLatin1String("    connectionType: connectedServiceName\n")));
        QVERIFY(!withDefaults.contains(QLatin1String("body")));
        QVERIFY(!withDefaults.contains(QLatin1String("azureServiceConnection")));

        task.setInput(QStringLiteral("method"), QStringLiteral("POST"));
        task.setInput(QStringLiteral("waitForCompletion"), QStringLiteral("true"));
        task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(1, 1)")); // hidden for Callback
        const QString callback = PipelineExport::task(task);
        QVERIFY(callback.contains(QLatin1String("    body: '{}'\n")));
        QVERIFY(callback.contains(QLatin1String("    waitForCompletion: 'true'\n")));
        QVERIFY(!callback.contains(QLatin1String("successCriteria")));
        QVERIFY(!callback.contains(QLatin1String("method"))); // POST is the default
    }

    void unknownInputs_areNotExported()
    {
        const QString yaml = PipelineExport::task(richTask());
        QVERIFY(!yaml.contains(QLatin1String("retries")));
        QVERIFY(!yaml.contains(QLatin1String("hidden-generic")));
    }

    void templateExpressionsAndMacros_areWrittenUntouched()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("${{ parameters.endpoint }}"));
        task.setInput(QStringLiteral("urlSuffix"), QStringLiteral("/items/$(Build.BuildId)?when=$[ variables.t ]"));
        const QString yaml = PipelineExport::task(task);
        QVERIFY(yaml.contains(QLatin1String("serviceConnection: ${{ parameters.endpoint }}\n")));
        QVERIFY(yaml.contains(QLatin1String("urlSuffix: /items/$(Build.BuildId)?when=$[ variables.t ]\n")));
    }

    void identifier_fromDisplayName_data()
    {
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("identifier");
        QTest::addRow("words") << "Wait for deployment"
                               << "Wait_for_deployment";
        QTest::addRow("punctuation") << "Invoke REST API: GET"
                                     << "Invoke_REST_API_GET";
        QTest::addRow("leading digit") << "2nd try!"
                                       << "_2nd_try";
        QTest::addRow("unicode and dashes") << "Déploiement — prod-eu"
                                            << "D_ploiement_prod_eu";
        QTest::addRow("underscores kept") << "__init__"
                                          << "__init__";
        QTest::addRow("nothing usable") << "—!?"
                                        << "invoke_rest_api";
        QTest::addRow("empty") << ""
                               << "invoke_rest_api";
        QTest::addRow("expression") << "${{ parameters.name }}"
                                    << "parameters_name";
    }

    void identifier_fromDisplayName()
    {
        QFETCH(QString, displayName);
        QFETCH(QString, identifier);
        QCOMPARE(PipelineExport::identifier(displayName), identifier);
        QVERIFY(PipelineExport::isValidIdentifier(identifier));
    }

    void jobName_isAlwaysValid_andCanBeGiven()
    {
        TaskConfig task;
        task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        ExportOptions options;
        options.form = ExportOptions::Form::Job;
        QVERIFY(PipelineExport::task(task, options).startsWith(QLatin1String("- job: Invoke_REST_API_GET\n")));
        options.name = QStringLiteral("gate");
        options.displayName = QStringLiteral("The gate");
        QCOMPARE(PipelineExport::task(task, options),
                 QStringLiteral("- job: gate\n  displayName: The gate\n  pool: server\n  steps:\n"
                                "  - task: InvokeRESTAPI@1\n    inputs:\n      method: GET\n"));
        options.name = QStringLiteral("not valid!");
        QVERIFY(PipelineExport::task(task, options).startsWith(QLatin1String("- job: The_gate\n")));
    }

    // Random configurations, nasty strings included, come back from any YAML parser exactly as exported.
    void property_randomTasks_readBackIdentically()
    {
        QRandomGenerator random(20260611);
        const int rounds = 400;
        for (int round = 0; round < rounds; ++round) {
            const TaskConfig task = randomTask(random);
            for (const ExportOptions::Form form :
                 {ExportOptions::Form::Step, ExportOptions::Form::Job, ExportOptions::Form::Stage}) {
                ExportOptions options;
                options.form = form;
                options.keys =
                    random.bounded(2) ? StepWriteOptions::Keys::TaskJsonNames : StepWriteOptions::Keys::YamlNames;
                options.writeDefaults = random.bounded(2);
                const QString yaml = PipelineExport::task(task, options);
                YAML::Node root;
                try {
                    root = YAML::Load(yaml.toStdString());
                } catch (const YAML::Exception &e) {
                    QFAIL(qPrintable(
                        QStringLiteral("round %1: %2\n%3").arg(round).arg(QString::fromStdString(e.msg), yaml)));
                }
                TaskConfig back;
                DocumentError error;
                QList<DocumentError> warnings;
                QVERIFY2(StepYaml::read(stepOf(root, form), &back, &error, &warnings),
                         qPrintable(error.toString() + QLatin1Char('\n') + yaml));
                if (!warnings.isEmpty())
                    QFAIL(qPrintable(warnings.first().toString() + QLatin1Char('\n') + yaml));
                const TaskConfig expected = PipelineExport::exportedTask(task, options.writeDefaults);
                if (!(back == expected)) {
                    QString diff;
                    for (const auto &[name, value] : expected.explicitInputs()) {
                        if (back.input(name) != value || !back.isSet(name))
                            diff += QStringLiteral("%1: expected [%2] got [%3]\n").arg(name, value, back.input(name));
                    }
                    if (back.displayName != expected.displayName)
                        diff += QStringLiteral("displayName: expected [%1] got [%2]\n")
                                    .arg(expected.displayName, back.displayName);
                    if (back.condition != expected.condition)
                        diff += QStringLiteral("condition: expected [%1] got [%2]\n")
                                    .arg(expected.condition, back.condition);
                    QFAIL(qPrintable(QStringLiteral("round %1\n%2%3").arg(round).arg(diff, yaml)));
                }
                QVERIFY(PipelineExport::samePipelineTask(task, back));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineExport)
#include "tst_pipelineexport.moc"
