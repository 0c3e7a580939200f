#include "DatasetTableModel.h"

#include <QFont>
#include <QPalette>

namespace crucible {

DatasetTableModel::DatasetTableModel(QObject* parent) : QAbstractTableModel(parent)
{ }

void DatasetTableModel::setDataset(std::shared_ptr<const Dataset> dataset, const QString& target)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_target = target;
    endResetModel();
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    // Qt's views count rows in int; larger datasets show their first 2^31 - 1 rows.
    return int(std::min<std::int64_t>(m_dataset->rowCount(), std::numeric_limits<int>::max()));
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->columns.size());
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_dataset || !index.isValid())
        return {};
    const Column& column = m_dataset->columns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return column.displayValue(index.row());
    case Qt::TextAlignmentRole:
        return column.hasNumbers() && column.type != ColumnType::Boolean ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return column.isMissing(index.row()) ? tr("missing") : QVariant();
    case Qt::BackgroundRole:
        return column.isMissing(index.row()) ? QVariant(QPalette().color(QPalette::AlternateBase)) : QVariant();
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_dataset)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= int(m_dataset->columns.size()))
        return {};
    const Column& column = m_dataset->columns[size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return column.name == m_target ? tr("%1 (target)").arg(column.name) : column.name;
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(column.name, columnTypeName(column.type));
    case Qt::FontRole:
        if (column.name == m_target) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace crucible
