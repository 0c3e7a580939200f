// The model spec parser: the text form (mlp:64,32 ...) and the JSON form.
#include "FuzzSupport.h"
#include "engine/train/ModelSpec.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = crucible::ModelSpec::parse(QString::fromUtf8(bytes));
    if (parsed)
        (void)crucible::ModelSpec::fromJson(parsed->toJson());
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        (void)crucible::ModelSpec::fromJson(document.object());
    return 0;
}
