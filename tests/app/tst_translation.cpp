#include "app/mainwindow.h"
#include "app/uilanguage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace RestGate;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation type="..."> attribute: "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList translations; // one string, or the numerus forms
    QString file; // of the first <location>: a form (.ui) or a source file
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot open %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage {};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message.line = xml.lineNumber();
        } else if (name == u"location" && message.file.isEmpty()) {
            message.file = xml.attributes().value(QLatin1String("filename")).toString();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s:%lld: %s", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(RESTGATE_SOURCE_DIR "/translations/restgate_%1.ts").arg(language);
}

QString qmPath(const QString &language)
{
    return QStringLiteral(RESTGATE_BINARY_DIR "/src/app/restgate_%1.qm").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

/// How many accelerator markers a text has: "&&" is a literal ampersand, not one.
qsizetype acceleratorCount(const QString &text)
{
    return QString(text).remove(QLatin1String("&&")).count(QLatin1Char('&'));
}

/// The rows every per-language test runs for: the catalogue's language and how many plural forms Qt gives it.
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addRow("de") << QStringLiteral("de") << 2;
    QTest::addRow("fr") << QStringLiteral("fr") << 2;
    QTest::addRow("ja") << QStringLiteral("ja") << 1;
}

/// Every action reachable from the menu bar, submenus included, as "menu path" → action text.
QList<std::pair<QString, QString>> menuTexts(const QMainWindow &window)
{
    QList<std::pair<QString, QString>> texts;
    std::function<void(const QString &, const QList<QAction *> &)> walk = [&](const QString &path,
                                                                              const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts.append({path, action->text()});
            if (action->menu())
                walk(path + QLatin1Char('/') + action->text(), action->menu()->actions());
        }
    };
    walk(QString(), window.menuBar()->actions());
    return texts;
}

