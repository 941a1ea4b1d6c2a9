#include "core/design/designdocument.h"
#include "core/pipeline/curlexport.h"
#include "core/request/preparedrequest.h"
#include "httpecho.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace RestGate;

namespace {

struct Scenario
{
    TaskConfig task;
    ServiceConnection connection;
    QString secret; ///< the connection's password or token
    VariableSet variables;
};

TaskConfig task(const QString &method, const QString &suffix, const QString &headers = {}, const QString &body = {})
{
    TaskConfig t;
    t.setInput(QStringLiteral("serviceConnection"), QStringLiteral("httpbin"));
    t.setInput(QStringLiteral("method"), method);
    t.setInput(QStringLiteral("urlSuffix"), suffix);
    if (!headers.isNull())
        t.setInput(QStringLiteral("headers"), headers);
    if (!body.isNull())
        t.setInput(QStringLiteral("body"), body);
    return t;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestCurlExport : public QObject
{
    Q_OBJECT

private:
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/curl")),
                 "curl is needed (packaging/setup-debian.sh installs it)");
        m_base = TestSupport::httpbinBaseUrl();
    }

    void quote_posix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("bare") << "https://h/p/a=1,b@c:d%20"
                              << "https://h/p/a=1,b@c:d%20";
        QTest::addRow("glob characters") << "https://h/p?a=1"
                                         << "'https://h/p?a=1'";
        QTest::addRow("tilde and star") << "~/*"
                                        << "'~/*'";
        QTest::addRow("empty") << ""
                               << "''";
        QTest::addRow("space") << "a b"
                               << "'a b'";
        QTest::addRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::addRow("dollar and backtick stay literal") << "$(x) `y` $HOME"
                                                          << "'$(x) `y` $HOME'";
        QTest::addRow("ampersand") << "a&b"
                                   << "'a&b'";
        QTest::addRow("newline") << "a\nb"
                                 << "'a\nb'";
        QTest::addRow("double quote") << "say \"hi\""
                                      << "'say \"hi\"'";
    }

    void quote_posix()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlExport::quote(text, CurlOptions::Shell::Posix), quoted);
        // And the shell gives back the very text.
        QProcess process;
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
        QVERIFY(process.waitForFinished());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), text);
    }

    void quote_powerShell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("bare") << "https://h/p"
                              << "https://h/p";
        QTest::addRow("empty") << ""
                               << "''";
        QTest::addRow("single quote doubled") << "it's"
                                              << "'it''s'";
        QTest::addRow("typographic quote doubled") << QStringLiteral("it’s") << QStringLiteral("'it’’s'");
        QTest::addRow("dollar stays literal") << "$env:X $(y)"
                                              << "'$env:X $(y)'";
        QTest::addRow("query") << "https://h/p?a=1&b=2"
                               << "'https://h/p?a=1&b=2'";
        QTest::addRow("leading dash") << "-x"
                                      << "'-x'";
    }

    void quote_powerShell()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(CurlExport::quote(text, CurlOptions::Shell::PowerShell), quoted);
    }

    void credentials_areEnvironmentReferences_neverSecrets_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("posix");
        QTest::addColumn<QString>("powershell");
        QTest::addRow("generic") << int(ServiceConnection::Type::Generic)
                                 << "-u \"deploy:$RESTGATE_SECRET_DEPLOYMENTS\""
                                 << "-u \"deploy:${env:RESTGATE_SECRET_DEPLOYMENTS}\"";
        QTest::addRow("azure devops") << int(ServiceConnection::Type::AzureDevOps)
                                      << "-u \":$RESTGATE_SECRET_DEPLOYMENTS\""
                                      << "-u \":${env:RESTGATE_SECRET_DEPLOYMENTS}\"";
        QTest::addRow("azure resource manager")
            << int(ServiceConnection::Type::AzureRM) << "-H \"Authorization: Bearer $RESTGATE_SECRET_DEPLOYMENTS\""
            << "-H \"Authorization: Bearer ${env:RESTGATE_SECRET_DEPLOYMENTS}\"";
    }

    void credentials_areEnvironmentReferences_neverSecrets()
    {
        QFETCH(int, type);
        QFETCH(QString, posix);
        QFETCH(QString, powershell);
        ServiceConnection connection;
        connection.name = QStringLiteral("deployments");
        connection.type = ServiceConnection::Type(type);
        connection.url = QStringLiteral("https://deploy.example.com/");
        connection.username = QStringLiteral("deploy");
        TaskConfig t;
        t.setInput(QStringLiteral("connectionType"), ServiceConnection::inputNameForType(connection.type));
        t.setInput(ServiceConnection::inputNameForType(connection.type), connection.name);
        t.setInput(QStringLiteral("method"), QStringLiteral("GET"));
        t.setInput(QStringLiteral("headers"),
                   QStringLiteral("{\"X-Key\": \"$(apiKey)\", \"AuthToken\": \"$(system.AccessToken)\"}"));
        VariableSet variables = VariableSet::systemDefaults();
        variables.set(QStringLiteral("apiKey"), QStringLiteral("s3cr3t-key"), true);
        const QString token = variables.find(QStringLiteral("system.AccessToken"))->value;

        const CurlCommand command = CurlExport::fromTask(t, &connection, variables, {});
        QVERIFY(command.ok);
        QVERIFY2(command.text.contains(posix), qPrintable(command.text));
        QVERIFY(command.text.contains(QLatin1String("-H \"X-Key: $RESTGATE_SECRET_APIKEY\"")));
        QVERIFY(command.text.contains(QLatin1String("-H \"AuthToken: $RESTGATE_SECRET_SYSTEM_ACCESSTOKEN\"")));
        QVERIFY(!command.text.contains(QLatin1String("s3cr3t-key")));
        QVERIFY(!command.text.contains(token));
        QCOMPARE(command.environment,
                 (QStringList {"RESTGATE_SECRET_DEPLOYMENTS", "RESTGATE_SECRET_APIKEY",
                               "RESTGATE_SECRET_SYSTEM_ACCESSTOKEN"}));

        CurlOptions options;
        options.shell = CurlOptions::Shell::PowerShell;
        const CurlCommand ps = CurlExport::fromTask(t, &connection, variables, options);
        QVERIFY(ps.text.startsWith(QLatin1String("curl.exe ")));
        QVERIFY2(ps.text.contains(powershell), qPrintable(ps.text));
        QVERIFY(ps.text.contains(QLatin1String(" `\n  -H \"X-Key: ${env:RESTGATE_SECRET_APIKEY}\"")));
        QVERIFY(!ps.text.contains(QLatin1String("s3cr3t-key")));
    }

    void commands_matchGoldenFiles_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<int>("shell");
        QTest::addRow("posix") << "curl-posix.txt" << int(CurlOptions::Shell::Posix);
        QTest::addRow("powershell") << "curl-powershell.txt" << int(CurlOptions::Shell::PowerShell);
    }

    void commands_matchGoldenFiles()
    {
        QFETCH(QString, golden);
        QFETCH(int, shell);
        ServiceConnection connection;
        connection.name = QStringLiteral("deployments");
        connection.url = QStringLiteral("http://127.0.0.1:8765/");
        connection.username = QStringLiteral("deploy");
        TaskConfig t = task(QStringLiteral("PUT"), QStringLiteral("deployments/$(id)?note=it's&x=$(missing)"),
                            QStringLiteral("{\n  \"Content-Type\": \"application/json\",\n  \"X-Empty\": \"\"\n}"),
                            QStringLiteral("{\"name\": \"api\", \"say\": \"it's $HOME `x` !\"}\n"));
        t.setInput(QStringLiteral("serviceConnection"), connection.name);
        VariableSet variables;
        variables.set(QStringLiteral("id"), QStringLiteral("42"));
        CurlOptions options;
        options.shell = CurlOptions::Shell(shell);
        const CurlCommand command = CurlExport::fromTask(t, &connection, variables, options);
        QVERIFY(command.ok);
        const QString actual = command.text + QLatin1Char('\n');
        const QString path = QStringLiteral(RESTGATE_TEST_DATA_DIR "/golden/") + golden;
        if (qEnvironmentVariableIsSet("RESTGATE_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual.toUtf8());
        }
        QCOMPARE(actual, readFile(path));
    }

    void fromRequest_globsAndEmptyHeaders()
    {
        PreparedRequest request;
        request.method = QStringLiteral("HEAD");
        request.url = QStringLiteral("https://h/p?range=[1,2]");
        request.headers = {{QStringLiteral("X-Empty"), QString()}, {QStringLiteral("X-A"), QStringLiteral("1")}};
        request.body = "ignored";
        request.hasBody = true;
        QList<Finding> findings;
        CurlOptions options;
        options.multiLine = false;
        QCOMPARE(CurlExport::fromRequest(request, {}, {}, options, &findings),
                 QStringLiteral("curl --head --globoff 'https://h/p?range=[1,2]' -H 'X-Empty;' -H 'X-A: 1'"));
        QCOMPARE(findings.size(), 1); // the body curl cannot send with HEAD
    }

    void urlSecret_isFlagged()
    {
        VariableSet variables;
        variables.set(QStringLiteral("key"), QStringLiteral("a b"), true);
        ServiceConnection connection;
        connection.name = QStringLiteral("httpbin");
        connection.url = QStringLiteral("https://h/");
        const CurlCommand command =
            CurlExport::fromTask(task(QStringLiteral("GET"), QStringLiteral("x?k=$(key)")), &connection, variables, {});
        QVERIFY(command.ok);
        QVERIFY(command.text.contains(QLatin1String("\"https://h/x?k=$RESTGATE_SECRET_KEY\"")));
        bool flagged = false;
        for (const Finding &finding : command.findings)
            flagged = flagged || finding.message.contains(QLatin1String("URL-encoded"));
        QVERIFY(flagged);
    }

    void taskThatCannotBeBuilt_givesNoCommand()
    {
        const CurlCommand command =
            CurlExport::fromTask(task(QStringLiteral("GET"), QStringLiteral("x")), nullptr, VariableSet(), {});
        QVERIFY(!command.ok);
        QVERIFY(command.text.isEmpty());
        QVERIFY(hasErrors(command.findings));
    }

    // The request httpbin echoes for the task (sent as a dry run sends it) and for its curl line is the same.
    void roundTrip_taskAndCurl_sendTheSameRequest_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const QString base = TestSupport::httpbinBaseUrl();
        auto scenario = [&base](const TaskConfig &t, const QString &username = {}, const QString &secret = {},
                                ServiceConnection::Type type = ServiceConnection::Type::Generic) {
            Scenario s;
            s.task = t;
            s.connection.name = QStringLiteral("httpbin");
            s.connection.type = type;
            s.connection.url = base;
            s.connection.username = username;
            s.secret = secret;
            if (type != ServiceConnection::Type::Generic) {
                s.task.setInput(QStringLiteral("connectionType"), ServiceConnection::inputNameForType(type));
                s.task.setInput(ServiceConnection::inputNameForType(type), s.connection.name);
            }
            s.variables.set(QStringLiteral("id"), QStringLiteral("42"));
            s.variables.set(QStringLiteral("who"), QStringLiteral("O'Brien & Sons $HOME"));
            s.variables.set(QStringLiteral("apiKey"), QStringLiteral("k3y with 'quotes' $and `ticks`"), true);
            // A secret in the URL goes in as it is (see urlSecret_isFlagged): this one needs no encoding.
            s.variables.set(QStringLiteral("urlKey"), QStringLiteral("u-k3y_123"), true);
            return s;
        };
        QTest::addRow("GET with a query")
            << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/items/$(id)?q=a%20b&list=1,2&who=it's")));
        QTest::addRow("POST JSON with headers")
            << scenario(task(QStringLiteral("POST"), QStringLiteral("anything/deployments"),
                             QStringLiteral("{\n\"Content-Type\": \"application/json\",\n\"X-Who\": \"$(who)\"\n}"),
                             QStringLiteral("{\"name\": \"api\", \"by\": \"$(who)\", \"n\": [1, 2]}")));
        QTest::addRow("PUT text body, default content type")
            << scenario(task(QStringLiteral("PUT"), QStringLiteral("anything/notes"), QString(),
                             QStringLiteral("line 1\nit's \"quoted\" $HOME `cmd` !x\n\ttab, ünïcödé 🚀\n")));
        QTest::addRow("PATCH form-encoded")
            << scenario(task(QStringLiteral("PATCH"), QStringLiteral("anything/form"),
                             QStringLiteral("{\"Content-Type\": \"application/x-www-form-urlencoded\"}"),
                             QStringLiteral("a=1&b=two+words")));
        QTest::addRow("DELETE without body") << scenario(task(QStringLiteral("DELETE"), QStringLiteral("anything/x")));
        QTest::addRow("GET with a body") << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/get-body"),
                                                          QString(), QStringLiteral("{\"hidden\": true}")));
        QTest::addRow("secret variable in a header and the URL")
            << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/secret?key=$(urlKey)"),
                             QStringLiteral("{\"X-Api-Key\": \"$(apiKey)\"}")));
        QTest::addRow("basic auth") << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/basic")),
                                                QStringLiteral("deploy"), QStringLiteral("pa:ss w'rd$"));
        QTest::addRow("azure devops PAT")
            << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/ado")), QString(),
                        QStringLiteral("pat-123"), ServiceConnection::Type::AzureDevOps);
        QTest::addRow("azure resource manager token")
            << scenario(task(QStringLiteral("GET"), QStringLiteral("anything/arm")), QString(),
                        QStringLiteral("eyJ0eXAi.token"), ServiceConnection::Type::AzureRM);
        QTest::addRow("default headers with the system variables") << scenario([] {
            TaskConfig t = task(QStringLiteral("POST"), QStringLiteral("anything/callback"));
            t.unsetInput(QStringLiteral("headers"));
            return t;
        }());
    }

    void roundTrip_taskAndCurl_sendTheSameRequest()
    {
        QFETCH(Scenario, scenario);
        const VariableSet variables = VariableSet::systemDefaults().overlaidWith(scenario.variables);

        ConnectionSecret secret;
        secret.present = true;
        secret.value = scenario.secret;
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(RequestBuilder::build(scenario.task, &scenario.connection, secret, variables, &request, &findings));
        const TestSupport::Echo fromQt = TestSupport::sendWithQt(request);
        QVERIFY2(fromQt.error.isEmpty(), qPrintable(fromQt.error));
        QCOMPARE(fromQt.status, 200);

        const CurlCommand command = CurlExport::fromTask(scenario.task, &scenario.connection, variables, {});
        QVERIFY(command.ok);
        for (const QString &secretText : std::as_const(request.secrets))
            QVERIFY2(!command.text.contains(secretText), qPrintable(command.text));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(ServiceConnection::secretEnvironmentVariable(scenario.connection.name), scenario.secret);
        for (const Variable &variable : variables.variables()) {
            if (variable.secret)
                environment.insert(ServiceConnection::secretEnvironmentVariable(variable.name), variable.value);
        }
        const TestSupport::Echo fromCurl = TestSupport::runWithShell(command.text, environment);
        QVERIFY2(fromCurl.error.isEmpty(), qPrintable(fromCurl.error + command.text));
        QCOMPARE(fromCurl.status, 200);
        const QJsonObject qt = TestSupport::comparable(fromQt.json);
        const QJsonObject curl = TestSupport::comparable(fromCurl.json);
        QVERIFY(!qt.isEmpty());
        QVERIFY2(qt == curl,
                 qPrintable(QStringLiteral("%1\n--- task:\n%2\n--- curl:\n%3")
                                .arg(command.text, QString::fromUtf8(QJsonDocument(qt).toJson()),
                                     QString::fromUtf8(QJsonDocument(curl).toJson()))));
    }
};

QTEST_GUILESS_MAIN(TestCurlExport)
#include "tst_curlexport.moc"
