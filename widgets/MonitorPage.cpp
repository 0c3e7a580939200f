#include "MonitorPage.h"

#include "DriftHistogram.h"
#include "EngineText.h"
#include "MetricChart.h"
#include "engine/core/BackgroundTask.h"
#include "engine/data/DatasetStore.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/serve/PredictionLog.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace crucible {

namespace {

enum Column {
    FeatureColumn,
    LevelColumn,
    StatisticColumn,
    PsiColumn,
    TestColumn,
    DistanceColumn,
    ShiftColumn,
    MissingColumn,
    HistogramColumn,
    ColumnCount
};

/// What the background listing finds: model references, dataset versions, logs.
struct Choices {
    QStringList models;
    QStringList datasets;
    QStringList logs;
};

QString number(double value, int decimals = 3)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', decimals);
}

QString pValue(double p)
{
    if (std::isnan(p))
        return QStringLiteral("–");
    return p < 1e-4 ? QLocale().toString(p, 'e', 1) : QLocale().toString(p, 'f', 4);
}

/// A statistic's name as a table cell shows it.
QString shortName(const QString& statistic)
{
    if (statistic == QLatin1String("wasserstein_std"))
        return QStringLiteral("W/sd");
    if (statistic == QLatin1String("wasserstein"))
        return QStringLiteral("W");
    if (statistic == QLatin1String("psi"))
        return QStringLiteral("PSI");
    if (statistic == QLatin1String("ks"))
        return QStringLiteral("KS");
    if (statistic == QLatin1String("ks_pvalue"))
        return QStringLiteral("KS p");
    if (statistic == QLatin1String("chi2_pvalue"))
        return QStringLiteral("χ² p");
    if (statistic == QLatin1String("js"))
        return QStringLiteral("JS");
    if (statistic == QLatin1String("mean_shift"))
        return QStringLiteral("|shift|");
    if (statistic == QLatin1String("missing_change"))
        return QStringLiteral("Δ missing");
    return statistic;
}

QColor levelColour(DriftLevel level)
{
    switch (level) {
    case DriftLevel::Alarm:
        return QColor(192, 57, 43);
    case DriftLevel::Warning:
        return QColor(183, 121, 31);
    case DriftLevel::None:
        break;
    }
    return QColor(46, 125, 50);
}

Choices listChoices(const std::shared_ptr<const Workspace>& workspace, const QString& registryFolder)
{
    Choices choices;
    if (auto registry = ModelRegistry::open(registryFolder)) {
        if (auto models = registry.value()->models()) {
            for (const ModelSummary& model : models.value()) {
                for (auto it = model.aliases.begin(); it != model.aliases.end(); ++it)
                    choices.models << model.name + QLatin1Char('@') + it.key();
                for (int v = model.latestVersion; v >= 1; --v)
                    choices.models << model.name + QLatin1Char('@') + QString::number(v);
            }
        }
    }
    if (!workspace)
        return choices;
    if (auto versions = DatasetStore(*workspace).versions()) {
        for (const DatasetVersion& version : versions.value())
            choices.datasets << version.reference();
    }
    const QDir serving(QDir(workspace->folder()).filePath(QStringLiteral("serving")));
    for (const QString& name : serving.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(PredictionLog::filePath(serving.path(), name)))
            choices.logs << name;
    }
    return choices;
}

void refill(QComboBox* box, const QStringList& items)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(items);
    if (!current.isEmpty())
        box->setCurrentText(current);
}

} // namespace

MonitorPage::MonitorPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitor-page"));
    buildUi();
    retranslate();
    updateSourceWidgets();
}

MonitorPage::~MonitorPage()
{
    cancel();
}

