#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace crucible {

bool installTranslations(const QLocale& locale)
{
    // First: installing a translator redraws the pages at once, and they write numbers as the
    // default locale does.
    QLocale::setDefault(locale);
    static std::unique_ptr<QTranslator> qtTranslator;
    static std::unique_ptr<QTranslator> appTranslator;
    for (auto* installed : {qtTranslator.get(), appTranslator.get()}) {
        if (installed)
            QCoreApplication::removeTranslator(installed);
    }
    qtTranslator = std::make_unique<QTranslator>();
    appTranslator = std::make_unique<QTranslator>();

    // Standard dialogs' buttons (OK, Cancel, ...) come from Qt's own catalogue.
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    const bool found =
        appTranslator->load(locale, QStringLiteral("crucible"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(appTranslator.get());
    return found;
}

} // namespace crucible
