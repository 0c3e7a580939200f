#include "TrainPage.h"

#include "MetricChart.h"

#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/core/Duration.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/torch/Trainer.h"

#include <utility>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace crucible {

namespace {
/// Item data of the dataset box: the version's DatasetKind, for checking the model against it.
constexpr int kDatasetKindRole = Qt::UserRole + 1;
} // namespace

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

QSpinBox* spinBox(int low, int high, int value, const QString& tip, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

QDoubleSpinBox* doubleBox(double low, double high, double value, int decimals, const QString& tip, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
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
    const RunConfig defaults;
    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(QStringLiteral("train-dataset"));
    m_dataset->setToolTip(tr("The dataset version to train on"));
    m_dataset->setMinimumContentsLength(18);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("train-model"));
    m_model->setEditable(true);
    m_model->addItems({QStringLiteral("auto"), QStringLiteral("mlp"), QStringLiteral("mlp:512,256"),
                       QStringLiteral("cnn"), QStringLiteral("cnn:32,64"), QStringLiteral("resnet"),
                       QStringLiteral("linear")});
    m_model->setToolTip(tr("A preset (auto picks one for the dataset), a compact form such as mlp:256,128 or "
                           "cnn:32,64, or a JSON spec (Edit…)"));
    auto* editSpec = new QPushButton(tr("Edit…"), this);
    connect(editSpec, &QPushButton::clicked, this, &TrainPage::editModelSpec);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(editSpec);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setObjectName(QStringLiteral("train-model-info"));
    m_modelInfo->setWordWrap(true);
    connect(m_model, &QComboBox::currentTextChanged, this, &TrainPage::updateModelInfo);

    m_epochs = spinBox(1, 100000, defaults.epochs, tr("Passes over the training split"), this);
    m_epochs->setObjectName(QStringLiteral("train-epochs"));
    m_batch = spinBox(1, 1 << 20, defaults.batchSize, tr("Examples per optimizer step"), this);
    m_lr = new QLineEdit(QString::number(defaults.lr), this);
    m_lr->setValidator(new QDoubleValidator(1e-12, 100.0, 12, m_lr));
    m_lr->setToolTip(tr("Learning rate, for example 0.001 or 3e-4"));
    m_optimizer = new QComboBox(this);
    m_optimizer->addItems({QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("sgd")});
    m_optimizer->setToolTip(tr("Adam and AdamW adapt the step per weight; SGD uses momentum"));
    m_momentum = doubleBox(0, 0.999, defaults.momentum, 3, tr("SGD momentum"), this);
    m_nesterov = new QCheckBox(tr("Nesterov"), this);
    m_weightDecay = new QLineEdit(QString::number(defaults.weightDecay), this);
    m_weightDecay->setValidator(new QDoubleValidator(0.0, 10.0, 12, m_weightDecay));
    m_weightDecay->setToolTip(tr("L2 penalty (decoupled for AdamW)"));
    m_schedule = new QComboBox(this);
    m_schedule->addItems({QStringLiteral("constant"), QStringLiteral("cosine"), QStringLiteral("step")});
    m_schedule->setToolTip(tr("How the learning rate changes over the epochs"));
    m_warmup =
        doubleBox(0, 1000, defaults.warmupEpochs, 2, tr("Epochs of linear warm-up from 0 to the learning rate"), this);
    m_patience = spinBox(0, 10000, defaults.earlyStoppingPatience,
                         tr("Stop after this many epochs without a better validation loss; 0 never stops early"), this);
    m_gradClip = doubleBox(0, 1e6, defaults.gradClip, 3, tr("Largest gradient norm; 0 does not clip"), this);
    m_seed = spinBox(0, std::numeric_limits<int>::max(), int(defaults.seed), tr("Seed of initialisation and shuffling"),
                     this);
    m_deterministic = new QCheckBox(tr("Deterministic"), this);
    m_deterministic->setToolTip(tr("Deterministic algorithms: the same seed gives identical results on the CPU"));
    m_device = new QComboBox(this);
    for (const QString& device : torchruntime::deviceChoices())
        m_device->addItem(device, device);
    m_device->setToolTip(tr("auto trains on the GPU when one is available"));
    m_threads = spinBox(0, 1024, 0, tr("LibTorch threads; 0 uses the Settings value"), this);
    m_threads->setSpecialValueText(tr("default"));
    m_checkpointEvery =
        spinBox(0, 10000, defaults.checkpointEvery, tr("Epochs between checkpoints; 0 only on stop"), this);

    auto* recipe = new QGroupBox(tr("Recipe"), this);
    auto* recipeForm = new QFormLayout(recipe);
    recipeForm->addRow(tr("&Dataset:"), m_dataset);
    recipeForm->addRow(tr("Model:"), modelRow);
    recipeForm->addRow(QString(), m_modelInfo);
    recipeForm->addRow(tr("&Epochs:"), m_epochs);
    recipeForm->addRow(tr("&Batch size:"), m_batch);
    recipeForm->addRow(tr("&Learning rate:"), m_lr);
    recipeForm->addRow(tr("&Optimizer:"), m_optimizer);
    auto* advanced = new QGroupBox(tr("Advanced"), this);
    auto* advancedForm = new QFormLayout(advanced);
    auto* momentumRow = new QHBoxLayout;
    momentumRow->addWidget(m_momentum, 1);
    momentumRow->addWidget(m_nesterov);
    advancedForm->addRow(tr("Momentum:"), momentumRow);
    advancedForm->addRow(tr("Weight decay:"), m_weightDecay);
    advancedForm->addRow(tr("Schedule:"), m_schedule);
    advancedForm->addRow(tr("Warm-up epochs:"), m_warmup);
    advancedForm->addRow(tr("Early stopping:"), m_patience);
    advancedForm->addRow(tr("Gradient clip:"), m_gradClip);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_deterministic);
    advancedForm->addRow(tr("Seed:"), seedRow);
    advancedForm->addRow(tr("Device:"), m_device);
    advancedForm->addRow(tr("Threads:"), m_threads);
    advancedForm->addRow(tr("Checkpoint every:"), m_checkpointEvery);

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
    formLayout->addWidget(recipe);
    formLayout->addWidget(advanced);
    formLayout->addWidget(new QLabel(tr("Queue:"), this));
    formLayout->addWidget(m_queueList);
    formLayout->addWidget(new QLabel(tr("Recent runs:"), this));
    formLayout->addWidget(m_recent, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(340);

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
    splitter->setSizes({380, 900});
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
    const int index = m_device->findData(device);
    if (index >= 0)
        m_device->setCurrentIndex(index);
}

