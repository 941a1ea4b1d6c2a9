#pragma once

#include "core/design/variables.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QStandardItemModel;

namespace Ui {
class VariablesPanel;
}

namespace RestGate {

/// One variable set as a table: name, value, secret flag. Read-only rows (the dry run's `system.*` variables) may
/// come first, greyed. Secret values live only in this model's memory: the display and edit texts never carry
/// them (a secret shows as ••••, its editor starts empty), and variables() leaves them out.
class VariablesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesModel)

public:
    enum Columns
    {
        NameColumn,
        ValueColumn,
        SecretColumn,
        ColumnCount
    };
    enum Roles
    {
        ReadOnlyRole = Qt::UserRole + 1, ///< bool: a system variable, not editable
        SecretRole, ///< bool: the variable is secret
        HasValueRole, ///< bool: the variable has a value (for secrets: one kept for this session)
    };

    explicit VariablesModel(QObject *parent = nullptr);
    ~VariablesModel() override;

    /// The text shown instead of a secret value.
    static QString mask();

    void setReadOnlyVariables(const VariableSet &variables);
    /// Shows `variables`; a secret one without a value takes the one `secretValues` has for its name (case-folded).
    void setVariables(const VariableSet &variables, const QHash<QString, QString> &secretValues = {});
    /// The editable variables as the document keeps them: secret ones without their value.
    VariableSet variables() const;
    /// The secret values kept for this session, by case-folded name (only secrets that have one).
    QHash<QString, QString> secretValues() const;
    int readOnlyRowCount() const { return int(m_readOnly.size()); }
    /// The row of an editable variable, or -1.
    int rowOf(const QString &name) const;

    /// Appends a variable with a fresh name ("variable1", ...) and returns its name cell, for editing.
    QModelIndex addVariable();
    bool removeVariableAt(int row);
    /// Sets the session value of a secret variable without emitting variablesEdited(). False if it is not secret.
    bool setSecretValue(const QString &name, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user changed, added or removed a variable (not emitted by the setters).
    void variablesEdited();

private:
    const Variable *variableAt(int row) const;
    bool isNameTaken(const QString &name, int exceptRow) const;

    QList<Variable> m_readOnly;
    QList<Variable> m_variables; ///< secret ones with their session value, never written anywhere
};

/// Edits a document's dry-run variables: the base `variables:` and the named sets layered over them, and chooses
/// the current set. The `system.*` variables a dry run provides are listed read-only so users see what
/// `$(System.…)` expands to.
///
/// Secret values are kept in memory for this session only (the panel says so): the document and the signals carry
/// secret variables without a value, so they never reach the design file, the autosave, QSettings or a log.
/// The design document has no stable id to hang keychain entries off, so they are not put into the keychain either.
/// What the main window does:
///  - setDocumentVariables() when a document is opened or its variables change outside the panel (undo);
///  - forgetSecretValues() first when a different document is opened;
///  - on variablesEdited(), store base and sets in the document;
///  - when running, pass currentSetName() and secretOverrides() to RunInput::fromDocument (as the set name and the
///    overrides), and systemVariables() as the system layer (or call setSystemVariables() with its own).
class VariablesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesPanel)

public:
    explicit VariablesPanel(QWidget *parent = nullptr);
    ~VariablesPanel() override;

    /// Shows a document's variables. Session values of secret variables that are still declared (same set, same
    /// name) are kept; the current set stays if the document still has it, else it becomes the base ("").
    void setDocumentVariables(const VariableSet &base, const QList<VariableSet> &sets);
    /// The base variables and sets as the document stores them (secret variables without values).
    VariableSet baseVariables() const;
    QList<VariableSet> variableSets() const;
    QStringList setNames() const;

    /// Gives a declared secret variable of the base (`setName` empty) or of a set its value for this session, e.g.
    /// the bearer token CurlImportDialog moved into a secret variable. False when no such secret variable exists.
    /// Changes nothing the document stores, so variablesEdited() is not emitted.
    bool setSecretValue(const QString &name, const QString &value, const QString &setName = {});
    /// Drops every secret value kept for this session (another document is opened).
    void forgetSecretValues();
    /// The secret variables of the base and the current set, with their values: the session's, else
    /// RESTGATE_SECRET_<NAME> from the environment as restgate-cli takes it. For RunInput's overrides.
    VariableSet secretOverrides() const;

    /// The `system.*` variables shown (and used by the dry run). Default: VariableSet::systemDefaults().
    VariableSet systemVariables() const { return m_system; }
    void setSystemVariables(const VariableSet &system);

    /// "" means the base variables only.
    QString currentSetName() const { return m_currentSet; }
    /// Unknown names select the base variables.
    void setCurrentSetName(const QString &name);
    /// A combo box that chooses the current set, kept in step with the panel's own (e.g. for a toolbar).
    QComboBox *createSetChooser(QWidget *parent);

    /// Set management; false with a sentence in `error` for an empty or taken name. Emit variablesEdited().
    bool addSet(const QString &name, QString *error = nullptr);
    bool renameSet(const QString &from, const QString &to, QString *error = nullptr);
    bool removeSet(const QString &name);

    VariablesModel *baseModel() const { return m_baseModel; }
    /// The current set's variables (empty while the base is current).
    VariablesModel *setModel() const { return m_setModel; }

public Q_SLOTS:
    /// Ask for a name, then addSet() / renameSet(); ask for confirmation, then removeSet().
    void promptAddSet();
    void promptRenameSet();
    void confirmRemoveSet();

Q_SIGNALS:
    void currentSetChanged(const QString &name);
    /// The user edited variables or sets: everything as the document should store it (secrets without values).
    void variablesEdited(const RestGate::VariableSet &base, const QList<RestGate::VariableSet> &sets);
    /// Sets were added, renamed or removed.
    void setNamesChanged(const QStringList &names);

private:
    struct SetState
    {
        VariableSet variables; ///< as the document stores it
        QHash<QString, QString> secretValues; ///< by case-folded name
    };

    qsizetype indexOfSet(const QString &name) const;
    bool checkSetName(const QString &name, qsizetype exceptIndex, QString *error) const;
    void rebuildSetChoices();
    void syncChoosers();
    void showCurrentSet();
    void emitEdited();
    void updateButtons();

    std::unique_ptr<Ui::VariablesPanel> ui;
    VariablesModel *m_baseModel;
    VariablesModel *m_setModel;
    QStandardItemModel *m_setChoices;
    QList<QPointer<QComboBox>> m_choosers;
    VariableSet m_system;
    QList<SetState> m_sets;
    QString m_currentSet;
};

} // namespace RestGate
