#include "RegistryVersionModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {

constexpr int kFixedColumns = 3; // version, created, run

/// Test metrics when any version has one, else validation metrics, else everything.
QStringList chooseMetrics(const QList<RegisteredVersion>& versions)
{
    QStringList all;
    for (const RegisteredVersion& version : versions) {
        for (auto it = version.metrics.begin(); it != version.metrics.end(); ++it) {
            if (it.value().isDouble() && !all.contains(it.key()))
                all << it.key();
        }
    }
    all.sort();
    for (const char* prefix : {"test_", "val_"}) {
        QStringList chosen;
        for (const QString& key : std::as_const(all)) {
            if (key.startsWith(QLatin1String(prefix)))
                chosen << key;
        }
        if (!chosen.isEmpty())
            return chosen;
    }
    return all;
}

} // namespace

RegistryVersionModel::RegistryVersionModel(QObject* parent) : QAbstractTableModel(parent)
{ }

void RegistryVersionModel::setVersions(const QList<RegisteredVersion>& versions, const QMap<QString, int>& aliases)
{
    QList<RegisteredVersion> next = versions;
    std::reverse(next.begin(), next.end());
    const QStringList metrics = chooseMetrics(versions);
    if (metrics != m_metrics) { // other columns: nothing to keep
        beginResetModel();
        m_versions = next;
        m_aliases = aliases;
        m_metrics = metrics;
        endResetModel();
        return;
    }
    // Both lists run newest first with unique numbers: drop the versions that went, then
    // merge the new ones in, so that a selection and the scroll position stay.
    auto has = [](const QList<RegisteredVersion>& list, int version) {
        return std::any_of(list.begin(), list.end(),
                           [version](const RegisteredVersion& v) { return v.version == version; });
    };
    for (int row = int(m_versions.size()) - 1; row >= 0; --row) {
        if (!has(next, m_versions[row].version)) {
            beginRemoveRows({}, row, row);
            m_versions.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_versions.size() && m_versions[row].version == next[row].version) {
            m_versions[row] = next[row];
            continue;
        }
        beginInsertRows({}, row, row);
        m_versions.insert(row, next[row]);
        endInsertRows();
    }
    m_aliases = aliases; // an alias that moved changes two rows' badges
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_versions.size()) - 1, columnCount() - 1));
}

const RegisteredVersion* RegistryVersionModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

int RegistryVersionModel::rowOf(int version) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions[row].version == version)
            return row;
    }
    return -1;
}

QStringList RegistryVersionModel::aliasesOf(int version) const
{
    QStringList aliases;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it) {
        if (it.value() == version)
            aliases << it.key();
    }
    return aliases;
}

int RegistryVersionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int RegistryVersionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_metrics.size()) + 1;
}

QVariant RegistryVersionModel::displayValue(const RegisteredVersion& version, int column) const
{
    if (column == 0)
        return QStringLiteral("v%1").arg(version.version);
    if (column == 1)
        return QLocale().toString(version.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (column == 2)
        return version.runId.isEmpty() ? tr("—", "no run") : version.runId;
    if (column == aliasColumn())
        return aliasesOf(version.version).join(QStringLiteral(", "));
    const QJsonValue value = version.metrics.value(m_metrics.value(column - kFixedColumns));
    if (!value.isDouble())
        return tr("—", "no metric value");
    return QLocale().toString(value.toDouble(), 'f', 4);
}

QVariant RegistryVersionModel::data(const QModelIndex& index, int role) const
{
    const RegisteredVersion* version = index.isValid() ? versionAt(index.row()) : nullptr;
    if (!version)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*version, column);
    case Qt::ToolTipRole:
        if (column == 2)
            return version->runId.isEmpty() ? tr("Imported without a run") : tr("Run %1").arg(version->runId);
        if (column == 1)
            return QLocale().toString(version->createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= kFixedColumns && column != aliasColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VersionRole:
        return version->version;
    case AliasesRole:
        return aliasesOf(version->version);
    case SortRole:
        if (column >= kFixedColumns && column != aliasColumn()) {
            const QJsonValue value = version->metrics.value(m_metrics.value(column - kFixedColumns));
            return value.isDouble() ? value.toDouble() : std::nan("");
        }
        return displayValue(*version, column);
    default:
        return {};
    }
}

QVariant RegistryVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Version");
    case 1:
        return tr("Created");
    case 2:
        return tr("Run");
    default:
        break;
    }
    if (section == aliasColumn())
        return tr("Aliases");
    return m_metrics.value(section - kFixedColumns);
}

} // namespace crucible
