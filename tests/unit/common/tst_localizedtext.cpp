#include "common/Endpoint.h"
#include "common/LocalizedText.h"
#include "common/TranslationLoader.h"

#include <QCoreApplication>
#include <QTest>

using namespace OrderDesk;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void english_fillsArgumentsOnce()
    {
        const LocalizedText text("OrderDesk::Provider", "%1 must be between %2 and %3.");
        QCOMPARE(text.arg(QStringLiteral("Period")).arg(1).arg(9).toEnglish(),
                 QStringLiteral("Period must be between 1 and 9."));
        // An argument that itself looks like a marker is not substituted again.
        QCOMPARE(text.arg(QStringLiteral("%2")).arg(1).arg(9).toEnglish(),
                 QStringLiteral("%2 must be between 1 and 9."));
    }

    void translation_followsTheInstalledLanguage()
    {
        LocalizedText error;
        Endpoint::parse(QStringLiteral("ftp://x"), &error);
        QVERIFY(!error.isEmpty());

        TranslationLoader loader;
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        const QString english = error.toString();
        QCOMPARE(english, error.toEnglish());

        // The same object shows Chinese once the Chinese catalogue is installed: texts are
        // translated when shown, so a language switch reaches messages made before it.
        QVERIFY(loader.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(loader.language(), QStringLiteral("zh_CN"));
        const QString chinese = error.toString();
        QVERIFY2(chinese != english, qPrintable(chinese));
        QVERIFY(chinese.contains(QStringLiteral("ftp://x")));
        QVERIFY(chinese.contains(QStringLiteral("https://")));

        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        QCOMPARE(error.toString(), english);
    }

    void resolve_mapsLocalesToAvailableLanguages()
    {
        QCOMPARE(TranslationLoader::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(TranslationLoader::resolve(QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
        QCOMPARE(TranslationLoader::resolve(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(TranslationLoader::resolve(QStringLiteral("de_DE")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
