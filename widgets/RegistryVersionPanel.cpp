#include "RegistryVersionPanel.h"

#include "EngineText.h"
#include "engine/core/BackgroundTask.h"
#include "engine/data/DatasetStore.h"
#include "engine/registry/BundleReader.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunTypes.h"
#include "engine/store/Workspace.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace crucible {

struct RegistryVersionPanel::Loaded {
    QString path;
    bool isOk = false;
    BundleManifest manifest;
    QByteArray card;
    QString error;
};

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString versionText(const std::optional<int>& version)
{
    return version ? QStringLiteral("v%1").arg(*version) : QStringLiteral("—");
}

} // namespace

RegistryVersionPanel::RegistryVersionPanel(QWidget* parent) : QWidget(parent)
{
    m_card = new QTextBrowser(this);
    m_card->setObjectName(QStringLiteral("registry-card"));
    m_card->setOpenExternalLinks(true);

    m_lineage = new QLabel(this);
    m_lineage->setObjectName(QStringLiteral("registry-lineage"));
    m_lineage->setTextFormat(Qt::RichText);
    m_lineage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_lineage->setWordWrap(true);
    m_lineage->setMargin(10);
    m_lineage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_lineage, &QLabel::linkActivated, this, &RegistryVersionPanel::openLink);
    auto* lineageScroll = new QScrollArea(this);
    lineageScroll->setWidgetResizable(true);
    lineageScroll->setWidget(m_lineage);

    auto* compare = new QWidget(this);
    m_compareHint = new QLabel(compare);
    m_compareHint->setWordWrap(true);
    m_compare =
        makeTable({tr("Metric"), QString(), QString(), tr("Difference")}, QStringLiteral("registry-compare"), compare);
    m_compare->horizontalHeader()->setStretchLastSection(false);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compare->horizontalHeader()->setMinimumSectionSize(90);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->addWidget(m_compareHint);
    compareLayout->addWidget(m_compare, 1);

    m_history = makeTable({tr("Time"), tr("User"), tr("Alias"), tr("From"), tr("To")},
                          QStringLiteral("registry-history"), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("registry-tabs"));
    m_tabs->addTab(m_card, tr("Model Card"));
    m_tabs->addTab(lineageScroll, tr("Lineage"));
    m_tabs->addTab(compare, tr("Compare Versions"));
    m_tabs->addTab(m_history, tr("Alias History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    showComparison(nullptr, nullptr);
}

RegistryVersionPanel::~RegistryVersionPanel() = default;

void RegistryVersionPanel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

void RegistryVersionPanel::showVersion(const RegisteredVersion* version)
{
    if (version && m_version.version == version->version && m_version.bundlePath == version->bundlePath
        && m_version.bundleSha256 == version->bundleSha256)
        return; // shown (or on its way) already
    m_version = version ? *version : RegisteredVersion {};
    if (!version) {
        m_card->clear();
        m_lineage->setText(tr("Select a version to see where it came from."));
        return;
    }
    m_card->setPlainText(tr("Reading %1…").arg(version->bundlePath));
    fillLineage(*version, nullptr, {});
    const RegisteredVersion registered = *version;
    ++m_pendingReads;
    TaskManager::instance().start(
        tr("Reading %1…").arg(registered.reference()), this,
        [registered](TaskContext&) {
            Loaded loaded;
            loaded.path = registered.bundlePath;
            auto reader = BundleReader::open(registered);
            if (!reader) {
                loaded.error = errorText(reader.error());
                return loaded;
            }
            loaded.isOk = true;
            loaded.manifest = reader->manifest();
            loaded.card = reader->modelCard();
            return loaded;
        },
        [this](const Loaded& loaded) { onLoaded(loaded); }, TaskManager::Options {.shown = false});
}

void RegistryVersionPanel::onLoaded(const Loaded& loaded)
{
    --m_pendingReads;
    if (m_version.version == 0 || loaded.path != m_version.bundlePath)
        return; // a newer selection is on its way
    if (loaded.isOk) {
        m_card->setMarkdown(QString::fromUtf8(loaded.card));
        fillLineage(m_version, &loaded.manifest, {});
    } else {
        m_card->setHtml(
            QStringLiteral("<p style=\"color:#c0392b\">%1</p><p>%2</p>")
                .arg(tr("This version's bundle cannot be read.").toHtmlEscaped(), loaded.error.toHtmlEscaped()));
        fillLineage(m_version, nullptr, loaded.error);
    }
    Q_EMIT cardLoaded(m_version.reference());
}

void RegistryVersionPanel::fillLineage(const RegisteredVersion& version, const BundleManifest* manifest,
                                       const QString& error)
{
    const QLocale locale;
    QString runText = tr("none (imported without a run)");
    QString pipelineText;
    if (!version.runId.isEmpty()) {
        const auto run = m_workspace ? RunCatalog(*m_workspace).run(version.runId) : Result<RunRecord>(Error {});
        // A run a pipeline trained carries the tag pipeline:NAME; the link finds that pipeline run.
        for (const QString& tag : run ? run->tags : QStringList()) {
            if (tag.startsWith(QLatin1String("pipeline:")))
                pipelineText =
                    QStringLiteral("<a href=\"pipeline:%1\">%2</a>").arg(version.runId, tag.mid(9).toHtmlEscaped());
        }
        runText = run ? QStringLiteral("<a href=\"run:%1\">%2</a> &nbsp;%3 · %4")
                            .arg(version.runId, version.runId.toHtmlEscaped(), run->name.toHtmlEscaped(),
                                 runStatusKey(run->status))
                      : tr("%1 (not in this workspace)").arg(version.runId.toHtmlEscaped());
    }
    QString dataText = error.isEmpty() ? tr("reading the bundle…") : tr("unknown: %1").arg(error.toHtmlEscaped());
    QString details;
    if (manifest) {
        const QString reference = manifest->datasetName + QLatin1Char('@') + manifest->datasetHash;
        const QString shown = manifest->datasetName.toHtmlEscaped() + QLatin1Char('@') + manifest->datasetHash.left(12);
        const bool isHere = m_workspace && DatasetStore(*m_workspace).find(reference).isOk();
        dataText = isHere ? QStringLiteral("<a href=\"dataset:%1\">%2</a>").arg(reference.toHtmlEscaped(), shown)
                          : tr("%1 (not in this workspace)").arg(shown);
        const QJsonArray classes = manifest->outputSignature.value(QStringLiteral("classes")).toArray();
        details =
            tr("<tr><td><b>Task</b></td><td>%1, %2</td></tr>")
                .arg(
                    manifest->task.toHtmlEscaped(),
                    classes.isEmpty()
                        ? tr("target %1")
                              .arg(manifest->outputSignature.value(QStringLiteral("target")).toString().toHtmlEscaped())
                        : tr("%n class(es)", nullptr, int(classes.size())));
    }
    const QString row = QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>");
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    html += row.arg(tr("Model version"),
                    tr("%1, registered %2")
                        .arg(version.reference().toHtmlEscaped(),
                             locale.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat)));
    html += row.arg(tr("↳ trained by run"), runText);
    if (!pipelineText.isEmpty())
        html += row.arg(tr("↳ in pipeline"), pipelineText);
    html += row.arg(tr("↳ on dataset version"), dataText);
    html += details;
    html += row.arg(tr("Bundle"), version.bundlePath.toHtmlEscaped());
    html += row.arg(tr("SHA-256"), QStringLiteral("<code>%1</code>").arg(version.bundleSha256));
    html += QStringLiteral("</table>");
    m_lineage->setText(html);
}

