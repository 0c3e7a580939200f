#pragma once

#include "engine/data/DatasetStore.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

#include <functional>
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
class QTimer;
class QTreeWidget;

namespace crucible {

class BackgroundTask;
class ColumnProfileView;
class TaskContext;
class DatasetTableModel;
class ImageGridModel;
class Workspace;

/// The Datasets page: the workspace's datasets and their versions, a virtual table of rows,
/// column profiles with histograms, a thumbnail grid for images, and import (menu, toolbar,
/// drag and drop) with a preview, progress and cancel. Imports and loads are background tasks
/// (TaskManager) that own the workspace they read; the page never waits for them. Thread: GUI.
class DatasetsPage : public QWidget {
    Q_OBJECT
public:
    explicit DatasetsPage(QWidget* parent = nullptr);
    ~DatasetsPage() override;

    /// Shows the datasets of `workspace` (may be null). A running import of the previous
    /// workspace is cancelled and finishes on its own.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
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

    QAction* exportAction() const { return m_exportAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    /// Asks where, then exports the version shown (CSV, or a folder of images).
    void chooseAndExport();
    /// Exports the version shown to `path` in a task; the notice says what was written.
    void exportShown(const QString& path);
    /// Deletes the version shown from the workspace (asks first when `ask`; when runs trained on
    /// it, asks again whether to delete it anyway, and without asking refuses, as the notice says).
    void deleteShown(bool ask);

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

    /// Column widths of the row table the user set, by dataset name (lists of pixel widths), as
    /// columnWidthsChanged() gave them; a dataset with none fills the table's width.
    void setColumnWidths(const QVariantMap& widths);
    QVariantMap columnWidths() const { return m_columnWidths; }

Q_SIGNALS:
    /// The user sized a column of the row table: every dataset's widths, to keep.
    void columnWidthsChanged(const QVariantMap& widths);
    /// An import ended: `ok` false on error or cancel; `message` says what happened.
    void importFinished(bool ok, const QString& message);
    /// A dataset version finished loading and is shown.
    void datasetShown(const QString& reference);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Loaded;
    struct Imported;
    using ImportWork = std::function<Imported(TaskContext&)>;

    void buildUi();
    void showSelected();
    /// Spreads the row table's columns over its width when they would leave part of it empty,
    /// until the user sizes a column themselves.
    void fitRowColumns();
    /// Applies widths kept for a dataset; false when they do not fit its columns.
    bool restoreColumnWidths(const QVariant& saved);
    void onLoaded(const Loaded& loaded);
    void onImported(const Imported& imported);
    void runImport(const QString& description, ImportWork work);
    void setImportRunning(bool running, const QString& text);
    void chooseSamples();
    /// deleteDatasetVersion() in a task; `askToForce`: ask before deleting one that runs use.
    void runDelete(const DatasetVersion& version, bool force, bool askToForce);
    void showNotice(const QString& text, bool isError);
    QList<DatasetVersion> versionsOf(const QString& name) const;

    std::shared_ptr<const Workspace> m_workspace;
    QList<DatasetVersion> m_versions;
    std::unique_ptr<DatasetVersion> m_shown;
    QString m_pendingSelection;

    QAction* m_importAction = nullptr;
    QAction* m_samplesAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_deleteAction = nullptr;
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

    QPointer<BackgroundTask> m_loadTask;
    QPointer<BackgroundTask> m_importTask;
    // Each start counts up; a result whose number is not the latest is dropped (a newer load
    // replaced it, or the workspace changed while it ran).
    quint64 m_loadGeneration = 0;
    quint64 m_importGeneration = 0;
    bool m_loading = false;
    bool m_importing = false;
    bool m_fittingColumns = false; ///< fitRowColumns() is sizing: not the user
    bool m_userSizedColumns = false; ///< the user sized a column of the shown dataset
    QVariantMap m_columnWidths; ///< dataset name -> the row table's column widths (a list of ints)
    QTimer* m_saveWidths = nullptr; ///< a drag sizes a column many times: one save after it
};

} // namespace crucible
