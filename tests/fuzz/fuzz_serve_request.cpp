// The inference server's request decoding (engine/serve/InputSchema) on arbitrary bodies: the row
// form ({"instances": [...]}) and the Open Inference Protocol v2 form ({"inputs": [...]}), for a
// table model (numbers and a category) and an image model. The first byte picks the form and
// the model; the rest is the body as a client sends it. A decoded request must hold exactly rows
// x values-per-row floats, categories as valid indices, and no more than one request may hold.
#include "FuzzSupport.h"
#include "engine/serve/InputSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdlib>

namespace {

crucible::BundleManifest tableManifest()
{
    crucible::BundleManifest manifest;
    const QJsonObject number {{QStringLiteral("name"), QStringLiteral("size")},
                              {QStringLiteral("encoding"), QStringLiteral("standardised")},
                              {QStringLiteral("mean"), 2.0},
                              {QStringLiteral("std"), 1.0}};
    const QJsonObject category {
        {QStringLiteral("name"), QStringLiteral("colour")},
        {QStringLiteral("encoding"), QStringLiteral("one_hot")},
        {QStringLiteral("categories"), QJsonArray {QStringLiteral("red"), QStringLiteral("green")}}};
    manifest.inputSignature = {{QStringLiteral("kind"), QStringLiteral("tabular")},
                               {QStringLiteral("features"), QJsonArray {number, category}}};
    manifest.outputSignature = {{QStringLiteral("classes"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}},
                                {QStringLiteral("target"), QStringLiteral("fruit")}};
    return manifest;
}

crucible::BundleManifest imageManifest()
{
    crucible::BundleManifest manifest;
    manifest.inputSignature = {{QStringLiteral("kind"), QStringLiteral("images")},
                               {QStringLiteral("shape"), QJsonArray {1, 4, 4}}};
    manifest.outputSignature = {{QStringLiteral("classes"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}}};
    return manifest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    if (size < 1)
        return 0;
    static const crucible::InputSchema table = crucible::InputSchema::fromManifest(tableManifest());
    static const crucible::InputSchema images = crucible::InputSchema::fromManifest(imageManifest());
    const bool isImage = data[0] & 1;
    const bool rowForm = data[0] & 2;
    const crucible::InputSchema& schema = isImage ? images : table;
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    auto decoded = rowForm ? schema.decodeInstances(document.object()) : schema.decodeV2(document.object());
    if (!decoded) {
        if (decoded.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    if (decoded->rows < 1 || std::int64_t(decoded->values.size()) != decoded->rows * schema.inputSize()
        || std::int64_t(decoded->values.size()) > crucible::InputSchema::kMaxRequestValues)
        std::abort();
    if (!isImage) {
        for (std::int64_t row = 0; row < decoded->rows; ++row) {
            const float category = decoded->values[size_t(row * 2 + 1)];
            if (!std::isnan(category) && category != 0.0f && category != 1.0f)
                std::abort();
            (void)schema.loggedRow(decoded->values, row);
        }
    }
    return 0;
}
