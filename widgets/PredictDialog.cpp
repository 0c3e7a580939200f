#include "PredictDialog.h"

#include "EngineText.h"
#include "engine/core/BackgroundTask.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crucible {

struct PredictDialog::Inspected {
    QString reference;
    QString error;
    QString resolved; ///< "NAME@VERSION" or the bundle path
    BundleManifest manifest;
};

struct PredictDialog::Outcome {
    QString error;
    bool isCancelled = false;
    QString resolved;
    Predictions predictions; ///< only the first rows, for the preview
    qint64 rows = 0;
};

namespace {

constexpr int kPreviewRows = 20;

/// The bundle a reference names, verified. Runs on a worker thread.
Result<BundleReader> openBundle(const QString& registryFolder, const QString& reference, QString* resolved)
{
    auto registry = ModelRegistry::open(registryFolder);
    if (!registry)
        return registry.error();
    auto version = registry.value()->resolve(reference);
    if (!version)
        return version.error();
    *resolved = version->isRegistered ? version->reference() : version->bundlePath;
    return BundleReader::open(version.value());
}

} // namespace

PredictDialog::PredictDialog(const QString& registryFolder, const QStringList& references, const QString& reference,
                             QWidget* parent)
    : QDialog(parent), m_registryFolder(registryFolder)
{
    setObjectName(QStringLiteral("predict-dialog"));
    setWindowTitle(tr("Predict"));
    buildUi();
    m_reference->addItems(references);

    m_inspectDelay.setSingleShot(true);
    m_inspectDelay.setInterval(300);
    connect(&m_inspectDelay, &QTimer::timeout, this, &PredictDialog::inspect);
    connect(m_reference, &QComboBox::currentTextChanged, this, [this] { m_inspectDelay.start(); });
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString& path) {
        if (!m_outputChosen && !path.trimmed().isEmpty()) {
            const QFileInfo info(path.trimmed());
            const QSignalBlocker blocker(m_output);
            m_output->setText(QDir(info.absolutePath())
                                  .filePath(info.completeBaseName() + tr("-predictions") + QStringLiteral(".csv")));
        }
        updateState();
    });
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputChosen = true; });
    connect(m_output, &QLineEdit::textChanged, this, &PredictDialog::updateState);
    setReference(reference);
}

