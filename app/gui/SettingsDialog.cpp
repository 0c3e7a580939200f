#include "SettingsDialog.h"

#include "AppSettings.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace crucible {

SettingsDialog::SettingsDialog(const QString& currentWorkspace, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    m_workspace = new QLineEdit(this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setPlaceholderText(Workspace::defaultFolder());
    m_workspace->setToolTip(tr("The folder that holds your datasets, runs and models, or a workspace on a "
                               "PostgreSQL server that a team shares: "
                               "postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER. "
                               "Leave empty for the default folder."));
    m_workspace->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseWorkspace);
    auto* workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);

    m_useWorkspaceRegistry = new QCheckBox(tr("&Use the workspace's registry"), this);
    m_useWorkspaceRegistry->setObjectName(QStringLiteral("registry-default"));
    m_useWorkspaceRegistry->setToolTip(tr("Keep registered models in the registry/ folder of the workspace"));
    m_registry = new QLineEdit(this);
    m_registry->setObjectName(QStringLiteral("registry"));
    if (!currentWorkspace.isEmpty())
        m_registry->setPlaceholderText(QDir(currentWorkspace).filePath(QStringLiteral("registry")));
    m_registry->setToolTip(tr("A folder for registered models: local, or a shared drive your team can reach. "
                              "CRUCIBLE_REGISTRY, when set, wins over this choice."));
    m_browseRegistry = new QPushButton(tr("Browse…"), this);
    connect(m_browseRegistry, &QPushButton::clicked, this, &SettingsDialog::browseRegistry);
    connect(m_useWorkspaceRegistry, &QCheckBox::toggled, this, [this](bool useWorkspace) {
        m_registry->setEnabled(!useWorkspace);
        m_browseRegistry->setEnabled(!useWorkspace);
    });
    auto* registryRow = new QHBoxLayout;
    registryRow->addWidget(m_registry, 1);
    registryRow->addWidget(m_browseRegistry);

    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setToolTip(tr("LibTorch threads for training from the workbench. One core fewer than the "
                             "machine has keeps the window responsive while a model trains."));

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    for (const QString& device : torchruntime::deviceChoices()) {
        QString label = device;
        if (device == QLatin1String("auto"))
            label = tr("Automatic (GPU when available)");
        else if (device == QLatin1String("cpu"))
            label = tr("CPU");
        else
            label = tr("GPU %1 (%2)").arg(device, torchruntime::cudaDeviceLabel(device.mid(5).toInt()));
        m_device->addItem(label, device);
    }

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_tracking = new QCheckBox(tr("&Serve MLflow's tracking API on port"), this);
    m_tracking->setObjectName(QStringLiteral("tracking"));
    m_tracking->setToolTip(tr("While the workbench runs, Python scripts instrumented with MLflow log into this "
                              "workspace when MLFLOW_TRACKING_URI names this address; their runs appear live on "
                              "the Runs and Compare pages. Only this computer can reach it."));
    m_trackingPort = new QSpinBox(this);
    m_trackingPort->setObjectName(QStringLiteral("tracking-port"));
    m_trackingPort->setRange(0, 65535);
    m_trackingPort->setSpecialValueText(tr("any free port"));
    connect(m_tracking, &QCheckBox::toggled, m_trackingPort, &QWidget::setEnabled);
    auto* trackingRow = new QHBoxLayout;
    trackingRow->addWidget(m_tracking);
    trackingRow->addWidget(m_trackingPort);
    trackingRow->addStretch(1);

    auto* form = new QFormLayout;
    auto* workspaceLabel = new QLabel(tr("&Workspace:"), this); // a row holding a layout needs its own buddy
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);
    auto* registryLabel = new QLabel(tr("Model &registry folder:"), this);
    registryLabel->setBuddy(m_useWorkspaceRegistry);
    form->addRow(registryLabel, m_useWorkspaceRegistry);
    form->addRow(QString(), registryRow);
    form->addRow(tr("Training &threads:"), m_threads);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("T&heme:"), m_theme);
    auto* trackingLabel = new QLabel(tr("MLflow tracking:"), this);
    trackingLabel->setBuddy(m_tracking);
    form->addRow(trackingLabel, trackingRow);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString chosen = AppSettings::workspaceFolder();
    setWorkspaceFolder(chosen.isEmpty() && currentWorkspace != Workspace::defaultFolder() ? currentWorkspace : chosen);
    setRegistryFolder(AppSettings::registryFolder());
    setTrainingThreads(AppSettings::trainingThreads());
    setDevice(AppSettings::device());
    setThemeKey(theme::toKey(AppSettings::theme()));
    setTrackingServer(AppSettings::trackingServerEnabled(), AppSettings::trackingServerPort());
}

