#pragma once

#include "engine/store/RunField.h"
#include "engine/store/RunTypes.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace crucible {

/// The runs of the Runs page as a table: name (with a status icon), experiment, status,
/// created, duration, then the param and metric columns the user chose. Sorts itself by any
/// column (missing values last). Thread: GUI.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The run id of a row, for every column.
    static constexpr int RunIdRole = Qt::UserRole + 1;

    /// How rows are sorted, as a value: a worker thread sorts a listing with it before handing
    /// it over, so that 10,000 runs are not sorted on the GUI thread. Thread: value type.
    struct Ordering {
        int column = -1; ///< -1: as listed
        Qt::SortOrder order = Qt::AscendingOrder;
        QStringList extraNames;
        std::vector<RunField> extraFields;
        /// Sorts `runs` (stable; missing values last in either order).
        void apply(std::vector<RunRecord>& runs) const;
        /// Whether `a` sorts before `b`. Unsorted (column -1): newer runs first, as listed.
        bool isBefore(const RunRecord& a, const RunRecord& b) const;
        /// Whether both sort alike (the extra columns matter only when one of them is sorted by).
        bool sortsLike(const Ordering& other) const;
    };

    explicit RunTableModel(QObject* parent = nullptr);

    /// Replaces the runs (a model reset), keeping the current sort.
    void setRuns(std::vector<RunRecord> runs);
    /// As setRuns(), for runs the caller sorted by `sortedBy` already: they are sorted again
    /// only when that is no longer the current ordering.
    void setRuns(std::vector<RunRecord> runs, const Ordering& sortedBy);
    Ordering ordering() const;
    /// Applies a change of the runs `ids` without a reset: `present` holds those of them that
    /// match the page's query now (re-read after the change). A run in `present` is updated in
    /// place (dataChanged, or moved when its sort position changed) or inserted where the
    /// ordering puts it; a run of `ids` not in `present` is removed (trashed, deleted, or no
    /// longer matching the filter).
    void applyChanges(const QStringList& ids, std::vector<RunRecord> present);
    /// Replaces the extra columns: RunField names such as "params.lr" or "metrics.val_accuracy.max".
    void setExtraColumns(const QStringList& fields);
    QStringList extraColumns() const;

    const RunRecord* runAt(int row) const;
    /// The row of run `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// A small coloured disc for `status`, as shown in the table and the details.
    static QIcon statusIcon(RunStatus status);
    /// The status as shown to the user, translated.
    static QString statusText(RunStatus status);

private:
    QString displayText(const RunRecord& run, int column) const;
    void applySort();
    /// Swaps in `runs` (a reset), sorting them when `sort`; the previous ones are freed off the GUI thread.
    void replaceRuns(std::vector<RunRecord> runs, bool sort);
    /// The row where `run` goes under the current ordering (after equal ones).
    int insertionRow(const RunRecord& run) const;

    std::vector<RunRecord> m_runs;
    QStringList m_extraNames;
    std::vector<RunField> m_extraFields;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace crucible
