// crucible-cli drift: compare current data (a CSV, a dataset version, the serving log) with a
// model's training data.
#include "Arguments.h"
#include "Cli.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "engine/monitor/Performance.h"
#include "engine/pipeline/DriftCheck.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/serve/PredictionLog.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>

namespace crucible::cli {

namespace {

QString cell(double value, int decimals = 3)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

QString pCell(double p)
{
    if (std::isnan(p))
        return QStringLiteral("-");
    return p < 1e-4 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4);
}

void printReport(QTextStream& out, const DriftReport& report)
{
    QList<QStringList> rows;
    auto add = [&](const FeatureDrift& f) {
        const QString level = f.ignored ? QStringLiteral("ignored") : driftLevelName(f.level);
        const QString statistic =
            f.statistic.isEmpty() ? QStringLiteral("-") : QString(f.statistic + QLatin1Char('=') + cell(f.value));
        const QString test = f.numeric ? QString(cell(f.ks) + QStringLiteral(" p=") + pCell(f.ksPValue))
                                       : QString(QStringLiteral("chi2 p=") + pCell(f.chiSquarePValue));
        const QString distance =
            f.numeric ? cell(f.wassersteinStd) : QString(QStringLiteral("js=") + cell(f.jensenShannon));
        QString shift = cell(f.meanShift, 2);
        if (!f.numeric)
            shift = f.newCategories.isEmpty()
                ? QStringLiteral("-")
                : QString(QStringLiteral("new: ") + f.newCategories.join(QLatin1Char(',')));
        rows << QStringList {
            f.name, level,    statistic, cell(f.psi),
            test,   distance, shift,     QString(cell(100 * f.currentMissingRate, 1) + QLatin1Char('%'))};
    };
    for (const FeatureDrift& f : report.features)
        add(f);
    if (report.hasPredictionDrift)
        add(report.predictions);
    printTable(out,
               {QStringLiteral("FEATURE"), QStringLiteral("LEVEL"), QStringLiteral("STATISTIC"), QStringLiteral("PSI"),
                QStringLiteral("KS / CHI2"), QStringLiteral("W(SD) / JS"), QStringLiteral("MEAN SHIFT / NEW"),
                QStringLiteral("MISSING")},
               rows);
    for (const FeatureDrift& f : report.features) {
        if (!f.note.isEmpty())
            out << "note: " << f.name << ": " << f.note << "\n";
    }
    out << "\n" << (report.drift ? "DRIFT: " : "") << report.summary() << "\n";
}

QJsonObject windowJson(const DriftWindow& window, const DriftReport& report)
{
    QJsonArray features;
    for (const FeatureDrift& f : report.features)
        features.append(
            QJsonObject {{QStringLiteral("name"), f.name},
                         {QStringLiteral("level"), driftLevelName(f.level)},
                         {QStringLiteral("statistic"), f.statistic},
                         {QStringLiteral("value"), std::isfinite(f.value) ? QJsonValue(f.value) : QJsonValue()}});
    return QJsonObject {
        {QStringLiteral("start"), window.start.toString(Qt::ISODateWithMs)},
        {QStringLiteral("end"), window.end.toString(Qt::ISODateWithMs)},
        {QStringLiteral("rows"), window.rows},
        {QStringLiteral("verdict"), report.drift ? QStringLiteral("drift") : QStringLiteral("no_drift")},
        {QStringLiteral("drifted"), report.drifted},
        {QStringLiteral("features"), features}};
}

int drift(Context& context, const Arguments& arguments)
{
    const int sources = int(arguments.has(QStringLiteral("input"))) + int(arguments.has(QStringLiteral("data")))
        + int(arguments.has(QStringLiteral("log")));
    if (!arguments.positionals().isEmpty() || !arguments.has(QStringLiteral("model")) || sources != 1)
        return context.usage(context.synopsis() + QStringLiteral("\n(exactly one of --input, --data, --log)"));
    WindowSpec window;
    if (arguments.has(QStringLiteral("window"))) {
        if (!arguments.has(QStringLiteral("log")))
            return context.usage(QStringLiteral("--window applies to --log"));
        QString problem;
        window = WindowSpec::parse(arguments.value(QStringLiteral("window")), &problem);
        if (!problem.isEmpty())
            return context.usage(problem);
    }
    DriftPolicy policy;
    if (arguments.has(QStringLiteral("policy"))) {
        auto loaded = DriftPolicy::load(arguments.value(QStringLiteral("policy")));
        if (!loaded)
            return context.fail(loaded.error());
        policy = loaded.value();
    }
    const QString reportPath = arguments.value(QStringLiteral("report"));
    if (!reportPath.isEmpty() && !reportPath.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        && !reportPath.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
        && !reportPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return context.usage(QStringLiteral("--report writes FILE.html or FILE.pdf"));

    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    DriftRequest request;
    request.registryFolder = resolveRegistryFolder(*workspace.value(), context.registryOption);
    request.model = arguments.value(QStringLiteral("model"));
    if (arguments.has(QStringLiteral("input"))) {
        request.source = DriftRequest::Source::Csv;
        request.location = arguments.value(QStringLiteral("input"));
    } else if (arguments.has(QStringLiteral("data"))) {
        request.source = DriftRequest::Source::Dataset;
        request.location = arguments.value(QStringLiteral("data"));
    } else {
        request.source = DriftRequest::Source::Log;
        request.location = arguments.value(QStringLiteral("log"));
    }
    request.window = window;
    request.referenceDataset = arguments.value(QStringLiteral("reference"));
    request.policy = policy;
    request.predictions = !arguments.has(QStringLiteral("no-predictions"));
    auto outcome =
        runDriftCheck(*workspace.value(), request, terminalProgress(context.err, QStringLiteral("Checking")));
    finishTerminalProgress(context.err);
    if (!outcome)
        return context.fail(outcome.error());
    const QList<DriftReport>& reports = outcome->reports;
    const QList<DriftWindow>& windows = outcome->windows;
    const bool isLog = request.source == DriftRequest::Source::Log;
    const DriftReport& latest = reports.last();
    if (!reportPath.isEmpty()) {
        const QStringList inputs =
            request.source == DriftRequest::Source::Csv ? QStringList {request.location} : QStringList {};
        if (Status written = latest.write(reportPath, inputs); !written)
            return context.fail(written.error());
    }
    if (context.json) {
        QJsonObject document = latest.toJson();
        if (isLog) {
            QJsonArray series;
            for (qsizetype i = 0; i < windows.size(); ++i)
                series.append(windowJson(windows[i], reports[i]));
            document.insert(QStringLiteral("window"), window.text());
            document.insert(QStringLiteral("windows"), series);
        }
        context.printJson(document);
    } else {
        context.out << "Model " << outcome->model << ", reference: " << latest.reference << "\n"
                    << "Current: " << latest.current << " (" << latest.currentRows << " rows)\n\n";
        printReport(context.out, latest);
        if (windows.size() > 1) {
            QList<QStringList> rows;
            for (qsizetype i = 0; i < windows.size(); ++i) {
                const FeatureDrift* top = reports[i].features.isEmpty() ? nullptr : &reports[i].features.front();
                rows << QStringList {
                    windows[i].start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(windows[i].rows),
                    reports[i].drift ? QStringLiteral("drift") : QStringLiteral("ok"),
                    QString::number(reports[i].drifted),
                    top ? top->name + QLatin1Char(' ') + top->statistic + QLatin1Char('=') + cell(top->value)
                        : QStringLiteral("-")};
            }
            context.out << "\nWindows (" << window.text() << "), oldest first:\n";
            printTable(context.out,
                       {QStringLiteral("START"), QStringLiteral("ROWS"), QStringLiteral("VERDICT"),
                        QStringLiteral("DRIFTED"), QStringLiteral("MOST DRIFTED")},
                       rows, 60);
        }
        if (!reportPath.isEmpty())
            context.out << "Report written to " << reportPath << "\n";
    }
    return latest.drift ? DriftDetected : Success;
}

int monitor(Context& context, const Arguments& arguments)
{
    if (!arguments.positionals().isEmpty() || !arguments.has(QStringLiteral("model"))
        || !arguments.has(QStringLiteral("log")) || !arguments.has(QStringLiteral("labels")))
        return context.usage(context.synopsis());
    WindowSpec window;
    if (arguments.has(QStringLiteral("window"))) {
        QString problem;
        window = WindowSpec::parse(arguments.value(QStringLiteral("window")), &problem);
        if (!problem.isEmpty())
            return context.usage(problem);
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto registry = ModelRegistry::open(resolveRegistryFolder(*workspace.value(), context.registryOption));
    if (!registry)
        return context.fail(registry.error());
    auto version = registry.value()->resolve(arguments.value(QStringLiteral("model")));
    if (!version)
        return context.fail(version.error());
    auto bundle = BundleReader::open(version.value());
    if (!bundle)
        return context.fail(bundle.error());
    const BundleManifest& manifest = bundle->manifest();
    const bool classification = manifest.task != QLatin1String("regression");
    auto labels = readLabels(arguments.value(QStringLiteral("labels")),
                             manifest.outputSignature.value(QStringLiteral("target")).toString());
    if (!labels)
        return context.fail(labels.error());
    const QString name = arguments.value(QStringLiteral("log"));
    const QString folder = QDir(workspace.value()->folder()).filePath(QStringLiteral("serving"));
    const QString where = PredictionLog::filePath(folder, name);
    auto entries = PredictionLog::read(folder, name, 0);
    if (!entries)
        return context.fail(entries.error());
    auto windows = logWindows(entries.value(), window, where);
    if (!windows)
        return context.fail(windows.error());
    QList<WindowPerformance> results;
    qint64 labelled = 0;
    for (const LogWindow& w : std::as_const(windows.value())) {
        auto result = evaluateWindow(w, labels.value(), classification, arguments.value(QStringLiteral("labels")));
        if (!result)
            return context.fail(result.error());
        labelled += result->labelled;
        results << result.value();
    }
    if (labelled == 0)
        return context.fail(Error {ErrorCode::InvalidInput,
                                   QStringLiteral("none of the %1 labels matches a request id in the log of %2; the "
                                                  "server logs a request's \"id\" (send one with each request)")
                                       .arg(labels->byId.size())
                                       .arg(name),
                                   arguments.value(QStringLiteral("labels"))});
    const QStringList keys = classification
        ? QStringList {QStringLiteral("accuracy"), QStringLiteral("f1_macro")}
        : QStringList {QStringLiteral("mse"), QStringLiteral("mae"), QStringLiteral("r2")};
    QJsonObject test;
    for (auto it = manifest.metrics.begin(); it != manifest.metrics.end(); ++it) {
        if (it.key().startsWith(QLatin1String("test_")))
            test.insert(it.key().mid(5), it.value());
    }
    if (context.json) {
        QJsonArray series;
        for (const WindowPerformance& r : std::as_const(results))
            series.append(r.toJson());
        context.printJson(
            {{QStringLiteral("model"), version->reference()},
             {QStringLiteral("task"), classification ? QStringLiteral("classification") : QStringLiteral("regression")},
             {QStringLiteral("labels"), qint64(labels->byId.size())},
             {QStringLiteral("labelled"), labelled},
             {QStringLiteral("window"), window.text()},
             {QStringLiteral("test_metrics"), test},
             {QStringLiteral("windows"), series}});
        return Success;
    }
    QStringList header {QStringLiteral("START"), QStringLiteral("ROWS"), QStringLiteral("LABELLED")};
    for (const QString& key : keys)
        header << key.toUpper();
    header << QStringLiteral("VS TEST");
    QList<QStringList> rows;
    const QString first = keys.front();
    for (const WindowPerformance& r : std::as_const(results)) {
        QStringList row {r.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(r.rows),
                         QString::number(r.labelled)};
        for (const QString& key : keys)
            row << (r.metrics.contains(key) ? cell(r.metrics.value(key)) : QStringLiteral("-"));
        const bool comparable = r.metrics.contains(first) && test.contains(first);
        row << (comparable ? QStringLiteral("%1 %2").arg(first).arg(
                    r.metrics.value(first) - test.value(first).toDouble(), 0, 'f', 3)
                           : QStringLiteral("-"));
        rows << row;
    }
    context.out << "Model " << version->reference() << " on its serving log (" << window.text() << "), " << labelled
                << " of " << labels->byId.size() << " labels matched\n";
    if (!test.isEmpty()) {
        QStringList parts;
        for (auto it = test.begin(); it != test.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), cell(it.value().toDouble()));
        context.out << "Test split: " << parts.join(QStringLiteral(", ")) << "\n\n";
    }
    printTable(context.out, header, rows);
    return Success;
}

} // namespace

void addMonitorCommands(CommandTable& table)
{
    table.push_back(
        makeCommand("drift", "--model REF (--input FILE | --data NAME@V | --log MODEL)",
                    "compare inputs with the data the model was trained on (exit 4 on drift)",
                    {option("model", "REF", "the model whose reference profile is the baseline", 'm'),
                     option("input", "FILE", "a CSV or image folder of new inputs", 'i'),
                     option("data", "NAME@V", "a dataset version of new inputs", 'd'),
                     option("log", "MODEL", "the prediction log of a served model"),
                     option("window", "N|DURATION", "with --log: the last N requests or a time (1h, 30m)"),
                     option("reference", "NAME@V", "compare with this dataset version instead of the training data"),
                     option("policy", "FILE", "thresholds per feature (YAML or JSON)"),
                     option("report", "FILE", "also write a report: .html or .pdf"),
                     flag("no-predictions", "leave out the drift of the predicted classes")},
                    drift, "drift -m iris@production --input this-week.csv --report drift.html"));
    table.push_back(makeCommand("monitor", "--model REF --log MODEL --labels CSV",
                                "accuracy of a served model on labels that came later",
                                {option("model", "REF", "the model that answered", 'm'),
                                 option("log", "MODEL", "the prediction log of the served model"),
                                 option("labels", "FILE", "a CSV of request ids and true labels"),
                                 option("window", "N|DURATION", "the last N requests or a time (1h, 30m)")},
                                monitor, "monitor -m iris@production --log iris --labels truth.csv"));
}

} // namespace crucible::cli
