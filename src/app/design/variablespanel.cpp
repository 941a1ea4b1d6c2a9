#include "app/design/variablespanel.h"

#include "secrets/secretkey.h"
#include "ui_variablespanel.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <functional>

namespace RestGate {

namespace {

QString folded(const QString &name)
{
    return name.toCaseFolded();
}

/// Names must stay usable as `$(name)`: no blanks, no '$', '(' or ')'.
bool isUsableName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('$') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            return false;
    }
    return true;
}

constexpr char nameEditorProperty[] = "restgateNameEditor";

/// Enter on a cell that is not being edited edits the row's value (a name only when the value cannot be edited),
/// and Insert adds a variable: the table works from the keyboard like a spreadsheet.
class TableKeys final : public QObject
{
public:
    TableKeys(QTableView *table, std::function<void()> add)
        : QObject(table)
        , m_table(table)
        , m_add(std::move(add))
    {
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        // Keys an open editor did not take bubble up to the table: those are not meant for it.
        if (object != m_table || event->type() != QEvent::KeyPress || QApplication::focusWidget() != m_table)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Insert) {
            m_add();
            return true;
        }
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return false;
        QModelIndex target = current.siblingAtColumn(VariablesModel::ValueColumn);
        if (!(target.flags() & Qt::ItemIsEditable))
            target = current;
        if (!(target.flags() & Qt::ItemIsEditable))
            return false;
        m_table->setCurrentIndex(target);
        m_table->edit(target);
        return true;
    }

private:
    QTableView *m_table;
    std::function<void()> m_add;
};

/// Secret values are typed blind: the editor never echoes them and never starts with the old value.
/// Enter in a name goes on to its value, as Tab does: a new variable is name, then value.
class SecretAwareDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QLineEdit *>(object);
        if (editor && event->type() == QEvent::KeyPress && editor->property(nameEditorProperty).toBool()) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::EditNextItem);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setProperty(nameEditorProperty, index.column() == VariablesModel::NameColumn);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.data(VariablesModel::SecretRole).toBool()) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(index.data(VariablesModel::HasValueRole).toBool()
                                         ? VariablesPanel::tr("Type a new secret value")
                                         : VariablesPanel::tr("Type the secret value"));
        }
        return editor;
    }
};

} // namespace

VariablesModel::VariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

VariablesModel::~VariablesModel() = default;

QString VariablesModel::mask()
{
    return QStringLiteral("••••");
}

void VariablesModel::setReadOnlyVariables(const VariableSet &variables)
{
    beginResetModel();
    m_readOnly = variables.variables();
    endResetModel();
}

void VariablesModel::setVariables(const VariableSet &variables, const QHash<QString, QString> &secretValues)
{
    QList<Variable> shown = variables.variables();
    for (Variable &variable : shown) {
        if (variable.secret && variable.value.isEmpty())
            variable.value = secretValues.value(folded(variable.name));
    }
    // The document echoes every edit back: a reset would close the editor Tab just opened and scroll to the top.
    if (shown == m_variables)
        return;
    if (shown.size() == m_variables.size()) {
        m_variables = shown;
        if (!m_variables.isEmpty())
            Q_EMIT dataChanged(index(int(m_readOnly.size()), NameColumn), index(rowCount() - 1, SecretColumn));
        return;
    }
    beginResetModel();
    m_variables = shown;
    endResetModel();
}

VariableSet VariablesModel::variables() const
{
    VariableSet set;
    for (const Variable &variable : m_variables)
        set.set(variable.name, variable.secret ? QString() : variable.value, variable.secret);
    return set;
}

QHash<QString, QString> VariablesModel::secretValues() const
{
    QHash<QString, QString> values;
    for (const Variable &variable : m_variables) {
        if (variable.secret && !variable.value.isEmpty())
            values.insert(folded(variable.name), variable.value);
    }
    return values;
}

int VariablesModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        if (m_variables.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(m_readOnly.size() + i);
    }
    return -1;
}

const Variable *VariablesModel::variableAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_readOnly.size())
        return &m_readOnly.at(row);
    const qsizetype editable = row - m_readOnly.size();
    return editable < m_variables.size() ? &m_variables.at(editable) : nullptr;
}

