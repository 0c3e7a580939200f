#pragma once

#include "engine/monitor/Drift.h"

#include <QStyledItemDelegate>
#include <QWidget>

namespace crucible {

/// Draws a feature's reference shares (grey) and current shares (orange, over them) per bin into
/// `rect`; with `labelled`, a legend and the first, middle and last bin's labels below.
/// `referenceLabel` names the reference in the legend (default: the training data). Colours
/// follow `palette` (light or dark theme). Thread: GUI.
void paintDriftHistogram(QPainter& painter, const QRectF& rect, const FeatureDrift& feature, const QPalette& palette,
                         bool labelled, const QString& referenceLabel = {});

/// The selected feature's histograms overlaid, with a legend and bin labels. Thread: GUI.
class DriftHistogramView : public QWidget {
    Q_OBJECT
public:
    explicit DriftHistogramView(QWidget* parent = nullptr);
    /// Shows `feature`; `referenceLabel` as paintDriftHistogram() takes it.
    void setFeature(const FeatureDrift& feature, const QString& referenceLabel = {});
    void clear();
    bool hasFeature() const { return m_hasFeature; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    FeatureDrift m_feature;
    QString m_referenceLabel;
    bool m_hasFeature = false;
};

/// Paints the small histogram of the feature whose index (into `features`) is the cell's
/// Qt::UserRole, in a table of features. Thread: GUI.
class DriftHistogramDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    DriftHistogramDelegate(const QList<FeatureDrift>* features, QObject* parent);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const QList<FeatureDrift>* m_features;
};

} // namespace crucible
