// DriftReport and FeatureDrift as text: the summary sentence, JSON, HTML and PDF.
#include "Drift.h"

#include "engine/core/Message.h"
#include "engine/core/OutputFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace crucible {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values)
        array.append(number(v));
    return array;
}

QString fixed(double value, int decimals = 3)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    return QString::number(value, 'f', decimals);
}

QString pValue(double p)
{
    if (std::isnan(p))
        return QStringLiteral("-");
    return p < 1e-4 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4);
}

/// How the top feature moved, in words.
QString describe(const FeatureDrift& f)
{
    if (f.numeric && std::isfinite(f.meanShift) && std::abs(f.meanShift) >= 0.1 && f.referenceStd > 0)
        return CRUCIBLE_MESSAGE("%1 moved %2 standard deviations").arg(f.name, QString::number(f.meanShift, 'f', 1));
    if (f.numeric && std::isfinite(f.wassersteinStd))
        return CRUCIBLE_MESSAGE("%1 changed shape (Wasserstein distance %2 standard deviations)")
            .arg(f.name, QString::number(f.wassersteinStd, 'f', 2));
    QString text = CRUCIBLE_MESSAGE("%1 changed (PSI %2)").arg(f.name, fixed(f.psi, 2));
    if (f.newCategoryCount > 0)
        text += f.newCategories.size() == 1 ? QStringLiteral(", 1 new category")
                                            : QStringLiteral(", %1 new categories").arg(f.newCategories.size());
    return text;
}

/// A small SVG of the reference's shares (grey) and the current ones (orange) per bin.
QString histogramSvg(const FeatureDrift& f, int width, int height)
{
    const size_t bins = std::min(f.referenceShare.size(), f.currentShare.size());
    if (bins == 0)
        return {};
    double top = 0;
    for (size_t b = 0; b < bins; ++b)
        top = std::max({top, f.referenceShare[b], f.currentShare[b]});
    if (top <= 0)
        return {};
    const double step = double(width) / double(bins);
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\">").arg(width).arg(height);
    for (size_t b = 0; b < bins; ++b) {
        const double r = f.referenceShare[b] / top * (height - 2);
        const double c = f.currentShare[b] / top * (height - 2);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#9aa4b1\"/>")
                   .arg(double(b) * step, 0, 'f', 1)
                   .arg(height - r, 0, 'f', 1)
                   .arg(std::max(step - 1, 1.0), 0, 'f', 1)
                   .arg(r, 0, 'f', 1);
        svg +=
            QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#e8772e\" fill-opacity=\"0.6\"/>")
                .arg(double(b) * step, 0, 'f', 1)
                .arg(height - c, 0, 'f', 1)
                .arg(std::max(step - 1, 1.0), 0, 'f', 1)
                .arg(c, 0, 'f', 1);
    }
    return svg + QStringLiteral("</svg>");
}

QString featureRow(const FeatureDrift& f, bool withCharts)
{
    const QString level = f.ignored ? QStringLiteral("ignored") : driftLevelName(f.level);
    const QString colour = f.level == DriftLevel::Alarm ? QStringLiteral("#c0392b")
        : f.level == DriftLevel::Warning                ? QStringLiteral("#b7791f")
                                                        : QStringLiteral("#2e7d32");
    QString row = QStringLiteral("<tr><td>%1</td><td style=\"color:%2\"><b>%3</b></td><td>%4 = %5</td>")
                      .arg(f.name.toHtmlEscaped(), colour, level, f.statistic, fixed(f.value));
    row += QStringLiteral("<td>%1</td>").arg(fixed(f.psi));
    if (f.numeric)
        row += QStringLiteral("<td>%1 (p %2)</td><td>%3</td><td>%4</td>")
                   .arg(fixed(f.ks), pValue(f.ksPValue), fixed(f.wassersteinStd), fixed(f.meanShift, 2));
    else
        row += QStringLiteral("<td>&chi;&sup2; %1 (p %2)</td><td>JS %3</td><td>%4</td>")
                   .arg(fixed(f.chiSquare, 1), pValue(f.chiSquarePValue), fixed(f.jensenShannon),
                        f.newCategories.isEmpty()
                            ? QStringLiteral("-")
                            : QStringLiteral("new: ") + f.newCategories.join(QStringLiteral(", ")).toHtmlEscaped());
    row += QStringLiteral("<td>%1% &rarr; %2%</td>")
               .arg(fixed(100 * f.referenceMissingRate, 1), fixed(100 * f.currentMissingRate, 1));
    if (withCharts)
        row += QStringLiteral("<td>%1</td>").arg(histogramSvg(f, 120, 32));
    return row + QStringLiteral("</tr>\n");
}

