#include "ServingPage.h"

#include "EngineText.h"
#include "MetricChart.h"
#include "engine/core/BackgroundTask.h"
#include "engine/serve/ModelServer.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace crucible {

namespace {

constexpr int kSampleMs = 1000;
constexpr int kDrainMs = 5000;
constexpr int kPortsTried = 20;
constexpr size_t kHistoryPoints = 24 * 3600;

enum Column { ModelColumn, VersionColumn, RequestsColumn, ErrorsColumn, UrlColumn, ColumnCount };

/// The `q` quantile (seconds) of the requests answered between two samples of a cumulative
/// histogram, interpolated within its bucket; NaN when none were answered.
double quantile(const ServeMetrics::Totals& now, const ServeMetrics::Totals& before, double q)
{
    const size_t buckets = now.latencyCounts.size();
    if (buckets == 0)
        return std::numeric_limits<double>::quiet_NaN();
    auto delta = [&](size_t i) {
        return double(now.latencyCounts[i] - (i < before.latencyCounts.size() ? before.latencyCounts[i] : 0));
    };
    const double total = delta(buckets - 1);
    if (total <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double target = q * total;
    double previousCount = 0;
    double previousBound = 0;
    for (size_t i = 0; i < buckets; ++i) {
        const double count = delta(i);
        const double bound = i < now.latencyBuckets.size() ? now.latencyBuckets[i] : previousBound * 2;
        if (count >= target) {
            const double share = count > previousCount ? (target - previousCount) / (count - previousCount) : 1.0;
            return previousBound + share * (bound - previousBound);
        }
        previousCount = count;
        previousBound = bound;
    }
    return previousBound;
}

} // namespace

ServingPage::ServingPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("serving-page"));
    buildUi();
    retranslate();
    m_sampler.setInterval(kSampleMs);
    connect(&m_sampler, &QTimer::timeout, this, &ServingPage::sample);
}

ServingPage::~ServingPage()
{
    // The window is closing: answer what is in flight, briefly, then let the servers go.
    for (Endpoint& endpoint : m_endpoints)
        endpoint.server->stop(1000);
}

void ServingPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

