#include "app/design/designoverview.h"

#include "core/request/preparedrequest.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace RestGate {

DesignOverview::DesignOverview(QWidget *parent)
    : QWidget(parent)
    , m_connections(new QListWidget(this))
    , m_sets(new QListWidget(this))
{
    auto *connectionsTitle = new QLabel(tr("Service &connections"), this);
    connectionsTitle->setBuddy(m_connections);
    m_connections->setObjectName(QStringLiteral("connectionList"));
    m_connections->setAccessibleName(tr("Service connections"));
    auto *manageButton = new QPushButton(tr("&Manage…"), this);
    manageButton->setAccessibleName(tr("Manage service connections"));

    auto *setsTitle = new QLabel(tr("Variable s&ets"), this);
    setsTitle->setBuddy(m_sets);
    m_sets->setObjectName(QStringLiteral("variableSetList"));
    m_sets->setAccessibleName(tr("Variable sets"));
    m_sets->setToolTip(tr("The set a dry run uses (checked). Activate one to use it and edit it below."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(connectionsTitle);
    layout->addWidget(m_connections, 1);
    layout->addWidget(manageButton, 0, Qt::AlignRight);
    layout->addWidget(setsTitle);
    layout->addWidget(m_sets, 1);

    connect(manageButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_connections->currentItem();
        Q_EMIT manageConnectionsRequested(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_connections, &QListWidget::itemActivated, this, [this](const QListWidgetItem *item) {
        Q_EMIT manageConnectionsRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_sets, &QListWidget::itemActivated, this,
            [this](const QListWidgetItem *item) { Q_EMIT variableSetActivated(item->data(Qt::UserRole).toString()); });
}

void DesignOverview::setConnections(const QList<ServiceConnection> &connections)
{
    const QString selected =
        m_connections->currentItem() ? m_connections->currentItem()->data(Qt::UserRole).toString() : QString();
    m_connections->clear();
    for (const ServiceConnection &connection : connections) {
        auto *item = new QListWidgetItem(connection.name, m_connections);
        item->setData(Qt::UserRole, connection.name);
        item->setToolTip(QStringLiteral("%1 · %2").arg(ServiceConnection::typeLabel(connection.type),
                                                       RequestBuilder::baseUrl(connection)));
        if (connection.name == selected)
            m_connections->setCurrentItem(item);
    }
}

void DesignOverview::setVariableSets(const QStringList &names, const QString &current)
{
    m_sets->clear();
    for (const QString &name : QStringList {QString()} + names) {
        auto *item = new QListWidgetItem(name.isEmpty() ? tr("(base variables only)") : name, m_sets);
        item->setData(Qt::UserRole, name);
        if (name == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setText(QStringLiteral("✓ ") + item->text());
            m_sets->setCurrentItem(item);
        }
    }
}

} // namespace RestGate
