#include "DriftHistogram.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {

const QColor kCurrent(232, 119, 46);

QString edgeText(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

void paintDriftHistogram(QPainter& painter, const QRectF& rect, const FeatureDrift& feature, const QPalette& palette,
                         bool labelled, const QString& referenceLabel)
{
    const size_t bins = std::min(feature.referenceShare.size(), feature.currentShare.size());
    if (bins == 0 || rect.width() < 4 || rect.height() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(painter.font());
    QRectF plot = rect;
    if (labelled)
        plot.adjust(4, metrics.height() + 6, -4, -(metrics.height() + 6));
    double top = 0;
    for (size_t b = 0; b < bins; ++b)
        top = std::max({top, feature.referenceShare[b], feature.currentShare[b]});
    if (top <= 0) {
        painter.restore();
        return;
    }
    QColor reference = palette.color(QPalette::Text);
    reference.setAlphaF(0.35F);
    QColor current = kCurrent;
    current.setAlphaF(0.65F);
    const double step = plot.width() / double(bins);
    const double gap = step > 4 ? 1.0 : 0.0;
    for (size_t b = 0; b < bins; ++b) {
        const double x = plot.left() + double(b) * step;
        const double r = feature.referenceShare[b] / top * plot.height();
        const double c = feature.currentShare[b] / top * plot.height();
        painter.fillRect(QRectF(x, plot.bottom() - r, step - gap, r), reference);
        painter.fillRect(QRectF(x, plot.bottom() - c, step - gap, c), current);
    }
    if (labelled) {
        painter.setPen(palette.color(QPalette::Text));
        painter.drawLine(plot.bottomLeft(), plot.bottomRight());
        // Legend above the bars.
        const double box = metrics.height() * 0.7;
        double x = plot.left();
        const double y = rect.top() + 2;
        for (const auto& [colour, text] :
             {std::pair {reference,
                         referenceLabel.isEmpty() ? QObject::tr("reference (training data)") : referenceLabel},
              std::pair {current, QObject::tr("current")}}) {
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colour);
            x += box + 4;
            painter.drawText(QPointF(x, y + metrics.ascent()), text);
            x += metrics.horizontalAdvance(text) + 16;
        }
        // First, middle and last labels under the axis, elided to their share of the width.
        QStringList labels;
        if (!feature.binEdges.empty()) {
            labels << edgeText(feature.binEdges.front()) << edgeText(feature.binEdges[feature.binEdges.size() / 2])
                   << edgeText(feature.binEdges.back());
        } else if (!feature.binLabels.isEmpty()) {
            labels << feature.binLabels.front() << feature.binLabels.value(feature.binLabels.size() / 2)
                   << feature.binLabels.back();
        }
        const double width = plot.width() / 3.0;
        const double baseline = plot.bottom() + 4 + metrics.ascent();
        const Qt::Alignment alignments[3] = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight};
        for (int i = 0; i < labels.size() && i < 3; ++i) {
            const QString text = metrics.elidedText(labels[i], Qt::ElideRight, width - 4);
            const QRectF cell(plot.left() + width * i, baseline - metrics.ascent(), width, metrics.height());
            painter.drawText(cell, int(alignments[i] | Qt::AlignVCenter), text);
        }
    }
    painter.restore();
}

DriftHistogramView::DriftHistogramView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(240, 160);
}

void DriftHistogramView::setFeature(const FeatureDrift& feature, const QString& referenceLabel)
{
    m_feature = feature;
    m_referenceLabel = referenceLabel;
    m_hasFeature = true;
    update();
}

void DriftHistogramView::clear()
{
    m_hasFeature = false;
    update();
}

void DriftHistogramView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_hasFeature)
        return;
    paintDriftHistogram(painter, QRectF(rect()).adjusted(8, 6, -8, -6), m_feature, palette(), true, m_referenceLabel);
}

DriftHistogramDelegate::DriftHistogramDelegate(const QList<FeatureDrift>* features, QObject* parent)
    : QStyledItemDelegate(parent), m_features(features)
{ }

void DriftHistogramDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int feature = index.data(Qt::UserRole).toInt();
    if (feature < 0 || feature >= m_features->size())
        return;
    paintDriftHistogram(*painter, QRectF(option.rect).adjusted(4, 3, -4, -3), m_features->at(feature), option.palette,
                        false);
}

QSize DriftHistogramDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(110, 26));
}

} // namespace crucible
