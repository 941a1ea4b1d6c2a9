#include "app/dialogs/connectionsdialog.h"

#include "app/dialogs/runonlysecretdialog.h"
#include "core/design/azureconnectionsettings.h"
#include "secrets/connectiontest.h"
#include "secrets/credentialresolver.h"
#include "secrets/secretstore.h"
#include "ui_connectionsdialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace RestGate {

using Authentication = AzureConnectionSettings::Authentication;
using Environment = AzureConnectionSettings::Environment;

namespace {

enum Page
{
    EmptyPage,
    GenericPage,
    AzureRmPage,
    AzureDevOpsPage
};

Page pageFor(ServiceConnection::Type type)
{
    switch (type) {
    case ServiceConnection::Type::Generic:
        return GenericPage;
    case ServiceConnection::Type::AzureRM:
        return AzureRmPage;
    case ServiceConnection::Type::AzureDevOps:
        return AzureDevOpsPage;
    }
    return EmptyPage;
}

QString typeLabel(ServiceConnection::Type type)
{
    switch (type) {
    case ServiceConnection::Type::Generic:
        return ConnectionsDialog::tr("Generic");
    case ServiceConnection::Type::AzureRM:
        return ConnectionsDialog::tr("Azure Resource Manager");
    case ServiceConnection::Type::AzureDevOps:
        return ConnectionsDialog::tr("Azure DevOps");
    }
    return {};
}

QString environmentLabel(Environment environment)
{
    switch (environment) {
    case Environment::AzureCloud:
        return ConnectionsDialog::tr("Azure Cloud");
    case Environment::AzureUSGovernment:
        return ConnectionsDialog::tr("Azure US Government");
    case Environment::AzureChinaCloud:
        return ConnectionsDialog::tr("Azure China Cloud");
    case Environment::Custom:
        return ConnectionsDialog::tr("Custom (Azure Stack, private cloud)");
    }
    return {};
}

QString authenticationLabel(Authentication authentication)
{
    switch (authentication) {
    case Authentication::ServicePrincipalSecret:
        return ConnectionsDialog::tr("Service principal secret");
    case Authentication::AzureCli:
        return ConnectionsDialog::tr("Azure CLI (az login)");
    case Authentication::AccessToken:
        return ConnectionsDialog::tr("Access token");
    case Authentication::PersonalAccessToken:
        return ConnectionsDialog::tr("Personal access token");
    }
    return {};
}

/// What the secret field holds, for labels and sentences: "password", "client secret", "personal access token".
QString secretNoun(ServiceConnection::Type type, SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return ConnectionsDialog::tr("password");
    case SecretKind::ClientSecret:
        return ConnectionsDialog::tr("client secret");
    case SecretKind::Token:
        return type == ServiceConnection::Type::AzureDevOps ? ConnectionsDialog::tr("personal access token")
                                                            : ConnectionsDialog::tr("access token");
    case SecretKind::SecretVariable:
        break;
    }
    return ConnectionsDialog::tr("secret");
}

void fillCombo(QComboBox *combo, const QList<std::pair<QString, int>> &items)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
}

void selectData(QComboBox *combo, int value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

} // namespace