bool SettingsDialog::trackingServerEnabled() const
{
    return m_tracking->isChecked();
}

int SettingsDialog::trackingServerPort() const
{
    return m_trackingPort->value();
}

void SettingsDialog::setTrackingServer(bool enabled, int port)
{
    m_tracking->setChecked(enabled);
    m_trackingPort->setValue(port);
    m_trackingPort->setEnabled(enabled);
}

QString SettingsDialog::workspaceFolder() const
{
    return m_workspace->text().trimmed();
}

QString SettingsDialog::registryFolder() const
{
    return m_useWorkspaceRegistry->isChecked() ? QString() : m_registry->text().trimmed();
}

void SettingsDialog::setRegistryFolder(const QString& folder)
{
    m_registry->setText(folder);
    m_useWorkspaceRegistry->setChecked(folder.trimmed().isEmpty());
    m_registry->setEnabled(!m_useWorkspaceRegistry->isChecked());
    m_browseRegistry->setEnabled(!m_useWorkspaceRegistry->isChecked());
}

int SettingsDialog::trainingThreads() const
{
    return m_threads->value();
}

QString SettingsDialog::device() const
{
    return m_device->currentData().toString();
}

QString SettingsDialog::themeKey() const
{
    return m_theme->currentData().toString();
}

void SettingsDialog::setWorkspaceFolder(const QString& folder)
{
    m_workspace->setText(folder);
}

void SettingsDialog::setTrainingThreads(int threads)
{
    m_threads->setValue(threads);
}

void SettingsDialog::setDevice(const QString& device)
{
    const int index = m_device->findData(device);
    m_device->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::setThemeKey(const QString& key)
{
    const int index = m_theme->findData(key);
    m_theme->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::save() const
{
    AppSettings::setWorkspaceFolder(workspaceFolder());
    AppSettings::setRegistryFolder(registryFolder());
    AppSettings::setTrainingThreads(trainingThreads());
    AppSettings::setDevice(device());
    AppSettings::setTheme(theme::fromKey(themeKey()));
    AppSettings::setTrackingServerEnabled(trackingServerEnabled());
    AppSettings::setTrackingServerPort(trackingServerPort());
}

void SettingsDialog::browseWorkspace()
{
    const QString start = workspaceFolder().isEmpty() ? Workspace::defaultFolder() : workspaceFolder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose Workspace Folder"), start);
    if (!folder.isEmpty())
        setWorkspaceFolder(folder);
}

void SettingsDialog::browseRegistry()
{
    const QString start = m_registry->text().trimmed().isEmpty() ? QDir::homePath() : m_registry->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose Model Registry Folder"), start);
    if (!folder.isEmpty())
        setRegistryFolder(folder);
}

void SettingsDialog::restoreDefaults()
{
    setWorkspaceFolder(QString());
    setRegistryFolder(QString());
    setTrainingThreads(AppSettings::defaultTrainingThreads());
    setDevice(QStringLiteral("auto"));
    setThemeKey(QStringLiteral("system"));
    setTrackingServer(false, 5000);
}

} // namespace crucible
