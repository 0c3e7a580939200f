// The bundle manifest parser (crucible-model.json) on arbitrary bytes.
#include "FuzzSupport.h"
#include "engine/registry/BundleManifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto manifest = crucible::BundleManifest::fromBytes(bytes, QStringLiteral("fuzz"));
    if (manifest)
        (void)crucible::BundleManifest::fromBytes(manifest->toBytes());
    return 0;
}
