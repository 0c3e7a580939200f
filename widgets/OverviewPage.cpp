#include "OverviewPage.h"

#include "EngineText.h"
#include "RoomyRows.h"
#include "RunTableModel.h"

#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/core/Duration.h"
#include "engine/core/VisibleText.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {

/// What a row opens: stored in the first column's UserRole.
enum class Target { None, Run, TrainPage, PipelineRun, Model, Monitor, Serving, FailedRuns };

constexpr int kTargetRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
/// How often the page reads again while shown, for work that other processes do.
constexpr int kPollMs = 5000;

QTreeWidget* makeList(QWidget* parent, const QString& objectName, int columns)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setItemDelegate(new RoomyRows(list));
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    return list;
}

QLabel* makeTitle(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

void setTarget(QTreeWidgetItem* item, Target target, const QString& id)
{
    item->setData(0, kTargetRole, int(target));
    item->setData(0, kIdRole, id);
}

/// Sizes the first `columns` columns to their contents, none wider than a third of the list: a
/// long name is elided, not a reason to scroll sideways.
void fitColumns(QTreeWidget* list, int columns)
{
    const int widest = std::max(120, list->viewport()->width() / 3);
    for (int column = 0; column < columns; ++column) {
        list->resizeColumnToContents(column);
        if (list->columnWidth(column) > widest)
            list->setColumnWidth(column, widest);
    }
}

QString numberText(double value)
{
    if (std::isnan(value))
        return QString();
    return QLocale().toString(value, 'g', 4);
}

QString whenText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overview-page"));
    buildUi();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &OverviewPage::reload);
    // Changes in this process come in bursts (a metric flush per second while training): one read for them.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(700);
    connect(&m_coalesce, &QTimer::timeout, this, &OverviewPage::reload);
    const auto changed = [this] {
        if (isVisible())
            m_coalesce.start();
    };
    ChangeHub& hub = ChangeHub::instance();
    connect(&hub, &ChangeHub::runAdded, this, changed);
    connect(&hub, &ChangeHub::runChanged, this, changed);
    connect(&hub, &ChangeHub::metricsAppended, this, changed);
    connect(&hub, &ChangeHub::registryChanged, this, changed);
    retranslate();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("overview-title"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_title->setFont(font);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("overview-updated"));
    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("overview-refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &OverviewPage::reload);
    auto* refresh = new QPushButton(this);
    refresh->setObjectName(QStringLiteral("overview-refresh-button"));
    connect(refresh, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_refreshAction, &QAction::changed, refresh, [refresh, this] {
        refresh->setText(m_refreshAction->text());
        refresh->setToolTip(m_refreshAction->toolTip());
    });
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("overview-problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->hide();

    m_productionTitle = makeTitle(this, QStringLiteral("overview-production-title"));
    m_runningTitle = makeTitle(this, QStringLiteral("overview-running-title"));
    m_recentTitle = makeTitle(this, QStringLiteral("overview-recent-title"));
    m_alertsTitle = makeTitle(this, QStringLiteral("overview-alerts-title"));
    m_production = makeList(this, QStringLiteral("overview-production"), 4);
    m_running = makeList(this, QStringLiteral("overview-running"), 4);
    m_recent = makeList(this, QStringLiteral("overview-recent"), 4);
    m_alerts = makeList(this, QStringLiteral("overview-alerts"), 3);
    for (QTreeWidget* list : {m_production, m_running, m_recent, m_alerts})
        connect(list, &QTreeWidget::itemActivated, this, &OverviewPage::open);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_updated, 1, Qt::AlignBottom);
    header->addWidget(refresh);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_productionTitle, 0, 0);
    grid->addWidget(m_production, 1, 0);
    grid->addWidget(m_recentTitle, 0, 1);
    grid->addWidget(m_recent, 1, 1);
    grid->addWidget(m_runningTitle, 2, 0);
    grid->addWidget(m_running, 3, 0);
    grid->addWidget(m_alertsTitle, 2, 1);
    grid->addWidget(m_alerts, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    grid->setRowMinimumHeight(2, 28);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_problems);
    layout->addLayout(grid, 1);
}