void MonitorPage::buildUi()
{
    m_modelLabel = new QLabel(this);
    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->setObjectName(QStringLiteral("monitor-model"));
    m_model->setMinimumContentsLength(18);
    m_modelLabel->setBuddy(m_model);
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("monitor-source"));
    m_source->addItems({QString(), QString(), QString()});
    m_sourceLabel->setBuddy(m_source);

    m_location = new QStackedWidget(this);
    auto* csvRow = new QWidget(m_location);
    auto* csvLayout = new QHBoxLayout(csvRow);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    m_csv = new QLineEdit(csvRow);
    m_csv->setObjectName(QStringLiteral("monitor-csv"));
    m_browse = new QPushButton(csvRow);
    m_browseFolder = new QPushButton(csvRow);
    csvLayout->addWidget(m_csv, 1);
    csvLayout->addWidget(m_browse);
    csvLayout->addWidget(m_browseFolder);
    m_dataset = new QComboBox(m_location);
    m_dataset->setEditable(true);
    auto* logRow = new QWidget(m_location);
    auto* logLayout = new QHBoxLayout(logRow);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_log = new QComboBox(logRow);
    m_log->setEditable(true);
    m_windowLabel = new QLabel(logRow);
    m_window = new QComboBox(logRow);
    m_window->setEditable(true);
    m_window->addItems(
        {QString(), QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("1h"), QStringLiteral("1d")});
    m_windowLabel->setBuddy(m_window);
    m_labels = new QLineEdit(this);
    m_labels->setObjectName(QStringLiteral("monitor-labels"));
    m_labels->setClearButtonEnabled(true);
    m_labelsBrowse = new QPushButton(this);
    logLayout->addWidget(m_log, 1);
    logLayout->addWidget(m_windowLabel);
    logLayout->addWidget(m_window);
    m_location->addWidget(csvRow);
    m_location->addWidget(m_dataset);
    m_location->addWidget(logRow);

    m_policyLabel = new QLabel(this);
    m_policy = new QLineEdit(this);
    m_policy->setClearButtonEnabled(true);
    m_policyLabel->setBuddy(m_policy);
    m_policyBrowse = new QPushButton(this);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("monitor-check"));
    m_checkButton->setDefault(true);
    m_exportButton = new QPushButton(this);
    m_exportButton->setEnabled(false);
    m_retrainButton = new QPushButton(this);
    m_retrainButton->setObjectName(QStringLiteral("monitor-retrain"));
    m_retrainButton->hide();

    m_checkAction = new QAction(this);
    m_checkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_checkAction);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setEnabled(false);
    addAction(m_exportAction);
    auto* cancelAction = new QAction(this);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(cancelAction);

    auto* form = new QGridLayout;
    form->addWidget(m_modelLabel, 0, 0);
    form->addWidget(m_model, 0, 1);
    form->addWidget(m_sourceLabel, 0, 2);
    form->addWidget(m_source, 0, 3);
    form->addWidget(m_location, 0, 4);
    form->addWidget(m_policyLabel, 1, 0);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_policyBrowse);
    policyRow->addWidget(m_labels, 1);
    policyRow->addWidget(m_labelsBrowse);
    form->addLayout(policyRow, 1, 1, 1, 4);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_exportButton);
    form->addLayout(buttons, 0, 5, 2, 1);
    form->setColumnStretch(4, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("monitor-verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("monitor-features"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistogramColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(HistogramColumn, new DriftHistogramDelegate(&m_shown, m_table));
    m_histogram = new DriftHistogramView(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_histogram, 3);
    sideLayout->addWidget(m_details, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 420});
    m_chart = new MetricChart(this);
    m_chart->setMinimumHeight(180);
    m_chart->hide();
    m_performance = new MetricChart(this);
    m_performance->setMinimumHeight(180);
    m_performance->hide();
    m_charts = new QSplitter(Qt::Horizontal, this);
    m_charts->addWidget(m_chart);
    m_charts->addWidget(m_performance);
    m_charts->hide();
    m_vertical = new QSplitter(Qt::Vertical, this);
    auto* vertical = m_vertical;
    vertical->addWidget(split);
    vertical->addWidget(m_charts);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_retrainButton, 0, Qt::AlignTop);
    layout->addLayout(verdictRow);
    layout->addWidget(m_message);
    layout->addWidget(vertical, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &MonitorPage::updateSourceWidgets);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { isChecking() ? cancel() : check(); });
    connect(m_checkAction, &QAction::triggered, this, &MonitorPage::check);
    connect(cancelAction, &QAction::triggered, this, &MonitorPage::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &MonitorPage::exportWithDialog);
    connect(m_exportAction, &QAction::triggered, this, &MonitorPage::exportWithDialog);
    connect(m_retrainButton, &QPushButton::clicked, this, [this] {
        if (auto filled = retrainForm())
            Q_EMIT retrainRequested(filled.value());
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Current Data"), m_csv->text(),
                                                          tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_csv->setText(path);
    });
    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a Folder of Images"), m_csv->text());
        if (!path.isEmpty())
            m_csv->setText(path);
    });
    connect(m_labelsBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Labels"), m_labels->text(),
                                                          tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_labels->setText(path);
    });
    connect(m_policyBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Drift Policy"), m_policy->text(),
                                                          tr("Drift policies (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_policy->setText(path);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showFeature(row); });
}

void MonitorPage::retranslate()
{
    m_modelLabel->setText(tr("&Model:"));
    m_model->setToolTip(tr("A registered model: NAME@VERSION, NAME@ALIAS or NAME (its latest version)"));
    m_sourceLabel->setText(tr("&Compare with:"));
    m_source->setItemText(0, tr("File or folder"));
    m_source->setItemText(1, tr("Dataset version"));
    m_source->setItemText(2, tr("Serving log"));
    m_csv->setPlaceholderText(tr("The current data: a CSV with the model's columns, or a folder of images"));
    m_browse->setText(tr("&Browse…"));
    m_browseFolder->setText(tr("F&older…"));
    m_browseFolder->setToolTip(tr("A folder of images, for an image model"));
    m_dataset->setToolTip(tr("A dataset version of this workspace: NAME@HASH"));
    m_log->setToolTip(tr("The prediction log of a model served from this workspace"));
    m_windowLabel->setText(tr("&Window:"));
    m_window->setItemText(0, tr("whole log"));
    m_window->setToolTip(tr("Rows per window (500) or a time span (30m, 1h, 1d): drift becomes a series"));
    m_labels->setPlaceholderText(tr("Labels (optional): a CSV of id and label"));
    m_labels->setToolTip(tr("Labels that arrived later, joined to the log by request id: accuracy and F1 (or "
                            "MSE, MAE, R²) per window"));
    m_labelsBrowse->setText(tr("&Labels…"));
    m_policyLabel->setText(tr("&Policy:"));
    m_policy->setPlaceholderText(tr("Default: numbers drift at a Wasserstein distance of 0.2 standard deviations, "
                                    "categories at PSI 0.25, where the test gives p < 0.05"));
    m_policyBrowse->setText(tr("Choose…"));
    m_checkButton->setText(isChecking() ? tr("Cancel") : tr("Check &Drift"));
    m_checkButton->setToolTip(tr("Compare the data with the model's training data (%1)")
                                  .arg(m_checkAction->shortcut().toString(QKeySequence::NativeText)));
    m_checkAction->setText(tr("Check Drift"));
    m_exportButton->setText(tr("&Export Report…"));
    m_retrainButton->setText(tr("&Retrain…"));
    m_retrainButton->setToolTip(tr("Set up a pipeline that retrains this model on new data, checks it against "
                                   "the current version and promotes it when it is better"));
    m_exportAction->setText(tr("Export Report…"));
    m_exportButton->setToolTip(
        tr("Save the report as HTML or PDF (%1)").arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_table->setHorizontalHeaderLabels({tr("Feature"), tr("Level"), tr("Policy"), tr("PSI"), tr("p-value"),
                                        tr("W (sd) / JS"), tr("Shift (sd)"), tr("Missing"), tr("Histogram")});
    const QStringList headerTips {
        QString(),
        QString(),
        tr("The policy's statistic and its value"),
        tr("Population stability index on the reference's deciles or categories"),
        tr("Kolmogorov-Smirnov (numbers) or chi-square (categories) p-value"),
        tr("Wasserstein distance in reference standard deviations, or Jensen-Shannon distance"),
        tr("Change of the mean in reference standard deviations, or new categories"),
        tr("Share of missing values now"),
        tr("Reference (grey) and current (orange) shares per bin")};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(headerTips[column]);
    if (!m_outcome)
        m_verdict->setText(tr("Pick a model and the data it sees now, then Check Drift."));
    else if (!isChecking())
        showOutcome(); // the verdict, levels and details in the new language
    m_chart->setTitle(tr("Drift per window"));
    m_performance->setTitle(tr("Performance per window (labelled rows)"));
    m_chart->setXLabel(tr("window start"));
}

void MonitorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MonitorPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    reload();
}

void MonitorPage::setRegistrySetting(const QString& setting)
{
    m_registrySetting = setting;
}

QString MonitorPage::registryFolder() const
{
    return m_workspace ? resolveRegistryFolder(*m_workspace, {}, m_registrySetting) : QString();
}

void MonitorPage::reload()
{
    TaskManager::instance().start(
        tr("Listing models and data"), this,
        [workspace = m_workspace, folder = registryFolder()](TaskContext&) { return listChoices(workspace, folder); },
        [this](const Choices& choices) {
            refill(m_model, choices.models);
            refill(m_dataset, choices.datasets);
            refill(m_log, choices.logs);
        },
        TaskManager::Options {true, false});
}

void MonitorPage::setRequest(const QString& model, DriftRequest::Source source, const QString& location,
                             const QString& window, const QString& policyFile)
{
    m_model->setCurrentText(model);
    m_source->setCurrentIndex(int(source));
    if (source == DriftRequest::Source::Csv)
        m_csv->setText(location);
    else if (source == DriftRequest::Source::Dataset)
        m_dataset->setCurrentText(location);
    else
        m_log->setCurrentText(location);
    m_window->setCurrentText(window.isEmpty() ? m_window->itemText(0) : window);
    m_policy->setText(policyFile);
}

void MonitorPage::updateSourceWidgets()
{
    m_location->setCurrentIndex(m_source->currentIndex());
    const bool isLog = m_source->currentIndex() == int(DriftRequest::Source::Log);
    m_labels->setVisible(isLog);
    m_labelsBrowse->setVisible(isLog);
}

void MonitorPage::check()
{
    cancel();
    if (!m_workspace) {
        setMessage(tr("Open a workspace first."), true);
        return;
    }
    DriftRequest request;
    request.registryFolder = registryFolder();
    request.model = m_model->currentText().trimmed();
    request.source = DriftRequest::Source(m_source->currentIndex());
    request.location = request.source == DriftRequest::Source::Csv ? m_csv->text().trimmed()
        : request.source == DriftRequest::Source::Dataset          ? m_dataset->currentText().trimmed()
                                                                   : m_log->currentText().trimmed();
    if (request.model.isEmpty() || request.location.isEmpty()) {
        setMessage(tr("Pick a model and the data to compare with it."), true);
        return;
    }
    if (request.source == DriftRequest::Source::Log && m_window->currentText() != m_window->itemText(0)) {
        QString problem;
        request.window = WindowSpec::parse(m_window->currentText(), &problem);
        if (!problem.isEmpty()) {
            setMessage(tr("Window: give rows (500) or a time span (30m, 1h, 1d)."), true);
            return;
        }
    }
    if (request.source == DriftRequest::Source::Log)
        request.labels = m_labels->text().trimmed();
    if (!m_policy->text().trimmed().isEmpty()) {
        auto policy = DriftPolicy::load(m_policy->text().trimmed());
        if (!policy) {
            setMessage(errorText(policy.error()), true);
            return;
        }
        request.policy = policy.value();
    }
    setMessage(tr("Checking %1 against %2…").arg(request.model, request.location), false);
    m_task = TaskManager::instance().start(
        tr("Checking drift of %1").arg(request.model), this,
        [workspace = m_workspace, request](TaskContext& context) {
            return runDriftCheck(*workspace, request, context.progressCallback());
        },
        [this](Result<DriftOutcome> result) {
            m_task = nullptr;
            retranslate();
            if (!result) {
                if (result.error().code != ErrorCode::Cancelled)
                    setMessage(errorText(result.error()), true);
                Q_EMIT checkFinished(false, errorText(result.error()));
                return;
            }
            m_outcome = std::move(result.value());
            setMessage(QString(), false);
            showOutcome();
            Q_EMIT checkFinished(true, verdictSentence(m_outcome->latest()));
        });
    retranslate();
}

void MonitorPage::cancel()
{
    if (m_task) {
        m_task->cancel();
        setMessage(tr("Cancelled."), false);
    }
}

QString MonitorPage::featureChange(const FeatureDrift& f, const QString& name) const
{
    if (f.numeric && std::isfinite(f.meanShift) && std::abs(f.meanShift) >= 0.1 && f.referenceStd > 0)
        return tr("%1 moved %2 standard deviations").arg(name, QLocale().toString(f.meanShift, 'f', 1));
    if (f.numeric)
        return tr("%1 changed shape (Wasserstein distance %2 standard deviations)")
            .arg(name, QLocale().toString(f.wassersteinStd, 'f', 2));
    if (f.newCategories.isEmpty())
        return tr("%1 changed (PSI %2)").arg(name, QLocale().toString(f.psi, 'f', 2));
    return tr("%1 changed (PSI %2, new categories: %n)", nullptr, int(f.newCategories.size()))
        .arg(name, QLocale().toString(f.psi, 'f', 2));
}

QString MonitorPage::verdictSentence(const DriftReport& report) const
{
    int considered = 0;
    for (const FeatureDrift& f : report.features)
        considered += !f.ignored;
    if (report.features.isEmpty())
        return tr("No features to compare.");
    const QString how = featureChange(report.features.front(), report.features.front().name);
    QString text;
    if (report.drifted > 0) {
        text = tr("%1 of %n feature(s) drifted; %2", nullptr, considered).arg(report.drifted).arg(how);
        if (!report.drift)
            text += QLatin1Char(' ')
                + tr("(the policy calls drift from %1 drifted features)").arg(report.policy.minDriftedFeatures);
    } else if (report.warned > 0) {
        text = tr("No drift: 0 of %n feature(s) drifted, %1 with a warning; %2", nullptr, considered)
                   .arg(report.warned)
                   .arg(how);
    } else {
        text = tr("No drift: 0 of %n feature(s) drifted", nullptr, considered);
    }
    // The model's answers moved as well (or alone): said after the features' verdict.
    if (report.hasPredictionDrift && report.predictions.level == DriftLevel::Alarm)
        text += QStringLiteral(". ")
            + tr("The predictions drifted too: %1")
                  .arg(featureChange(report.predictions,
                                     report.predictions.numeric ? tr("the predicted value")
                                                                : tr("the predicted class")));
    return text;
}

void MonitorPage::showOutcome()
{
    const DriftReport& report = m_outcome->latest();
    m_verdict->setText(verdictSentence(report));
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText,
                     report.drift ? levelColour(DriftLevel::Alarm)
                                  : levelColour(report.warned > 0 ? DriftLevel::Warning : DriftLevel::None));
    m_verdict->setPalette(palette);
    m_shown = report.features;
    if (report.hasPredictionDrift)
        m_shown.append(report.predictions);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const FeatureDrift& f = m_shown[row];
        const QString level = f.ignored      ? tr("ignored")
            : f.level == DriftLevel::Alarm   ? tr("drift")
            : f.level == DriftLevel::Warning ? tr("warning")
                                             : tr("ok");
        const bool isPrediction = report.hasPredictionDrift && row == m_shown.size() - 1;
        const QStringList cells {
            isPrediction ? (f.numeric ? tr("predicted value") : tr("predicted class")) : f.name,
            level,
            f.statistic.isEmpty() ? QStringLiteral("–")
                                  : QStringLiteral("%1 %2").arg(shortName(f.statistic), number(f.value)),
            number(f.psi),
            pValue(f.numeric ? f.ksPValue : f.chiSquarePValue),
            f.numeric ? number(f.wassersteinStd) : number(f.jensenShannon),
            f.numeric ? number(f.meanShift, 2)
                      : (f.newCategories.isEmpty() ? QStringLiteral("–")
                                                   : tr("new: %1").arg(f.newCategories.join(QStringLiteral(", ")))),
            QStringLiteral("%1 %").arg(number(100 * f.currentMissingRate, 1)),
            QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == LevelColumn)
                item->setForeground(levelColour(f.level));
            if (column == HistogramColumn)
                item->setData(Qt::UserRole, row);
            if (column >= PsiColumn && column <= MissingColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == StatisticColumn)
                item->setToolTip(f.statistic);
            m_table->setItem(row, column, item);
        }
    }
    m_exportButton->setEnabled(true);
    m_exportAction->setEnabled(true);
    // Drift (of the features or of the predictions): offer to hand the model over to a pipeline.
    m_retrainButton->setVisible(report.drift
                                || (report.hasPredictionDrift && report.predictions.level == DriftLevel::Alarm));
    if (!m_shown.isEmpty())
        m_table->selectRow(0);
    showFeature(m_shown.isEmpty() ? -1 : 0);
    fillChart();
    fillPerformanceChart();
    // The charts take the lower part of the page when there is a series to show.
    const bool charts = !m_chart->isHidden() || !m_performance->isHidden();
    if (charts && m_charts->isHidden()) {
        m_charts->show();
        const int height = m_vertical->height();
        m_vertical->setSizes({height * 3 / 5, height - height * 3 / 5});
    } else if (!charts) {
        m_charts->hide();
    }
}

