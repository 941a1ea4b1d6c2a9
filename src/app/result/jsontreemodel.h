#pragma once

#include "core/json/jsondocument.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <optional>

namespace RestGate {

/// A response body as a tree: one row `root`, below it the members and elements as the server's JObject holds them
/// (one row per key, at its first position, with its last value). Children are fetched in batches as a view asks
/// (canFetchMore/fetchMore), so an array of a million elements costs nothing until it is expanded and scrolled.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Columns
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Roles
    {
        PathRole = Qt::UserRole + 1, ///< root['a'][0]: the node as criteria address it
        CriteriaRole, ///< a criteria that holds for the node as it is now (Expression::criteriaFor)
    };

    /// Rows added per fetchMore(): enough to fill a screen, few enough to stay instant.
    static constexpr int fetchBatch = 256;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows `document` (nothing when it is empty or failed to parse).
    void setDocument(const Json::Document &document);
    const Json::Document &document() const { return m_document; }

    /// The row of `path`, fetching whatever lies on the way; invalid when the body has no such value.
    QModelIndex indexForPath(const QList<Json::PathStep> &path);
    /// root['it''s']['k'][0] → {it's, k, 0}; nullopt when `path` is not in that canonical form.
    static std::optional<QList<Json::PathStep>> parsePath(const QString &path);

    Json::Value valueAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    /// Fetches children of `node` until it has at least `rows` of them (or all).
    void fetchUpTo(Node *node, qsizetype rows);
    QString pathOf(const Node *node) const;

    Json::Document m_document;
    std::unique_ptr<Node> m_root; ///< invisible; its one child is the body's root value
    /// Views react to modelReset and rowsInserted by fetching; rows inserted while those signals are still being
    /// delivered confuse them, so fetching waits until the change is over.
    bool m_changing = false;
};

} // namespace RestGate
