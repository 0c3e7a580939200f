#include "PipelineGraph.h"

#include "EngineText.h"
#include "Theme.h"
#include "engine/core/Duration.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace crucible {

namespace {

constexpr int kBoxWidth = 150;
constexpr int kBoxHeight = 64;
constexpr int kGap = 34; ///< between boxes, where the arrow goes
constexpr int kRowGap = 26;
constexpr int kMargin = 12;

/// The colour of a status, readable on light and dark windows.
QColor statusColor(const QString& status)
{
    const bool dark = theme::isDark();
    if (status == QLatin1String("succeeded"))
        return dark ? QColor(0x4c, 0xb8, 0x6a) : QColor(0x2e, 0x8b, 0x45);
    if (status == QLatin1String("cached"))
        return dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x3d, 0x7a, 0xb8);
    if (status == QLatin1String("running"))
        return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xd9, 0x8e, 0x04);
    if (status == QLatin1String("failed") || status == QLatin1String("interrupted"))
        return dark ? QColor(0xe5, 0x60, 0x5a) : QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("rejected"))
        return dark ? QColor(0xd0, 0x7a, 0xd8) : QColor(0x8e, 0x3b, 0x9a);
    if (status == QLatin1String("stopped"))
        return dark ? QColor(0xc0, 0x90, 0x60) : QColor(0x8a, 0x5a, 0x2b);
    return dark ? QColor(0x80, 0x86, 0x8e) : QColor(0x9a, 0xa0, 0xa8); // pending, skipped
}

} // namespace

PipelineGraph::PipelineGraph(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pipeline-graph"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PipelineGraph::setSteps(const QList<PipelineStepRecord>& steps)
{
    const QString current = currentStep();
    m_steps = steps;
    m_current = -1;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].step == current)
            m_current = int(i);
    }
    updateGeometry();
    update();
}

void PipelineGraph::setCurrentStep(const QString& id)
{
    int index = -1;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].step == id)
            index = int(i);
    }
    if (index == m_current)
        return;
    m_current = index;
    update();
    Q_EMIT currentStepChanged(currentStep());
}

QString PipelineGraph::currentStep() const
{
    return m_current >= 0 && m_current < m_steps.size() ? m_steps[m_current].step : QString();
}

int PipelineGraph::columns(int width) const
{
    return std::max(1, (width - 2 * kMargin + kGap) / (kBoxWidth + kGap));
}

QRectF PipelineGraph::stepRect(int index) const
{
    const int perRow = columns(width());
    const int row = index / perRow;
    const int column = index % perRow;
    return QRectF(kMargin + column * (kBoxWidth + kGap), kMargin + row * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
}

QSize PipelineGraph::sizeHint() const
{
    const int count = std::max<int>(1, int(m_steps.size()));
    return {2 * kMargin + count * kBoxWidth + (count - 1) * kGap,
            heightForWidth(2 * kMargin + count * (kBoxWidth + kGap))};
}

QSize PipelineGraph::minimumSizeHint() const
{
    return {2 * kMargin + kBoxWidth, 2 * kMargin + kBoxHeight};
}

int PipelineGraph::heightForWidth(int width) const
{
    const int count = std::max<int>(1, int(m_steps.size()));
    const int rows = (count + columns(width) - 1) / columns(width);
    return 2 * kMargin + rows * kBoxHeight + (rows - 1) * kRowGap;
}

QString PipelineGraph::statusText(const QString& status) const
{
    if (status == QLatin1String("succeeded"))
        return tr("succeeded");
    if (status == QLatin1String("cached"))
        return tr("cached");
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("interrupted"))
        return tr("interrupted");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("stopped"))
        return tr("stopped");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    return tr("pending");
}

