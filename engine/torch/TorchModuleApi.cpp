// Part of libcrucible_torch.so: the table of its entry points.
#include "engine/torch/TorchApi.h"

extern "C" __attribute__((visibility("default"))) const crucible::TorchApi* crucible_torch_api()
{
    using namespace crucible;
    static const TorchApi api = [] {
        TorchApi table;
        table.libtorchVersion = torchimpl::version;
        table.isCudaAvailable = torchimpl::isCudaAvailable;
        table.cudaDeviceCount = torchimpl::cudaDeviceCount;
        table.cudaDeviceName = torchimpl::cudaDeviceName;
        table.cudaVersion = torchimpl::cudaVersion;
        table.cudnnVersion = torchimpl::cudnnVersion;
        table.cudaMemoryTotal = torchimpl::cudaMemoryTotal;
        table.cudaMemoryReserved = torchimpl::cudaMemoryReserved;
        table.cudaDeviceLabel = torchimpl::cudaDeviceLabel;
        table.hasMkl = torchimpl::hasMkl;
        table.deviceChoices = torchimpl::deviceChoices;
        table.threadCount = torchimpl::threadCount;
        table.setThreadCount = torchimpl::setThreadCount;
        table.detectBlas = torchimpl::detectBlas;
        table.captureEnvironment = torchimpl::captureEnvironment;
        table.scriptLoad = torchimpl::scriptLoad;
        table.scriptDestroy = torchimpl::scriptDestroy;
        table.scriptManifest = torchimpl::scriptManifest;
        table.scriptForward = torchimpl::scriptForward;
        table.embedManifest = torchimpl::embedManifest;
        table.exportInitialModel = torchimpl::exportInitialModel;
        table.resolveDevice = torchimpl::resolveDevice;
        table.countParameters = torchimpl::countParameters;
        table.torchBackend = torchimpl::torchBackend;
        return table;
    }();
    return &api;
}
