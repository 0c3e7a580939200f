#include "PipelinesPage.h"

#include "EngineText.h"
#include "PageTables.h"
#include "PipelineFormDialog.h"
#include "PipelineGraph.h"
#include "engine/core/Duration.h"
#include "engine/pipeline/PipelineRunner.h"
#include "engine/pipeline/Triggers.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace crucible {

namespace {

/// Reports a run's progress to the page (queued onto the GUI thread) and asks it whether to stop.
class PageObserver : public PipelineObserver {
public:
    PageObserver(QPointer<QObject> page, std::shared_ptr<std::atomic<bool>> stop, TaskContext& context,
                 std::function<void(const QString&)> started)
        : m_page(std::move(page)), m_stop(std::move(stop)), m_context(context), m_started(std::move(started))
    { }
    void runStarted(const PipelineRunRecord& run) override
    {
        QMetaObject::invokeMethod(
            m_page.data(), [started = m_started, id = run.id] { started(id); }, Qt::QueuedConnection);
    }
    bool isStopRequested() override { return m_stop->load() || m_context.isCancelled(); }

private:
    QPointer<QObject> m_page;
    std::shared_ptr<std::atomic<bool>> m_stop;
    TaskContext& m_context;
    std::function<void(const QString&)> m_started;
};

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(tip.isEmpty() ? text : tip);
    return cell;
}

} // namespace

PipelinesPage::PipelinesPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pipelines-page"));
    buildUi();
    retranslate();
    updateActions();
}

PipelinesPage::~PipelinesPage()
{
    if (m_stop)
        m_stop->store(true);
}

