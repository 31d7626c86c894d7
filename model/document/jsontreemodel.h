#pragma once

#include "value.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace dtdb::document {

// A read-only tree over one JSON value: columns key / value / type. The nodes of a level are
// made the first time the view asks for that level, so a large value costs only what is
// expanded.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // The rows are the members of an object or the elements of an array; any other value is
    // one row of its own (without a key).
    void setValue(std::shared_ptr<const Value> value);
    void setValue(Value value);
    void clear() { setValue(std::shared_ptr<const Value>()); }
    const Value *value() const { return m_value.get(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        const Value *value = nullptr;
        const std::string *key = nullptr; // null for array elements and the lone scalar row
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    void populate(Node &node) const;
    static int childCount(const Node &node);

    std::shared_ptr<const Value> m_value;
    // The root stands for the value itself; a scalar is its root's one child. Children are
    // made lazily by const accessors, hence mutable nodes behind a const model.
    std::unique_ptr<Node> m_root;
};

} // namespace dtdb::document
