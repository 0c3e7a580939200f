#include "RecipeForm.h"

#include "EngineText.h"
#include "engine/core/VisibleText.h"

#include "engine/data/DatasetStore.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/train/TrainingSession.h"

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
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace crucible {

namespace {

/// Item data of the dataset box: the version's DatasetKind, for checking the model against it.
constexpr int kDatasetKindRole = Qt::UserRole + 1;

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

RecipeForm::RecipeForm(QWidget* parent) : QWidget(parent)
{
    const RunConfig defaults;
    m_dataset = new QComboBox(this);
    m_dataset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dataset->setObjectName(QStringLiteral("train-dataset"));
    m_dataset->setToolTip(tr("The dataset version to train on"));
    m_dataset->setMinimumContentsLength(18);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("train-model"));
    m_model->setEditable(true);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    m_model->addItems({QStringLiteral("auto"), QStringLiteral("mlp"), QStringLiteral("mlp:512,256"),
                       QStringLiteral("cnn"), QStringLiteral("cnn:32,64"), QStringLiteral("resnet"),
                       QStringLiteral("linear")});
    m_model->setToolTip(tr("A preset (auto picks one for the dataset), a compact form such as mlp:256,128 or "
                           "cnn:32,64, or a JSON spec (Edit…)"));
    auto* editSpec = new QPushButton(tr("Edit…"), this);
    connect(editSpec, &QPushButton::clicked, this, &RecipeForm::editModelSpec);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(editSpec);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setObjectName(QStringLiteral("train-model-info"));
    m_modelInfo->setWordWrap(true);
    connect(m_model, &QComboBox::currentTextChanged, this, &RecipeForm::updateModelInfo);

    m_epochs = spinBox(1, 100000, defaults.epochs, tr("Passes over the training split"), this);
    m_epochs->setObjectName(QStringLiteral("train-epochs"));
    m_batch = spinBox(1, 1 << 20, defaults.batchSize, tr("Examples per optimizer step"), this);
    m_lr = new QLineEdit(QString::number(defaults.lr), this);
    m_lr->setObjectName(QStringLiteral("train-lr"));
    // Rates are written as programs write them (0.001, 3e-4) in every language: read in the C form.
    auto* lrValidator = new QDoubleValidator(1e-12, 100.0, 12, m_lr);
    lrValidator->setLocale(QLocale::c());
    m_lr->setValidator(lrValidator);
    m_lr->setToolTip(tr("Learning rate, for example 0.001 or 3e-4"));
    m_optimizer = new QComboBox(this);
    m_optimizer->addItems({QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("sgd")});
    m_optimizer->setToolTip(tr("Adam and AdamW adapt the step per weight; SGD uses momentum"));
    m_momentum = doubleBox(0, 0.999, defaults.momentum, 3, tr("SGD momentum"), this);
    m_nesterov = new QCheckBox(tr("Nesterov"), this);
    m_weightDecay = new QLineEdit(QString::number(defaults.weightDecay), this);
    auto* decayValidator = new QDoubleValidator(0.0, 10.0, 12, m_weightDecay);
    decayValidator->setLocale(QLocale::c());
    m_weightDecay->setValidator(decayValidator);
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
    m_processes = spinBox(1, 64, 1,
                          tr("Data-parallel: train one run in this many processes on this machine, each on its share "
                             "of every batch; they share the cores. Pausing is not available then."),
                          this);
    m_processes->setObjectName(QStringLiteral("recipe-processes"));

    auto* recipe = new QGroupBox(tr("Recipe"), this);
    auto* recipeForm = new QFormLayout(recipe);
    recipeForm->addRow(tr("&Dataset:"), m_dataset);
    recipeForm->addRow(tr("Model:"), modelRow);
    recipeForm->addRow(QString(), m_modelInfo);
    recipeForm->addRow(tr("&Epochs:"), m_epochs);
    recipeForm->addRow(tr("&Batch size:"), m_batch);
    recipeForm->addRow(tr("&Learning rate:"), m_lr);
    recipeForm->addRow(tr("&Optimizer:"), m_optimizer);
    // The options most runs leave alone fold away, so that the essentials fit without scrolling.
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("train-advanced-toggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setToolTip(
        tr("Momentum, weight decay, schedule, early stopping, seed, device, threads, processes"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    auto* advanced = new QGroupBox(this);
    advanced->setObjectName(QStringLiteral("train-advanced"));
    advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this, advanced](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        advanced->setVisible(open);
    });
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
    advancedForm->addRow(tr("Pro&cesses:"), m_processes);
    advancedForm->addRow(tr("Checkpoint every:"), m_checkpointEvery);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(recipe);
    layout->addWidget(m_advancedToggle);
    layout->addWidget(advanced);
    // Tab reads the form top to bottom: the toggle right after the essentials, then what it unfolds.
    setTabOrder(m_optimizer, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_momentum);
}

void RecipeForm::setAdvancedShown(bool shown)
{
    m_advancedToggle->setChecked(shown);
}

bool RecipeForm::isAdvancedShown() const
{
    return m_advancedToggle->isChecked();
}

void RecipeForm::setDatasets(const QList<DatasetVersion>& versions)
{
    const QString previous = m_dataset->currentData().toString();
    m_dataset->clear();
    for (const DatasetVersion& version : versions) {
        m_dataset->addItem(
            // The name and size first: a narrow box cuts the hash at the end, not the rows.
            QStringLiteral("%1  (%2, %3)  @%4")
                .arg(version.name, QLocale().toString(version.rows), version.target, version.shortHash()),
            version.reference());
        m_dataset->setItemData(m_dataset->count() - 1, int(version.kind), kDatasetKindRole);
    }
    const int keep = m_dataset->findData(previous);
    if (keep >= 0)
        m_dataset->setCurrentIndex(keep);
    else if (!m_preferredDataset.isEmpty())
        selectDataset(m_preferredDataset); // the newest version of the dataset used last
    updateModelInfo();
}

int RecipeForm::datasetCount() const
{
    return m_dataset->count();
}

void RecipeForm::setDevice(const QString& device)
{
    const int index = m_device->findData(device);
    if (index >= 0)
        m_device->setCurrentIndex(index);
}

bool RecipeForm::selectDataset(const QString& reference)
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

void RecipeForm::updateModelInfo()
{
    auto spec = ModelSpec::parse(m_model->currentText().trimmed());
    if (!spec) {
        // A long model text (pasted, or remembered from a hostile settings file) must not widen the form.
        QString message = engineText(spec.error().message);
        if (message.size() > 240)
            message = message.left(240) + QChar(0x2026);
        m_modelInfo->setText(
            QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(visibleText(message).toHtmlEscaped()));
        return;
    }
    m_modelInfo->setText(engineText(spec->summary()));
}

void RecipeForm::editModelSpec()
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
            problem->setText(engineText(parsed.error().message));
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

Result<TrainingRequest> RecipeForm::request(int defaultThreads) const
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
    request.defaultThreads = defaultThreads > 0 ? defaultThreads : interactiveThreadCount();
    request.processes = m_processes->value();
    return request;
}

Status RecipeForm::setValue(const QString& key, const QString& value)
{
    auto current = request(0);
    RunConfig config = current ? current->config : RunConfig();
    if (Status ok = config.set(key, value); !ok)
        return ok;
    if (key == QLatin1String("model"))
        m_model->setCurrentText(value.trimmed()); // keep the form the user wrote (a preset, mlp:64,32, JSON)
    showConfig(config);
    return Ok {};
}

void RecipeForm::setRecipe(const QString& dataset, const RunConfig& config, const QString& modelText)
{
    m_preferredDataset = dataset;
    if (!dataset.isEmpty())
        selectDataset(dataset);
    m_model->setCurrentText(modelText);
    showConfig(config);
    updateModelInfo();
}

void RecipeForm::showConfig(const RunConfig& config)
{
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
    setDevice(config.device);
    m_threads->setValue(config.threads);
    m_checkpointEvery->setValue(config.checkpointEvery);
}

QString RecipeForm::modelText() const
{
    return m_model->currentText().trimmed();
}

} // namespace crucible