void PredictDialog::buildUi()
{
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("predict-model"));
    m_reference->setEditable(true);
    m_reference->setInsertPolicy(QComboBox::NoInsert);
    m_reference->setToolTip(tr("NAME@VERSION, NAME@ALIAS, NAME (its latest version) or the path of a .crucible file"));
    m_modelInfo = new QLabel(this);
    m_modelInfo->setObjectName(QStringLiteral("predict-model-info"));
    m_modelInfo->setWordWrap(true);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("predict-input"));
    m_browseInput = new QPushButton(tr("Browse…"), this);
    connect(m_browseInput, &QPushButton::clicked, this, &PredictDialog::browseInput);
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("predict-output"));
    auto* browseOutput = new QPushButton(tr("Browse…"), this);
    connect(browseOutput, &QPushButton::clicked, this, &PredictDialog::browseOutput);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("predict-result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("predict-preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("predict-run"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Predict (Ctrl+Enter)"));
    m_run->setDefault(true);
    m_cancelButton = buttons->addButton(tr("&Cancel"), QDialogButtonBox::ActionRole);
    m_cancelButton->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &PredictDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PredictDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &PredictDialog::reject);

    auto row = [this](QWidget* field, QWidget* button) {
        auto* layout = new QHBoxLayout;
        layout->addWidget(field, 1);
        layout->addWidget(button);
        return layout;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_reference);
    form->addRow(QString(), m_modelInfo);
    auto* inputLabel = new QLabel(tr("&Input:"), this);
    inputLabel->setBuddy(m_input);
    form->addRow(inputLabel, row(m_input, m_browseInput));
    auto* outputLabel = new QLabel(tr("&Output CSV:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, row(m_output, browseOutput));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

PredictDialog::~PredictDialog()
{
    cancel(); // the task stops at its next progress report; no file is left behind
}

QString PredictDialog::reference() const
{
    return m_reference->currentText().trimmed();
}

void PredictDialog::setReference(const QString& reference)
{
    m_reference->setCurrentText(reference);
    m_inspectDelay.stop();
    inspect();
}

QString PredictDialog::inputPath() const
{
    return m_input->text().trimmed();
}

void PredictDialog::setInputPath(const QString& path)
{
    m_input->setText(path);
}

QString PredictDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void PredictDialog::setOutputPath(const QString& path)
{
    m_outputChosen = !path.isEmpty();
    m_output->setText(path);
}

QString PredictDialog::resultText() const
{
    return m_result->text();
}

void PredictDialog::inspect()
{
    if (m_isInspecting) {
        m_inspectDelay.start(); // look again when this one is done
        return;
    }
    m_isInspecting = true;
    m_modelInfo->setText(tr("Reading the model…"));
    TaskManager::instance().start(
        tr("Reading %1…").arg(reference()), this,
        [folder = m_registryFolder, wanted = reference()](TaskContext&) {
            Inspected inspected;
            inspected.reference = wanted;
            auto bundle = openBundle(folder, wanted, &inspected.resolved);
            if (!bundle)
                inspected.error = errorText(bundle.error());
            else
                inspected.manifest = bundle->manifest();
            return inspected;
        },
        [this](const Inspected& inspected) { onInspected(inspected); }, TaskManager::Options {.shown = false});
    updateState();
}

void PredictDialog::onInspected(const Inspected& inspected)
{
    m_isInspecting = false;
    if (!inspected.error.isEmpty()) {
        m_isImageModel = false;
        m_modelInfo->setText(
            QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(inspected.error.toHtmlEscaped()));
    } else {
        const BundleManifest& m = inspected.manifest;
        m_isImageModel = m.inputSignature.value(QStringLiteral("kind")).toString() == QLatin1String("images");
        QStringList features;
        for (const QJsonValue& feature : m.inputSignature.value(QStringLiteral("features")).toArray())
            features << feature.toObject().value(QStringLiteral("name")).toString();
        QStringList shape;
        for (const QJsonValue& dim : m.inputSignature.value(QStringLiteral("shape")).toArray())
            shape << QString::number(dim.toInteger());
        const QString input = m_isImageModel
            ? tr("a folder of images (the model takes %1)").arg(shape.join(QStringLiteral("×")))
            : tr("a CSV or TSV file with the columns %1").arg(features.join(QStringLiteral(", ")));
        m_modelInfo->setText(
            tr("%1: a %2 model trained on %3. Input: %4.")
                .arg(inspected.resolved.toHtmlEscaped(), m.task, m.datasetName.toHtmlEscaped(), input.toHtmlEscaped()));
    }
    m_input->setPlaceholderText(m_isImageModel ? tr("Folder of images") : tr("CSV or TSV file"));
    updateState();
    Q_EMIT modelInspected();
}

void PredictDialog::browseInput()
{
    const QString start = inputPath().isEmpty() ? QDir::homePath() : QFileInfo(inputPath()).absolutePath();
    const QString path = m_isImageModel
        ? QFileDialog::getExistingDirectory(this, tr("Choose a Folder of Images"), start)
        : QFileDialog::getOpenFileName(this, tr("Choose the Input Table"), start,
                                       tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setInputPath(path);
}

void PredictDialog::browseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Predictions As"), outputPath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void PredictDialog::run()
{
    if (m_isRunning || reference().isEmpty() || inputPath().isEmpty() || outputPath().isEmpty())
        return;
    m_isRunning = true;
    m_progress->setValue(0);
    m_progress->show();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    showResult(tr("Predicting with %1…").arg(reference()), false);
    auto work = [folder = m_registryFolder, wanted = reference(), input = inputPath(),
                 output = outputPath()](TaskContext& context) {
        Outcome outcome;
        auto bundle = openBundle(folder, wanted, &outcome.resolved);
        auto predictor = bundle ? Predictor::open(bundle.value()) : Result<std::unique_ptr<Predictor>>(bundle.error());
        if (!predictor) {
            outcome.error = errorText(predictor.error());
            return outcome;
        }
        auto predictions = predictor.value()->predict(input, context.progressCallback());
        if (!predictions) {
            outcome.isCancelled = predictions.error().code == ErrorCode::Cancelled;
            outcome.error = errorText(predictions.error());
            return outcome;
        }
        if (Status written = Predictor::writeCsv(predictions.value(), output); !written) {
            outcome.error = errorText(written.error());
            return outcome;
        }
        Predictions& p = predictions.value();
        outcome.rows = p.rows();
        const qsizetype kept = std::min<qsizetype>(p.keys.size(), kPreviewRows);
        p.keys = p.keys.mid(0, kept);
        p.values.resize(size_t(kept) * size_t(p.outputs));
        outcome.predictions = std::move(p);
        return outcome;
    };
    m_runTask = TaskManager::instance().start(tr("Predicting with %1…").arg(reference()), this, std::move(work),
                                              [this](const Outcome& outcome) { onFinished(outcome); });
    connect(m_runTask, &BackgroundTask::progressChanged, m_progress,
            [bar = m_progress](double fraction) { bar->setValue(int(fraction * 1000)); });
    updateState();
}

void PredictDialog::cancel()
{
    if (m_runTask)
        m_runTask->cancel();
}

void PredictDialog::reject()
{
    if (m_isRunning) {
        cancel(); // Escape while predicting cancels; a second Escape closes
        return;
    }
    QDialog::reject();
}

void PredictDialog::onFinished(const Outcome& outcome)
{
    m_isRunning = false;
    m_progress->hide();
    updateState();
    if (!outcome.error.isEmpty()) {
        const QString text =
            outcome.isCancelled ? tr("Cancelled; no file was written.") : tr("Cannot predict: %1").arg(outcome.error);
        showResult(text, true);
        Q_EMIT finished(false, text);
        return;
    }
    const Predictions& p = outcome.predictions;
    m_preview->clear();
    QStringList headers {p.keyName, tr("prediction")};
    for (const QString& name : p.classes)
        headers << QStringLiteral("p_") + name;
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(p.rows()));
    for (int row = 0; row < int(p.rows()); ++row) {
        m_preview->setItem(row, 0, new QTableWidgetItem(p.keys[row]));
        m_preview->setItem(row, 1, new QTableWidgetItem(p.predictionText(row)));
        for (int k = 0; k < int(p.classes.size()); ++k)
            m_preview->setItem(row, 2 + k,
                               new QTableWidgetItem(QLocale().toString(p.values[size_t(row * p.outputs + k)], 'f', 4)));
    }
    m_preview->resizeColumnsToContents();
    const QString text =
        tr("Predicted %n row(s) with %1 into %2.", nullptr, int(outcome.rows)).arg(outcome.resolved, outputPath())
        + (outcome.rows > kPreviewRows ? QLatin1Char(' ') + tr("The first %1 are shown.").arg(kPreviewRows)
                                       : QString());
    showResult(text, false);
    Q_EMIT finished(true, text);
}

void PredictDialog::showResult(const QString& text, bool isError)
{
    m_hasError = isError;
    m_result->setStyleSheet(isError ? QStringLiteral("color: #c0392b") : QString());
    m_result->setText(text);
}

void PredictDialog::updateState()
{
    const bool running = m_isRunning;
    m_run->setEnabled(!running && !reference().isEmpty() && !inputPath().isEmpty() && !outputPath().isEmpty());
    m_cancelButton->setEnabled(running);
    m_reference->setEnabled(!running);
    m_input->setEnabled(!running);
    m_output->setEnabled(!running);
    m_browseInput->setEnabled(!running);
}

} // namespace crucible
