#include "VisibleText.h"

#include <QList>

namespace crucible {

bool isHidingFormat(char32_t code)
{
    return (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e)
        || (code >= 0x2060 && code <= 0x206f) || code == 0x061c || code == 0xfeff;
}

QString visibleText(const QString& text)
{
    QString shown;
    shown.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint value : codes) {
        const auto code = char32_t(value);
        const bool isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);
        if (isControl || isHidingFormat(code))
            shown += QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
        else
            shown += QString::fromUcs4(&code, 1);
    }
    return shown;
}

} // namespace crucible
