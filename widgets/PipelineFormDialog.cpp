#include "PipelineFormDialog.h"

#include "EngineText.h"
#include "engine/pipeline/PipelineSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace crucible {

namespace {

/// `text` as a YAML double-quoted scalar.
QString quoted(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            escaped += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

QByteArray PipelineForm::toYaml() const
{
    const bool lowerIsBetter = metric == QLatin1String("mse") || metric == QLatin1String("mae");
    QString y;
    y += QStringLiteral("# Retrain %1 when new data arrives; promote it only when it beats production.\n").arg(model);
    y += QStringLiteral("# Made with the workbench's pipeline form; see docs/pipelines.md for every key.\n");
    y += QStringLiteral("name: %1\n").arg(quoted(name));
    y += QStringLiteral("params:\n  minimum: %1\n  margin: %2\n").arg(number(minimum), number(margin));
    if (!watchFolder.isEmpty() || !schedule.isEmpty()) {
        y += QStringLiteral("triggers:\n");
        if (!watchFolder.isEmpty())
            y += QStringLiteral("  watch: {folder: %1, pattern: \"*.csv\"}\n").arg(quoted(watchFolder));
        if (!schedule.isEmpty())
            y += QStringLiteral("  schedule: %1\n").arg(quoted(schedule));
    }
    y += QStringLiteral("steps:\n");
    y += QStringLiteral("  - id: data\n    data: {path: \"${trigger.file}\"");
    if (!watchFolder.isEmpty())
        y += QStringLiteral(", folder: %1").arg(quoted(watchFolder));
    y += QStringLiteral(", name: %1").arg(quoted(dataset));
    if (!target.isEmpty())
        y += QStringLiteral(", target: %1").arg(quoted(target));
    y += QStringLiteral("}\n");
    const QString champion = quoted(model + QStringLiteral("@production"));
    if (driftFirst)
        y += QStringLiteral("  - id: drift\n    drift: {model: %1, data: \"${steps.data.dataset}\"}\n").arg(champion);
    y += QStringLiteral("  - id: train\n");
    if (driftFirst)
        y += QStringLiteral("    if: steps.drift.drifted\n");
    y += QStringLiteral("    train:\n      data: ${steps.data.dataset}\n");
    y += QStringLiteral("      recipe: {model: %1, epochs: %2, lr: %3, seed: %4}\n")
             .arg(quoted(modelSpec))
             .arg(epochs)
             .arg(number(learningRate))
             .arg(seed);
    y += QStringLiteral("  - id: evaluate\n    evaluate: {model: \"${steps.train.run_id}\", champion: %1, data: "
                        "\"${steps.data.dataset}\", split: test}\n")
             .arg(champion);
    y += QStringLiteral("  - id: gate\n    gate:\n");
    if (lowerIsBetter) {
        y += QStringLiteral("      - challenger.%1 <= ${params.minimum}\n").arg(metric);
        y += QStringLiteral("      - challenger.%1 <= champion.%1 - ${params.margin}\n").arg(metric);
    } else {
        y += QStringLiteral("      - challenger.%1 >= ${params.minimum}\n").arg(metric);
        y += QStringLiteral("      - challenger.%1 >= champion.%1 + ${params.margin}\n").arg(metric);
    }
    y += QStringLiteral("  - id: register\n    register: {run: \"${steps.train.run_id}\", name: %1").arg(quoted(model));
    if (!intendedUse.isEmpty())
        y += QStringLiteral(", intended_use: %1").arg(quoted(intendedUse));
    y += QStringLiteral("}\n");
    QStringList aliasList;
    for (const QString& alias : aliases.split(QLatin1Char(','), Qt::SkipEmptyParts))
        aliasList << quoted(alias.trimmed());
    if (!aliasList.isEmpty())
        y += QStringLiteral("  - id: promote\n    promote: {model: \"${steps.register.model}\", alias: [%1]}\n")
                 .arg(aliasList.join(QStringLiteral(", ")));
    if (!notifyLog.isEmpty())
        y += QStringLiteral("  - id: tell\n    if: always\n    notify: {log: %1}\n").arg(quoted(notifyLog));
    return y.toUtf8();
}

std::optional<PipelineForm> PipelineForm::fromSpec(const PipelineSpec& spec)
{
    PipelineForm form;
    form.name = spec.name;
    form.schedule = spec.triggers.schedule;
    form.watchFolder = spec.triggers.watchFolder;
    if (!spec.file.isEmpty() && !form.watchFolder.isEmpty())
        form.watchFolder = QFileInfo(spec.file).absoluteDir().relativeFilePath(form.watchFolder);
    if (!spec.triggers.driftModel.isEmpty() || spec.triggers.watchPattern != QLatin1String("*.csv"))
        return std::nullopt;
    const QStringList ids {QStringLiteral("data"),     QStringLiteral("drift"), QStringLiteral("train"),
                           QStringLiteral("evaluate"), QStringLiteral("gate"),  QStringLiteral("register"),
                           QStringLiteral("promote"),  QStringLiteral("tell")};
    form.driftFirst = false;
    form.aliases.clear();
    for (const StepSpec& step : spec.steps) {
        if (!ids.contains(step.id)
            || step.kind != (step.id == QLatin1String("tell") ? QStringLiteral("notify") : step.id))
            return std::nullopt;
        const QJsonObject& body = step.body;
        if (step.id == QLatin1String("data")) {
            form.dataset = body.value(QStringLiteral("name")).toString();
            form.target = body.value(QStringLiteral("target")).toString();
        } else if (step.id == QLatin1String("drift")) {
            form.driftFirst = true;
        } else if (step.id == QLatin1String("train")) {
            const QJsonObject recipe = body.value(QStringLiteral("recipe")).toObject();
            for (auto it = recipe.begin(); it != recipe.end(); ++it) {
                if (!QStringList {QStringLiteral("model"), QStringLiteral("epochs"), QStringLiteral("lr"),
                                  QStringLiteral("seed")}
                         .contains(it.key()))
                    return std::nullopt;
            }
            form.modelSpec = recipe.value(QStringLiteral("model")).toString(form.modelSpec);
            form.epochs = recipe.value(QStringLiteral("epochs")).toString().toInt();
            form.learningRate = recipe.value(QStringLiteral("lr")).toString().toDouble();
            form.seed = recipe.value(QStringLiteral("seed")).toString().toInt();
        } else if (step.id == QLatin1String("gate")) {
            const QJsonArray conditions = body.value(QStringLiteral("conditions")).toArray();
            static const QRegularExpression first(
                QStringLiteral("^challenger\\.(\\w+) (>=|<=) \\$\\{params\\.minimum\\}$"));
            const auto match = first.match(conditions.isEmpty() ? QString() : conditions.first().toString());
            if (conditions.size() != 2 || !match.hasMatch())
                return std::nullopt;
            form.metric = match.captured(1);
        } else if (step.id == QLatin1String("register")) {
            form.model = body.value(QStringLiteral("name")).toString();
            form.intendedUse = body.value(QStringLiteral("intended_use")).toString();
        } else if (step.id == QLatin1String("promote")) {
            QStringList aliases;
            const QJsonValue alias = body.value(QStringLiteral("alias"));
            for (const QJsonValue& item : alias.isArray() ? alias.toArray() : QJsonArray {alias})
                aliases << item.toString();
            form.aliases = aliases.join(QStringLiteral(", "));
        } else if (step.id == QLatin1String("tell")) {
            form.notifyLog = body.value(QStringLiteral("log")).toString();
            if (!QFileInfo(form.notifyLog).isRelative() && !spec.file.isEmpty())
                form.notifyLog = QFileInfo(spec.file).absoluteDir().relativeFilePath(form.notifyLog);
        }
    }
    form.minimum = spec.params.value(QStringLiteral("minimum")).toDouble();
    form.margin = spec.params.value(QStringLiteral("margin")).toDouble();
    if (spec.params.size() != 2 || !spec.params.contains(QStringLiteral("minimum"))
        || !spec.params.contains(QStringLiteral("margin")))
        return std::nullopt;
    return form;
}

PipelineFormDialog::PipelineFormDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pipeline-form"));
    setWindowTitle(tr("New Pipeline"));
    const auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        connect(edit, &QLineEdit::textChanged, this, &PipelineFormDialog::update);
        return edit;
    };
    m_name = line("form-name");
    m_watch = line("form-watch");
    m_schedule = line("form-schedule");
    m_schedule->setPlaceholderText(tr("none (cron, such as 0 3 * * * for 03:00 daily)"));
    m_dataset = line("form-dataset");
    m_target = line("form-target");
    m_target->setPlaceholderText(tr("the last column"));
    m_drift = new QCheckBox(tr("Train only when the data drifted from production's"), this);
    connect(m_drift, &QCheckBox::toggled, this, &PipelineFormDialog::update);
    m_modelSpec = line("form-model-spec");
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 100000);
    connect(m_epochs, &QSpinBox::valueChanged, this, &PipelineFormDialog::update);
    m_lr = new QDoubleSpinBox(this);
    m_lr->setDecimals(6);
    m_lr->setRange(0.000001, 10.0);
    m_lr->setSingleStep(0.001);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, &PipelineFormDialog::update);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 2147483647);
    connect(m_seed, &QSpinBox::valueChanged, this, &PipelineFormDialog::update);
    m_metric = new QComboBox(this);
    m_metric->addItems({QStringLiteral("accuracy"), QStringLiteral("f1_macro"), QStringLiteral("r2"),
                        QStringLiteral("mse"), QStringLiteral("mae")});
    connect(m_metric, &QComboBox::currentIndexChanged, this, &PipelineFormDialog::update);
    m_minimum = new QDoubleSpinBox(this);
    m_minimum->setDecimals(4);
    m_minimum->setRange(-1e9, 1e9);
    m_minimum->setSingleStep(0.01);
    connect(m_minimum, &QDoubleSpinBox::valueChanged, this, &PipelineFormDialog::update);
    m_margin = new QDoubleSpinBox(this);
    m_margin->setDecimals(4);
    m_margin->setRange(0, 1e9);
    m_margin->setSingleStep(0.005);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &PipelineFormDialog::update);
    m_model = line("form-model");
    m_intendedUse = line("form-intended-use");
    m_aliases = line("form-aliases");
    m_notify = line("form-notify");
    m_notify->setPlaceholderText(tr("none (a file to append a JSON line to after every run)"));

    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->addRow(tr("Pipeline &name:"), m_name);
    form->addRow(tr("&Watched folder:"), m_watch);
    form->addRow(tr("S&chedule:"), m_schedule);
    form->addRow(tr("&Dataset name:"), m_dataset);
    form->addRow(tr("&Target column:"), m_target);
    form->addRow(QString(), m_drift);
    form->addRow(tr("M&odel:"), m_modelSpec);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Learning rate:"), m_lr);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("Gate &metric:"), m_metric);
    form->addRow(tr("At &least (at most for mse, mae):"), m_minimum);
    form->addRow(tr("Better than production &by:"), m_margin);
    form->addRow(tr("&Register as:"), m_model);
    form->addRow(tr("&Intended use:"), m_intendedUse);
    form->addRow(tr("Move &aliases:"), m_aliases);
    form->addRow(tr("&Notify log:"), m_notify);

    m_yaml = new QPlainTextEdit(this);
    m_yaml->setObjectName(QStringLiteral("form-yaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("form-status"));
    m_status->setWordWrap(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>The pipeline file</b> (edit it further on the Pipelines page)"), this));
    rightLayout->addWidget(m_yaml, 1);
    rightLayout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(formWidget);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save As…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_editing || !saveWithDialog().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(1100, 640);
    setForm(PipelineForm {});
}

void PipelineFormDialog::setForm(const PipelineForm& form)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_name),   QSignalBlocker(m_watch), QSignalBlocker(m_schedule),    QSignalBlocker(m_dataset),
        QSignalBlocker(m_target), QSignalBlocker(m_drift), QSignalBlocker(m_modelSpec),   QSignalBlocker(m_epochs),
        QSignalBlocker(m_lr),     QSignalBlocker(m_seed),  QSignalBlocker(m_metric),      QSignalBlocker(m_minimum),
        QSignalBlocker(m_margin), QSignalBlocker(m_model), QSignalBlocker(m_intendedUse), QSignalBlocker(m_aliases),
        QSignalBlocker(m_notify)};
    Q_UNUSED(blockers);
    m_name->setText(form.name);
    m_watch->setText(form.watchFolder);
    m_schedule->setText(form.schedule);
    m_dataset->setText(form.dataset);
    m_target->setText(form.target);
    m_drift->setChecked(form.driftFirst);
    m_modelSpec->setText(form.modelSpec);
    m_epochs->setValue(form.epochs);
    m_lr->setValue(form.learningRate);
    m_seed->setValue(form.seed);
    m_metric->setCurrentText(form.metric);
    m_minimum->setValue(form.minimum);
    m_margin->setValue(form.margin);
    m_model->setText(form.model);
    m_intendedUse->setText(form.intendedUse);
    m_aliases->setText(form.aliases);
    m_notify->setText(form.notifyLog);
    update();
}

