#include "mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
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

QString tsPath()
{
    return QStringLiteral(RESTGATE_SOURCE_DIR "/translations/restgate_de.ts");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
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

    void tsFile_everyMessageIsFinished()
    {
        const QList<TsMessage> messages = readTs(tsPath());
        QVERIFY2(messages.size() > 100, "lupdate has not filled restgate_de.ts");
        for (const TsMessage &m : messages) {
            const QString where = QStringLiteral("%1:%2 [%3] %4").arg(tsPath()).arg(m.line).arg(m.context, m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("type=\"%1\": %2").arg(m.type, where)));
            // German has one singular and one plural form.
            QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
            for (const QString &translation : m.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ in \"%1\": %2").arg(translation, where)));
            }
        }
    }

    void germanLocale_loadsTheTranslationThatMainLoads()
    {
        // main.cpp asks for the system locale; de_DE has no file of its own and falls back to restgate_de.qm.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(
            m_translator.load(QLocale(), QStringLiteral("restgate"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(m_translator.filePath(), QStringLiteral(":/i18n/restgate_de.qm"));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));

        // The compiled file says what the .ts says, message by message (so the build did not embed a stale one).
        for (const TsMessage &m : readTs(tsPath())) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.isEmpty() ? QByteArray() : m.comment.toUtf8();
            if (m.numerus) {
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData(), 1),
                         QString(m.translations.at(0)).replace(QLatin1String("%n"), QLatin1String("1")));
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData(), 3),
                         QString(m.translations.at(1)).replace(QLatin1String("%n"), QLatin1String("3")));
            } else {
                QCOMPARE(QCoreApplication::translate(context, source, comment.constData()), m.translations.first());
            }
        }
    }

    void mainWindowMenus_areGermanWithNoActionLeftInEnglish()
    {
        const QList<std::pair<QString, QString>> english = englishMenuTexts();
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/restgate_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        const MainWindow window;
        const QList<std::pair<QString, QString>> german = menuTexts(window);

        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions())
            titles.append(menu->text());
        QCOMPARE(titles, (QStringList {"&Datei", "&Bearbeiten", "&Ansicht", "Aus&führen", "&Hilfe"}));

        // Texts that are the same word in both languages; add one only after checking the German UI says so.
        const QSet<QString> sameInBothLanguages {};
        QCOMPARE(german.size(), english.size());
        for (qsizetype i = 0; i < german.size(); ++i) {
            const QString &text = german.at(i).second;
            const QString where = german.at(i).first + QLatin1Char('/') + text;
            QVERIFY2(!text.isEmpty(), qPrintable(where));
            QVERIFY2(text != english.at(i).second || sameInBothLanguages.contains(text),
                     qPrintable(QStringLiteral("left in English: ") + where));
        }
    }

    void germanMenus_haveNoClashingAccelerators()
    {
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/restgate_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
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

private:
    QTranslator m_translator;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
