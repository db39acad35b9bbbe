#include "BadInput.h"
#include "ProviderTestSupport.h"
#include "common/SequenceNonceSource.h"
#include "common/TranslationLoader.h"
#include "providers/ProviderRegistry.h"

#include <QTest>

#include <tuple>

using namespace OrderDesk;

// Every field of every provider's schema against what a user can type: Provider::validate
// names the field for each bad value, with a message that is translated, and passes the
// values that are legitimate, which the request builder then carries unchanged.
class TestProviderValidation : public QObject
{
    Q_OBJECT

private:
    static void addCases(bool argvSafeOnly = false)
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("allowed");
        ProviderRegistry registry;
        for (const Provider* provider : registry.all()) {
            const OrderRequest valid = ProviderTestSupport::seedExampleOrder(provider->id());
            for (const BadInput::Case& c : BadInput::cases(*provider, valid)) {
                if (argvSafeOnly && !c.argvSafe)
                    continue;
                QTest::newRow(qPrintable(c.name)) << provider->id() << c.field << c.value << c.allowed;
            }
        }
    }

    static OrderRequest withValue(const QString& provider, const QString& field, const QString& value)
    {
        OrderRequest request = ProviderTestSupport::seedExampleOrder(provider);
        request.params.insert(field, value);
        return request;
    }

