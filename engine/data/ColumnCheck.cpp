#include "ColumnCheck.h"

#include "engine/core/Message.h"

namespace crucible {

namespace {

QString listed(const QStringList& names)
{
    return QLatin1Char('\'') + names.join(QStringLiteral("', '")) + QLatin1Char('\'');
}

Error inputError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

} // namespace

Status checkInputColumns(const Dataset& data, const QStringList& features, const QString& target, const QString& path)
{
    QStringList missing;
    for (const QString& name : features) {
        if (data.columnIndex(name) < 0)
            missing << name;
    }
    QStringList extra;
    for (const Column& column : data.columns) {
        if (!features.contains(column.name) && column.name != target)
            extra << column.name;
    }
    if (!missing.isEmpty() && !extra.isEmpty())
        return inputError(CRUCIBLE_MESSAGE("the model takes column(s) %1, which the input lacks, and does not know "
                                           "%2: renamed? Rename them to the model's names")
                              .arg(listed(missing), listed(extra)),
                          path);
    if (!missing.isEmpty())
        return inputError(CRUCIBLE_MESSAGE("the input lacks column(s) %1 that the model takes (it takes %2)")
                              .arg(listed(missing), listed(features)),
                          path);
    if (!extra.isEmpty())
        return inputError(CRUCIBLE_MESSAGE("the input has column(s) %1 that the model does not take; remove them "
                                           "(it takes %2)")
                              .arg(listed(extra), listed(features)),
                          path);
    return Ok {};
}

} // namespace crucible