QString reportHtml(const DriftReport& report, bool withCharts)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Drift report: %1</title>"
                                  "<style>body{font-family:sans-serif;margin:2em;color:#222}"
                                  "table{border-collapse:collapse}td,th{padding:4px 8px;border-bottom:1px solid #ddd;"
                                  "text-align:left;vertical-align:middle}</style></head><body>\n")
                       .arg(report.model.toHtmlEscaped());
    html += QStringLiteral("<h1>Drift report: %1</h1>\n").arg(report.model.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size:120%%\"><b>%1</b></p>\n").arg(report.summary().toHtmlEscaped());
    html += QStringLiteral("<p>Reference: %1<br>Current: %2 (%3 rows)<br>Verdict: <b>%4</b> (%5 drifted, %6 "
                           "warnings; drift from %7 drifted features)</p>\n")
                .arg(report.reference.toHtmlEscaped(), report.current.toHtmlEscaped())
                .arg(report.currentRows)
                .arg(report.drift ? QStringLiteral("drift") : CRUCIBLE_MESSAGE("no drift"))
                .arg(report.drifted)
                .arg(report.warned)
                .arg(report.policy.minDriftedFeatures);
    html += QStringLiteral("<table><tr><th>Feature</th><th>Level</th><th>Policy statistic</th><th>PSI</th>"
                           "<th>KS / &chi;&sup2;</th><th>Wasserstein (sd) / JS</th><th>Mean shift (sd) / new</th>"
                           "<th>Missing</th>%1</tr>\n")
                .arg(withCharts ? QStringLiteral("<th>Reference (grey) and current</th>") : QString());
    for (const FeatureDrift& f : report.features)
        html += featureRow(f, withCharts);
    if (report.hasPredictionDrift)
        html += featureRow(report.predictions, withCharts);
    html += QStringLiteral("</table>\n<p style=\"color:#666\">Policy: numbers by %1 (warn %2, alarm %3), categories "
                           "by %4 (warn %5, alarm %6), where the two-sample test gives p &lt; %7. Made by Crucible.</p>"
                           "</body></html>\n")
                .arg(report.policy.numeric.statistic)
                .arg(report.policy.numeric.warn)
                .arg(report.policy.numeric.alarm)
                .arg(report.policy.categorical.statistic)
                .arg(report.policy.categorical.warn)
                .arg(report.policy.categorical.alarm)
                .arg(report.policy.significance);
    return html;
}

} // namespace

QJsonObject FeatureDrift::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name},
                      {QStringLiteral("kind"), numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                      {QStringLiteral("level"), ignored ? QStringLiteral("ignored") : driftLevelName(level)},
                      {QStringLiteral("statistic"), statistic},
                      {QStringLiteral("value"), number(value)},
                      {QStringLiteral("reference_count"), referenceCount},
                      {QStringLiteral("current_count"), currentCount},
                      {QStringLiteral("reference_missing_rate"), number(referenceMissingRate)},
                      {QStringLiteral("current_missing_rate"), number(currentMissingRate)},
                      {QStringLiteral("psi"), number(psi)}};
    if (numeric) {
        json.insert(QStringLiteral("ks"), number(ks));
        json.insert(QStringLiteral("ks_pvalue"), number(ksPValue));
        json.insert(QStringLiteral("ks_method"), ksExact ? QStringLiteral("exact") : QStringLiteral("asymptotic"));
        json.insert(QStringLiteral("wasserstein"), number(wasserstein));
        json.insert(QStringLiteral("wasserstein_std"), number(wassersteinStd));
        json.insert(QStringLiteral("reference_mean"), number(referenceMean));
        json.insert(QStringLiteral("current_mean"), number(currentMean));
        json.insert(QStringLiteral("reference_std"), number(referenceStd));
        json.insert(QStringLiteral("mean_shift"), number(meanShift));
        json.insert(QStringLiteral("bin_edges"), numbers(binEdges));
    } else {
        json.insert(QStringLiteral("chi2"), number(chiSquare));
        json.insert(QStringLiteral("chi2_pvalue"), number(chiSquarePValue));
        json.insert(QStringLiteral("chi2_dof"), chiSquareDof);
        json.insert(QStringLiteral("js"), number(jensenShannon));
        json.insert(QStringLiteral("new_categories"), QJsonArray::fromStringList(newCategories));
        json.insert(QStringLiteral("bin_labels"), QJsonArray::fromStringList(binLabels));
    }
    json.insert(QStringLiteral("reference_share"), numbers(referenceShare));
    json.insert(QStringLiteral("current_share"), numbers(currentShare));
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