void RegistryVersionPanel::openLink(const QString& link)
{
    if (link.startsWith(QLatin1String("run:")))
        Q_EMIT openRunRequested(link.mid(4));
    else if (link.startsWith(QLatin1String("dataset:")))
        Q_EMIT openDatasetRequested(link.mid(8));
    else if (link.startsWith(QLatin1String("pipeline:")))
        Q_EMIT openPipelineRunRequested(link.mid(9));
}

void RegistryVersionPanel::showComparison(const RegisteredVersion* older, const RegisteredVersion* newer)
{
    m_compare->setRowCount(0);
    m_compare->setVisible(older && newer);
    if (!older || !newer) {
        m_compareHint->setText(tr("Select two versions in the table above (Ctrl+click) to compare their metrics."));
        m_compare->setHorizontalHeaderLabels({tr("Metric"), QString(), QString(), tr("Difference")});
        return;
    }
    m_compareHint->setText(tr("%1 against %2; the difference is %2 minus %1, green where %2 is better.")
                               .arg(older->reference(), newer->reference()));
    m_compare->setHorizontalHeaderLabels({tr("Metric"), QStringLiteral("v%1").arg(older->version),
                                          QStringLiteral("v%1").arg(newer->version), tr("Difference")});
    QStringList keys = older->metrics.keys();
    for (const QString& key : newer->metrics.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    keys.sort();
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue a = older->metrics.value(key);
        const QJsonValue b = newer->metrics.value(key);
        const int row = m_compare->rowCount();
        m_compare->insertRow(row);
        m_compare->setItem(row, 0, cell(key));
        m_compare->setItem(row, 1, cell(a.isDouble() ? QLocale().toString(a.toDouble(), 'f', 4) : tr("—"), right));
        m_compare->setItem(row, 2, cell(b.isDouble() ? QLocale().toString(b.toDouble(), 'f', 4) : tr("—"), right));
        if (!a.isDouble() || !b.isDouble()) {
            m_compare->setItem(row, 3, cell(tr("—"), right));
            continue;
        }
        const double difference = b.toDouble() - a.toDouble();
        auto* item = cell(difference == 0 ? QStringLiteral("0") : QString::asprintf("%+.4f", difference), right);
        if (std::abs(difference) > 1e-12) {
            const bool better = isLowerBetter(key) ? difference < 0 : difference > 0;
            item->setForeground(better ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        }
        m_compare->setItem(row, 3, item);
    }
}

void RegistryVersionPanel::showComparisonTab()
{
    m_tabs->setCurrentIndex(2);
}

void RegistryVersionPanel::showHistory(const QList<AliasEvent>& events)
{
    m_history->setRowCount(0);
    const QLocale locale;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0,
                           cell(locale.toString(it->time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_history->setItem(row, 1, cell(it->user));
        m_history->setItem(row, 2, cell(it->alias));
        m_history->setItem(row, 3, cell(it->fromVersion ? versionText(it->fromVersion) : tr("(created)")));
        m_history->setItem(row, 4, cell(it->toVersion ? versionText(it->toVersion) : tr("(removed)")));
    }
    m_history->resizeColumnsToContents();
}

} // namespace crucible