private Q_SLOTS:
    void seedOrders_areValid()
    {
        ProviderRegistry registry;
        for (const Provider* provider : registry.all()) {
            const QList<ValidationIssue> issues =
                provider->validate(ProviderTestSupport::seedExampleOrder(provider->id()));
            QVERIFY2(issues.isEmpty(),
                     qPrintable(provider->id() + QLatin1Char(' ') +
                                ProviderTestSupport::issueTexts(issues).join(QLatin1Char('|'))));
        }
    }

    void badValue_isRejectedOnItsField_orAllowedAndBuiltAsTyped_data() { addCases(); }
    void badValue_isRejectedOnItsField_orAllowedAndBuiltAsTyped()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, allowed);
        ProviderRegistry registry;
        const Provider* p = registry.find(provider);
        QVERIFY(p);
        const OrderRequest request = withValue(provider, field, value);
        const QList<ValidationIssue> issues = p->validate(request);
        if (!allowed) {
            QVERIFY2(
                ProviderTestSupport::issueFields(issues).contains(field),
                qPrintable(QStringLiteral("no issue on %1; issues: %2")
                               .arg(field, ProviderTestSupport::issueTexts(issues).join(QLatin1Char('|')))));
            return;
        }
        QVERIFY2(issues.isEmpty(),
                 qPrintable(ProviderTestSupport::issueTexts(issues).join(QLatin1Char('|'))));
        if (value.isEmpty())
            return;
        // Accepted text travels as UTF-8 exactly as typed: in the JSON body for these fields.
        SequenceNonceSource nonces;
        const HttpRequest http =
            p->buildRequest(p->withGeneratedFields(request, nonces), p->defaultEndpoint(p->region(request)));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        if (p->schema().field(field)->type == FieldType::JsonArray)
            QCOMPARE(body.value(field).toArray(), QJsonDocument::fromJson(value.toUtf8()).array());
        else
            QCOMPARE(body.value(field).toString(), value);
        QVERIFY(http.body.contains(value.toUtf8()) || p->schema().field(field)->type == FieldType::JsonArray);
    }

    void badValue_messageIsChineseInChinese_data() { addCases(); }
    void badValue_messageIsChineseInChinese()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, allowed);
        if (allowed)
            QSKIP("accepted value: no message");
        ProviderRegistry registry;
        const Provider* p = registry.find(provider);
        TranslationLoader translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        for (const ValidationIssue& issue : p->validate(withValue(provider, field, value))) {
            const QString zh = issue.message.toString();
            QVERIFY2(BadInput::containsChinese(zh), qPrintable(zh));
            QVERIFY2(zh != issue.message.toEnglish(), qPrintable(zh));
            const QStringList english = BadInput::untranslatedWords(zh, *p, value);
            QVERIFY2(english.isEmpty(),
                     qPrintable(zh + QStringLiteral(" -- ") + english.join(QLatin1Char(' '))));
        }
    }

    void lengthLimit_isTheSchemaLimitOrOrderDesksOwn()
    {
        ProviderRegistry registry;
        const FieldSpec* token =
            registry.find(QStringLiteral("volcengine"))->schema().field(QStringLiteral("ClientToken"));
        QCOMPARE(token->lengthLimit(), 64);
        const FieldSpec* name =
            registry.find(QStringLiteral("unicloud"))->schema().field(QStringLiteral("instanceName"));
        QCOMPARE(name->lengthLimit(), 255);
        const FieldSpec* products =
            registry.find(QStringLiteral("huaweicloud"))->schema().field(QStringLiteral("product_infos"));
        QCOMPARE(products->lengthLimit(), 65536);
    }

    void lengthLimit_countsCharactersNotUtf16Units()
    {
        ProviderRegistry registry;
        const Provider* unicloud = registry.find(QStringLiteral("unicloud"));
        // 255 emoji are 510 UTF-16 units but 255 characters: accepted; one more is not.
        QString name;
        for (int i = 0; i < 255; ++i)
            name += QStringLiteral("\U0001F600");
        QVERIFY(
            unicloud->validate(withValue(QStringLiteral("unicloud"), QStringLiteral("instanceName"), name))
                .isEmpty());
        const QList<ValidationIssue> issues = unicloud->validate(withValue(
            QStringLiteral("unicloud"), QStringLiteral("instanceName"), name + QStringLiteral("a")));
        QCOMPARE(ProviderTestSupport::issueTexts(issues),
                 QStringList{QStringLiteral("instanceName may be at most 255 characters long.")});
    }

    void loneSurrogate_isReportedAsInvisibleCharacter()
    {
        ProviderRegistry registry;
        const Provider* huawei = registry.find(QStringLiteral("huaweicloud"));
        const QList<ValidationIssue> issues =
            huawei->validate(withValue(QStringLiteral("huaweicloud"), QStringLiteral("promotion_info"),
                                       QStringLiteral("a") + QChar(0xDC00)));
        QCOMPARE(ProviderTestSupport::issueTexts(issues),
                 QStringList{QStringLiteral("promotion_info contains control or invisible characters.")});
        // A pair is a character.
        QVERIFY(huawei
                    ->validate(withValue(QStringLiteral("huaweicloud"), QStringLiteral("promotion_info"),
                                         QStringLiteral("a\U0001F600")))
                    .isEmpty());
    }

    void escapedOverrideInsideJson_isRejected()
    {
        ProviderRegistry registry;
        const Provider* huawei = registry.find(QStringLiteral("huaweicloud"));
        QString products = ProviderTestSupport::seedExampleOrder(QStringLiteral("huaweicloud"))
                               .value(QStringLiteral("product_infos"));
        products.replace(QStringLiteral("base_professional"), QStringLiteral("base_\\u202eprofessional"));
        const QList<ValidationIssue> issues = huawei->validate(
            withValue(QStringLiteral("huaweicloud"), QStringLiteral("product_infos"), products));
        QCOMPARE(ProviderTestSupport::issueTexts(issues),
                 QStringList{QStringLiteral("product_infos contains control or invisible characters.")});
    }

    void plusSignedNumber_isNotAWholeNumber()
    {
        ProviderRegistry registry;
        const Provider* volcengine = registry.find(QStringLiteral("volcengine"));
        const QList<ValidationIssue> issues = volcengine->validate(
            withValue(QStringLiteral("volcengine"), QStringLiteral("Period"), QStringLiteral("+3")));
        QCOMPARE(ProviderTestSupport::issueTexts(issues),
                 QStringList{QStringLiteral("Period must be a whole number.")});
        QVERIFY(volcengine
                    ->validate(withValue(QStringLiteral("volcengine"), QStringLiteral("Period"),
                                         QStringLiteral("3")))
                    .isEmpty());
    }

    void arabicInResourceId_isNotAscii()
    {
        ProviderRegistry registry;
        for (const auto& [provider, field, prefix] :
             {std::tuple{QStringLiteral("volcengine"), QStringLiteral("DirectConnectConnectionId"),
                         QStringLiteral("dcc-")},
              std::tuple{QStringLiteral("aliyun"), QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-")}}) {
            const QList<ValidationIssue> issues = registry.find(provider)->validate(
                withValue(provider, field, prefix + QStringLiteral("\u0645\u0631\u062D\u0628\u0627")));
            QVERIFY2(
                ProviderTestSupport::issueTexts(issues).contains(
                    field + QStringLiteral(" may contain only printable ASCII characters (letters, digits, "
                                           "punctuation).")),
                qPrintable(ProviderTestSupport::issueTexts(issues).join(QLatin1Char('|'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderValidation)
#include "tst_providervalidation.moc"
