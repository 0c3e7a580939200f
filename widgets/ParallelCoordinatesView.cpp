#include "ParallelCoordinatesView.h"

#include "MetricChart.h"
#include "ParallelCoordinatesModel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {
constexpr double kMarginLeft = 60; ///< room for half the first axis's title
constexpr double kMarginRight = 110; ///< the last axis's tick labels sit right of it
constexpr double kGrab = 14; ///< how far from an axis a press still grabs it
} // namespace

ParallelCoordinatesView::ParallelCoordinatesView(ParallelCoordinatesModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    setMinimumSize(320, 220);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ParallelCoordinatesView::setColorAxis(int axis)
{
    m_colorAxis = axis;
    update();
}

double ParallelCoordinatesView::axisX(int axis) const
{
    const int count = int(m_model->axes().size());
    if (count <= 1)
        return width() / 2.0;
    return kMarginLeft + axis * (width() - kMarginLeft - kMarginRight) / (count - 1);
}

double ParallelCoordinatesView::axisTop() const
{
    return fontMetrics().height() * 2.0 + 14;
}

double ParallelCoordinatesView::axisBottom() const
{
    return height() - fontMetrics().height() - 12;
}

double ParallelCoordinatesView::yOf(double fraction) const
{
    return axisBottom() - fraction * (axisBottom() - axisTop());
}

double ParallelCoordinatesView::fractionOf(double y) const
{
    return std::clamp((axisBottom() - y) / (axisBottom() - axisTop()), 0.0, 1.0);
}

QColor ParallelCoordinatesView::scaleColor(double fraction)
{
    // Stops of a perceptually ordered scale, readable on light and dark backgrounds.
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x90, 0x8d),
                                   QColor(0x5d, 0xc8, 0x63), QColor(0xfd, 0xe7, 0x25)};
    const double t = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

void ParallelCoordinatesView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_model->axes().empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Compare runs that differ in a param to see them here."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, m_model->runIds().size() <= 300);
    paintLines(painter);
    paintAxes(painter);
}

void ParallelCoordinatesView::paintLines(QPainter& painter) const
{
    const auto& axes = m_model->axes();
    const bool hasBrushes = m_model->hasBrushes();
    QColor grey = palette().color(QPalette::Text);
    grey.setAlphaF(0.12f);
    for (int pass = 0; pass < 2; ++pass) { // grey lines first, so the kept ones stay on top
        for (qsizetype run = 0; run < m_model->runIds().size(); ++run) {
            const bool kept = m_model->passes(size_t(run));
            if ((pass == 0) == kept)
                continue;
            QColor color = m_model->colorOf(int(run));
            if (!color.isValid())
                color = MetricChart::colorFor(m_model->runIds()[run]);
            if (m_colorAxis >= 0 && size_t(m_colorAxis) < axes.size()) {
                const FieldAxis& axis = axes[size_t(m_colorAxis)];
                color = scaleColor(axis.normalized(axis.values[size_t(run)]));
            }
            QPen pen(kept ? color : grey, kept && hasBrushes ? 2.0 : 1.4);
            painter.setPen(pen);
            QPolygonF line;
            for (size_t a = 0; a < axes.size(); ++a) {
                const double value = axes[a].values[size_t(run)];
                if (std::isnan(value)) { // a missing value breaks the line
                    painter.drawPolyline(line);
                    line.clear();
                    continue;
                }
                line << QPointF(axisX(int(a)), yOf(axes[a].normalized(value)));
            }
            painter.drawPolyline(line);
        }
    }
}

