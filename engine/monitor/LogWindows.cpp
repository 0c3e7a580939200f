#include "LogWindows.h"

#include "engine/core/Message.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace crucible {

namespace {

/// The logged rows before they become columns.
struct Rows {
    QStringList columns;
    QList<QJsonArray> values;
    QList<QDateTime> times;
    QStringList classes;
    std::vector<double> predictions;
    QStringList ids;
};

Rows flatten(const QList<QJsonObject>& entries)
{
    Rows rows;
    QDateTime last;
    for (const QJsonObject& entry : entries) {
        const QJsonArray columns = entry.value(QStringLiteral("columns")).toArray();
        if (rows.columns.isEmpty()) {
            for (const QJsonValue& c : columns)
                rows.columns << c.toString();
        }
        QDateTime time = QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            last = time;
        else
            time = last;
        const QJsonArray inputs = entry.value(QStringLiteral("inputs")).toArray();
        const QJsonArray outputs = entry.value(QStringLiteral("outputs")).toArray();
        const QString id = entry.value(QStringLiteral("id")).toString();
        for (qsizetype r = 0; r < inputs.size(); ++r) {
            // Rows of a request whose columns differ from the first (a model redeployed with another
            // signature under the same name) cannot share a table: they are left out.
            if (columns.size() != rows.columns.size())
                continue;
            rows.values << inputs[r].toArray();
            rows.times << time;
            const QJsonObject output = outputs.at(r).toObject();
            if (output.contains(QStringLiteral("class")))
                rows.classes << output.value(QStringLiteral("class")).toString();
            if (output.contains(QStringLiteral("prediction")))
                rows.predictions.push_back(output.value(QStringLiteral("prediction")).toDouble());
            rows.ids << (id.isEmpty()             ? QString()
                             : inputs.size() == 1 ? id
                                                  : QStringLiteral("%1#%2").arg(id).arg(r + 1));
        }
    }
    return rows;
}

LogWindow window(const Rows& rows, qsizetype from, qsizetype to)
{
    LogWindow w;
    w.start = rows.times.value(from);
    w.end = rows.times.value(to - 1);
    for (qsizetype c = 0; c < rows.columns.size(); ++c) {
        Column column;
        column.name = rows.columns[c];
        bool text = false;
        for (qsizetype r = from; r < to && !text; ++r)
            text = rows.values[r].at(c).isString();
        if (!text) {
            column.type = ColumnType::Numeric;
            for (qsizetype r = from; r < to; ++r) {
                const QJsonValue v = rows.values[r].at(c);
                column.values.push_back(v.isDouble() ? float(v.toDouble()) : std::numeric_limits<float>::quiet_NaN());
            }
        } else {
            column.type = ColumnType::Categorical;
            QHash<QString, int> codes;
            for (qsizetype r = from; r < to; ++r) {
                const QJsonValue v = rows.values[r].at(c);
                if (v.isNull() || v.isUndefined()) {
                    column.codes.push_back(-1);
                    continue;
                }
                const QString label = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
                auto it = codes.find(label);
                if (it == codes.end()) {
                    it = codes.insert(label, int(column.categories.size()));
                    column.categories << label;
                }
                column.codes.push_back(it.value());
            }
        }
        w.data.columns.push_back(std::move(column));
    }
    if (rows.classes.size() == rows.values.size())
        w.predictedClasses = rows.classes.mid(from, to - from);
    if (rows.predictions.size() == size_t(rows.values.size()))
        w.predictedValues.assign(rows.predictions.begin() + from, rows.predictions.begin() + to);
    w.requestIds = rows.ids.mid(from, to - from);
    return w;
}

} // namespace

WindowSpec WindowSpec::parse(const QString& text, QString* problem)
{
    WindowSpec spec;
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})([smhd]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const qint64 amount = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (amount <= 0) {
        *problem = QStringLiteral("--window takes rows (500) or a duration (90s, 30m, 1h, 1d), not '%1'").arg(text);
        return spec;
    }
    const QString unit = match.captured(2);
    if (unit.isEmpty())
        spec.rows = amount;
    else
        spec.seconds = amount
            * (unit == QLatin1String("s")       ? 1
                   : unit == QLatin1String("m") ? 60
                   : unit == QLatin1String("h") ? 3600
                                                : 86400);
    return spec;
}

QString WindowSpec::text() const
{
    if (rows > 0)
        return QStringLiteral("%1 rows").arg(rows);
    if (seconds > 0) {
        if (seconds % 86400 == 0)
            return QStringLiteral("%1d").arg(seconds / 86400);
        if (seconds % 3600 == 0)
            return QStringLiteral("%1h").arg(seconds / 3600);
        if (seconds % 60 == 0)
            return QStringLiteral("%1m").arg(seconds / 60);
        return QStringLiteral("%1s").arg(seconds);
    }
    return CRUCIBLE_MESSAGE("whole log");
}

Result<QList<LogWindow>> logWindows(const QList<QJsonObject>& entries, const WindowSpec& spec, const QString& where)
{
    const Rows rows = flatten(entries);
    const qsizetype total = rows.values.size();
    if (total == 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the prediction log has no rows to check"), where};
    QList<LogWindow> windows;
    if (spec.rows > 0) {
        // The newest window is the last `rows` rows; older ones go back from there.
        QList<QPair<qsizetype, qsizetype>> spans;
        for (qsizetype to = total; to > 0; to -= spec.rows)
            spans.prepend({std::max<qsizetype>(0, to - spec.rows), to});
        for (const auto& [from, to] : spans)
            windows << window(rows, from, to);
    } else if (spec.seconds > 0) {
        qsizetype from = 0;
        auto bucket = [&](qsizetype r) {
            return rows.times[r].isValid() ? rows.times[r].toSecsSinceEpoch() / spec.seconds : qint64(0);
        };
        for (qsizetype r = 1; r <= total; ++r) {
            if (r == total || bucket(r) != bucket(from)) {
                LogWindow w = window(rows, from, r);
                if (rows.times[from].isValid()) {
                    w.start = QDateTime::fromSecsSinceEpoch(bucket(from) * spec.seconds, Qt::UTC);
                    w.end = w.start.addSecs(spec.seconds);
                }
                windows << w;
                from = r;
            }
        }
    } else {
        windows << window(rows, 0, total);
    }
    return windows;
}

} // namespace crucible
