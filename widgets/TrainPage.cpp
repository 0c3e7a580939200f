#include "TrainPage.h"

#include "EngineText.h"
#include "engine/core/VisibleText.h"

#include "MetricChart.h"
#include "RecipeForm.h"
#include "RunTableModel.h"

#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/core/Duration.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/Workspace.h"
#include "engine/torch/Trainer.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace crucible {

namespace {

QString stateLabel(TrainingState state)
{
    switch (state) {
    case TrainingState::Idle:
        return TrainPage::tr("Ready");
    case TrainingState::Preparing:
        return TrainPage::tr("Preparing data and model…");
    case TrainingState::Running:
        return TrainPage::tr("Training");
    case TrainingState::Paused:
        return TrainPage::tr("Paused");
    case TrainingState::Stopping:
        return TrainPage::tr("Stopping after this step…");
    case TrainingState::Finished:
        return TrainPage::tr("Finished");
    case TrainingState::Failed:
        return TrainPage::tr("Failed");
    case TrainingState::Stopped:
        return TrainPage::tr("Stopped");
    }
    return {};
}

} // namespace

TrainPage::TrainPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("TrainPage"));
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(33); // at most ~30 chart updates a second
    connect(&m_drainTimer, &QTimer::timeout, this, &TrainPage::drainSamples);
    buildUi();
    watchChanges();
    updateActions();
}

TrainPage::~TrainPage() = default;

void TrainPage::watchChanges()
{
    m_recentDelay.setSingleShot(true);
    m_recentDelay.setInterval(300);
    connect(&m_recentDelay, &QTimer::timeout, this, &TrainPage::reloadRecent);
    auto runChanged = [this](const QString& database, const QString&) {
        if (m_workspace && database == m_workspace->databasePath() && !m_recentDelay.isActive())
            m_recentDelay.start();
    };
    ChangeHub& hub = ChangeHub::instance();
    connect(&hub, &ChangeHub::runAdded, this, runChanged);
    connect(&hub, &ChangeHub::runChanged, this, runChanged);
    connect(&hub, &ChangeHub::datasetsChanged, this, [this](const QString& database) {
        if (m_workspace && database == m_workspace->databasePath())
            reload();
    });
}

