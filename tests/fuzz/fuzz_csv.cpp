// The CSV reader on arbitrary bytes: the whole-file reader and the preview.
#include "FuzzSupport.h"
#include "engine/data/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    const QString path = crucible::fuzz::writeInput(QStringLiteral("input.csv"), data, size);
    auto dataset = crucible::readCsv(path);
    if (dataset)
        (void)dataset->contentHash();
    (void)crucible::previewCsv(path, 20);
    crucible::CsvOptions missing;
    missing.outOfRangeAsMissing = true;
    missing.delimiter = ';';
    (void)crucible::readCsv(path, missing);
    return 0;
}