std::optional<PipelineForm> MonitorPage::retrainForm() const
{
    if (!m_outcome || !m_workspace)
        return std::nullopt;
    const QString reference = m_outcome->model; // "iris@3" or "iris@production"
    PipelineForm form;
    const QString name = reference.section(QLatin1Char('@'), 0, 0);
    form.model = name;
    form.name = QStringLiteral("retrain-%1").arg(name);
    const QString alias = m_model->currentText().section(QLatin1Char('@'), 1); // as picked: an alias or a version
    bool isVersion = false;
    alias.toInt(&isVersion);
    if (!alias.isEmpty() && !isVersion && alias != QLatin1String("production"))
        form.aliases = alias;
    auto registry = ModelRegistry::open(registryFolder());
    if (!registry)
        return form;
    auto version = registry.value()->resolve(reference);
    if (!version)
        return form;
    auto bundle = BundleReader::open(version.value());
    if (!bundle)
        return form;
    const BundleManifest& manifest = bundle->manifest();
    form.dataset = manifest.datasetName.isEmpty() ? form.dataset : manifest.datasetName;
    form.target = manifest.outputSignature.value(QStringLiteral("target")).toString();
    const bool regression = manifest.task == QLatin1String("regression");
    form.metric = regression ? QStringLiteral("r2") : QStringLiteral("accuracy");
    const auto current = manifest.metrics.constFind(QStringLiteral("test_") + form.metric);
    if (current != manifest.metrics.constEnd())
        form.minimum = std::floor(current.value() * 100.0) / 100.0; // at least as good as the model is now
    // The architecture in the compact form the pipeline file takes.
    const QJsonObject& p = manifest.params;
    const QString kind = p.value(QStringLiteral("model.kind")).toString();
    QStringList sizes;
    const QString listKey = kind == QLatin1String("resnet") ? QStringLiteral("model.stages")
        : kind == QLatin1String("cnn")                      ? QStringLiteral("model.conv")
                                                            : QStringLiteral("model.hidden");
    const QJsonArray list = QJsonDocument::fromJson(p.value(listKey).toString().toUtf8()).array();
    for (const QJsonValue& v : list)
        sizes << QString::number(v.isObject() ? v.toObject().value(QStringLiteral("channels")).toInt() : v.toInt());
    if (!kind.isEmpty())
        form.modelSpec = sizes.isEmpty() ? kind : kind + QLatin1Char(':') + sizes.join(QLatin1Char(','));
    if (p.contains(QStringLiteral("epochs")))
        form.epochs = p.value(QStringLiteral("epochs")).toInt(form.epochs);
    if (p.contains(QStringLiteral("lr")))
        form.learningRate = p.value(QStringLiteral("lr")).toDouble(form.learningRate);
    return form;
}

