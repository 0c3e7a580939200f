#include "RunPackage.h"

#include "engine/core/BuildInfo.h"
#include "engine/core/Message.h"
#include "engine/core/Names.h"
#include "engine/core/SafeZip.h"
#include "engine/data/DatasetFile.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/train/RunConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace crucible::repro {

namespace {

const QString kRecordEntry = QStringLiteral("crucible-run.json");
const QString kMetricsEntry = QStringLiteral("metrics.json");
const QString kDatasetEntry = QStringLiteral("dataset.bin");
const QString kChecksumsEntry = QStringLiteral("checksums.sha256");
constexpr qint64 kMaxDatasetEntry = qint64(2) << 30;
constexpr qint64 kMaxMetricsEntry = qint64(512) << 20;
constexpr qint64 kMaxRecordEntry = qint64(16) << 20;

ZipLayout packageLayout()
{
    ZipLayout layout;
    layout.kind = CRUCIBLE_MESSAGE("a run package");
    layout.noun = QStringLiteral("package");
    layout.entries = {kRecordEntry, kMetricsEntry, kDatasetEntry, kChecksumsEntry};
    layout.checksumsEntry = kChecksumsEntry;
    layout.limitFor = [](const QString& name) {
        return name == kDatasetEntry ? kMaxDatasetEntry : name == kMetricsEntry ? kMaxMetricsEntry : kMaxRecordEntry;
    };
    return layout;
}

Error refuse(const QString& entry, const QString& reason, const QString& path, ErrorCode code = ErrorCode::InvalidInput)
{
    return Error {code, QStringLiteral("entry \"%1\": %2").arg(entry, reason), path};
}

QJsonValue numberJson(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return value;
}

std::optional<double> numberFrom(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    const QString text = value.toString();
    if (text == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    return std::nullopt;
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// One metric series as the package keeps it.
struct Series {
    QString key;
    std::vector<MetricPoint> points;
};

/// The package's contents, parsed and checked, before anything is written to a workspace.
struct Parsed {
    RunRecord run;
    QString datasetName;
    QString datasetHash;
    QString datasetTarget;
    QList<Series> series;
};

Result<Parsed> parsePackage(const SafeZipContents& zip)
{
    const QString& path = zip.path;
    const QJsonDocument document = QJsonDocument::fromJson(zip.entries.value(kRecordEntry));
    if (!document.isObject())
        return refuse(kRecordEntry, CRUCIBLE_MESSAGE("is not a JSON object"), path);
    const QJsonObject json = document.object();
    const int format = json.value(QStringLiteral("format")).toInt(0);
    if (format < 1)
        return refuse(kRecordEntry, CRUCIBLE_MESSAGE("has no package format"), path);
    if (format > kPackageFormat)
        return refuse(kRecordEntry,
                      CRUCIBLE_MESSAGE("is package format %1, written by a newer Crucible (%2); this one reads format "
                                       "%3: update Crucible to unpack it")
                          .arg(format)
                          .arg(json.value(QStringLiteral("crucible_version")).toString(QStringLiteral("unknown")))
                          .arg(kPackageFormat),
                      path, ErrorCode::Incompatible);
    const QJsonObject r = json.value(QStringLiteral("run")).toObject();
    const QJsonObject d = json.value(QStringLiteral("dataset")).toObject();
    Parsed parsed;
    RunRecord& run = parsed.run;
    auto bad = [&](const QString& what) { return refuse(kRecordEntry, what, path); };
    run.id = r.value(QStringLiteral("id")).toString();
    static const QRegularExpression idForm(QStringLiteral("^[0-9a-f]{16}$"));
    if (!idForm.match(run.id).hasMatch())
        return bad(CRUCIBLE_MESSAGE("the run id \"%1\" is not 16 lowercase hex digits").arg(run.id.left(40)));
    run.name = r.value(QStringLiteral("name")).toString();
    run.experiment = r.value(QStringLiteral("experiment")).toString();
    parsed.datasetName = d.value(QStringLiteral("name")).toString();
    parsed.datasetHash = d.value(QStringLiteral("hash")).toString();
    parsed.datasetTarget = d.value(QStringLiteral("target")).toString();
    for (const auto& [name, what] : {std::pair {run.name, CRUCIBLE_MESSAGE("the run name")},
                                     std::pair {run.experiment, CRUCIBLE_MESSAGE("the experiment")},
                                     std::pair {parsed.datasetName, CRUCIBLE_MESSAGE("the dataset name")},
                                     std::pair {parsed.datasetTarget, CRUCIBLE_MESSAGE("the dataset's target")}}) {
        if (Status valid = names::check(name, what, names::Use::Label); !valid)
            return bad(valid.error().message);
    }
    static const QRegularExpression hashForm(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hashForm.match(parsed.datasetHash).hasMatch())
        return bad(CRUCIBLE_MESSAGE("the dataset hash is not a SHA-256 in hex"));
    run.datasetName = parsed.datasetName;
    run.datasetHash = parsed.datasetHash;
    const auto status = runStatusFromKey(r.value(QStringLiteral("status")).toString());
    if (!status || !isTerminal(*status))
        return bad(CRUCIBLE_MESSAGE("the run's status is not one of a run that ended"));
    run.status = *status;
    run.config = r.value(QStringLiteral("config")).toObject();
    if (!run.config.contains(QStringLiteral("model")) || !run.config.contains(QStringLiteral("epochs")))
        return bad(CRUCIBLE_MESSAGE("the run has no recipe (\"config\" with its model and epochs), so it could not "
                                    "be trained again"));
    if (auto config = RunConfig::fromJson(run.config); !config)
        return bad(CRUCIBLE_MESSAGE("the recipe cannot be read: %1").arg(config.error().message));
    const QJsonValue seed = r.value(QStringLiteral("seed"));
    if (seed.isDouble())
        run.seed = seed.toInteger();
    run.device = r.value(QStringLiteral("device")).toString();
    static const QRegularExpression deviceForm(QStringLiteral("^(|auto|cpu|cuda(:[0-9]{1,2})?|mps)$"));
    if (!deviceForm.match(run.device).hasMatch())
        return bad(CRUCIBLE_MESSAGE("the device \"%1\" is not one Crucible trains on").arg(run.device.left(40)));
    run.environment = r.value(QStringLiteral("environment")).toObject();
    run.error = r.value(QStringLiteral("error")).toString().left(10000);
    run.notes = r.value(QStringLiteral("notes")).toString().left(100000);
    for (const auto& [key, target] : {std::pair {QStringLiteral("created_at"), &run.createdAt},
                                      std::pair {QStringLiteral("started_at"), &run.startedAt},
                                      std::pair {QStringLiteral("ended_at"), &run.endedAt}}) {
        const QString text = r.value(key).toString();
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!text.isEmpty() && !target->isValid())
            return bad(CRUCIBLE_MESSAGE("%1 is not a time").arg(key));
    }
    for (const QJsonValue& tag : r.value(QStringLiteral("tags")).toArray()) {
        if (Status valid = names::check(tag.toString(), QStringLiteral("a tag"), names::Use::Label); !valid)
            return bad(valid.error().message);
        run.tags << tag.toString();
    }
    const QJsonObject params = r.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (Status valid = names::check(it.key(), CRUCIBLE_MESSAGE("a param name"), names::Use::Label); !valid)
            return bad(valid.error().message);
        if (it.value().isObject() || it.value().isArray())
            return bad(CRUCIBLE_MESSAGE("param %1 is not a single value").arg(it.key()));
        run.params.insert(it.key(), it.value());
    }

    const QJsonDocument metrics = QJsonDocument::fromJson(zip.entries.value(kMetricsEntry));
    if (!metrics.isObject())
        return refuse(kMetricsEntry, CRUCIBLE_MESSAGE("is not a JSON object"), path);
    const QJsonObject all = metrics.object().value(QStringLiteral("series")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (Status valid = names::check(it.key(), CRUCIBLE_MESSAGE("a metric key"), names::Use::Label); !valid)
            return refuse(kMetricsEntry, valid.error().message, path);
        const QJsonObject s = it.value().toObject();
        const QJsonArray steps = s.value(QStringLiteral("step")).toArray();
        const QJsonArray epochs = s.value(QStringLiteral("epoch")).toArray();
        const QJsonArray times = s.value(QStringLiteral("wall_time")).toArray();
        const QJsonArray values = s.value(QStringLiteral("value")).toArray();
        if (epochs.size() != steps.size() || times.size() != steps.size() || values.size() != steps.size())
            return refuse(kMetricsEntry, CRUCIBLE_MESSAGE("series %1 has arrays of different lengths").arg(it.key()),
                          path);
        Series series {it.key(), {}};
        series.points.reserve(size_t(steps.size()));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const auto value = numberFrom(values[i]);
            const double step = steps[i].toDouble(-1);
            if (!value || !steps[i].isDouble() || !epochs[i].isDouble() || !times[i].isDouble())
                return refuse(kMetricsEntry,
                              CRUCIBLE_MESSAGE("series %1, point %2 is not a number").arg(it.key()).arg(i + 1), path);
            if (step < 0 || step != std::floor(step) || step > 9e15)
                return refuse(kMetricsEntry,
                              CRUCIBLE_MESSAGE("series %1, point %2 has step %3; steps are whole numbers from 0")
                                  .arg(it.key())
                                  .arg(i + 1)
                                  .arg(step),
                              path);
            if (!series.points.empty() && qint64(step) <= series.points.back().step)
                return refuse(kMetricsEntry,
                              CRUCIBLE_MESSAGE("series %1, point %2 does not come after the one before it (step %3)")
                                  .arg(it.key())
                                  .arg(i + 1)
                                  .arg(qint64(step)),
                              path);
            series.points.push_back({qint64(step), epochs[i].toDouble(), times[i].toDouble(), *value});
        }
        parsed.series.append(std::move(series));
    }
    return parsed;
}

} // namespace