void PipelinesPage::buildUi()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &PipelinesPage::openWithDialog);
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &PipelinesPage::newPipelineWithDialog);
    m_runAction = new QAction(this);
    m_runAction->setObjectName(QStringLiteral("pipeline-run"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAction, &QAction::triggered, this, &PipelinesPage::run);
    m_resumeAction = new QAction(this);
    m_resumeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resumeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_resumeAction, &QAction::triggered, this, &PipelinesPage::resume);
    m_stopAction = new QAction(this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &PipelinesPage::stop);
    m_checkAction = new QAction(this);
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_checkAction, &QAction::triggered, this, [this] { checkEditor(); });
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveEditor(); });
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &PipelinesPage::removeCurrentFile);
    addActions({m_openAction, m_newAction, m_runAction, m_resumeAction, m_stopAction, m_checkAction, m_saveAction});

    const auto button = [this](QAction* action, const QString& icon) {
        auto* pushButton = new QPushButton(this);
        if (!icon.isEmpty())
            pushButton->setIcon(QIcon(icon));
        connect(pushButton, &QPushButton::clicked, action, &QAction::trigger);
        return pushButton;
    };
    m_newButton = button(m_newAction, {});
    m_openButton = button(m_openAction, QStringLiteral(":/icons/folder.svg"));
    m_runButton = button(m_runAction, QStringLiteral(":/icons/play.svg"));
    m_runButton->setObjectName(QStringLiteral("pipeline-run-button"));
    m_resumeButton = button(m_resumeAction, {});
    m_stopButton = button(m_stopAction, QStringLiteral(":/icons/stop.svg"));
    m_triggers = new QCheckBox(this);
    m_triggers->setObjectName(QStringLiteral("pipeline-triggers"));
    connect(m_triggers, &QCheckBox::toggled, this, &PipelinesPage::setTriggersEnabled);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addWidget(m_openButton);
    bar->addSpacing(12);
    bar->addWidget(m_runButton);
    bar->addWidget(m_resumeButton);
    bar->addWidget(m_stopButton);
    bar->addSpacing(12);
    bar->addWidget(m_triggers);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipeline-message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pipelinesTitle = new QLabel(this);
    m_pipelines = new QTableWidget(0, 4, this);
    setupListTable(m_pipelines, "pipeline-list");
    m_pipelines->addAction(m_removeAction);
    m_pipelines->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_pipelines, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_loading)
            showPipeline();
    });
    m_runsTitle = new QLabel(this);
    m_runs = new QTableWidget(0, 6, this);
    setupListTable(m_runs, "pipeline-runs");
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_loading)
            return;
        const auto rows = m_runs->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        m_currentRun = m_runs->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        showRun();
    });

    m_graph = new PipelineGraph(this);
    connect(m_graph, &PipelineGraph::currentStepChanged, this, &PipelinesPage::showStep);

    m_stepDetails = new QLabel(this);
    m_stepDetails->setObjectName(QStringLiteral("pipeline-step-details"));
    m_stepDetails->setTextFormat(Qt::RichText);
    m_stepDetails->setWordWrap(true);
    m_stepDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stepDetails->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_stepDetails->setMargin(6);
    connect(m_stepDetails, &QLabel::linkActivated, this, &PipelinesPage::openLink);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("pipeline-step-log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* stepPage = new QSplitter(Qt::Vertical, this);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_stepDetails);
    stepPage->addWidget(detailsScroll);
    stepPage->addWidget(m_log);
    stepPage->setStretchFactor(0, 1);
    stepPage->setStretchFactor(1, 2);
    stepPage->setSizes({230, 400});

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("pipeline-editor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    connect(m_editor, &QPlainTextEdit::modificationChanged, this, [this] {
        retranslate();
        updateActions();
    });
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("pipeline-problems"));
    m_problems->setMaximumHeight(110);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* problem) {
        const int line = problem->data(Qt::UserRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });
    m_formButton = new QPushButton(this);
    m_formButton->setObjectName(QStringLiteral("pipeline-edit-form"));
    connect(m_formButton, &QPushButton::clicked, this, [this] { editInForm(); });
    m_checkButton = button(m_checkAction, {});
    m_saveButton = button(m_saveAction, {});
    auto* editorPage = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    auto* editorBar = new QHBoxLayout;
    editorBar->addWidget(m_checkButton);
    editorBar->addWidget(m_saveButton);
    editorBar->addWidget(m_formButton);
    editorBar->addStretch(1);
    editorLayout->addLayout(editorBar);
    editorLayout->addWidget(m_problems);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pipeline-tabs"));
    m_tabs->addTab(stepPage, QString());
    m_tabs->addTab(editorPage, QString());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pipelinesTitle);
    leftLayout->addWidget(m_pipelines, 1);
    leftLayout->addWidget(m_runsTitle);
    leftLayout->addWidget(m_runs, 2);

    m_graphScroll = new QScrollArea(this);
    m_graphScroll->setWidgetResizable(true);
    m_graphScroll->setFrameShape(QFrame::StyledPanel);
    m_graphScroll->setWidget(m_graph);
    m_graphScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_graphScroll);
    rightLayout->addWidget(m_tabs, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("pipelines-splitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(700);
    connect(m_refresh, &QTimer::timeout, this, &PipelinesPage::refreshLiveRun);
    m_triggerTimer = new QTimer(this);
    m_triggerTimer->setInterval(5000);
    connect(m_triggerTimer, &QTimer::timeout, this, &PipelinesPage::pollTriggers);
}

void PipelinesPage::retranslate()
{
    m_openAction->setText(tr("&Open Pipeline…"));
    m_newAction->setText(tr("&New Pipeline…"));
    m_runAction->setText(tr("&Run"));
    m_resumeAction->setText(tr("Res&ume"));
    m_stopAction->setText(tr("&Stop"));
    m_checkAction->setText(tr("&Check"));
    m_saveAction->setText(tr("&Save"));
    m_removeAction->setText(tr("&Remove from List"));
    const auto label = [](QPushButton* button, QAction* action, const QString& tip) {
        button->setText(action->text());
        button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    label(m_newButton, m_newAction, tr("Write a new pipeline file from a form: data, model, gate and aliases"));
    label(m_openButton, m_openAction, tr("List a pipeline file (YAML) on this page"));
    label(m_runButton, m_runAction, tr("Run the selected pipeline now"));
    label(m_resumeButton, m_resumeAction, tr("Continue the selected run at the step that did not finish"));
    label(m_stopButton, m_stopAction, tr("Stop the running pipeline; resume it later"));
    label(m_checkButton, m_checkAction, tr("Check the pipeline file: every problem with its line"));
    label(m_saveButton, m_saveAction, tr("Save the pipeline file"));
    m_formButton->setText(tr("Edit in &Form…"));
    m_formButton->setToolTip(tr("Edit a pipeline made with the form in the form again; the YAML follows"));
    m_triggers->setText(tr("Run triggers while open"));
    m_triggers->setToolTip(tr("Act on the pipelines' schedules, watched folders and drift while the workbench is "
                              "open, as crucible-cli pipeline daemon does"));
    m_pipelinesTitle->setText(tr("<b>Pipelines</b>"));
    m_runsTitle->setText(tr("<b>Runs</b>"));
    m_pipelines->setHorizontalHeaderLabels({tr("Pipeline"), tr("Last run"), tr("When"), tr("Next trigger")});
    m_runs->setHorizontalHeaderLabels(
        {tr("Run"), tr("Status"), tr("Trigger"), tr("Started"), tr("Took"), tr("Result")});
    m_tabs->setTabText(0, tr("Step"));
    m_tabs->setTabText(1, m_editor->document()->isModified() ? tr("Pipeline file *") : tr("Pipeline file"));
    m_editor->setPlaceholderText(tr("The selected pipeline's YAML file. New Pipeline writes one from the documented "
                                    "example."));
}

void PipelinesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillPipelines();
        showRun();
    }
    QWidget::changeEvent(event);
}

void PipelinesPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_watchers.clear();
    reload();
}

void PipelinesPage::setRegistrySetting(const QString& setting)
{
    m_registrySetting = setting;
}

QString PipelinesPage::registryFolder() const
{
    return m_workspace ? resolveRegistryFolder(*m_workspace, QString(), m_registrySetting) : QString();
}

void PipelinesPage::setPipelineFiles(const QStringList& files)
{
    m_files = files;
    reload();
}

void PipelinesPage::openPipelineFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_files.contains(absolute)) {
        m_files << absolute;
        Q_EMIT pipelineFilesChanged(m_files);
    }
    auto spec = PipelineSpec::load(absolute);
    m_wantedPipeline = spec ? spec->name : QFileInfo(absolute).completeBaseName();
    if (!spec)
        setMessage(errorText(spec.error()), true);
    reload();
}

void PipelinesPage::removeCurrentFile()
{
    const Listed* entry = current();
    if (!entry || !m_files.contains(entry->file))
        return;
    m_files.removeAll(entry->file);
    m_watchers.remove(entry->name);
    Q_EMIT pipelineFilesChanged(m_files);
    setMessage(tr("Removed %1 from the list; the file and its runs are kept.").arg(entry->file), false);
    reload();
}

void PipelinesPage::reload()
{
    if (!m_workspace)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    TaskManager::instance().start(
        tr("Reading pipelines"), this,
        [workspace = m_workspace, files = m_files](TaskContext&) {
            QList<Listed> listed;
            for (const QString& file : files) {
                Listed entry;
                entry.file = file;
                auto spec = PipelineSpec::load(file);
                if (spec) {
                    entry.name = spec->name;
                    entry.spec = std::move(spec.value());
                } else {
                    entry.name = QFileInfo(file).completeBaseName();
                    entry.problem = errorText(spec.error());
                }
                listed << entry;
            }
            auto runs = PipelineStore(*workspace).runs(QString(), 500);
            QString problem;
            if (runs) {
                for (const PipelineRunRecord& run : runs.value()) {
                    auto found = std::find_if(listed.begin(), listed.end(),
                                              [&](const Listed& entry) { return entry.name == run.pipeline; });
                    if (found == listed.end()) { // a pipeline run from elsewhere (the CLI, a daemon)
                        Listed entry;
                        entry.name = run.pipeline;
                        entry.file = run.file;
                        listed << entry;
                        found = listed.end() - 1;
                    }
                    found->runs << run;
                }
            } else {
                problem = errorText(runs.error());
            }
            return qMakePair(listed, problem);
        },
        [this](QPair<QList<Listed>, QString> result) {
            m_loading = false;
            m_listed = std::move(result.first);
            if (!result.second.isEmpty())
                setMessage(result.second, true);
            fillPipelines();
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        },
        TaskManager::Options {true, false});
}

QString PipelinesPage::triggerText(const QString& kind) const
{
    // What started a run, in the words of the pipeline table's Triggers column.
    if (kind == QLatin1String("manual"))
        return tr("by hand");
    if (kind == QLatin1String("schedule"))
        return tr("schedule");
    if (kind == QLatin1String("watch"))
        return tr("new file");
    if (kind == QLatin1String("drift"))
        return tr("drift");
    return kind;
}

