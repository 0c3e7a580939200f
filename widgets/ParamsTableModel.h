#pragma once

#include "engine/store/RunField.h"
#include "engine/store/RunTypes.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace crucible {

class CompareModel;

/// Compared runs side by side: one column per run (headed by its name in its chart colour),
/// one row per param, then each metric's best and last value. With "only what differs" (the
/// default) rows whose value is the same in every run are left out. Thread: GUI.
class ParamsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The RunField name of a row ("params.lr", "metrics.val_loss.best").
    static constexpr int FieldRole = Qt::UserRole + 1;

    explicit ParamsTableModel(QObject* parent = nullptr);

    /// Replaces the runs (a model reset); `colors` (optional) gives each run's colour.
    void setRuns(std::vector<RunRecord> runs, const CompareModel* colors = nullptr);
    void setOnlyDiffering(bool only);
    bool isOnlyDiffering() const { return m_onlyDiffering; }
    /// The RunField names of the rows shown, in order.
    QStringList rowFields() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString title;
        RunField field;
        bool differs = false;
    };
    void rebuild();

    std::vector<RunRecord> m_runs;
    QList<QColor> m_colors;
    std::vector<Row> m_allRows;
    std::vector<const Row*> m_rows;
    bool m_onlyDiffering = true;
};

} // namespace crucible