QString DriftReport::summary() const
{
    int considered = 0;
    for (const FeatureDrift& f : features)
        considered += !f.ignored;
    if (features.isEmpty())
        return CRUCIBLE_MESSAGE("No features to compare");
    const FeatureDrift& top = features.front();
    QString text;
    if (drifted > 0) {
        text = CRUCIBLE_MESSAGE("%1 of %2 features drifted; %3").arg(drifted).arg(considered).arg(describe(top));
        if (!drift)
            text += QStringLiteral(" (below the policy's %1 for a drift verdict)").arg(policy.minDriftedFeatures);
    } else if (warned > 0) {
        text = CRUCIBLE_MESSAGE("No drift: 0 of %1 features drifted, %2 with a warning; %3")
                   .arg(considered)
                   .arg(warned)
                   .arg(describe(top));
    } else {
        text = CRUCIBLE_MESSAGE("No drift: 0 of %1 features drifted").arg(considered);
    }
    if (hasPredictionDrift && predictions.level == DriftLevel::Alarm)
        text += QStringLiteral("; the predictions drifted too: %1").arg(describe(predictions));
    return text;
}

QJsonObject DriftReport::toJson() const
{
    QJsonArray featureArray;
    for (const FeatureDrift& f : features)
        featureArray.append(f.toJson());
    QJsonObject json {{QStringLiteral("model"), model},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("current"), current},
                      {QStringLiteral("rows"), currentRows},
                      {QStringLiteral("verdict"), drift ? QStringLiteral("drift") : QStringLiteral("no_drift")},
                      {QStringLiteral("drifted"), drifted},
                      {QStringLiteral("warnings"), warned},
                      {QStringLiteral("summary"), summary()},
                      {QStringLiteral("features"), featureArray},
                      {QStringLiteral("policy"), policy.toJson()}};
    if (hasPredictionDrift)
        json.insert(QStringLiteral("predictions"), predictions.toJson());
    return json;
}

QString DriftReport::toHtml() const
{
    return reportHtml(*this, true);
}

Status DriftReport::write(const QString& path, const QStringList& inputs) const
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("a report is written as .html or .pdf"), path};
    if (!pdf) {
        OutputFile out;
        if (Status opened = out.open(path, inputs); !opened)
            return opened;
        if (Status written = out.write(toHtml().toUtf8()); !written)
            return written;
        return out.commit();
    }
    // Text layout needs fonts, which a QGuiApplication (or QApplication) provides.
    if (QCoreApplication::instance() == nullptr || !QCoreApplication::instance()->inherits("QGuiApplication"))
        return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("PDF needs the GUI libraries' fonts; write .html instead"),
                      path};
    for (const QString& input : inputs) {
        if (QFileInfo(input).exists() && QFileInfo(input).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the report would overwrite the data it reports on"), path};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write the report: %1").arg(file.errorString()), path};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(CRUCIBLE_MESSAGE("Drift report: %1").arg(model));
        writer.setCreator(QStringLiteral("Crucible"));
        QTextDocument document;
        document.setHtml(reportHtml(*this, false)); // rich text draws no SVG: the PDF has the tables
        document.print(&writer);
    }
    if (!file.commit())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write the report: %1").arg(file.errorString()), path};
    return Ok {};
}

} // namespace crucible
