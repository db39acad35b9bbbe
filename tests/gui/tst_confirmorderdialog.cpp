#include "ConfirmOrderDialog.h"
#include "ProviderTestSupport.h"
#include "common/TranslationLoader.h"
#include "orders/OrderSummary.h"
#include "providers/ProviderRegistry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace OrderDesk;

namespace {

// The seed example of Alibaba Cloud's page, prepared as OrderService::prepare would.
PreparedOrder seedOrder(const ProviderRegistry& providers)
{
    PreparedOrder prepared;
    prepared.provider = providers.find(QStringLiteral("aliyun"));
    prepared.order = ProviderTestSupport::seedExampleOrder(QStringLiteral("aliyun"));
    prepared.profile = QStringLiteral("finance-main");
    prepared.region = QStringLiteral("cn-hangzhou");
    prepared.resourceId = QStringLiteral("pc-bp1hp0wr072f6****");
    prepared.endpoint = Endpoint{QStringLiteral("https"), QStringLiteral("vpc.cn-hangzhou.aliyuncs.com"), -1};
    return prepared;
}

OrderRecord earlierOrder()
{
    OrderRecord record;
    record.id = 41;
    record.createdUtc = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    record.provider = QStringLiteral("aliyun");
    record.profile = QStringLiteral("finance-main");
    record.resourceId = QStringLiteral("pc-bp1hp0wr072f6****");
    record.status = OrderStatus::Succeeded;
    record.orderId = QStringLiteral("20857301");
    return record;
}

} // namespace