PipelineForm PipelineFormDialog::form() const
{
    PipelineForm form;
    form.name = m_name->text().trimmed();
    form.watchFolder = m_watch->text().trimmed();
    form.schedule = m_schedule->text().trimmed();
    form.dataset = m_dataset->text().trimmed();
    form.target = m_target->text().trimmed();
    form.driftFirst = m_drift->isChecked();
    form.modelSpec = m_modelSpec->text().trimmed();
    form.epochs = m_epochs->value();
    form.learningRate = m_lr->value();
    form.seed = m_seed->value();
    form.metric = m_metric->currentText();
    form.minimum = m_minimum->value();
    form.margin = m_margin->value();
    form.model = m_model->text().trimmed();
    form.intendedUse = m_intendedUse->text().trimmed();
    form.aliases = m_aliases->text();
    form.notifyLog = m_notify->text().trimmed();
    return form;
}

QString PipelineFormDialog::yamlText() const
{
    return m_yaml->toPlainText();
}

void PipelineFormDialog::update()
{
    const QByteArray yaml = form().toYaml();
    m_yaml->setPlainText(QString::fromUtf8(yaml));
    auto spec = PipelineSpec::parse(yaml, QStringLiteral("pipeline.yaml"));
    m_problems = spec ? QString() : errorText(spec.error());
    m_status->setText(spec ? tr("Valid: %n step(s).", nullptr, int(spec->steps.size())) : m_problems);
    m_status->setStyleSheet(spec ? QString() : QStringLiteral("color: #c62828;"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(spec.isOk());
}

void PipelineFormDialog::setEditing(bool editing)
{
    m_editing = editing;
    setWindowTitle(editing ? tr("Edit Pipeline") : tr("New Pipeline"));
    m_buttons->button(QDialogButtonBox::Save)->setText(editing ? tr("&Apply to the File") : tr("&Save As…"));
}

QString PipelineFormDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    const QByteArray text = yamlText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

QString PipelineFormDialog::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Pipeline"), m_name->text() + QStringLiteral(".yaml"), tr("Pipeline files (*.yaml *.yml)"));
    if (path.isEmpty())
        return {};
    if (const QString problem = saveTo(path); !problem.isEmpty()) {
        m_status->setText(problem);
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        return {};
    }
    m_savedPath = path;
    return path;
}

} // namespace crucible
