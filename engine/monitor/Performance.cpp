#include "Performance.h"

#include "engine/core/Message.h"
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
        return labelsError(CRUCIBLE_MESSAGE("the labels need a column 'id' with the requests' ids as the server logged "
                                            "them"),
                           path);
    int label = data->columnIndex(QStringLiteral("label"));
    if (label < 0 && !target.isEmpty())
        label = data->columnIndex(target);
    if (label < 0 && data->columns.size() == 2)
        label = 1 - id;
    if (label < 0)
        return labelsError(
            CRUCIBLE_MESSAGE("which column holds the labels? Name it 'label'%1, or keep only 'id' and it")
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
            return labelsError(CRUCIBLE_MESSAGE("data row %1: id '%2' has two different labels ('%3' and '%4')")
                                   .arg(row + 1)
                                   .arg(key.left(60), existing.value().left(40), values.displayValue(row).left(40)),
                               path);
        labels.byId.insert(key, values.displayValue(row));
    }
    if (labels.byId.isEmpty())
        return labelsError(CRUCIBLE_MESSAGE("the file has no labelled rows"), path);
    return labels;
}

Result<WindowPerformance> evaluateWindow(const LogWindow& window, const Labels& labels, bool classification,
                                         const QString& where)
{
    WindowPerformance result;
    result.start = window.start;
    result.end = window.end;
    result.rows = window.rows();
    Scorer scorer;
    for (qsizetype r = 0; r < window.requestIds.size(); ++r) {
        const QString& id = window.requestIds[r];
        if (id.isEmpty())
            continue;
        auto found = labels.byId.constFind(id);
        if (found == labels.byId.constEnd())
            continue;
        if (classification) {
            if (r < window.predictedClasses.size())
                scorer.addClass(window.predictedClasses[r], found.value());
            continue;
        }
        if (size_t(r) >= window.predictedValues.size())
            continue;
        bool ok = false;
        const double actual = found.value().toDouble(&ok);
        if (!ok)
            return labelsError(
                CRUCIBLE_MESSAGE("the label of id '%1' is '%2', not a number; the model predicts numbers")
                    .arg(id.left(60), found.value().left(40)),
                where);
        scorer.addValue(window.predictedValues[size_t(r)], actual);
    }
    result.labelled = scorer.count();
    result.metrics = scorer.metrics(&result.f1PerClass);
    return result;
}

void Scorer::addClass(const QString& predicted, const QString& actual)
{
    m_classes = true;
    ++m_count;
    m_predicted[predicted] += 1;
    m_actual[actual] += 1;
    if (predicted == actual) {
        m_correct += 1;
        m_truePositives[actual] += 1;
    }
}

void Scorer::addValue(double predicted, double actual)
{
    ++m_count;
    const double error = predicted - actual;
    m_squared += error * error;
    m_absolute += std::abs(error);
    m_sum += actual;
    m_squares += actual * actual;
}

QMap<QString, double> Scorer::metrics(QMap<QString, double>* f1PerClass) const
{
    QMap<QString, double> result;
    if (m_count == 0)
        return result;
    const double n = double(m_count);
    if (m_classes) {
        result.insert(QStringLiteral("accuracy"), m_correct / n);
        QSet<QString> classes;
        for (auto it = m_actual.begin(); it != m_actual.end(); ++it)
            classes.insert(it.key());
        for (auto it = m_predicted.begin(); it != m_predicted.end(); ++it)
            classes.insert(it.key());
        double f1Sum = 0;
        for (const QString& c : std::as_const(classes)) {
            const double tp = m_truePositives.value(c);
            const double denominator = m_predicted.value(c) + m_actual.value(c);
            const double f1 = denominator > 0 ? 2.0 * tp / denominator : 0.0;
            if (f1PerClass)
                f1PerClass->insert(c, f1);
            f1Sum += f1;
        }
        result.insert(QStringLiteral("f1_macro"), classes.isEmpty() ? 0.0 : f1Sum / double(classes.size()));
    } else {
        const double total = m_squares - m_sum * m_sum / n;
        result.insert(QStringLiteral("mse"), m_squared / n);
        result.insert(QStringLiteral("mae"), m_absolute / n);
        result.insert(QStringLiteral("r2"), total > 0 ? 1.0 - m_squared / total : std::nan(""));
    }
    return result;
}

} // namespace crucible