ConnectionsDialog::ConnectionsDialog(const QList<ServiceConnection> &connections, SecretStore *store,
                                     CredentialResolver *resolver, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_store(store)
    , m_resolver(resolver)
    , m_tester(new ConnectionTester(this))
{
    ui->setupUi(this);

    auto *addMenu = new QMenu(this);
    for (ServiceConnection::Type type :
         {ServiceConnection::Type::Generic, ServiceConnection::Type::AzureRM, ServiceConnection::Type::AzureDevOps}) {
        addMenu->addAction(typeLabel(type), this, [this, type] { addConnection(type); });
    }
    ui->addButton->setMenu(addMenu);

    QList<std::pair<QString, int>> environments;
    for (Environment e :
         {Environment::AzureCloud, Environment::AzureUSGovernment, Environment::AzureChinaCloud, Environment::Custom})
        environments.append({environmentLabel(e), int(e)});
    fillCombo(ui->environmentCombo, environments);
    const auto authentications = [](ConnectionKind kind) {
        QList<std::pair<QString, int>> items;
        for (Authentication a : AzureConnectionSettings::authenticationsFor(kind))
            items.append({authenticationLabel(a), int(a)});
        return items;
    };
    fillCombo(ui->rmAuthenticationCombo, authentications(ConnectionKind::AzureRM));
    fillCombo(ui->devOpsAuthenticationCombo, authentications(ConnectionKind::AzureDevOps));

    for (const ServiceConnection &connection : connections)
        m_rows.append(Row {connection, connection.name, {}, {}});
    for (const Row &row : std::as_const(m_rows))
        ui->connectionList->addItem(row.connection.name);

    connect(ui->connectionList, &QListWidget::currentRowChanged, this, &ConnectionsDialog::loadRow);
    connect(ui->duplicateButton, &QPushButton::clicked, this, &ConnectionsDialog::duplicateCurrent);
    connect(ui->deleteButton, &QPushButton::clicked, this, &ConnectionsDialog::deleteCurrent);
    connect(ui->clearSecretButton, &QPushButton::clicked, this, &ConnectionsDialog::clearSecret);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionsDialog::startTest);
    connect(ui->secretEdit, &QLineEdit::textEdited, this, &ConnectionsDialog::onSecretEdited);
    for (QLineEdit *edit :
         {ui->nameEdit, ui->serverUrlEdit, ui->usernameEdit, ui->resourceManagerUrlEdit, ui->authorityHostEdit,
          ui->tenantEdit, ui->subscriptionEdit, ui->clientIdEdit, ui->organizationUrlEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionsDialog::storeEdits);
    for (QComboBox *combo : {ui->environmentCombo, ui->rmAuthenticationCombo, ui->devOpsAuthenticationCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::storeEdits);

    if (m_rows.isEmpty())
        loadRow(-1);
    else
        ui->connectionList->setCurrentRow(0);
}

ConnectionsDialog::~ConnectionsDialog()
{
    // Their finished() would reach a half-destroyed dialog.
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
        m_test->deleteLater();
    }
    if (m_stepJob) {
        m_stepJob->disconnect(this);
        m_stepJob->cancel();
        m_stepJob->deleteLater();
    }
}

// ---- the list -----------------------------------------------------------------------------------------------

QList<ServiceConnection> ConnectionsDialog::connections() const
{
    QList<ServiceConnection> result;
    for (const Row &row : m_rows) {
        ServiceConnection connection = row.connection;
        // The name-based id follows the name; writing the old one down keeps the keychain entries reachable.
        if (connection.id.isEmpty() && StableId::fromName(connection.name) != StableId::fromName(row.originalName))
            connection.id = effectiveId(row);
        result.append(connection);
    }
    return result;
}

QHash<QString, QString> ConnectionsDialog::renamedConnections() const
{
    QHash<QString, QString> renamed;
    for (const Row &row : m_rows) {
        if (!row.originalName.isEmpty() && row.originalName != row.connection.name)
            renamed.insert(row.originalName, row.connection.name);
    }
    return renamed;
}

bool ConnectionsDialog::selectConnection(const QString &name)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).connection.name.compare(name, Qt::CaseInsensitive) == 0) {
            ui->connectionList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

int ConnectionsDialog::currentRow() const
{
    const int row = ui->connectionList->currentRow();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

QString ConnectionsDialog::effectiveId(const Row &row)
{
    const QString id = StableId::normalized(row.connection.id);
    return id.isEmpty() ? StableId::fromName(row.originalName.isEmpty() ? row.connection.name : row.originalName) : id;
}

ServiceConnection ConnectionsDialog::resolvable(const Row &row)
{
    ServiceConnection connection = row.connection;
    connection.id = effectiveId(row);
    return connection;
}

SecretKey ConnectionsDialog::currentSecretKey() const
{
    const int row = currentRow();
    if (row < 0)
        return {};
    return RunOnlySecretDialog::secretKeyFor(resolvable(m_rows.at(row)));
}

QString ConnectionsDialog::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        for (const Row &row : m_rows) {
            if (row.connection.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

void ConnectionsDialog::addConnection(ServiceConnection::Type type)
{
    QString base = QStringLiteral("generic");
    if (type == ServiceConnection::Type::AzureRM)
        base = QStringLiteral("azure-rm");
    else if (type == ServiceConnection::Type::AzureDevOps)
        base = QStringLiteral("azure-devops");
    ServiceConnection connection = ServiceConnection::create(uniqueName(base), type, QString());
    connection.id = StableId::create();
    m_rows.append(Row {connection, {}, {}, {}});
    ui->connectionList->addItem(connection.name);
    ui->connectionList->setCurrentRow(int(m_rows.size() - 1));
    ui->nameEdit->setFocus();
    ui->nameEdit->selectAll();
}

void ConnectionsDialog::duplicateCurrent()
{
    const int current = currentRow();
    if (current < 0)
        return;
    const Row &source = m_rows.at(current);
    Row copy;
    copy.connection = source.connection;
    copy.connection.name = uniqueName(source.connection.name + tr("-copy"));
    copy.connection.id = StableId::create();
    copy.copiedFromId = effectiveId(source);
    copy.copiedFromName = source.connection.name;
    // Secrets typed but not yet saved for the source belong to the copy as well.
    const QString sourceId = effectiveId(source);
    const QList<PendingSecret> pending = m_pending.values();
    for (const PendingSecret &p : pending) {
        if (p.key.ownerId == sourceId) {
            PendingSecret mine = p;
            mine.key.ownerId = copy.connection.id;
            m_pending.insert(mine.key.entryName(), mine);
        }
    }
    m_rows.append(copy);
    ui->connectionList->addItem(copy.connection.name);
    ui->connectionList->setCurrentRow(int(m_rows.size() - 1));
}

void ConnectionsDialog::setNetworkSettings(const NetworkSettings &settings)
{
    m_tester->setNetworkSettings(settings);
}

void ConnectionsDialog::setTaskUsage(const QHash<QString, int> &tasksByConnection)
{
    m_taskUsage.clear();
    for (auto it = tasksByConnection.cbegin(); it != tasksByConnection.cend(); ++it)
        m_taskUsage[it.key().toCaseFolded()] += it.value();
}

void ConnectionsDialog::deleteCurrent()
{
    const int current = currentRow();
    if (current < 0)
        return;
    // Tasks refer to the name they had when the dialog opened; a connection added here has no tasks yet.
    const Row &candidate = m_rows.at(current);
    const int users = candidate.originalName.isEmpty() ? 0 : m_taskUsage.value(candidate.originalName.toCaseFolded());
    if (users > 0
        && QMessageBox::question(this, tr("Delete connection"),
                                 tr("%n task(s) use the connection “%1”. Delete it anyway? They will refer to a "
                                    "connection the design no longer has, and cannot be sent until you choose "
                                    "another.",
                                    nullptr, users)
                                     .arg(candidate.connection.name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const Row row = m_rows.takeAt(current);
    const QString id = effectiveId(row);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->key.ownerId == id)
            it = m_pending.erase(it);
        else
            ++it;
    }
    if (!row.originalName.isEmpty())
        m_deletedIds.append(id);
    delete ui->connectionList->takeItem(current);
    loadRow(currentRow());
}

void ConnectionsDialog::refreshListItem(int row)
{
    if (QListWidgetItem *item = ui->connectionList->item(row))
        item->setText(m_rows.at(row).connection.name);
}

// ---- the editor ---------------------------------------------------------------------------------------------

void ConnectionsDialog::loadRow(int row)
{
    m_loading = true;
    ui->testResultLabel->clear();
    const bool valid = row >= 0 && row < m_rows.size();
    ui->duplicateButton->setEnabled(valid);
    ui->deleteButton->setEnabled(valid);
    ui->nameEdit->setEnabled(valid);
    ui->testButton->setEnabled(valid && !m_test);
    if (!valid) {
        ui->nameEdit->clear();
        ui->kindLabel->clear();
        ui->editorStack->setCurrentIndex(EmptyPage);
        ui->secretGroup->hide();
        m_loading = false;
        return;
    }
    const ServiceConnection &c = m_rows.at(row).connection;
    ui->nameEdit->setText(c.name);
    ui->kindLabel->setText(typeLabel(c.type));
    ui->editorStack->setCurrentIndex(pageFor(c.type));
    ui->serverUrlEdit->setText(c.url);
    ui->usernameEdit->setText(c.username);
    ui->organizationUrlEdit->setText(c.url);
    selectData(ui->environmentCombo, int(c.azure.environment));
    ui->resourceManagerUrlEdit->setText(c.azure.resourceManagerUrl);
    ui->authorityHostEdit->setText(c.azure.authorityHost);
    ui->tenantEdit->setText(c.azure.tenantId);
    ui->subscriptionEdit->setText(c.azure.subscriptionId);
    ui->clientIdEdit->setText(c.azure.clientId);
    selectData(ui->rmAuthenticationCombo, int(c.azure.authentication));
    selectData(ui->devOpsAuthenticationCombo, int(c.azure.authentication));
    updateEditorVisibility();
    m_loading = false;
}

void ConnectionsDialog::storeEdits()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    ServiceConnection &c = m_rows[row].connection;
    c.name = ui->nameEdit->text().trimmed();
    switch (c.type) {
    case ServiceConnection::Type::Generic:
        c.url = ui->serverUrlEdit->text().trimmed();
        c.username = ui->usernameEdit->text();
        break;
    case ServiceConnection::Type::AzureRM: {
        const Environment environment = Environment(ui->environmentCombo->currentData().toInt());
        // An explicit URL would override the environment's Resource Manager endpoint, which the user just chose.
        if (environment != c.azure.environment)
            c.url.clear();
        c.azure.environment = environment;
        c.azure.resourceManagerUrl =
            c.azure.environment == Environment::Custom ? ui->resourceManagerUrlEdit->text().trimmed() : QString();
        c.azure.authorityHost =
            c.azure.environment == Environment::Custom ? ui->authorityHostEdit->text().trimmed() : QString();
        c.azure.tenantId = ui->tenantEdit->text().trimmed();
        c.azure.subscriptionId = ui->subscriptionEdit->text().trimmed();
        c.azure.authentication = Authentication(ui->rmAuthenticationCombo->currentData().toInt());
        c.azure.clientId = c.azure.authentication == Authentication::ServicePrincipalSecret
            ? ui->clientIdEdit->text().trimmed()
            : QString();
        break;
    }
    case ServiceConnection::Type::AzureDevOps:
        c.url = ui->organizationUrlEdit->text().trimmed();
        c.azure.authentication = Authentication(ui->devOpsAuthenticationCombo->currentData().toInt());
        break;
    }
    refreshListItem(row);
    updateEditorVisibility();
}

void ConnectionsDialog::updateEditorVisibility()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ServiceConnection &c = m_rows.at(row).connection;
    const bool custom = c.azure.environment == Environment::Custom;
    ui->resourceManagerUrlEdit->setEnabled(custom);
    ui->authorityHostEdit->setEnabled(custom);
    const bool servicePrincipal = c.azure.authentication == Authentication::ServicePrincipalSecret;
    ui->clientIdLabel->setVisible(servicePrincipal);
    ui->clientIdEdit->setVisible(servicePrincipal);

    const SecretKey key = currentSecretKey();
    ui->secretGroup->setVisible(key.isValid());
    if (!key.isValid())
        return;
    const QString noun = secretNoun(c.type, key.kind);
    ui->secretLabel->setText(tr("&%1:").arg(noun.at(0).toUpper() + noun.mid(1)));
    ui->secretEdit->setAccessibleName(noun.at(0).toUpper() + noun.mid(1));
    const auto pending = m_pending.constFind(key.entryName());
    {
        const QSignalBlocker blocker(ui->secretEdit);
        ui->secretEdit->setText(pending != m_pending.constEnd() && pending->value ? *pending->value : QString());
    }
    if (!m_stored.contains(key.entryName()) && m_rows.at(row).copiedFromId.isEmpty()) {
        if (m_rows.at(row).originalName.isEmpty())
            m_stored.insert(key.entryName(), Stored {StoredState::NotStored, {}, false});
        else
            queryStored(key);
    }
    updateSecretStatus();
}

void ConnectionsDialog::queryStored(const SecretKey &key)
{
    const QString entry = key.entryName();
    m_stored.insert(entry, Stored {});
    SecretJob *job = m_store->read(key);
    connect(job, &SecretJob::finished, job, &QObject::deleteLater);
    connect(job, &SecretJob::finished, this, [this, entry](const SecretResult &result) {
        Stored stored;
        stored.sessionOnly = result.sessionOnly;
        if (result.ok())
            stored.state = StoredState::Stored;
        else if (result.status == SecretResult::Status::NotFound)
            stored.state = StoredState::NotStored;
        else {
            stored.state = StoredState::Error;
            stored.message = result.shown();
        }
        m_stored.insert(entry, stored);
        if (currentSecretKey().entryName() == entry)
            updateSecretStatus();
    });
}

void ConnectionsDialog::updateSecretStatus()
{
    const int row = currentRow();
    const SecretKey key = currentSecretKey();
    if (row < 0 || !key.isValid())
        return;
    const Row &r = m_rows.at(row);
    const QString noun = secretNoun(r.connection.type, key.kind);
    const auto pending = m_pending.constFind(key.entryName());
    const Stored stored = m_stored.value(key.entryName());
    QString text;
    bool canClear = false;
    if (pending != m_pending.constEnd()) {
        text = pending->value ? tr("The new %1 is stored in the OS keychain when you click OK.").arg(noun)
                              : tr("The stored %1 is removed from the OS keychain when you click OK.").arg(noun);
        canClear = bool(pending->value);
    } else if (!r.copiedFromId.isEmpty()) {
        text = tr("The %1 of '%2', if one is stored, is copied to this connection when you click OK.")
                   .arg(noun, r.copiedFromName);
        canClear = true;
    } else {
        switch (stored.state) {
        case StoredState::Checking:
            text = tr("Checking the OS keychain…");
            break;
        case StoredState::Stored:
            text = stored.sessionOnly ? tr("A %1 is kept in memory for this run only.").arg(noun)
                                      : tr("A %1 is stored in the OS keychain.").arg(noun);
            canClear = true;
            break;
        case StoredState::NotStored:
            text = r.connection.type == ServiceConnection::Type::Generic
                ? tr("No %1 is stored; requests are sent with an empty one.").arg(noun)
                : tr("No %1 is stored.").arg(noun);
            break;
        case StoredState::Error:
            text = tr("The OS keychain cannot be read: %1").arg(stored.message);
            break;
        }
    }
    ui->secretStatusLabel->setText(text);
    ui->clearSecretButton->setEnabled(canClear);
    if (stored.state != StoredState::Checking || pending != m_pending.constEnd())
        Q_EMIT secretStatusShown();
}

void ConnectionsDialog::onSecretEdited(const QString &text)
{
    const SecretKey key = currentSecretKey();
    if (!key.isValid())
        return;
    if (text.isEmpty())
        m_pending.remove(key.entryName());
    else
        m_pending.insert(key.entryName(), PendingSecret {key, text});
    updateSecretStatus();
}

void ConnectionsDialog::clearSecret()
{
    const int row = currentRow();
    const SecretKey key = currentSecretKey();
    if (row < 0 || !key.isValid())
        return;
    {
        const QSignalBlocker blocker(ui->secretEdit);
        ui->secretEdit->clear();
    }
    // A duplicate's secret is only copied on OK: clearing it means not copying it, and removing what came over.
    m_pending.insert(key.entryName(), PendingSecret {key, std::nullopt});
    updateSecretStatus();
}

// ---- Test ---------------------------------------------------------------------------------------------------

void ConnectionsDialog::startTest()
{
    const int row = currentRow();
    if (row < 0 || m_test)
        return;
    const Row &r = m_rows.at(row);
    ServiceConnection connection = resolvable(r);
    CredentialResolver *resolver = m_resolver;
    const SecretKey key = currentSecretKey();
    const auto pending = key.isValid() ? m_pending.constFind(key.entryName()) : m_pending.constEnd();
    if (pending != m_pending.constEnd()) {
        // What the user typed (or cleared) counts, without saving it first: a memory-only store holds it.
        delete m_testResolver;
        delete m_testStore;
        m_testStore = new SecretStore(this);
        m_testStore->setBackend(SecretStore::Backend::SessionMemory);
        m_testResolver = new CredentialResolver(m_testStore, m_resolver->tokens(), this);
        m_testResolver->setEnvironmentOverride(m_resolver->environmentOverride());
        if (pending->value) {
            SecretJob *job = m_testStore->write(key, *pending->value);
            connect(job, &SecretJob::finished, job, &QObject::deleteLater);
        }
        resolver = m_testResolver;
    } else if (!r.copiedFromId.isEmpty()) {
        connection.id = r.copiedFromId;
    }
    ui->testButton->setEnabled(false);
    ui->testResultLabel->setText(tr("Testing…"));
    m_test = m_tester->test(connection, resolver);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionsDialog::showTestResult);
}

void ConnectionsDialog::showTestResult(const ConnectionTestResult &result)
{
    if (m_test)
        m_test->deleteLater();
    m_test = nullptr;
    ui->testButton->setEnabled(currentRow() >= 0);
    ui->testResultLabel->setText(result.message);
    Q_EMIT testFinished(result);
}

// ---- OK -----------------------------------------------------------------------------------------------------

QString ConnectionsDialog::validationProblem(int *badRow) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        *badRow = i;
        const QString &name = m_rows.at(i).connection.name;
        if (name.isEmpty())
            return tr("A connection needs a name.");
        for (int j = 0; j < i; ++j) {
            if (m_rows.at(j).connection.name.compare(name, Qt::CaseInsensitive) == 0)
                return tr("Two connections are named '%1'; Azure DevOps tells names apart ignoring case, so each "
                          "needs its own.")
                    .arg(name);
        }
    }
    *badRow = -1;
    return {};
}

