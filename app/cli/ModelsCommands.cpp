// crucible-cli models ... (register, list, show, alias, export, import, push, pull, delete) and predict.
#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/OciRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace crucible::cli {

namespace {

/// The workspace and the registry the global options name.
struct Opened {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ModelRegistry> registry;
};

Result<Opened> openRegistry(const Context& context)
{
    auto workspace = openWorkspace(context);
    if (!workspace)
        return workspace.error();
    auto registry = ModelRegistry::open(resolveRegistryFolder(*workspace.value(), context.registryOption));
    if (!registry)
        return registry.error();
    return Opened {std::move(workspace.value()), std::move(registry.value())};
}

/// What every models command does first: checks its arguments with `isWellFormed` (a usage
/// error shows `synopsis`), then opens the workspace and the registry. Returns the exit code when
/// any of it failed.
std::optional<int> prepare(Context& context, const std::function<bool()>& isWellFormed, const QString& synopsis,
                           Opened& opened)
{
    if (!isWellFormed())
        return context.usage(synopsis);
    auto result = openRegistry(context);
    if (!result)
        return context.fail(result.error());
    opened = std::move(result.value());
    return std::nullopt;
}

QString timeText(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString metricsText(const QJsonObject& metrics)
{
    QStringList parts;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (it.key().startsWith(QLatin1String("test_")))
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'g', 4);
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject versionJson(const RegisteredVersion& v)
{
    return {{QStringLiteral("name"), v.name},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("reference"), v.reference()},
            {QStringLiteral("bundle"), v.bundlePath},
            {QStringLiteral("sha256"), v.bundleSha256},
            {QStringLiteral("run_id"), v.runId},
            {QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("metrics"), v.metrics},
            {QStringLiteral("registered"), v.isRegistered},
            {QStringLiteral("is_new"), v.isNew}};
}

QString versionText(const std::optional<int>& version)
{
    return version ? QStringLiteral("v%1").arg(*version) : QStringLiteral("-");
}

int reportVersion(Context& context, const Result<RegisteredVersion>& version, const QString& verb)
{
    if (!version)
        return context.fail(version.error());
    if (context.json) {
        context.printJson(versionJson(version.value()));
        return Success;
    }
    if (version->isNew)
        context.out << verb << " " << version->reference() << " (" << version->bundlePath << ")\n";
    else
        context.out << "Unchanged: this bundle is " << version->reference() << " already; nothing added.\n";
    return Success;
}

int modelsRegister(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 1 && arguments.has(QStringLiteral("name")); },
            context.synopsis(), opened))
        return *failed;
    const auto version =
        RunPackager(*opened.workspace)
            .registerRun(*opened.registry, arguments.positionals().front(), arguments.value(QStringLiteral("name")),
                         arguments.value(QStringLiteral("alias")), arguments.value(QStringLiteral("intended-use")));
    return reportVersion(context, version, QStringLiteral("Registered"));
}

int modelsList(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().isEmpty(); }, context.synopsis(), opened))
        return *failed;
    auto models = opened.registry->models();
    if (!models)
        return context.fail(models.error());
    QJsonArray list;
    QList<QStringList> rows;
    for (const ModelSummary& model : models.value()) {
        QStringList aliases;
        QJsonObject aliasJson;
        for (auto it = model.aliases.begin(); it != model.aliases.end(); ++it) {
            aliases << QStringLiteral("%1=v%2").arg(it.key()).arg(it.value());
            aliasJson.insert(it.key(), it.value());
        }
        auto latest = opened.registry->resolve(model.name);
        list.append(QJsonObject {{QStringLiteral("name"), model.name},
                                 {QStringLiteral("versions"), model.versionCount},
                                 {QStringLiteral("latest"), model.latestVersion},
                                 {QStringLiteral("aliases"), aliasJson}});
        rows << QStringList {model.name, QString::number(model.versionCount),
                             QStringLiteral("v%1").arg(model.latestVersion), aliases.join(QStringLiteral(" ")),
                             latest ? metricsText(latest->metrics) : QString()};
    }
    if (context.json) {
        context.printJson({{QStringLiteral("registry"), opened.registry->folder()}, {QStringLiteral("models"), list}});
        return Success;
    }
    if (rows.isEmpty()) {
        context.out << "No models in " << opened.registry->folder()
                    << " yet. Register one with 'crucible-cli models register RUN --name NAME'.\n";
        return Success;
    }
    printTable(context.out,
               {QStringLiteral("MODEL"), QStringLiteral("VERSIONS"), QStringLiteral("LATEST"),
                QStringLiteral("ALIASES"), QStringLiteral("LATEST TEST METRICS")},
               rows, 0);
    return Success;
}