Status packRun(const Workspace& workspace, const QString& runReference, const QString& path)
{
    RunCatalog catalog(workspace);
    auto id = catalog.resolve(runReference);
    if (!id)
        return id.error();
    auto record = catalog.run(id.value());
    if (!record)
        return record.error();
    const RunRecord& run = record.value();
    const QString where = QStringLiteral("run %1").arg(run.id);
    if (!isTerminal(run.status))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the run is %1; pack it once it has ended").arg(runStatusKey(run.status)),
                      where};
    const DatasetStore store(workspace);
    auto version = store.find(run.datasetName + QLatin1Char('@') + run.datasetHash);
    if (!version)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("its dataset version (%1@%2) is not in this workspace any more, so a package "
                                       "could not rerun it")
                          .arg(run.datasetName, run.datasetHash.left(12)),
                      where};
    if (auto verified = store.load(version.value()); !verified) // the stored copy is the version it names
        return verified.error();
    QFile object(store.objectPath(version->hash));
    if (!object.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io,
                      CRUCIBLE_MESSAGE("cannot read the dataset's stored copy: %1").arg(object.errorString()),
                      object.fileName()};
    if (object.size() > kMaxDatasetEntry)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the dataset's stored copy is %1 bytes; a package carries at most %2")
                          .arg(object.size())
                          .arg(kMaxDatasetEntry),
                      object.fileName()};
    const QByteArray datasetBytes = object.readAll();

    QJsonObject series;
    MetricReader reader(workspace);
    auto keys = reader.keys(run.id);
    if (!keys)
        return keys.error();
    for (const QString& key : keys.value()) {
        auto points = reader.points(run.id, key);
        if (!points)
            return points.error();
        QJsonArray steps, epochs, times, values;
        for (const MetricPoint& p : points.value()) {
            steps.append(p.step);
            epochs.append(numberJson(p.epoch));
            times.append(numberJson(p.wallTime));
            values.append(numberJson(p.value));
        }
        series.insert(key,
                      QJsonObject {{QStringLiteral("step"), steps},
                                   {QStringLiteral("epoch"), epochs},
                                   {QStringLiteral("wall_time"), times},
                                   {QStringLiteral("value"), values}});
    }
    QJsonObject params;
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        params.insert(it.key(), it.value());
    const QJsonObject packageRecord {
        {QStringLiteral("format"), kPackageFormat},
        {QStringLiteral("crucible_version"), BuildInfo::versionWithCommit()},
        {QStringLiteral("run"),
         QJsonObject {{QStringLiteral("id"), run.id},
                      {QStringLiteral("name"), run.name},
                      {QStringLiteral("experiment"), run.experiment},
                      {QStringLiteral("status"), runStatusKey(run.status)},
                      {QStringLiteral("created_at"), isoTime(run.createdAt)},
                      {QStringLiteral("started_at"), isoTime(run.startedAt)},
                      {QStringLiteral("ended_at"), isoTime(run.endedAt)},
                      {QStringLiteral("config"), run.config},
                      {QStringLiteral("seed"), run.seed ? QJsonValue(*run.seed) : QJsonValue()},
                      {QStringLiteral("device"), run.device},
                      {QStringLiteral("environment"), run.environment},
                      {QStringLiteral("error"), run.error},
                      {QStringLiteral("notes"), run.notes},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(run.tags)},
                      {QStringLiteral("params"), params}}},
        {QStringLiteral("dataset"),
         QJsonObject {{QStringLiteral("name"), version->name},
                      {QStringLiteral("hash"), version->hash},
                      {QStringLiteral("target"), version->target},
                      {QStringLiteral("kind"), datasetKindName(version->kind)},
                      {QStringLiteral("rows"), version->rows}}},
    };
    const std::vector<std::pair<QString, QByteArray>> entries {
        {kRecordEntry, QJsonDocument(packageRecord).toJson(QJsonDocument::Indented)},
        {kMetricsEntry, QJsonDocument(QJsonObject {{QStringLiteral("series"), series}}).toJson(QJsonDocument::Compact)},
        {kDatasetEntry, datasetBytes},
    };
    return writeSafeZip(path, entries, kChecksumsEntry, QDateTime::currentDateTimeUtc(), {}, QStringLiteral("package"));
}

