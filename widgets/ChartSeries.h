#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace crucible {

/// One curve as a chart shows it, prepared by its caller (smoothing and grouping already
/// applied): the curve, an optional faint raw curve behind it, and an optional band around it.
/// What a chart draws from it and what its CSV export writes are the same arrays.
/// Thread: value type.
struct ChartSeries {
    QString id;
    QString label;
    QColor color;
    std::vector<double> x; ///< ascending
    std::vector<double> y;
    std::vector<double> rawX; ///< the faint curve behind (ascending); empty: none
    std::vector<double> rawY;
    std::vector<double> bandLow; ///< aligned with x: a shaded band (a group's std or min-max); empty: none
    std::vector<double> bandHigh;
    bool isFaint = false; ///< a group's member: thin, translucent and left out of the legend
    QString transform; ///< how `y` was derived from the logged values, for exports ("EMA 0.6 ...")
    QString rawTransform; ///< how `rawY` was derived ("bucket min and max ...")
};

} // namespace crucible