bool VariablesModel::isNameTaken(const QString &name, int exceptRow) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (row != exceptRow && variableAt(row)->name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QModelIndex VariablesModel::addVariable()
{
    QString name;
    for (int n = 1;; ++n) {
        name = QStringLiteral("variable%1").arg(n);
        if (!isNameTaken(name, -1))
            break;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_variables.append(Variable {name, QString(), false});
    endInsertRows();
    Q_EMIT variablesEdited();
    return index(row, NameColumn);
}

bool VariablesModel::removeVariableAt(int row)
{
    const qsizetype editable = row - m_readOnly.size();
    if (editable < 0 || editable >= m_variables.size())
        return false;
    beginRemoveRows({}, row, row);
    m_variables.removeAt(editable);
    endRemoveRows();
    Q_EMIT variablesEdited();
    return true;
}

bool VariablesModel::setSecretValue(const QString &name, const QString &value)
{
    const int row = rowOf(name);
    if (row < 0 || !m_variables.at(row - m_readOnly.size()).secret)
        return false;
    m_variables[row - m_readOnly.size()].value = value;
    Q_EMIT dataChanged(index(row, NameColumn), index(row, SecretColumn));
    return true;
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_readOnly.size() + m_variables.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    const Variable *variable = index.isValid() && checkIndex(index) ? variableAt(index.row()) : nullptr;
    if (!variable)
        return {};
    const bool readOnly = index.row() < m_readOnly.size();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return variable->name;
        if (index.column() == ValueColumn) {
            if (!variable->secret)
                return variable->value;
            return variable->value.isEmpty() ? tr("(no value this session)") : mask();
        }
        return {};
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return variable->name;
        if (index.column() == ValueColumn)
            return variable->secret ? QString() : variable->value;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == SecretColumn)
            return variable->secret ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (readOnly)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == ValueColumn && variable->secret && variable->value.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (readOnly)
            return tr("Set by the dry run as Azure Pipelines sets it; read-only.");
        if (variable->secret)
            return tr("Secret: the value is kept in memory for this session only and never saved.");
        return {};
    case ReadOnlyRole:
        return readOnly;
    case SecretRole:
        return variable->secret;
    case HasValueRole:
        return !variable->value.isEmpty();
    default:
        return {};
    }
}

bool VariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.row() < m_readOnly.size())
        return false;
    Variable &variable = m_variables[index.row() - m_readOnly.size()];
    if (index.column() == NameColumn && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (!isUsableName(name) || isNameTaken(name, index.row()))
            return false;
        if (name == variable.name)
            return true;
        variable.name = name;
    } else if (index.column() == ValueColumn && role == Qt::EditRole) {
        // A secret's editor starts empty; leaving it empty keeps the value instead of wiping it unseen.
        if (variable.secret && value.toString().isEmpty())
            return true;
        if (value.toString() == variable.value)
            return true;
        variable.value = value.toString();
    } else if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (secret == variable.secret)
            return true;
        variable.secret = secret;
        // The value column changes its text (mask) with the flag.
        Q_EMIT dataChanged(this->index(index.row(), NameColumn), this->index(index.row(), SecretColumn));
        Q_EMIT variablesEdited();
        return true;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT variablesEdited();
    return true;
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    if (index.row() < m_readOnly.size())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SecretColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