int modelsShow(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 1; }, context.synopsis(), opened))
        return *failed;
    auto version = opened.registry->resolve(arguments.positionals().front());
    if (!version)
        return context.fail(version.error());
    auto bundle = BundleReader::open(version.value());
    if (!bundle)
        return context.fail(bundle.error());
    if (arguments.has(QStringLiteral("card")) && !context.json) {
        context.out << QString::fromUtf8(bundle->modelCard());
        return Success;
    }
    QList<AliasEvent> history;
    QMap<QString, int> aliases;
    if (version->isRegistered) {
        history = opened.registry->aliasHistory(version->name).valueOr({});
        for (const ModelSummary& model : opened.registry->models().valueOr({})) {
            if (model.name == version->name)
                aliases = model.aliases;
        }
    }
    const BundleManifest& m = bundle->manifest();
    if (context.json) {
        QJsonObject json = versionJson(version.value());
        json.insert(QStringLiteral("manifest"), m.toJson());
        json.insert(QStringLiteral("model_card"), QString::fromUtf8(bundle->modelCard()));
        QJsonArray moves;
        for (const AliasEvent& e : history)
            moves.append(
                QJsonObject {{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("user"), e.user},
                             {QStringLiteral("alias"), e.alias},
                             {QStringLiteral("from"), e.fromVersion ? QJsonValue(*e.fromVersion) : QJsonValue()},
                             {QStringLiteral("to"), e.toVersion ? QJsonValue(*e.toVersion) : QJsonValue()}});
        json.insert(QStringLiteral("alias_history"), moves);
        context.printJson(json);
        return Success;
    }
    QTextStream& out = context.out;
    out << version->reference() << (version->isRegistered ? "" : " (a bundle file, not in this registry)") << "\n";
    out << "  task:      " << m.task << "\n";
    out << "  dataset:   " << m.datasetName << "@" << m.datasetHash.left(12) << "\n";
    out << "  run:       " << (m.runId.isEmpty() ? QStringLiteral("-") : m.runId) << "\n";
    out << "  created:   " << timeText(m.created) << "\n";
    out << "  bundle:    " << version->bundlePath << "\n";
    out << "  sha256:    " << version->bundleSha256 << "\n";
    QStringList here;
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value() == version->version)
            here << it.key();
    }
    out << "  aliases:   " << (here.isEmpty() ? QStringLiteral("-") : here.join(QStringLiteral(", "))) << "\n";
    out << "  metrics:\n";
    for (auto it = m.metrics.begin(); it != m.metrics.end(); ++it)
        out << "    " << it.key().leftJustified(18) << QString::number(it.value(), 'g', 5) << "\n";
    if (!history.isEmpty()) {
        out << "  alias history of " << version->name << ":\n";
        for (const AliasEvent& e : history)
            out << "    " << timeText(e.time) << "  " << e.user << "  " << e.alias << ": " << versionText(e.fromVersion)
                << " -> " << versionText(e.toVersion) << "\n";
    }
    out << "Read the model card with 'crucible-cli models show " << arguments.positionals().front() << " --card'.\n";
    return Success;
}

int modelsAlias(Context& context, const Arguments& arguments)
{
    const QStringList& p = arguments.positionals();
    const bool remove = arguments.has(QStringLiteral("remove"));
    bool isNumber = false;
    const int version = remove || p.size() != 3 ? 0 : QString(p[1]).remove(QLatin1Char('v')).toInt(&isNumber);
    if ((remove && p.size() != 2) || (!remove && (p.size() != 3 || !isNumber)))
        return context.usage(context.synopsis());
    auto opened = openRegistry(context);
    if (!opened)
        return context.fail(opened.error());
    const Status done =
        remove ? opened->registry->removeAlias(p[0], p[1]) : opened->registry->setAlias(p[0], p[2], version);
    if (!done)
        return context.fail(done.error());
    if (context.json)
        context.printJson({{QStringLiteral("name"), p[0]},
                           {QStringLiteral("alias"), remove ? p[1] : p[2]},
                           {QStringLiteral("version"), remove ? QJsonValue() : QJsonValue(version)}});
    else if (remove)
        context.out << "Removed " << p[0] << "@" << p[1] << "\n";
    else
        context.out << p[0] << "@" << p[2] << " -> v" << version << "\n";
    return Success;
}