Result<UnpackOutcome> unpackRun(const Workspace& workspace, const QString& path)
{
    auto zip = readSafeZip(path, packageLayout());
    if (!zip)
        return zip.error();
    auto parsed = parsePackage(zip.value());
    if (!parsed)
        return parsed.error();
    const RunRecord& run = parsed->run;
    UnpackOutcome outcome;
    outcome.runId = run.id;
    outcome.dataset = parsed->datasetName + QLatin1Char('@') + parsed->datasetHash.left(12);

    // The same run again changes nothing; another run under its id is refused.
    RunCatalog catalog(workspace);
    if (auto existing = catalog.run(run.id)) {
        if (existing->configHash == RunStore::configHash(run.config) && existing->datasetHash == run.datasetHash) {
            outcome.isNew = false;
            outcome.datasetIsNew = false;
            return outcome;
        }
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("another run with the id %1 is in this workspace (a different recipe or "
                                       "dataset); the package is left unpacked")
                          .arg(run.id),
                      zip->path};
    }

    // The dataset version: its content must be the version the run names.
    const DatasetStore store(workspace);
    std::optional<DatasetVersion> version;
    if (auto found = store.find(parsed->datasetName + QLatin1Char('@') + parsed->datasetHash);
        found && found->hash == parsed->datasetHash) {
        version = found.value();
        outcome.datasetIsNew = false;
    } else {
        QTemporaryFile temp(QDir(workspace.objectsFolder()).filePath(QStringLiteral(".unpack-XXXXXX")));
        if (!temp.open() || temp.write(zip->entries.value(kDatasetEntry)) != zip->entries.value(kDatasetEntry).size()
            || !temp.flush())
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot write the dataset out of the package: %1").arg(temp.errorString()),
                          workspace.objectsFolder()};
        auto dataset = datasetfile::read(temp.fileName());
        if (!dataset)
            return refuse(kDatasetEntry, dataset.error().message, zip->path);
        const QString hash = dataset->contentHash();
        if (hash != parsed->datasetHash)
            return refuse(kDatasetEntry,
                          CRUCIBLE_MESSAGE("holds a dataset whose content hash is %1, not the version %2 the run "
                                           "names; the package was changed")
                              .arg(hash.left(12), parsed->datasetHash.left(12)),
                          zip->path);
        auto imported = store.importDataset(std::move(dataset.value()), parsed->datasetName, parsed->datasetTarget,
                                            QStringLiteral("package:%1").arg(QFileInfo(zip->path).fileName()));
        if (!imported)
            return imported.error();
        version = imported->version;
        outcome.datasetIsNew = imported->isNew;
    }

    RunStore runs(workspace);
    NewRun spec;
    spec.id = run.id;
    spec.experiment = run.experiment;
    spec.name = run.name;
    spec.config = run.config;
    spec.seed = run.seed;
    spec.datasetName = version->name;
    spec.datasetHash = version->hash;
    spec.datasetId = version->id;
    spec.device = run.device;
    spec.tags = run.tags;
    auto created = runs.createRun(spec);
    if (!created)
        return created.error();
    // From here a failure (a full disk) takes the run out again: nothing half carried stays.
    auto undo = [&](const Error& error) -> Error {
        if (const Status discarded = runs.discardCarried(run.id); !discarded)
            return Error {error.code,
                          CRUCIBLE_MESSAGE("%1; the half-carried run could not be removed either (%2): delete it with "
                                           "crucible-cli runs delete %3")
                              .arg(error.message, discarded.error().message, run.id),
                          error.where};
        return error;
    };
    if (Status recorded = runs.recordImported(run.id, run); !recorded)
        return undo(recorded.error());
    if (Status logged = runs.logParams(run.id, run.params); !logged)
        return undo(logged.error());
    auto writer = MetricWriter::open(workspace, run.id);
    if (!writer)
        return undo(writer.error());
    for (const Series& series : parsed->series) {
        for (const MetricPoint& point : series.points)
            writer.value()->log(series.key, point);
    }
    if (Status closed = writer.value()->close(); !closed) {
        writer.value().reset();
        return undo(closed.error());
    }
    return outcome;
}

} // namespace crucible::repro