void MonitorPage::setLabelsFile(const QString& path)
{
    m_labels->setText(path);
}

void MonitorPage::fillPerformanceChart()
{
    m_performance->clear();
    const QList<WindowPerformance>& performance = m_outcome->performance;
    if (performance.isEmpty()) {
        m_performance->hide();
        return;
    }
    std::vector<double> x;
    for (qsizetype i = 0; i < performance.size(); ++i)
        x.push_back(double(i + 1));
    m_performance->setXFormat(MetricChart::XFormat::Number);
    m_performance->setXLabel(tr("window"));
    const QStringList keys = m_outcome->isClassification
        ? QStringList {QStringLiteral("accuracy"), QStringLiteral("f1_macro")}
        : QStringList {QStringLiteral("mae"), QStringLiteral("r2")};
    int colour = 0;
    for (const QString& key : keys) {
        std::vector<double> y;
        for (const WindowPerformance& window : performance)
            y.push_back(window.metrics.value(key, std::nan("")));
        m_performance->setSeries(key, key, MetricChart::paletteColor(colour++), x, y);
        if (m_outcome->testMetrics.contains(key)) {
            const double test = m_outcome->testMetrics.value(key);
            m_performance->setSeries(QStringLiteral("test_") + key,
                                     tr("%1 on the test split (%2)").arg(key, number(test)),
                                     MetricChart::paletteColor(colour++), {x.front(), x.back()}, {test, test});
        }
    }
    m_performance->setSmoothing(0);
    m_performance->show();
}

