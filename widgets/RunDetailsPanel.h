#pragma once

#include "engine/store/RunTypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace crucible {

/// Everything about one run: overview (status, times, data, seed, device), editable notes and
/// tags, params, metric summaries, the recipe as JSON, the environment and the artifacts.
/// It edits nothing itself: saving emits editsSaved() for the page to store. Thread: GUI.
class RunDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunDetailsPanel(QWidget* parent = nullptr);

    /// Shows `run`; nullptr shows a hint to pick a run.
    void showRun(const RunRecord* run);
    QString runId() const { return m_runId; }

    QString notes() const;
    void setNotes(const QString& notes);
    /// The tags as typed: comma-separated.
    QStringList tags() const;
    void setTagsText(const QString& text);
    /// Emits editsSaved() with the notes and tags as they are in the fields.
    void save();

Q_SIGNALS:
    void editsSaved(const QString& runId, const QString& notes, const QStringList& tags);
    /// The pipeline run that trained run `runId` should be shown.
    void openPipelineRunRequested(const QString& runId);

private:
    void fillOverview(const RunRecord& run);
    void fillTables(const RunRecord& run);
    void updateSaveButton();

    QString m_runId;
    QString m_savedNotes;
    QString m_savedTags;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_overview = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_tags = nullptr;
    QPushButton* m_save = nullptr;
    QTableWidget* m_params = nullptr;
    QTableWidget* m_metrics = nullptr;
    QPlainTextEdit* m_recipe = nullptr;
    QTableWidget* m_environment = nullptr;
    QTableWidget* m_artifacts = nullptr;
};

} // namespace crucible
