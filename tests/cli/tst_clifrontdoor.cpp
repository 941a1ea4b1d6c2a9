// The front door of restgate-cli, run as a real process: one usage style for every command, did-you-mean for
// mistyped commands and options, -V, colour on a real pseudo-terminal (NO_COLOR honoured), and the completion
// scripts the build installs, loaded by a real bash and zsh.

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

class TestCliFrontDoor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Outcome
    {
        int exitCode = -1;
        QByteArray out; ///< what the program wrote to its standard output (a pipe, or the terminal)
        QByteArray err;
    };

    static QProcessEnvironment environment(const QStringList &set = {}, const QStringList &unset = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NO_COLOR"));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
        // The usage is translated: these tests read the English, whatever the machine's locale.
        env.insert(QStringLiteral("RESTGATE_LANG"), QStringLiteral("en"));
        for (const QString &name : unset)
            env.remove(name);
        for (const QString &assignment : set)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        return env;
    }

    static Outcome cli(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    /// restgate-cli with its standard output on a real pseudo-terminal (isatty() is true there), as in a shell.
    static Outcome cliOnTerminal(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        int master = -1;
        int slave = -1;
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            qFatal("openpty failed");
        ::fcntl(master, F_SETFD, FD_CLOEXEC);
        ::fcntl(slave, F_SETFD, FD_CLOEXEC);
        QProcess process;
        process.setProcessEnvironment(env);
        // dup2 clears close-on-exec on the copy: only the child's standard output stays on the terminal.
        process.setChildProcessModifier([slave] { ::dup2(slave, STDOUT_FILENO); });
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        if (!process.waitForStarted(10000))
            qFatal("restgate-cli did not start");
        ::close(slave);
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            pollfd descriptor {master, POLLIN, 0};
            const int ready = ::poll(&descriptor, 1, 100);
            if (ready > 0) {
                char buffer[4096];
                const ssize_t got = ::read(master, buffer, sizeof buffer);
                if (got <= 0)
                    break; // EIO: the program has exited and closed the terminal
                output.append(buffer, got);
            }
            if (timer.elapsed() > 60000)
                qFatal("restgate-cli did not finish on the terminal");
        }
        ::close(master);
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        // The terminal turns "\n" into "\r\n" (ONLCR).
        output.replace("\r\n", "\n");
        return {process.exitCode(), output, process.readAllStandardError()};
    }

    static QStringList commandsOfTheHelp()
    {
        const Outcome o = cli({QStringLiteral("--help")});
        QStringList commands;
        static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z-]+)  "), QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &match : row.globalMatch(QString::fromUtf8(o.out)))
            commands.append(match.captured(1));
        return commands;
    }

    static QString installedCompletion(const char *name)
    {
        return QStringLiteral(RESTGATE_BINARY_DIR "/src/cli/completion/") + QLatin1String(name);
    }

    /// What the installed bash completion offers for `words` (the last one is being completed), in a real bash.
    static QStringList bashCompletes(const QStringList &words, QString *registration = nullptr)
    {
        QProcess bash;
        const QStringList arguments = {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"),
                                       QStringLiteral("source \"$0\" || exit 3\n"
                                                      "complete -p restgate-cli\n"
                                                      "COMP_WORDS=(\"$@\")\n"
                                                      "COMP_CWORD=$(( $# - 1 ))\n"
                                                      "COMP_LINE=\"$*\"\n"
                                                      "COMP_POINT=${#COMP_LINE}\n"
                                                      "COMPREPLY=()\n"
                                                      "_restgate_cli\n"
                                                      "printf '%s\\n' \"${COMPREPLY[@]}\"\n"),
                                       installedCompletion("restgate-cli")};
        bash.start(QStringLiteral("bash"), arguments + words);
        if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
            qFatal("bash failed: %s", bash.readAllStandardError().constData());
        QStringList lines = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (registration)
            *registration = lines.value(0);
        lines.removeFirst();
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- one usage style ----

    void everyCommand_hasTheSameHelp_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList commands = commandsOfTheHelp();
        QVERIFY(commands.size() >= 9);
        for (const QString &command : commands)
            QTest::addRow("%s", qPrintable(command)) << command;
    }

    void everyCommand_hasTheSameHelp()
    {
        QFETCH(QString, command);
        for (const QStringList &arguments :
             {QStringList {command, QStringLiteral("--help")}, QStringList {command, QStringLiteral("-h")},
              QStringList {QStringLiteral("help"), command}}) {
            const Outcome o = cli(arguments);
            QCOMPARE(o.exitCode, 0);
            const QString out = QString::fromUtf8(o.out);
            QVERIFY2(out.startsWith(QStringLiteral("Usage: restgate-cli %1 [OPTIONS]").arg(command)), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("\nOptions:\n  -h, --help ")), qPrintable(out));
            QVERIFY(o.err.isEmpty());
        }
    }

    void mistypedOption_suggestsTheClosest_andExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("run --formt") << QStringList {"run", "--formt", "json", "x.restgate.yml"}
                                     << "restgate-cli run: unknown option '--formt'; did you mean --format?\n"
                                        "Run 'restgate-cli run --help' for usage.\n";
        QTest::addRow("run -task (one dash)") << QStringList {"run", "-task", "1", "x.restgate.yml"}
                                              << "restgate-cli run: unknown option '-task'; did you mean --task?\n";
        QTest::addRow("export --shel") << QStringList {"export", "--shel", "posix"}
                                       << "restgate-cli export: unknown option '--shel'; did you mean --shell?\n";
        QTest::addRow("eval --trcae (swapped letters)")
            << QStringList {"eval", "--trcae", "true"}
            << "restgate-cli eval: unknown option '--trcae'; did you mean --trace?\n";
        QTest::addRow("eval -1: nothing close, the hint")
            << QStringList {"eval", "-1"}
            << "restgate-cli eval: unknown option '-1' (put -- before an expression that starts with '-')\n";
        QTest::addRow("demo-server --prot") << QStringList {"demo-server", "--prot", "1"}
                                            << "restgate-cli demo-server: unknown option '--prot'; did you mean "
                                               "--port?\n";
        QTest::addRow("secret --desing") << QStringList {"secret", "set", "x", "--desing", "d.yml"}
                                         << "restgate-cli secret: unknown option '--desing'; did you mean --design?\n";
        QTest::addRow("import --out (a prefix)") << QStringList {"import", "--out", "d.yml", "p.yml"}
                                                 << "restgate-cli import: unknown option '--out'; did you mean "
                                                    "--output?\n";
        QTest::addRow("nothing close") << QStringList {"export", "--zzzzzz"}
                                       << "restgate-cli export: unknown option '--zzzzzz'\n";
        QTest::addRow("missing value") << QStringList {"run", "--format"} << "restgate-cli run: ";
        QTest::addRow("bad --color") << QStringList {"eval", "--color", "sometimes", "true"}
                                     << "restgate-cli eval: --color takes auto, always or never, not 'sometimes'\n";
    }

    void mistypedOption_suggestsTheClosest_andExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = cli(arguments);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(QString::fromUtf8(o.err).startsWith(message), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void mistypedCommand_suggestsTheClosest_andExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("rnu") << QStringList {"rnu"} << "restgate-cli: unknown command 'rnu'; did you mean run?\n";
        QTest::addRow("exprot") << QStringList {"exprot"}
                                << "restgate-cli: unknown command 'exprot'; did you mean export?\n";
        QTest::addRow("imp: two commands start so")
            << QStringList {"imp"} << "restgate-cli: unknown command 'imp'; did you mean import or import-curl?\n";
        QTest::addRow("frobnicate") << QStringList {"frobnicate"}
                                    << "restgate-cli: unknown command 'frobnicate'\n"
                                       "Run 'restgate-cli --help' for the commands.\n";
        QTest::addRow("-v is no longer the version")
            << QStringList {"-v"} << "restgate-cli: unknown option '-v'; did you mean -V?\n";
        QTest::addRow("--verison") << QStringList {"--verison"}
                                   << "restgate-cli: unknown option '--verison'; did you mean --version?\n";
        QTest::addRow("help rnu") << QStringList {"help", "rnu"}
                                  << "restgate-cli help: unknown command 'rnu'; did you mean run?\n";
        QTest::addRow("secret sett") << QStringList {"secret", "sett", "x"}
                                     << "restgate-cli secret: unknown action 'sett' (set or clear); did you mean "
                                        "set?\n";
    }

    void mistypedCommand_suggestsTheClosest_andExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = cli(arguments);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(QString::fromUtf8(o.err).startsWith(message), o.err.constData());
    }

    void version_isCapitalV()
    {
        for (const QString &flag : {QStringLiteral("-V"), QStringLiteral("--version")}) {
            const Outcome o = cli({flag});
            QCOMPARE(o.exitCode, 0);
            QCOMPARE(o.out, QByteArray("restgate-cli " RESTGATE_VERSION "\n"));
        }
    }

    void help_withoutCommand_listsTheCommands()
    {
        const Outcome o = cli({QStringLiteral("help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith("Usage: restgate-cli COMMAND [OPTIONS] ...\n"));
        QVERIFY(o.out.contains("\n  completion    Print the bash or zsh completion script\n"));
        QCOMPARE(o.out, cli({QStringLiteral("--help")}).out);
        const Outcome none = cli({});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err, o.out);
    }

    void usage_inTheUsersLanguage()
    {
        const QProcessEnvironment german = environment({QStringLiteral("RESTGATE_LANG=de")});
        const Outcome o = cli({QStringLiteral("--help")}, german);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith("Aufruf: restgate-cli BEFEHL [OPTIONEN] ...\n"), o.out.constData());
        QVERIFY2(o.out.contains("\nExit-Status: 0 Erfolg"), o.out.constData());
        // Command names stay what is typed; the synopsis beside them is German.
        QVERIFY2(o.out.contains("\n  completion    Das Vervollständigungsskript für bash oder zsh ausgeben\n"),
                 o.out.constData());
        const Outcome unknown = cli({QStringLiteral("frobnicate")}, german);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("unbekannter Befehl 'frobnicate'"), unknown.err.constData());
        QVERIFY2(unknown.err.contains("'restgate-cli --help' zeigt die Befehle."), unknown.err.constData());
    }

    void commandHelp_andNetworkErrors_inTheUsersLanguage()
    {
        const QProcessEnvironment german = environment({QStringLiteral("RESTGATE_LANG=de")});
        const Outcome help = cli({QStringLiteral("run"), QStringLiteral("--help")}, german);
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out).simplified();
        QVERIFY2(text.contains(QStringLiteral("Führt die Aufgaben eines Entwurfs im Probelauf")), help.out.constData());
        QVERIFY2(text.contains(QStringLiteral("--task <N|DISPLAYNAME> Nur diese Aufgabe ausführen")),
                 help.out.constData());
        QVERIFY2(text.contains(QStringLiteral("Zusätzlich den CA-Zertifikaten in FILE vertrauen")),
                 help.out.constData());
        QVERIFY2(text.contains(QStringLiteral("--poll <INTERVAL> Ein Release-Gate")), help.out.constData());
        // English stays English (the man pages are made from it).
        const Outcome english = cli({QStringLiteral("run"), QStringLiteral("--help")});
        QVERIFY2(QString::fromUtf8(english.out)
                     .simplified()
                     .contains(QStringLiteral("Run only this task: its number (from 1) or display name.")),
                 english.out.constData());

        const Outcome missing = cli({QStringLiteral("run"), QStringLiteral("--cacert"),
                                     QStringLiteral("/nonexistent/ca.pem"), m_dir.filePath(QStringLiteral("x.yml"))},
                                    german);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("Datei nicht gefunden: /nonexistent/ca.pem"), missing.err.constData());
        const Outcome proxy = cli({QStringLiteral("run"), QStringLiteral("--proxy"), QStringLiteral("ftp://127.0.0.1"),
                                   m_dir.filePath(QStringLiteral("x.yml"))},
                                  german);
        QCOMPARE(proxy.exitCode, 2);
        QVERIFY2(proxy.err.contains("--proxy: Das Proxy-Schema 'ftp://' wird nicht unterstützt"),
                 proxy.err.constData());
    }

    void commandErrors_inTheUsersLanguage_prefixStays()
    {
        const QProcessEnvironment german = environment({QStringLiteral("RESTGATE_LANG=de")});
        const Outcome form = cli({QStringLiteral("export"), QStringLiteral("--as"), QStringLiteral("yaml"),
                                  m_dir.filePath(QStringLiteral("x.yml"))},
                                 german);
        QCOMPARE(form.exitCode, 2);
        QCOMPARE(form.err, QByteArray("restgate-cli export: --as muss step, job, stage oder curl sein\n"));
        const Outcome none = cli({QStringLiteral("run")}, german);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.startsWith("restgate-cli run: ein oder mehrere Entwürfe erwartet\n"), none.err.constData());
        const Outcome port =
            cli({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("99999")}, german);
        QCOMPARE(port.exitCode, 2);
        QCOMPARE(port.err,
                 QByteArray("restgate-cli demo-server: --port erwartet eine Zahl von 0 bis 65535, nicht '99999'\n"));
    }

    // ---- colour ----

    void colour_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("coloured");
        QTest::addRow("terminal") << true << QStringList {} << QStringList {} << true;
        QTest::addRow("terminal, NO_COLOR=1") << true << QStringList {} << QStringList {"NO_COLOR=1"} << false;
        QTest::addRow("terminal, NO_COLOR empty: ignored")
            << true << QStringList {} << QStringList {"NO_COLOR="} << true;
        QTest::addRow("terminal, TERM=dumb") << true << QStringList {} << QStringList {"TERM=dumb"} << false;
        QTest::addRow("terminal, --color never") << true << QStringList {"--color", "never"} << QStringList {} << false;
        QTest::addRow("terminal, NO_COLOR, --color=always: the flag wins")
            << true << QStringList {"--color=always"} << QStringList {"NO_COLOR=1"} << true;
        QTest::addRow("pipe") << false << QStringList {} << QStringList {} << false;
        QTest::addRow("pipe, --color auto") << false << QStringList {"--color", "auto"} << QStringList {} << false;
        QTest::addRow("pipe, --color always") << false << QStringList {"--color", "always"} << QStringList {} << true;
    }

    void colour()
    {
        QFETCH(bool, terminal);
        QFETCH(QStringList, options);
        QFETCH(QStringList, environment);
        QFETCH(bool, coloured);
        const QProcessEnvironment env = TestCliFrontDoor::environment(environment);
        const QStringList trueArguments = QStringList {QStringLiteral("eval")} + options + QStringList {"eq(1, 1)"};
        const QStringList falseArguments = QStringList {QStringLiteral("eval")} + options + QStringList {"eq(1, 2)"};
        const Outcome yes = terminal ? cliOnTerminal(trueArguments, env) : cli(trueArguments, env);
        const Outcome no = terminal ? cliOnTerminal(falseArguments, env) : cli(falseArguments, env);
        QCOMPARE(yes.exitCode, 0);
        QCOMPARE(no.exitCode, 1);
        QCOMPARE(yes.out, coloured ? QByteArray("\x1b[1;32mtrue\x1b[0m\n") : QByteArray("true\n"));
        QCOMPARE(no.out, coloured ? QByteArray("\x1b[1;31mfalse\x1b[0m\n") : QByteArray("false\n"));
    }

    void colour_runVerdictsOnATerminal()
    {
        // A real demo endpoint, and the sample design pointed at it.
        const quint16 port = RestGate::TestSupport::unusedPort();
        QProcess demo;
        demo.start(QStringLiteral(RESTGATE_CLI_PATH),
                   {QStringLiteral("demo-server"), QStringLiteral("--port"), QString::number(port)});
        QVERIFY(demo.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [port] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(200);
            }(),
            10000);
        QFile source(QStringLiteral(RESTGATE_SOURCE_DIR "/resources/samples/failures.restgate.yml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        text.replace("http://127.0.0.1:8765/", QStringLiteral("http://127.0.0.1:%1/").arg(port).toUtf8());
        QFile design(m_dir.filePath(QStringLiteral("failures.restgate.yml")));
        QVERIFY(design.open(QIODevice::WriteOnly));
        design.write(text);
        design.close();
        QFile passing(QStringLiteral(RESTGATE_SOURCE_DIR "/resources/samples/deployments.restgate.yml"));
        QVERIFY(passing.open(QIODevice::ReadOnly));
        text = passing.readAll();
        text.replace("http://127.0.0.1:8765/", QStringLiteral("http://127.0.0.1:%1/").arg(port).toUtf8());
        QFile passingCopy(m_dir.filePath(QStringLiteral("deployments.restgate.yml")));
        QVERIFY(passingCopy.open(QIODevice::WriteOnly));
        passingCopy.write(text);
        passingCopy.close();

        const Outcome failed =
            cliOnTerminal({QStringLiteral("run"), design.fileName(), QStringLiteral("--task"), QStringLiteral("1")});
        const Outcome passed = cliOnTerminal(
            {QStringLiteral("run"), passingCopy.fileName(), QStringLiteral("--task"), QStringLiteral("1")});
        const Outcome plain = cliOnTerminal(
            {QStringLiteral("run"), passingCopy.fileName(), QStringLiteral("--task"), QStringLiteral("1")},
            environment({QStringLiteral("NO_COLOR=1")}));
        demo.terminate();
        demo.waitForFinished(5000);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains("\n  \x1b[1;31mFAILED\x1b[0m\n"), failed.out.constData());
        QCOMPARE(passed.exitCode, 0);
        QVERIFY2(passed.out.contains("\n  \x1b[1;32mPASSED\x1b[0m\n"), passed.out.constData());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("\n  PASSED\n") && !plain.out.contains('\x1b'), plain.out.constData());
    }

    // ---- completion ----

    void bashCompletion_registersTheFunction()
    {
        QString registration;
        bashCompletes({QStringLiteral("restgate-cli"), QString()}, &registration);
        QCOMPARE(registration, QStringLiteral("complete -F _restgate_cli restgate-cli"));
        // The installed script is what the command prints.
        QFile installed(installedCompletion("restgate-cli"));
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), cli({QStringLiteral("completion"), QStringLiteral("bash")}).out);
    }

    void bashCompletion_completes_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("commands") << QStringList {"restgate-cli", "im"} << QStringList {"import", "import-curl"};
        QTest::addRow("every command") << QStringList {"restgate-cli", ""}
                                       << QStringList {"completion", "demo-server", "eval", "export", "help",
                                                       "import",     "import-curl", "run",  "secret"};
        QTest::addRow("top-level options")
            << QStringList {"restgate-cli", "-"} << QStringList {"--help", "--version", "-V", "-h"};
        QTest::addRow("run's options") << QStringList {"restgate-cli", "run", "--for"} << QStringList {"--format"};
        QTest::addRow("run --format VALUE")
            << QStringList {"restgate-cli", "run", "--format", ""} << QStringList {"json", "text"};
        QTest::addRow("run --format=j (bash splits at =)")
            << QStringList {"restgate-cli", "run", "--format", "=", "j"} << QStringList {"json"};
        QTest::addRow("run --color") << QStringList {"restgate-cli", "run", "--color", "a"}
                                     << QStringList {"always", "auto"};
        QTest::addRow("run --task: free text") << QStringList {"restgate-cli", "run", "--task", ""} << QStringList {};
        QTest::addRow("export --as") << QStringList {"restgate-cli", "export", "--as", "s"}
                                     << QStringList {"stage", "step"};
        QTest::addRow("eval -r (short)") << QStringList {"restgate-cli", "eval", "-r", "%DIR%/bo"}
                                         << QStringList {"%DIR%/body.json"};
        QTest::addRow("run DESIGN: files") << QStringList {"restgate-cli", "run", "--task", "2", "%DIR%/desi"}
                                           << QStringList {"%DIR%/design.restgate.yml"};
        QTest::addRow("run --junit FILE")
            << QStringList {"restgate-cli", "run", "--junit", "%DIR%/b"} << QStringList {"%DIR%/body.json"};
        QTest::addRow("secret ACTION") << QStringList {"restgate-cli", "secret", ""} << QStringList {"clear", "set"};
        QTest::addRow("secret after the action: options")
            << QStringList {"restgate-cli", "secret", "set", "--k"} << QStringList {"--kind"};
        QTest::addRow("secret --kind") << QStringList {"restgate-cli", "secret", "set", "x", "--kind", ""}
                                       << QStringList {"client-secret", "password", "token"};
        QTest::addRow("help COMMAND") << QStringList {"restgate-cli", "help", "ex"} << QStringList {"export"};
        QTest::addRow("completion SHELL")
            << QStringList {"restgate-cli", "completion", ""} << QStringList {"bash", "zsh"};
        QTest::addRow("after --: no options") << QStringList {"restgate-cli", "eval", "--", "-"} << QStringList {};
    }

    void bashCompletion_completes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QFile design(m_dir.filePath(QStringLiteral("design.restgate.yml")));
        QVERIFY(design.open(QIODevice::WriteOnly));
        QFile body(m_dir.filePath(QStringLiteral("body.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        for (QString &word : words)
            word.replace(QStringLiteral("%DIR%"), m_dir.path());
        for (QString &word : expected)
            word.replace(QStringLiteral("%DIR%"), m_dir.path());
        QCOMPARE(bashCompletes(words), expected);
    }

    void zshCompletion_isRegisteredByCompinit()
    {
        // compinit reads the #compdef line of every file on $fpath: the installed file must be found there.
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"),
                  {QStringLiteral("-f"), QStringLiteral("-c"),
                   QStringLiteral("fpath=(\"$1\" $fpath); autoload -Uz compinit; compinit -u -D; "
                                  "print -r -- \"$_comps[restgate-cli]\"; autoload -Uz +X _restgate-cli && "
                                  "functions _restgate-cli >/dev/null && print loaded"),
                   QStringLiteral("zsh"), QStringLiteral(RESTGATE_BINARY_DIR "/src/cli/completion")});
        if (!zsh.waitForStarted(10000))
            QSKIP("zsh is not installed (packaging/setup-debian.sh test installs it)");
        QVERIFY(zsh.waitForFinished(30000));
        QCOMPARE(zsh.readAllStandardError(), QByteArray());
        QCOMPARE(zsh.readAllStandardOutput(), QByteArray("_restgate-cli\nloaded\n"));
        QCOMPARE(zsh.exitCode(), 0);
        // And it parses: zsh -n reads the whole script without running it.
        QProcess check;
        check.start(QStringLiteral("zsh"), {QStringLiteral("-n"), installedCompletion("_restgate-cli")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.readAllStandardError(), QByteArray());
        QCOMPARE(check.exitCode(), 0);
    }

    void zshCompletion_completesInARealShell_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("shown");
        QTest::addRow("command") << "restgate-cli secr\t" << QStringList {"restgate-cli secret "};
        QTest::addRow("option") << "restgate-cli run --form\t" << QStringList {"restgate-cli run --format="};
        QTest::addRow("choices") << "restgate-cli export --as s\t\t" << QStringList {"stage", "step"};
        QTest::addRow("positional choice") << "restgate-cli secret cl\t" << QStringList {"restgate-cli secret clear "};
    }

    void zshCompletion_completesInARealShell()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, shown);
        // An interactive zsh on a pseudo-terminal (zsh/zpty), the line typed with its tabs: what a user sees.
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"),
                  QStringList {QStringLiteral("-f"), QStringLiteral(RESTGATE_SOURCE_DIR "/tests/cli/zsh-complete.zsh"),
                               QStringLiteral(RESTGATE_BINARY_DIR "/src/cli/completion"), typed}
                      + shown);
        if (!zsh.waitForStarted(10000))
            QSKIP("zsh is not installed (packaging/setup-debian.sh test installs it)");
        QVERIFY(zsh.waitForFinished(60000));
        QVERIFY2(zsh.exitCode() == 0, zsh.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFrontDoor)
#include "tst_clifrontdoor.moc"
