#pragma once

#include "engine/registry/RegistryTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>

namespace crucible {

/// The versions of one registered model as a table, newest first: version, created, run, the
/// test metrics (one column per metric any version has; validation metrics when none has a test
/// metric) and the aliases pointing at each version (drawn as badges by RegistryBadgeDelegate).
/// Thread: GUI.
class RegistryVersionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The version number of a row (int), for every column.
    static constexpr int VersionRole = Qt::UserRole + 1;
    /// The aliases of a row (QStringList), for every column.
    static constexpr int AliasesRole = Qt::UserRole + 2;
    /// The raw value for sorting and comparing (a double for metrics), for every column.
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit RegistryVersionModel(QObject* parent = nullptr);

    /// Replaces the versions (oldest first, as ModelRegistry::versions() gives them) and the
    /// model's aliases (alias -> version): rows of versions gone are removed, new ones
    /// inserted, the rest updated in place; a reset only when the metric columns change.
    void setVersions(const QList<RegisteredVersion>& versions, const QMap<QString, int>& aliases);

    /// The version in `row`, or nullptr.
    const RegisteredVersion* versionAt(int row) const;
    /// The row of `version`, or -1.
    int rowOf(int version) const;
    /// The aliases pointing at `version`, sorted.
    QStringList aliasesOf(int version) const;
    /// The metric keys shown as columns.
    QStringList metricColumns() const { return m_metrics; }
    /// The column that shows the aliases.
    int aliasColumn() const { return columnCount() - 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const RegisteredVersion& version, int column) const;

    QList<RegisteredVersion> m_versions; ///< newest first
    QMap<QString, int> m_aliases;
    QStringList m_metrics;
};

} // namespace crucible
