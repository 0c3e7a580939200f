#include "ParamsTableModel.h"

#include "RunTableModel.h"

#include "CompareModel.h"
#include "MetricChart.h"

#include <QFont>
#include <QIcon>
#include <QPixmap>
#include <QSet>

namespace crucible {

ParamsTableModel::ParamsTableModel(QObject* parent) : QAbstractTableModel(parent)
{ }

void ParamsTableModel::setRuns(std::vector<RunRecord> runs, const CompareModel* colors)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_colors.clear();
    for (const RunRecord& run : m_runs)
        m_colors << (colors ? colors->colorOf(run.id) : MetricChart::colorFor(run.id));
    m_allRows.clear();
    QSet<QString> params;
    QSet<QString> metrics;
    for (const RunRecord& run : m_runs) {
        for (auto it = run.params.constBegin(); it != run.params.constEnd(); ++it)
            params.insert(it.key());
        for (auto it = run.metrics.constBegin(); it != run.metrics.constEnd(); ++it)
            metrics.insert(it.key());
    }
    QStringList paramKeys(params.begin(), params.end());
    QStringList metricKeys(metrics.begin(), metrics.end());
    paramKeys.sort();
    metricKeys.sort();
    auto add = [this](const QString& title, const QString& name) {
        if (auto field = RunField::parse(name))
            m_allRows.push_back({title, *field, false});
    };
    add(tr("status"), QStringLiteral("status"));
    add(tr("dataset"), QStringLiteral("dataset"));
    for (const QString& key : std::as_const(paramKeys))
        add(key, QStringLiteral("params.`%1`").arg(key));
    for (const QString& key : std::as_const(metricKeys)) {
        add(tr("%1 (best)").arg(key), QStringLiteral("metrics.`%1`.best").arg(key));
        add(tr("%1 (last)").arg(key), QStringLiteral("metrics.`%1`.last").arg(key));
    }
    for (Row& row : m_allRows) {
        QSet<QString> values;
        for (const RunRecord& run : m_runs)
            values.insert(row.field.valueOf(run).display());
        row.differs = values.size() > 1;
    }
    rebuild();
    endResetModel();
}

void ParamsTableModel::setOnlyDiffering(bool only)
{
    if (only == m_onlyDiffering)
        return;
    beginResetModel();
    m_onlyDiffering = only;
    rebuild();
    endResetModel();
}

void ParamsTableModel::rebuild()
{
    m_rows.clear();
    for (const Row& row : m_allRows) {
        if (!m_onlyDiffering || row.differs)
            m_rows.push_back(&row);
    }
}

QStringList ParamsTableModel::rowFields() const
{
    QStringList fields;
    for (const Row* row : m_rows)
        fields << row->field.name();
    return fields;
}

int ParamsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParamsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant ParamsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size() || size_t(index.column()) >= m_runs.size())
        return {};
    const Row& row = *m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // The status in words of the user's language, as the Runs page shows it.
        if (row.field.name() == QLatin1String("status"))
            return RunTableModel::statusText(m_runs[size_t(index.column())].status);
        return row.field.valueOf(m_runs[size_t(index.column())]).display(QLocale());
    case FieldRole:
        return row.field.name();
    case Qt::FontRole:
        if (row.differs && !m_onlyDiffering) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ParamsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && size_t(section) < m_rows.size())
            return m_rows[size_t(section)]->title;
        return {};
    }
    if (size_t(section) >= m_runs.size())
        return {};
    const RunRecord& run = m_runs[size_t(section)];
    if (role == Qt::DisplayRole)
        return run.name.isEmpty() ? run.id.left(8) : run.name;
    if (role == Qt::ToolTipRole)
        return run.id;
    if (role == Qt::DecorationRole) {
        QPixmap swatch(12, 12);
        swatch.fill(m_colors.value(section));
        return QIcon(swatch);
    }
    return {};
}

} // namespace crucible
