#include "ImportDialog.h"

#include "ColumnProfileView.h"
#include "EngineText.h"

#include "engine/data/IdxReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crucible {

namespace {

/// The reader's notes (why a column stayed text) in the interface's language, one line.
QString translatedNotes(const QStringList& notes)
{
    QStringList out;
    for (const QString& note : notes)
        out << engineText(note);
    return out.join(QStringLiteral("; "));
}

/// The dialect as the preview read it, in the UI's language: what is not plain CSV.
QString dialectText(const CsvDialect& dialect)
{
    QStringList parts;
    if (dialect.compression == QLatin1String("gzip"))
        parts << ImportDialog::tr("gzip-compressed");
    else if (dialect.compression == QLatin1String("zstd"))
        parts << ImportDialog::tr("zstd-compressed");
    switch (dialect.delimiter) {
    case ',':
        parts << ImportDialog::tr("comma-separated");
        break;
    case '\t':
        parts << ImportDialog::tr("tab-separated");
        break;
    case ';':
        parts << ImportDialog::tr("semicolon-separated");
        break;
    case '|':
        parts << ImportDialog::tr("pipe-separated");
        break;
    case ' ':
        parts << ImportDialog::tr("separated by spaces");
        break;
    default:
        parts << ImportDialog::tr("separated by '%1'").arg(QLatin1Char(dialect.delimiter));
    }
    if (dialect.quote == '\'')
        parts << ImportDialog::tr("single quotes");
    if (dialect.decimal == ',')
        parts << ImportDialog::tr("decimal comma");
    if (dialect.headerLine > 1)
        parts << ImportDialog::tr("header on line %1").arg(dialect.headerLine);
    return parts.join(QStringLiteral(", "));
}

QString defaultName(const QString& path)
{
    const QFileInfo info(path);
    QString name = info.isDir() ? QDir(path).dirName() : info.completeBaseName();
    for (const char* suffix : {".csv", ".tsv", ".txt", ".dat"}) {
        if (name.endsWith(QLatin1String(suffix)))
            name.chop(4);
    }
    return name;
}

} // namespace

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_path(path), m_kind(DatasetStore::detectKind(path))
{
    setWindowTitle(tr("Import Dataset"));
    setObjectName(QStringLiteral("ImportDialog"));
    resize(820, 560);

    m_name = new QLineEdit(defaultName(path), this);
    m_name->setObjectName(QStringLiteral("import-name"));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_delimiter->addItem(tr("Spaces (one or more)"), QStringLiteral(" "));
    m_delimiter->setObjectName(QStringLiteral("import-delimiter"));
    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("import-decimal"));
    m_decimal->addItem(tr("Detect"), QString());
    m_decimal->addItem(tr("Point ( 1.5 )"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma ( 1,5 )"), QStringLiteral(","));
    m_decimal->setToolTip(tr("How numbers write their fraction; with a decimal comma, a point groups thousands "
                             "(1.234,5)"));
    m_quote = new QComboBox(this);
    m_quote->setObjectName(QStringLiteral("import-quote"));
    m_quote->addItem(tr("Detect"), QString());
    m_quote->addItem(tr("Double ( \" )"), QStringLiteral("\""));
    m_quote->addItem(tr("Single ( ' )"), QStringLiteral("'"));
    m_headerLine = new QSpinBox(this);
    m_headerLine->setObjectName(QStringLiteral("import-header-line"));
    m_headerLine->setRange(0, 10000);
    m_headerLine->setSpecialValueText(tr("Detect"));
    m_headerLine->setToolTip(tr("The line with the column names, when title or comment lines come first"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("import-target"));
    m_target->setToolTip(tr("The column the model learns to predict"));
    m_notNumbers = new QComboBox(this);
    m_notNumbers->setObjectName(QStringLiteral("import-not-numbers"));
    m_notNumbers->addItem(tr("Refuse the file"), int(CsvOptions::NotNumbers::Error));
    m_notNumbers->addItem(tr("Read them as missing"), int(CsvOptions::NotNumbers::Missing));
    m_notNumbers->addItem(tr("Keep the column as text"), int(CsvOptions::NotNumbers::Text));
    m_notNumbers->setToolTip(tr("A column of numbers with a few other values (\"12kg\", \"n.a.\"): the import says "
                                "which and where, reads them as missing, or keeps the whole column as text"));
    m_outOfRange = new QComboBox(this);
    m_outOfRange->setObjectName(QStringLiteral("import-out-of-range"));
    m_outOfRange->addItem(tr("Refuse the file"), false);
    m_outOfRange->addItem(tr("Read them as missing"), true);
    m_outOfRange->setToolTip(tr("Numbers beyond a 32-bit float (about ±3.4e38, such as 1e39) or infinite"));

    m_dates = new QComboBox(this);
    m_dates->setObjectName(QStringLiteral("import-dates"));
    m_dates->addItem(tr("Detect"), int(timestamps::DateOrder::Auto));
    m_dates->addItem(tr("Day first ( 31/12/2024 )"), int(timestamps::DateOrder::DayFirst));
    m_dates->addItem(tr("Month first ( 12/31/2024 )"), int(timestamps::DateOrder::MonthFirst));
    m_dates->addItem(tr("Not as dates"), int(timestamps::DateOrder::Off));
    m_dates->setToolTip(tr("Columns of dates and times (2024-12-31, 31.12.2024 18:30) are read as such. Where the "
                           "values do not show whether the day or the month comes first (03/04/2024), say which."));

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // notes quote values from the file
    m_summary->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // quotes values from the file
    m_problem->setObjectName(QStringLiteral("import-problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("import-preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto* dialectRow = new QHBoxLayout;
    dialectRow->addWidget(m_decimal);
    auto* quoteLabel = new QLabel(tr("&Quote:"), this);
    quoteLabel->setBuddy(m_quote);
    dialectRow->addWidget(quoteLabel);
    dialectRow->addWidget(m_quote);
    auto* headerLabel = new QLabel(tr("&Header on line:"), this);
    headerLabel->setBuddy(m_headerLine);
    dialectRow->addWidget(headerLabel);
    dialectRow->addWidget(m_headerLine);
    dialectRow->addStretch(1);
    auto* decimalLabel = new QLabel(tr("Decimal &mark:"), this);
    decimalLabel->setBuddy(m_decimal);
    form->addRow(decimalLabel, dialectRow);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("Text among &numbers:"), m_notNumbers);
    form->addRow(tr("Numbers too &large:"), m_outOfRange);
    form->addRow(tr("Dat&es:"), m_dates);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_hasProblem && !text.trimmed().isEmpty() && !text.contains(QLatin1Char('@')));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped()), this));
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_quote, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportDialog::refreshPreview);
    connect(m_notNumbers, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_dates, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    m_hasProblem = false;
    m_problem->hide();
    const bool isCsv = m_kind == QLatin1String("csv");
    m_delimiter->setEnabled(isCsv);
    m_decimal->setEnabled(isCsv);
    m_quote->setEnabled(isCsv);
    m_headerLine->setEnabled(isCsv);
    m_notNumbers->setEnabled(isCsv);
    m_outOfRange->setEnabled(isCsv);
    m_dates->setEnabled(isCsv);
    m_preview->setVisible(isCsv);
    const QString previousTarget = m_target->currentText();
    m_target->clear();

    auto showProblem = [this](const QString& text) {
        m_hasProblem = true;
        m_problem->setText(text);
        m_problem->show();
    };

    if (isCsv) {
        auto preview = previewCsv(m_path, 100, csvOptions());
        if (!preview) {
            showProblem(tr("This file cannot be imported:\n%1").arg(errorText(preview.error())));
            m_preview->clear();
            m_preview->setRowCount(0);
            m_preview->setColumnCount(0);
        } else {
            m_preview->clear();
            m_preview->setColumnCount(int(preview->header.size()));
            m_preview->setRowCount(int(preview->rows.size()));
            QStringList headers;
            for (int c = 0; c < preview->header.size(); ++c)
                headers << QStringLiteral("%1\n%2").arg(preview->header[c],
                                                        ColumnProfileView::typeLabel(preview->types.value(c)));
            m_preview->setHorizontalHeaderLabels(headers);
            for (int r = 0; r < preview->rows.size(); ++r) {
                for (int c = 0; c < preview->rows[r].size(); ++c)
                    m_preview->setItem(r, c, new QTableWidgetItem(preview->rows[r][c]));
            }
            m_preview->resizeColumnsToContents();
            m_target->addItems(preview->header);
            const int keep = m_target->findText(previousTarget);
            m_target->setCurrentIndex(keep >= 0 ? keep : m_target->count() - 1);
            m_summary->setText(
                tr("First %n row(s) as they will be read (%2). Columns: %1.", nullptr, int(preview->rows.size()))
                    .arg(preview->header.size())
                    .arg(dialectText(preview->dialect))
                + (preview->notes.isEmpty()
                       ? QString()
                       : QLatin1Char('\n') + tr("Read as text: %1").arg(translatedNotes(preview->notes))));
            if (preview->problem)
                showProblem(tr("The import would refuse this file:\n%1\nChoose what to do with text among numbers, "
                               "or correct the file.")
                                .arg(preview->problem->text()));
        }
    } else if (m_kind == QLatin1String("images")) {
        const QStringList classes = QDir(m_path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        m_target->addItem(QStringLiteral("label"));
        m_summary->setText(tr("An image folder with %n class folder(s): %1. Images are resized to their most "
                              "common size.",
                              nullptr, int(classes.size()))
                               .arg(classes.mid(0, 12).join(QStringLiteral(", "))));
    } else if (m_kind == QLatin1String("idx")) {
        auto pairs = findIdxPairs(m_path);
        m_target->addItem(QStringLiteral("label"));
        if (!pairs) {
            showProblem(tr("These files cannot be imported:\n%1").arg(errorText(pairs.error())));
        } else {
            QStringList names;
            for (const IdxPair& pair : pairs.value())
                names << QFileInfo(pair.images).fileName() + (pair.isTest ? tr(" (test split)") : QString());
            m_summary->setText(tr("IDX image and label files: %1.").arg(names.join(QStringLiteral(", "))));
        }
    } else {
        showProblem(tr("Crucible cannot tell what this is. Import a CSV or TSV file, a folder with one subfolder of "
                       "images per class, or MNIST-style IDX files."));
    }
    m_target->setEnabled(isCsv && !m_hasProblem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_hasProblem && !m_name->text().trimmed().isEmpty());
}

QString ImportDialog::problemText() const
{
    return m_hasProblem ? m_problem->text() : QString();
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.path = m_path;
    request.name = m_name->text().trimmed();
    request.kind = m_kind;
    request.target = m_kind == QLatin1String("csv") ? m_target->currentText() : QString();
    request.csv = csvOptions();
    return request;
}

CsvOptions ImportDialog::csvOptions() const
{
    const auto character = [](const QComboBox* box) {
        const QString text = box->currentData().toString();
        return text.isEmpty() ? '\0' : text.at(0).toLatin1();
    };
    CsvOptions options;
    options.delimiter = character(m_delimiter);
    options.decimal = character(m_decimal);
    options.quote = character(m_quote);
    options.headerLine = m_headerLine->value();
    options.notNumbers = CsvOptions::NotNumbers(m_notNumbers->currentData().toInt());
    options.outOfRangeAsMissing = m_outOfRange->currentData().toBool();
    options.dates = timestamps::DateOrder(m_dates->currentData().toInt());
    return options;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace crucible
