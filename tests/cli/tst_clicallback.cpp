#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// restgate-cli run on Callback-mode tasks, against the real test callback service (a separate process that answers
// 202 and then calls the plan listener back as the request path says).
class TestCliCallback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serviceUrl;

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString design(const QString &mode, const QString &extra = QString())
    {
        const QString path = m_dir.filePath(mode + QStringLiteral(".restgate.yml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write design");
        file.write(QStringLiteral("restgate: 1\n"
                                  "connections:\n"
                                  "  - name: service\n"
                                  "    type: generic\n"
                                  "    url: %1\n"
                                  "tasks:\n"
                                  "  - task: InvokeRESTAPI@1\n"
                                  "    displayName: Deploy with callback\n"
                                  "%3"
                                  "    inputs:\n"
                                  "      serviceConnection: service\n"
                                  "      method: POST\n"
                                  "      urlSuffix: task/%2\n"
                                  "      body: '{}'\n"
                                  "      waitForCompletion: 'true'\n")
                       .arg(m_serviceUrl, mode, extra)
                       .toUtf8());
        return path;
    }

    static Outcome cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(RESTGATE_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            qFatal("restgate-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile port(qEnvironmentVariable("RESTGATE_FIXTURE_DIR") + QStringLiteral("/callbackservice.port"));
        QVERIFY2(port.open(QIODevice::ReadOnly), "the callbackservice fixture is not running");
        m_serviceUrl = QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(port.readAll().trimmed()));
    }

    void correctCallback_passesAndExitsZero()
    {
        const Outcome o = cli({QStringLiteral("run"), design(QStringLiteral("correct")),
                               QStringLiteral("--callback-timeout"), QStringLiteral("20")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QStringLiteral("PASSED")));
        QVERIFY(o.out.contains(QStringLiteral("TaskCompleted")));
        QVERIFY(o.out.contains(QStringLiteral("202")));
    }

    void wrongTaskId_failsWithTheDiagnosis()
    {
        const Outcome o = cli({QStringLiteral("run"), design(QStringLiteral("wrong-taskid")),
                               QStringLiteral("--callback-timeout"), QStringLiteral("5")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("taskId"), Qt::CaseInsensitive), qPrintable(o.out));
    }

    void neverCallingBack_timesOutAtTheDryRunWait()
    {
        const Outcome o =
            cli({QStringLiteral("run"), design(QStringLiteral("never")), QStringLiteral("--callback-timeout"),
                 QStringLiteral("1.5"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(o.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(o.out.split(QLatin1Char('\n')).first().toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("verdict")).toString(), QStringLiteral("TIMED OUT"));
        const QJsonObject callback = object.value(QStringLiteral("callback")).toObject();
        QVERIFY2(callback.value(QStringLiteral("headline")).toString().contains(QStringLiteral("never")),
                 qPrintable(o.out));
    }

    void missingAuth_fails()
    {
        const Outcome o = cli({QStringLiteral("run"), design(QStringLiteral("no-auth")),
                               QStringLiteral("--callback-timeout"), QStringLiteral("5")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("401")), qPrintable(o.out));
    }

    void badListenAddress_isAUsageError()
    {
        const Outcome o = cli({QStringLiteral("run"), design(QStringLiteral("correct")), QStringLiteral("--listen"),
                               QStringLiteral("not an address")});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(QStringLiteral("--listen")));
    }
};

QTEST_GUILESS_MAIN(TestCliCallback)
#include "tst_clicallback.moc"