QString PipelinesPage::statusText(const QString& status) const
{
    if (status == QLatin1String("succeeded"))
        return tr("succeeded");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("stopped"))
        return tr("stopped");
    if (status == QLatin1String("interrupted"))
        return tr("interrupted");
    if (status == QLatin1String("cached"))
        return tr("cached");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    if (status == QLatin1String("pending"))
        return tr("pending");
    return status;
}

QString PipelinesPage::nextTriggerText(const Listed& listed) const
{
    if (!listed.spec)
        return listed.problem.isEmpty() ? tr("(file not listed)") : tr("(cannot read the file)");
    const TriggerSpec& triggers = listed.spec->triggers;
    QStringList parts;
    if (!triggers.schedule.isEmpty()) {
        if (auto schedule = Schedule::parse(triggers.schedule))
            parts << QLocale().toString(schedule->next(QDateTime::currentDateTime()), QLocale::ShortFormat);
    }
    if (!triggers.watchFolder.isEmpty())
        parts << tr("new file in %1").arg(QFileInfo(triggers.watchFolder).fileName());
    if (!triggers.driftModel.isEmpty())
        parts << tr("drift of %1").arg(triggers.driftModel);
    return parts.isEmpty() ? tr("by hand") : parts.join(QStringLiteral(", "));
}

void PipelinesPage::fillPipelines()
{
    const QString keep = m_wantedPipeline.isEmpty() ? currentPipeline() : m_wantedPipeline;
    m_loading = true;
    m_pipelines->setRowCount(int(m_listed.size()));
    int select = m_listed.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_listed.size(); ++row) {
        const Listed& entry = m_listed[row];
        m_pipelines->setItem(row, 0, item(entry.name, entry.file));
        const PipelineRunRecord* last = entry.runs.isEmpty() ? nullptr : &entry.runs.first();
        m_pipelines->setItem(row, 1,
                             item(last ? statusText(last->status) : tr("never run"), last ? last->message : QString()));
        m_pipelines->setItem(
            row, 2, item(last ? QLocale().toString(last->createdAt.toLocalTime(), QLocale::ShortFormat) : QString()));
        m_pipelines->setItem(row, 3, item(nextTriggerText(entry), entry.problem));
        if (entry.name == keep) {
            select = row;
            if (keep == m_wantedPipeline) // found: a later reload keeps the selection
                m_wantedPipeline.clear();
        }
    }
    m_pipelines->resizeColumnsToContents();
    m_loading = false;
    if (select >= 0)
        m_pipelines->selectRow(select);
    showPipeline();
}

const PipelinesPage::Listed* PipelinesPage::current() const
{
    const auto rows = m_pipelines->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_listed.size())
        return nullptr;
    return &m_listed[rows.first().row()];
}

QString PipelinesPage::currentPipeline() const
{
    const Listed* entry = current();
    return entry ? entry->name : QString();
}

void PipelinesPage::showPipeline()
{
    const Listed* entry = current();
    m_loading = true;
    m_runs->setRowCount(entry ? int(entry->runs.size()) : 0);
    int select = -1;
    const QString wanted = m_wantedRun.isEmpty() ? (m_liveRun.isEmpty() ? m_currentRun : m_liveRun) : m_wantedRun;
    m_wantedRun.clear();
    if (entry) {
        for (int row = 0; row < entry->runs.size(); ++row) {
            const PipelineRunRecord& run = entry->runs[row];
            auto* id = item(run.id.left(12), run.id);
            id->setData(Qt::UserRole, run.id);
            m_runs->setItem(row, 0, id);
            m_runs->setItem(row, 1, item(statusText(run.status)));
            m_runs->setItem(row, 2,
                            item(triggerText(run.trigger.value(QStringLiteral("kind")).toString()),
                                 run.trigger.value(QStringLiteral("detail")).toString()));
            m_runs->setItem(row, 3, item(QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat)));
            const double seconds =
                double(run.createdAt.msecsTo(run.endedAt.isValid() ? run.endedAt : QDateTime::currentDateTimeUtc()))
                / 1000.0;
            m_runs->setItem(row, 4, item(formatDuration(seconds, DurationStyle::Table, locale())));
            m_runs->setItem(row, 5, item(run.message));
            if (run.id == wanted)
                select = row;
        }
        if (select < 0 && !entry->runs.isEmpty())
            select = 0;
    }
    m_runs->resizeColumnsToContents();
    m_loading = false;
    if (select >= 0) {
        m_runs->selectRow(select);
        m_currentRun = entry->runs[select].id;
    } else {
        m_currentRun.clear();
    }
    if (!entry || entry->file != m_editorFile)
        loadEditor();
    showRun();
    updateActions();
}