void ConnectionsDialog::accept()
{
    if (m_stepJob)
        return;
    int badRow = -1;
    const QString problem = validationProblem(&badRow);
    if (!problem.isEmpty()) {
        ui->connectionList->setCurrentRow(badRow);
        ui->problemLabel->setText(problem);
        Q_EMIT applyFailed(problem);
        return;
    }
    // Copies first (a duplicate starts from what the source had stored), then what was typed or cleared, then
    // the entries of deleted connections, so that nothing is left behind.
    m_steps.clear();
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.copiedFromId.isEmpty()) {
            const QString from = row.copiedFromId;
            const QString to = effectiveId(row);
            m_steps.append([this, from, to] { return m_store->copyOwner(from, to); });
        }
    }
    for (const PendingSecret &pending : std::as_const(m_pending)) {
        const PendingSecret p = pending;
        m_steps.append([this, p] { return p.value ? m_store->write(p.key, *p.value) : m_store->remove(p.key); });
    }
    for (const QString &id : std::as_const(m_deletedIds))
        m_steps.append([this, id] { return m_store->removeOwner(id); });
    setBusy(true);
    runNextStep();
}

void ConnectionsDialog::runNextStep()
{
    if (m_steps.isEmpty()) {
        setBusy(false);
        m_pending.clear();
        m_deletedIds.clear();
        QDialog::accept();
        return;
    }
    m_stepJob = m_steps.first()();
    connect(m_stepJob, &SecretJob::finished, this, [this](const SecretResult &result) {
        m_stepJob->deleteLater();
        m_stepJob = nullptr;
        if (result.ok() || result.status == SecretResult::Status::NotFound) {
            m_steps.removeFirst();
            runNextStep();
            return;
        }
        stepFailed(result);
    });
}