void TrainPage::buildUi()
{
    m_recipe = new RecipeForm(this);

    m_startAction = new QAction(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Start"), this);
    m_startAction->setObjectName(QStringLiteral("train-start"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_startAction->setToolTip(tr("Start training (Ctrl+Enter)"));
    connect(m_startAction, &QAction::triggered, this, &TrainPage::startTraining);
    m_pauseAction = new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), tr("&Pause"), this);
    m_pauseAction->setObjectName(QStringLiteral("train-pause"));
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAction, &QAction::triggered, this, &TrainPage::pauseOrResume);
    m_stopAction = new QAction(QIcon(QStringLiteral(":/icons/stop.svg")), tr("S&top"), this);
    m_stopAction->setObjectName(QStringLiteral("train-stop"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setToolTip(tr("Stop after the current step and keep a checkpoint (Ctrl+.)"));
    connect(m_stopAction, &QAction::triggered, this, &TrainPage::stopTraining);
    m_queueAction = new QAction(tr("Add to &Queue"), this);
    m_queueAction->setToolTip(tr("Train this recipe after the runs before it"));
    connect(m_queueAction, &QAction::triggered, this, &TrainPage::enqueue);
    m_registerAction = new QAction(tr("&Register Model…"), this);
    m_registerAction->setObjectName(QStringLiteral("train-register"));
    m_registerAction->setToolTip(tr("Register the model of the run that just ended in the model registry"));
    m_registerAction->setEnabled(false);
    connect(m_registerAction, &QAction::triggered, this,
            [this] { Q_EMIT registerModelRequested(m_registerAction->data().toString()); });
    for (QAction* action : {m_startAction, m_pauseAction, m_stopAction})
        addAction(action);

    auto* buttons = new QToolBar(this);
    buttons->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->setIconSize(QSize(16, 16));
    buttons->addAction(m_startAction);
    buttons->addAction(m_pauseAction);
    buttons->addAction(m_stopAction);
    buttons->addSeparator();
    buttons->addAction(m_queueAction);
    buttons->addSeparator();
    buttons->addAction(m_registerAction);

    m_queueList = new QListWidget(this);
    m_queueList->setObjectName(QStringLiteral("train-queue"));
    m_queueList->setMaximumHeight(90);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("train-recent"));
    m_recent->setToolTip(tr("Double-click a run to open it on the Runs page"));
    connect(m_recent, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT openRunRequested(item->data(Qt::UserRole).toString()); });

    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_recipe);
    formLayout->addWidget(new QLabel(tr("Queue:"), this));
    formLayout->addWidget(m_queueList);
    formLayout->addWidget(new QLabel(tr("Recent runs:"), this));
    formLayout->addWidget(m_recent, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    // Wide enough for the form in the language shown (German labels are longer): never clipped.
    scroll->setMinimumWidth(std::max(
        340, form->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth()));

    m_status = new QLabel(stateLabel(TrainingState::Idle), this);
    m_status->setObjectName(QStringLiteral("train-status"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_lossChart = new MetricChart(this);
    m_lossChart->setObjectName(QStringLiteral("train-loss-chart"));
    m_lossChart->setTitle(tr("Loss"));
    m_lossChart->setXLabel(tr("step"));
    m_lossChart->setSmoothing(0.6);
    m_validationChart = new MetricChart(this);
    m_validationChart->setObjectName(QStringLiteral("train-validation-chart"));
    m_validationChart->setTitle(tr("Validation"));
    m_validationChart->setXLabel(tr("epoch"));

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(buttons);
    chartsLayout->addWidget(m_status);
    chartsLayout->addWidget(m_progress);
    chartsLayout->addWidget(m_lossChart, 3);
    chartsLayout->addWidget(m_validationChart, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(charts);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({scroll->minimumWidth() + 20, 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
}

void TrainPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    retireJob();
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_job = std::make_unique<TrainingJob>(m_workspace, torchBackend());
        connect(m_job.get(), &TrainingJob::samplesAvailable, this, [this] {
            if (!m_drainTimer.isActive())
                m_drainTimer.start();
        });
        connect(m_job.get(), &TrainingJob::stateChanged, this, &TrainPage::onStateChanged);
        connect(m_job.get(), &TrainingJob::progressChanged, this, &TrainPage::onProgress);
        connect(m_job.get(), &TrainingJob::runCreated, this, [this](const QString& id) {
            m_lossChart->clear();
            m_validationChart->clear();
            Q_EMIT runCreated(id);
        });
        connect(m_job.get(), &TrainingJob::finished, this, &TrainPage::onFinished);
    }
    reload();
    updateActions();
}

void TrainPage::retireJob()
{
    m_queue.clear();
    if (!m_job)
        return;
    m_job->disconnect(this);
    if (!m_job->isActive()) {
        m_job.reset();
        return;
    }
    // The run stops after its current step and writes its checkpoint; that can take seconds,
    // so a task waits for it off the GUI thread and the job (holding the old workspace) is
    // deleted on the GUI thread when it has ended.
    m_job->stop();
    m_lossChart->clear();
    m_validationChart->clear();
    std::shared_ptr<TrainingJob> job(m_job.release());
    TaskManager::instance().start(
        tr("Stopping run %1…").arg(job->runId()), nullptr,
        [job](TaskContext&) {
            job->waitUntilEnded();
            return true;
        },
        [](bool) {}, TaskManager::Options {.cancellable = false});
}

void TrainPage::setDefaultThreads(int threads)
{
    m_defaultThreads = threads;
}

void TrainPage::setDefaultDevice(const QString& device)
{
    m_recipe->setDevice(device);
}

void TrainPage::reload()
{
    m_recent->clear();
    ++m_recentGeneration;
    m_isLoadingRecent = false;
    if (!m_workspace) {
        m_recipe->setDatasets({});
        updateActions();
        return;
    }
    if (auto versions = DatasetStore(*m_workspace).versions())
        m_recipe->setDatasets(versions.value());
    else
        Q_EMIT problem(tr("Cannot list the datasets: %1").arg(errorText(versions.error())));
    reloadRecent();
    updateActions();
}

void TrainPage::reloadRecent()
{
    if (!m_workspace)
        return;
    // The recent runs come from a background task: the workspace may hold thousands.
    const quint64 generation = ++m_recentGeneration;
    m_isLoadingRecent = true;
    TaskManager::instance().start(
        tr("Listing recent runs…"), this,
        [workspace = m_workspace](TaskContext&) {
            RunQuery query;
            query.limit = 20; // the database reads these 20, however many runs the workspace holds
            return RunCatalog(*workspace).list(query);
        },
        [this, generation](const Result<std::vector<RunRecord>>& runs) {
            if (generation != m_recentGeneration)
                return;
            m_isLoadingRecent = false;
            const QString chosen =
                m_recent->currentItem() ? m_recent->currentItem()->data(Qt::UserRole).toString() : QString();
            m_recent->clear();
            if (!runs) {
                Q_EMIT problem(tr("Cannot list the recent runs: %1").arg(errorText(runs.error())));
                return;
            }
            for (const RunRecord& run : runs.value()) {
                auto* item = new QListWidgetItem(
                    // Ids begin with their time, so that runs of a day share a prefix: the
                    // name and status here, the id in the tool tip.
                    QStringLiteral("%1  ·  %2").arg(visibleText(run.name), RunTableModel::statusText(run.status)),
                    m_recent);
                item->setData(Qt::UserRole, run.id);
                item->setToolTip(tr("%1 on %2@%3").arg(run.id, visibleText(run.datasetName), run.datasetHash.left(12)));
                if (run.id == chosen)
                    m_recent->setCurrentItem(item);
            }
        },
        TaskManager::Options {.shown = false});
}

Result<TrainingRequest> TrainPage::request() const
{
    return m_recipe->request(m_defaultThreads);
}

Status TrainPage::setRecipeValue(const QString& key, const QString& value)
{
    return m_recipe->setValue(key, value);
}

void TrainPage::setLastRecipe(const QJsonObject& recipe)
{
    if (recipe.value(QStringLiteral("model")).toString().trimmed().isEmpty())
        return; // nothing used yet (or not readable): the form keeps its defaults
    auto config = RunConfig::fromJson(recipe.value(QStringLiteral("config")).toObject());
    if (!config)
        return;
    m_recipe->setRecipe(recipe.value(QStringLiteral("dataset")).toString(), config.value(),
                        recipe.value(QStringLiteral("model")).toString());
}

void TrainPage::noteRecipeUsed(const TrainingRequest& request)
{
    Q_EMIT recipeUsed(QJsonObject {{QStringLiteral("dataset"), request.dataset.section(QLatin1Char('@'), 0, 0)},
                                   {QStringLiteral("model"), m_recipe->modelText()},
                                   {QStringLiteral("config"), request.config.toJson()}});
}

bool TrainPage::selectDataset(const QString& reference)
{
    return m_recipe->selectDataset(reference);
}

bool TrainPage::startTraining()
{
    if (!m_job)
        return false;
    if (m_job->isActive())
        return enqueue();
    auto built = request();
    if (!built) {
        Q_EMIT problem(tr("Cannot start: %1").arg(errorText(built.error())));
        m_status->setText(tr("Cannot start: %1").arg(errorText(built.error())));
        return false;
    }
    m_progress->setValue(0);
    const bool started = m_job->start(built.value());
    if (started)
        noteRecipeUsed(built.value());
    updateActions();
    return started;
}

void TrainPage::pauseOrResume()
{
    if (!m_job)
        return;
    if (m_job->state() == TrainingState::Paused)
        m_job->resume();
    else if (m_job->state() == TrainingState::Running)
        m_job->pause();
}

void TrainPage::stopTraining()
{
    if (m_job && m_job->isActive())
        m_job->stop();
}

bool TrainPage::enqueue()
{
    auto built = request();
    if (!built) {
        Q_EMIT problem(tr("Cannot queue: %1").arg(errorText(built.error())));
        return false;
    }
    m_queue.append(built.value());
    noteRecipeUsed(built.value());
    m_queueList->addItem(QStringLiteral("%1 · %2 · %3 epochs")
                             .arg(built->dataset, built->config.model.summary())
                             .arg(built->config.epochs));
    if (m_job && !m_job->isActive())
        startNextQueued();
    updateActions();
    return true;
}

int TrainPage::queuedCount() const
{
    return int(m_queue.size());
}

void TrainPage::startNextQueued()
{
    if (m_queue.isEmpty() || !m_job || m_job->isActive())
        return;
    const TrainingRequest next = m_queue.takeFirst();
    delete m_queueList->takeItem(0);
    m_job->start(next);
    updateActions();
}

void TrainPage::drainSamples()
{
    if (!m_job)
        return;
    const std::vector<MetricSample> samples = m_job->drainSamples();
    // Group by key so each chart gets one append (and one repaint) per drain.
    QMap<QString, QPair<std::vector<double>, std::vector<double>>> byKey;
    for (const MetricSample& sample : samples) {
        auto& [xs, ys] = byKey[sample.key];
        const bool perEpoch = sample.key.startsWith(QLatin1String("val_"));
        xs.push_back(perEpoch ? sample.epoch : double(sample.step));
        ys.push_back(sample.value);
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("loss"))
            m_lossChart->appendPoints(key, tr("training loss"), it.value().first, it.value().second);
        else if (key.startsWith(QLatin1String("val_")))
            m_validationChart->appendPoints(key, key, it.value().first, it.value().second);
    }
}

void TrainPage::onStateChanged(TrainingState state)
{
    m_status->setText(stateLabel(state));
    updateActions();
}

void TrainPage::onProgress(const TrainingProgress& progress)
{
    m_progress->setValue(int(progress.fraction() * 1000));
    m_status->setText(tr("%1 · epoch %2 of %3 · step %4 of %5 · %6 samples/s · %7 left")
                          .arg(stateLabel(m_job ? m_job->state() : TrainingState::Running))
                          .arg(progress.epoch)
                          .arg(progress.epochs)
                          .arg(QLocale().toString(progress.step))
                          .arg(QLocale().toString(progress.totalSteps))
                          .arg(QLocale().toString(progress.samplesPerSecond, 'f', 0))
                          .arg(progress.etaSeconds < 0 ? QStringLiteral("–")
                                                       : formatDuration(progress.etaSeconds, DurationStyle::Clock)));
    if (progress.device.startsWith(QLatin1String("cuda"))) {
        m_status->setText(m_status->text()
                          + tr(" · %1, %2 GPU memory in use")
                                .arg(progress.device, QLocale().formattedDataSize(progress.gpuMemoryBytes)));
        m_gpuDevice = progress.device;
        Q_EMIT gpuMemoryChanged(progress.device, progress.gpuMemoryBytes);
    }
}

void TrainPage::onFinished()
{
    drainSamples();
    if (!m_gpuDevice.isEmpty())
        Q_EMIT gpuMemoryChanged(std::exchange(m_gpuDevice, QString()), 0);
    QString text = stateLabel(m_job->state());
    if (auto result = m_job->result()) {
        if (!result->error.isEmpty())
            text = tr("Failed: %1").arg(engineText(result->error));
        else {
            QStringList metrics;
            for (auto it = result->outcome.finalMetrics.cbegin(); it != result->outcome.finalMetrics.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("test_")))
                    metrics << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'g', 4);
            }
            text += metrics.isEmpty() ? QString() : QStringLiteral(" · ") + metrics.join(QStringLiteral(", "));
        }
        if (!result->warnings.isEmpty())
            text += QStringLiteral(" · ")
                + tr("Not everything was recorded: %1").arg(result->warnings.join(QStringLiteral("; ")));
        m_registerAction->setData(result->runId);
        m_registerAction->setEnabled(result->status == RunStatus::Finished || result->status == RunStatus::Stopped);
        Q_EMIT runFinished(result->runId);
    } else if (auto error = m_job->error()) {
        text = tr("Cannot start: %1").arg(errorText(*error));
        Q_EMIT problem(text);
    }
    m_status->setText(text);
    reload();
    updateActions();
    startNextQueued();
}

void TrainPage::updateActions()
{
    const bool active = m_job && m_job->isActive();
    const TrainingState state = m_job ? m_job->state() : TrainingState::Idle;
    m_startAction->setEnabled(m_job && !active && m_recipe->datasetCount() > 0);
    m_queueAction->setEnabled(m_job && m_recipe->datasetCount() > 0);
    m_pauseAction->setEnabled(active && m_job->canPause()
                              && (state == TrainingState::Running || state == TrainingState::Paused));
    m_pauseAction->setText(state == TrainingState::Paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(QIcon(state == TrainingState::Paused ? QStringLiteral(":/icons/play.svg")
                                                                : QStringLiteral(":/icons/pause.svg")));
    m_stopAction->setEnabled(active && state != TrainingState::Stopping);
}

QString TrainPage::statusText() const
{
    return m_status->text();
}

} // namespace crucible
