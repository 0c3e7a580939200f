#include "ParallelCoordinatesModel.h"

#include <QHash>

#include <cmath>

namespace crucible {

void ParallelCoordinatesModel::setRuns(const std::vector<RunRecord>& runs, const QStringList& fields,
                                       const QStringList& titles, const QList<QColor>& colors)
{
    m_colors = colors;
    QHash<QString, QPair<double, double>> kept;
    for (size_t i = 0; i < m_axes.size(); ++i) {
        if (m_brushes[i])
            kept.insert(m_axes[i].field, *m_brushes[i]);
    }
    m_axes.clear();
    m_brushes.clear();
    m_runIds.clear();
    for (const RunRecord& run : runs)
        m_runIds << run.id;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        m_axes.push_back(FieldAxis::make(fields[i], runs, titles.value(i)));
        const auto it = kept.constFind(fields[i]);
        m_brushes.push_back(it == kept.constEnd() ? std::nullopt : std::optional(*it));
    }
}

void ParallelCoordinatesModel::setBrush(int axis, double low, double high)
{
    if (axis < 0 || size_t(axis) >= m_brushes.size())
        return;
    m_brushes[size_t(axis)] = qMakePair(std::min(low, high), std::max(low, high));
}

void ParallelCoordinatesModel::clearBrush(int axis)
{
    if (axis >= 0 && size_t(axis) < m_brushes.size())
        m_brushes[size_t(axis)].reset();
}

void ParallelCoordinatesModel::clearBrushes()
{
    for (auto& brush : m_brushes)
        brush.reset();
}

std::optional<QPair<double, double>> ParallelCoordinatesModel::brush(int axis) const
{
    if (axis < 0 || size_t(axis) >= m_brushes.size())
        return std::nullopt;
    return m_brushes[size_t(axis)];
}

bool ParallelCoordinatesModel::hasBrushes() const
{
    for (const auto& brush : m_brushes) {
        if (brush)
            return true;
    }
    return false;
}

bool ParallelCoordinatesModel::passes(size_t run) const
{
    for (size_t i = 0; i < m_axes.size(); ++i) {
        if (!m_brushes[i])
            continue;
        const double value = run < m_axes[i].values.size() ? m_axes[i].values[run] : NAN;
        if (std::isnan(value) || value < m_brushes[i]->first || value > m_brushes[i]->second)
            return false;
    }
    return true;
}

QSet<QString> ParallelCoordinatesModel::filteredOut() const
{
    QSet<QString> out;
    for (qsizetype i = 0; i < m_runIds.size(); ++i) {
        if (!passes(size_t(i)))
            out.insert(m_runIds[i]);
    }
    return out;
}

} // namespace crucible