VariablesPanel::VariablesPanel(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::VariablesPanel>())
    , m_baseModel(new VariablesModel(this))
    , m_setModel(new VariablesModel(this))
    , m_setChoices(new QStandardItemModel(this))
    , m_system(VariableSet::systemDefaults())
{
    ui->setupUi(this);
    m_baseModel->setReadOnlyVariables(m_system);
    for (QTableView *table : {ui->baseTable, ui->setTable}) {
        table->setItemDelegate(new SecretAwareDelegate(table));
        table->verticalHeader()->hide();
    }
    ui->baseTable->setModel(m_baseModel);
    ui->setTable->setModel(m_setModel);
    for (QTableView *table : {ui->baseTable, ui->setTable}) {
        table->horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(VariablesModel::SecretColumn, QHeaderView::ResizeToContents);
        // Typing on a cell starts editing it, as in a spreadsheet; Tab moves on to the next cell.
        table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
        table->setTabKeyNavigation(true);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        // Enough rows to work in even in a low dock; the table takes whatever height the dock has beyond that.
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                                + 4 * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    }
    ui->baseTable->installEventFilter(new TableKeys(ui->baseTable, [this] { ui->addBaseButton->click(); }));
    ui->setTable->installEventFilter(new TableKeys(ui->setTable, [this] { ui->addSetVariableButton->click(); }));

    connect(m_baseModel, &VariablesModel::variablesEdited, this, &VariablesPanel::emitEdited);
    connect(m_setModel, &VariablesModel::variablesEdited, this, [this] {
        const qsizetype index = indexOfSet(m_currentSet);
        if (index < 0)
            return;
        VariableSet edited = m_setModel->variables();
        edited.setName(m_sets.at(index).variables.name());
        m_sets[index] = SetState {edited, m_setModel->secretValues()};
        emitEdited();
    });

    connect(ui->addBaseButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_baseModel->addVariable();
        ui->baseTable->setCurrentIndex(index);
        ui->baseTable->edit(index);
    });
    connect(ui->removeBaseButton, &QPushButton::clicked, this,
            [this] { m_baseModel->removeVariableAt(ui->baseTable->currentIndex().row()); });
    connect(ui->addSetVariableButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_setModel->addVariable();
        ui->setTable->setCurrentIndex(index);
        ui->setTable->edit(index);
    });
    connect(ui->removeSetVariableButton, &QPushButton::clicked, this,
            [this] { m_setModel->removeVariableAt(ui->setTable->currentIndex().row()); });
    connect(ui->addSetButton, &QPushButton::clicked, this, &VariablesPanel::promptAddSet);
    connect(ui->renameSetButton, &QPushButton::clicked, this, &VariablesPanel::promptRenameSet);
    connect(ui->deleteSetButton, &QPushButton::clicked, this, &VariablesPanel::confirmRemoveSet);
    for (QTableView *table : {ui->baseTable, ui->setTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &VariablesPanel::updateButtons);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &VariablesPanel::updateButtons);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &VariablesPanel::updateButtons);
    }

    ui->setCombo->setModel(m_setChoices);
    m_choosers.append(ui->setCombo);
    connect(ui->setCombo, &QComboBox::activated, this,
            [this](int index) { setCurrentSetName(ui->setCombo->itemData(index).toString()); });

    rebuildSetChoices();
    showCurrentSet();
}

VariablesPanel::~VariablesPanel()
{
    // Closing the window commits an open editor into the models; nothing may reach this half-destroyed panel.
    for (QTableView *table : {ui->baseTable, ui->setTable}) {
        disconnect(table->model(), nullptr, this, nullptr);
        disconnect(table->selectionModel(), nullptr, this, nullptr);
    }
}

void VariablesPanel::setDocumentVariables(const VariableSet &base, const QList<VariableSet> &sets)
{
    // Undo may add or remove rows (a reset): the user stays where they were in each table.
    struct Place
    {
        QTableView *table;
        int row;
        int column;
        int scroll;
    };
    QList<Place> places;
    for (QTableView *table : {ui->baseTable, ui->setTable})
        places.append(
            {table, table->currentIndex().row(), table->currentIndex().column(), table->verticalScrollBar()->value()});
    m_baseModel->setVariables(base, m_baseModel->secretValues());
    QList<SetState> states;
    for (const VariableSet &set : sets) {
        const qsizetype old = indexOfSet(set.name());
        SetState state {set, old >= 0 ? m_sets.at(old).secretValues : QHash<QString, QString>()};
        // A secret value handed in with the variables belongs to the session, not to the stored set.
        for (const Variable &variable : set.variables()) {
            if (variable.secret && !variable.value.isEmpty()) {
                state.secretValues.insert(folded(variable.name), variable.value);
                state.variables.set(variable.name, QString(), true);
            }
        }
        states.append(state);
    }
    m_sets = states;
    rebuildSetChoices();
    const QString previous = m_currentSet;
    if (indexOfSet(m_currentSet) < 0)
        m_currentSet.clear();
    showCurrentSet();
    for (const Place &place : std::as_const(places)) {
        QAbstractItemModel *model = place.table->model();
        if (place.row >= 0 && !place.table->currentIndex().isValid() && model->rowCount() > 0) {
            place.table->setCurrentIndex(model->index(qMin(place.row, model->rowCount() - 1), place.column));
            place.table->verticalScrollBar()->setValue(place.scroll);
        }
    }
    if (previous != m_currentSet)
        Q_EMIT currentSetChanged(m_currentSet);
}