int modelsExport(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 1 && arguments.has(QStringLiteral("out")); },
            context.synopsis(), opened))
        return *failed;
    auto version = opened.registry->resolve(arguments.positionals().front());
    if (!version)
        return context.fail(version.error());
    QString target = arguments.value(QStringLiteral("out"));
    const bool toStdout = target == QLatin1String("-");
    if (toStdout && context.json)
        return context.usage(
            QStringLiteral("models export: --json and --out - both want standard output; name a file"));
    if (toStdout && standardOutputIsTerminal())
        return context.usage(QStringLiteral("models export: standard output is a terminal, not a place for a zip "
                                            "file; redirect it (> FILE.crucible) or name a file"));
    if (!toStdout && QFileInfo(target).isDir()) // (a folder named "-" is not standard output)
        target = QDir(target).filePath(QFileInfo(version->bundlePath).fileName());
    if (!toStdout && QFileInfo(target).isFile())
        return context.fail(
            {ErrorCode::InvalidInput, QStringLiteral("the file exists already; choose another name"), target});
    if (Status exported = ModelRegistry::exportVersion(version.value(), target); !exported)
        return context.fail(exported.error());
    if (toStdout)
        return Success; // standard output carries the bundle alone
    if (context.json)
        context.printJson({{QStringLiteral("reference"), version->reference()},
                           {QStringLiteral("out"), QFileInfo(target).absoluteFilePath()},
                           {QStringLiteral("sha256"), version->bundleSha256}});
    else
        context.out << "Exported " << version->reference() << " to " << target << "\n";
    return Success;
}

int modelsImport(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 1; }, context.synopsis(), opened))
        return *failed;
    QTemporaryDir stdinFolder;
    auto path =
        readablePath(context, arguments.positionals().front(), stdinFolder.path(), QStringLiteral("stdin.crucible"));
    if (!path)
        return context.fail(path.error());
    return reportVersion(context, opened.registry->importBundle(path.value(), arguments.value(QStringLiteral("name"))),
                         QStringLiteral("Imported"));
}

/// The registry connection options of push and pull, with the terminal's progress bar.
oci::ClientOptions ociOptions(Context& context, const Arguments& arguments, const QString& label)
{
    oci::ClientOptions options;
    options.plainHttp = arguments.has(QStringLiteral("plain-http"));
    options.dockerConfig = arguments.value(QStringLiteral("docker-config"));
    const ProgressCallback progress = terminalProgress(context.err, label);
    options.progress = [progress](qint64 done, qint64 total) {
        if (progress)
            progress(double(done) / double(total), QString());
    };
    options.cancelled = [] { return interruptSignal() != 0; };
    return options;
}

int modelsPush(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 2; }, context.synopsis(), opened))
        return *failed;
    const QString reference = arguments.positionals().at(0);
    auto target = oci::Reference::parse(arguments.positionals().at(1));
    if (!target)
        return context.fail(target.error());
    const QStringList extraTags = arguments.values(QStringLiteral("tag"));
    for (const QString& tag : extraTags) {
        if (!oci::isValidTag(tag))
            return context.usage(
                QStringLiteral("models push: '%1' is not a tag (letters, digits, '.', '_', '-'; at most 128)")
                    .arg(tag));
    }
    auto version = opened.registry->resolve(reference);
    if (!version)
        return context.fail(version.error());
    // NAME@ALIAS also tags the alias (iris@production -> :production).
    const qsizetype at = reference.lastIndexOf(QLatin1Char('@'));
    const QString after = at > 0 && !QFileInfo(reference).isFile() ? reference.mid(at + 1) : QString();
    bool isNumber = false;
    after.toInt(&isNumber);
    const QString alias = !isNumber && oci::isValidTag(after) ? after : QString();
    const InterruptGuard interrupts;
    auto pushed = oci::pushVersion(version.value(), alias, target.value(), extraTags,
                                   ociOptions(context, arguments, QStringLiteral("Pushing")));
    finishTerminalProgress(context.err);
    if (!pushed)
        return context.fail(pushed.error());
    if (context.json) {
        context.printJson({{QStringLiteral("reference"), version->reference()},
                           {QStringLiteral("repository"), pushed->repository},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(pushed->tags)},
                           {QStringLiteral("digest"), pushed->manifestDigest},
                           {QStringLiteral("bytes"), pushed->bundleBytes},
                           {QStringLiteral("uploaded"), pushed->bundleUploaded}});
    } else {
        context.out << "Pushed " << version->reference() << " to " << pushed->repository << ":"
                    << pushed->tags.join(QStringLiteral(", :"))
                    << (pushed->bundleUploaded ? "" : " (bundle already there)")
                    << "\n  pull exactly this: crucible-cli models pull " << pushed->repository << "@"
                    << pushed->manifestDigest << "\n";
    }
    return Success;
}

