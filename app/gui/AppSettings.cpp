#include "AppSettings.h"

#include <QJsonDocument>
#include <QSettings>
#include <QThread>

#include <algorithm>

namespace crucible {

namespace {
const QString kWorkspace = QStringLiteral("workspace/folder");
const QString kRegistry = QStringLiteral("registry/folder");
const QString kThreads = QStringLiteral("training/threads");
const QString kDevice = QStringLiteral("training/device");
const QString kTrackingEnabled = QStringLiteral("tracking/enabled");
const QString kTrackingPort = QStringLiteral("tracking/port");
const QString kTheme = QStringLiteral("ui/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kDatasetColumns = QStringLiteral("datasets/column_widths");
const QString kLastRecipe = QStringLiteral("train/last_recipe");
const QString kPipelineFiles = QStringLiteral("pipelines/files");
} // namespace

QString AppSettings::workspaceFolder()
{
    return QSettings().value(kWorkspace).toString();
}

void AppSettings::setWorkspaceFolder(const QString& folder)
{
    QSettings().setValue(kWorkspace, folder);
}

QString AppSettings::registryFolder()
{
    return QSettings().value(kRegistry).toString();
}

void AppSettings::setRegistryFolder(const QString& folder)
{
    QSettings().setValue(kRegistry, folder);
}

int AppSettings::defaultTrainingThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

int AppSettings::trainingThreads()
{
    bool ok = false;
    const int threads = QSettings().value(kThreads).toInt(&ok);
    return ok && threads > 0 ? threads : defaultTrainingThreads();
}

void AppSettings::setTrainingThreads(int threads)
{
    QSettings().setValue(kThreads, threads);
}

bool AppSettings::trackingServerEnabled()
{
    return QSettings().value(kTrackingEnabled, false).toBool();
}

void AppSettings::setTrackingServerEnabled(bool enabled)
{
    QSettings().setValue(kTrackingEnabled, enabled);
}

int AppSettings::trackingServerPort()
{
    bool ok = false;
    const int port = QSettings().value(kTrackingPort, 5000).toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? port : 5000;
}

void AppSettings::setTrackingServerPort(int port)
{
    QSettings().setValue(kTrackingPort, port);
}

QString AppSettings::device()
{
    return QSettings().value(kDevice, QStringLiteral("auto")).toString();
}

void AppSettings::setDevice(const QString& device)
{
    QSettings().setValue(kDevice, device);
}

Theme AppSettings::theme()
{
    return theme::fromKey(QSettings().value(kTheme).toString());
}

void AppSettings::setTheme(Theme value)
{
    QSettings().setValue(kTheme, theme::toKey(value));
}

QList<QByteArray> AppSettings::splitterStates(const QString& page)
{
    QList<QByteArray> states;
    for (const QVariant& state : QSettings().value(QStringLiteral("window/splitters/") + page).toList())
        states << state.toByteArray();
    return states;
}

void AppSettings::setSplitterStates(const QString& page, const QList<QByteArray>& states)
{
    QVariantList list;
    for (const QByteArray& state : states)
        list << state;
    QSettings().setValue(QStringLiteral("window/splitters/") + page, list);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QStringList AppSettings::pipelineFiles()
{
    return QSettings().value(kPipelineFiles).toStringList();
}

void AppSettings::setPipelineFiles(const QStringList& files)
{
    QSettings().setValue(kPipelineFiles, files);
}

QVariantMap AppSettings::datasetColumnWidths()
{
    return QSettings().value(kDatasetColumns).toMap();
}

void AppSettings::setDatasetColumnWidths(const QVariantMap& widths)
{
    QSettings().setValue(kDatasetColumns, widths);
}

QJsonObject AppSettings::lastRecipe()
{
    return QJsonDocument::fromJson(QSettings().value(kLastRecipe).toByteArray()).object();
}

void AppSettings::setLastRecipe(const QJsonObject& recipe)
{
    QSettings().setValue(kLastRecipe, QJsonDocument(recipe).toJson(QJsonDocument::Compact));
}

} // namespace crucible