void PipelinesPage::showRun()
{
    const Listed* entry = current();
    QList<PipelineStepRecord> steps;
    if (entry) {
        for (const PipelineRunRecord& run : entry->runs) {
            if (run.id == m_currentRun)
                steps = run.steps;
        }
        if (steps.isEmpty() && entry->spec) { // never run: the file's steps, pending
            for (const StepSpec& spec : entry->spec->steps) {
                PipelineStepRecord step;
                step.step = spec.id;
                step.kind = spec.kind;
                steps << step;
            }
        }
    }
    const QString keep = m_graph->currentStep();
    m_graph->setSteps(steps);
    fitGraph();
    if (m_graph->currentStep().isEmpty() && !steps.isEmpty()) {
        // The step to look at first: the one that failed, was rejected or is running, else the first.
        QString first = steps.first().step;
        for (const PipelineStepRecord& step : steps) {
            if (step.status == QLatin1String("failed") || step.status == QLatin1String("rejected")
                || step.status == QLatin1String("running") || step.status == QLatin1String("interrupted")) {
                first = step.step;
                break;
            }
        }
        m_graph->setCurrentStep(keep.isEmpty() ? first : keep);
    }
    showStep();
    updateActions();
}

void PipelinesPage::fitGraph()
{
    // Tall enough for every row of steps, up to three; beyond that it scrolls.
    const int width = m_graphScroll->viewport()->width();
    const int needed = m_graph->heightForWidth(width) + 2 * m_graphScroll->frameWidth();
    const int threeRows = m_graph->heightForWidth(m_graph->minimumSizeHint().width()) > 0
        ? std::min(needed, 3 * 90 + 24 + 2 * m_graphScroll->frameWidth())
        : needed;
    m_graphScroll->setFixedHeight(threeRows);
}

void PipelinesPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitGraph();
}

void PipelinesPage::selectStep(const QString& id)
{
    m_graph->setCurrentStep(id);
}