void ConnectionsDialog::stepFailed(const SecretResult &result)
{
    if (result.status == SecretResult::Status::NoSecretService
        && m_store->backend() == SecretStore::Backend::Keychain) {
        const int row = currentRow();
        auto *ask = new RunOnlySecretDialog(row >= 0 ? m_rows.at(row).connection.name : QString(), SecretKind::Password,
                                            result.shown(), false, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("No keychain available"));
        connect(ask, &QDialog::finished, this, [this, result](int answer) {
            if (answer == QDialog::Accepted) {
                m_store->setBackend(SecretStore::Backend::SessionMemory);
                runNextStep();
                return;
            }
            setBusy(false);
            ui->problemLabel->setText(result.shown());
            Q_EMIT applyFailed(result.shown());
        });
        ask->open();
        return;
    }
    setBusy(false);
    const QString message = tr("Saving the secrets failed: %1").arg(result.shown());
    ui->problemLabel->setText(message);
    Q_EMIT applyFailed(message);
}

void ConnectionsDialog::setBusy(bool busy)
{
    ui->buttons->setEnabled(!busy);
    ui->connectionList->setEnabled(!busy);
    ui->editorStack->setEnabled(!busy);
    ui->secretGroup->setEnabled(!busy);
    ui->addButton->setEnabled(!busy);
    if (busy)
        ui->problemLabel->setText(tr("Saving the secrets in the OS keychain…"));
    else
        ui->problemLabel->clear();
}

} // namespace RestGate
