#pragma once

#include "engine/core/Error.h"
#include "engine/train/TrainingSession.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace crucible {

struct DatasetVersion;

/// The Train page's recipe: the dataset version, the model (a preset, a compact form or a JSON
/// spec with an editor) checked against the dataset as typed, and every RunConfig field, the
/// common ones first and the rest under "Advanced", folded until asked for. Thread: GUI.
class RecipeForm : public QWidget {
    Q_OBJECT
public:
    explicit RecipeForm(QWidget* parent = nullptr);

    /// Lists `versions` in the dataset box, keeping the chosen one when it is still there.
    void setDatasets(const QList<DatasetVersion>& versions);
    int datasetCount() const;
    /// Chooses a dataset version ("NAME" or "NAME@HASH"); false when there is none such.
    bool selectDataset(const QString& reference);
    /// Chooses a device ("auto", "cpu", "cuda:0") when it is offered.
    void setDevice(const QString& device);

    /// The request the form describes, or an error naming the field that is wrong (a model that
    /// cannot take the dataset is refused here, before any run exists). `defaultThreads`: for a
    /// recipe whose threads are 0; 0 uses interactiveThreadCount().
    Result<TrainingRequest> request(int defaultThreads) const;
    /// Sets a field by its key (the same keys as `--set`).
    Status setValue(const QString& key, const QString& value);
    /// Fills the form with a recipe used before: the dataset NAME (its newest version, now or
    /// once the datasets are listed), the model as the user wrote it and every other field.
    void setRecipe(const QString& dataset, const RunConfig& config, const QString& modelText);
    /// The model as written in the form (a preset, "mlp:64,32" or JSON).
    QString modelText() const;
    /// Unfolds or folds the options under "Advanced" (folded at first).
    void setAdvancedShown(bool shown);
    bool isAdvancedShown() const;

private:
    void updateModelInfo();
    void editModelSpec();
    void showConfig(const RunConfig& config);

    QString m_preferredDataset;
    QToolButton* m_advancedToggle = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_modelInfo = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_batch = nullptr;
    QLineEdit* m_lr = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QCheckBox* m_nesterov = nullptr;
    QLineEdit* m_weightDecay = nullptr;
    QComboBox* m_schedule = nullptr;
    QDoubleSpinBox* m_warmup = nullptr;
    QSpinBox* m_patience = nullptr;
    QDoubleSpinBox* m_gradClip = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_deterministic = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_threads = nullptr;
    QSpinBox* m_processes = nullptr;
    QSpinBox* m_checkpointEvery = nullptr;
};

} // namespace crucible
