#include "SweepDialog.h"

#include "EngineText.h"
#include "engine/core/Names.h"
#include "engine/train/RunConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace crucible {

namespace {

enum Column { ParamColumn, KindColumn, ValuesColumn, LogColumn, WhenColumn };

/// A number as typed, in the C locale or the user's ("0,001" in German).
bool parseNumber(const QString& typed, double& value)
{
    QString text = typed.trimmed();
    if (text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.')); // a decimal comma, as typed in German
    bool ok = false;
    value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    return ok;
}

/// A choice as typed: a number when it reads as one, true/false, else the word.
QJsonValue choiceValue(const QString& text)
{
    double number = 0;
    if (parseNumber(text, number))
        return number;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return text;
}

/// A recipe key or model field for a parameter name that is not one: the nearest by spelling, or
/// the key of a name other tools use ("learning_rate" is lr).
QString nearestKey(const QString& word, const QStringList& known)
{
    const QString near = names::nearest(word.toLower(), known);
    if (near.isEmpty() && word.toLower().contains(QLatin1String("learning")))
        return QStringLiteral("lr");
    return near;
}

} // namespace

SweepDialog::SweepDialog(const QStringList& datasets, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sweep-dialog"));
    setWindowTitle(tr("New Sweep"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sweep-name"));
    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(QStringLiteral("sweep-dataset"));
    m_dataset->addItems(datasets);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("sweep-metric"));
    m_metric->setEditable(true);
    m_metric->addItems({QStringLiteral("val_loss"), QStringLiteral("val_accuracy"), QStringLiteral("val_mse"),
                        QStringLiteral("val_mae"), QStringLiteral("val_r2"), QStringLiteral("test_accuracy")});
    m_goal = new QComboBox(this);
    m_goal->addItem(tr("Auto (minimise losses and errors, maximise accuracy)"), QString());
    m_goal->addItem(tr("minimise"), QStringLiteral("minimize"));
    m_goal->addItem(tr("maximise"), QStringLiteral("maximize"));
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("sweep-strategy"));
    m_strategy->addItem(tr("TPE: learns from the trials so far (Bayesian)"), QStringLiteral("tpe"));
    m_strategy->addItem(tr("Random"), QStringLiteral("random"));
    m_strategy->addItem(tr("Grid: every combination"), QStringLiteral("grid"));
    m_trials = new QSpinBox(this);
    m_trials->setObjectName(QStringLiteral("sweep-trials"));
    m_trials->setRange(1, 10000);
    m_trials->setValue(20);
    m_pruner = new QComboBox(this);
    m_pruner->setObjectName(QStringLiteral("sweep-pruner"));
    m_pruner->addItem(tr("Median: stop a trial worse than the median at its epoch"), QStringLiteral("median"));
    m_pruner->addItem(tr("ASHA: keep the best third at epochs 1, 3, 9, …"), QStringLiteral("asha"));
    m_pruner->addItem(tr("None: every trial runs all its epochs"), QStringLiteral("none"));
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("sweep-epochs"));
    m_epochs->setRange(1, 100000);
    m_epochs->setValue(20);
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("sweep-parallel"));
    m_parallel->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_parallel->setValue(1);
    m_parallel->setMaximumWidth(90);
    m_parallel->setToolTip(tr("Trials that train at once; the cores are divided among them"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setToolTip(tr("The same seed suggests the same trials"));

    m_space = new QTableWidget(0, 5, this);
    m_space->setObjectName(QStringLiteral("sweep-space"));
    m_space->verticalHeader()->hide();
    m_space->horizontalHeader()->setStretchLastSection(true);
    m_space->setHorizontalHeaderLabels({tr("Parameter"), tr("Type"), tr("Values"), tr("Log"), tr("Only when")});
    m_space->setToolTip(tr("Parameters: %1.").arg((RunConfig::keys() + sweepModelFields()).join(QStringLiteral(", ")))
                        + QStringLiteral("\n")
                        + tr("Values: a range \"0.0001 .. 0.1\" for float and int, or choices \"sgd, adam\". "
                             "Only when: a condition on a choice, such as \"optimizer=sgd\"."));
    connect(m_space, &QTableWidget::itemChanged, this, &SweepDialog::check);
    auto* add = new QPushButton(tr("Add Parameter"), this);
    add->setObjectName(QStringLiteral("sweep-add-param"));
    connect(add, &QPushButton::clicked, this,
            [this] { addParameter(QString(), QStringLiteral("float"), QString(), false); });
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_space->currentRow() >= 0)
            m_space->removeRow(m_space->currentRow());
        check();
    });
    auto* spaceButtons = new QHBoxLayout;
    spaceButtons->addWidget(add);
    spaceButtons->addWidget(remove);
    spaceButtons->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sweep-problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Data:"), m_dataset);
    auto* objective = new QHBoxLayout;
    objective->addWidget(m_metric, 1);
    objective->addWidget(m_goal, 1);
    auto* objectiveLabel = new QLabel(tr("&Objective:"), this);
    objectiveLabel->setBuddy(m_metric);
    form->addRow(objectiveLabel, objective);
    form->addRow(tr("&Strategy:"), m_strategy);
    auto* budget = new QHBoxLayout;
    budget->addWidget(m_trials);
    budget->addWidget(new QLabel(tr("trials of"), this));
    budget->addWidget(m_epochs);
    budget->addWidget(new QLabel(tr("epochs each"), this));
    budget->addStretch(1);
    auto* budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_trials);
    form->addRow(budgetLabel, budget);
    form->addRow(tr("&Pruning:"), m_pruner);
    form->addRow(tr("Parallel &trials:"), m_parallel);
    form->addRow(tr("S&eed:"), m_seed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("sweep-create"));
    m_createRun = buttons->addButton(tr("Create and Run"), QDialogButtonBox::AcceptRole);
    m_createRun->setObjectName(QStringLiteral("sweep-create-run"));
    m_createRun->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_runNow = false;
        accept();
    });
    connect(m_createRun, &QPushButton::clicked, this, [this] {
        m_runNow = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Search space</b>"), this));
    layout->addWidget(m_space, 1);
    layout->addLayout(spaceButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QComboBox* box : {m_dataset, m_metric, m_goal, m_strategy, m_pruner})
        connect(box, &QComboBox::currentTextChanged, this, &SweepDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &SweepDialog::check);
    for (QSpinBox* box : {m_trials, m_epochs, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &SweepDialog::check);

    setName(datasets.isEmpty() ? QStringLiteral("sweep") : QStringLiteral("%1-search").arg(datasets.front()));
    addParameter(QStringLiteral("lr"), QStringLiteral("float"), QStringLiteral("0.0001 .. 0.1"), true);
    addParameter(QStringLiteral("model.width"), QStringLiteral("int"), QStringLiteral("8 .. 256"), true);
    addParameter(QStringLiteral("model.depth"), QStringLiteral("int"), QStringLiteral("1 .. 3"), false);
    addParameter(QStringLiteral("weight_decay"), QStringLiteral("float"), QStringLiteral("0.000001 .. 0.01"), true);
    connect(m_dataset, &QComboBox::currentTextChanged, this, [this](const QString& dataset) {
        if (m_name->text().endsWith(QLatin1String("-search")))
            setName(dataset + QStringLiteral("-search"));
    });
    resize(720, 620);
    check();
}

void SweepDialog::addParameter(const QString& name, const QString& kind, const QString& values, bool log,
                               const QString& condition)
{
    const QSignalBlocker blocker(m_space);
    const int row = m_space->rowCount();
    m_space->insertRow(row);
    auto* param = new QTableWidgetItem(name);
    m_space->setItem(row, ParamColumn, param);
    auto* kindBox = new QComboBox(m_space);
    kindBox->addItem(tr("float"), QStringLiteral("float"));
    kindBox->addItem(tr("int"), QStringLiteral("int"));
    kindBox->addItem(tr("choice"), QStringLiteral("choice"));
    kindBox->setCurrentIndex(std::max(0, kindBox->findData(kind)));

    m_space->setCellWidget(row, KindColumn, kindBox);
    m_space->setItem(row, ValuesColumn, new QTableWidgetItem(values));
    auto* logBox = new QCheckBox(m_space);
    logBox->setChecked(log);
    logBox->setEnabled(kind != QLatin1String("choice")); // a log scale means nothing for choices
    connect(kindBox, &QComboBox::currentIndexChanged, this, [this, kindBox, logBox] {
        logBox->setEnabled(kindBox->currentData().toString() != QLatin1String("choice"));
        check();
    });
    connect(logBox, &QCheckBox::toggled, this, &SweepDialog::check);
    m_space->setCellWidget(row, LogColumn, logBox);
    m_space->setItem(row, WhenColumn, new QTableWidgetItem(condition));
    m_space->resizeColumnToContents(ParamColumn);
    m_space->setColumnWidth(ValuesColumn, std::max(m_space->columnWidth(ValuesColumn), 180));
    check();
}

void SweepDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void SweepDialog::setDataset(const QString& name)
{
    m_dataset->setCurrentText(name);
}

void SweepDialog::setObjective(const QString& metric)
{
    m_metric->setCurrentText(metric);
}

void SweepDialog::setStrategy(const QString& strategy)
{
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(strategy)));
}

