// A stored dataset on arbitrary bytes, as a hostile run package brings one (dataset.bin): the
// reader, then what unpacking does with what it accepts (the content hash, the profile).
#include "FuzzSupport.h"
#include "engine/data/DatasetFile.h"
#include "engine/data/Profile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    const QString path = crucible::fuzz::writeInput(QStringLiteral("dataset.bin"), data, size);
    auto dataset = crucible::datasetfile::read(path);
    if (dataset) {
        (void)dataset->contentHash();
        (void)crucible::profileDataset(dataset.value(), dataset->columns.empty() ? -1 : 0);
    }
    return 0;
}
