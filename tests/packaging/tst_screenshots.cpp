// Runs restgate_screenshots offscreen, as make-screenshots.sh runs it under Xvfb, so a GUI change that breaks the
// sample flows (or leaves a screenshot blank) fails here in CI rather than in the next README update.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static void addScreenshotRows()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size"); // a height of 0: any height (the YAML dock's depends on the layout)
        QTest::addRow("main window, passing run") << "main-passing.png" << QSize(1400, 880);
        QTest::addRow("main window, failing criteria") << "main-failing-criteria.png" << QSize(1400, 880);
        QTest::addRow("criteria trace") << "criteria-trace.png" << QSize(1400, 880);
        QTest::addRow("YAML pane") << "yaml-pane.png" << QSize(1400, 0);
        QTest::addRow("Run all list") << "run-all.png" << QSize(1400, 880);
    }

    static void verifyPicture(const QString &path, const QSize &size)
    {
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + " was not written"));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path + " is not a readable PNG"));
        QCOMPARE(image.width(), size.width());
        if (size.height() > 0)
            QCOMPARE(image.height(), size.height());
        else
            QVERIFY(image.height() >= 100);
        QVERIFY(!image.hasAlphaChannel());
        // A window that painted nothing (or one flat colour) has a handful of colours; a real one has text, a
        // highlighted selection and a coloured banner, hence anti-aliased edges in hundreds of shades.
        image = image.convertToFormat(QImage::Format_RGB32);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                colours.insert(line[x]);
        }
        QVERIFY2(colours.size() > 64,
                 qPrintable(QStringLiteral("%1 has only %2 colours").arg(path).arg(colours.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_output.isValid());
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        tool.start(RESTGATE_SCREENSHOTS_TOOL, {m_output.path()});
        QVERIFY2(tool.waitForStarted(), qPrintable(tool.errorString()));
        QVERIFY2(tool.waitForFinished(120'000), "restgate_screenshots did not finish");
        m_toolError = QString::fromLocal8Bit(tool.readAllStandardError());
        m_toolExitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    }

    void tool_walksEveryFlowWithoutError()
    {
        QVERIFY2(m_toolExitCode == 0,
                 qPrintable(QStringLiteral("exit code %1: %2").arg(m_toolExitCode).arg(m_toolError)));
    }

    void screenshot_hasTheWindowSizeAndIsNotBlank_data() { addScreenshotRows(); }
    void screenshot_hasTheWindowSizeAndIsNotBlank()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        verifyPicture(QDir(m_output.path()).filePath(name), size);
    }

    // What README.md and the metainfo link to: made by the same tool, small enough to ship in the repository.
    void committedScreenshot_hasTheWindowSizeAndStaysSmall_data() { addScreenshotRows(); }
    void committedScreenshot_hasTheWindowSizeAndStaysSmall()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        const QString path = QStringLiteral(RESTGATE_SOURCE_DIR "/packaging/screenshots/") + name;
        verifyPicture(path, size);
        QVERIFY2(QFileInfo(path).size() < 300 * 1024, qPrintable(path + " is over 300 KB"));
    }

    void tool_withoutAnOutputDirectory_exitsWithUsage()
    {
        QProcess tool;
        tool.start(RESTGATE_SCREENSHOTS_TOOL, {});
        QVERIFY(tool.waitForFinished(60'000));
        QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
        QVERIFY(tool.exitCode() != 0);
        QVERIFY(tool.readAllStandardError().contains("usage"));
    }

private:
    QTemporaryDir m_output;
    QString m_toolError;
    int m_toolExitCode = -1;
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
