#include "FieldAxis.h"

#include "RunGrouping.h"
#include "engine/store/RunField.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crucible {

FieldAxis FieldAxis::make(const QString& field, const std::vector<RunRecord>& runs, const QString& title)
{
    FieldAxis axis;
    axis.field = field;
    axis.title = title.isEmpty() ? field : title;
    const auto parsed = RunField::parse(field);
    std::vector<FieldValue> values;
    for (const RunRecord& run : runs)
        values.push_back(parsed ? parsed->valueOf(run) : FieldValue {});
    QSet<QString> texts;
    for (const FieldValue& value : values) {
        if (value.kind == FieldValue::Kind::Text || value.kind == FieldValue::Kind::Bool
            || value.kind == FieldValue::Kind::TextList)
            texts.insert(value.display());
    }
    axis.isCategorical = !texts.isEmpty();
    axis.categories = QStringList(texts.begin(), texts.end());
    axis.categories.sort();
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const FieldValue& value : values) {
        double number = std::numeric_limits<double>::quiet_NaN();
        if (value.kind != FieldValue::Kind::Missing) {
            if (axis.isCategorical) {
                // Numbers among text become categories too, so every run has a place.
                const QString text = value.display();
                if (!axis.categories.contains(text)) {
                    axis.categories << text;
                    axis.categories.sort();
                }
                number = 0; // placed below, once the categories are complete
            } else if (value.kind == FieldValue::Kind::Number && std::isfinite(value.number)) {
                number = value.number;
            }
        }
        axis.values.push_back(number);
    }
    for (size_t i = 0; i < values.size(); ++i) {
        if (axis.isCategorical && !std::isnan(axis.values[i]))
            axis.values[i] = double(axis.categories.indexOf(values[i].display()));
        if (std::isfinite(axis.values[i])) {
            low = std::min(low, axis.values[i]);
            high = std::max(high, axis.values[i]);
        }
    }
    if (axis.isCategorical) {
        low = 0;
        high = std::max<double>(1, double(axis.categories.size() - 1));
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    } else if (high <= low) {
        const double pad = std::max(std::abs(low) * 0.1, 0.5);
        low -= pad;
        high += pad;
    }
    axis.low = low;
    axis.high = high;
    return axis;
}

double FieldAxis::normalized(double value) const
{
    if (isCategorical && categories.size() == 1)
        return 0.5;
    return (value - low) / (high - low);
}

double FieldAxis::valueAt(double fraction) const
{
    return low + fraction * (high - low);
}

QString FieldAxis::label(double value) const
{
    if (isCategorical) {
        const int index = int(std::lround(value));
        return index >= 0 && index < categories.size() ? categories[index] : QString();
    }
    if (std::abs(value) >= 1e5 || (value != 0 && std::abs(value) < 1e-3))
        return QLocale().toString(value, 'g', 3);
    return QLocale().toString(value, 'g', 4);
}

QStringList comparisonFields(const std::vector<RunRecord>& runs, const QStringList& metricKeys, QStringList* titles)
{
    QStringList fields;
    for (const QString& key : grouping::differingParams(runs)) {
        fields << QStringLiteral("params.`%1`").arg(key);
        if (titles)
            *titles << key;
    }
    for (const QString& key : metricKeys) {
        fields << QStringLiteral("metrics.`%1`.best").arg(key);
        if (titles)
            *titles << QCoreApplication::translate("FieldAxis", "%1 (best)").arg(key);
    }
    return fields;
}

namespace {

/// The key between the backticks of a field ("params.`lr`" -> "lr").
QString fieldKey(const QString& field)
{
    const qsizetype open = field.indexOf(QLatin1Char('`'));
    const qsizetype close = field.indexOf(QLatin1Char('`'), open + 1);
    return open >= 0 && close > open ? field.mid(open + 1, close - open - 1) : QString();
}

/// True for a param the user did not choose: the data's and the machine's properties, the
/// parameter count and a rerun's bookkeeping.
bool isBookkeeping(const QString& key)
{
    return key.startsWith(QLatin1String("data.")) || key.startsWith(QLatin1String("runtime."))
        || key.startsWith(QLatin1String("rerun.")) || key == QLatin1String("model.parameter_count");
}

} // namespace

QStringList defaultParallelAxes(const QStringList& fields, const QString& colorField)
{
    QStringList axes;
    for (const QString& field : fields) {
        if (field.startsWith(QLatin1String("params.")) && !isBookkeeping(fieldKey(field)))
            axes << field;
    }
    if (!colorField.isEmpty() && fields.contains(colorField) && !axes.contains(colorField))
        axes << colorField;
    return axes;
}

int mostVariedParam(const QStringList& fields, const std::vector<RunRecord>& runs)
{
    int best = -1;
    qsizetype bestDistinct = 0;
    double bestSpread = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!fields[i].startsWith(QLatin1String("params.")))
            continue;
        const QString key = fieldKey(fields[i]);
        if (isBookkeeping(key) || key == QLatin1String("seed") || key == QLatin1String("split_seed"))
            continue;
        QSet<QString> distinct;
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        for (const RunRecord& run : runs) {
            const QJsonValue value = run.params.value(key);
            if (value.isUndefined())
                continue;
            distinct.insert(FieldValue::fromJson(value).display());
            if (value.isDouble()) {
                low = std::min(low, value.toDouble());
                high = std::max(high, value.toDouble());
            }
        }
        // How far apart the numbers lie, in decades when they are positive (learning rates).
        double spread = 0;
        if (std::isfinite(low) && high > low)
            spread = low > 0 ? std::log10(high / low) : (high - low) / std::max(std::abs(high), std::abs(low));
        if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && spread > bestSpread)) {
            best = int(i);
            bestDistinct = distinct.size();
            bestSpread = spread;
        }
    }
    return best;
}

int objectiveMetric(const QStringList& fields)
{
    for (const char* key : {"val_accuracy", "val_r2", "val_loss", "test_accuracy", "test_r2", "test_loss", "loss"}) {
        const qsizetype index = fields.indexOf(QStringLiteral("metrics.`%1`.best").arg(QLatin1String(key)));
        if (index >= 0)
            return int(index);
    }
    return -1;
}

} // namespace crucible