void PipelinesPage::showStep()
{
    const QString id = m_graph->currentStep();
    const PipelineStepRecord* step = nullptr;
    for (const PipelineStepRecord& candidate : m_graph->steps()) {
        if (candidate.step == id)
            step = &candidate;
    }
    if (!step) {
        m_stepDetails->setText(QString());
        m_log->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> (%2): %3")
                       .arg(step->step.toHtmlEscaped(), step->kind,
                            step->status == QLatin1String("pending") ? tr("not run yet") : statusText(step->status));
    if (step->status == QLatin1String("cached"))
        html += QStringLiteral(" · ") + tr("outputs reused: its inputs are unchanged since an earlier run");
    const double seconds = step->seconds();
    if (seconds >= 0 && step->status != QLatin1String("skipped") && step->status != QLatin1String("cached"))
        html += QStringLiteral(" · ") + formatDuration(seconds, DurationStyle::Table, locale());
    if (step->attempts > 1)
        html += QStringLiteral(" · ") + tr("%n attempt(s)", nullptr, step->attempts);
    html += QStringLiteral("</p>");
    if (!step->message.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(step->message.toHtmlEscaped());
    if (!step->outputs.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (auto it = step->outputs.begin(); it != step->outputs.end(); ++it) {
            const QString value = it.value().toString();
            QString shown = value.toHtmlEscaped();
            // Lineage: what a step made leads to its page.
            if (it.key() == QLatin1String("dataset") && !value.isEmpty())
                shown = QStringLiteral("<a href='dataset:%1'>%1</a>").arg(shown);
            else if (it.key() == QLatin1String("run_id") && !value.isEmpty())
                shown = QStringLiteral("<a href='run:%1'>%1</a>").arg(shown);
            else if ((it.key() == QLatin1String("model") || it.key() == QLatin1String("champion"))
                     && value.contains(QLatin1Char('@')))
                shown = QStringLiteral("<a href='model:%1'>%1</a>").arg(shown);
            else if (it.key() == QLatin1String("model") && value.startsWith(QLatin1String("run ")))
                shown = QStringLiteral("<a href='run:%1'>%2</a>").arg(value.mid(4).toHtmlEscaped(), shown);
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(it.key().toHtmlEscaped(), shown);
        }
        html += QStringLiteral("</table>");
    }
    m_stepDetails->setText(html);
    const bool follow = m_log->verticalScrollBar()->value() == m_log->verticalScrollBar()->maximum();
    if (m_log->toPlainText() != step->log) {
        m_log->setPlainText(step->log.isEmpty() ? tr("(no log)") : step->log);
        if (follow)
            m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    }
}

void PipelinesPage::openLink(const QString& link)
{
    const QString kind = link.section(QLatin1Char(':'), 0, 0);
    const QString value = link.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("dataset"))
        Q_EMIT openDatasetRequested(value);
    else if (kind == QLatin1String("run"))
        Q_EMIT openRunRequested(value);
    else if (kind == QLatin1String("model"))
        Q_EMIT openModelRequested(value);
}

bool PipelinesPage::selectPipeline(const QString& name)
{
    for (int row = 0; row < m_listed.size(); ++row) {
        if (m_listed[row].name == name) {
            m_pipelines->selectRow(row);
            return true;
        }
    }
    return false;
}

bool PipelinesPage::selectRun(const QString& runId)
{
    for (int row = 0; row < m_listed.size(); ++row) {
        for (const PipelineRunRecord& run : m_listed[row].runs) {
            if (run.id == runId || (runId.size() >= 8 && run.id.startsWith(runId))) {
                m_wantedRun = run.id;
                if (m_pipelines->selectionModel()->selectedRows().value(0).row() == row && !m_listed.isEmpty())
                    showPipeline();
                else
                    m_pipelines->selectRow(row);
                return true;
            }
        }
    }
    return false;
}

bool PipelinesPage::showRunThatTrained(const QString& trainingRunId)
{
    for (const Listed& entry : std::as_const(m_listed)) {
        for (const PipelineRunRecord& run : entry.runs) {
            for (const PipelineStepRecord& step : run.steps) {
                if (step.kind == QLatin1String("train")
                    && step.outputs.value(QStringLiteral("run_id")).toString() == trainingRunId) {
                    selectRun(run.id);
                    selectStep(step.step);
                    return true;
                }
            }
        }
    }
    return false;
}

void PipelinesPage::loadEditor()
{
    const Listed* entry = current();
    m_editorFile = entry ? entry->file : QString();
    QByteArray text;
    if (entry && !entry->file.isEmpty()) {
        QFile file(entry->file);
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
    }
    if (text.isEmpty() && entry) { // the run's own copy, when the file is gone
        for (const PipelineRunRecord& run : entry->runs) {
            if (!run.specYaml.isEmpty()) {
                text = run.specYaml;
                break;
            }
        }
    }
    m_editor->setPlainText(QString::fromUtf8(text));
    m_editor->document()->setModified(false);
    m_problems->clear();
    retranslate();
}

bool PipelinesPage::checkEditor()
{
    m_problems->clear();
    auto spec = PipelineSpec::parse(m_editor->toPlainText().toUtf8(), m_editorFile);
    if (spec) {
        auto* ok = new QListWidgetItem(tr("No problems: %n step(s).", nullptr, int(spec->steps.size())), m_problems);
        ok->setData(Qt::UserRole, 0);
        return true;
    }
    QStringList lines {errorText(spec.error()).section(QLatin1Char('\n'), 0, 0)};
    for (const QString& line : engineText(spec.error().message).split(QLatin1Char('\n')).mid(1)) {
        if (line.startsWith(QLatin1String("  ")))
            lines << line.trimmed();
    }
    static const QRegularExpression place(QStringLiteral(":(\\d+)(?::\\d+)?: "));
    for (const QString& line : std::as_const(lines)) {
        auto* problem = new QListWidgetItem(line, m_problems);
        const auto match = place.match(line);
        problem->setData(Qt::UserRole, match.hasMatch() ? match.captured(1).toInt() : 0);
        problem->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_tabs->setCurrentIndex(1);
    return false;
}

bool PipelinesPage::saveEditor()
{
    if (m_editorFile.isEmpty()) {
        setMessage(tr("This pipeline has no file to save to; use New Pipeline."), true);
        return false;
    }
    QSaveFile file(m_editorFile);
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        setMessage(tr("Could not save %1: %2").arg(m_editorFile, file.errorString()), true);
        return false;
    }
    m_editor->document()->setModified(false);
    const bool valid = checkEditor();
    setMessage(valid ? tr("Saved %1.").arg(m_editorFile)
                     : tr("Saved %1; it has problems (listed below the "
                          "file).")
                           .arg(m_editorFile),
               !valid);
    m_watchers.remove(currentPipeline());
    reload();
    return true;
}

void PipelinesPage::newPipelineWithDialog()
{
    newPipelineWithForm(PipelineForm {});
}

void PipelinesPage::newPipelineWithForm(const PipelineForm& form)
{
    PipelineFormDialog dialog(this);
    dialog.setForm(form);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openPipelineFile(dialog.savedPath());
    m_tabs->setCurrentIndex(1);
}

bool PipelinesPage::editInForm(bool show)
{
    auto spec = PipelineSpec::parse(m_editor->toPlainText().toUtf8(), m_editorFile);
    if (!spec) {
        checkEditor();
        setMessage(tr("Fix the file's problems first (listed below it)."), true);
        return false;
    }
    const auto form = PipelineForm::fromSpec(spec.value());
    if (!form) {
        setMessage(tr("This pipeline has steps or keys the form does not show; edit its YAML here."), true);
        return false;
    }
    PipelineFormDialog dialog(this);
    dialog.setEditing(true);
    dialog.setForm(*form);
    if (!show)
        return true;
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_editor->setPlainText(dialog.yamlText());
    m_editor->document()->setModified(true);
    checkEditor();
    setMessage(tr("The form's changes are in the file below; save them with Ctrl+S."), false);
    return true;
}

void PipelinesPage::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Pipeline"), QString(), tr("Pipeline files (*.yaml *.yml)"));
    if (!path.isEmpty())
        openPipelineFile(path);
}