QList<std::pair<QString, QString>> englishMenuTexts()
{
    // Built and gone before the translator is installed: its LanguageChange must not reach this window.
    const MainWindow window;
    return menuTexts(window);
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }

    void catalogue_everyMessageIsFinished_data() { addLanguageRows(); }
    void catalogue_everyMessageIsFinished()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QList<TsMessage> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("lupdate has not filled ") + tsPath(language)));
        for (const TsMessage &m : messages) {
            const QString where =
                QStringLiteral("%1:%2 [%3] %4").arg(tsPath(language)).arg(m.line).arg(m.context, m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("type=\"%1\": %2").arg(m.type, where)));
            QVERIFY2(m.translations.size() == (m.numerus ? pluralForms : 1),
                     qPrintable(QStringLiteral("%1 forms: %2").arg(m.translations.size()).arg(where)));
            for (const QString &translation : m.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ in \"%1\": %2").arg(translation, where)));
                QVERIFY2(acceleratorCount(translation) == acceleratorCount(m.source),
                         qPrintable(QStringLiteral("accelerator lost or added in \"%1\": %2").arg(translation, where)));
            }
        }
    }

    void catalogue_holdsTheMessagesOfTheGermanOne_data() { addLanguageRows(); }
    void catalogue_holdsTheMessagesOfTheGermanOne()
    {
        // All catalogues come out of the one lupdate run over the code; one left behind misses new messages.
        QFETCH(QString, language);
        const auto keys = [](const QString &path) {
            QStringList keys;
            for (const TsMessage &m : readTs(path))
                keys.append(m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment);
            return keys;
        };
        QCOMPARE(keys(tsPath(language)), keys(tsPath(QStringLiteral("de"))));
    }

    void compiledCatalogue_isNotOlderThanItsSource_data() { addLanguageRows(); }
    void compiledCatalogue_isNotOlderThanItsSource()
    {
        QFETCH(QString, language);
        const QFileInfo ts(tsPath(language));
        const QFileInfo qm(qmPath(language));
        QVERIFY2(qm.exists(), qPrintable(qm.filePath() + QStringLiteral(" is missing: build the restgate target")));
        QVERIFY2(qm.lastModified() >= ts.lastModified(),
                 qPrintable(QStringLiteral("%1 is older than %2: rebuild").arg(qm.filePath(), ts.filePath())));
    }

    void systemLocale_loadsTheCatalogueThatMainLoads_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        // Country variants have no file of their own and fall back to the language's.
        QTest::addRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("de") << 2;
        QTest::addRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("fr") << 2;
        QTest::addRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("ja") << 1;
    }
    void systemLocale_loadsTheCatalogueThatMainLoads()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QLocale::setDefault(locale);
        QVERIFY(
            m_translator.load(QLocale(), QStringLiteral("restgate"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(m_translator.filePath(), QStringLiteral(":/i18n/restgate_%1.qm").arg(language));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));

        // The compiled file says what the .ts says, message by message (so the build did not embed a stale one).
        for (const TsMessage &m : readTs(tsPath(language))) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.isEmpty() ? QByteArray() : m.comment.toUtf8();
            if (m.numerus) {
                // 1 takes the first form everywhere; 3 the last (plural in German and French, the one form in
                // Japanese).
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData(), 1),
                         QString(m.translations.first()).replace(QLatin1String("%n"), QLatin1String("1")));
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData(), 3),
                         QString(m.translations.at(pluralForms - 1)).replace(QLatin1String("%n"), QLatin1String("3")));
            } else {
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData()), m.translations.first());
            }
        }
    }

    void mainWindowMenus_areTranslatedWithNoActionLeftInEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menuTitles");
        // Texts that are the same word in both languages; add one only after checking the translated UI says so.
        QTest::addColumn<QStringList>("sameInBothLanguages");
        QTest::addRow("de") << QStringLiteral("de")
                            << QStringList {"&Datei", "&Bearbeiten", "&Ansicht", "Aus&führen", "&Hilfe"}
                            << QStringList {};
        QTest::addRow("fr") << QStringLiteral("fr")
                            << QStringList {"&Fichier", "É&dition", "&Affichage", "E&xécution", "Aid&e"}
                            << QStringList {"Variables"};
        QTest::addRow("ja") << QStringLiteral("ja")
                            << QStringList {"ファイル(&F)", "編集(&E)", "表示(&V)", "実行(&R)", "ヘルプ(&H)"}
                            << QStringList {};
    }
    void mainWindowMenus_areTranslatedWithNoActionLeftInEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menuTitles);
        QFETCH(QStringList, sameInBothLanguages);
        const QList<std::pair<QString, QString>> english = englishMenuTexts();
        QVERIFY(m_translator.load(qmResource(language)));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        const MainWindow window;
        const QList<std::pair<QString, QString>> translated = menuTexts(window);

        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions())
            titles.append(menu->text());
        QCOMPARE(titles, menuTitles);

        QCOMPARE(translated.size(), english.size());
        for (qsizetype i = 0; i < translated.size(); ++i) {
            const QString &text = translated.at(i).second;
            const QString where = translated.at(i).first + QLatin1Char('/') + text;
            QVERIFY2(!text.isEmpty(), qPrintable(where));
            QVERIFY2(text != english.at(i).second || sameInBothLanguages.contains(text),
                     qPrintable(QStringLiteral("left in English: ") + where));
        }
    }

    void menus_haveNoClashingAccelerators_data()
    {
        addLanguageRows();
        QTest::addRow("en (source)") << QString() << 2;
    }
    void menus_haveNoClashingAccelerators()
    {
        QFETCH(QString, language);
        if (!language.isEmpty()) {
            QVERIFY(m_translator.load(qmResource(language)));
            QVERIFY(QCoreApplication::installTranslator(&m_translator));
        }
        const MainWindow window;
        std::function<void(const QString &, const QList<QAction *> &)> check = [&](const QString &path,
                                                                                   const QList<QAction *> &actions) {
            QHash<QKeySequence, QString> taken;
            for (const QAction *action : actions) {
                if (action->isSeparator())
                    continue;
                const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
                if (!mnemonic.isEmpty()) {
                    QVERIFY2(!taken.contains(mnemonic),
                             qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share an accelerator")
                                            .arg(path, taken.value(mnemonic), action->text())));
                    taken.insert(mnemonic, action->text());
                }
                if (action->menu())
                    check(path + QLatin1Char('/') + action->text(), action->menu()->actions());
            }
        };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
    }

    void forms_translationBringsNoAcceleratorClash_data() { addLanguageRows(); }
    void forms_translationBringsNoAcceleratorClash()
    {
        // A form is one dialog or panel. Where the English gives two of its labels different letters (some share
        // one on purpose: they are never shown together), the translation must too.
        QFETCH(QString, language);
        QHash<QString, QList<TsMessage>> forms;
        for (const TsMessage &m : readTs(tsPath(language))) {
            if (m.file.endsWith(QLatin1String(".ui")) && acceleratorCount(m.source) == 1
                && !m.source.contains(QLatin1String("&%")))
                forms[m.context].append(m);
        }
        QVERIFY(forms.size() > 5);
        for (auto form = forms.cbegin(); form != forms.cend(); ++form) {
            const QList<TsMessage> &labels = form.value();
            for (qsizetype i = 0; i < labels.size(); ++i) {
                for (qsizetype j = i + 1; j < labels.size(); ++j) {
                    const TsMessage &a = labels.at(i);
                    const TsMessage &b = labels.at(j);
                    if (QKeySequence::mnemonic(a.source) == QKeySequence::mnemonic(b.source))
                        continue;
                    QVERIFY2(QKeySequence::mnemonic(a.translations.first())
                                 != QKeySequence::mnemonic(b.translations.first()),
                             qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share an accelerator")
                                            .arg(form.key(), a.translations.first(), b.translations.first())));
                }
            }
        }
    }

    void uiLanguage_offersEveryCatalogueAndEnglish()
    {
        QCOMPARE(UiLanguage::available(), (QStringList {"de", "en", "fr", "ja"}));
    }

    void uiLanguage_optionBeatsEnvironment_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expected");
        QTest::addRow("option") << QStringList {"restgate", "--lang", "fr"} << QString() << "fr";
        QTest::addRow("option=value") << QStringList {"restgate", "--lang=ja", "a.restgate.yml"} << "de"
                                      << "ja";
        QTest::addRow("environment") << QStringList {"restgate", "a.restgate.yml"} << "de"
                                     << "de";
        QTest::addRow("neither") << QStringList {"restgate"} << QString() << QString();
        QTest::addRow("after --") << QStringList {"restgate", "--", "--lang=fr"} << QString() << QString();
        QTest::addRow("no value") << QStringList {"restgate", "--lang"} << "ja"
                                  << "ja";
    }
    void uiLanguage_optionBeatsEnvironment()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::requested(arguments, environment), expected);
    }

    void restgateHelp_isInTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("language");
        QTest::addRow("--lang fr") << QStringList {"--lang", "fr"} << QString() << "fr";
        QTest::addRow("RESTGATE_LANG=ja") << QStringList {} << "ja"
                                          << "ja";
        QTest::addRow("--lang=de_AT beats RESTGATE_LANG") << QStringList {"--lang=de_AT"} << "ja"
                                                          << "de";
        QTest::addRow("--lang en beats RESTGATE_LANG") << QStringList {"--lang", "en"} << "fr"
                                                       << "en";
    }
    void restgateHelp_isInTheChosenLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, language);
        const ProcessResult result = runRestgate(arguments + QStringList {QStringLiteral("--help")}, environment);
        QCOMPARE(result.exitCode, 0);
        const QString description = QStringLiteral("Design and dry-run Azure Pipelines InvokeRESTAPI tasks.");
        QString expected = description;
        if (language != QLatin1String("en")) {
            for (const TsMessage &m : readTs(tsPath(language))) {
                if (m.context == QLatin1String("main") && m.source.startsWith(description))
                    expected = m.translations.first().section(QLatin1Char(' '), 0, 2);
            }
            QVERIFY(expected != description);
        }
        QVERIFY2(result.standardOutput.contains(expected), qPrintable(result.standardOutput));
    }

    void restgateHelp_followsThePreferencesChoice_belowOptionAndEnvironment_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("language");
        QTest::addRow("saved fr") << QStringList {} << QString() << "fr";
        QTest::addRow("RESTGATE_LANG=ja beats saved fr") << QStringList {} << "ja"
                                                         << "ja";
        QTest::addRow("--lang de beats saved fr") << QStringList {"--lang", "de"} << QString() << "de";
    }
    void restgateHelp_followsThePreferencesChoice_belowOptionAndEnvironment()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, language);
        // Where the program's QSettings lives under the home runRestgate gives it.
        QSettings saved(m_home.filePath(QStringLiteral("config/RestGate/RestGate.conf")), QSettings::IniFormat);
        saved.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        saved.sync();
        const ProcessResult result = runRestgate(arguments + QStringList {QStringLiteral("--help")}, environment);
        saved.clear();
        saved.sync();
        QCOMPARE(result.exitCode, 0);
        const QString description = QStringLiteral("Design and dry-run Azure Pipelines InvokeRESTAPI tasks.");
        QString expected;
        for (const TsMessage &m : readTs(tsPath(language))) {
            if (m.context == QLatin1String("main") && m.source.startsWith(description))
                expected = m.translations.first().section(QLatin1Char(' '), 0, 2);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY2(result.standardOutput.contains(expected), qPrintable(result.standardOutput));
    }

    void restgateUnknownLanguageOption_isAUsageError()
    {
        const ProcessResult result = runRestgate({QStringLiteral("--lang"), QStringLiteral("xx")}, QString());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(
                     QLatin1String("RestGate has no xx translation; choose one of de, en, fr, ja.")),
                 qPrintable(result.standardError));
    }

    void restgateUnknownLanguageInEnvironment_warnsAndStartsAnyway()
    {
        const ProcessResult result =
            runRestgate({QStringLiteral("--quit-after"), QStringLiteral("0")}, QStringLiteral("klingon"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardError.contains(QLatin1String("RESTGATE_LANG: RestGate has no klingon translation")),
                 qPrintable(result.standardError));
    }

private:
    struct ProcessResult
    {
        int exitCode = -1;
        QString standardOutput;
        QString standardError;
    };

    /// Runs the real program, in an English system locale and with a home of its own (it may autosave).
    ProcessResult runRestgate(const QStringList &arguments, const QString &restgateLang)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "RESTGATE_LANG"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        if (!restgateLang.isEmpty())
            environment.insert(QStringLiteral("RESTGATE_LANG"), restgateLang);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RESTGATE_APP_EXECUTABLE), arguments);
        ProcessResult result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
        result.standardError = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString qmResource(const QString &language) { return QStringLiteral(":/i18n/restgate_%1.qm").arg(language); }

    QTranslator m_translator;
    QTemporaryDir m_home;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
