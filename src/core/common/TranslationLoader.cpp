#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace OrderDesk {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString TranslationLoader::resolve(const QString& requested)
{
    if (availableLanguages().contains(requested))
        return requested;
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    for (const QString& ui : locale.uiLanguages()) {
        if (ui.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (ui.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool TranslationLoader::setLanguage(const QString& language)
{
    const QString resolved = resolve(language);
    removeInstalled();
    m_language = resolved;

    // English is the source language, but its catalogue holds the plural forms ("1 order",
    // "2 orders") of every %n text: without it English shows "order(s)".
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(resolved)))
        return resolved == QLatin1String("en");
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    if (resolved == QLatin1String("en"))
        return true;

    // Qt's own strings (standard buttons, dialogs) come from the system's Qt catalogue,
    // where one is installed; without it they stay English, which is not an error.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(resolved),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

void TranslationLoader::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace OrderDesk
