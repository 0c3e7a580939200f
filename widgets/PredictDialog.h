#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace crucible {

class BackgroundTask;

/// Batch prediction with a registered model: the model reference ("NAME@3", "NAME@production",
/// "NAME" or a bundle path), the input (a CSV/TSV file for a table model, a folder of images for
/// an image model: the chooser follows the model), and the output CSV. The model is inspected
/// and the prediction runs on worker threads, with a progress bar and Cancel; the result shows
/// the row count and the first predictions, and an error (missing, extra or renamed columns,
/// unreadable images) is shown with the engine's message. Thread: GUI.
class PredictDialog : public QDialog {
    Q_OBJECT
public:
    /// `references`: the choices offered (the page's models, versions and aliases); `reference`:
    /// the one preselected.
    PredictDialog(const QString& registryFolder, const QStringList& references, const QString& reference,
                  QWidget* parent = nullptr);
    ~PredictDialog() override;

    QString reference() const;
    void setReference(const QString& reference);
    QString inputPath() const;
    void setInputPath(const QString& path);
    QString outputPath() const;
    void setOutputPath(const QString& path);

    /// True when the chosen model takes a folder of images (known once inspected).
    bool isImageModel() const { return m_isImageModel; }
    /// True while the model is inspected or the prediction runs.
    bool isBusy() const { return m_isInspecting || m_isRunning; }
    /// The outcome line ("Predicted 120 rows…"), or the error, as shown.
    QString resultText() const;
    /// True when the last run failed or was refused.
    bool hasError() const { return m_hasError; }
    QTableWidget* previewTable() const { return m_preview; }

public Q_SLOTS:
    /// Predicts in the background.
    void run();
    /// Asks the running prediction to stop.
    void cancel();

Q_SIGNALS:
    /// The model was read (or could not be): the input hint and chooser follow it.
    void modelInspected();
    /// A run ended: `ok` false on error or cancel; `message` as shown.
    void finished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    void buildUi();
    struct Inspected;
    struct Outcome;
    void inspect();
    void onInspected(const Inspected& inspected);
    void onFinished(const Outcome& outcome);
    void browseInput();
    void browseOutput();
    void showResult(const QString& text, bool isError);
    void updateState();

    QString m_registryFolder;
    bool m_isImageModel = false;
    bool m_hasError = false;
    bool m_outputChosen = false;
    bool m_isInspecting = false; ///< until its outcome is shown
    bool m_isRunning = false;
    QPointer<BackgroundTask> m_runTask;
    QTimer m_inspectDelay;

    QComboBox* m_reference = nullptr;
    QLabel* m_modelInfo = nullptr;
    QLineEdit* m_input = nullptr;
    QPushButton* m_browseInput = nullptr;
    QLineEdit* m_output = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_preview = nullptr;
};

} // namespace crucible
