#include "jsontreemodel.h"

#include "displaytext.h"

namespace dtdb::document {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setValue(Value value)
{
    setValue(std::make_shared<const Value>(std::move(value)));
}

void JsonTreeModel::setValue(std::shared_ptr<const Value> value)
{
    beginResetModel();
    m_value = std::move(value);
    m_root = std::make_unique<Node>();
    m_root->value = m_value.get();
    endResetModel();
}

int JsonTreeModel::childCount(const Node &node)
{
    if (!node.value) return 0;
    if (node.value->is_object() || node.value->is_array()) return int(node.value->size());
    return node.parent ? 0 : 1;
}

void JsonTreeModel::populate(Node &node) const
{
    if (node.populated) return;
    node.populated = true;
    const Value &v = *node.value;
    const auto add = [&](const Value *value, const std::string *key) {
        auto child = std::make_unique<Node>();
        child->value = value;
        child->key = key;
        child->parent = &node;
        child->row = int(node.children.size());
        node.children.push_back(std::move(child));
    };
    if (v.is_object()) {
        node.children.reserve(v.size());
        for (const auto &[key, value] : v.get_ref<const Value::object_t &>())
            add(&value, &key);
    } else if (v.is_array()) {
        node.children.reserve(v.size());
        for (const Value &element : v)
            add(&element, nullptr);
    } else if (!node.parent) {
        add(&v, nullptr);
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) return {};
    Node *node = nodeOf(parent);
    populate(*node);
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get()) return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) return 0;
    return childCount(*nodeOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Node &node = *nodeOf(index);
    const Value &v = *node.value;
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && !v.is_structured())
        return compactText(v, 4000);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case KeyColumn:
        if (node.key) return QString::fromStdString(*node.key);
        if (node.parent != m_root.get() || m_value->is_structured())
            return QStringLiteral("[%1]").arg(node.row);
        return {};
    case ValueColumn:
        if (v.is_object()) return tr("{%n member(s)}", nullptr, int(v.size()));
        if (v.is_array()) return tr("[%n element(s)]", nullptr, int(v.size()));
        return compactText(v);
    case TypeColumn:
        return jsonTypeName(v);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace dtdb::document
