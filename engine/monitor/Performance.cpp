#include "Performance.h"

#include "engine/data/CsvReader.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace crucible {

namespace {

Error labelsError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

QJsonObject mapJson(const QMap<QString, double>& map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), std::isfinite(it.value()) ? QJsonValue(it.value()) : QJsonValue());
    return json;
}

} // namespace

QJsonObject WindowPerformance::toJson() const
{
    return QJsonObject {{QStringLiteral("start"), start.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("end"), end.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("labelled"), labelled},
                        {QStringLiteral("metrics"), mapJson(metrics)},
                        {QStringLiteral("f1_per_class"), mapJson(f1PerClass)}};
}

Result<Labels> readLabels(const QString& path, const QString& target)
{
    CsvOptions options;
    options.notNumbers = CsvOptions::NotNumbers::Text;
    auto data = readCsv(path, options);
    if (!data)
        return data.error();
    const int id = data->columnIndex(QStringLiteral("id"));
    if (id < 0)
        return labelsError(QStringLiteral("the labels need a column 'id' with the requests' ids as the server logged "
                                          "them"),
                           path);
    int label = data->columnIndex(QStringLiteral("label"));
    if (label < 0 && !target.isEmpty())
        label = data->columnIndex(target);
    if (label < 0 && data->columns.size() == 2)
        label = 1 - id;
    if (label < 0)
        return labelsError(QStringLiteral("which column holds the labels? Name it 'label'%1, or keep only 'id' and it")
                               .arg(target.isEmpty() ? QString() : QStringLiteral(" or '%1'").arg(target)),
                           path);
    Labels labels;
    labels.column = data->columns[size_t(label)].name;
    const Column& ids = data->columns[size_t(id)];
    const Column& values = data->columns[size_t(label)];
    for (std::int64_t row = 0; row < data->rowCount(); ++row) {
        if (ids.isMissing(row) || values.isMissing(row))
            continue;
        const QString key = ids.displayValue(row);
        auto existing = labels.byId.constFind(key);
        if (existing != labels.byId.constEnd() && existing.value() != values.displayValue(row))
            return labelsError(QStringLiteral("data row %1: id '%2' has two different labels ('%3' and '%4')")
                                   .arg(row + 1)
                                   .arg(key.left(60), existing.value().left(40), values.displayValue(row).left(40)),
                               path);
        labels.byId.insert(key, values.displayValue(row));
    }
    if (labels.byId.isEmpty())
        return labelsError(QStringLiteral("the file has no labelled rows"), path);
    return labels;
}

Result<WindowPerformance> evaluateWindow(const LogWindow& window, const Labels& labels, bool classification,
                                         const QString& where)
{
    WindowPerformance result;
    result.start = window.start;
    result.end = window.end;
    result.rows = window.rows();
    // Classification: counts per class of true positives, predicted and actual.
    QMap<QString, double> truePositives;
    QMap<QString, double> predictedCount;
    QMap<QString, double> actualCount;
    double correct = 0;
    double squared = 0;
    double absolute = 0;
    double sum = 0;
    double squares = 0;
    for (qsizetype r = 0; r < window.requestIds.size(); ++r) {
        const QString& id = window.requestIds[r];
        if (id.isEmpty())
            continue;
        auto found = labels.byId.constFind(id);
        if (found == labels.byId.constEnd())
            continue;
        if (classification) {
            if (r >= window.predictedClasses.size())
                continue;
            const QString& predicted = window.predictedClasses[r];
            const QString& actual = found.value();
            ++result.labelled;
            predictedCount[predicted] += 1;
            actualCount[actual] += 1;
            if (predicted == actual) {
                correct += 1;
                truePositives[actual] += 1;
            }
        } else {
            if (size_t(r) >= window.predictedValues.size())
                continue;
            bool ok = false;
            const double actual = found.value().toDouble(&ok);
            if (!ok)
                return labelsError(
                    QStringLiteral("the label of id '%1' is '%2', not a number; the model predicts numbers")
                        .arg(id.left(60), found.value().left(40)),
                    where);
            const double error = window.predictedValues[size_t(r)] - actual;
            ++result.labelled;
            squared += error * error;
            absolute += std::abs(error);
            sum += actual;
            squares += actual * actual;
        }
    }
    if (result.labelled == 0)
        return result;
    const double n = double(result.labelled);
    if (classification) {
        result.metrics.insert(QStringLiteral("accuracy"), correct / n);
        QSet<QString> classes;
        for (auto it = actualCount.begin(); it != actualCount.end(); ++it)
            classes.insert(it.key());
        for (auto it = predictedCount.begin(); it != predictedCount.end(); ++it)
            classes.insert(it.key());
        double f1Sum = 0;
        for (const QString& c : std::as_const(classes)) {
            const double tp = truePositives.value(c);
            const double denominator = predictedCount.value(c) + actualCount.value(c);
            const double f1 = denominator > 0 ? 2.0 * tp / denominator : 0.0;
            result.f1PerClass.insert(c, f1);
            f1Sum += f1;
        }
        result.metrics.insert(QStringLiteral("f1_macro"), classes.isEmpty() ? 0.0 : f1Sum / double(classes.size()));
    } else {
        const double total = squares - sum * sum / n;
        result.metrics.insert(QStringLiteral("mse"), squared / n);
        result.metrics.insert(QStringLiteral("mae"), absolute / n);
        result.metrics.insert(QStringLiteral("r2"), total > 0 ? 1.0 - squared / total : std::nan(""));
    }
    return result;
}

} // namespace crucible
