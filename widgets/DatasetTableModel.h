#pragma once

#include "engine/data/Dataset.h"

#include <QAbstractTableModel>

#include <memory>

namespace crucible {

/// The rows of a dataset as a table. Virtual: a cell's text is made when the view asks for it,
/// so a million-row dataset costs nothing beyond its columns. Thread: GUI.
class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DatasetTableModel(QObject* parent = nullptr);

    /// Shows `dataset` (may be null); `target` is marked in the header.
    void setDataset(std::shared_ptr<const Dataset> dataset, const QString& target);
    const Dataset* dataset() const { return m_dataset.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Dataset> m_dataset;
    QString m_target;
};

} // namespace crucible
