#pragma once

#include "PipelineFormDialog.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Error.h"
#include "engine/pipeline/DriftCheck.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableWidget;

namespace crucible {

class DriftHistogramView;
class MetricChart;
class Workspace;

/// The Monitor page: pick a registered model version and the data to compare with its training
/// data (a CSV file, a dataset version, or the serving log in windows), check drift in the
/// background (cancellable), and read the verdict in plain words, a table of features sorted by
/// drift with small reference-against-current histograms, the selected feature's histograms
/// overlaid with its statistics, and for a log the policy statistic per window with the
/// policy's thresholds drawn. Export writes the report as HTML or PDF. Thread: GUI.
class MonitorPage : public QWidget {
    Q_OBJECT
public:
    explicit MonitorPage(QWidget* parent = nullptr);
    ~MonitorPage() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// The registry folder setting (empty: the workspace's registry/).
    void setRegistrySetting(const QString& setting);
    /// Lists the models, datasets and serving logs again (in the background).
    void reload();

    /// Fills the form: the model REF, the source and its location (a path, NAME@V or a log's
    /// model name), a window ("500", "1h"; logs only) and a policy file (empty: the default).
    void setRequest(const QString& model, DriftRequest::Source source, const QString& location,
                    const QString& window = {}, const QString& policyFile = {});
    /// Checks drift with the form's request (in the background); a check running is cancelled.
    void check();
    void cancel();
    bool isChecking() const { return m_task != nullptr; }
    /// The last check's outcome, if it succeeded.
    const std::optional<DriftOutcome>& outcome() const { return m_outcome; }
    QString verdictText() const;
    QString messageText() const;
    /// Writes the last report as HTML or PDF (by the suffix).
    Status exportReport(const QString& path) const;

    QTableWidget* featureTable() const { return m_table; }
    DriftHistogramView* histogramView() const { return m_histogram; }
    MetricChart* timeChart() const { return m_chart; }
    MetricChart* performanceChart() const { return m_performance; }
    /// The labels CSV for a serving log (empty: no performance chart).
    void setLabelsFile(const QString& path);
    QComboBox* modelBox() const { return m_model; }
    QAction* checkAction() const { return m_checkAction; }
    QAction* exportAction() const { return m_exportAction; }
    QPushButton* retrainButton() const { return m_retrainButton; }
    /// The retraining pipeline the Retrain button hands over, filled in from the checked model
    /// (its name, dataset, target, architecture, metric and alias); nothing before a check.
    std::optional<PipelineForm> retrainForm() const;

Q_SIGNALS:
    /// A check ended: ok, and the verdict or the error.
    void checkFinished(bool ok, const QString& message);
    /// Retrain: the main window opens the Pipelines page's form with `form`.
    void retrainRequested(const PipelineForm& form);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void updateSourceWidgets();
    void showOutcome();
    /// The verdict in the user's language: "1 of 4 features drifted; petal_width moved 1.8 standard deviations".
    QString verdictSentence(const DriftReport& report) const;
    /// How a feature (shown as `name`) moved, in words.
    QString featureChange(const FeatureDrift& feature, const QString& name) const;
    void showFeature(int row);
    void fillChart();
    void fillPerformanceChart();
    void setMessage(const QString& text, bool isError);
    void exportWithDialog();
    QString registryFolder() const;

    std::shared_ptr<const Workspace> m_workspace;
    QString m_registrySetting;
    std::optional<DriftOutcome> m_outcome;
    QList<FeatureDrift> m_shown; ///< the latest report's features (and the prediction row), as the table shows them
    QPointer<BackgroundTask> m_task;

    QLabel* m_modelLabel = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QComboBox* m_source = nullptr;
    QStackedWidget* m_location = nullptr;
    QLineEdit* m_csv = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_browseFolder = nullptr;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_log = nullptr;
    QLabel* m_windowLabel = nullptr;
    QComboBox* m_window = nullptr;
    QLineEdit* m_labels = nullptr;
    QPushButton* m_labelsBrowse = nullptr;
    QLabel* m_policyLabel = nullptr;
    QLineEdit* m_policy = nullptr;
    QPushButton* m_policyBrowse = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_retrainButton = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    DriftHistogramView* m_histogram = nullptr;
    QLabel* m_details = nullptr;
    MetricChart* m_chart = nullptr;
    MetricChart* m_performance = nullptr;
    QSplitter* m_charts = nullptr; ///< the two charts side by side, under the table
    QSplitter* m_vertical = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace crucible
