#include "ColumnProfileView.h"

#include "engine/data/Timestamp.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace crucible {

namespace {

QString number(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'g', 6) : QStringLiteral("–");
}

} // namespace

QString ColumnProfileView::typeLabel(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return tr("integer");
    case ColumnType::Numeric:
        return tr("numeric");
    case ColumnType::Boolean:
        return tr("boolean");
    case ColumnType::Categorical:
        return tr("categorical");
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Date:
        return tr("date");
    case ColumnType::Timestamp:
        return tr("date and time");
    case ColumnType::TimestampUtc:
        return tr("date and time (UTC)");
    }
    return {};
}

ColumnProfileView::ColumnProfileView(QWidget* parent) : QWidget(parent)
{
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("profile-columns"));
    m_statistics = new QLabel(this);
    m_statistics->setObjectName(QStringLiteral("profile-statistics"));
    m_statistics->setTextFormat(Qt::RichText);
    m_statistics->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statistics->setMinimumWidth(220);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_statistics);
    detailsLayout->addWidget(m_chartView, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_columns);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_columns, &QListWidget::currentRowChanged, this, &ColumnProfileView::showColumn);
}

void ColumnProfileView::setProfile(const DatasetProfile& profile)
{
    m_profile = profile;
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    for (const ColumnProfile& column : profile.columns) {
        auto* item =
            new QListWidgetItem(column.name == profile.target ? tr("%1 (target)").arg(column.name) : column.name);
        item->setToolTip(typeLabel(column.type));
        m_columns->addItem(item);
    }
    if (!profile.columns.isEmpty()) {
        m_columns->setCurrentRow(0);
        showColumn(0);
    } else {
        m_statistics->clear();
    }
}

int ColumnProfileView::currentColumn() const
{
    return m_columns->currentRow();
}

QChart* ColumnProfileView::chart() const
{
    return m_chartView->chart();
}

QString ColumnProfileView::statisticsText() const
{
    QTextDocument document;
    document.setHtml(m_statistics->text());
    return document.toPlainText();
}

void ColumnProfileView::showColumn(int index)
{
    if (index < 0 || index >= m_profile.columns.size())
        return;
    if (m_columns->currentRow() != index) {
        const QSignalBlocker blocker(m_columns);
        m_columns->setCurrentRow(index);
    }
    const ColumnProfile& c = m_profile.columns[index];
    QList<QPair<QString, QString>> rows {
        {tr("Type"), typeLabel(c.type)},
        {tr("Values"), QLocale().toString(c.count)},
        {tr("Missing"), QLocale().toString(c.missing)},
        {tr("Distinct"), QLocale().toString(c.distinct)},
    };
    if (std::isfinite(c.mean)) {
        const bool times = isTimeType(c.type);
        // Times as the table prints them, their spread in days.
        const auto value = [&](double v) { return times ? timestamps::formatDays(v, c.type) : number(v); };
        rows << QPair<QString, QString> {tr("Minimum"), value(c.min)}
             << QPair<QString, QString> {tr("Maximum"), value(c.max)}
             << QPair<QString, QString> {tr("Mean"), value(c.mean)}
             << QPair<QString, QString> {tr("Std. deviation"),
                                         times ? tr("%1 days").arg(number(c.std)) : number(c.std)};
        const QStringList names {tr("5 %"), tr("25 %"), tr("Median"), tr("75 %"), tr("95 %")};
        for (size_t i = 0; i < c.quantiles.size() && i < size_t(names.size()); ++i)
            rows << QPair<QString, QString> {names[int(i)], value(c.quantiles[i])};
    }
    QString html =
        QStringLiteral("<table cellspacing='4'><tr><td colspan='2'><b>%1</b></td></tr>").arg(c.name.toHtmlEscaped());
    for (const auto& [key, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_statistics->setText(html);
    updateChart(c);
}

void ColumnProfileView::updateChart(const ColumnProfile& column)
{
    // A fresh chart each time: reusing one leaves the old axes drawn over the new ones.
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;

    auto* set = new QBarSet(column.name);
    set->setColor(QColor(0xe4, 0x57, 0x2e));
    set->setBorderColor(QColor(0xe4, 0x57, 0x2e).darker(120));
    QStringList categories;
    if (!column.histogram.counts.empty()) {
        const double width = (column.histogram.upper - column.histogram.lower) / double(column.histogram.counts.size());
        for (size_t i = 0; i < column.histogram.counts.size(); ++i) {
            *set << double(column.histogram.counts[i]);
            categories << number(column.histogram.lower + width * double(i));
        }
        // The bins' labels would crowd each other: the range they cover, under the title.
        const bool times = isTimeType(column.type);
        const auto text = [&](double v) { return times ? timestamps::formatDays(v, column.type) : number(v); };
        chart->setTitle(
            QStringLiteral("<center>%1<br><small>%2</small></center>")
                .arg(tr("Histogram (%n bin(s))", nullptr, int(column.histogram.counts.size())).toHtmlEscaped(),
                     tr("%1 to %2").arg(text(column.histogram.lower), text(column.histogram.upper)).toHtmlEscaped()));
    } else {
        for (const auto& [label, count] : column.top) {
            *set << double(count);
            categories << label;
        }
        chart->setTitle(tr("Most frequent values"));
    }
    auto* series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(set);
    chart->addSeries(series);

    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsVisible(column.histogram.counts.empty());
    axisX->setLabelsAngle(column.histogram.counts.empty() ? -30 : 0);

    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    qreal highest = 1;
    for (int i = 0; i < set->count(); ++i)
        highest = std::max(highest, set->at(i));
    // Whole counts: ticks at 1, 2 or 5 times a power of ten, about five of them.
    double step = 1;
    while (highest / step > 6)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(step);
    axisY->setRange(0, std::max(highest * 1.05, step));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

} // namespace crucible
