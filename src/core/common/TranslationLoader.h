#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace OrderDesk {

// Installs OrderDesk's own translations, and Qt's, for one language on the running
// application, and swaps them when the language changes: widgets retranslate on the
// LanguageChange event that installing a translator sends, so no restart is needed.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // "zh_CN", "en", or empty to follow the system. Returns false when OrderDesk's
    // catalogue for the language could not be loaded (English, the source, always works).
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }

    static QStringList availableLanguages();
    // Maps a request (possibly empty: the system's UI language) to an available language.
    static QString resolve(const QString& requested);

private:
    void removeInstalled();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace OrderDesk
