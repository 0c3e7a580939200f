#include "AboutDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace crucible {

AboutDialog::AboutDialog(const Environment& environment, QWidget* parent) : QDialog(parent), m_environment(environment)
{
    setWindowTitle(tr("About Crucible"));
    setObjectName(QStringLiteral("AboutDialog"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/crucible.svg")).pixmap(96, 96));
    auto* title = new QLabel(QStringLiteral("<h2>Crucible %1</h2>").arg(environment.crucibleVersion), this);
    auto* blurb = new QLabel(tr("A desktop workbench for machine-learning experiments: load data, train "
                                "LibTorch models while their curves draw live, compare runs and "
                                "export versioned models."),
                             this);
    blurb->setWordWrap(true);

    auto* grid = new QGridLayout;
    const QList<QPair<QString, QString>> rows {
        {tr("Commit"), environment.gitCommit},
        {tr("Qt"), environment.qtVersion},
        {tr("LibTorch"), environment.torchVersion},
        {tr("BLAS"), environment.blas},
        {tr("CUDA"), environment.isCudaAvailable ? environment.cudaVersion : tr("not available")},
        {tr("Device"), environment.deviceSummary()},
        {tr("Operating system"), environment.os},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto* key = new QLabel(rows[i].first + QLatin1Char(':'), this);
        auto* value = new QLabel(rows[i].second, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(key, i, 0, Qt::AlignRight);
        grid->addWidget(value, i, 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(blurb);
    header->addLayout(headerText, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionReport() const
{
    const Environment& e = m_environment;
    return QStringLiteral("Crucible %1 (%2)\nQt %3\nLibTorch %4\nBLAS %5\nCUDA %6\nDevice %7\nOS %8\n")
        .arg(e.crucibleVersion, e.gitCommit, e.qtVersion, e.torchVersion, e.blas,
             e.isCudaAvailable ? e.cudaVersion : QStringLiteral("not available"), e.deviceSummary(), e.os);
}

} // namespace crucible
