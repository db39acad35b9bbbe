#include "ConfirmOrderDialog.h"
#include "ProviderTestSupport.h"
#include "common/TranslationLoader.h"
#include "orders/OrderSummary.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

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

    // Presses Tab until `target` has the focus; false when it is not in the tab chain.
    static bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 30 && !target->hasFocus(); ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (!focus)
                return false;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return target->hasFocus();
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

    // The facts in plain words, the length with its unit in one row, the region once; no raw
    // code or parameter name among them.
    void facts_arePlainWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Provider: Alibaba Cloud"),
                                           QStringLiteral("Account: finance-main"),
                                           QStringLiteral("AccessKey ID: LTAI…1234"),
                                           QStringLiteral(
                                               "Resource: Express Connect circuit pc-bp1hp0wr072f6****"),
                                           QStringLiteral("Length: 3 months"),
                                           QStringLiteral("Region: cn-hangzhou"),
                                           QStringLiteral("Billing method: Subscription (prepaid)"),
                                           QStringLiteral("Pay automatically: No, only create the order")}
                            << QStringList{QStringLiteral("PrePaid"),
                                           QStringLiteral("false"),
                                           QStringLiteral("Region ID"),
                                           QStringLiteral("Billing cycle"),
                                           QStringLiteral("Subscription length"),
                                           QStringLiteral("Client token"),
                                           QStringLiteral("Endpoint")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("云厂商：阿里云"),
                                              QStringLiteral("时长：3 个月"),
                                              QStringLiteral("地域：cn-hangzhou")}
                               << QStringList{QStringLiteral("PrePaid"), QStringLiteral("地域ID"),
                                              QStringLiteral("地域 ID"), QStringLiteral("Month")};
    }
    void facts_arePlainWords()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QVERIFY(m_translations.setLanguage(language));
        PreparedOrder prepared = seedOrder(m_providers);
        prepared.order.params.insert(QStringLiteral("Period"), QStringLiteral("3"));
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared, QStringLiteral("LTAI5tAbCdEfGh1234"));
        const QString plain = dialog.summaryPlainText();
        QVERIFY(m_translations.setLanguage(QStringLiteral("en")));
        const QStringList lines = plain.split(QLatin1Char('\n'));
        for (const QString& line : std::as_const(expected))
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n---\n") + plain));
        for (const QString& text : std::as_const(absent))
            QVERIFY2(!plain.contains(text), qPrintable(text + QStringLiteral("\n---\n") + plain));
        // The facts come in this order: who, which account, what, how long, where.
        if (language == QLatin1String("en")) {
            QCOMPARE(lines.indexOf(QStringLiteral("Length: 3 months")), 4);
            QCOMPARE(lines.indexOf(QStringLiteral("Region: cn-hangzhou")), 5);
        }
        // Each fact is a label and a value of its own.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("factLabel_term")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("factValue_term")));
    }

    // Huawei Cloud: "Period unit: 3 (Year)" above "Period: 50" read as something else; the
    // products were JSON.
    void facts_huaweiCloud_lengthInWords_andProductsAsLines()
    {
        PreparedOrder prepared;
        prepared.provider = m_providers.find(QStringLiteral("huaweicloud"));
        prepared.order = ProviderTestSupport::seedExampleOrder(QStringLiteral("huaweicloud"));
        prepared.order.params.insert(QStringLiteral("project_id"), QStringLiteral("0a1b2c3d4e5f"));
        prepared.order.params.insert(QStringLiteral("period_type"), QStringLiteral("3"));
        prepared.order.params.insert(QStringLiteral("period_num"), QStringLiteral("2"));
        prepared.profile = QStringLiteral("finance-main");
        prepared.region = QStringLiteral("cn-north-4");
        prepared.resourceId = QStringLiteral("0a1b2c3d4e5f");
        prepared.endpoint =
            Endpoint{QStringLiteral("https"), QStringLiteral("dsc.cn-north-4.myhuaweicloud.com"), -1};
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        const QString plain = dialog.summaryPlainText();
        QVERIFY2(plain.contains(QStringLiteral("\nLength: 2 years\n")), qPrintable(plain));
        QVERIFY2(!plain.contains(QStringLiteral("Period")), qPrintable(plain));
        QCOMPARE(plain.count(QStringLiteral("cn-north-4")), 1);
        QVERIFY2(plain.contains(QStringLiteral("Billing mode: Yearly/monthly (prepaid)")), qPrintable(plain));
        QVERIFY2(!plain.contains(QLatin1Char('{')) && !plain.contains(QLatin1Char('"')), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Resource type: hws.resource.type.dsc.base")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("Size: 30")), qPrintable(plain));
        // Two products: one numbered line each.
        prepared.order.params.insert(
            QStringLiteral("product_infos"),
            QStringLiteral(
                "[{\"resource_type\":\"a.type\",\"resource_size\":10},{\"resource_type\":\"b.type\","
                "\"resource_size\":20}]"));
        dialog.setOrder(prepared);
        auto* products = dialog.findChild<QLabel*>(QStringLiteral("factValue_product_infos"));
        QVERIFY(products);
        QCOMPARE(products->text(),
                 QStringLiteral("1. Resource type: a.type; Size: 10\n2. Resource type: b.type; Size: 20"));
    }

    // Parameter names and raw values are folded away behind a button the keyboard reaches.
    void technicalDetails_foldedUntilAsked()
    {
        PreparedOrder prepared = seedOrder(m_providers);
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Mnemonics act in the active window.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* toggle = dialog.findChild<QToolButton*>(QStringLiteral("technicalToggle"));
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("technicalText"));
        QVERIFY(toggle && text);
        QVERIFY(toggle->isVisible());
        QVERIFY(!dialog.technicalDetailsShown());
        QVERIFY(!text->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("&Technical details"));
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        QCOMPARE(QKeySequence::mnemonic(toggle->text()), QKeySequence(Qt::ALT | Qt::Key_T));
        QVERIFY(tabTo(toggle));
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(dialog.technicalDetailsShown());
        QVERIFY(text->isVisible());
        const QString details = text->toPlainText();
        for (const char* line :
             {"RegionId = cn-hangzhou", "PhysicalConnectionId = pc-bp1hp0wr072f6****",
              "InstanceChargeType = PrePaid", "AutoPay = false", "PricingCycle = Month",
              "ClientToken = CBCE910E-D396-4944", "Endpoint: https://vpc.cn-hangzhou.aliyuncs.com",
              "Request, before it is signed:", "Action=CreatePhysicalConnectionOccupancyOrder"})
            QVERIFY2(details.contains(QLatin1String(line)),
                     qPrintable(QLatin1String(line) + QStringLiteral("\n---\n") + details));
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!text->isVisible());
        // A new order does not unfold them by itself, nor fold them.
        dialog.setOrder(prepared);
        QVERIFY(!text->isVisible());
    }

    // Above one year, Place order waits for a tick that names the length, in both languages.
    void longTerm_needsTheSecondConfirmation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("check");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("This order is for 3 years.")
                            << QStringLiteral("I have checked: &buy for 3 years");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("此订单时长为 3 年。")
                               << QStringLiteral("我已核对：购买 3 年(&B)");
    }
    void longTerm_needsTheSecondConfirmation()
    {
        QFETCH(QString, language);
        QFETCH(QString, warning);
        QFETCH(QString, check);
        QVERIFY(m_translations.setLanguage(language));
        PreparedOrder prepared = seedOrder(m_providers);
        prepared.order.params.insert(QStringLiteral("Period"), QStringLiteral("3"));
        prepared.order.params.insert(QStringLiteral("PricingCycle"), QStringLiteral("Year"));
        ConfirmOrderDialog dialog;
        dialog.setOrder(prepared);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* text = dialog.findChild<QLabel*>(QStringLiteral("longTermWarning"));
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("confirmLongTermCheck"));
        QVERIFY(text && box);
        QPushButton* ok = button(dialog, QDialogButtonBox::Ok);
        const QString boxText = box->text();
        const QString accessible = text->accessibleName();
        QVERIFY(m_translations.setLanguage(QStringLiteral("en")));
        QVERIFY(text->isVisible());
        QVERIFY(box->isVisible());
        QCOMPARE(accessible, warning);
        QCOMPARE(boxText, check);
        QVERIFY(!box->isChecked());
        QVERIFY(!ok->isEnabled());
        // The keyboard reaches it: Tab to it and Space ticks it; Alt+B as well.
        QCOMPARE(QKeySequence::mnemonic(box->text()), QKeySequence(Qt::ALT | Qt::Key_B));
        QVERIFY(tabTo(box));
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
        QVERIFY(ok->isEnabled());
        box->click();
        QVERIFY(!ok->isEnabled());
        box->click();

        // With a duplicate as well, both are needed.
        prepared.duplicate = earlierOrder();
        dialog.setOrder(prepared);
        QVERIFY(!box->isChecked());
        dialog.findChild<QCheckBox*>(QStringLiteral("confirmDuplicateCheck"))->click();
        QVERIFY(!ok->isEnabled());
        box->click();
        QVERIFY(ok->isEnabled());

        // One year is not more than one year: no second confirmation.
        prepared.duplicate.reset();
        prepared.order.params.insert(QStringLiteral("Period"), QStringLiteral("1"));
        prepared.order.params.insert(QStringLiteral("PricingCycle"), QStringLiteral("Year"));
        dialog.setOrder(prepared);
        QVERIFY(!text->isVisible());
        QVERIFY(!box->isVisible());
        QVERIFY(ok->isEnabled());
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