void PipelineGraph::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colors = palette();
    if (m_steps.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Open a pipeline file, or pick a run, to see its steps."));
        return;
    }
    const int perRow = columns(width());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int i = 0; i < m_steps.size(); ++i) {
        const PipelineStepRecord& step = m_steps[i];
        const QRectF box = stepRect(i);
        const QColor color = statusColor(step.status);
        // The arrow to the next step: right, or down and back to the next row's start.
        if (i + 1 < m_steps.size()) {
            painter.setPen(QPen(colors.color(QPalette::PlaceholderText), 1.5));
            painter.setBrush(Qt::NoBrush);
            QPainterPath path;
            QPointF tip;
            if ((i + 1) % perRow != 0) {
                path.moveTo(box.right(), box.center().y());
                tip = QPointF(box.right() + kGap - 2, box.center().y());
                path.lineTo(tip);
            } else {
                const QRectF next = stepRect(i + 1);
                const double middle = box.bottom() + kRowGap / 2.0;
                path.moveTo(box.center().x(), box.bottom());
                path.lineTo(box.center().x(), middle);
                path.lineTo(next.center().x(), middle);
                tip = QPointF(next.center().x(), next.top() - 2);
                path.lineTo(tip);
            }
            painter.drawPath(path);
            const bool down = (i + 1) % perRow == 0;
            QPolygonF head;
            if (down)
                head << tip << tip + QPointF(-4, -7) << tip + QPointF(4, -7);
            else
                head << tip << tip + QPointF(-7, -4) << tip + QPointF(-7, 4);
            painter.setBrush(colors.color(QPalette::PlaceholderText));
            painter.drawPolygon(head);
        }
        QColor fill = color;
        fill.setAlpha(theme::isDark() ? 70 : 40);
        painter.setBrush(fill);
        painter.setPen(QPen(color, i == m_current ? 3.0 : 1.5));
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);
        if (i == m_current && hasFocus()) {
            painter.setPen(QPen(colors.color(QPalette::Highlight), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 8, 8);
        }
        const QRectF text = box.adjusted(8, 5, -8, -5);
        painter.setPen(colors.color(QPalette::WindowText));
        painter.setFont(bold);
        const int kindWidth = step.kind != step.step ? QFontMetrics(small).horizontalAdvance(step.kind) + 6 : 0;
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                         QFontMetrics(bold).elidedText(step.step, Qt::ElideRight, int(text.width()) - kindWidth));
        painter.setFont(small);
        painter.setPen(colors.color(QPalette::PlaceholderText));
        if (step.kind != step.step)
            painter.drawText(text, Qt::AlignRight | Qt::AlignTop, step.kind);
        QString line = statusText(step.status);
        const double seconds = step.seconds();
        if (seconds >= 0 && step.status != QLatin1String("skipped") && step.status != QLatin1String("pending"))
            line += QStringLiteral(" · ") + formatDuration(seconds, DurationStyle::Table, locale());
        if (step.attempts > 1)
            line += QStringLiteral(" · ") + tr("%n attempt(s)", nullptr, step.attempts);
        painter.setPen(color);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetrics(small).elidedText(line, Qt::ElideRight, int(text.width())));
    }
}

void PipelineGraph::mousePressEvent(QMouseEvent* event)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (stepRect(i).contains(event->position())) {
            setCurrentStep(m_steps[i].step);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void PipelineGraph::keyPressEvent(QKeyEvent* event)
{
    if (m_steps.isEmpty())
        return QWidget::keyPressEvent(event);
    int index = m_current;
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down)
        index = std::min<int>(int(m_steps.size()) - 1, index + 1);
    else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Up)
        index = std::max(0, index - 1);
    else if (event->key() == Qt::Key_Home)
        index = 0;
    else if (event->key() == Qt::Key_End)
        index = int(m_steps.size()) - 1;
    else
        return QWidget::keyPressEvent(event);
    setCurrentStep(m_steps[std::max(0, index)].step);
}

bool PipelineGraph::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (int i = 0; i < m_steps.size(); ++i) {
            if (stepRect(i).contains(help->pos())) {
                const PipelineStepRecord& step = m_steps[i];
                QToolTip::showText(help->globalPos(),
                                   QStringLiteral("<b>%1</b> (%2): %3<br>%4")
                                       .arg(step.step.toHtmlEscaped(), step.kind, statusText(step.status),
                                            engineText(step.message).toHtmlEscaped()),
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

} // namespace crucible