int modelsPull(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context, [&] { return arguments.positionals().size() == 1; }, context.synopsis(), opened))
        return *failed;
    auto source = oci::Reference::parse(arguments.positionals().front());
    if (!source)
        return context.fail(source.error());
    const QString folder = opened.registry->folder();
    opened.registry.reset(); // pullVersion opens it on this thread itself
    const InterruptGuard interrupts;
    auto pulled = oci::pullVersion(folder, source.value(), arguments.value(QStringLiteral("name")),
                                   ociOptions(context, arguments, QStringLiteral("Pulling")));
    finishTerminalProgress(context.err);
    if (!pulled)
        return context.fail(pulled.error());
    const RegisteredVersion& imported = pulled->version;
    if (context.json) {
        QJsonObject document = versionJson(imported);
        document.insert(QStringLiteral("source"), source->text());
        document.insert(QStringLiteral("digest"), pulled->manifestDigest);
        context.printJson(document);
    } else {
        context.out << (imported.isNew ? "Pulled " : "Pulled (already registered) ") << imported.reference() << " from "
                    << source->text() << " (" << pulled->manifestDigest << ")\n";
    }
    return Success;
}

int modelsDelete(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    const qsizetype at = args.size() == 1 ? args.front().lastIndexOf(QLatin1Char('@')) : -1;
    bool isNumber = false;
    const int version = at > 0 ? args.front().mid(at + 1).toInt(&isNumber) : 0;
    if (!isNumber)
        return context.usage(context.synopsis());
    auto opened = openRegistry(context);
    if (!opened)
        return context.fail(opened.error());
    if (Status deleted = opened->registry->deleteVersion(args.front().left(at), version); !deleted)
        return context.fail(deleted.error());
    if (context.json)
        context.printJson({{QStringLiteral("deleted"), args.front()}});
    else
        context.out << "Deleted " << args.front() << "\n";
    return Success;
}

int predict(Context& context, const Arguments& arguments)
{
    Opened opened;
    if (const auto failed = prepare(
            context,
            [&] {
                return arguments.positionals().isEmpty() && arguments.has(QStringLiteral("model"))
                    && arguments.has(QStringLiteral("input")) && arguments.has(QStringLiteral("output"));
            },
            context.synopsis(), opened))
        return *failed;
    const QString output = arguments.value(QStringLiteral("output"));
    if (output == QLatin1String("-") && context.json)
        return context.usage(QStringLiteral("predict: --json and --output - both want standard output; name a file"));
    auto version = opened.registry->resolve(arguments.value(QStringLiteral("model")));
    if (!version)
        return context.fail(version.error());
    auto bundle = BundleReader::open(version.value());
    if (!bundle)
        return context.fail(bundle.error());
    auto predictor = Predictor::open(bundle.value());
    if (!predictor)
        return context.fail(predictor.error());
    QTemporaryDir stdinFolder;
    const auto readable = readablePath(context, arguments.value(QStringLiteral("input")), stdinFolder.path(),
                                       QStringLiteral("stdin.csv"));
    if (!readable)
        return context.fail(readable.error());
    const QString input = readable.value();
    auto predictions = predictor.value()->predict(input, terminalProgress(context.err, QStringLiteral("Predicting")));
    finishTerminalProgress(context.err);
    if (!predictions)
        return context.fail(predictions.error());
    if (Status written = Predictor::writeCsv(predictions.value(), output, {input}); !written)
        return context.fail(written.error());
    if (context.json)
        context.printJson({{QStringLiteral("model"), version->reference()},
                           {QStringLiteral("rows"), qint64(predictions->rows())},
                           {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()}});
    else // with --output -, the predictions own standard output
        (output == QLatin1String("-") ? context.err : context.out)
            << "Predicted " << predictions->rows() << " " << (predictor.value()->isImageModel() ? "images" : "rows")
            << " with " << version->reference() << " into "
            << (output == QLatin1String("-") ? QStringLiteral("standard output") : output) << "\n";
    return Success;
}

} // namespace

