#pragma once

#include "engine/registry/BundleManifest.h"
#include "engine/registry/RegistryTypes.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace crucible {

class Workspace;

/// The lower half of the Registry page: for the selected version its model card (Markdown,
/// rendered), its lineage (version -> run -> dataset version, with links that open them), two
/// versions' metrics side by side with the difference, and the model's alias history. The card
/// and manifest are read from the bundle (verified by BundleReader) on a worker thread; the
/// panel never blocks. Thread: GUI.
class RegistryVersionPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegistryVersionPanel(QWidget* parent = nullptr);
    ~RegistryVersionPanel() override;

    /// The workspace whose runs and datasets the lineage links to (not owned; may be null).
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Shows `version` (nullptr: nothing); its bundle is read in the background.
    void showVersion(const RegisteredVersion* version);
    /// Fills the comparison with `older` and `newer` (nullptr for either: a hint to pick two).
    void showComparison(const RegisteredVersion* older, const RegisteredVersion* newer);
    /// Fills the alias history, newest first.
    void showHistory(const QList<AliasEvent>& events);
    /// Shows the tab with the comparison.
    void showComparisonTab();

    QTextBrowser* cardView() const { return m_card; }
    QLabel* lineageLabel() const { return m_lineage; }
    QTableWidget* comparisonTable() const { return m_compare; }
    QTableWidget* historyTable() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    /// True while a bundle is read.
    bool isLoading() const { return m_pendingReads > 0; }

Q_SIGNALS:
    /// The card of `reference` ("NAME@VERSION") is shown (or its reading failed, shown inline).
    void cardLoaded(const QString& reference);
    /// The user clicked the run or the dataset version in the lineage.
    void openRunRequested(const QString& runId);
    /// The pipeline run that trained run `trainingRunId` should be shown.
    void openPipelineRunRequested(const QString& trainingRunId);
    void openDatasetRequested(const QString& reference);

private:
    struct Loaded;
    void onLoaded(const Loaded& loaded);
    void fillLineage(const RegisteredVersion& version, const BundleManifest* manifest, const QString& error);
    void openLink(const QString& link);

    std::shared_ptr<const Workspace> m_workspace;
    int m_pendingReads = 0; ///< bundle reads started and not yet come back
    RegisteredVersion m_version; ///< version 0: none shown
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_card = nullptr;
    QLabel* m_lineage = nullptr;
    QLabel* m_compareHint = nullptr;
    QTableWidget* m_compare = nullptr;
    QTableWidget* m_history = nullptr;
};

} // namespace crucible
