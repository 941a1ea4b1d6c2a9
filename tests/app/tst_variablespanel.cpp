#include "app/design/variablespanel.h"
#include "app/mainwindow.h"
#include "core/design/designdocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace RestGate;

namespace {

const QString secretValue = QStringLiteral("s3cr3t-t0ken-value");

VariableSet baseSet()
{
    VariableSet base;
    base.set(QStringLiteral("deploymentId"), QStringLiteral("42"));
    base.set(QStringLiteral("apiKey"), QString(), true);
    return base;
}

QList<VariableSet> devAndProd()
{
    VariableSet dev(QStringLiteral("dev"));
    dev.set(QStringLiteral("host"), QStringLiteral("dev.example.com"));
    VariableSet prod(QStringLiteral("prod"));
    prod.set(QStringLiteral("host"), QStringLiteral("example.com"));
    return {dev, prod};
}

/// Every text a view could show or an editor could start with.
QStringList allTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
                texts.append(index.data(role).toString());
        }
    }
    return texts;
}

} // namespace

class TestVariablesPanel : public QObject
{
    Q_OBJECT

private:
    /// Types `text` into the editor the view opens for `index` and commits it with Enter, as a user does.
    static void typeInto(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Return through a queued call.
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void systemVariables_areListedFirstReadOnlyAndGreyed()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), {});
        const VariablesModel *model = panel.baseModel();
        const QStringList names = VariableSet::systemVariableNames();
        QCOMPARE(model->readOnlyRowCount(), names.size());
        QCOMPARE(model->rowCount(), names.size() + 2);
        for (int row = 0; row < names.size(); ++row) {
            const QModelIndex name = model->index(row, VariablesModel::NameColumn);
            QCOMPARE(name.data().toString(), names.at(row));
            QVERIFY(name.data(VariablesModel::ReadOnlyRole).toBool());
            QVERIFY(!(model->flags(model->index(row, VariablesModel::ValueColumn)) & Qt::ItemIsEditable));
            QCOMPARE(name.data(Qt::ForegroundRole).value<QBrush>().color(),
                     QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        }
        const int hostType = int(names.indexOf(QStringLiteral("system.HostType")));
        QCOMPARE(model->index(hostType, VariablesModel::ValueColumn).data().toString(), QStringLiteral("build"));
        QVERIFY(!panel.baseModel()->setData(model->index(hostType, VariablesModel::ValueColumn), QStringLiteral("x")));
        // The generated access token is secret like any other.
        const int token = int(names.indexOf(QStringLiteral("system.AccessToken")));
        QCOMPARE(model->index(token, VariablesModel::ValueColumn).data().toString(), VariablesModel::mask());
    }

    // In the main window every edit goes through the document and comes back to the panel: the table must keep
    // the user's place and open editor, fill its dock, and work from the keyboard (Insert, name, Tab, value, Enter).
    void inTheMainWindow_tableKeepsItsPlaceFillsTheDockAndTabsFromNameToValue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vars.restgate.yml"));
        QString text = QStringLiteral("restgate: 1\nvariables:\n");
        for (int i = 1; i <= 30; ++i)
            text += QStringLiteral("  v%1: 'value %1'\n").arg(i, 2, 10, QLatin1Char('0'));
        text += QStringLiteral("tasks:\n  - task: InvokeRESTAPI@1\n    inputs:\n      method: GET\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("variablesDock"));
        dock->raise();
        VariablesPanel *panel = window.variablesPanel();
        auto *table = panel->findChild<QTableView *>(QStringLiteral("baseTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(table->viewport()->height() >= 4 * rowHeight,
                 qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(table->viewport()->height()).arg(rowHeight)));

        // Edit a value far down: the table stays where it was, on the same cell.
        const int row = panel->baseModel()->rowOf(QStringLiteral("v25"));
        const QModelIndex value = panel->baseModel()->index(row, VariablesModel::ValueColumn);
        table->setFocus();
        table->setCurrentIndex(value);
        table->scrollTo(value);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        typeInto(table, value, QStringLiteral("changed"));
        QCOMPARE(window.document().variables.find(QStringLiteral("v25"))->value, QStringLiteral("changed"));
        QCOMPARE(table->currentIndex().row(), row);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);

        // Enter on a row edits its value.
        QTest::keyClick(table, Qt::Key_Return);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(table->currentIndex(), value);
        QTest::keyClick(editor, Qt::Key_Escape);

        // A new variable from the keyboard: Insert, its name, Tab to the value, Enter.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("region"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCoreApplication::processEvents();
        QVERIFY(window.document().variables.find(QStringLiteral("region")));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "Tab after the name must open the value's editor");
        QCOMPARE(table->currentIndex().column(), int(VariablesModel::ValueColumn));
        QTest::keyClicks(editor, QStringLiteral("westeurope"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(window.document().variables.find(QStringLiteral("region"))->value, QStringLiteral("westeurope"));

        // Enter after a name goes on to the value too.
        QTest::keyClick(table, Qt::Key_Insert);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("zone"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "Enter after the name must open the value's editor");
        QTest::keyClicks(editor, QStringLiteral("2"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(window.document().variables.find(QStringLiteral("zone"))->value, QStringLiteral("2"));
    }

    void editingAValueInTheTable_emitsTheEdit()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), devAndProd());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("baseTable"));
        const int row = panel.baseModel()->rowOf(QStringLiteral("deploymentId"));
        typeInto(table, panel.baseModel()->index(row, VariablesModel::ValueColumn), QStringLiteral("43"));
        QCOMPARE(edited.size(), 1);
        const auto base = edited.first().at(0).value<VariableSet>();
        const auto sets = edited.first().at(1).value<QList<VariableSet>>();
        QCOMPARE(base.find(QStringLiteral("deploymentId"))->value, QStringLiteral("43"));
        QCOMPARE(sets, devAndProd());
        QCOMPARE(panel.baseVariables(), base);
    }

    void addAndRemoveButtons_editTheBaseVariables()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), {});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("addBaseButton")), Qt::LeftButton);
        // The new row's name is open for typing.
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("region"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(panel.baseVariables().contains(QStringLiteral("region")));
        QCOMPARE(edited.last().first().value<VariableSet>().variables().size(), 3);

        // Names stay usable as $(name) and unique.
        const int row = panel.baseModel()->rowOf(QStringLiteral("region"));
        const QModelIndex name = panel.baseModel()->index(row, VariablesModel::NameColumn);
        QVERIFY(!panel.baseModel()->setData(name, QStringLiteral("DEPLOYMENTID")));
        QVERIFY(!panel.baseModel()->setData(name, QStringLiteral("a b")));
        QVERIFY(!panel.baseModel()->setData(name, QStringLiteral("system.hosttype")));

        auto *table = panel.findChild<QTableView *>(QStringLiteral("baseTable"));
        table->setCurrentIndex(name);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeBaseButton")), Qt::LeftButton);
        QVERIFY(!panel.baseVariables().contains(QStringLiteral("region")));
        QCOMPARE(edited.last().first().value<VariableSet>(), baseSet());

        // System rows cannot be removed.
        table->setCurrentIndex(panel.baseModel()->index(0, VariablesModel::NameColumn));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("removeBaseButton"))->isEnabled());
    }

    void secretValue_neverShownNorEmittedNorSaved()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), {});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        auto *table = panel.findChild<QTableView *>(QStringLiteral("baseTable"));
        const QModelIndex value =
            panel.baseModel()->index(panel.baseModel()->rowOf(QStringLiteral("apiKey")), VariablesModel::ValueColumn);
        table->setCurrentIndex(value);
        table->edit(value);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        QVERIFY(editor->text().isEmpty());
        QTest::keyClicks(editor, secretValue);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();

        QCOMPARE(value.data().toString(), VariablesModel::mask());
        for (const QString &text : allTexts(panel.baseModel()))
            QVERIFY(!text.contains(secretValue));
        QCOMPARE(edited.size(), 1);
        const auto base = edited.first().first().value<VariableSet>();
        QVERIFY(base.find(QStringLiteral("apiKey"))->secret);
        QVERIFY(base.find(QStringLiteral("apiKey"))->value.isEmpty());

        DesignDocument document;
        document.variables = base;
        document.variableSets = edited.first().at(1).value<QList<VariableSet>>();
        QVERIFY(!document.toYaml().contains(secretValue));
        QVERIFY(document.toYaml().contains(QLatin1String("apiKey")));

        // The dry run still gets the value.
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("apikey"))->value, secretValue);
        QVERIFY(panel.secretOverrides().find(QStringLiteral("apikey"))->secret);

        // Opening the editor again and leaving it empty keeps the value.
        typeInto(table, value, QString());
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("apiKey"))->value, secretValue);
    }

    void markingAValueSecret_takesItOutOfTheDocument()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        VariableSet base;
        base.set(QStringLiteral("password"), secretValue);
        panel.setDocumentVariables(base, {});
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        const int row = panel.baseModel()->rowOf(QStringLiteral("password"));
        QVERIFY(panel.baseModel()->setData(panel.baseModel()->index(row, VariablesModel::SecretColumn), Qt::Checked,
                                           Qt::CheckStateRole));
        QCOMPARE(edited.size(), 1);
        DesignDocument document;
        document.variables = edited.first().first().value<VariableSet>();
        QVERIFY(!document.toYaml().contains(secretValue));
        for (const QString &text : allTexts(panel.baseModel()))
            QVERIFY(!text.contains(secretValue));
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("password"))->value, secretValue);
    }

    void secretValues_surviveTheDocumentRoundTripUntilForgotten()
    {
        VariablesPanel panel;
        panel.setDocumentVariables(baseSet(), devAndProd());
        const int row = panel.baseModel()->rowOf(QStringLiteral("apiKey"));
        QVERIFY(panel.baseModel()->setData(panel.baseModel()->index(row, VariablesModel::ValueColumn), secretValue));
        // The main window stores what the panel emits and may hand it back (undo, reload).
        panel.setDocumentVariables(panel.baseVariables(), panel.variableSets());
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("apiKey"))->value, secretValue);
        panel.forgetSecretValues();
        QVERIFY(!panel.secretOverrides().contains(QStringLiteral("apiKey")));
    }

    void setSecretValue_givesADeclaredSecretItsSessionValue()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.baseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        VariableSet prod(QStringLiteral("prod"));
        prod.set(QStringLiteral("token"), QString(), true);
        panel.setDocumentVariables(baseSet(), {prod});
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        QVERIFY(!panel.setSecretValue(QStringLiteral("deploymentId"), secretValue)); // not secret
        QVERIFY(!panel.setSecretValue(QStringLiteral("nope"), secretValue));
        QVERIFY(panel.setSecretValue(QStringLiteral("APIKEY"), secretValue));
        QVERIFY(panel.setSecretValue(QStringLiteral("token"), QStringLiteral("prod-token"), QStringLiteral("prod")));
        QCOMPARE(edited.size(), 0);
        const int row = panel.baseModel()->rowOf(QStringLiteral("apiKey"));
        QCOMPARE(panel.baseModel()->index(row, VariablesModel::ValueColumn).data().toString(), VariablesModel::mask());
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("apiKey"))->value, secretValue);
        QVERIFY(!panel.secretOverrides().contains(QStringLiteral("token")));
        panel.setCurrentSetName(QStringLiteral("prod"));
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("token"))->value, QStringLiteral("prod-token"));
        QCOMPARE(panel.variableSets(), QList<VariableSet> {prod});
    }

    void secretWithoutSessionValue_takesTheEnvironmentLikeTheCli()
    {
        qputenv("RESTGATE_SECRET_APIKEY", "from-env");
        VariablesPanel panel;
        panel.setDocumentVariables(baseSet(), {});
        qunsetenv("RESTGATE_SECRET_APIKEY");
        QVERIFY(!panel.secretOverrides().contains(QStringLiteral("apiKey")));
        qputenv("RESTGATE_SECRET_APIKEY", "from-env");
        QCOMPARE(panel.secretOverrides().find(QStringLiteral("apiKey"))->value, QStringLiteral("from-env"));
        qunsetenv("RESTGATE_SECRET_APIKEY");
    }

    void switchingSets_showsTheSetAndKeepsChoosersInStep()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.setModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), devAndProd());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.currentSetName(), QString());
        QCOMPARE(panel.setModel()->rowCount(), 0);
        QVERIFY(panel.findChild<QTableView *>(QStringLiteral("setTable"))->isHidden());

        QSignalSpy changed(&panel, &VariablesPanel::currentSetChanged);
        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("setCombo"));
        QCOMPARE(combo->count(), 3);
        std::unique_ptr<QComboBox> toolbar(panel.createSetChooser(nullptr));
        QCOMPARE(toolbar->count(), 3);

        panel.setCurrentSetName(QStringLiteral("PROD"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("prod"));
        QCOMPARE(combo->currentText(), QStringLiteral("prod"));
        QCOMPARE(toolbar->currentText(), QStringLiteral("prod"));
        QVERIFY(!panel.findChild<QTableView *>(QStringLiteral("setTable"))->isHidden());
        QCOMPARE(panel.setModel()->index(0, VariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("example.com"));

        // Choosing in the toolbar's combo switches the panel, as a user does it.
        toolbar->show();
        QVERIFY(QTest::qWaitForWindowExposed(toolbar.get()));
        QTest::keyClick(toolbar.get(), Qt::Key_Up);
        QCOMPARE(panel.currentSetName(), QStringLiteral("dev"));
        QCOMPARE(changed.last().first().toString(), QStringLiteral("dev"));
        QCOMPARE(combo->currentText(), QStringLiteral("dev"));
        QCOMPARE(panel.setModel()->index(0, VariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("dev.example.com"));

        // Editing the current set changes that set only.
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        QVERIFY(panel.setModel()->setData(panel.setModel()->index(0, VariablesModel::ValueColumn),
                                          QStringLiteral("dev2.example.com")));
        const auto sets = edited.last().at(1).value<QList<VariableSet>>();
        QCOMPARE(sets.at(0).name(), QStringLiteral("dev"));
        QCOMPARE(sets.at(0).find(QStringLiteral("host"))->value, QStringLiteral("dev2.example.com"));
        QCOMPARE(sets.at(1), devAndProd().at(1));
        QCOMPARE(edited.last().at(0).value<VariableSet>(), baseSet());

        panel.setCurrentSetName(QString());
        QCOMPARE(changed.last().first().toString(), QString());
        QCOMPARE(toolbar->currentIndex(), 0);
    }

    void setManagement_addRenameDelete()
    {
        VariablesPanel panel;
        QAbstractItemModelTester tester(panel.setModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocumentVariables(baseSet(), devAndProd());
        QSignalSpy edited(&panel, &VariablesPanel::variablesEdited);
        QSignalSpy changed(&panel, &VariablesPanel::currentSetChanged);
        QString error;
        QVERIFY(!panel.addSet(QStringLiteral("Dev"), &error));
        QVERIFY(error.contains(QLatin1String("dev")));
        QVERIFY(!panel.addSet(QStringLiteral("  "), &error));
        QCOMPARE(edited.size(), 0);

        QVERIFY(panel.addSet(QStringLiteral("qa"), &error));
        QCOMPARE(panel.setNames(), (QStringList {"dev", "prod", "qa"}));
        QCOMPARE(panel.currentSetName(), QStringLiteral("qa"));
        QCOMPARE(changed.last().first().toString(), QStringLiteral("qa"));
        QCOMPARE(edited.last().at(1).value<QList<VariableSet>>().last().name(), QStringLiteral("qa"));

        QVERIFY(panel.setModel()->addVariable().isValid());
        QVERIFY(!panel.renameSet(QStringLiteral("qa"), QStringLiteral("PROD"), &error));
        QVERIFY(panel.renameSet(QStringLiteral("qa"), QStringLiteral("staging"), &error));
        QCOMPARE(panel.currentSetName(), QStringLiteral("staging"));
        const auto renamed = edited.last().at(1).value<QList<VariableSet>>();
        QCOMPARE(renamed.last().name(), QStringLiteral("staging"));
        QVERIFY(renamed.last().contains(QStringLiteral("variable1")));
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("setCombo"))->currentText(), QStringLiteral("staging"));

        QVERIFY(panel.removeSet(QStringLiteral("staging")));
        QCOMPARE(panel.currentSetName(), QString());
        QCOMPARE(changed.last().first().toString(), QString());
        QCOMPARE(edited.last().at(1).value<QList<VariableSet>>(), devAndProd());
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("setCombo"))->count(), 3);
    }

    void reopenedDocumentWithoutTheCurrentSet_fallsBackToBase()
    {
        VariablesPanel panel;
        panel.setDocumentVariables(baseSet(), devAndProd());
        panel.setCurrentSetName(QStringLiteral("prod"));
        QSignalSpy changed(&panel, &VariablesPanel::currentSetChanged);
        panel.setDocumentVariables(baseSet(), {devAndProd().first()});
        QCOMPARE(panel.currentSetName(), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.setNames(), QStringList {"dev"});
    }
};

QTEST_MAIN(TestVariablesPanel)
#include "tst_variablespanel.moc"
