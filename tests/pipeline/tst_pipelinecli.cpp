#include "core/design/designdocument.h"
#include "core/pipeline/pipelineexport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

// Drives the real restgate-cli binary: export, import and import-curl.
class TestPipelineCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString sample() { return QStringLiteral(RESTGATE_TEST_DATA_DIR "/gates.restgate.yml"); }
    static QString corpus(const QString &name) { return QStringLiteral(RESTGATE_TEST_DATA_DIR "/corpus/") + name; }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void export_formsMatchTheCoreExport()
    {
        DesignDocument document;
        DocumentError error;
        QVERIFY(DesignDocument::load(sample(), &document, &error));

        Outcome r = cli({QStringLiteral("export"), sample(), QStringLiteral("--task"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, PipelineExport::task(document.tasks.at(0)));
        QVERIFY(r.err.isEmpty());

        ExportOptions options;
        options.form = ExportOptions::Form::Job;
        r = cli({QStringLiteral("export"), sample(), QStringLiteral("--task"), QStringLiteral("service is healthy"),
                 QStringLiteral("--as"), QStringLiteral("job")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, PipelineExport::task(document.tasks.at(1), options));

        // The whole design: one stage, its job named after the design file.
        options.form = ExportOptions::Form::Stage;
        options.keys = StepWriteOptions::Keys::TaskJsonNames;
        options.writeDefaults = true;
        options.name = QStringLiteral("gates");
        r = cli({QStringLiteral("export"), sample(), QStringLiteral("--as"), QStringLiteral("stage"),
                 QStringLiteral("--task-json-names"), QStringLiteral("--write-defaults")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, PipelineExport::tasks(document.tasks, options));
        QVERIFY(r.out.startsWith(QLatin1String("- stage: gates\n")));
    }

    void export_curl_posixAndPowerShell()
    {
        const QString design = QStringLiteral(RESTGATE_TEST_DATA_DIR "/curl.restgate.yml");
        Outcome r = cli({QStringLiteral("export"), design, QStringLiteral("--task"), QStringLiteral("1"),
                         QStringLiteral("--as"), QStringLiteral("curl")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("curl http://127.0.0.1:8765/deployments/1 \\\n"
                                "  -u \"deploy:$RESTGATE_SECRET_DEPLOYMENTS\" \\\n"
                                "  -H 'Accept: application/json'\n"));
        QVERIFY(r.err.contains(QLatin1String("RESTGATE_SECRET_DEPLOYMENTS")));

        r = cli({QStringLiteral("export"), design, QStringLiteral("--as"), QStringLiteral("curl"),
                 QStringLiteral("--shell"), QStringLiteral("powershell"), QStringLiteral("--var"),
                 QStringLiteral("deploymentId=7")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("# Wait for deployment\n"
                                "curl.exe http://127.0.0.1:8765/deployments/7 `\n"
                                "  -u \"deploy:${env:RESTGATE_SECRET_DEPLOYMENTS}\" `\n"
                                "  -H 'Accept: application/json'\n"
                                "\n# Start\n"
                                "curl.exe http://127.0.0.1:8765/deployments `\n"
                                "  -u \"deploy:${env:RESTGATE_SECRET_DEPLOYMENTS}\" `\n"
                                "  -H 'Content-Type: application/json' `\n"
                                "  --data-raw '{\"name\": \"api\"}'\n"));

        // A task of the sample with the default headers: secrets from the system variables are references too.
        r = cli({QStringLiteral("export"), sample(), QStringLiteral("--task"), QStringLiteral("1"),
                 QStringLiteral("--as"), QStringLiteral("curl")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("-H \"AuthToken: $RESTGATE_SECRET_SYSTEM_ACCESSTOKEN\"")));
    }

    void export_usageErrors_exit2()
    {
        QCOMPARE(cli({QStringLiteral("export"), sample(), QStringLiteral("--task"), QStringLiteral("9")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), sample(), QStringLiteral("--as"), QStringLiteral("pipeline")}).exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("export"), corpus(QStringLiteral("12-malformed.yml"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export")}).exitCode, 2);
    }

    void export_warnsWhenTheSchemaWouldReject()
    {
        const QString path = m_dir.filePath(QStringLiteral("ado.restgate.yml"));
        write(path,
              "restgate: 1\ntasks:\n  - task: InvokeRESTAPI@1\n    inputs:\n"
              "      connectionType: connectedServiceNameAzureDevOps\n      azureDevOpsServiceConnection: ado\n");
        const Outcome r = cli({QStringLiteral("export"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("azureDevOpsServiceConnection: ado")));
        QVERIFY2(r.err.contains(QLatin1String("the published pipeline schema rejects this")), qPrintable(r.err));
    }

    void import_listsStepsAndWritesTheDesign()
    {
        const QString pipeline = QStringLiteral(RESTGATE_REAL_PIPELINES_DIR "/01-dotnet__dnceng__deploy.yml");
        Outcome r = cli({QStringLiteral("import"), pipeline});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("2 InvokeRESTAPI step(s)")));
        QVERIFY(r.out.contains(QStringLiteral("[1] predeploy ▸ notifyStartDeployment ▸ step 1, line 82: "
                                              "Notify dotnet-eng-status/start")));
        QVERIFY(r.out.contains(QLatin1String("line 184")));
        QVERIFY(r.out.contains(QLatin1String("template parameters: DotNetStatusEndpoint")));

        const QString design = m_dir.filePath(QStringLiteral("imported.restgate.yml"));
        r = cli({QStringLiteral("import"), corpus(QStringLiteral("02-jobs.yml")), QStringLiteral("-o"), design});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("error (line 11): InvokeRESTAPI@1 runs only in an agentless job")));
        QVERIFY(r.out.contains(QLatin1String("Added 3 task(s)")));
        DesignDocument document;
        DocumentError error;
        QVERIFY(DesignDocument::load(design, &document, &error));
        QCOMPARE(document.tasks.size(), 3);
        QCOMPARE(document.connections.size(), 3);

        // Merging into the existing design keeps what it had, connections included.
        document.connections.first().url = QStringLiteral("https://filled-in.example.com/");
        QString message;
        QVERIFY(document.save(design, &message));
        r = cli({QStringLiteral("import"), corpus(QStringLiteral("01-steps-server-pool.yml")), QStringLiteral("-o"),
                 design});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(DesignDocument::load(design, &document, &error));
        QCOMPARE(document.tasks.size(), 6);
        QCOMPARE(document.connections.first().url, QStringLiteral("https://filled-in.example.com/"));
        QCOMPARE(document.connections.size(), 5); // + notifications, legacy
    }

    void import_noStep_exit1_errors_exit2_nothingOverwritten()
    {
        Outcome r = cli({QStringLiteral("import"), corpus(QStringLiteral("11-no-invoke-rest-api.yml"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no InvokeRESTAPI step")));

        const QString design = m_dir.filePath(QStringLiteral("untouched.restgate.yml"));
        write(design, "restgate: 1\ntasks: []\n");
        r = cli({QStringLiteral("import"), corpus(QStringLiteral("12-malformed.yml")), QStringLiteral("-o"), design});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("line 8, column 6")), qPrintable(r.err));
        QCOMPARE(read(design), QByteArray("restgate: 1\ntasks: []\n"));

        const QString broken = m_dir.filePath(QStringLiteral("broken.restgate.yml"));
        write(broken, "restgate: 1\ntasks: [\n");
        r = cli({QStringLiteral("import"), corpus(QStringLiteral("02-jobs.yml")), QStringLiteral("-o"), broken});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(read(broken), QByteArray("restgate: 1\ntasks: [\n"));

        QCOMPARE(cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.yml"))}).exitCode, 2);
    }

    void importCurl_fromArgumentsAndStdin()
    {
        // Words as a shell passes them.
        Outcome r = cli({QStringLiteral("import-curl"), QStringLiteral("--name"), QStringLiteral("Create"),
                         QStringLiteral("curl"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-u"),
                         QStringLiteral("deploy:s3cret"), QStringLiteral("https://api.example.com/items"),
                         QStringLiteral("-d"), QStringLiteral("{}"), QStringLiteral("--compressed")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("unsupported (not imported): --compressed")));
        QVERIFY(r.err.contains(QLatin1String("RESTGATE_SECRET_API_EXAMPLE_COM")));
        QVERIFY(!r.out.contains(QLatin1String("s3cret")));
        QVERIFY(!r.err.contains(QLatin1String("s3cret")));
        DesignDocument document;
        DocumentError error;
        QVERIFY2(DesignDocument::parse(r.out.toUtf8(), &document, &error), qPrintable(error.toString()));
        QCOMPARE(document.tasks.size(), 1);
        QCOMPARE(document.tasks.first().displayName, QStringLiteral("Create"));
        QCOMPARE(document.connections.first().url, QStringLiteral("https://api.example.com/"));

        // A whole command line on standard input, merged into a design that reuses its connection.
        const QString design = m_dir.filePath(QStringLiteral("curl.restgate.yml"));
        QString message;
        QVERIFY(document.save(design, &message));
        r = cli({QStringLiteral("import-curl"), QStringLiteral("-o"), design, QStringLiteral("-")},
                "curl \\\n  -H 'Accept: application/json' \\\n  'https://api.example.com/items/7'\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("reused")));
        QVERIFY(DesignDocument::load(design, &document, &error));
        QCOMPARE(document.tasks.size(), 2);
        QCOMPARE(document.connections.size(), 1);
        QCOMPARE(document.tasks.last().input(QStringLiteral("urlSuffix")), QStringLiteral("items/7"));

        QCOMPARE(cli({QStringLiteral("import-curl"), QStringLiteral("curl -X POST")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import-curl"), QStringLiteral("curl 'unclosed")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPipelineCli)
#include "tst_pipelinecli.moc"
