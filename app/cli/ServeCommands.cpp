// crucible-cli serve (the inference server), serve-log (its prediction log) and tracking-server
// (MLflow's tracking API over the workspace).
#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "TextTable.h"

#include "engine/core/CsvText.h"
#include "engine/core/OutputFile.h"
#include "engine/interop/TrackingServer.h"
#include "engine/registry/RunPackager.h"
#include "engine/serve/ModelServer.h"
#include "engine/serve/PredictionLog.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace crucible::cli {

namespace {

/// How a command's integer option reads; an error message, or empty.
QString readInt(const Arguments& arguments, const QString& name, int low, int high, int* value)
{
    if (!arguments.has(name))
        return {};
    bool ok = false;
    const int parsed = arguments.value(name).toInt(&ok);
    if (!ok || parsed < low || parsed > high)
        return QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(low).arg(high);
    *value = parsed;
    return {};
}

/// The first line of a token file, warning when others may read the file.
Result<QString> readTokenFile(Context& context, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, QStringLiteral("cannot read the token file: %1").arg(file.errorString()),
                      path};
    const QString token = QString::fromUtf8(file.read(4096)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (token.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("the token file's first line is empty"), path};
    if (QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        context.err << "Warning: " << path << " is readable by other users; chmod 600 it\n";
    return token;
}

QString timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// A server's event lines, one at a time from any thread, each with the time, on `err`.
std::function<void(const QString&)> stampedLines(QTextStream& err)
{
    auto mutex = std::make_shared<std::mutex>();
    return [&err, mutex](const QString& line) {
        std::lock_guard lock(*mutex);
        err << timeStamp() << "  " << line << "\n";
        err.flush();
    };
}

/// Says so on stderr when a server listens beyond loopback, and louder without a token.
void warnIfReachable(QTextStream& err, const QString& host, bool hasToken)
{
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1") && host != QLatin1String("localhost"))
        err << "Warning: listening on " << host << ": other machines can reach it"
            << (hasToken ? QString() : QStringLiteral(", and no --token-file guards it")) << "\n";
    err.flush();
}

int serve(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().isEmpty())
        return context.usage(context.synopsis());
    ServeOptions options;
    options.host = arguments.value(QStringLiteral("host"), options.host);
    int port = options.port;
    int maxBodyMb = 16;
    for (const QString& problem :
         {readInt(arguments, QStringLiteral("port"), 0, 65535, &port),
          readInt(arguments, QStringLiteral("threads"), 1, 256, &options.threads),
          readInt(arguments, QStringLiteral("io-threads"), 0, 64, &options.ioThreads),
          readInt(arguments, QStringLiteral("max-batch"), 1, 1 << 20, &options.maxBatch),
          readInt(arguments, QStringLiteral("max-delay-ms"), 0, 10000, &options.maxDelayMs),
          readInt(arguments, QStringLiteral("max-body-mb"), 1, 4096, &maxBodyMb),
          readInt(arguments, QStringLiteral("drift-window"), 0, 1000000, &options.driftRows)}) {
        if (!problem.isEmpty())
            return context.usage(problem);
    }
    options.port = std::uint16_t(port);
    options.maxBodyBytes = std::int64_t(maxBodyMb) << 20;
    if (arguments.has(QStringLiteral("log-sample"))) {
        bool ok = false;
        options.logSample = arguments.value(QStringLiteral("log-sample")).toDouble(&ok);
        if (!ok || !(options.logSample >= 0.0 && options.logSample <= 1.0))
            return context.usage(QStringLiteral("--log-sample takes a fraction from 0 (no log) to 1 (every request)"));
    }
    if (arguments.has(QStringLiteral("token-file"))) {
        auto token = readTokenFile(context, arguments.value(QStringLiteral("token-file")));
        if (!token)
            return context.fail(token.error());
        options.token = token.value();
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    options.logFolder = QDir(workspace.value()->folder()).filePath(QStringLiteral("serving"));
    const QString registryFolder = resolveRegistryFolder(*workspace.value(), context.registryOption);
    // Worker threads share the cores; one LibTorch thread each keeps them from oversubscribing.
    torchruntime::setThreadCount(1);
    QTextStream& err = context.err;
    options.onEvent = stampedLines(err);

    // Until the server runs, SIGINT and SIGTERM end the process as usual (nothing to drain).
    auto server = ModelServer::start(registryFolder, arguments.positionals(), options);
    if (!server)
        return context.fail(server.error());
    StopSignalWait stopSignal;
    if (!stopSignal.isReady())
        return context.fail({ErrorCode::Internal, QStringLiteral("cannot create a pipe for signals"), {}});

    const QString url = server.value()->baseUrl();
    const QList<ServedModel> models = server.value()->models();
    if (context.json) {
        QJsonArray served;
        for (const ServedModel& model : models)
            served.append(QJsonObject {{QStringLiteral("name"), model.name},
                                       {QStringLiteral("reference"), model.reference},
                                       {QStringLiteral("version"), model.version},
                                       {QStringLiteral("follows_registry"), model.followsRegistry},
                                       {QStringLiteral("load_seconds"), model.loadSeconds}});
        context.printJson({{QStringLiteral("url"), url},
                           {QStringLiteral("port"), int(server.value()->port())},
                           {QStringLiteral("models"), served}});
        context.out.flush();
    } else {
        context.out << "Serving at " << url << " (Ctrl+C or SIGTERM stops after answering what is in flight)\n";
        for (const ServedModel& model : models)
            context.out << "  " << model.reference << "  version " << model.version
                        << (model.followsRegistry ? " (follows the registry)" : "") << "\n    POST " << url
                        << "/v1/models/" << model.name << ":predict   {\"instances\": [{...}]}\n    POST " << url
                        << "/v2/models/" << model.name << "/infer\n";
        context.out << "  GET  " << url << "/metrics   " << url << "/v2/health/ready\n";
        if (options.logSample > 0)
            context.out << "Prediction log (" << options.logSample * 100 << "% of requests): " << options.logFolder
                        << "\n";
        context.out.flush();
    }
    warnIfReachable(err, options.host, !options.token.isEmpty());

    const int received = stopSignal.wait();
    options.onEvent(QStringLiteral("%1: stopping; answering %2 request(s) in flight")
                        .arg(received == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
                        .arg(server.value()->inFlight()));
    server.value()->stop(10000);
    options.onEvent(QStringLiteral("stopped"));
    return Success;
}

/// A logged value as text: numbers short, categories as they are, missing as "null".
QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 9);
    return QStringLiteral("null");
}

/// "sepal_length=5.1, species=setosa" from a logged input row, cut to `width` characters.
QString inputsText(const QJsonArray& columns, const QJsonArray& row, int width)
{
    QStringList parts;
    for (qsizetype i = 0; i < row.size(); ++i)
        parts << columns.at(i).toString() + QLatin1Char('=') + valueText(row.at(i));
    QString text = parts.join(QStringLiteral(", "));
    if (text.size() > width)
        text = text.left(width - 3) + QStringLiteral("...");
    return text;
}

int serveLogShow(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    int last = 20;
    if (const QString problem = readInt(arguments, QStringLiteral("last"), 0, 1 << 30, &last); !problem.isEmpty())
        return context.usage(problem);
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    const QString folder = QDir(workspace.value()->folder()).filePath(QStringLiteral("serving"));
    auto entries = PredictionLog::read(folder, arguments.positionals().front(), last);
    if (!entries)
        return context.fail(entries.error());
    if (context.json) {
        QJsonArray all;
        for (const QJsonObject& entry : entries.value())
            all.append(entry);
        context.printJson(
            {{QStringLiteral("model"), arguments.positionals().front()}, {QStringLiteral("entries"), all}});
        return Success;
    }
    QList<QStringList> rows;
    for (const QJsonObject& entry : entries.value()) {
        const QJsonArray outputs = entry.value(QStringLiteral("outputs")).toArray();
        const QJsonArray inputs = entry.value(QStringLiteral("inputs")).toArray();
        const QJsonObject first = outputs.isEmpty() ? QJsonObject() : outputs.first().toObject();
        const QString prediction = first.contains(QStringLiteral("class"))
            ? first.value(QStringLiteral("class")).toString()
            : QString::number(first.value(QStringLiteral("prediction")).toDouble(), 'g', 6);
        rows.append(
            {QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             QString::number(entry.value(QStringLiteral("version")).toInt()),
             QString::number(entry.value(QStringLiteral("latency_ms")).toDouble(), 'f', 2),
             QString::number(outputs.size()), prediction + (outputs.size() > 1 ? QStringLiteral(", ...") : QString()),
             inputs.isEmpty()
                 ? QString()
                 : inputsText(entry.value(QStringLiteral("columns")).toArray(), inputs.first().toArray(), 200)});
    }
    printTable(context.out,
               {QStringLiteral("TIME"), QStringLiteral("VERSION"), QStringLiteral("MS"), QStringLiteral("ROWS"),
                QStringLiteral("PREDICTION"), QStringLiteral("INPUT")},
               rows, 0);
    return Success;
}

int serveLogExport(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1 || !arguments.has(QStringLiteral("out")))
        return context.usage(context.synopsis());
    const QString out = arguments.value(QStringLiteral("out"));
    if (out == QLatin1String("-") && context.json)
        return context.usage(QStringLiteral("serve-log export: --json and --out - both want standard output"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    const QString folder = QDir(workspace.value()->folder()).filePath(QStringLiteral("serving"));
    auto entries = PredictionLog::read(folder, arguments.positionals().front(), 0);
    if (!entries)
        return context.fail(entries.error());
    // Columns: the inputs' keys in the order they first appear, then the outputs.
    QStringList inputColumns;
    QStringList classes;
    bool regression = false;
    for (const QJsonObject& entry : entries.value()) {
        for (const QJsonValue& column : entry.value(QStringLiteral("columns")).toArray()) {
            if (!inputColumns.contains(column.toString()))
                inputColumns << column.toString();
        }
        const QJsonArray outputs = entry.value(QStringLiteral("outputs")).toArray();
        if (!outputs.isEmpty() && outputs.first().toObject().contains(QStringLiteral("prediction")))
            regression = true;
    }
    auto cell = [](const QJsonValue& value) {
        if (value.isNull() || value.isUndefined())
            return QString();
        if (value.isString())
            return csvtext::untrustedField(value.toString());
        if (value.isArray())
            return csvtext::untrustedField(
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    };
    QStringList header {QStringLiteral("time"), QStringLiteral("version"), QStringLiteral("protocol"),
                        QStringLiteral("latency_ms"), QStringLiteral("row")};
    for (const QString& column : inputColumns)
        header << csvtext::untrustedField(column);
    header << QStringLiteral("prediction");
    if (!regression)
        header << QStringLiteral("probabilities");
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    std::int64_t rows = 0;
    for (const QJsonObject& entry : entries.value()) {
        const QJsonArray inputs = entry.value(QStringLiteral("inputs")).toArray();
        const QJsonArray outputs = entry.value(QStringLiteral("outputs")).toArray();
        // Where each exported column sits in this entry's rows (-1: this entry has no such column).
        const QJsonArray columns = entry.value(QStringLiteral("columns")).toArray();
        QList<qsizetype> positions;
        for (const QString& column : inputColumns) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < columns.size() && at < 0; ++i) {
                if (columns.at(i).toString() == column)
                    at = i;
            }
            positions << at;
        }
        for (qsizetype r = 0; r < outputs.size(); ++r) {
            QStringList fields {entry.value(QStringLiteral("time")).toString(),
                                QString::number(entry.value(QStringLiteral("version")).toInt()),
                                cell(entry.value(QStringLiteral("protocol"))),
                                QString::number(entry.value(QStringLiteral("latency_ms")).toDouble(), 'f', 3),
                                QString::number(r + 1)};
            const QJsonArray input = inputs.at(r).toArray();
            for (const qsizetype at : positions)
                fields << (at < 0 ? QString() : cell(input.at(at)));
            const QJsonObject output = outputs.at(r).toObject();
            if (regression) {
                fields << cell(output.value(QStringLiteral("prediction")));
            } else {
                fields << cell(output.value(QStringLiteral("class")));
                fields << cell(output.value(QStringLiteral("probabilities")));
            }
            csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
            ++rows;
        }
    }
    OutputFile file;
    if (Status opened = file.open(out); !opened)
        return context.fail(opened.error());
    if (Status written = file.write(csv); !written)
        return context.fail(written.error());
    if (Status committed = file.commit(); !committed)
        return context.fail(committed.error());
    if (context.json)
        context.printJson({{QStringLiteral("model"), arguments.positionals().front()},
                           {QStringLiteral("requests"), qint64(entries->size())},
                           {QStringLiteral("rows"), qint64(rows)},
                           {QStringLiteral("output"), QFileInfo(out).absoluteFilePath()}});
    else
        (out == QLatin1String("-") ? context.err : context.out)
            << "Exported " << rows << " logged rows of " << entries->size() << " requests into "
            << (out == QLatin1String("-") ? QStringLiteral("standard output") : out) << "\n";
    return Success;
}

} // namespace