QList<ParallelCoordinatesView::Label> ParallelCoordinatesView::labels() const
{
    QList<Label> placed;
    const auto& axes = m_model->axes();
    if (axes.empty())
        return placed;
    const QFontMetrics metrics = fontMetrics();
    const double lineHeight = metrics.height();
    const double spacing =
        axes.size() > 1 ? (width() - kMarginLeft - kMarginRight) / double(axes.size() - 1) : width() / 2.0;
    // Titles: one row when each gets room for a few characters, else two staggered rows.
    constexpr double kMinTitleWidth = 48;
    const bool staggered = spacing - 6 < kMinTitleWidth;
    const double titleWidth = staggered ? 2 * spacing - 6 : std::max(kMinTitleWidth, spacing - 6);
    const auto collides = [&](const QRectF& rect) {
        return std::any_of(placed.begin(), placed.end(),
                           [&](const Label& other) { return other.rect.intersects(rect); });
    };
    for (size_t a = 0; a < axes.size(); ++a) {
        const double x = axisX(int(a));
        const double row = staggered && a % 2 == 1 ? 1 : 0;
        const QString text = metrics.elidedText(axes[a].title, Qt::ElideMiddle, int(titleWidth));
        const double textWidth = metrics.horizontalAdvance(text) + 2;
        const QRectF rect(std::clamp(x - textWidth / 2, 0.0, std::max(0.0, width() - textWidth)), 4 + row * lineHeight,
                          textWidth, lineHeight);
        if (text != QStringLiteral("…") && !text.isEmpty() && !collides(rect))
            placed << Label {rect, text, axes[a].title, int(a), true};
    }
    // Ticks: right of their axis, as wide as the room to the next axis allows.
    const double tickRoom = std::max(24.0, axes.size() > 1 ? spacing - 10 : kMarginRight - 10);
    for (size_t a = 0; a < axes.size(); ++a) {
        const FieldAxis& axis = axes[a];
        const double x = axisX(int(a));
        QList<double> values;
        if (axis.isCategorical && axis.categories.size() <= 12) {
            for (qsizetype c = 0; c < axis.categories.size(); ++c)
                values << double(c);
        } else {
            values << axis.high << axis.low;
        }
        for (const double value : values) {
            const QString full = axis.label(value);
            // Never past the widget's right edge (the last axis).
            const double room = std::min(tickRoom, width() - x - 8);
            const QString text = metrics.elidedText(full, Qt::ElideRight, int(std::max(0.0, room)));
            const double y = yOf(axis.normalized(value));
            const QRectF rect(x + 5, y - lineHeight / 2, metrics.horizontalAdvance(text) + 1, lineHeight);
            if (text != QStringLiteral("…") && !collides(rect))
                placed << Label {rect, text, full, int(a), false};
        }
    }
    return placed;
}

void ParallelCoordinatesView::paintAxes(QPainter& painter) const
{
    const auto& axes = m_model->axes();
    const QColor text = palette().color(QPalette::Text);
    for (size_t a = 0; a < axes.size(); ++a) {
        const FieldAxis& axis = axes[a];
        const double x = axisX(int(a));
        if (const auto brush = m_model->brush(int(a))) {
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlphaF(0.3f);
            const double y0 = yOf(axis.normalized(brush->second));
            const double y1 = yOf(axis.normalized(brush->first));
            painter.fillRect(QRectF(x - 8, std::min(y0, y1), 16, std::max(3.0, std::abs(y1 - y0))), fill);
        }
        painter.setPen(QPen(text, 1.2));
        painter.drawLine(QPointF(x, axisTop()), QPointF(x, axisBottom()));
        const auto tick = [&](double value) {
            const double y = yOf(axis.normalized(value));
            painter.drawLine(QPointF(x - 3, y), QPointF(x + 3, y));
        };
        if (axis.isCategorical && axis.categories.size() <= 12) {
            for (qsizetype c = 0; c < axis.categories.size(); ++c)
                tick(double(c));
        } else {
            tick(axis.low);
            tick(axis.high);
        }
    }
    for (const Label& label : labels()) {
        QFont font = this->font();
        font.setBold(label.isTitle && label.axis == m_colorAxis);
        painter.setFont(font);
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label.text);
    }
    painter.setFont(font());
}

bool ParallelCoordinatesView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent*>(event)->pos();
        for (size_t a = 0; a < m_model->axes().size(); ++a) {
            const FieldAxis& axis = m_model->axes()[a];
            bool onTitle = false;
            for (const Label& label : labels())
                onTitle = onTitle || (label.axis == int(a) && label.isTitle && label.rect.contains(pos));
            if (onTitle || std::abs(pos.x() - axisX(int(a))) <= kGrab) {
                QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                                   tr("%1\n%2 to %3").arg(axis.title, axis.label(axis.low), axis.label(axis.high)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ParallelCoordinatesView::mousePressEvent(QMouseEvent* event)
{
    m_dragAxis = -1;
    for (size_t a = 0; a < m_model->axes().size(); ++a) {
        if (std::abs(event->position().x() - axisX(int(a))) <= kGrab) {
            m_dragAxis = int(a);
            m_dragFrom = event->position().y();
            m_dragged = false;
            return;
        }
    }
}

void ParallelCoordinatesView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragAxis < 0)
        return;
    if (std::abs(event->position().y() - m_dragFrom) < 3 && !m_dragged)
        return;
    m_dragged = true;
    const FieldAxis& axis = m_model->axes()[size_t(m_dragAxis)];
    m_model->setBrush(m_dragAxis, axis.valueAt(fractionOf(m_dragFrom)),
                      axis.valueAt(fractionOf(event->position().y())));
    update();
    Q_EMIT brushesChanged();
}

void ParallelCoordinatesView::mouseReleaseEvent(QMouseEvent*)
{
    if (m_dragAxis >= 0 && !m_dragged) {
        m_model->clearBrush(m_dragAxis);
        update();
        Q_EMIT brushesChanged();
    }
    m_dragAxis = -1;
}

} // namespace crucible