void TrainPage::reload()
{
    const QString previous = m_dataset->currentData().toString();
    m_dataset->clear();
    m_recent->clear();
    ++m_recentGeneration;
    m_isLoadingRecent = false;
    if (!m_workspace)
        return;
    if (auto versions = DatasetStore(*m_workspace).versions()) {
        for (const DatasetVersion& version : versions.value()) {
            m_dataset->addItem(QStringLiteral("%1  (%2, %3)")
                                   .arg(version.reference(), QLocale().toString(version.rows), version.target),
                               version.reference());
            m_dataset->setItemData(m_dataset->count() - 1, int(version.kind), kDatasetKindRole);
        }
    }
    const int keep = m_dataset->findData(previous);
    if (keep >= 0)
        m_dataset->setCurrentIndex(keep);
    reloadRecent();
    updateModelInfo();
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
                Q_EMIT problem(tr("Cannot list the recent runs: %1").arg(runs.error().text()));
                return;
            }
            for (const RunRecord& run : runs.value()) {
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1  %2  %3").arg(run.id.left(8), run.name, runStatusKey(run.status)), m_recent);
                item->setData(Qt::UserRole, run.id);
                item->setToolTip(tr("%1 on %2@%3").arg(run.name, run.datasetName, run.datasetHash.left(12)));
                if (run.id == chosen)
                    m_recent->setCurrentItem(item);
            }
        },
        TaskManager::Options {.shown = false});
}

