// The bundle reader on an arbitrary file: zip structure, entry names and sizes, checksums,
// manifest, and reading each entry back.
#include "FuzzSupport.h"
#include "engine/registry/BundleReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    const QString path = crucible::fuzz::writeInput(QStringLiteral("input.crucible"), data, size);
    crucible::BundleLimits limits;
    auto reader = crucible::BundleReader::open(path, limits);
    if (reader) {
        for (const QLatin1StringView entry : crucible::bundle::kEntries)
            (void)reader->entry(QString(entry));
    }
    return 0;
}
