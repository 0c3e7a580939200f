// The drift check's untrusted inputs on arbitrary bytes: a bundle's reference_profile.json (as a
// hostile bundle brings it, the test split's predictions included) compared with a small table, a drift policy file,
// and serving log entries cut into windows. The input is one JSON object {"profile": ..., "policy": ..., "log": [...],
// "window": "..."}; parts missing are skipped.
#include "FuzzSupport.h"
#include "engine/monitor/Drift.h"
#include "engine/monitor/LogWindows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace crucible;

namespace {

Dataset smallTable()
{
    Dataset data;
    Column number;
    number.name = QStringLiteral("x");
    number.type = ColumnType::Numeric;
    number.values = {1.0F, -2.5F, 3.0F, std::numeric_limits<float>::quiet_NaN(), 1e30F, 0.0F};
    Column label;
    label.name = QStringLiteral("colour");
    label.type = ColumnType::Categorical;
    label.categories = {QStringLiteral("red"), QStringLiteral("violet")};
    label.codes = {0, 1, -1, 0, 1, 1};
    data.columns.push_back(number);
    data.columns.push_back(label);
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject input = QJsonDocument::fromJson(bytes).object();
    DriftPolicy policy;
    if (input.contains(QStringLiteral("policy"))) {
        auto parsed = DriftPolicy::fromJson(QJsonDocument(input.value(QStringLiteral("policy")).toObject()).toJson(),
                                            QStringLiteral("fuzz"));
        if (parsed)
            policy = parsed.value();
    }
    auto reference = DriftReference::fromProfile(input.value(QStringLiteral("profile")).toObject(), {}, {},
                                                 QStringLiteral("fuzz"), QStringLiteral("fuzz"));
    if (reference) {
        const Dataset table = smallTable();
        DriftInput current;
        current.data = &table;
        current.where = QStringLiteral("fuzz");
        current.predictedClasses = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"),
                                    QString(),           QStringLiteral("a"), QStringLiteral("c")};
        current.predictedValues = {1.0, std::nan(""), 1e30, -2.5, 0.0, std::numeric_limits<double>::infinity()};
        if (auto report = checkDrift(reference.value(), current, policy)) {
            (void)report->toJson();
            (void)report->toHtml();
        }
        QList<QJsonObject> entries;
        for (const QJsonValue& entry : input.value(QStringLiteral("log")).toArray())
            entries.append(entry.toObject());
        QString problem;
        const WindowSpec spec = WindowSpec::parse(input.value(QStringLiteral("window")).toString(), &problem);
        if (auto windows = logWindows(entries, spec, QStringLiteral("fuzz"))) {
            for (const LogWindow& window : windows.value()) {
                DriftInput fromLog;
                fromLog.data = &window.data;
                fromLog.where = QStringLiteral("fuzz");
                fromLog.predictedClasses = window.predictedClasses;
                fromLog.predictedValues = window.predictedValues;
                (void)checkDrift(reference.value(), fromLog, policy);
            }
        }
    }
    return 0;
}
