// restgate-cli eval, run as a real process: 'true'/'false' on stdout, exit 0/1/2, errors with a caret on stderr,
// '--' ending the options (issue "CLI").

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExpressionCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile body(m_dir.filePath(QStringLiteral("body.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("{\"status\": \"running\", \"items\": [1, 2, 3], \"workItems\": [1, 2]}");
        QFile big(m_dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("{\"status\": \"ok\", \"padding\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}");
        QFile html(m_dir.filePath(QStringLiteral("page.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<html></html>");
    }

    void eval_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutText");
        QTest::addColumn<QString>("stderrContains");
        const QString body = m_dir.filePath(QStringLiteral("body.json"));
        QTest::addRow("true exits 0") << QStringList {"--response", body, "eq(root['status'], 'running')"}
                                      << QByteArray() << 0 << "true\n"
                                      << "";
        QTest::addRow("false exits 1") << QStringList {"-r", body, "eq(root['status'], 'successful')"} << QByteArray()
                                       << 1 << "false\n"
                                       << "";
        QTest::addRow("body from stdin") << QStringList {"-r", "-", "ge(count(root.items), 3)"}
                                         << QByteArray("{\"items\": [1, 2, 3]}") << 0 << "true\n"
                                         << "";
        QTest::addRow("--response=FILE") << QStringList {"--response=" + body, "root.items"} << QByteArray() << 0
                                         << "true\n"
                                         << "";
        QTest::addRow("macros from --var")
            << QStringList {"--var", "max=5", "-r", body, "--", "le(count(root['workItems']), $(max))"} << QByteArray()
            << 0 << "true\n"
            << "";
        QTest::addRow("-- allows a leading minus") << QStringList {"--", "-1"} << QByteArray() << 0 << "true\n"
                                                   << "";
        QTest::addRow("without -- a leading minus is an option") << QStringList {"-1"} << QByteArray() << 2 << ""
                                                                 << "unknown option '-1'";
        QTest::addRow("no body: root is null") << QStringList {"eq(root, '')"} << QByteArray() << 0 << "true\n"
                                               << "";
        QTest::addRow("parse error with caret")
            << QStringList {"-r", body, "eq(root.status == 'x')"} << QByteArray() << 2 << ""
            << "Unrecognized value: '=='. Located at position 16 within expression: eq(root.status == 'x').\n"
               "    eq(root.status == 'x')\n"
               "                   ^~\n"
               "hint: operators like == are not supported; use eq(a, b)";
        QTest::addRow("evaluation error") << QStringList {"-r", body, "gt(5, root.status)"} << QByteArray() << 2 << ""
                                          << "Evaluation of expression 'gt(5, root.status)' failed.\n"
                                             "Unable to convert from String to Number. Value: 'running'";
        QTest::addRow("body not JSON") << QStringList {"-r", m_dir.filePath(QStringLiteral("page.html")), "true"}
                                       << QByteArray() << 2 << ""
                                       << "Error parsing API response into a JSON object.\n"
                                          "Unexpected character encountered while parsing value: <.";
        QTest::addRow("body over 2 MB") << QStringList {"-r", m_dir.filePath(QStringLiteral("big.json")),
                                                        "eq(root.status, 'ok')"}
                                        << QByteArray() << 2 << ""
                                        << "Cannot parse http response with size greater than 2 MB.";
        QTest::addRow("body over 2 MB still judged")
            << QStringList {"-r", m_dir.filePath(QStringLiteral("big.json")), "eq(root.status, 'ok')"} << QByteArray()
            << 2 << ""
            << "dry run, ignoring the limit: the criteria would be true";
        QTest::addRow("trace on stderr") << QStringList {"--trace", "-r", body, "and(eq(root.status, 'x'), root.items)"}
                                         << QByteArray() << 1 << "false\n"
                                         << "  root.items skipped: and() stops at the first false argument";
        QTest::addRow("missing expression") << QStringList {"-r", body} << QByteArray() << 2 << ""
                                            << "missing EXPRESSION";
        QTest::addRow("two expressions") << QStringList {"true", "false"} << QByteArray() << 2 << ""
                                         << "expected one EXPRESSION";
        QTest::addRow("empty expression") << QStringList {""} << QByteArray() << 2 << ""
                                          << "the expression is empty";
        QTest::addRow("unreadable file") << QStringList {"-r", m_dir.filePath(QStringLiteral("nope.json")), "true"}
                                         << QByteArray() << 2 << ""
                                         << "cannot read";
        QTest::addRow("bad --var") << QStringList {"--var", "novalue", "true"} << QByteArray() << 2 << ""
                                   << "--var takes NAME=VALUE";
        QTest::addRow("help") << QStringList {"--help"} << QByteArray() << 0 << "" // checked below
                              << "";
    }

    void eval()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutText);
        QFETCH(QString, stderrContains);
        QProcess process;
        process.start(QStringLiteral(RESTGATE_CLI), QStringList {QStringLiteral("eval")} + arguments);
        QVERIFY(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        if (arguments == QStringList {QStringLiteral("--help")}) {
            QVERIFY(out.contains(QStringLiteral("Usage: restgate-cli eval")));
            QVERIFY(out.contains(QStringLiteral("root is null")));
            return;
        }
        QCOMPARE(out, stdoutText);
        QVERIFY2(err.contains(stderrContains), qPrintable(err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExpressionCli)
#include "tst_expression_cli.moc"
