#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace crucible {

/// Preferences: workspace folder, training threads, device and theme. Thread: GUI.
/// The dialog edits copies; save() writes them to AppSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentWorkspace`: the folder open now, shown when no folder was chosen before.
    explicit SettingsDialog(const QString& currentWorkspace, QWidget* parent = nullptr);

    QString workspaceFolder() const;
    int trainingThreads() const;
    QString device() const;
    QString themeKey() const;

    void setWorkspaceFolder(const QString& folder);
    void setTrainingThreads(int threads);
    void setDevice(const QString& device);
    void setThemeKey(const QString& key);

    /// Writes the edited values to the settings.
    void save() const;

private Q_SLOTS:
    void browseWorkspace();
    void restoreDefaults();

private:
    QLineEdit* m_workspace = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_theme = nullptr;
};

} // namespace crucible