void MonitorPage::showFeature(int row)
{
    if (row < 0 || row >= m_shown.size()) {
        m_histogram->clear();
        m_details->clear();
        return;
    }
    const FeatureDrift& f = m_shown[row];
    const bool isPrediction = m_outcome && m_outcome->latest().hasPredictionDrift && row == m_shown.size() - 1;
    m_histogram->setFeature(f, isPrediction ? tr("reference (the test split's predictions)") : QString());
    const QString name = isPrediction && m_table->item(row, 0) ? m_table->item(row, 0)->text() : f.name;
    QString text = QStringLiteral("<b>%1</b><br>").arg(name.toHtmlEscaped());
    if (f.numeric) {
        text +=
            tr("Mean %1 → %2 (%3 standard deviations); reference standard deviation %4")
                .arg(number(f.referenceMean), number(f.currentMean), number(f.meanShift, 2), number(f.referenceStd));
        text += QStringLiteral("<br>")
            + tr("Kolmogorov-Smirnov %1, p = %2 (%3); Wasserstein %4 (%5 sd); PSI %6")
                  .arg(number(f.ks), pValue(f.ksPValue), f.ksExact ? tr("exact") : tr("asymptotic"),
                       number(f.wasserstein), number(f.wassersteinStd), number(f.psi));
    } else {
        if (std::isnan(f.chiSquare)) // image histograms and sizes: no test, PSI decides
            text += tr("Jensen-Shannon %1; PSI %2").arg(number(f.jensenShannon), number(f.psi));
        else
            text += tr("χ² %1 with %2 degrees of freedom, p = %3; Jensen-Shannon %4; PSI %5")
                        .arg(number(f.chiSquare, 1))
                        .arg(f.chiSquareDof)
                        .arg(pValue(f.chiSquarePValue), number(f.jensenShannon), number(f.psi));
        if (!f.newCategories.isEmpty())
            text += QStringLiteral("<br>")
                + tr("%n value(s) in categories never seen in training: %1", nullptr, int(f.newCategoryCount))
                      .arg(f.newCategories.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    text += QStringLiteral("<br>")
        + tr("Missing %1 % → %2 %; %3 values now, %4 in the reference")
              .arg(number(100 * f.referenceMissingRate, 1), number(100 * f.currentMissingRate, 1))
              .arg(f.currentCount)
              .arg(f.referenceCount);
    if (!f.note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(f.note.toHtmlEscaped());
    m_details->setText(text);
}

void MonitorPage::fillChart()
{
    m_chart->clear();
    const QList<DriftReport>& reports = m_outcome->reports;
    const QList<DriftWindow>& windows = m_outcome->windows;
    if (reports.size() < 2) {
        m_chart->hide();
        return;
    }
    // Window starts as x when they increase (time windows, or row windows over time); else the index.
    bool byTime = true;
    for (qsizetype i = 1; i < windows.size(); ++i)
        byTime = byTime && windows[i].start.isValid() && windows[i - 1].start.isValid()
            && windows[i - 1].start.secsTo(windows[i].start) >= 1;
    m_chart->setXFormat(byTime ? MetricChart::XFormat::DateTime : MetricChart::XFormat::Number);
    m_chart->setXLabel(byTime ? tr("window start") : tr("window"));
    std::vector<double> x;
    for (qsizetype i = 0; i < windows.size(); ++i)
        x.push_back(byTime ? double(windows[i].start.toSecsSinceEpoch()) : double(i + 1));
    const DriftReport& latest = reports.last();
    int drawn = 0;
    for (const FeatureDrift& f : latest.features) {
        if (drawn == 3 || f.ignored)
            break;
        std::vector<double> y;
        for (const DriftReport& report : reports) {
            const auto match = std::find_if(report.features.begin(), report.features.end(),
                                            [&](const FeatureDrift& g) { return g.name == f.name; });
            y.push_back(match == report.features.end() ? std::nan("") : match->value);
        }
        m_chart->setSeries(f.name, QStringLiteral("%1 (%2)").arg(f.name, f.statistic), MetricChart::paletteColor(drawn),
                           x, y);
        ++drawn;
    }
    if (!latest.features.isEmpty()) {
        const DriftRule rule = latest.policy.ruleFor(latest.features.front().name, latest.features.front().numeric);
        if (rule.statistic == latest.features.front().statistic) {
            m_chart->setSeries(QStringLiteral("alarm"), tr("drift threshold (%1)").arg(number(rule.alarm, 2)),
                               levelColour(DriftLevel::Alarm), {x.front(), x.back()}, {rule.alarm, rule.alarm});
            m_chart->setSeries(QStringLiteral("warn"), tr("warning threshold (%1)").arg(number(rule.warn, 2)),
                               levelColour(DriftLevel::Warning), {x.front(), x.back()}, {rule.warn, rule.warn});
        }
    }
    m_chart->setSmoothing(0);
    m_chart->show();
}

void MonitorPage::setMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c0392b") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString MonitorPage::verdictText() const
{
    return m_verdict->text();
}

QString MonitorPage::messageText() const
{
    return m_message->text();
}

Status MonitorPage::exportReport(const QString& path) const
{
    if (!m_outcome)
        return Error {ErrorCode::InvalidInput, tr("Check drift first: there is no report yet."), path};
    return m_outcome->latest().write(path);
}

void MonitorPage::exportWithDialog()
{
    if (!m_outcome)
        return;
    const QString suggested =
        QStringLiteral("drift-%1.html").arg(QString(m_outcome->model).replace(QLatin1Char('@'), QLatin1Char('-')));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Drift Report"), suggested, tr("HTML (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString target =
        suffix == QLatin1String("pdf") || suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        ? path
        : path + QStringLiteral(".html");
    const Status written = exportReport(target);
    setMessage(written ? tr("Report written to %1").arg(target) : errorText(written.error()), !written);
}

} // namespace crucible