void PipelinesPage::run()
{
    const Listed* entry = current();
    if (!entry || isRunning())
        return;
    if (m_editor->document()->isModified() && !saveEditor())
        return;
    auto spec = PipelineSpec::load(entry->file);
    if (!spec) {
        setMessage(errorText(spec.error()), true);
        checkEditor();
        return;
    }
    startRun(spec.value(), QJsonObject {{QStringLiteral("kind"), QStringLiteral("manual")}}, QString());
}

void PipelinesPage::resume()
{
    if (m_currentRun.isEmpty() || isRunning())
        return;
    startRun(PipelineSpec {}, {}, m_currentRun);
}

void PipelinesPage::startRun(const PipelineSpec& spec, const QJsonObject& trigger, const QString& resumeRun)
{
    if (!m_workspace)
        return;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    PipelineRunOptions options;
    options.registryFolder = registryFolder();
    options.trigger = trigger;
    const QString name = resumeRun.isEmpty() ? spec.name : currentPipeline();
    QPointer<PipelinesPage> page(this);
    auto started = [page](const QString& runId) {
        if (!page)
            return;
        page->m_liveRun = runId;
        page->m_wantedRun = runId;
        page->reload();
    };
    m_task = TaskManager::instance().start(
        resumeRun.isEmpty() ? tr("Running pipeline %1").arg(name) : tr("Resuming pipeline %1").arg(name), this,
        [workspace = m_workspace, spec, options, resumeRun, stop = m_stop, page, started](TaskContext& context) {
            PageObserver observer(page.data(), stop, context, started);
            return resumeRun.isEmpty() ? runPipeline(*workspace, spec, options, observer)
                                       : resumePipeline(*workspace, resumeRun, options, observer);
        },
        [this](Result<PipelineOutcome> outcome) {
            m_task = nullptr;
            m_refresh->stop();
            if (!outcome) {
                setMessage(errorText(outcome.error()), true);
                Q_EMIT runFinished(QStringLiteral("failed"), errorText(outcome.error()));
            } else {
                setMessage(outcome->message, outcome->status == QLatin1String("failed"));
                m_wantedRun = outcome->record.id;
                Q_EMIT runFinished(outcome->status, outcome->message);
            }
            m_liveRun.clear();
            reload();
            updateActions();
            // Triggers that came while it ran.
            if (!m_queue.isEmpty()) {
                const auto [queuedPipeline, queuedTrigger] = m_queue.takeFirst();
                for (const Listed& entry : std::as_const(m_listed)) {
                    if (entry.name == queuedPipeline && entry.spec) {
                        startRun(*entry.spec, queuedTrigger, QString());
                        break;
                    }
                }
            }
        });
    m_refresh->start();
    setMessage(resumeRun.isEmpty() ? tr("Running %1…").arg(name) : tr("Resuming run %1…").arg(resumeRun.left(12)),
               false);
    updateActions();
}

