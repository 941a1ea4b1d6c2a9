#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"
#include "core/pipeline/pipelineimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace RestGate;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

QJsonArray readJsonArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).array();
}

const char *contextName(ImportedTask::JobContext context)
{
    switch (context) {
    case ImportedTask::JobContext::None:
        return "none";
    case ImportedTask::JobContext::Server:
        return "server";
    case ImportedTask::JobContext::Agent:
        return "agent";
    case ImportedTask::JobContext::Expression:
        return "expression";
    }
    return "";
}

const char *kindName(ImportFinding::Kind kind)
{
    switch (kind) {
    case ImportFinding::Kind::NotServerJob:
        return "NotServerJob";
    case ImportFinding::Kind::PoolIsExpression:
        return "PoolIsExpression";
    case ImportFinding::Kind::UnknownInput:
        return "UnknownInput";
    case ImportFinding::Kind::AliasUsedTwice:
        return "AliasUsedTwice";
    case ImportFinding::Kind::CriteriaWithCallback:
        return "CriteriaWithCallback";
    case ImportFinding::Kind::BodyIgnored:
        return "BodyIgnored";
    case ImportFinding::Kind::ConnectionIsExpression:
        return "ConnectionIsExpression";
    case ImportFinding::Kind::PropertyDropped:
        return "PropertyDropped";
    case ImportFinding::Kind::Unreadable:
        return "Unreadable";
    }
    return "";
}

bool hasFinding(const ImportedTask &task, ImportFinding::Kind kind)
{
    for (const ImportFinding &finding : task.findings) {
        if (finding.kind == kind)
            return true;
    }
    return false;
}

QString realDataDir()
{
    return QStringLiteral(RESTGATE_REAL_PIPELINES_DIR "/");
}

QString corpusDir()
{
    return QStringLiteral(RESTGATE_TEST_DATA_DIR "/corpus/");
}

PipelineImport load(const QString &path)
{
    PipelineImport result;
    DocumentError error;
    if (!PipelineImporter::load(path, &result, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error.toString()));
    return result;
}

} // namespace

class TestPipelineImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realWorldPipelines_everyStepOfTheManifestFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonArray>("steps");
        const QJsonArray manifest = readJsonArray(realDataDir() + QStringLiteral("MANIFEST.json"));
        QVERIFY(manifest.size() >= 4);
        for (const QJsonValue &entry : manifest) {
            const QJsonObject object = entry.toObject();
            QTest::addRow("%s", qPrintable(object.value(QStringLiteral("file")).toString()))
                << object.value(QStringLiteral("file")).toString() << object.value(QStringLiteral("steps")).toArray();
        }
    }

    void realWorldPipelines_everyStepOfTheManifestFound()
    {
        QFETCH(QString, file);
        QFETCH(QJsonArray, steps);
        const PipelineImport result = load(realDataDir() + file);
        QCOMPARE(result.tasks.size(), steps.size());
        static const QRegularExpression pathToken(
            QStringLiteral(R"((?:^|: )((?:stages|jobs|steps)\[\d+\][\w.\[\]]*|\[\d+\]))"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject expected = steps.at(i).toObject();
            const ImportedTask &task = result.tasks.at(i);
            QCOMPARE(task.location.line, expected.value(QStringLiteral("line")).toInt());
            QCOMPARE(task.reference, expected.value(QStringLiteral("task")).toString());
            QVERIFY(task.importable);
            // The place in the YAML, as the manifest writes it ("stages[2].jobs[0].steps[0]  (stage ...)",
            // "... item [0] of a bare step list" for a bare list).
            const QString location = expected.value(QStringLiteral("location")).toString();
            QString expectedPath = pathToken.match(location).captured(1);
            if (location.contains(QLatin1String("bare step list")))
                expectedPath = QStringLiteral("[0]");
            QVERIFY2(!expectedPath.isEmpty(), qPrintable(location));
            QCOMPARE(task.location.path, expectedPath);

            const QJsonObject inputs = expected.value(QStringLiteral("inputs_parsed")).toObject();
            QCOMPARE(task.task.explicitInputs().size(), inputs.size());
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                QVERIFY2(task.task.isSet(it.key()), qPrintable(it.key()));
                QCOMPARE(task.task.input(it.key()), it.value().isNull() ? QString() : it.value().toString());
            }
            QVERIFY(task.task.unknownInputs().isEmpty());
            const QJsonObject properties = expected.value(QStringLiteral("step_properties")).toObject();
            QCOMPARE(task.task.displayName, properties.value(QStringLiteral("displayName")).toString());
            QCOMPARE(task.task.continueOnError, properties.value(QStringLiteral("continueOnError")).toBool(false));

            const QJsonValue server = expected.value(QStringLiteral("job_is_server"));
            const ImportedTask::JobContext context = server.isNull() ? ImportedTask::JobContext::None
                : server.toBool()                                    ? ImportedTask::JobContext::Server
                                                                     : ImportedTask::JobContext::Agent;
            QCOMPARE(contextName(task.jobContext), contextName(context));
            QCOMPARE(hasFinding(task, ImportFinding::Kind::NotServerJob), context == ImportedTask::JobContext::Agent);
        }
    }

    void corpus_everyPlacementFound_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray expectations = readJsonArray(corpusDir() + QStringLiteral("EXPECTED.json"));
        // Every file of the corpus has its expectations.
        const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.yml"), QStringLiteral("*.md")});
        QCOMPARE(expectations.size(), files.size());
        for (const QJsonValue &entry : expectations) {
            const QJsonObject object = entry.toObject();
            QTest::addRow("%s", qPrintable(object.value(QStringLiteral("file")).toString())) << object;
        }
    }

    void corpus_everyPlacementFound()
    {
        QFETCH(QJsonObject, expected);
        PipelineImport result;
        DocumentError error;
        const bool ok =
            PipelineImporter::load(corpusDir() + expected.value(QStringLiteral("file")).toString(), &result, &error);
        const QJsonValue expectedError = expected.value(QStringLiteral("error"));
        QCOMPARE(ok, expectedError.isNull());
        if (!ok) {
            QCOMPARE(error.line, expectedError[QStringLiteral("line")].toInt());
            QCOMPARE(error.column, expectedError[QStringLiteral("column")].toInt());
            QVERIFY(result.tasks.isEmpty());
            return;
        }
        QCOMPARE(result.warnings.size(), expected.value(QStringLiteral("warnings")).toInt());
        const QJsonArray steps = expected.value(QStringLiteral("steps")).toArray();
        QCOMPARE(result.tasks.size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject e = steps.at(i).toObject();
            const ImportedTask &t = result.tasks.at(i);
            QCOMPARE(t.location.line, e.value(QStringLiteral("line")).toInt());
            QCOMPARE(t.location.column, e.value(QStringLiteral("column")).toInt());
            QCOMPARE(t.location.path, e.value(QStringLiteral("path")).toString());
            QCOMPARE(t.location.toString(), e.value(QStringLiteral("location")).toString());
            QCOMPARE(t.location.markdownBlock, e.value(QStringLiteral("block")).toInt());
            QCOMPARE(t.reference, e.value(QStringLiteral("reference")).toString());
            QCOMPARE(QString::fromLatin1(contextName(t.jobContext)), e.value(QStringLiteral("jobContext")).toString());
            QCOMPARE(t.importable, e.value(QStringLiteral("importable")).toBool());

            const QJsonObject inputs = e.value(QStringLiteral("inputs")).toObject();
            QCOMPARE(t.task.explicitInputs().size(), inputs.size());
            for (const auto &[name, value] : t.task.explicitInputs())
                QCOMPARE(value, inputs.value(name).toString());
            const QJsonObject unknown = e.value(QStringLiteral("unknownInputs")).toObject();
            QCOMPARE(t.task.unknownInputs().size(), unknown.size());
            for (const auto &[name, value] : t.task.unknownInputs())
                QCOMPARE(value, unknown.value(name).toString());

            const QJsonObject properties = e.value(QStringLiteral("properties")).toObject();
            QCOMPARE(t.task.displayName, properties.value(QStringLiteral("displayName")).toString());
            QCOMPARE(t.task.enabled, properties.value(QStringLiteral("enabled")).toBool());
            QCOMPARE(t.task.continueOnError, properties.value(QStringLiteral("continueOnError")).toBool());
            QCOMPARE(t.task.condition, properties.value(QStringLiteral("condition")).toString());
            const QJsonValue timeout = properties.value(QStringLiteral("timeoutInMinutes"));
            QCOMPARE(t.task.timeoutInMinutes.has_value(), !timeout.isNull());
            if (!timeout.isNull())
                QCOMPARE(*t.task.timeoutInMinutes, timeout.toInt());

            QStringList findings;
            for (const ImportFinding &f : t.findings)
                findings.append(QStringLiteral("%1@%2").arg(QLatin1String(kindName(f.kind))).arg(f.line));
            QStringList expectedFindings;
            for (const QJsonValue &f : e.value(QStringLiteral("findings")).toArray())
                expectedFindings.append(f.toString());
            QCOMPARE(findings, expectedFindings);

            const QJsonObject connection = e.value(QStringLiteral("connection")).toObject();
            QCOMPARE(t.connection.name, connection.value(QStringLiteral("name")).toString());
            QCOMPARE(ServiceConnection::typeKey(t.connection.type),
                     connection.value(QStringLiteral("type")).toString());
            QStringList variables;
            for (const QJsonValue &v : e.value(QStringLiteral("variables")).toArray())
                variables.append(v.toString());
            QCOMPARE(t.variables, variables);
            QStringList parameters;
            for (const QJsonValue &v : e.value(QStringLiteral("parameters")).toArray())
                parameters.append(v.toString());
            QCOMPARE(t.parameters, parameters);
        }
    }

    void malformedYaml_failsWithLineAndColumn_importsNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("bad indentation") << QByteArray(
            "steps:\n- task: InvokeRESTAPI@1\n  inputs:\n    a: 1\n   b: 2\n")
                                         << int(PipelineImporter::Format::Yaml) << 5 << 4;
        QTest::addRow("unclosed flow mapping")
            << QByteArray("steps:\n- task: InvokeRESTAPI@1\n  inputs: {method: GET\n- task: InvokeRESTAPI@1\n")
            << int(PipelineImporter::Format::Yaml) << 4 << 7;
        QTest::addRow("markdown block naming the task")
            << QByteArray("Intro\n\n```yaml\nsteps:\n- task: InvokeRESTAPI@1\n  inputs: {a: [}\n```\n")
            << int(PipelineImporter::Format::Markdown) << 6 << 16;
    }

    void malformedYaml_failsWithLineAndColumn_importsNothing()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, format);
        QFETCH(int, line);
        QFETCH(int, column);
        PipelineImport result;
        result.warnings.append({QStringLiteral("left over"), 1, 1});
        DocumentError error;
        QVERIFY(!PipelineImporter::parse(text, PipelineImporter::Format(format), &result, &error));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(!error.message.isEmpty());
        // The result is left as it was: nothing imported.
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.tasks.isEmpty());
    }

    void markdown_findsYamlAndYmlFencesOnly()
    {
        QFile file(corpusDir() + QStringLiteral("15-markdown.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        const QList<PipelineImporter::MarkdownBlock> blocks = PipelineImporter::markdownYamlBlocks(text);
        QCOMPARE(blocks.size(), 4); // yaml, indented yaml, broken yaml, ~~~yml; not the json block
        QCOMPARE(blocks.at(0).firstLine, 6);
        QCOMPARE(blocks.at(1).firstLine, 13);
        QCOMPARE(blocks.at(1).indent, 3);
        QVERIFY(blocks.at(1).text.startsWith(QLatin1String("pool: server\n")));
        QCOMPARE(blocks.at(3).number, 4);
        QVERIFY(blocks.at(3).text.contains(QLatin1String("serviceConnection: tilde")));
    }

    void references_variablesAndParameters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QStringList>("parameters");
        QTest::addRow("macros") << "a/$(one)/$(Two.Three)?x=$(one)" << QStringList {"one", "Two.Three"}
                                << QStringList {};
        QTest::addRow("template") << "${{ parameters.endpoint }}/${{ parameters['other one'] }}" << QStringList {}
                                  << QStringList {"endpoint", "other one"};
        QTest::addRow("compile-time variables") << "${{ variables.vm_name }} ${{ variables['Build.SourceBranch'] }}"
                                                << QStringList {"vm_name", "Build.SourceBranch"} << QStringList {};
        QTest::addRow("runtime expression")
            << "$[ variables['a]b'] ] $[variables.c]" << QStringList {"a]b", "c"} << QStringList {};
        QTest::addRow("functions") << "${{ coalesce(parameters.url, variables.defaultUrl) }}"
                                   << QStringList {"defaultUrl"} << QStringList {"url"};
        QTest::addRow("nothing") << "plain text with $ and {{ braces }}" << QStringList {} << QStringList {};
    }

    void references_variablesAndParameters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, variables);
        QFETCH(QStringList, parameters);
        QCOMPARE(PipelineImporter::variableReferences(text), variables);
        QCOMPARE(PipelineImporter::parameterReferences(text), parameters);
    }

    void roundTrip_importExportImport_sameTasks_data()
    {
        QTest::addColumn<QString>("path");
        QDir real(realDataDir());
        for (const QString &file : real.entryList({QStringLiteral("0*")}))
            QTest::addRow("%s", qPrintable(file)) << real.filePath(file);
        QDir corpus(corpusDir());
        for (const QString &file : corpus.entryList({QStringLiteral("*.yml"), QStringLiteral("*.md")})) {
            if (!file.contains(QLatin1String("malformed")) && !file.contains(QLatin1String("broken")))
                QTest::addRow("%s", qPrintable(file)) << corpus.filePath(file);
        }
    }

    void roundTrip_importExportImport_sameTasks()
    {
        QFETCH(QString, path);
        const PipelineImport first = load(path);
        int checked = 0;
        for (const ImportedTask &imported : first.tasks) {
            if (!imported.importable)
                continue;
            for (const ExportOptions::Form form :
                 {ExportOptions::Form::Step, ExportOptions::Form::Job, ExportOptions::Form::Stage}) {
                for (const auto keys : {StepWriteOptions::Keys::YamlNames, StepWriteOptions::Keys::TaskJsonNames}) {
                    ExportOptions options;
                    options.form = form;
                    options.keys = keys;
                    const QString yaml = PipelineExport::task(imported.task, options);
                    PipelineImport again;
                    DocumentError error;
                    QVERIFY2(PipelineImporter::parse(yaml.toUtf8(), PipelineImporter::Format::Yaml, &again, &error),
                             qPrintable(error.toString() + QLatin1Char('\n') + yaml));
                    QCOMPARE(again.tasks.size(), 1);
                    const ImportedTask &back = again.tasks.first();
                    QVERIFY2(PipelineExport::samePipelineTask(imported.task, back.task), qPrintable(yaml));
                    // What the export wrote is exactly what comes back.
                    QCOMPARE(back.task, PipelineExport::exportedTask(imported.task));
                    // A job or stage export is agentless; a bare step has no job around it.
                    QCOMPARE(contextName(back.jobContext),
                             form == ExportOptions::Form::Step ? contextName(ImportedTask::JobContext::None)
                                                               : contextName(ImportedTask::JobContext::Server));
                    // And exporting again gives the same text.
                    QCOMPARE(PipelineExport::task(back.task, options), yaml);
                    ++checked;
                }
            }
        }
        if (!first.tasks.isEmpty())
            QVERIFY(checked > 0);
    }

    void merge_addsTasksAndPlaceholders_neverTouchesExistingConnections()
    {
        DesignDocument document;
        ServiceConnection existing;
        existing.name = QStringLiteral("Deployments"); // same name as the pipeline's, other case
        existing.url = QStringLiteral("https://deploy.example.com/");
        existing.username = QStringLiteral("deploy");
        document.connections.append(existing);
        document.tasks.append(TaskConfig());

        PipelineImport found = load(corpusDir() + QStringLiteral("02-jobs.yml"));
        QCOMPARE(found.tasks.size(), 3);
        ImportedTask unreadable = found.tasks.first();
        unreadable.importable = false;
        unreadable.connection.name = QStringLiteral("never-added");
        found.tasks.append(unreadable);

        const ImportMerge merged = PipelineImporter::merge(&document, found.tasks);
        QCOMPARE(merged.tasksAdded, 3);
        QCOMPARE(merged.connectionsAdded, (QStringList {"other-name", "my-subscription"}));
        QCOMPARE(document.tasks.size(), 4);
        QCOMPARE(document.connections.size(), 3);
        QCOMPARE(document.connections.at(0), existing);
        const ServiceConnection *arm = document.connection(QStringLiteral("my-subscription"));
        QVERIFY(arm);
        QCOMPARE(arm->type, ServiceConnection::Type::AzureRM);
        QVERIFY(arm->url.isEmpty());
        QVERIFY(!document.connection(QStringLiteral("never-added")));

        // The merged design saves and reads back as it is, placeholders included.
        DesignDocument reread;
        DocumentError error;
        QVERIFY2(DesignDocument::parse(document.toYaml().toUtf8(), &reread, &error), qPrintable(error.toString()));
        QCOMPARE(reread.connections, document.connections);
        QCOMPARE(reread.tasks.size(), document.tasks.size());
        for (qsizetype i = 0; i < reread.tasks.size(); ++i)
            QVERIFY(PipelineExport::samePipelineTask(reread.tasks.at(i), document.tasks.at(i)));
    }

    void taskName_anyCaseGuidOrFullVersion_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("major");
        QTest::addRow("canonical") << "InvokeRESTAPI@1" << 1;
        QTest::addRow("lower case") << "invokerestapi@1" << 1;
        QTest::addRow("docs casing") << "InvokeRestApi@0" << 0;
        QTest::addRow("full version") << "InvokeRESTAPI@1.274.1" << 1;
        QTest::addRow("guid") << "9c3e8943-130d-4c78-ac63-8af81df62dfb@1" << 1;
        QTest::addRow("guid upper, full version") << "9C3E8943-130D-4C78-AC63-8AF81DF62DFB@0.0.8" << 0;
    }

    void taskName_anyCaseGuidOrFullVersion()
    {
        QFETCH(QString, reference);
        QFETCH(int, major);
        const QByteArray text = "pool: server\nsteps:\n- script: echo\n- task: " + reference.toUtf8()
            + "\n  inputs:\n    SERVICECONNECTION: c\n";
        PipelineImport result;
        DocumentError error;
        QVERIFY(PipelineImporter::parse(text, PipelineImporter::Format::Yaml, &result, &error));
        QCOMPARE(result.tasks.size(), 1);
        QCOMPARE(result.tasks.first().task.definition().majorVersion, major);
        QCOMPARE(result.tasks.first().reference, reference);
        QCOMPARE(result.tasks.first().location.stepNumber, 2);
        QCOMPARE(result.tasks.first().location.line, 4);
        QCOMPARE(result.tasks.first().task.connectionName(), QStringLiteral("c"));
    }

    void otherTasks_andUnknownVersions_areNotImported()
    {
        const QByteArray text = "steps:\n- task: InvokeRESTAPIX@1\n- task: PowerShell@2\n- task: InvokeRESTAPI@3\n";
        PipelineImport result;
        DocumentError error;
        QVERIFY(PipelineImporter::parse(text, PipelineImporter::Format::Yaml, &result, &error));
        QVERIFY(result.tasks.isEmpty());
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().line, 4);
    }

    void aliasBomb_isRefusedQuickly_withItsPosition_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<int>("lineOffset");
        QTest::addRow("yaml") << int(PipelineImporter::Format::Yaml) << QByteArray() << 0;
        QTest::addRow("markdown, block naming the task")
            << int(PipelineImporter::Format::Markdown) << QByteArray("# Pipeline\n\n```yaml\n") << 3;
    }

    void aliasBomb_isRefusedQuickly_withItsPosition()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, prefix);
        QFETCH(int, lineOffset);
        // The classic nine levels of ten: 10^9 strings if every alias were walked.
        QByteArray text = prefix
            + "steps:\n- task: InvokeRESTAPI@1\n"
              "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level <= 9; ++level) {
            text += "lol" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                text += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
            text += "]\n";
        }
        if (!prefix.isEmpty())
            text += "```\n";
        PipelineImport result;
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PipelineImporter::parse(text, PipelineImporter::Format(format), &result, &error));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.message.contains(QStringLiteral("alias bomb")), qPrintable(error.toString()));
        // Stopped at an alias of a deep level, counted in the file's own lines.
        QVERIFY2(error.line >= 6 + lineOffset && error.line <= 12 + lineOffset, qPrintable(error.toString()));
        QVERIFY(error.column > 1);
    }

    // yaml-cpp 0.7's LoadAll returns empty documents forever for a ',' where a document's top node would start:
    // before the check these never returned (ctest's TIMEOUT for this test turns a regression into a failure).
    void strayComma_isRefusedQuickly_withItsPosition_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const int yaml = int(PipelineImporter::Format::Yaml);
        QTest::addRow("comma alone") << yaml << QByteArray(",") << 1 << 1;
        QTest::addRow("before the steps") << yaml << QByteArray(",\nsteps:\n- task: InvokeRESTAPI@1\n") << 1 << 1;
        QTest::addRow("after a flow map") << yaml << QByteArray("{steps: [{task: InvokeRESTAPI@1}]},\n") << 1 << 35;
        QTest::addRow("after a second document")
            << yaml << QByteArray("steps:\n- task: InvokeRESTAPI@1\n---\n'x' ,\n") << 4 << 5;
        QTest::addRow("markdown block") << int(PipelineImporter::Format::Markdown)
                                        << QByteArray("# Pipeline\n\n```yaml\n[{task: InvokeRESTAPI@1}],\n```\n") << 4
                                        << 26;
    }

    void strayComma_isRefusedQuickly_withItsPosition()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        PipelineImport result;
        DocumentError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PipelineImporter::parse(text, PipelineImporter::Format(format), &result, &error));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.message.contains(QStringLiteral("','")), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void commasThatAreYaml_stillImport()
    {
        const QByteArray text = "# build, test, deploy\n"
                                "trigger: [main, release]\n"
                                "variables: {a: 1, b: 2}\n"
                                "steps:\n"
                                "- task: InvokeRESTAPI@1\n"
                                "  displayName: Wait, then check # a comment, too\n"
                                "  inputs:\n"
                                "    connectionType: connectedServiceName\n"
                                "    serviceConnection: c\n"
                                "    method: POST\n"
                                "    body: |\n"
                                "      {\"a\": 1, \"b\": [2, 3]}\n"
                                "    headers: '{\"X-A\": \"1, 2\"}'\n"
                                "    successCriteria: eq(root['a'], 1)\n"
                                "---\n"
                                "steps: [{script: 'echo a, b'}]\n";
        PipelineImport result;
        DocumentError error;
        QVERIFY2(PipelineImporter::parse(text, PipelineImporter::Format::Yaml, &result, &error),
                 qPrintable(error.toString()));
        QCOMPARE(result.tasks.size(), 1);
        const TaskConfig &task = result.tasks.first().task;
        QCOMPARE(task.displayName, QStringLiteral("Wait, then check"));
        QCOMPARE(task.input(QStringLiteral("body")), QStringLiteral("{\"a\": 1, \"b\": [2, 3]}\n"));
        QCOMPARE(task.input(QStringLiteral("headers")), QStringLiteral("{\"X-A\": \"1, 2\"}"));
        QCOMPARE(task.input(QStringLiteral("successCriteria")), QStringLiteral("eq(root['a'], 1)"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineImport)
#include "tst_pipelineimport.moc"
