#include "ProviderTestSupport.h"
#include "providers/FieldNormalizer.h"
#include "providers/ProviderRegistry.h"

#include <QTest>

using namespace OrderDesk;

// The slips OrderDesk corrects instead of refusing, and the note that says so.
class TestFieldNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullWidthIdentifier_isFoldedToAscii_withANote()
    {
        // What a Chinese input method types for "pc-bp1 x": full-width letters, digits, hyphen
        // and an ideographic space.
        const QString typed = QStringLiteral("ｐｃ－ｂｐ１\u3000ｘ");
        const FieldNormalizer::Result result = FieldNormalizer::normalize(typed, FieldType::Text, true);
        QCOMPARE(result.value, QStringLiteral("pc-bp1 x"));
        QVERIFY(result.folded);
        QVERIFY(!result.trimmed);
        const QList<ValidationIssue> notes = FieldNormalizer::notes(QStringLiteral("InstanceId"), result);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().field, QStringLiteral("InstanceId"));
        QCOMPARE(notes.first().message.toEnglish(),
                 QStringLiteral(
                     "Full-width characters in InstanceId were changed to their ASCII forms: pc-bp1 x"));
    }

    void spacesAtTheEnds_areRemoved_inEveryTextField_withANote()
    {
        const FieldNormalizer::Result name =
            FieldNormalizer::normalize(QStringLiteral("  财务 NAS "), FieldType::Text, false);
        QCOMPARE(name.value, QStringLiteral("财务 NAS"));
        QVERIFY(name.trimmed);
        const FieldNormalizer::Result id =
            FieldNormalizer::normalize(QStringLiteral("\tpc-1\u3000"), FieldType::Text, true);
        QCOMPARE(id.value, QStringLiteral("pc-1"));
        QVERIFY(id.trimmed && id.folded);
        QCOMPARE(FieldNormalizer::notes(QStringLiteral("f"), id).size(), 2);
    }

    void namesKeepTheirFullWidthCharacters()
    {
        const QString name = QStringLiteral("ＮＡＳ（财务）");
        const FieldNormalizer::Result result = FieldNormalizer::normalize(name, FieldType::Text, false);
        QCOMPARE(result.value, name);
        QVERIFY(!result.changed());
    }

    void onlySpaces_numbersAndJson_stayAsTyped()
    {
        // Validation says "must not be only spaces"; an emptied field would hide what was typed.
        QVERIFY(!FieldNormalizer::normalize(QStringLiteral("   "), FieldType::Text, true).changed());
        QVERIFY(!FieldNormalizer::normalize(QStringLiteral(" 1"), FieldType::Integer, false).changed());
        QVERIFY(!FieldNormalizer::normalize(QStringLiteral(" [] "), FieldType::JsonArray, false).changed());
    }

    void provider_normalizesTheRequest_andThenItIsValid()
    {
        ProviderRegistry registry;
        const Provider* aliyun = registry.find(QStringLiteral("aliyun"));
        QVERIFY(aliyun);
        OrderRequest request = ProviderTestSupport::seedExampleOrder(QStringLiteral("aliyun"));
        request.params.insert(QStringLiteral("PhysicalConnectionId"), QStringLiteral(" ｐｃ－ｂｐ１ "));
        request.params.insert(QStringLiteral("RegionId"), QStringLiteral("ｃｎ－ｈａｎｇｚｈｏｕ"));
        QVERIFY(!aliyun->validate(request).isEmpty());
        const NormalizedRequest normalized = aliyun->normalized(request);
        QCOMPARE(normalized.request.value(QStringLiteral("PhysicalConnectionId")), QStringLiteral("pc-bp1"));
        QCOMPARE(normalized.request.value(QStringLiteral("RegionId")), QStringLiteral("cn-hangzhou"));
        QCOMPARE(normalized.notes.size(), 3);
        QVERIFY(aliyun->validate(normalized.request).isEmpty());
    }

    void documentedPrefix_isChecked()
    {
        ProviderRegistry registry;
        const struct
        {
            const char* provider;
            const char* field;
            const char* prefix;
        } cases[] = {{"aliyun", "PhysicalConnectionId", "pc-"},
                     {"volcengine", "DirectConnectConnectionId", "dcc-"}};
        for (const auto& c : cases) {
            const Provider* provider = registry.find(QString::fromLatin1(c.provider));
            OrderRequest request = ProviderTestSupport::seedExampleOrder(provider->id());
            request.params.insert(QString::fromLatin1(c.field), QStringLiteral("circuit42"));
            const QList<ValidationIssue> issues = provider->validate(request);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, QString::fromLatin1(c.field));
            QVERIFY2(issues.first().message.toEnglish().contains(
                         QStringLiteral("starts with %1").arg(QString::fromLatin1(c.prefix))),
                     qPrintable(issues.first().message.toEnglish()));
        }
    }

    void formMessage_namesTheLabel_theCliMessageTheParameter()
    {
        ProviderRegistry registry;
        const Provider* volcengine = registry.find(QStringLiteral("volcengine"));
        OrderRequest request = ProviderTestSupport::seedExampleOrder(QStringLiteral("volcengine"));
        request.params.remove(QStringLiteral("DirectConnectConnectionId"));
        const QList<ValidationIssue> issues = volcengine->validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral("DirectConnectConnectionId is required."));
        QCOMPARE(volcengine->schema().messageOnForm(issues.first()),
                 QStringLiteral("Physical connection ID is required."));
    }
};

QTEST_GUILESS_MAIN(TestFieldNormalizer)
#include "tst_fieldnormalizer.moc"