VariableSet VariablesPanel::baseVariables() const
{
    return m_baseModel->variables();
}

QList<VariableSet> VariablesPanel::variableSets() const
{
    QList<VariableSet> sets;
    for (const SetState &state : m_sets)
        sets.append(state.variables); // secret values are kept apart, in SetState::secretValues
    return sets;
}

QStringList VariablesPanel::setNames() const
{
    QStringList names;
    for (const SetState &state : m_sets)
        names.append(state.variables.name());
    return names;
}

bool VariablesPanel::setSecretValue(const QString &name, const QString &value, const QString &setName)
{
    if (setName.isEmpty())
        return m_baseModel->setSecretValue(name, value);
    const qsizetype index = indexOfSet(setName);
    if (index < 0)
        return false;
    const Variable *variable = m_sets.at(index).variables.find(name);
    if (!variable || !variable->secret)
        return false;
    m_sets[index].secretValues.insert(folded(variable->name), value);
    if (index == indexOfSet(m_currentSet))
        m_setModel->setSecretValue(name, value);
    return true;
}

void VariablesPanel::forgetSecretValues()
{
    m_baseModel->setVariables(m_baseModel->variables());
    for (SetState &state : m_sets)
        state.secretValues.clear();
    showCurrentSet();
}

VariableSet VariablesPanel::secretOverrides() const
{
    VariableSet overrides;
    const auto addSecrets = [&overrides](const VariableSet &declared, const QHash<QString, QString> &values) {
        for (const Variable &variable : declared.variables()) {
            if (!variable.secret)
                continue;
            const auto session = values.constFind(folded(variable.name));
            if (session != values.constEnd()) {
                overrides.set(variable.name, *session, true);
            } else if (const std::optional<QString> env = SecretEnvironment::value(variable.name)) {
                overrides.set(variable.name, *env, true);
            }
        }
    };
    addSecrets(m_baseModel->variables(), m_baseModel->secretValues());
    if (const qsizetype index = indexOfSet(m_currentSet); index >= 0)
        addSecrets(m_sets.at(index).variables, m_sets.at(index).secretValues);
    return overrides;
}

void VariablesPanel::setSystemVariables(const VariableSet &system)
{
    m_system = system;
    m_baseModel->setReadOnlyVariables(system);
}

void VariablesPanel::setCurrentSetName(const QString &name)
{
    const qsizetype index = indexOfSet(name);
    const QString current = index >= 0 ? m_sets.at(index).variables.name() : QString();
    if (current == m_currentSet) {
        syncChoosers();
        return;
    }
    m_currentSet = current;
    showCurrentSet();
    Q_EMIT currentSetChanged(m_currentSet);
}

QComboBox *VariablesPanel::createSetChooser(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Current variable set"));
    combo->setToolTip(ui->setCombo->toolTip());
    combo->setModel(m_setChoices);
    connect(combo, &QComboBox::activated, this,
            [this, combo](int index) { setCurrentSetName(combo->itemData(index).toString()); });
    m_choosers.append(combo);
    syncChoosers();
    return combo;
}

bool VariablesPanel::addSet(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!checkSetName(trimmed, -1, error))
        return false;
    m_sets.append(SetState {VariableSet(trimmed), {}});
    rebuildSetChoices();
    emitEdited();
    Q_EMIT setNamesChanged(setNames());
    setCurrentSetName(trimmed);
    return true;
}

bool VariablesPanel::renameSet(const QString &from, const QString &to, QString *error)
{
    const qsizetype index = indexOfSet(from);
    const QString trimmed = to.trimmed();
    if (index < 0) {
        if (error)
            *error = tr("There is no variable set named “%1”.").arg(from);
        return false;
    }
    if (!checkSetName(trimmed, index, error))
        return false;
    const bool wasCurrent = m_sets.at(index).variables.name() == m_currentSet;
    m_sets[index].variables.setName(trimmed);
    if (wasCurrent)
        m_currentSet = trimmed;
    rebuildSetChoices();
    showCurrentSet();
    emitEdited();
    Q_EMIT setNamesChanged(setNames());
    if (wasCurrent)
        Q_EMIT currentSetChanged(m_currentSet);
    return true;
}

