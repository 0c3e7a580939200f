#pragma once

#include "engine/data/DatasetStore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace crucible {

class ColumnProfileView;
class DatasetTableModel;
class ImageGridModel;
class Workspace;

/// The Datasets page: the workspace's datasets and their versions, a virtual table of rows,
/// column profiles with histograms, a thumbnail grid for images, and import (menu, toolbar,
/// drag and drop) with a preview, progress and cancel. Imports and loads run on worker
/// threads; the page stays responsive. Thread: GUI.
class DatasetsPage : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPage(QWidget* parent = nullptr);
    ~DatasetsPage() override;

    /// Shows the datasets of `workspace` (not owned; may be null).
    void setWorkspace(const Workspace* workspace);
    QAction* importAction() const { return m_importAction; }
    QAction* samplesAction() const { return m_samplesAction; }

    /// Asks for a file or folder, previews it, then imports it.
    void chooseAndImport();
    /// Previews `path` in the import dialog, then imports it when the user accepts.
    void importWithPreview(const QString& path);
    /// Imports without asking (used by the dialog, drag and drop of several files, and tests).
    void startImport(const ImportRequest& request);
    /// Adds built-in samples by key.
    void startSamples(const QStringList& keys);
    /// Cancels the running import, if any.
    void cancelImport();
    bool isImporting() const;

    /// Selects a dataset version ("NAME" or "NAME@HASH"); false when there is none such.
    bool selectDataset(const QString& reference);
    /// The version shown, if any.
    const DatasetVersion* shownVersion() const;
    bool isLoading() const;

    DatasetTableModel* tableModel() const { return m_tableModel; }
    ImageGridModel* imageModel() const { return m_imageModel; }
    ColumnProfileView* profileView() const { return m_profileView; }
    QTabWidget* tabs() const { return m_tabs; }

    /// The message about the last import shown under the page (empty when dismissed).
    QString noticeText() const;

    /// Reloads the list of datasets from the workspace.
    void reload();

Q_SIGNALS:
    /// An import ended: `ok` false on error or cancel; `message` says what happened.
    void importFinished(bool ok, const QString& message);
    /// A dataset version finished loading and is shown.
    void datasetShown(const QString& reference);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Loaded;
    struct Imported;

    void buildUi();
    void showSelected();
    void onLoaded();
    void onImported();
    void setImportRunning(bool running, const QString& text);
    void chooseSamples();
    void showNotice(const QString& text, bool isError);
    QList<DatasetVersion> versionsOf(const QString& name) const;

    const Workspace* m_workspace = nullptr;
    QList<DatasetVersion> m_versions;
    std::unique_ptr<DatasetVersion> m_shown;
    QString m_pendingSelection;

    QAction* m_importAction = nullptr;
    QAction* m_samplesAction = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_rows = nullptr;
    QListView* m_images = nullptr;
    QTableWidget* m_versionTable = nullptr;
    ColumnProfileView* m_profileView = nullptr;
    DatasetTableModel* m_tableModel = nullptr;
    ImageGridModel* m_imageModel = nullptr;
    QWidget* m_importBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_importLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;

    QFutureWatcher<std::shared_ptr<Loaded>> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<Imported>> m_importWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    // Set when work starts, cleared when its result has been shown: a watcher's isRunning()
    // turns false before its finished() signal is delivered.
    bool m_loading = false;
    bool m_importing = false;
};

} // namespace crucible