void OverviewPage::retranslate()
{
    m_title->setText(tr("Overview"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Read everything again (%1)").arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_productionTitle->setText(tr("Models in production"));
    m_runningTitle->setText(tr("Running now"));
    m_recentTitle->setText(tr("Recent runs"));
    m_alertsTitle->setText(tr("Alerts"));
    m_production->setHeaderLabels({tr("Model"), tr("Version"), tr("Serving"), tr("Drift")});
    m_running->setHeaderLabels({tr("What"), tr("Progress"), tr("Details"), tr("Since")});
    m_recent->setHeaderLabels({tr("Run"), tr("Status"), tr("Key metric"), tr("Dataset")});
    m_alerts->setHeaderLabels({tr("Alert"), tr("When"), tr("Message")});
    for (QTreeWidget* list : {m_production, m_running, m_recent, m_alerts})
        list->setToolTip(tr("Double-click a row or press Enter to open it where it belongs"));
    m_updated->setText(
        m_hasSnapshot
            ? tr("Updated %1").arg(QLocale().toString(m_snapshot.readAt.toLocalTime().time(), QLocale::ShortFormat))
            : QString());
    if (m_hasSnapshot)
        fill();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    m_poll.start();
}

void OverviewPage::hideEvent(QHideEvent* event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void OverviewPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_snapshot = {};
    m_hasSnapshot = false;
    fill();
    reload();
}

void OverviewPage::setRegistrySetting(const QString& setting)
{
    m_registrySetting = setting;
    reload();
}

void OverviewPage::setServedSource(std::function<QList<Served>()> source)
{
    m_servedSource = std::move(source);
    fill();
}

void OverviewPage::noteDriftCheck(const QString& modelVersion, const QString& level, const QString& summary)
{
    const QString name = modelVersion.section(QLatin1Char('@'), 0, 0);
    if (name.isEmpty())
        return;
    m_sessionVerdicts.insert(name, Verdict {level, summary, QDateTime::currentDateTimeUtc()});
    fill();
}

void OverviewPage::reload()
{
    // A hidden page reads nothing; showing it reads.
    if (!m_workspace || !isVisible())
        return;
    if (m_task) {
        m_reloadAgain = true;
        return;
    }
    m_task = TaskManager::instance().start(
        tr("Reading the overview"), this,
        [workspace = m_workspace, folder = m_registrySetting](TaskContext&) {
            return readOverview(*workspace, folder);
        },
        [this](const OverviewSnapshot& snapshot) {
            m_task = nullptr;
            m_snapshot = snapshot;
            m_hasSnapshot = true;
            retranslate();
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        },
        TaskManager::Options {true, false});
}

void OverviewPage::addEmptyRow(QTreeWidget* list, const QString& text)
{
    auto* item = new QTreeWidgetItem(list, {text});
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, palette().color(QPalette::PlaceholderText));
    item->setFirstColumnSpanned(true);
    setTarget(item, Target::None, QString());
}

void OverviewPage::fill()
{
    fillProduction();
    fillRunning();
    fillRecent();
    fillAlerts();
    m_problems->setText(m_snapshot.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_snapshot.problems.isEmpty());
}

void OverviewPage::fillProduction()
{
    m_production->clear();
    const QList<Served> served = m_servedSource ? m_servedSource() : QList<Served> {};
    for (const OverviewModel& model : m_snapshot.production) {
        QStringList serving;
        for (const Served& endpoint : served) {
            const QString name = endpoint.reference.section(QLatin1Char('@'), 0, 0);
            if (name == model.name && endpoint.version == model.version)
                serving << endpoint.url;
        }
        QString level = model.driftLevel;
        QString summary = model.driftSummary;
        QDateTime when = model.driftCheckedAt;
        const auto session = m_sessionVerdicts.constFind(model.name);
        if (session != m_sessionVerdicts.cend() && (!when.isValid() || session->when > when)) {
            level = session->level;
            summary = session->summary;
            when = session->when;
        }
        const QString drift = level == QLatin1String("drift") ? tr("drifted")
            : level == QLatin1String("warning")               ? tr("warning")
            : level == QLatin1String("none")                  ? tr("no drift")
            : level.isEmpty()                                 ? tr("not checked")
                              : tr("unknown verdict (%1)").arg(visibleText(level.left(40)));
        auto* item =
            new QTreeWidgetItem(m_production,
                                {visibleText(model.reference()), tr("version %1").arg(model.version),
                                 serving.isEmpty() ? tr("not served") : serving.join(QStringLiteral(", ")), drift});
        item->setToolTip(0, tr("Open %1 on the Registry page").arg(visibleText(model.name)));
        item->setToolTip(3,
                         summary.isEmpty() ? tr("Check it on the Monitor page")
                                           : tr("%1\nchecked %2").arg(visibleText(summary.left(2000)), whenText(when)));
        if (level == QLatin1String("drift"))
            item->setForeground(3, QColor(0xc0, 0x39, 0x2b));
        else if (level == QLatin1String("warning"))
            item->setForeground(3, QColor(0xd3, 0x8b, 0x12));
        setTarget(item, Target::Model, model.name);
        item->setData(1, kIdRole, model.reference());
    }
    if (m_snapshot.production.isEmpty())
        addEmptyRow(m_production,
                    m_hasSnapshot ? tr("No model has an alias yet. Register a run's model on the Runs "
                                       "page and give a version an alias such as \"production\".")
                                  : tr("Reading…"));
    fitColumns(m_production, 3);
}

void OverviewPage::fillRunning()
{
    m_running->clear();
    for (const OverviewActivity& activity : m_snapshot.running) {
        const bool isTraining = activity.kind == OverviewActivity::Kind::Training;
        QStringList parts;
        if (activity.total > 0)
            parts << (isTraining ? tr("epoch %1").arg(QStringLiteral("%1/%2").arg(activity.done).arg(activity.total))
                                 : tr("step %1 of %2").arg(activity.done).arg(activity.total));
        if (!activity.step.isEmpty())
            parts.prepend(activity.step);
        if (!activity.dataset.isEmpty())
            parts << activity.dataset;
        if (activity.status == QLatin1String("paused"))
            parts.prepend(tr("paused"));
        const QString detail = parts.join(QStringLiteral(" · "));
        const QString title = visibleText(activity.title);
        const QString what = isTraining ? tr("Training %1").arg(title) : tr("Pipeline %1").arg(title);
        const double seconds = activity.since.isValid() ? double(activity.since.secsTo(m_snapshot.readAt)) : -1;
        auto* item = new QTreeWidgetItem(
            m_running,
            {what, QString(), visibleText(detail), formatDuration(seconds, DurationStyle::Units, QLocale())});
        item->setToolTip(3, whenText(activity.since));
        setTarget(item, isTraining ? Target::Run : Target::PipelineRun, activity.id);
        auto* bar = new QProgressBar(m_running);
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        if (activity.progress >= 0)
            bar->setValue(int(std::lround(activity.progress * 100)));
        else
            bar->setRange(0, 0);
        bar->setMaximumHeight(m_running->fontMetrics().height() + 4);
        m_running->setItemWidget(item, 1, bar);
    }
    if (m_snapshot.running.isEmpty()) {
        addEmptyRow(m_running,
                    m_hasSnapshot ? tr("Nothing is running. Train a model on the Train page.") : tr("Reading…"));
        setTarget(m_running->topLevelItem(0), Target::TrainPage, QString());
    }
    fitColumns(m_running, 3);
    m_running->setColumnWidth(1, qMax(m_running->columnWidth(1), 110));
}

void OverviewPage::fillRecent()
{
    m_recent->clear();
    for (const OverviewRun& run : m_snapshot.recent) {
        const QString metric =
            run.metric.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(run.metric, numberText(run.value));
        const std::optional<RunStatus> status = runStatusFromKey(run.status);
        auto* item = new QTreeWidgetItem(m_recent,
                                         {visibleText(run.name),
                                          status ? RunTableModel::statusText(*status) : visibleText(run.status), metric,
                                          visibleText(run.dataset)});
        item->setToolTip(0, tr("%1, created %2").arg(run.id, whenText(run.createdAt)));
        if (run.status == QLatin1String("failed") || run.status == QLatin1String("interrupted"))
            item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
        setTarget(item, Target::Run, run.id);
    }
    if (m_snapshot.recent.isEmpty())
        addEmptyRow(m_recent,
                    m_hasSnapshot ? tr("No runs yet. Import a dataset or load the samples (File menu), "
                                       "then train on the Train page.")
                                  : tr("Reading…"));
    fitColumns(m_recent, 3);
}

void OverviewPage::fillAlerts()
{
    m_alerts->clear();
    for (const OverviewAlert& alert : m_snapshot.alerts) {
        QString title;
        Target target = Target::Run;
        switch (alert.kind) {
        case OverviewAlert::Kind::Drift:
            title = tr("Drift: %1").arg(visibleText(alert.title));
            target = Target::Monitor;
            break;
        case OverviewAlert::Kind::DriftWarning:
            title = tr("Drift warning: %1").arg(visibleText(alert.title));
            target = Target::Monitor;
            break;
        case OverviewAlert::Kind::FailedRun:
            title = tr("Run failed: %1").arg(visibleText(alert.title));
            break;
        case OverviewAlert::Kind::InterruptedRun:
            title = tr("Run interrupted: %1").arg(visibleText(alert.title));
            break;
        case OverviewAlert::Kind::FailedPipeline:
            title = tr("Pipeline failed: %1").arg(visibleText(alert.title));
            target = Target::PipelineRun;
            break;
        }
        const QString firstLine = visibleText(engineText(alert.message).section(QLatin1Char('\n'), 0, 0).left(500));
        auto* item = new QTreeWidgetItem(m_alerts, {title, whenText(alert.when), firstLine});
        item->setToolTip(
            2,
            visibleText(engineText(alert.message).left(2000)).replace(QStringLiteral("\\u000a"), QStringLiteral("\n")));
        item->setForeground(
            0, alert.kind == OverviewAlert::Kind::DriftWarning ? QColor(0xd3, 0x8b, 0x12) : QColor(0xc0, 0x39, 0x2b));
        setTarget(item, target, alert.target);
    }
    if (m_snapshot.moreFailedRuns > 0) {
        auto* more = new QTreeWidgetItem(
            m_alerts, {tr("…and %n more failed or interrupted run(s)", nullptr, m_snapshot.moreFailedRuns)});
        more->setFirstColumnSpanned(true);
        more->setToolTip(0, tr("Show them on the Runs page"));
        setTarget(more, Target::FailedRuns, QString());
    }
    if (m_snapshot.alerts.isEmpty())
        addEmptyRow(m_alerts, m_hasSnapshot ? tr("No alerts in the last 7 days.") : tr("Reading…"));
    fitColumns(m_alerts, 2);
}

void OverviewPage::open(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    switch (Target(item->data(0, kTargetRole).toInt())) {
    case Target::None:
        break;
    case Target::Run:
        Q_EMIT openRunRequested(id);
        break;
    case Target::TrainPage:
        Q_EMIT openTrainPageRequested();
        break;
    case Target::PipelineRun:
        Q_EMIT openPipelineRunRequested(id);
        break;
    case Target::Model:
        // The Drift column leads to the Monitor page, the Serving column to the Serving page.
        if (m_production->currentColumn() == 3)
            Q_EMIT openMonitorRequested(item->data(1, kIdRole).toString());
        else if (m_production->currentColumn() == 2 && item->text(2) != tr("not served"))
            Q_EMIT openServingRequested();
        else
            Q_EMIT openModelRequested(id);
        break;
    case Target::Monitor:
        Q_EMIT openMonitorRequested(id);
        break;
    case Target::Serving:
        Q_EMIT openServingRequested();
        break;
    case Target::FailedRuns:
        Q_EMIT openRunsFilteredRequested(QStringLiteral("status = \"failed\" or status = \"interrupted\""));
        break;
    }
}

} // namespace crucible