bool VariablesPanel::removeSet(const QString &name)
{
    const qsizetype index = indexOfSet(name);
    if (index < 0)
        return false;
    const bool wasCurrent = m_sets.at(index).variables.name() == m_currentSet;
    m_sets.removeAt(index);
    if (wasCurrent)
        m_currentSet.clear();
    rebuildSetChoices();
    showCurrentSet();
    emitEdited();
    Q_EMIT setNamesChanged(setNames());
    if (wasCurrent)
        Q_EMIT currentSetChanged(m_currentSet);
    return true;
}

void VariablesPanel::promptAddSet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New variable set"), tr("Name of the set (e.g. dev, prod):"),
                                               QLineEdit::Normal, QString(), &ok);
    QString error;
    if (ok && !addSet(name, &error))
        QMessageBox::warning(this, tr("New variable set"), error);
}

void VariablesPanel::promptRenameSet()
{
    if (m_currentSet.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename variable set"), tr("New name:"), QLineEdit::Normal, m_currentSet, &ok);
    QString error;
    if (ok && !renameSet(m_currentSet, name, &error))
        QMessageBox::warning(this, tr("Rename variable set"), error);
}

void VariablesPanel::confirmRemoveSet()
{
    if (m_currentSet.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete variable set"),
                              tr("Delete the variable set “%1” and its variables?").arg(m_currentSet))
        == QMessageBox::Yes)
        removeSet(m_currentSet);
}

qsizetype VariablesPanel::indexOfSet(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        if (m_sets.at(i).variables.name().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool VariablesPanel::checkSetName(const QString &name, qsizetype exceptIndex, QString *error) const
{
    QString problem;
    const qsizetype existing = indexOfSet(name);
    if (name.isEmpty())
        problem = tr("A variable set needs a name.");
    else if (existing >= 0 && existing != exceptIndex)
        problem = tr("There already is a variable set named “%1”.").arg(m_sets.at(existing).variables.name());
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

void VariablesPanel::rebuildSetChoices()
{
    // Combos follow the user through activated(), so the index changes of this rebuild mean nothing to them.
    m_setChoices->clear();
    auto *base = new QStandardItem(tr("(none: base variables only)"));
    base->setData(QString(), Qt::UserRole);
    m_setChoices->appendRow(base);
    for (const SetState &state : m_sets) {
        auto *item = new QStandardItem(state.variables.name());
        item->setData(state.variables.name(), Qt::UserRole);
        m_setChoices->appendRow(item);
    }
    syncChoosers();
}

void VariablesPanel::syncChoosers()
{
    const qsizetype index = indexOfSet(m_currentSet);
    const int row = index < 0 ? 0 : int(index) + 1;
    m_choosers.removeAll(nullptr);
    for (const QPointer<QComboBox> &combo : std::as_const(m_choosers)) {
        const QSignalBlocker blocker(combo.data());
        combo->setCurrentIndex(row);
    }
}

void VariablesPanel::showCurrentSet()
{
    const qsizetype index = indexOfSet(m_currentSet);
    if (index >= 0) {
        m_setModel->setVariables(m_sets.at(index).variables, m_sets.at(index).secretValues);
        ui->setVariablesLabel->setText(
            tr("&Variables of set “%1” (they override the base ones):").arg(m_sets.at(index).variables.name()));
    } else {
        m_setModel->setVariables(VariableSet());
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(ui->setVariablesLabel), static_cast<QWidget *>(ui->setTable),
          static_cast<QWidget *>(ui->addSetVariableButton), static_cast<QWidget *>(ui->removeSetVariableButton)})
        widget->setVisible(index >= 0);
    syncChoosers();
    updateButtons();
}

void VariablesPanel::emitEdited()
{
    Q_EMIT variablesEdited(baseVariables(), variableSets());
}

void VariablesPanel::updateButtons()
{
    const bool hasSet = !m_currentSet.isEmpty();
    ui->renameSetButton->setEnabled(hasSet);
    ui->deleteSetButton->setEnabled(hasSet);
    const QModelIndex base = ui->baseTable->currentIndex();
    ui->removeBaseButton->setEnabled(base.isValid() && !base.data(VariablesModel::ReadOnlyRole).toBool());
    ui->removeSetVariableButton->setEnabled(ui->setTable->currentIndex().isValid());
}

} // namespace RestGate