void addModelsCommands(CommandTable& table)
{
    table.push_back(
        makeCommand("models register", "RUN --name NAME", "a finished run's model as a new version in the registry",
                    {option("name", "NAME", "the model's name in the registry", 'n'),
                     option("alias", "ALIAS", "point this alias (production, staging, ...) at the new version"),
                     option("intended-use", "TEXT", "what the model is for, for its model card")},
                    modelsRegister, "models register 3f2a --name iris --alias staging"));
    table.push_back(
        makeCommand("models list", "", "registered models, their versions and aliases", {}, modelsList, "models list"));
    table.push_back(makeCommand("models show", "REF", "a version (NAME, NAME@VERSION, NAME@ALIAS or a bundle file)",
                                {flag("card", "print the model card as Markdown")}, modelsShow,
                                "models show iris@production --card"));
    table.push_back(makeCommand(
        "models alias", "NAME VERSION ALIAS | NAME ALIAS --remove", "point an alias at a version, or remove it",
        {flag("remove", "remove the alias instead")}, modelsAlias, "models alias iris 3 production"));
    table.push_back(makeCommand("models export", "REF --out FILE", "a version's bundle as a .crucible file",
                                {option("out", "FILE", "the bundle file to write (- for standard output)", 'o')},
                                modelsExport, "models export iris@production --out iris.crucible"));
    table.push_back(makeCommand("models import", "FILE|-",
                                "a .crucible bundle (- from standard input), verified, as a new version",
                                {option("name", "NAME", "register it under this name (default: the bundle's)", 'n')},
                                modelsImport, "models import iris.crucible"));
    table.push_back(makeCommand(
        "models push", "REF oci://HOST[:PORT]/REPOSITORY[:TAG]",
        "a version's bundle to an OCI registry (Docker Distribution, Harbor, GHCR, ECR, ...)",
        {option("tag", "TAG", "also tag it so (again for more tags)", 't'),
         flag("plain-http", "speak HTTP, not HTTPS (only to a registry on this machine)"),
         option("docker-config", "FILE", "the docker login file (default ~/.docker/config.json)")},
        modelsPush, "models push iris@production oci://registry.example.com/team/iris",
        "The bundle goes up as an OCI artifact (type application/vnd.crucible.model.v1) whose manifest carries the "
        "model's name, version and metrics as annotations. Tags: the one in the address, else the version number, "
        "and the alias when REF names one. Logins are docker's: docker login HOST."));
    table.push_back(makeCommand(
        "models pull", "oci://HOST[:PORT]/REPOSITORY[:TAG|@sha256:DIGEST]",
        "a model pushed to an OCI registry, verified, as a new version",
        {option("name", "NAME", "register it under this name (default: the bundle's)", 'n'),
         flag("plain-http", "speak HTTP, not HTTPS (only to a registry on this machine)"),
         option("docker-config", "FILE", "the docker login file (default ~/.docker/config.json)")},
        modelsPull, "models pull oci://registry.example.com/team/iris:production --name iris",
        "The manifest must be a Crucible model's; the bundle's digest and size are checked against it, then the "
        "bundle is verified and imported as models import does. Nothing is imported when a check fails."));
    table.push_back(makeCommand("models delete", "NAME@VERSION", "delete a version (not while an alias names it)", {},
                                modelsDelete, "models delete iris@2"));
    table.push_back(makeCommand(
        "predict", "--model REF --input CSV|IMAGE-FOLDER --output CSV", "predict a file of rows or images in batch",
        {option("model", "REF", "NAME, NAME@VERSION, NAME@ALIAS or a bundle file", 'm'),
         option("input", "FILE",
                "a CSV with the signature's columns, or a folder of images (- reads a CSV from "
                "standard input)",
                'i'),
         option("output", "FILE", "the predictions as CSV (- for standard output)", 'o')},
        predict, "predict -m iris@production -i new.csv -o predictions.csv",
        "The input is checked against the model's signature: a missing column or a value of the wrong type is "
        "refused with its row and column."));
}

} // namespace crucible::cli
