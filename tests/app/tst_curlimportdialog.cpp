#include "app/dialogs/curlimportdialog.h"
#include "core/design/designdocument.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace RestGate;

namespace {

/// Pasted as a user copies it from documentation: several lines joined with backslashes.
const QString multiLineCommand = QStringLiteral("curl -X POST 'https://api.example.com/v1/items?x=1' \\\n"
                                                "  -H 'Content-Type: application/json' \\\n"
                                                "  -H 'X-Trace: $(traceId)' \\\n"
                                                "  --compressed \\\n"
                                                "  -d '{\"name\": \"demo\"}'\n");

ServiceConnection connection(const QString &name, const QString &url)
{
    ServiceConnection c;
    c.name = name;
    c.url = url;
    return c;
}

QPushButton *okButton(const CurlImportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCurlImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A connection saved without its trailing slash: the preview's suffix carries the '/', and a note says why.
    void reusedConnectionWithoutTrailingSlash_previewJoinsWithSlashAndWarns()
    {
        CurlImportDialog dialog({connection(QStringLiteral("local"), QStringLiteral("http://host"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setCommand(QStringLiteral("curl -X PATCH 'http://host/patch?x=1' -d '{}'"));
        QVERIFY2(dialog.hasImport(), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.newConnection());
        QCOMPARE(dialog.task().input(QStringLiteral("urlSuffix")), QStringLiteral("/patch?x=1"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("suffixValue"))->text(), QStringLiteral("/patch?x=1"));
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("notesLabel"));
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(QLatin1String("http://host/patch?x=1")), qPrintable(notes->text()));
        QVERIFY(notes->text().contains(QLatin1String("no trailing slash")));
    }

    void pastedCommand_previewsTheTaskAndListsUnsupportedOptions()
    {
        CurlImportDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(dialog)->isEnabled());
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("commandEdit"));
        edit->setFocus();
        edit->insertPlainText(multiLineCommand); // what a paste does

        QVERIFY2(dialog.hasImport(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        const TaskConfig task = dialog.task();
        QCOMPARE(task.method(), QStringLiteral("POST"));
        QCOMPARE(task.connectionName(), QStringLiteral("api.example.com"));
        QCOMPARE(task.input(QStringLiteral("urlSuffix")), QStringLiteral("v1/items?x=1"));
        QCOMPARE(task.input(QStringLiteral("headers")),
                 QStringLiteral("{\n  \"Content-Type\": \"application/json\",\n"
                                "  \"X-Trace\": \"$(traceId)\"\n}"));
        QCOMPARE(task.input(QStringLiteral("body")), QStringLiteral("{\"name\": \"demo\"}"));

        const std::optional<ServiceConnection> added = dialog.newConnection();
        QVERIFY(added);
        QCOMPARE(added->url, QStringLiteral("https://api.example.com/"));

        // What the preview shows is that same task.
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("methodValue"))->text(), QStringLiteral("POST"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("suffixValue"))->text(), QStringLiteral("v1/items?x=1"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectionValue"))->text().contains(QLatin1String("new")));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("headersView"))->toPlainText(),
                 task.input(QStringLiteral("headers")));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyView"))->toPlainText(),
                 QStringLiteral("{\"name\": \"demo\"}"));

        // --compressed changes the request, so it is listed, not dropped.
        QCOMPARE(dialog.unsupportedOptions(), QStringList {"--compressed"});
        const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("unsupportedList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("--compressed"));
    }

    void matchingConnection_isReusedAndNothingNewIsAdded()
    {
        CurlImportDialog dialog({connection(QStringLiteral("root"), QStringLiteral("https://api.example.com/")),
                                 connection(QStringLiteral("v1"), QStringLiteral("https://api.example.com/v1/"))});
        dialog.setCommand(QStringLiteral("curl https://api.example.com/v1/items/7"));
        QVERIFY(dialog.hasImport());
        QVERIFY(dialog.imported().reusedConnection);
        QVERIFY(!dialog.newConnection());
        QCOMPARE(dialog.task().connectionName(), QStringLiteral("v1"));
        QCOMPARE(dialog.task().input(QStringLiteral("urlSuffix")), QStringLiteral("items/7"));
        QCOMPARE(dialog.task().method(), QStringLiteral("GET"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectionValue"))->text().contains(QLatin1String("v1")));
        // GET sends no body: the preview says so rather than showing an empty box as if it were one.
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyView"))
                    ->placeholderText()
                    .contains(QLatin1String("GET")));
        QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("unsupportedList"))->isHidden());
    }

    void baseUrlAndDisplayName_shapeTheImport()
    {
        CurlImportDialog dialog({});
        dialog.setCommand(QStringLiteral("curl https://api.example.com/v1/items/7"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://api.example.com/v1/"));
        dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("Item seven"));
        QVERIFY(dialog.hasImport());
        QCOMPARE(dialog.newConnection()->url, QStringLiteral("https://api.example.com/v1/"));
        QCOMPARE(dialog.task().input(QStringLiteral("urlSuffix")), QStringLiteral("items/7"));
        QCOMPARE(dialog.task().displayName, QStringLiteral("Item seven"));

        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(QStringLiteral("https://elsewhere/"));
        QVERIFY(!dialog.hasImport());
        QVERIFY(dialog.errorText().contains(QLatin1String("does not start with")));
    }

    void brokenCommands_sayWhyInPlainWordsAndDisableImport_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("says");
        QTest::addRow("no url") << "curl -X POST -d x"
                                << "no URL";
        QTest::addRow("open quote") << "curl 'https://h/"
                                    << "not closed";
        QTest::addRow("missing value") << "curl https://h/ -H"
                                       << "needs a value";
    }

    void brokenCommands_sayWhyInPlainWordsAndDisableImport()
    {
        QFETCH(QString, command);
        QFETCH(QString, says);
        CurlImportDialog dialog({});
        dialog.setCommand(command);
        QVERIFY(!dialog.hasImport());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("methodValue"))->text().isEmpty());

        // Fixing it clears the error.
        dialog.setCommand(QStringLiteral("curl https://h/"));
        QVERIFY(dialog.hasImport());
        QVERIFY(dialog.errorText().isEmpty());
    }

    void credentials_stayOutOfTheTaskAndTheDocument()
    {
        CurlImportDialog dialog({});
        dialog.setCommand(QStringLiteral("curl -u deploy:s3cret https://api.example.com/x "
                                         "-H 'Authorization: Bearer t0ken-value'"));
        QVERIFY(dialog.hasImport());
        QCOMPARE(dialog.imported().password, QStringLiteral("s3cret"));
        const QString notes = dialog.findChild<QLabel *>(QStringLiteral("notesLabel"))->text();
        QVERIFY(notes.contains(QLatin1String("password")));
        QVERIFY(!notes.contains(QLatin1String("s3cret")));
        QVERIFY(!notes.contains(QLatin1String("t0ken-value")));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("headersView"))
                     ->toPlainText()
                     .contains(QLatin1String("t0ken-value")));
        DesignDocument document;
        CurlImporter::merge(&document, dialog.imported());
        QCOMPARE(document.tasks.size(), 1);
        QVERIFY(!document.toYaml().contains(QLatin1String("s3cret")));
        QVERIFY(!document.toYaml().contains(QLatin1String("t0ken-value")));
    }
};

QTEST_MAIN(TestCurlImportDialog)
#include "tst_curlimportdialog.moc"