/// MLflow's tracking API over the workspace, until SIGINT or SIGTERM.
int trackingServer(Context& context, const Arguments& arguments)
{
    if (!arguments.positionals().isEmpty())
        return context.usage(context.synopsis());
    TrackingServerOptions options;
    options.host = arguments.value(QStringLiteral("host"), options.host);
    int port = options.port;
    int maxArtifactMb = 1024;
    for (const QString& problem : {readInt(arguments, QStringLiteral("port"), 0, 65535, &port),
                                   readInt(arguments, QStringLiteral("max-artifact-mb"), 1, 65536, &maxArtifactMb)}) {
        if (!problem.isEmpty())
            return context.usage(problem);
    }
    options.port = std::uint16_t(port);
    options.maxArtifactBytes = std::int64_t(maxArtifactMb) << 20;
    if (arguments.has(QStringLiteral("token-file"))) {
        auto token = readTokenFile(context, arguments.value(QStringLiteral("token-file")));
        if (!token)
            return context.fail(token.error());
        options.token = token.value();
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    std::shared_ptr<const Workspace> shared(std::move(workspace.value()));
    options.registryFolder = resolveRegistryFolder(*shared, context.registryOption);
    QTextStream& err = context.err;
    options.onEvent = stampedLines(err);
    auto server = TrackingServer::start(shared, options);
    if (!server)
        return context.fail(server.error());
    StopSignalWait stopSignal;
    if (!stopSignal.isReady())
        return context.fail({ErrorCode::Internal, QStringLiteral("cannot create a pipe for signals"), {}});
    const QString url = server.value()->baseUrl();
    if (context.json) {
        context.printJson({{QStringLiteral("url"), url},
                           {QStringLiteral("port"), int(server.value()->port())},
                           {QStringLiteral("workspace"), shared->folder()}});
    } else {
        context.out << "MLflow tracking server at " << url << " for the workspace " << shared->folder()
                    << " (Ctrl+C or SIGTERM stops it)\n"
                    << "  export MLFLOW_TRACKING_URI=" << url << "\n";
        if (!options.token.isEmpty())
            context.out << "  export MLFLOW_TRACKING_TOKEN=<the token file's first line>\n";
    }
    context.out.flush();
    warnIfReachable(err, options.host, !options.token.isEmpty());
    const int received = stopSignal.wait();
    options.onEvent(QStringLiteral("%1: stopping after %2 request(s)")
                        .arg(received == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"))
                        .arg(server.value()->requestCount()));
    server.value()->stop();
    options.onEvent(QStringLiteral("stopped"));
    return Success;
}

void addServeCommands(CommandTable& table)
{
    table.push_back(
        makeCommand("tracking-server", "", "MLflow's tracking REST API over the workspace, for MLflow clients",
                    {option("host", "ADDRESS", "the address to listen on (default 127.0.0.1)"),
                     option("port", "N", "the port (default 5000; 0 picks a free one)"),
                     option("token-file", "FILE", "require Authorization: Bearer with the token in this file"),
                     option("max-artifact-mb", "N", "the largest artifact upload (default 1024)")},
                    trackingServer, "tracking-server --port 5000"));
    table.push_back(makeCommand(
        "serve", "REF...", "serve models over HTTP (Open Inference Protocol v2) with Prometheus metrics",
        {option("host", "ADDRESS", "the address to listen on (default 127.0.0.1)"),
         option("port", "N", "the port (default 8080; 0 picks a free one)"),
         option("threads", "N", "inference threads (default: the cores)"),
         option("io-threads", "N", "threads reading and writing requests"),
         option("max-batch", "N", "the most rows batched into one inference (default 64)"),
         option("max-delay-ms", "MS", "how long a request waits for others to batch with (default 0)"),
         option("token-file", "FILE", "require Authorization: Bearer with the token in this file"),
         option("log-sample", "RATE", "the share of requests written to the prediction log, 0 to 1 (default 1)"),
         option("max-body-mb", "N", "the largest request body (default 16)"),
         option("drift-window", "N", "requests per drift gauge window (default 1000)")},
        serve, "serve iris@production --port 8080",
        "Aliases are followed live: moving iris@production to another version switches what answers, "
        "without a restart. SIGTERM or Ctrl+C lets requests in flight finish and exits 0."));
    table.push_back(makeCommand("serve-log show", "MODEL", "the latest requests of a served model",
                                {option("last", "N", "how many (default 20)")}, serveLogShow,
                                "serve-log show iris --last 5"));
    table.push_back(makeCommand("serve-log export", "MODEL --out FILE", "a served model's prediction log as CSV",
                                {option("out", "FILE", "the CSV file (- for standard output)", 'o')}, serveLogExport,
                                "serve-log export iris --out requests.csv"));
}

} // namespace crucible::cli
