#pragma once

#include "engine/sweep/SweepSpec.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace crucible {

class Workspace;

/// New Sweep: a search built in a form, checked as it is typed with the same rules as a sweep
/// file: a name, the dataset, the objective and its goal, the strategy, the budget, the pruner,
/// the epochs of each trial, and the search space as rows (parameter, float/int/choice, range or
/// choices, log scale, and an optional condition "optimizer=sgd"). Create, or Create and Run with
/// a number of trials at once. Thread: GUI.
class SweepDialog : public QDialog {
    Q_OBJECT
public:
    /// `datasets`: the dataset names to offer.
    explicit SweepDialog(const QStringList& datasets, QWidget* parent = nullptr);

    /// The sweep as checked (valid once accepted).
    SweepSpec spec() const { return m_spec; }
    bool runNow() const { return m_runNow; }
    int parallel() const;
    /// The problem shown, empty when the form is valid.
    QString problem() const;
    QTableWidget* spaceTable() const { return m_space; }

    /// Adds a row to the search space: `values` as typed ("0.0001 .. 0.1" or "sgd, adam").
    void addParameter(const QString& name, const QString& kind, const QString& values, bool log,
                      const QString& condition = {});
    void setName(const QString& name);
    void setDataset(const QString& name);
    void setObjective(const QString& metric);
    void setStrategy(const QString& strategy);
    void setTrials(int trials);
    void setPruner(const QString& pruner);
    void setEpochs(int epochs);

private:
    void check();
    Result<SweepSpec> build() const;

    SweepSpec m_spec;
    bool m_runNow = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_goal = nullptr;
    QComboBox* m_strategy = nullptr;
    QSpinBox* m_trials = nullptr;
    QComboBox* m_pruner = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_parallel = nullptr;
    QSpinBox* m_seed = nullptr;
    QTableWidget* m_space = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_createRun = nullptr;
};

} // namespace crucible