void SweepDialog::setTrials(int trials)
{
    m_trials->setValue(trials);
}

void SweepDialog::setPruner(const QString& pruner)
{
    m_pruner->setCurrentIndex(std::max(0, m_pruner->findData(pruner)));
}

void SweepDialog::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

int SweepDialog::parallel() const
{
    return m_parallel->value();
}

QString SweepDialog::problem() const
{
    return m_problem->text();
}

Result<SweepSpec> SweepDialog::build() const
{
    QJsonObject space;
    for (int row = 0; row < m_space->rowCount(); ++row) {
        const QString name =
            m_space->item(row, ParamColumn) ? m_space->item(row, ParamColumn)->text().trimmed() : QString();
        const QString values = m_space->item(row, ValuesColumn) ? m_space->item(row, ValuesColumn)->text() : QString();
        const QString when =
            m_space->item(row, WhenColumn) ? m_space->item(row, WhenColumn)->text().trimmed() : QString();
        const QString kind = qobject_cast<QComboBox*>(m_space->cellWidget(row, KindColumn))->currentData().toString();
        const bool log = qobject_cast<QCheckBox*>(m_space->cellWidget(row, LogColumn))->isChecked();
        const QString where = tr("Search space, row %1").arg(row + 1);
        if (name.isEmpty())
            return Error {ErrorCode::InvalidInput, tr("name a parameter (a recipe key such as lr, or model.width)"),
                          where};
        const QStringList known = RunConfig::keys() + sweepModelFields();
        if (!known.contains(name)) {
            const QString nearest = nearestKey(name, known);
            return Error {ErrorCode::InvalidInput,
                          nearest.isEmpty()
                              ? tr("%1 is not a recipe key or model field (the table's tooltip lists them)").arg(name)
                              : tr("%1 is not a recipe key or model field; did you mean %2?").arg(name, nearest),
                          where};
        }
        QJsonObject param;
        if (kind == QLatin1String("choice")) {
            QJsonArray choices;
            for (const QString& part : values.split(QLatin1Char(','), Qt::SkipEmptyParts))
                choices.append(choiceValue(part.trimmed()));
            param.insert(QStringLiteral("choice"), choices);
        } else {
            const QStringList ends =
                values.split(QRegularExpression(QStringLiteral("\\s*(\\.\\.|–|…)\\s*")), Qt::SkipEmptyParts);
            double low = 0;
            double high = 0;
            if (ends.size() != 2 || !parseNumber(ends[0], low) || !parseNumber(ends[1], high))
                return Error {ErrorCode::InvalidInput, tr("give a range as \"LOW .. HIGH\", such as 0.0001 .. 0.1"),
                              where + QStringLiteral(" (") + name + QLatin1Char(')')};
            param.insert(kind, QJsonArray {low, high});
            if (log)
                param.insert(QStringLiteral("log"), true);
        }
        if (!when.isEmpty()) {
            const qsizetype equals = when.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return Error {ErrorCode::InvalidInput,
                              tr("a condition reads \"PARAMETER=VALUE\", such as optimizer=sgd"), where};
            QJsonArray accepted;
            for (const QString& part : when.mid(equals + 1).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                accepted.append(choiceValue(part.trimmed()));
            param.insert(QStringLiteral("when"), QJsonObject {{when.left(equals).trimmed(), accepted}});
        }
        if (space.contains(name))
            return Error {ErrorCode::InvalidInput, tr("%1 is searched twice").arg(name), where};
        space.insert(name, param);
    }
    QJsonObject objective {{QStringLiteral("metric"), m_metric->currentText().trimmed()}};
    if (!m_goal->currentData().toString().isEmpty())
        objective.insert(QStringLiteral("goal"), m_goal->currentData().toString());
    QJsonObject json {
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("dataset"), m_dataset->currentText()},
        {QStringLiteral("recipe"), QJsonObject {{QStringLiteral("epochs"), m_epochs->value()}}},
        {QStringLiteral("objective"), objective},
        {QStringLiteral("strategy"), m_strategy->currentData().toString()},
        {QStringLiteral("seed"), m_seed->value()},
        {QStringLiteral("budget"), QJsonObject {{QStringLiteral("trials"), m_trials->value()}}},
        {QStringLiteral("pruner"),
         QJsonObject {{QStringLiteral("kind"), m_pruner->currentData().toString()},
                      {QStringLiteral("warmup_epochs"), std::max(1, m_epochs->value() / 4)},
                      {QStringLiteral("min_trials"), 4}}},
        {QStringLiteral("space"), space},
    };
    if (m_dataset->count() == 0)
        return Error {ErrorCode::InvalidInput, tr("import a dataset first (Datasets page)"), tr("Data")};
    return SweepSpec::fromJson(json, tr("Sweep"));
}