void ServingPage::buildUi()
{
    m_stopAction = new QAction(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this);
    m_stopAction->setObjectName(QStringLiteral("serving-stop"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &ServingPage::stopSelected);
    addAction(m_stopAction);
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("serving-copy"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(curlText()); });
    addAction(m_copyAction);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("serving-toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions({m_stopAction, m_copyAction});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serving-message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // What the page is for when nothing is served.
    auto* empty = new QWidget(this);
    auto* icon = new QLabel(empty);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/serving.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("serving-empty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setFixedWidth(600); // a wrapped label placed centred gets its height for this width
    auto* registryButton = new QPushButton(empty);
    registryButton->setObjectName(QStringLiteral("serving-open-registry"));
    connect(registryButton, &QPushButton::clicked, this, &ServingPage::openRegistryRequested);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(icon);
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(registryButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("serving-endpoints"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServingPage::showSelected);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serving-url"));
    m_url->setReadOnly(true);
    m_curl = new QPlainTextEdit(this);
    m_curl->setObjectName(QStringLiteral("serving-curl"));
    m_curl->setReadOnly(true);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setMaximumHeight(m_curl->fontMetrics().lineSpacing() * 4 + 12);
    auto* copyButton = new QPushButton(this);
    copyButton->setObjectName(QStringLiteral("serving-copy-button"));
    connect(copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    connect(m_copyAction, &QAction::changed, copyButton, [this, copyButton] {
        copyButton->setText(m_copyAction->text());
        copyButton->setEnabled(m_copyAction->isEnabled());
    });
    auto* curlRow = new QHBoxLayout;
    curlRow->addWidget(m_curl, 1);
    curlRow->addWidget(copyButton, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(this);
    urlLabel->setObjectName(QStringLiteral("serving-url-label"));
    auto* curlLabel = new QLabel(this);
    curlLabel->setObjectName(QStringLiteral("serving-curl-label"));
    form->addRow(urlLabel, m_url);
    form->addRow(curlLabel, curlRow);

    auto makeChart = [this](const char* name) {
        auto* chart = new MetricChart(this);
        chart->setObjectName(QString::fromLatin1(name));
        chart->setXFormat(MetricChart::XFormat::Duration);
        chart->setMinimumHeight(160);
        return chart;
    };
    m_requests = makeChart("serving-requests-chart");
    m_latency = makeChart("serving-latency-chart");
    m_errors = makeChart("serving-errors-chart");
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_requests);
    charts->addWidget(m_latency);
    charts->addWidget(m_errors);

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("serving-events"));
    m_events->setMaximumHeight(90);
    auto* eventsLabel = new QLabel(this);
    eventsLabel->setObjectName(QStringLiteral("serving-events-label"));

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addLayout(charts, 1);
    detailsLayout->addWidget(eventsLabel);
    detailsLayout->addWidget(m_events);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("serving-splitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    fillTable();
}

void ServingPage::retranslate()
{
    m_stopAction->setText(tr("&Stop Serving"));
    m_stopAction->setToolTip(tr("Stop the selected server after answering what is in flight (Ctrl+.)"));
    m_copyAction->setText(tr("&Copy curl Example"));
    m_copyAction->setToolTip(tr("Copy a curl command that asks the selected model for a prediction (Ctrl+Shift+C)"));
    m_emptyText->setText(tr("No model is served. Select a version on the Registry page and choose Serve "
                            "(Ctrl+Shift+S): its predictions are then one HTTP request away, for any program, with "
                            "live charts of requests, latency and errors here."));
    m_emptyText->setMinimumHeight(m_emptyText->heightForWidth(m_emptyText->width()));
    if (auto* button = findChild<QPushButton*>(QStringLiteral("serving-open-registry")))
        button->setText(tr("Open the Registry"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Version"), tr("Requests"), tr("Errors"), tr("URL")});
    findChild<QLabel*>(QStringLiteral("serving-url-label"))->setText(tr("URL:"));
    findChild<QLabel*>(QStringLiteral("serving-curl-label"))->setText(tr("Try it:"));
    findChild<QLabel*>(QStringLiteral("serving-events-label"))
        ->setText(tr("Events (an alias followed to another version, a version that failed to load):"));
    m_requests->setTitle(tr("Requests per second"));
    m_latency->setTitle(tr("Latency (ms)"));
    m_errors->setTitle(tr("Errors per second"));
    for (MetricChart* chart : {m_requests, m_latency, m_errors})
        chart->setXLabel(tr("time serving"));
    showSelected();
}

void ServingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServingPage::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ServingPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ServingPage::serve(const QString& folder, const QString& reference, int port, bool nextFree, const QString& host)
{
    ServeOptions options;
    options.host = host;
    if (m_workspace && !m_workspace->isReadOnly())
        options.logFolder = QDir(m_workspace->folder()).filePath(QStringLiteral("serving"));
    // Events come on the server's threads; they reach the page queued, while it lives. The
    // server they belong to is known only once it started: a shared slot names it.
    auto owner = std::make_shared<std::atomic<ModelServer*>>(nullptr);
    QPointer<ServingPage> page(this);
    options.onEvent = [page, owner](const QString& line) {
        // Queued to the application object: the page pointer is looked at on the GUI thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, owner, line] {
                if (page)
                    page->addEvent(owner->load(), line);
            },
            Qt::QueuedConnection);
    };
    ++m_starting;
    showMessage(tr("Starting %1…").arg(reference), false);
    TaskManager::instance().start(
        tr("Serving %1").arg(reference), this,
        [folder, reference, port, nextFree, options](TaskContext&) -> Result<std::shared_ptr<ModelServer>> {
            ServeOptions tried = options;
            const int attempts = nextFree ? kPortsTried : 1;
            Error last;
            for (int attempt = 0; attempt < attempts && port + attempt <= 65535; ++attempt) {
                tried.port = std::uint16_t(port + attempt);
                auto started = ModelServer::start(folder, {reference}, tried);
                if (started)
                    return std::shared_ptr<ModelServer>(std::move(started.value()));
                last = started.error();
                if (last.code != ErrorCode::Busy) // only a port in use: try the next
                    break;
            }
            return last;
        },
        [this, reference, owner](Result<std::shared_ptr<ModelServer>> result) {
            --m_starting;
            if (!result) {
                showMessage(tr("Cannot serve %1: %2").arg(reference, errorText(result.error())), true);
                return;
            }
            owner->store(result.value().get());
            Endpoint endpoint;
            endpoint.server = std::move(result.value());
            endpoint.reference = reference;
            endpoint.started = QDateTime::currentDateTimeUtc();
            endpoint.last = endpoint.server->metrics().totals();
            m_endpoints.push_back(std::move(endpoint));
            showMessage(tr("Serving %1 at %2").arg(reference, m_endpoints.back().server->baseUrl()), false);
            fillTable();
            m_table->selectRow(int(m_endpoints.size()) - 1);
            if (!m_sampler.isActive())
                m_sampler.start();
            Q_EMIT endpointsChanged(endpointCount());
        },
        TaskManager::Options {false, true});
}

void ServingPage::stopSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    std::shared_ptr<ModelServer> server = std::move(m_endpoints[size_t(row)].server);
    const QString reference = m_endpoints[size_t(row)].reference;
    m_endpoints.erase(m_endpoints.begin() + row);
    fillTable();
    if (m_endpoints.empty())
        m_sampler.stop();
    Q_EMIT endpointsChanged(endpointCount());
    showMessage(tr("Stopping %1: answering the requests in flight…").arg(reference), false);
    TaskManager::instance().start(
        tr("Stopping %1").arg(reference), this,
        [server](TaskContext&) {
            server->stop(kDrainMs);
            return true;
        },
        [this, reference](bool) { showMessage(tr("Stopped serving %1.").arg(reference), false); },
        TaskManager::Options {false, true});
}

void ServingPage::addEvent(ModelServer* server, const QString& line)
{
    for (Endpoint& endpoint : m_endpoints) {
        if (endpoint.server.get() != server)
            continue;
        const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line;
        endpoint.events.prepend(stamped);
        while (endpoint.events.size() > 100)
            endpoint.events.removeLast();
        fillTable();
        showSelected();
    }
}

int ServingPage::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.front().topRow();
}

QString ServingPage::endpointUrl(int row) const
{
    return row >= 0 && row < endpointCount() ? m_endpoints[size_t(row)].server->baseUrl() : QString();
}

QString ServingPage::endpointReference(int row) const
{
    return row >= 0 && row < endpointCount() ? m_endpoints[size_t(row)].reference : QString();
}

int ServingPage::endpointVersion(int row) const
{
    if (row < 0 || row >= endpointCount())
        return 0;
    const QList<ServedModel> models = m_endpoints[size_t(row)].server->models();
    return models.isEmpty() ? 0 : models.front().version;
}

void ServingPage::fillTable()
{
    const int selected = selectedRow();
    m_table->setRowCount(endpointCount());
    for (int row = 0; row < endpointCount(); ++row) {
        const Endpoint& endpoint = m_endpoints[size_t(row)];
        const ServeMetrics::Totals totals = endpoint.server->metrics().totals();
        const QStringList cells {endpoint.reference, QString::number(endpointVersion(row)),
                                 QLocale().toString(qlonglong(totals.requests)),
                                 QLocale().toString(qlonglong(totals.errors)), endpoint.server->baseUrl()};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells[column]);
            if (column == RequestsColumn || column == ErrorsColumn || column == VersionColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (selected >= 0 && selected < endpointCount() && selectedRow() != selected)
        m_table->selectRow(selected);
    m_stack->setCurrentIndex(m_endpoints.empty() ? 0 : 1);
    m_stopAction->setEnabled(selectedRow() >= 0);
    m_copyAction->setEnabled(selectedRow() >= 0);
}

QString ServingPage::curlText() const
{
    const int row = selectedRow();
    if (row < 0)
        return {};
    const QList<ServedModel> models = m_endpoints[size_t(row)].server->models();
    if (models.isEmpty())
        return {};
    const ServedModel& model = models.front();
    return QStringLiteral("curl -s %1/v1/models/%2:predict -d '{\"instances\": [%3]}'")
        .arg(m_endpoints[size_t(row)].server->baseUrl(), model.name, model.exampleInstance);
}

void ServingPage::showSelected()
{
    const int row = selectedRow();
    m_stopAction->setEnabled(row >= 0);
    m_copyAction->setEnabled(row >= 0);
    if (row < 0) {
        m_url->clear();
        m_curl->clear();
        m_events->clear();
        for (MetricChart* chart : {m_requests, m_latency, m_errors})
            chart->clear();
        return;
    }
    const Endpoint& endpoint = m_endpoints[size_t(row)];
    m_url->setText(endpoint.server->baseUrl());
    m_curl->setPlainText(curlText());
    m_events->clear();
    m_events->addItems(endpoint.events);
    m_requests->setSeries(QStringLiteral("rps"), tr("requests/s"), QColor(0x1f, 0x77, 0xb4), endpoint.t, endpoint.rps);
    m_latency->setSeries(QStringLiteral("p50"), tr("p50"), QColor(0x2e, 0x86, 0xc1), endpoint.t, endpoint.p50);
    m_latency->setSeries(QStringLiteral("p99"), tr("p99"), QColor(0xd3, 0x54, 0x00), endpoint.t, endpoint.p99);
    m_errors->setSeries(QStringLiteral("errors"), tr("errors/s"), QColor(0xc0, 0x39, 0x2b), endpoint.t,
                        endpoint.errors);
}

void ServingPage::sample()
{
    const int selected = selectedRow();
    for (int row = 0; row < endpointCount(); ++row) {
        Endpoint& endpoint = m_endpoints[size_t(row)];
        const ServeMetrics::Totals now = endpoint.server->metrics().totals();
        const double seconds = double(endpoint.started.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
        const double elapsed = seconds - endpoint.lastSeconds;
        if (elapsed <= 0)
            continue;
        const double rps = double(now.requests - endpoint.last.requests) / elapsed;
        const double errors = double(now.errors - endpoint.last.errors) / elapsed;
        // A second without requests has no latency: the chart keeps the last one rather than 0.
        double p50 = quantile(now, endpoint.last, 0.5) * 1000.0;
        double p99 = quantile(now, endpoint.last, 0.99) * 1000.0;
        if (std::isnan(p50)) {
            p50 = endpoint.p50.empty() ? 0.0 : endpoint.p50.back();
            p99 = endpoint.p99.empty() ? 0.0 : endpoint.p99.back();
        }
        // The last day, a point a second: a server left running for weeks does not grow the window.
        for (std::vector<double>* series :
             {&endpoint.t, &endpoint.rps, &endpoint.p50, &endpoint.p99, &endpoint.errors}) {
            if (series->size() >= kHistoryPoints)
                series->erase(series->begin(), series->begin() + qsizetype(series->size() - kHistoryPoints + 1));
        }
        endpoint.t.push_back(seconds);
        endpoint.rps.push_back(rps);
        endpoint.p50.push_back(p50);
        endpoint.p99.push_back(p99);
        endpoint.errors.push_back(errors);
        endpoint.last = now;
        endpoint.lastSeconds = seconds;
        if (row == selected) {
            m_requests->appendPoints(QStringLiteral("rps"), tr("requests/s"), {seconds}, {rps});
            m_latency->appendPoints(QStringLiteral("p50"), tr("p50"), {seconds}, {p50});
            m_latency->appendPoints(QStringLiteral("p99"), tr("p99"), {seconds}, {p99});
            m_errors->appendPoints(QStringLiteral("errors"), tr("errors/s"), {seconds}, {errors});
        }
    }
    fillTable();
}

} // namespace crucible
