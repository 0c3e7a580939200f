#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace crucible {

/// Preferences: workspace folder, model registry folder, training threads, device, theme and the
/// MLflow tracking server. Thread: GUI.
/// The dialog edits copies; save() writes them to AppSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentWorkspace`: the folder open now, shown when no folder was chosen before.
    explicit SettingsDialog(const QString& currentWorkspace, QWidget* parent = nullptr);

    QString workspaceFolder() const;
    /// The model registry folder; empty when "Use the workspace's registry" is checked.
    QString registryFolder() const;
    int trainingThreads() const;
    QString device() const;
    QString themeKey() const;
    bool trackingServerEnabled() const;
    int trackingServerPort() const;

    void setWorkspaceFolder(const QString& folder);
    /// Empty: use the workspace's registry/.
    void setRegistryFolder(const QString& folder);
    void setTrainingThreads(int threads);
    void setDevice(const QString& device);
    void setThemeKey(const QString& key);
    void setTrackingServer(bool enabled, int port);

    /// Writes the edited values to the settings.
    void save() const;

private Q_SLOTS:
    void browseWorkspace();
    void browseRegistry();
    void restoreDefaults();

private:
    QLineEdit* m_workspace = nullptr;
    QCheckBox* m_useWorkspaceRegistry = nullptr;
    QLineEdit* m_registry = nullptr;
    QPushButton* m_browseRegistry = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_tracking = nullptr;
    QSpinBox* m_trackingPort = nullptr;
};

} // namespace crucible
