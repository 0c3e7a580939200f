#pragma once

#include "Theme.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crucible {

/// The GUI's persistent preferences (QSettings, organisation "Crucible"). Thread: GUI.
/// Keys are stable across versions; an unreadable value falls back to its default.
class AppSettings {
public:
    /// Workspace folder chosen in Settings; empty means the embedded default.
    static QString workspaceFolder();
    static void setWorkspaceFolder(const QString& folder);

    /// Model registry folder chosen in Settings; empty means the workspace's registry/.
    static QString registryFolder();
    static void setRegistryFolder(const QString& folder);

    /// LibTorch intra-op threads for training from the GUI: default cores - 1 (at least 1),
    /// so the interface stays responsive while a run trains.
    static int trainingThreads();
    static int defaultTrainingThreads();
    static void setTrainingThreads(int threads);

    /// "auto", "cpu" or "cuda:N".
    static QString device();
    static void setDevice(const QString& device);

    /// Whether the workbench serves MLflow's tracking API on the open workspace while it runs
    /// (off by default), and on which loopback port (default 5000, MLflow's; 0 picks a free one).
    static bool trackingServerEnabled();
    static void setTrackingServerEnabled(bool enabled);
    static int trackingServerPort();
    static void setTrackingServerPort(int port);

    static Theme theme();
    static void setTheme(Theme theme);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);
    /// The state of a page's splitters (QSplitter::saveState()), by page key and position.
    static QList<QByteArray> splitterStates(const QString& page);
    static void setSplitterStates(const QString& page, const QList<QByteArray>& states);

    /// Key of the last page shown ("datasets", "train", "runs", "registry").
    /// Column widths of the Datasets page's row table, by dataset name.
    static QVariantMap datasetColumnWidths();
    static void setDatasetColumnWidths(const QVariantMap& widths);

    /// The recipe the Train page started or queued last ({"dataset", "model", "config"}).
    static QJsonObject lastRecipe();
    static void setLastRecipe(const QJsonObject& recipe);

    /// The pipeline files the Pipelines page lists.
    static QStringList pipelineFiles();
    static void setPipelineFiles(const QStringList& files);
};

} // namespace crucible
