#include "RunDetailsPanel.h"

#include "EngineText.h"
#include "engine/repro/Reproduction.h"

#include "RunTableModel.h"
#include "engine/store/RunField.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crucible {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setRows(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            auto* item = new QTableWidgetItem(rows[row][column]);
            item->setToolTip(rows[row][column]);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
}

QString number(double value)
{
    FieldValue field;
    field.kind = FieldValue::Kind::Number;
    field.number = value;
    return field.display(QLocale());
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

RunDetailsPanel::RunDetailsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("run-title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_hint = new QLabel(tr("Select a run to see its recipe, environment, params, metrics and artifacts."), this);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_hint, 1);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto* overviewPage = new QWidget(m_tabs);
    auto* overviewLayout = new QVBoxLayout(overviewPage);
    m_overview = new QFormLayout();
    m_overview->setLabelAlignment(Qt::AlignRight);
    overviewLayout->addLayout(m_overview);
    m_tags = new QLineEdit(overviewPage);
    m_tags->setObjectName(QStringLiteral("run-tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_notes = new QPlainTextEdit(overviewPage);
    m_notes->setObjectName(QStringLiteral("run-notes"));
    m_notes->setPlaceholderText(tr("Notes: what you tried, what you saw, what to try next"));
    m_save = new QPushButton(tr("Save Notes and Tags"), overviewPage);
    m_save->setObjectName(QStringLiteral("run-save"));
    auto* tagsLabel = new QLabel(tr("Tags"), overviewPage);
    auto* notesLabel = new QLabel(tr("Notes"), overviewPage);
    QFont bold = tagsLabel->font();
    bold.setBold(true);
    tagsLabel->setFont(bold);
    notesLabel->setFont(bold);
    overviewLayout->addWidget(tagsLabel);
    overviewLayout->addWidget(m_tags);
    overviewLayout->addWidget(notesLabel);
    overviewLayout->addWidget(m_notes, 1);
    overviewLayout->addWidget(m_save, 0, Qt::AlignRight);
    m_tabs->addTab(overviewPage, tr("Overview"));

    m_params = makeTable({tr("Param"), tr("Value")}, m_tabs);
    m_tabs->addTab(m_params, tr("Params"));
    m_metrics =
        makeTable({tr("Metric"), tr("Last"), tr("Best"), tr("Best step"), tr("Min"), tr("Max"), tr("Points")}, m_tabs);
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_recipe = new QPlainTextEdit(m_tabs);
    m_recipe->setReadOnly(true);
    m_recipe->setFont(QFont(QStringLiteral("monospace")));
    m_tabs->addTab(m_recipe, tr("Recipe"));
    m_environment = makeTable({tr("Property"), tr("Value")}, m_tabs);
    m_tabs->addTab(m_environment, tr("Environment"));
    m_artifacts = makeTable({tr("Path"), tr("Kind"), tr("Size"), tr("SHA-256")}, m_tabs);
    m_tabs->addTab(m_artifacts, tr("Artifacts"));

    connect(m_save, &QPushButton::clicked, this, &RunDetailsPanel::save);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RunDetailsPanel::updateSaveButton);
    connect(m_tags, &QLineEdit::textChanged, this, &RunDetailsPanel::updateSaveButton);
    showRun(nullptr);
}

void RunDetailsPanel::showRun(const RunRecord* run)
{
    // The same run shown again (its status or metrics changed): notes and tags being edited stay.
    const bool sameRun = run && run->id == m_runId;
    const bool notesEdited = sameRun && m_notes->toPlainText() != m_savedNotes;
    const bool tagsEdited = sameRun && m_tags->text() != m_savedTags;
    m_runId = run ? run->id : QString();
    m_tabs->setVisible(run != nullptr);
    m_hint->setVisible(run == nullptr);
    m_title->setText(run ? run->name : QString());
    if (!run)
        return;
    fillOverview(*run);
    fillTables(*run);
    m_savedNotes = run->notes;
    m_savedTags = run->tags.join(QStringLiteral(", "));
    if (!notesEdited && m_notes->toPlainText() != m_savedNotes)
        m_notes->setPlainText(m_savedNotes);
    if (!tagsEdited && m_tags->text() != m_savedTags)
        m_tags->setText(m_savedTags);
    updateSaveButton();
}

void RunDetailsPanel::fillOverview(const RunRecord& run)
{
    while (m_overview->rowCount() > 0)
        m_overview->removeRow(0);
    auto row = [&](const QString& label, const QString& value) {
        if (value.isEmpty())
            return;
        auto* field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_overview->addRow(label, field);
    };
    auto* status = new QLabel(this);
    status->setObjectName(QStringLiteral("run-status"));
    status->setText(RunTableModel::statusText(run.status) + (run.isDeleted() ? tr(" (in the trash)") : QString()));
    m_overview->addRow(tr("Status"), status);
    row(tr("Error"), engineText(run.error));
    row(tr("Run id"), run.id);
    row(tr("Experiment"), run.experiment);
    row(tr("Created"), timeText(run.createdAt));
    row(tr("Started"), timeText(run.startedAt));
    row(tr("Ended"), timeText(run.endedAt));
    row(tr("Dataset"),
        run.datasetName.isEmpty()       ? QString()
            : run.datasetHash.isEmpty() ? run.datasetName
                                        : tr("%1 (version %2)").arg(run.datasetName, run.datasetHash.left(12)));
    row(tr("Seed"), run.seed ? QString::number(*run.seed) : QString());
    row(tr("Device"), run.device);
    row(tr("Recipe hash"), run.configHash.left(16));
    row(tr("Parent run"), run.parentRunId);
    // A rerun: the run it reproduces, and the check's verdict when it was checked.
    const QString origin = run.params.value(repro::kRerunOf).toString();
    if (!origin.isEmpty()) {
        const QString verdict = run.params.value(repro::kVerdict).toString();
        const int points = run.params.value(repro::kPoints).toInt();
        const QString summary = run.params.value(repro::kSummary).toString();
        QString text;
        if (verdict == QLatin1String("reproduced"))
            text = tr("Rerun of %1: reproduced, %n point(s) identical", nullptr, points).arg(origin);
        else if (verdict == QLatin1String("approximately"))
            text = tr("Rerun of %1: reproduced within %2 %, %n point(s) compared", nullptr, points)
                       .arg(origin)
                       .arg(repro::kTolerance * 100);
        else if (verdict == QLatin1String("differs"))
            text = tr("Rerun of %1: not reproduced").arg(origin) + QLatin1Char('\n') + summary;
        else
            text = tr("Rerun of %1: not checked").arg(origin);
        auto* reproduction = new QLabel(text, this);
        reproduction->setObjectName(QStringLiteral("run-reproduction"));
        reproduction->setWordWrap(true);
        reproduction->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reproduction->setToolTip(summary);
        m_overview->addRow(tr("Reproduction"), reproduction);
    }
    // A run a pipeline trained: the link opens that pipeline run (lineage back from the run).
    for (const QString& tag : run.tags) {
        if (!tag.startsWith(QLatin1String("pipeline:")))
            continue;
        auto* pipeline =
            new QLabel(QStringLiteral("<a href=\"pipeline:%1\">%2</a>").arg(run.id, tag.mid(9).toHtmlEscaped()), this);
        pipeline->setObjectName(QStringLiteral("run-pipeline"));
        pipeline->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(pipeline, &QLabel::linkActivated, this,
                [this](const QString& link) { Q_EMIT openPipelineRunRequested(link.mid(9)); });
        m_overview->addRow(tr("Pipeline"), pipeline);
    }
}

void RunDetailsPanel::fillTables(const RunRecord& run)
{
    QList<QStringList> rows;
    for (auto it = run.params.cbegin(); it != run.params.cend(); ++it)
        rows << QStringList {it.key(), FieldValue::fromJson(it.value()).display(QLocale())};
    setRows(m_params, rows);
    rows.clear();
    for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it) {
        const MetricSummary& s = it.value();
        rows << QStringList {
            it.key(),      number(s.last), number(s.best(it.key())),   QString::number(s.bestStep(it.key())),
            number(s.min), number(s.max),  QLocale().toString(s.count)};
    }
    setRows(m_metrics, rows);
    rows.clear();
    for (auto it = run.environment.begin(); it != run.environment.end(); ++it)
        rows << QStringList {it.key(), it.value().toVariant().toString()};
    setRows(m_environment, rows);
    rows.clear();
    for (const ArtifactRecord& artifact : run.artifacts)
        rows << QStringList {artifact.path, artifact.kind, QLocale().formattedDataSize(artifact.size), artifact.sha256};
    setRows(m_artifacts, rows);
    m_recipe->setPlainText(QString::fromUtf8(QJsonDocument(run.config).toJson(QJsonDocument::Indented)));
}

QString RunDetailsPanel::notes() const
{
    return m_notes->toPlainText();
}

void RunDetailsPanel::setNotes(const QString& notes)
{
    m_notes->setPlainText(notes);
}

QStringList RunDetailsPanel::tags() const
{
    QStringList result;
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            result << tag.trimmed();
    }
    return result;
}

void RunDetailsPanel::setTagsText(const QString& text)
{
    m_tags->setText(text);
}

void RunDetailsPanel::save()
{
    if (m_runId.isEmpty())
        return;
    m_savedNotes = notes();
    m_savedTags = m_tags->text();
    updateSaveButton();
    Q_EMIT editsSaved(m_runId, notes(), tags());
}

void RunDetailsPanel::updateSaveButton()
{
    m_save->setEnabled(!m_runId.isEmpty() && (notes() != m_savedNotes || m_tags->text() != m_savedTags));
}

} // namespace crucible