void PipelinesPage::stop()
{
    if (m_stop && isRunning()) {
        m_stop->store(true);
        setMessage(tr("Stopping after the current step's work… Resume continues the run later."), false);
    }
}

void PipelinesPage::refreshLiveRun()
{
    if (isRunning())
        reload();
}

void PipelinesPage::setTriggersEnabled(bool enabled)
{
    if (m_triggers->isChecked() != enabled)
        m_triggers->setChecked(enabled);
    if (enabled) {
        m_triggerTimer->start();
        pollTriggers();
    } else {
        m_triggerTimer->stop();
    }
}

void PipelinesPage::pollTriggers()
{
    if (!m_workspace || m_polling)
        return;
    QList<std::shared_ptr<TriggerWatcher>> watchers;
    for (const Listed& entry : std::as_const(m_listed)) {
        if (!entry.spec || entry.spec->triggers.isEmpty())
            continue;
        auto& watcher = m_watchers[entry.name];
        if (!watcher)
            watcher = std::make_shared<TriggerWatcher>(*m_workspace, *entry.spec, registryFolder());
        watchers << watcher;
    }
    if (watchers.isEmpty())
        return;
    m_polling = true;
    TaskManager::instance().start(
        tr("Checking pipeline triggers"), this,
        [workspace = m_workspace, watchers](TaskContext&) {
            QList<QPair<QString, DueTrigger>> due;
            QStringList problems;
            const QDateTime now = QDateTime::currentDateTime();
            for (const auto& watcher : watchers) {
                auto fired = watcher->poll(now);
                if (!fired) {
                    problems << errorText(fired.error());
                    continue;
                }
                for (const DueTrigger& trigger : fired.value())
                    due << qMakePair(watcher->spec().name, trigger);
            }
            return qMakePair(due, problems);
        },
        [this](QPair<QList<QPair<QString, DueTrigger>>, QStringList> result) {
            m_polling = false;
            if (!result.second.isEmpty())
                setMessage(result.second.join(QLatin1Char('\n')), true);
            for (const auto& [pipeline, trigger] : result.first) {
                m_queue << qMakePair(pipeline, trigger.toJson());
                if (const auto watcher = m_watchers.value(pipeline))
                    (void)watcher->acknowledge(trigger);
            }
            if (!isRunning() && !m_queue.isEmpty()) {
                const auto [queuedPipeline, queuedTrigger] = m_queue.takeFirst();
                for (const Listed& entry : std::as_const(m_listed)) {
                    if (entry.name == queuedPipeline && entry.spec) {
                        selectPipeline(queuedPipeline);
                        startRun(*entry.spec, queuedTrigger, QString());
                        break;
                    }
                }
            }
        },
        TaskManager::Options {true, false});
}

void PipelinesPage::setMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

QString PipelinesPage::messageText() const
{
    return m_message->text();
}

void PipelinesPage::updateActions()
{
    const Listed* entry = current();
    const bool running = isRunning();
    m_runAction->setEnabled(entry && !running && !entry->file.isEmpty() && m_workspace && !m_workspace->isReadOnly());
    const PipelineRunRecord* selected = nullptr;
    if (entry) {
        for (const PipelineRunRecord& run : entry->runs) {
            if (run.id == m_currentRun)
                selected = &run;
        }
    }
    const QString status = selected ? selected->status : QString();
    // A run still marked running whose process is gone can be resumed, too.
    const bool resumable = status == QLatin1String("failed") || status == QLatin1String("stopped")
        || status == QLatin1String("interrupted")
        || (status == QLatin1String("running") && !PipelineStore::isAlive(*selected) && m_liveRun != selected->id);
    m_resumeAction->setEnabled(!running && resumable);
    m_stopAction->setEnabled(running);
    m_saveAction->setEnabled(m_editor->document()->isModified() && !m_editorFile.isEmpty());
    m_runButton->setEnabled(m_runAction->isEnabled());
    m_resumeButton->setEnabled(m_resumeAction->isEnabled());
    m_stopButton->setEnabled(m_stopAction->isEnabled());
    m_saveButton->setEnabled(m_saveAction->isEnabled());
}

} // namespace crucible