class TestConfirmOrderDialog : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;
    TranslationLoader m_translations;

    static QPushButton* button(ConfirmOrderDialog& dialog, QDialogButtonBox::StandardButton which)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        return box ? box->button(which) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(QStringLiteral("en"))); }

    void open_defaultButtonIsCancel()
    {
        ConfirmOrderDialog dialog;
        dialog.setOrder(seedOrder(m_providers));
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("confirmOrderDialog"));
        QPushButton* ok = button(dialog, QDialogButtonBox::Ok);
        QPushButton* cancel = button(dialog, QDialogButtonBox::Cancel);
        QVERIFY(ok && cancel);
        QVERIFY(cancel->isDefault());
        QVERIFY(!ok->isDefault());
        QVERIFY(!ok->autoDefault());
        QCOMPARE(ok->text(), QStringLiteral("&Place order"));
        QVERIFY(ok->isEnabled());
    }

    void enter_rejectsLikeCancel()
    {
        ConfirmOrderDialog dialog;
        dialog.setOrder(seedOrder(m_providers));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
    }

    void escape_rejects()
    {
        ConfirmOrderDialog dialog;
        dialog.setOrder(seedOrder(m_providers));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.isVisible());
    }

    void placeOrder_accepts()
    {
        ConfirmOrderDialog dialog;
        dialog.setOrder(seedOrder(m_providers));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void summary_showsEverySummaryLine()
    {
        const PreparedOrder prepared = seedOrder(m_providers);
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryText"));
        QVERIFY(summary);
        const QList<SummaryLine> lines = OrderSummary::lines(prepared);
        QCOMPARE(lines.size(), 11); // provider, account, region, endpoint and the 7 parameters
        for (const SummaryLine& line : lines) {
            QVERIFY2(summary->text().contains(line.label.toString().toHtmlEscaped()),
                     qPrintable(line.label.toString()));
            QVERIFY2(summary->text().contains(line.value.toHtmlEscaped()), qPrintable(line.value));
        }
        const QStringList plain = dialog.summaryPlainText().split(QLatin1Char('\n'));
        QCOMPARE(plain.size(), lines.size());
        QCOMPARE(plain.at(0), QStringLiteral("Provider: Alibaba Cloud"));
        QCOMPARE(plain.at(1), QStringLiteral("Account (profile): finance-main"));
        QCOMPARE(plain.at(2), QStringLiteral("Region: cn-hangzhou"));
        QVERIFY(plain.contains(QStringLiteral("Express Connect circuit ID: pc-bp1hp0wr072f6****")));
        QVERIFY(plain.contains(QStringLiteral("Billing method: PrePaid (Subscription (prepaid))")));
        QVERIFY(plain.contains(QStringLiteral("Pay automatically: false (No, only create the order)")));
        // A meaning that only repeats the value is not shown twice.
        QVERIFY(plain.contains(QStringLiteral("Billing cycle: Month")));
        QCOMPARE(plain.last(), QStringLiteral("Client token: CBCE910E-D396-4944"));
    }

    void noDuplicate_hidesTheWarning()
    {
        ConfirmOrderDialog dialog;
        dialog.setOrder(seedOrder(m_providers));
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("duplicateWarning"))->isVisible());
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("confirmDuplicateCheck"))->isVisible());
    }

    void duplicate_needsTheSecondConfirmation()
    {
        PreparedOrder prepared = seedOrder(m_providers);
        prepared.duplicate = earlierOrder();
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("duplicateWarning"));
        auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("confirmDuplicateCheck"));
        QPushButton* ok = button(dialog, QDialogButtonBox::Ok);
        QVERIFY(warning->isVisible());
        QVERIFY(check->isVisible());
        QVERIFY(!check->isChecked());
        QVERIFY(warning->text().startsWith(
            QStringLiteral("This resource (pc-bp1hp0wr072f6****) was already ordered with the same account "
                           "within the last 24 hours: ledger entry 41 at ")));
        QVERIFY(warning->text().contains(QStringLiteral(", status Succeeded.")));
        QVERIFY(
            warning->text().endsWith(QStringLiteral("The provider's order ID of that order is 20857301.")));
        QVERIFY(!ok->isEnabled());
        check->click();
        QVERIFY(ok->isEnabled());
        check->click();
        QVERIFY(!ok->isEnabled());

        // A new order in the same dialog starts unconfirmed again.
        check->click();
        dialog.setOrder(prepared);
        QVERIFY(!check->isChecked());
        QVERIFY(!ok->isEnabled());
    }

    void invalidOrder_cannotBePlaced()
    {
        PreparedOrder prepared = seedOrder(m_providers);
        prepared.issues.append({QStringLiteral("Period"), {}});
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    // The sentence before the facts: what, which resource, for how long, which account; then how
    // it is paid, in both languages.
    void sentence_saysWhatForHowLongAndOnWhichAccount_andHowItIsPaid()
    {
        ConfirmOrderDialog dialog;
        PreparedOrder order = seedOrder(m_providers);
        order.order.params.insert(QStringLiteral("Period"), QStringLiteral("3"));
        dialog.setOrder(order, QStringLiteral("LTAI5tAbCdEfGh1234"));
        auto* sentence = dialog.findChild<QLabel*>(QStringLiteral("sentenceText"));
        auto* payment = dialog.findChild<QLabel*>(QStringLiteral("paymentText"));
        QCOMPARE(
            sentence->accessibleName(),
            QStringLiteral("Buy Alibaba Cloud Express Connect circuit pc-bp1hp0wr072f6**** for 3 months, "
                           "with account finance-main (LTAI…1234)."));
        // The seed's AutoPay=false: the API creates an unpaid order.
        QVERIFY2(
            payment->accessibleName().contains(QStringLiteral("UNPAID: pay it in the Alibaba Cloud console")),
            qPrintable(payment->accessibleName()));
        order.order.params.insert(QStringLiteral("AutoPay"), QStringLiteral("true"));
        order.order.params.insert(QStringLiteral("Period"), QStringLiteral("1"));
        order.order.params.insert(QStringLiteral("PricingCycle"), QStringLiteral("Year"));
        dialog.setOrder(order, QStringLiteral("LTAI5tAbCdEfGh1234"));
        QVERIFY2(sentence->accessibleName().contains(QStringLiteral(" for 1 year, ")),
                 qPrintable(sentence->accessibleName()));
        QVERIFY2(
            payment->accessibleName().contains(QStringLiteral("paid from the account's balance at once")),
            qPrintable(payment->accessibleName()));

        QVERIFY(m_translations.setLanguage(QStringLiteral("zh_CN")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        const QString chinese = sentence->accessibleName();
        QVERIFY(m_translations.setLanguage(QStringLiteral("en")));
        QVERIFY2(chinese.contains(QStringLiteral("1 年")) && chinese.contains(QStringLiteral("阿里云")),
                 qPrintable(chinese));
    }

    void sentence_inTheSandbox_saysNothingIsBought()
    {
        ConfirmOrderDialog dialog;
        PreparedOrder order = seedOrder(m_providers);
        order.profile = QStringLiteral("sandbox");
        dialog.setOrder(order, QString(), true);
        auto* payment = dialog.findChild<QLabel*>(QStringLiteral("paymentText"));
        QVERIFY2(payment->accessibleName().contains(QStringLiteral("Nothing is bought")),
                 qPrintable(payment->accessibleName()));
        QVERIFY(!payment->accessibleName().contains(QStringLiteral("UNPAID")));
    }
};

QTEST_MAIN(TestConfirmOrderDialog)
#include "tst_confirmorderdialog.moc"
