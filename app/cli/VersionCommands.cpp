#include "Cli.h"

#include "engine/torch/TorchRuntime.h"

namespace crucible::cli {

void addVersionCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "version", "", "versions of Crucible and what it runs on", {},
        [](Context& context, const Arguments& arguments) {
            if (!arguments.positionals().isEmpty())
                return context.usage(QStringLiteral("version takes no arguments"));
            const Environment env = torchruntime::captureEnvironment();
            if (context.json) {
                QJsonObject document = env.toJson();
                document.insert(QStringLiteral("crucible"), env.crucibleVersion);
                context.printJson(document);
                return int(Success);
            }
            context.out << "crucible-cli " << env.crucibleVersion << " (commit " << env.gitCommit << ")\n"
                        << "Qt        " << env.qtVersion << "\n"
                        << "LibTorch  " << env.torchVersion << "\n"
                        << "BLAS      " << env.blas << "\n"
                        << "CUDA      "
                        << (env.isCudaAvailable ? QStringLiteral("available (%1, %2)").arg(env.cudaVersion, env.gpuName)
                                                : QStringLiteral("not available"))
                        << "\n"
                        << "CPU       " << env.cpuModel << " (" << env.cpuCores << " logical cores)\n";
            return int(Success);
        },
        "version"));
}

} // namespace crucible::cli
