#pragma once

#include "engine/pipeline/PipelineSpec.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace crucible {

/// The common retraining pipeline as a form: what to watch, the data, the model and its recipe,
/// the gate against the champion, the model name and aliases. Thread: a plain value type.
struct PipelineForm {
    QString name = QStringLiteral("retrain");
    QString watchFolder = QStringLiteral("incoming"); ///< empty: no watched folder
    QString schedule; ///< cron; empty: none
    QString dataset = QStringLiteral("live");
    QString target; ///< empty: the last column
    bool driftFirst = true; ///< train only when the data drifted from the production model's
    QString modelSpec = QStringLiteral("mlp:32,16");
    int epochs = 50;
    double learningRate = 0.01;
    int seed = 42;
    QString metric = QStringLiteral("accuracy"); ///< accuracy, f1_macro, r2 (higher better); mse, mae (lower)
    double minimum = 0.9; ///< the challenger's metric must reach it (at most, for mse and mae)
    double margin = 0.0; ///< and beat the champion by this much
    QString model = QStringLiteral("model");
    QString intendedUse;
    QString aliases = QStringLiteral("staging, production");
    QString notifyLog; ///< empty: no notification

    /// The pipeline file this form describes, with comments.
    QByteArray toYaml() const;
    /// The form of a pipeline in the form's shape (as toYaml() writes it, edited or not); nothing
    /// when its steps or keys go beyond what the form shows (then the YAML is the editor).
    static std::optional<PipelineForm> fromSpec(const PipelineSpec& spec);
};

/// A form for the common steps with the YAML it makes beside it, checked as it changes (the
/// Pipelines page's New Pipeline). Save writes the file; the page then lists it. Thread: GUI.
class PipelineFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit PipelineFormDialog(QWidget* parent = nullptr);

    PipelineForm form() const;
    void setForm(const PipelineForm& form);
    QString yamlText() const;
    /// The check of the YAML: empty when valid, else the problems.
    QString problems() const { return m_problems; }
    /// Asks where to save, writes the file; the path, or empty when cancelled or it failed.
    QString saveWithDialog();
    /// Writes the YAML to `path` (atomically); an error message, or empty.
    QString saveTo(const QString& path);
    /// Edits a pipeline that exists: the button applies the form to the page's editor instead of
    /// saving a new file.
    void setEditing(bool editing);
    /// Where Save As wrote the file (empty before).
    QString savedPath() const { return m_savedPath; }

private:
    void update();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_watch = nullptr;
    QLineEdit* m_schedule = nullptr;
    QLineEdit* m_dataset = nullptr;
    QLineEdit* m_target = nullptr;
    QCheckBox* m_drift = nullptr;
    QLineEdit* m_modelSpec = nullptr;
    QSpinBox* m_epochs = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_metric = nullptr;
    QDoubleSpinBox* m_minimum = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_intendedUse = nullptr;
    QLineEdit* m_aliases = nullptr;
    QLineEdit* m_notify = nullptr;
    QPlainTextEdit* m_yaml = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_problems;
    QString m_savedPath;
    bool m_editing = false;
};

} // namespace crucible