bool TrainPage::selectDataset(const QString& reference)
{
    for (int i = 0; i < m_dataset->count(); ++i) {
        const QString item = m_dataset->itemData(i).toString();
        if (item == reference || item.startsWith(reference + QLatin1Char('@'))) {
            m_dataset->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void TrainPage::updateModelInfo()
{
    auto spec = ModelSpec::parse(m_model->currentText().trimmed());
    if (!spec) {
        m_modelInfo->setText(
            QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(spec.error().message.toHtmlEscaped()));
        return;
    }
    m_modelInfo->setText(spec->summary());
}

void TrainPage::editModelSpec()
{
    auto spec = ModelSpec::parse(m_model->currentText().trimmed());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Model Spec"));
    dialog.resize(520, 380);
    auto* editor = new QPlainTextEdit(&dialog);
    editor->setPlainText(QString::fromUtf8(QJsonDocument(spec ? spec->toJson() : ModelSpec().toJson()).toJson()));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    editor->setFont(mono);
    auto* problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString text = editor->toPlainText().simplified();
        auto parsed = ModelSpec::parse(text);
        if (!parsed) {
            problem->setText(parsed.error().message);
            return;
        }
        m_model->setCurrentText(QString::fromUtf8(QJsonDocument(parsed->toJson()).toJson(QJsonDocument::Compact)));
        dialog.accept();
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("JSON, for example {\"kind\":\"mlp\",\"hidden\":[256,128],\"dropout\":0.1}"), &dialog));
    layout->addWidget(editor, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.exec();
}

Result<TrainingRequest> TrainPage::request() const
{
    TrainingRequest request;
    request.dataset = m_dataset->currentData().toString();
    if (request.dataset.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("choose a dataset first (import one on the Datasets page)"),
                      QStringLiteral("dataset")};
    auto spec = ModelSpec::parse(m_model->currentText().trimmed());
    if (!spec)
        return Error {ErrorCode::InvalidInput, spec.error().message, QStringLiteral("model")};
    // A model that cannot take this dataset (a CNN on a table) is refused here, with the reason,
    // rather than by a run that fails after it starts.
    if (const QVariant kind = m_dataset->currentData(kDatasetKindRole); kind.isValid()) {
        const auto datasetKind = DatasetKind(kind.toInt());
        if (Status fits = spec->resolvedFor(datasetKind).checkFor(datasetKind); !fits)
            return Error {ErrorCode::InvalidInput, fits.error().message, QStringLiteral("model")};
    }
    RunConfig& config = request.config;
    config.model = spec.value();
    config.epochs = m_epochs->value();
    config.batchSize = m_batch->value();
    config.lr = QLocale::c().toDouble(m_lr->text());
    config.optimizer = m_optimizer->currentText();
    config.momentum = m_momentum->value();
    config.nesterov = m_nesterov->isChecked();
    config.weightDecay = QLocale::c().toDouble(m_weightDecay->text());
    config.schedule = m_schedule->currentText();
    config.warmupEpochs = m_warmup->value();
    config.earlyStoppingPatience = m_patience->value();
    config.gradClip = m_gradClip->value();
    config.seed = std::uint64_t(m_seed->value());
    config.deterministic = m_deterministic->isChecked();
    config.device = m_device->currentData().toString();
    config.threads = m_threads->value();
    config.checkpointEvery = m_checkpointEvery->value();
    if (Status valid = config.validate(); !valid)
        return valid.error();
    request.defaultThreads = m_defaultThreads > 0 ? m_defaultThreads : interactiveThreadCount();
    return request;
}

Status TrainPage::setRecipeValue(const QString& key, const QString& value)
{
    auto current = request();
    RunConfig config = current ? current->config : RunConfig();
    if (Status ok = config.set(key, value); !ok)
        return ok;
    if (key == QLatin1String("model"))
        m_model->setCurrentText(value.trimmed()); // keep the form the user wrote (a preset, mlp:64,32, JSON)
    m_epochs->setValue(config.epochs);
    m_batch->setValue(config.batchSize);
    m_lr->setText(QString::number(config.lr));
    m_optimizer->setCurrentText(config.optimizer);
    m_momentum->setValue(config.momentum);
    m_nesterov->setChecked(config.nesterov);
    m_weightDecay->setText(QString::number(config.weightDecay));
    m_schedule->setCurrentText(config.schedule);
    m_warmup->setValue(config.warmupEpochs);
    m_patience->setValue(config.earlyStoppingPatience);
    m_gradClip->setValue(config.gradClip);
    m_seed->setValue(int(config.seed));
    m_deterministic->setChecked(config.deterministic);
    setDefaultDevice(config.device);
    m_threads->setValue(config.threads);
    m_checkpointEvery->setValue(config.checkpointEvery);
    return Ok {};
}

bool TrainPage::startTraining()
{
    if (!m_job)
        return false;
    if (m_job->isActive())
        return enqueue();
    auto built = request();
    if (!built) {
        Q_EMIT problem(tr("Cannot start: %1").arg(built.error().text()));
        m_status->setText(tr("Cannot start: %1").arg(built.error().text()));
        return false;
    }
    m_progress->setValue(0);
    const bool started = m_job->start(built.value());
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
        Q_EMIT problem(tr("Cannot queue: %1").arg(built.error().text()));
        return false;
    }
    m_queue.append(built.value());
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
            text = tr("Failed: %1").arg(result->error);
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
        text = tr("Cannot start: %1").arg(error->text());
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
    m_startAction->setEnabled(m_job && !active && m_dataset->count() > 0);
    m_queueAction->setEnabled(m_job && m_dataset->count() > 0);
    m_pauseAction->setEnabled(active && (state == TrainingState::Running || state == TrainingState::Paused));
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
