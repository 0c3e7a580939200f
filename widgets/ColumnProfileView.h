#pragma once

#include "engine/data/Profile.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;

namespace crucible {

/// A dataset's columns with the statistics and the histogram (numbers) or the most frequent
/// labels (categories) of the selected one. Thread: GUI.
class ColumnProfileView : public QWidget {
    Q_OBJECT
public:
    explicit ColumnProfileView(QWidget* parent = nullptr);

    /// A column type in the interface's language ("integer", "date and time").
    static QString typeLabel(ColumnType type);

    void setProfile(const DatasetProfile& profile);
    void showColumn(int index);
    int currentColumn() const;
    /// The chart of the column shown (for tests and export).
    QChart* chart() const;
    /// The statistics as shown, as plain text.
    QString statisticsText() const;

private:
    void updateChart(const ColumnProfile& column);

    DatasetProfile m_profile;
    QListWidget* m_columns = nullptr;
    QLabel* m_statistics = nullptr;
    QChartView* m_chartView = nullptr;
};

} // namespace crucible
