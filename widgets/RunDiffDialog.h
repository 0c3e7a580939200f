#pragma once

#include "engine/repro/RunDiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace crucible {

/// Two runs side by side: recipe, data (versions, rows, each column's type and statistics) and
/// environment, only what differs unless "Show everything" is on (the Runs page's Diff, as
/// `crucible-cli runs diff`). Thread: GUI.
class RunDiffDialog : public QDialog {
    Q_OBJECT
public:
    RunDiffDialog(const RunRecord& a, const RunRecord& b, QList<repro::DiffRow> rows, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QCheckBox* everythingBox() const { return m_everything; }
    /// "3 differences" / "The runs have the same recipe, data and environment."
    QString summaryText() const;

private:
    void fill();

    RunRecord m_a;
    RunRecord m_b;
    QList<repro::DiffRow> m_rows;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_everything = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace crucible
