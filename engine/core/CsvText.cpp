#include "CsvText.h"

namespace crucible::csvtext {

QString field(const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return text;
}

QString untrustedField(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (!isNumber)
            return field(QLatin1Char('\'') + text);
    }
    return field(text);
}

} // namespace crucible::csvtext
