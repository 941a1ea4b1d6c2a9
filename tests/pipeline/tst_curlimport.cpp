#include "core/design/designdocument.h"
#include "core/pipeline/curlexport.h"
#include "core/pipeline/curlimport.h"
#include "core/pipeline/pipelineexport.h"
#include "core/request/preparedrequest.h"
#include "httpecho.h"
#include "testsupport.h"

#include <QTest>

using namespace RestGate;

using Headers = QList<QPair<QString, QString>>;

class TestCurlImport : public QObject
{
    Q_OBJECT

private:
    static CurlRequest parsed(const QString &command)
    {
        CurlRequest request;
        QString error;
        if (!CurlParser::parse(command, &request, &error))
            qFatal("%s: %s", qPrintable(command), qPrintable(error));
        return request;
    }

private Q_SLOTS:
    void tokenize_likeAPosixShell_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("plain") << "curl -X POST https://h/p" << QStringList {"curl", "-X", "POST", "https://h/p"};
        QTest::addRow("single quotes") << "curl 'a b' 'it'\\''s'" << QStringList {"curl", "a b", "it's"};
        QTest::addRow("double quotes") << "curl \"a \\\"b\\\" \\$x \\\\ \\n\""
                                       << QStringList {"curl", "a \"b\" $x \\ \\n"};
        QTest::addRow("adjacent pieces") << "curl -H'X: '\"$Y\"z" << QStringList {"curl", "-HX: $Yz"};
        QTest::addRow("ansi-c") << "curl $'a\\tb\\nc\\'d\\x41\\u00e9\\101'"
                                << QStringList {"curl",
                                                "a\tb\nc'dAé"
                                                "A"};
        QTest::addRow("continuations") << "curl \\\n  -X PUT \\\r\n  https://h/"
                                       << QStringList {"curl", "-X", "PUT", "https://h/"};
        QTest::addRow("escaped space") << "curl a\\ b" << QStringList {"curl", "a b"};
        QTest::addRow("comment") << "curl https://h/ # the call\n" << QStringList {"curl", "https://h/"};
        QTest::addRow("empty word") << "curl -d '' x" << QStringList {"curl", "-d", "", "x"};
        QTest::addRow("newline inside quotes")
            << "curl -d '{\n  \"a\": 1\n}'" << QStringList {"curl", "-d", "{\n  \"a\": 1\n}"};
    }

    void tokenize_likeAPosixShell()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QStringList actual;
        QString error;
        QVERIFY2(CurlParser::tokenize(line, &actual, &error), qPrintable(error));
        QCOMPARE(actual, words);
    }

    void tokenize_unclosedQuote_isAnError()
    {
        QStringList words;
        QString error;
        QVERIFY(!CurlParser::tokenize(QStringLiteral("curl 'abc"), &words, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CurlParser::tokenize(QStringLiteral("curl \"abc"), &words, &error));
        QVERIFY(!CurlParser::tokenize(QStringLiteral("curl $'abc"), &words, &error));
    }

    void parse_options_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("unsupported");
        QTest::addColumn<QStringList>("ignored");
        const QString form = QStringLiteral("application/x-www-form-urlencoded");
        QTest::addRow("GET") << "curl https://h/p"
                             << "GET"
                             << "https://h/p" << Headers {} << QString() << QStringList {} << QStringList {};
        QTest::addRow("-X and -H") << "curl -X put --url https://h/p -H 'A: 1' --header 'B:2'"
                                   << "PUT"
                                   << "https://h/p" << Headers {{"A", "1"}, {"B", "2"}} << QString() << QStringList {}
                                   << QStringList {};
        QTest::addRow("attached values") << "curl -XDELETE -HA:1 https://h/"
                                         << "DELETE"
                                         << "https://h/" << Headers {{"A", "1"}} << QString() << QStringList {}
                                         << QStringList {};
        QTest::addRow("-d is POST, form-encoded")
            << "curl -d a=1 --data b=2 https://h/"
            << "POST"
            << "https://h/" << Headers {{"Content-Type", form}} << "a=1&b=2" << QStringList {} << QStringList {};
        QTest::addRow("--data-raw with @, --data-binary")
            << "curl --data-raw @x --data-binary 'y z' https://h/"
            << "POST"
            << "https://h/" << Headers {{"Content-Type", form}} << "@x&y z" << QStringList {} << QStringList {};
        QTest::addRow("--data-urlencode")
            << "curl --data-urlencode 'q=a b&c' --data-urlencode =é --data-urlencode plain https://h/"
            << "POST"
            << "https://h/" << Headers {{"Content-Type", form}} << "q=a+b%26c&%C3%A9&plain" << QStringList {}
            << QStringList {};
        QTest::addRow("--json") << "curl --json '{\"a\":' --json '1}' https://h/"
                                << "POST"
                                << "https://h/"
                                << Headers {{"Content-Type", "application/json"}, {"Accept", "application/json"}}
                                << "{\"a\":1}" << QStringList {} << QStringList {};
        QTest::addRow("own content type wins")
            << "curl -H 'content-type: text/csv' -d 'a,b' https://h/"
            << "POST"
            << "https://h/" << Headers {{"content-type", "text/csv"}} << "a,b" << QStringList {} << QStringList {};
        QTest::addRow("-G moves data to the query")
            << "curl -G -d a=1 -d b=2 'https://h/p?x=0'"
            << "GET"
            << "https://h/p?x=0&a=1&b=2" << Headers {} << QString() << QStringList {} << QStringList {};
        QTest::addRow("-I") << "curl -I https://h/"
                            << "HEAD"
                            << "https://h/" << Headers {} << QString() << QStringList {} << QStringList {};
        QTest::addRow("-X wins over data")
            << "curl -X GET -d x https://h/"
            << "GET"
            << "https://h/" << Headers {{"Content-Type", form}} << "x" << QStringList {} << QStringList {};
        QTest::addRow("empty header with ;")
            << "curl -H 'X-Empty;' https://h/"
            << "GET"
            << "https://h/" << Headers {{"X-Empty", ""}} << QString() << QStringList {} << QStringList {};
        QTest::addRow("user agent, referer, cookie")
            << "curl -A agent/1 -e https://r/ -b 'a=1; b=2' https://h/"
            << "GET"
            << "https://h/" << Headers {{"User-Agent", "agent/1"}, {"Referer", "https://r/"}, {"Cookie", "a=1; b=2"}}
            << QString() << QStringList {} << QStringList {};
        QTest::addRow("scheme added, fragment dropped")
            << "curl h.example.com/p#top"
            << "GET"
            << "http://h.example.com/p" << Headers {} << QString() << QStringList {} << QStringList {};
        QTest::addRow("output options ignored")
            << "curl -sSv -o out.json -w '%{http_code}' --fail https://h/"
            << "GET"
            << "https://h/" << Headers {} << QString() << QStringList {}
            << QStringList {"-s", "-S", "-v", "-o out.json", "-w %{http_code}", "--fail"};
        QTest::addRow("unsupported listed")
            << "curl -L -k --compressed -F f=@a.txt -d @body.json -H @h.txt --proxy http://p:1 -T up https://h/ "
               "https://other/"
            << "GET"
            << "https://h/" << Headers {} << QString()
            << QStringList {"-L",
                            "-k",
                            "--compressed",
                            "-F f=@a.txt",
                            "-d @body.json (data from a file)",
                            "-H @h.txt (headers from a file)",
                            "--proxy http://p:1",
                            "-T up",
                            "https://other/ (only the first URL is imported)"}
            << QStringList {};
        QTest::addRow("prompt and curl.exe")
            << "$ curl.exe https://h/"
            << "GET"
            << "https://h/" << Headers {} << QString() << QStringList {} << QStringList {};
    }

    void parse_options()
    {
        QFETCH(QString, command);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(Headers, headers);
        QFETCH(QString, body);
        QFETCH(QStringList, unsupported);
        QFETCH(QStringList, ignored);
        const CurlRequest r = parsed(command);
        QCOMPARE(r.method, method);
        QCOMPARE(r.url, url);
        QCOMPARE(r.headers, headers);
        QCOMPARE(r.body, body);
        QCOMPARE(r.hasBody, !body.isNull());
        QCOMPARE(r.unsupported, unsupported);
        QCOMPARE(r.ignored, ignored);
    }

    void parse_credentials()
    {
        CurlRequest r = parsed(QStringLiteral("curl -u 'deploy:pa:ss' https://h/"));
        QVERIFY(r.hasUser);
        QCOMPARE(r.user, QStringLiteral("deploy"));
        QCOMPARE(r.password, QStringLiteral("pa:ss"));
        r = parsed(QStringLiteral("curl https://me:p%40ss@h.example.com:8443/x"));
        QCOMPARE(r.url, QStringLiteral("https://h.example.com:8443/x"));
        QCOMPARE(r.user, QStringLiteral("me"));
        QCOMPARE(r.password, QStringLiteral("p@ss"));
        r = parsed(QStringLiteral("curl --oauth2-bearer tok https://h/"));
        QCOMPARE(r.bearerToken, QStringLiteral("tok"));
    }

    void parse_noUrl_isAnError()
    {
        CurlRequest r;
        QString error;
        QVERIFY(!CurlParser::parse(QStringLiteral("curl -X POST -d x"), &r, &error));
        QVERIFY(error.contains(QLatin1String("URL")));
        QVERIFY(!CurlParser::parse(QStringLiteral("curl -H"), &r, &error));
    }

    void import_splitsUrl_newConnection()
    {
        const CurlRequest r = parsed(QStringLiteral(
            "curl -X POST 'https://api.example.com:8443/v1/items?x=1' -u deploy:s3cret -H 'Content-Type: "
            "application/json' -d '{\"a\": 1}'"));
        DesignDocument document;
        CurlImport imported;
        QString error;
        QVERIFY2(CurlImporter::import(r, document, {}, &imported, &error), qPrintable(error));
        QVERIFY(!imported.reusedConnection);
        QCOMPARE(imported.connection.name, QStringLiteral("api.example.com"));
        QCOMPARE(imported.connection.url, QStringLiteral("https://api.example.com:8443/"));
        QCOMPARE(imported.connection.username, QStringLiteral("deploy"));
        QCOMPARE(imported.password, QStringLiteral("s3cret"));
        const TaskConfig &t = imported.task;
        QCOMPARE(t.connectionName(), QStringLiteral("api.example.com"));
        QCOMPARE(t.input(QStringLiteral("urlSuffix")), QStringLiteral("v1/items?x=1"));
        QCOMPARE(t.method(), QStringLiteral("POST"));
        QCOMPARE(t.input(QStringLiteral("headers")), QStringLiteral("{\n  \"Content-Type\": \"application/json\"\n}"));
        QCOMPARE(t.input(QStringLiteral("body")), QStringLiteral("{\"a\": 1}"));
        QCOMPARE(t.displayName, QStringLiteral("POST api.example.com/v1/items"));
        QVERIFY(t.validate().isEmpty());

        // The password goes nowhere near the design.
        CurlImporter::merge(&document, imported);
        QVERIFY(!document.toYaml().contains(QLatin1String("s3cret")));
        QCOMPARE(document.connections.size(), 1);
        QCOMPARE(document.tasks.size(), 1);
    }

    void import_reusesTheConnectionWithTheLongestBase()
    {
        DesignDocument document;
        ServiceConnection root;
        root.name = QStringLiteral("root");
        root.url = QStringLiteral("https://api.example.com/");
        ServiceConnection v1;
        v1.name = QStringLiteral("v1");
        v1.url = QStringLiteral("https://API.example.com/v1/");
        ServiceConnection other;
        other.name = QStringLiteral("api.example.com");
        other.url = QStringLiteral("https://other.example.com/");
        document.connections = {root, v1, other};
        CurlImport imported;
        QString error;
        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl https://api.example.com/v1/items/7")), document, {},
                                     &imported, &error));
        QVERIFY(imported.reusedConnection);
        QCOMPARE(imported.connection.name, QStringLiteral("v1"));
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("items/7"));

        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl https://api.example.com/v2/x")), document, {},
                                     &imported, &error));
        QCOMPARE(imported.connection.name, QStringLiteral("root"));
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("v2/x"));

        // No match: a new connection, with a name not already taken.
        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl http://api.example.com/")), document, {}, &imported,
                                     &error));
        QVERIFY(!imported.reusedConnection);
        QCOMPARE(imported.connection.name, QStringLiteral("api.example.com 2"));
        QVERIFY(!imported.task.isSet(QStringLiteral("urlSuffix")));
        const qsizetype before = document.connections.size();
        CurlImporter::merge(&document, imported);
        QCOMPARE(document.connections.size(), before + 1);
        QCOMPARE(document.connections.first(), root);
    }

    // The server concatenates connection URL and URL suffix as text: a reused base without a trailing slash needs
    // the '/' at the start of the suffix, or the request goes to http://hostpatch?x=1.
    void import_reusedBaseWithoutTrailingSlash_suffixStartsWithSlashAndWarns()
    {
        DesignDocument document;
        ServiceConnection bare;
        bare.name = QStringLiteral("bare");
        bare.url = QStringLiteral("http://host");
        ServiceConnection api;
        api.name = QStringLiteral("api");
        api.url = QStringLiteral("http://other/api");
        document.connections = {bare, api};
        CurlImport imported;
        QString error;
        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl 'http://host/patch?x=1'")), document, {}, &imported,
                                     &error));
        QVERIFY(imported.reusedConnection);
        const QString suffix = imported.task.input(QStringLiteral("urlSuffix"));
        QCOMPARE(suffix, QStringLiteral("/patch?x=1"));
        QCOMPARE(RequestBuilder::baseUrl(imported.connection) + suffix, QStringLiteral("http://host/patch?x=1"));
        bool warned = false;
        for (const Finding &finding : std::as_const(imported.findings))
            warned = warned
                || (finding.input == QStringLiteral("urlSuffix")
                    && finding.message.contains(QStringLiteral("no trailing slash")));
        QVERIFY2(warned, "the preview must say that the join needed a '/'");

        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl http://other/api/items/7")), document, {}, &imported,
                                     &error));
        QCOMPARE(imported.connection.name, QStringLiteral("api"));
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("/items/7"));
        // "/api" is no base of "/apiary": a new connection, not a glued path.
        QVERIFY(
            CurlImporter::import(parsed(QStringLiteral("curl http://other/apiary")), document, {}, &imported, &error));
        QVERIFY(!imported.reusedConnection);
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("apiary"));
        // A base with its trailing slash joins without a note.
        document.connections[0].url = QStringLiteral("http://host/");
        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl 'http://host/patch?x=1'")), document, {}, &imported,
                                     &error));
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("patch?x=1"));
        for (const Finding &finding : std::as_const(imported.findings))
            QVERIFY(!finding.message.contains(QStringLiteral("no trailing slash")));
    }

    void import_baseUrlOption_andAzureConnections()
    {
        DesignDocument document;
        CurlImport imported;
        QString error;
        CurlImportOptions options;
        options.baseUrl = QStringLiteral("https://h.example.com/api/v2/");
        options.displayName = QStringLiteral("Items");
        QVERIFY(CurlImporter::import(parsed(QStringLiteral("curl https://h.example.com/api/v2/items")), document,
                                     options, &imported, &error));
        QCOMPARE(imported.connection.url, options.baseUrl);
        QCOMPARE(imported.task.input(QStringLiteral("urlSuffix")), QStringLiteral("items"));
        QCOMPARE(imported.task.displayName, QStringLiteral("Items"));
        QVERIFY(!CurlImporter::import(parsed(QStringLiteral("curl https://h.example.com/other")), document, options,
                                      &imported, &error));

        ServiceConnection arm;
        arm.name = QStringLiteral("subscription");
        arm.type = ServiceConnection::Type::AzureRM; // empty URL: the Resource Manager endpoint
        document.connections.append(arm);
        QVERIFY(CurlImporter::import(
            parsed(
                QStringLiteral("curl -H 'Authorization: Bearer eyJ.abc' "
                               "'https://management.azure.com/subscriptions/s/resourcegroups?api-version=2021-04-01'")),
            document, {}, &imported, &error));
        QVERIFY(imported.reusedConnection);
        QCOMPARE(imported.task.input(QStringLiteral("connectionType")), QStringLiteral("connectedServiceNameARM"));
        QCOMPARE(imported.task.connectionName(), QStringLiteral("subscription"));
        // A bearer token never lands in the task: the header refers to a secret variable instead.
        QCOMPARE(imported.token, QStringLiteral("eyJ.abc"));
        QCOMPARE(imported.tokenVariable, QStringLiteral("apiToken"));
        QVERIFY(imported.task.input(QStringLiteral("headers")).contains(QLatin1String("\"Bearer $(apiToken)\"")));
        CurlImporter::merge(&document, imported);
        QVERIFY(document.variables.find(QStringLiteral("apiToken"))->secret);
        QVERIFY(!document.toYaml().contains(QLatin1String("eyJ.abc")));
    }

    void import_basicAuthorizationHeader_becomesCredentials()
    {
        const QString credential = QString::fromLatin1(QByteArrayLiteral("bob:hunter2").toBase64());
        CurlImport imported;
        QString error;
        QVERIFY(
            CurlImporter::import(parsed(QStringLiteral("curl -H 'Authorization: Basic %1' https://h/").arg(credential)),
                                 DesignDocument(), {}, &imported, &error));
        QCOMPARE(imported.connection.username, QStringLiteral("bob"));
        QCOMPARE(imported.password, QStringLiteral("hunter2"));
        QVERIFY(imported.task.isSet(QStringLiteral("headers"))); // empty, so the default headers are not sent
        QCOMPARE(imported.task.input(QStringLiteral("headers")), QString());
    }

    // What httpbin sees from the curl command itself and from the task imported from it is the same.
    void curlAndImportedTask_sendTheSameRequest_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("GET with query") << "curl '{BASE}anything/a/b?x=1&y=two%20words'";
        QTest::addRow("POST form") << "curl -d 'a=1' -d 'b=x y' {BASE}anything/form";
        QTest::addRow("POST JSON") << "curl --json '{\"name\": \"api\", \"n\": [1, 2]}' {BASE}anything/json";
        QTest::addRow("PUT with headers and auth")
            << "curl -X PUT -u 'deploy:pa ss' -H 'X-Trace: t-1' -H 'Content-Type: text/plain' "
               "--data-binary $'line 1\\nline 2\\n' {BASE}anything/put";
        QTest::addRow("multi-line with continuations")
            << "curl \\\n  --request PATCH \\\n  --header 'X-A: 1' \\\n  --data-raw '{\"op\": \"it'\\''s\"}' \\\n  "
               "'{BASE}anything/patch'";
        QTest::addRow("-G") << "curl -G --data-urlencode 'q=a b&c' {BASE}anything/search";
        QTest::addRow("DELETE") << "curl -X DELETE -H 'X-A: 1' {BASE}anything/item/1";
        QTest::addRow("bearer token") << "curl -H 'Authorization: Bearer t0k3n' {BASE}anything/bearer";
    }

    void curlAndImportedTask_sendTheSameRequest()
    {
        QFETCH(QString, command);
        const QString base = TestSupport::httpbinBaseUrl();
        command.replace(QLatin1String("{BASE}"), base);
        // bash: users paste what bash accepts ($'...' quotes); the exported commands are checked with sh.
        const TestSupport::Echo fromCurl =
            TestSupport::runWithShell(command, QProcessEnvironment::systemEnvironment(), QStringLiteral("/bin/bash"));
        QVERIFY2(fromCurl.error.isEmpty(), qPrintable(fromCurl.error));
        QCOMPARE(fromCurl.status, 200);

        CurlImport imported;
        QString error;
        QVERIFY2(CurlImporter::import(parsed(command), DesignDocument(), {}, &imported, &error), qPrintable(error));
        QVERIFY(imported.unsupported.isEmpty());
        ConnectionSecret secret;
        secret.present = true;
        secret.value = imported.password;
        VariableSet variables;
        if (!imported.tokenVariable.isEmpty())
            variables.set(imported.tokenVariable, imported.token, true);
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(RequestBuilder::build(imported.task, &imported.connection, secret, variables, &request, &findings));
        // A Generic connection always sends Basic credentials, empty ones too; curl without -u sends none. The
        // import says so; here only the rest of the request is compared.
        if (request.headers.removeAll({QStringLiteral("Authorization"), QStringLiteral("Basic Og==")}) > 0) {
            bool noted = false;
            for (const Finding &finding : std::as_const(imported.findings))
                noted = noted || finding.message.contains(QLatin1String("Basic Og=="));
            QVERIFY(noted);
        }
        const TestSupport::Echo fromTask = TestSupport::sendWithQt(request);
        QCOMPARE(fromTask.status, 200);
        const QJsonObject a = TestSupport::comparable(fromCurl.json);
        const QJsonObject b = TestSupport::comparable(fromTask.json);
        QVERIFY2(a == b,
                 qPrintable(QStringLiteral("--- curl:\n%1\n--- task:\n%2")
                                .arg(QString::fromUtf8(QJsonDocument(a).toJson()),
                                     QString::fromUtf8(QJsonDocument(b).toJson()))));
    }

    // Copy as curl, then import from curl: the same task comes back (into the same connection).
    void exportThenImport_givesTheSameTask()
    {
        DesignDocument document;
        ServiceConnection connection;
        connection.name = QStringLiteral("deployments");
        connection.url = QStringLiteral("https://deploy.example.com/api/");
        connection.username = QStringLiteral("deploy");
        document.connections.append(connection);
        TaskConfig t;
        t.displayName = QStringLiteral("Start");
        t.setInput(QStringLiteral("serviceConnection"), connection.name);
        t.setInput(QStringLiteral("method"), QStringLiteral("PUT"));
        t.setInput(QStringLiteral("headers"),
                   QStringLiteral("{\n  \"Content-Type\": \"application/json\",\n  \"X-Who\": \"it's me\"\n}"));
        t.setInput(QStringLiteral("body"), QStringLiteral("{\"a\": \"b'c\"}\n"));
        t.setInput(QStringLiteral("urlSuffix"), QStringLiteral("items/1?x=a%20b"));
        for (const bool multiLine : {true, false}) {
            CurlOptions options;
            options.multiLine = multiLine;
            const CurlCommand command = CurlExport::fromTask(t, &connection, VariableSet(), options);
            QVERIFY(command.ok);
            CurlImport imported;
            QString error;
            CurlImportOptions importOptions;
            importOptions.displayName = t.displayName;
            QVERIFY(CurlImporter::import(parsed(command.text), document, importOptions, &imported, &error));
            QVERIFY(imported.reusedConnection);
            QCOMPARE(imported.password, QStringLiteral("$RESTGATE_SECRET_DEPLOYMENTS"));
            QVERIFY2(PipelineExport::samePipelineTask(imported.task, t),
                     qPrintable(command.text + QLatin1Char('\n') + imported.task.input(QStringLiteral("headers"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