void SweepDialog::check()
{
    if (!m_create)
        return;
    // The pruners need a per-epoch validation metric.
    const bool perEpoch = m_metric->currentText().startsWith(QLatin1String("val_"));
    m_pruner->setEnabled(perEpoch);
    if (!perEpoch)
        m_pruner->setCurrentIndex(m_pruner->findData(QStringLiteral("none")));
    const Result<SweepSpec> spec = build();
    m_problem->setText(spec ? QString() : errorText(spec.error()));
    // Mark the row the problem is in: "row N" from the form, "space.NAME" from the sweep's checks.
    int problemRow = -1;
    if (!spec) {
        const QString where = spec.error().where;
        for (int row = 0; row < m_space->rowCount() && problemRow < 0; ++row) {
            const QString name =
                m_space->item(row, ParamColumn) ? m_space->item(row, ParamColumn)->text().trimmed() : QString();
            if (where == tr("Search space, row %1").arg(row + 1)
                || where.startsWith(tr("Search space, row %1").arg(row + 1) + QLatin1Char(' '))
                || (!name.isEmpty() && where.endsWith(QStringLiteral("space.") + name)))
                problemRow = row;
        }
    }
    {
        const QSignalBlocker blocker(m_space);
        for (int row = 0; row < m_space->rowCount(); ++row) {
            for (int column : {int(ParamColumn), int(ValuesColumn), int(WhenColumn)}) {
                if (QTableWidgetItem* cell = m_space->item(row, column))
                    cell->setBackground(row == problemRow ? QBrush(QColor(198, 40, 40, 70)) : QBrush());
            }
        }
    }
    m_create->setEnabled(spec.isOk());
    m_createRun->setEnabled(spec.isOk());
    if (spec)
        m_spec = spec.value();
}

} // namespace crucible
