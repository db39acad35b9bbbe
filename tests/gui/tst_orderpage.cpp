#include "AppContext.h"
#include "BadInput.h"
#include "ConfirmOrderDialog.h"
#include "FormBinder.h"
#include "OrderFlowSupport.h"
#include "OrderPage.h"
#include "OrderPageFixture.h"
#include "ProductInfosEditor.h"
#include "SandboxSimulator.h"
#include "TestArtifacts.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderQuery.h"
#include "net/OutcomeText.h"
#include "providers/ProviderRegistry.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

using namespace OrderPageFixture;

class TestOrderPage : public QObject
{
    Q_OBJECT

private:
    // Fills the form, confirms, and waits for the outcome. Returns the ledger id.
    static qint64 placeOrder(const Fixture& fixture, bool expectDuplicate = false)
    {
        QSignalSpy finished(fixture.page.get(), &OrderPage::orderFinished);
        if (!fixture.orderButton()->isEnabled())
            return -1;
        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        // The confirmation opens once the ledger said whether it names a recent order.
        if (!QTest::qWaitFor([&fixture] { return fixture.dialogShown(); }, kAnswerTimeoutMs))
            return -2;
        ConfirmOrderDialog* dialog = fixture.dialog();
        if (dialog->hasDuplicate() != expectDuplicate)
            return -2;
        if (expectDuplicate)
            dialog->findChild<QCheckBox*>(QStringLiteral("confirmDuplicateCheck"))->click();
        QTest::mouseClick(fixture.dialogButton(QDialogButtonBox::Ok), Qt::LeftButton);
        if (!finished.wait(kAnswerTimeoutMs) && finished.isEmpty())
            return -3;
        return finished.first().first().toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void providers_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& id : OrderFlowSupport::providers())
            QTest::newRow(qPrintable(id)) << id;
    }

    void form_hasAnInputLabelAndMessageForEverySchemaField_data() { providers_data(); }
    void form_hasAnInputLabelAndMessageForEverySchemaField()
    {
        QFETCH(QString, provider);
        Fixture fixture(provider);
        QVERIFY(fixture.ok && fixture.page);
        QCOMPARE(fixture.page->objectName(), QStringLiteral("orderPage_") + provider);
        const FormBinder& binder = fixture.page->binder();
        QCOMPARE(binder.missingWidgets(), QStringList());

        // Labels and tooltips come from the schema, with mnemonics that none shares, nor the
        // page's own controls (Account, Order, Cancel, Order ID, Copy, Request ID) and the product
        // table's (Add product, Remove product).
        const FormSchema& schema = fixture.provider->schema();
        const QString pageLetters =
            QStringLiteral("NOCIYR") +
            (provider == QLatin1String("huaweicloud") ? QStringLiteral("TV") : QString());
        QSet<QChar> mnemonics;
        for (const FieldSpec& field : schema.fields()) {
            QLabel* label = binder.label(field.name);
            // A field that must be filled in is marked with a star.
            const QString mark =
                field.required && !field.generated ? QStringLiteral(" *:") : QStringLiteral(":");
            QCOMPARE(withoutMnemonic(label->text()), schema.label(field).toEnglish() + mark);
            // A long form may run out of letters; the labels that have one have their own.
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            if (amp >= 0) {
                const QChar letter = label->text().at(amp + 1).toUpper();
                QVERIFY2(!mnemonics.contains(letter), qPrintable(label->text()));
                QVERIFY2(!pageLetters.contains(letter), qPrintable(label->text()));
                mnemonics.insert(letter);
            }
            QCOMPARE(binder.input(field.name)->toolTip(), schema.help(field).toEnglish());
            QCOMPARE(label->buddy(), binder.input(field.name));
            if (auto* edit = qobject_cast<QLineEdit*>(binder.input(field.name)))
                QCOMPARE(edit->placeholderText(),
                         field.generated ? QStringLiteral("Filled in automatically") : field.example);
            if (auto* combo = qobject_cast<QComboBox*>(binder.input(field.name))) {
                QCOMPARE(combo->count(), field.choices.size());
                for (int i = 0; i < combo->count(); ++i) {
                    QCOMPARE(combo->itemData(i).toString(), field.choices.at(i).value);
                    QCOMPARE(combo->itemText(i), schema.choiceLabel(field.choices.at(i)).toEnglish());
                }
            }
        }
        // English runs out of letters for one label of the two long forms (UniCloud, Huawei Cloud).
        QVERIFY2(mnemonics.size() >= schema.fields().size() - (schema.fields().size() > 10 ? 1 : 0),
                 qPrintable(QString::number(mnemonics.size())));
    }

    void tab_goesFromTheAccountThroughTheFormToOrder()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        QWidget* widget = fixture.find<QComboBox>(QStringLiteral("profileCombo"));
        QStringList visited;
        for (int i = 0; i < 8; ++i) {
            widget = widget->nextInFocusChain();
            while (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                widget = widget->nextInFocusChain();
            visited.append(widget->objectName());
        }
        QCOMPARE(visited, QStringList({QStringLiteral("RegionId"), QStringLiteral("PhysicalConnectionId"),
                                       QStringLiteral("InstanceChargeType"), QStringLiteral("PricingCycle"),
                                       QStringLiteral("Period"), QStringLiteral("AutoPay"),
                                       QStringLiteral("ClientToken"), QStringLiteral("orderButton")}));
    }

    void placeOrder_eachProvider_showsTheSimulatorsOrderId_data() { providers_data(); }
    void placeOrder_eachProvider_showsTheSimulatorsOrderId()
    {
        QFETCH(QString, provider);
        Fixture fixture(provider);
        QVERIFY(fixture.ok && fixture.page);
        auto* profiles = fixture.find<QComboBox>(QStringLiteral("profileCombo"));
        QCOMPARE(profiles->currentData().toString(), AppContext::sandboxProfileName());
        QCOMPARE(profiles->currentText(), QStringLiteral("Sandbox (built-in simulator)"));

        fillOrder(fixture, QStringLiteral("gui"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(fixture.orderButton()->isEnabled(),
                 qPrintable(fixture.find<QLabel>(QStringLiteral("formError"))->text()));
        const qint64 ledgerId = placeOrder(fixture);
        QVERIFY2(ledgerId > 0, qPrintable(QString::number(ledgerId)));

        SimServer* sim = SandboxSimulator::server(*fixture.context);
        QVERIFY(sim);
        QCOMPARE(sim->orderCount(provider), 1);
        const SimOrder simOrder = sim->orders().first();
        QCOMPARE(simOrder.resourceId, OrderFlowSupport::resourceId(provider, QStringLiteral("gui")));
        QVERIFY(!simOrder.orderId.isEmpty());

        auto* orderId = fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"));
        QCOMPARE(orderId->text(), simOrder.orderId);
        QVERIFY(orderId->isReadOnly());
        // The title says whether money is still owed, as the provider's parameters decide.
        const QString title = fixture.find<QLabel>(QStringLiteral("outcomeTitle"))->text();
        const QMap<QString, QString> expectedTitles{
            {QStringLiteral("volcengine"), QStringLiteral("Order placed and paid")},
            {QStringLiteral("aliyun"),
             QStringLiteral("Order created — awaiting payment in the Alibaba Cloud console")},
            {QStringLiteral("unicloud"),
             QStringLiteral("Order placed — check its payment in the UniCloud console")},
            {QStringLiteral("huaweicloud"),
             QStringLiteral("Order placed — check its payment in the Huawei Cloud console")}};
        QCOMPARE(title, expectedTitles.value(provider));
        QVERIFY(!fixture.find<QLineEdit>(QStringLiteral("outcomeRequestId"))->text().isEmpty());

        const std::optional<OrderRecord> record = fixture.context->ledger().order(ledgerId);
        QVERIFY(record);
        QCOMPARE(record->status, OrderStatus::Succeeded);
        QCOMPARE(record->orderId, simOrder.orderId);
        QCOMPARE(record->profile, AppContext::sandboxProfileName());
        QCOMPARE(record->resourceId, simOrder.resourceId);

        // Ready for the next order, with a token of its own.
        QVERIFY(fixture.orderButton()->isEnabled());
        QVERIFY(!fixture.find<QProgressBar>(QStringLiteral("busyIndicator"))->isVisible());
        if (fixture.provider->hasIdempotencyToken()) {
            QCOMPARE(fixture.page->binder().value(fixture.provider->idempotencyField()), QString());
            QVERIFY(!record->idempotencyToken.isEmpty());
            QCOMPARE(simOrder.token, record->idempotencyToken);
        }
    }

    void copyButton_putsTheOrderIdOnTheClipboard()
    {
        Fixture fixture(QStringLiteral("volcengine"));
        fillOrder(fixture, QStringLiteral("copy"));
        QVERIFY(placeOrder(fixture) > 0);
        auto* copy = fixture.find<QPushButton>(QStringLiteral("copyOrderIdButton"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"))->text());
    }

    void editingTheNextOrder_removesThePreviousOrdersOutcome_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::newRow("aliyun text") << QStringLiteral("aliyun") << QStringLiteral("PhysicalConnectionId");
        QTest::newRow("aliyun number") << QStringLiteral("aliyun") << QStringLiteral("Period");
        QTest::newRow("aliyun choice") << QStringLiteral("aliyun") << QStringLiteral("PricingCycle");
        QTest::newRow("aliyun check box") << QStringLiteral("aliyun") << QStringLiteral("AutoPay");
        QTest::newRow("huaweicloud products")
            << QStringLiteral("huaweicloud") << QStringLiteral("product_infos");
    }

    void editingTheNextOrder_removesThePreviousOrdersOutcome()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        Fixture fixture(provider);
        fillOrder(fixture, QStringLiteral("previous"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(placeOrder(fixture) > 0);
        auto* outcome = fixture.find<QWidget>(QStringLiteral("outcomeBox"));
        // Emptying the used token for the next order is the page's doing, not an edit.
        QVERIFY(outcome->isVisible());
        QVERIFY(!fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"))->text().isEmpty());

        QWidget* input = fixture.page->binder().input(field);
        QVERIFY(input);
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_End);
            QTest::keyClicks(edit, QStringLiteral("2"));
        } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
            spin->setFocus();
            QTest::keyClick(spin, Qt::Key_Up);
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            combo->setFocus();
            QTest::keyClick(combo, combo->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
        } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        } else if (auto* products = qobject_cast<ProductInfosEditor*>(input)) {
            QTest::mouseClick(products->findChild<QPushButton*>(QStringLiteral("addProductButton")),
                              Qt::LeftButton);
        }
        QVERIFY2(!outcome->isVisible(), "the outcome of the previous order is still shown");
        QVERIFY(fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"))->text().isEmpty());
    }

    void choosingAnotherAccount_removesThePreviousOrdersOutcome()
    {
        Fixture fixture(QStringLiteral("volcengine"));
        fillOrder(fixture, QStringLiteral("account"));
        QVERIFY(placeOrder(fixture) > 0);
        auto* outcome = fixture.find<QWidget>(QStringLiteral("outcomeBox"));
        QVERIFY(outcome->isVisible());
        // A second account, stored as the CredentialStore files one (reading profiles needs no
        // keychain).
        QSettings& raw = fixture.context->settings().raw();
        raw.setValue(QStringLiteral("profiles/volcengine/second/accessKeyId"), QStringLiteral("AKLTsecond"));
        fixture.context->notifyProfilesChanged();
        QVERIFY(outcome->isVisible());
        auto* profiles = fixture.find<QComboBox>(QStringLiteral("profileCombo"));
        QCOMPARE(profiles->count(), 2);
        profiles->setFocus();
        QTest::keyClick(profiles, Qt::Key_Down);
        QCOMPARE(profiles->currentData().toString(), QStringLiteral("second"));
        QVERIFY(!outcome->isVisible());
    }

    void emptyRequiredField_showsItsMessageAndCannotBeOrdered_data() { providers_data(); }
    void emptyRequiredField_showsItsMessageAndCannotBeOrdered()
    {
        QFETCH(QString, provider);
        Fixture fixture(provider);
        fillOrder(fixture, QStringLiteral("gui"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(fixture.orderButton()->isEnabled());
        const QString field = OrderFlowSupport::resourceField(provider);
        QCOMPARE(errorText(fixture, field), QString());

        auto* input = fixture.find<QLineEdit>(field);
        input->selectAll();
        QTest::keyClick(input, Qt::Key_Backspace);
        QCOMPARE(input->text(), QString());
        // Named as the form names it, not by its API parameter.
        const FormSchema& schema = fixture.provider->schema();
        QCOMPARE(errorText(fixture, field),
                 schema.label(*schema.field(field)).toEnglish() + QStringLiteral(" is required."));
        QVERIFY(!fixture.orderButton()->isEnabled());

        // Enter does not order either.
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(!fixture.dialogShown());
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);

        QTest::keyClicks(input, OrderFlowSupport::resourceId(provider, QStringLiteral("back")));
        QCOMPARE(errorText(fixture, field), QString());
        QVERIFY(fixture.orderButton()->isEnabled());
    }

    void untouchedForm_showsNoMessagesUntilOrderIsTried()
    {
        Fixture fixture(QStringLiteral("unicloud"));
        // Required fields are empty, but nobody has touched them yet.
        QVERIFY(!fixture.orderButton()->isEnabled());
        QCOMPARE(errorText(fixture, QStringLiteral("instanceName")), QString());
        // Enter in a field tries to order: every message appears.
        auto* vpc = fixture.find<QLineEdit>(QStringLiteral("vpc"));
        QTest::keyClicks(vpc, QStringLiteral("vpc-1"));
        QTest::keyClick(vpc, Qt::Key_Return);
        QCOMPARE(errorText(fixture, QStringLiteral("instanceName")),
                 QStringLiteral("File system name is required."));
        QCOMPARE(errorText(fixture, QStringLiteral("vpc")), QString());
        QVERIFY(!fixture.dialogShown());
    }

    // Nothing the user typed changes by itself: 11 months switched to years, 12 typed where 11 is
    // the most, 0 left with Tab. Each stays as typed, marked with the range, and cannot be ordered.
    void period_outOfRange_staysAsTypedAndIsMarked_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("unitField");
        QTest::addColumn<int>("maxMonths");
        QTest::addColumn<QString>("yearRange");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << QStringLiteral("PeriodUnit") << 11
                                    << QStringLiteral("between 1 and 3");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << QStringLiteral("PricingCycle") << 9
                                << QStringLiteral("between 1 and 5");
    }
    void period_outOfRange_staysAsTypedAndIsMarked()
    {
        QFETCH(QString, provider);
        QFETCH(QString, unitField);
        QFETCH(int, maxMonths);
        QFETCH(QString, yearRange);
        Fixture fixture(provider);
        fillOrder(fixture, QStringLiteral("range"));
        auto* period = fixture.find<QSpinBox>(QStringLiteral("Period"));
        QVERIFY(fixture.orderButton()->isEnabled());

        fill(fixture.page.get(), QStringLiteral("Period"), QString::number(maxMonths));
        fill(fixture.page.get(), unitField, QStringLiteral("Year"));
        QCOMPARE(period->value(), maxMonths);
        QVERIFY2(errorText(fixture, QStringLiteral("Period")).contains(yearRange),
                 qPrintable(errorText(fixture, QStringLiteral("Period"))));
        QVERIFY(!fixture.orderButton()->isEnabled());

        fill(fixture.page.get(), unitField, QStringLiteral("Month"));
        fill(fixture.page.get(), QStringLiteral("Period"), QString::number(maxMonths + 1));
        QCOMPARE(period->value(), maxMonths + 1);
        QVERIFY2(errorText(fixture, QStringLiteral("Period"))
                     .contains(QStringLiteral("between 1 and %1").arg(maxMonths)),
                 qPrintable(errorText(fixture, QStringLiteral("Period"))));
        QVERIFY(!fixture.orderButton()->isEnabled());

        period->setFocus();
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("0"));
        QTest::keyClick(period, Qt::Key_Tab);
        QCOMPARE(period->value(), 0);
        QVERIFY(!errorText(fixture, QStringLiteral("Period")).isEmpty());
        QVERIFY(!fixture.orderButton()->isEnabled());
    }

    // UniCloud and Huawei Cloud document no limit: OrderDesk's own is 5 years.
    void period_withoutAProviderLimit_isAtMostFiveYears_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("countField");
        QTest::addColumn<QString>("unitField");
        QTest::addColumn<QString>("year");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << QStringLiteral("rentCount")
                                  << QStringLiteral("rentUnit") << QStringLiteral("year");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << QStringLiteral("period_num")
                                     << QStringLiteral("period_type") << QStringLiteral("3");
    }
    void period_withoutAProviderLimit_isAtMostFiveYears()
    {
        QFETCH(QString, provider);
        QFETCH(QString, countField);
        QFETCH(QString, unitField);
        QFETCH(QString, year);
        Fixture fixture(provider);
        fillOrder(fixture, QStringLiteral("limit"));
        fill(fixture.page.get(), unitField, year);
        fill(fixture.page.get(), countField, QStringLiteral("5"));
        QVERIFY(fixture.orderButton()->isEnabled());
        fill(fixture.page.get(), countField, QStringLiteral("6"));
        QCOMPARE(fixture.find<QSpinBox>(countField)->value(), 6);
        QVERIFY2(errorText(fixture, countField).contains(QStringLiteral("5 years at most")),
                 qPrintable(errorText(fixture, countField)));
        QVERIFY(!fixture.orderButton()->isEnabled());
        fill(fixture.page.get(), countField, QStringLiteral("50"));
        QVERIFY(!fixture.orderButton()->isEnabled());
    }

    void region_isPrefilledFromTheAccount()
    {
        Fixture fixture(QStringLiteral("huaweicloud"));
        QCOMPARE(fixture.find<QLineEdit>(QStringLiteral("region_id"))->text(), QStringLiteral("cn-north-4"));
        Fixture aliyun(QStringLiteral("aliyun"));
        QCOMPARE(aliyun.find<QLineEdit>(QStringLiteral("RegionId"))->text(), QStringLiteral("cn-hangzhou"));
    }

    void secondOrderOfTheSameResource_warnsAndNeedsTheCheckBox()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        fillOrder(fixture, QStringLiteral("twice"));
        const qint64 first = placeOrder(fixture);
        QVERIFY(first > 0);

        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        QTRY_VERIFY(fixture.dialogShown());
        ConfirmOrderDialog* dialog = fixture.dialog();
        QVERIFY(dialog && dialog->isVisible());
        auto* warning = dialog->findChild<QLabel*>(QStringLiteral("duplicateWarning"));
        auto* check = dialog->findChild<QCheckBox*>(QStringLiteral("confirmDuplicateCheck"));
        QPushButton* ok = fixture.dialogButton(QDialogButtonBox::Ok);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("ledger entry %1 ").arg(first)));
        QVERIFY(warning->text().contains(QStringLiteral("pc-twice")));
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        QVERIFY(check->isChecked());
        QVERIFY(ok->isEnabled());

        QSignalSpy finished(fixture.page.get(), &OrderPage::orderFinished);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(finished.wait(kAnswerTimeoutMs));
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 2);
    }

    void firstOrder_buildsTheConfirmationOnceAndReusesIt()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        QCOMPARE(fixture.dialog(), nullptr);
        fillOrder(fixture, QStringLiteral("lazy"));
        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        QTRY_VERIFY(fixture.dialogShown());
        ConfirmOrderDialog* first = fixture.dialog();
        QVERIFY(first && first->isVisible());
        QCOMPARE(first->windowModality(), Qt::WindowModal);
        QTest::mouseClick(fixture.dialogButton(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!fixture.dialogShown());
        QVERIFY(fixture.orderButton()->isEnabled());

        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        QTRY_VERIFY(fixture.dialogShown());
        QCOMPARE(fixture.dialog(), first);
        QVERIFY(fixture.dialogShown());
        QCOMPARE(fixture.page->findChildren<ConfirmOrderDialog*>().size(), 1);
        QTest::mouseClick(fixture.dialogButton(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);
    }

    void cancelInTheConfirmation_sendsAndRecordsNothing()
    {
        Fixture fixture(QStringLiteral("volcengine"));
        fillOrder(fixture, QStringLiteral("cancel"));
        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        QTRY_VERIFY(fixture.dialogShown());
        QVERIFY(fixture.dialogShown());
        QTest::mouseClick(fixture.dialogButton(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!fixture.dialogShown());
        QTest::qWait(200);

        QVERIFY(fixture.context->sandbox());
        QCOMPARE(fixture.context->sandbox()->requestCount(), 0);
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);
        QVERIFY(!fixture.find<QWidget>(QStringLiteral("outcomeBox"))->isVisible());
        QVERIFY(fixture.orderButton()->isEnabled());
    }

    void escapeInTheConfirmation_sendsNothing()
    {
        Fixture fixture(QStringLiteral("huaweicloud"));
        fillOrder(fixture, QStringLiteral("escape"));
        QTest::mouseClick(fixture.orderButton(), Qt::LeftButton);
        QTRY_VERIFY(fixture.dialogShown());
        QVERIFY(fixture.dialogShown());
        QTest::keyClick(fixture.dialog(), Qt::Key_Escape);
        QVERIFY(!fixture.dialogShown());
        QTest::qWait(200);
        QCOMPARE(fixture.context->sandbox()->requestCount(), 0);
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);
    }

    void cancelWhileReadingTheKey_sendsNothing()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        fillOrder(fixture, QStringLiteral("wait"));
        auto* cancel = fixture.find<QPushButton>(QStringLiteral("cancelButton"));
        QVERIFY(!cancel->isEnabled());
        fixture.orderButton()->click();
        QTRY_VERIFY(fixture.dialogShown());
        // The keychain answers from the event loop, so the page is still waiting for it here.
        fixture.dialogButton(QDialogButtonBox::Ok)->click();
        QVERIFY(cancel->isEnabled());
        QVERIFY(fixture.find<QProgressBar>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(!fixture.orderButton()->isEnabled());
        QVERIFY(!fixture.find<QWidget>(QStringLiteral("PhysicalConnectionId"))->isEnabled());
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        QTest::qWait(200);

        QCOMPARE(fixture.context->sandbox()->requestCount(), 0);
        QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);
        QCOMPARE(fixture.find<QLabel>(QStringLiteral("outcomeTitle"))->text(),
                 QStringLiteral("Not sent; nothing was bought."));
        QCOMPARE(fixture.find<QLabel>(QStringLiteral("outcomeExplanation"))->text(),
                 QStringLiteral("You cancelled the order before it was sent. Nothing was ordered."));
        QVERIFY(fixture.orderButton()->isEnabled());
        QVERIFY(fixture.find<QWidget>(QStringLiteral("PhysicalConnectionId"))->isEnabled());
    }

    void rejectedOrder_showsTheCodeAndTheCataloguesExplanation()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        fillOrder(fixture, QStringLiteral("notfound"));
        const qint64 ledgerId = placeOrder(fixture);
        QVERIFY(ledgerId > 0);

        const QString code = QStringLiteral("InvalidPhysicalConnectionId.NotFound");
        const ErrorInfo* info = fixture.provider->errorCatalogue().find(code);
        QVERIFY(info);
        const QString explanation = fixture.provider->errorCatalogue().explanation(*info).toEnglish();
        QVERIFY(!explanation.isEmpty());
        QCOMPARE(fixture.find<QLabel>(QStringLiteral("outcomeTitle"))->text(),
                 QStringLiteral("Alibaba Cloud rejected the order; nothing was bought."));
        const QStringList paragraphs =
            fixture.find<QLabel>(QStringLiteral("outcomeExplanation"))->text().split(QStringLiteral("\n\n"));
        QVERIFY(paragraphs.size() >= 3);
        QCOMPARE(paragraphs.at(0), QStringLiteral("Error code: ") + code);
        QCOMPARE(paragraphs.at(1),
                 QStringLiteral("Provider's message: The PhysicalConnectionId provided does not exist in our "
                                "records."));
        QCOMPARE(paragraphs.at(2), explanation);
        QCOMPARE(fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"))->text(), QString());
        QVERIFY(!fixture.find<QPushButton>(QStringLiteral("copyOrderIdButton"))->isEnabled());
        QCOMPARE(fixture.context->ledger().order(ledgerId)->status, OrderStatus::Rejected);
    }

    void droppedConnection_isUnknownAndSaysWhereToCheck()
    {
        // UniCloud has no idempotency token, so the client does not resend and the outcome stays open.
        Fixture fixture(QStringLiteral("unicloud"));
        fillOrder(fixture, QStringLiteral("drop"));
        const qint64 ledgerId = placeOrder(fixture);
        QVERIFY(ledgerId > 0);
        QCOMPARE(fixture.context->ledger().order(ledgerId)->status, OrderStatus::Unknown);
        QCOMPARE(fixture.find<QLabel>(QStringLiteral("outcomeTitle"))->text(),
                 QStringLiteral("Outcome unknown: the order may have been placed."));
        const QStringList paragraphs =
            fixture.find<QLabel>(QStringLiteral("outcomeExplanation"))->text().split(QStringLiteral("\n\n"));
        QVERIFY(paragraphs.size() >= 2);
        QCOMPARE(paragraphs.at(0),
                 OutcomeText::unknown(*fixture.provider, OutcomeText::Uncertainty::NoAnswer).toEnglish());
        QCOMPARE(paragraphs.at(1),
                 QStringLiteral("Once you have checked, record the result in the order history (entry %1): "
                                "mark it as placed, with the provider's order ID, or as not placed.")
                     .arg(ledgerId));
        QVERIFY(!fixture.find<QLabel>(QStringLiteral("outcomeExplanation"))
                     ->text()
                     .contains(QStringLiteral("send it again from the order history")));
        QCOMPARE(fixture.find<QLineEdit>(QStringLiteral("outcomeOrderId"))->text(), QString());
    }

    void languageSwitch_changesTheFieldLabelsAtOnce()
    {
        Fixture fixture(QStringLiteral("aliyun"));
        QLabel* label = fixture.page->binder().label(QStringLiteral("PhysicalConnectionId"));
        auto* cycle = fixture.find<QComboBox>(QStringLiteral("PricingCycle"));
        QCOMPARE(withoutMnemonic(label->text()), QStringLiteral("Express Connect circuit ID *:"));
        QCOMPARE(cycle->currentText(), QStringLiteral("Month"));
        fillOrder(fixture, QStringLiteral("lang"));
        fill(fixture.page.get(), QStringLiteral("PhysicalConnectionId"), QString());
        QCOMPARE(errorText(fixture, QStringLiteral("PhysicalConnectionId")),
                 QStringLiteral("Express Connect circuit ID is required."));

        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(withoutMnemonic(label->text()).startsWith(QString::fromUtf8("物理专线ID")),
                     qPrintable(label->text()));
        QCOMPARE(cycle->currentText(), QString::fromUtf8("月"));
        // Chinese labels take their mnemonic from the API name where their own Latin letters are taken.
        for (const FieldSpec& field : fixture.provider->schema().fields())
            QVERIFY2(fixture.page->binder().label(field.name)->text().contains(QLatin1Char('&')),
                     qPrintable(field.name));
        QCOMPARE(cycle->currentData().toString(), QStringLiteral("Month"));
        QCOMPARE(fixture.find<QLineEdit>(QStringLiteral("PhysicalConnectionId"))->toolTip(),
                 fixture.provider->schema()
                     .help(*fixture.provider->schema().field(QStringLiteral("PhysicalConnectionId")))
                     .toString());
        QVERIFY(errorText(fixture, QStringLiteral("PhysicalConnectionId")) !=
                QStringLiteral("Express Connect circuit ID is required."));
        // The message names the field as the Chinese form does.
        QVERIFY(errorText(fixture, QStringLiteral("PhysicalConnectionId"))
                    .contains(QString::fromUtf8("物理专线ID")));

        fixture.context->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(withoutMnemonic(label->text()), QStringLiteral("Express Connect circuit ID *:"));
        QCOMPARE(cycle->currentText(), QStringLiteral("Month"));
    }

    void productInfosEditor_roundTripsTheSeedList()
    {
        const QString seed = OrderFlowSupport::params(QStringLiteral("huaweicloud"), QStringLiteral("x"))
                                 .filter(QStringLiteral("product_infos="))
                                 .first()
                                 .mid(int(qstrlen("product_infos=")));
        ProductInfosEditor editor;
        QSignalSpy changed(&editor, &ProductInfosEditor::changed);
        QVERIFY(editor.setValue(seed));
        QCOMPARE(editor.rowCount(), 1);
        QCOMPARE(editor.table()->columnCount(), 6);
        QCOMPARE(editor.table()->item(0, 2)->text(), QStringLiteral("30"));
        QCOMPARE(editor.value(), seed);
        QVERIFY(!changed.isEmpty());

        // A key without a column stays with its product.
        const QString withExtra = QStringLiteral(
            "[{\"cloud_service_type\":\"a\",\"display_id\":\"d\",\"product_id\":\"p\",\"resource_size\":1}]");
        QVERIFY(editor.setValue(withExtra));
        QCOMPARE(editor.value(), withExtra);

        QVERIFY(!editor.setValue(QStringLiteral("{\"not\":\"a list\"}")));
        QCOMPARE(editor.rowCount(), 0);
        QCOMPARE(editor.value(), QString());
    }

    void productInfosEditor_typedRowsBecomeTheJsonList()
    {
        ProductInfosEditor editor;
        editor.show();
        QSignalSpy changed(&editor, &ProductInfosEditor::changed);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addProductButton")), Qt::LeftButton);
        QCOMPARE(editor.rowCount(), 1);
        const QStringList cells{QStringLiteral("hws.service.type.sdg"),
                                QStringLiteral("p-1"),
                                QStringLiteral("30"),
                                QStringLiteral("thirty"),
                                QString(),
                                QStringLiteral("hws.resource.type.dsc.base")};
        for (int column = 0; column < cells.size(); ++column)
            editor.table()->item(0, column)->setText(cells.at(column));
        QCOMPARE(editor.value(),
                 QStringLiteral("[{\"cloud_service_type\":\"hws.service.type.sdg\",\"product_id\":\"p-1\","
                                "\"resource_size\":30,\"resource_size_measure_id\":\"thirty\","
                                "\"resource_type\":\"hws.resource.type.dsc.base\"}]"));
        // The new row starts as the API page's example: three cells differ from it.
        QVERIFY(changed.count() >= 1 + 3);

        editor.table()->selectRow(0);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("removeProductButton")),
                          Qt::LeftButton);
        QCOMPARE(editor.rowCount(), 0);
        QCOMPARE(editor.value(), QString());
    }

    void productInfos_mistakeInARow_isShownNextToTheTable()
    {
        Fixture fixture(QStringLiteral("huaweicloud"));
        fillOrder(fixture, QStringLiteral("rows"));
        QVERIFY(fixture.orderButton()->isEnabled());
        auto* editor = fixture.find<ProductInfosEditor>(QStringLiteral("product_infos"));
        editor->table()->item(0, 3)->setText(QStringLiteral("thirty"));
        // Named as the table names it, not as the API does.
        QCOMPARE(errorText(fixture, QStringLiteral("product_infos")),
                 QStringLiteral("Product 1, Unit: must be a whole number from 0 to 2147483647."));
        QVERIFY(!fixture.orderButton()->isEnabled());
    }

    // What a user can paste into each text field of each provider's form (BadInput.h, from
    // the schema): a mistake disables Order and shows a message in the user's language, and
    // nothing is sent or recorded; a legitimate value is ordered as typed.
    void pastedValue_inATextField_disablesOrderOrIsOrderedAsTyped_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("allowed");
        ProviderRegistry registry;
        for (const Provider* provider : registry.all()) {
            OrderRequest valid;
            for (const QString& param : OrderFlowSupport::params(provider->id(), QStringLiteral("gui")))
                valid.params.insert(param.section(QLatin1Char('='), 0, 0),
                                    param.section(QLatin1Char('='), 1));
            for (const BadInput::Case& c : BadInput::cases(*provider, valid)) {
                // Spin boxes, lists, check boxes and the product table take no typed text.
                if (provider->schema().field(c.field)->type != FieldType::Text)
                    continue;
                QTest::newRow(qPrintable(c.name)) << provider->id() << c.field << c.value << c.allowed;
            }
        }
    }
    void pastedValue_inATextField_disablesOrderOrIsOrderedAsTyped()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, allowed);
        // Rejected values share one page per provider; an order needs a page of its own.
        std::unique_ptr<Fixture> own;
        if (allowed || !m_shared.contains(provider)) {
            own = std::make_unique<Fixture>(provider);
            QVERIFY(own->ok && own->page);
            fillOrder(*own, QStringLiteral("gui"));
            if (QTest::currentTestFailed())
                return;
        }
        if (!allowed && !m_shared.contains(provider))
            m_shared.insert(provider, own.release());
        Fixture& fixture = allowed ? *own : *m_shared.value(provider);
        auto* edit = fixture.find<QLineEdit>(field);
        QVERIFY2(edit, qPrintable(field));
        const QString before = edit->text();
        QVERIFY2(fixture.orderButton()->isEnabled(), qPrintable(errorText(fixture, field)));

        edit->setFocus();
        edit->selectAll();
        if (value.isEmpty()) {
            QTest::keyClick(edit, Qt::Key_Backspace);
        } else {
            QGuiApplication::clipboard()->setText(value);
            QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        }
        // The line edit keeps what was pasted, control characters included: the rules decide.
        QCOMPARE(edit->text(), value);

        if (!allowed) {
            QVERIFY(!fixture.orderButton()->isEnabled());
            const QString english = errorText(fixture, field);
            QVERIFY2(!english.isEmpty(), qPrintable(field));
            fixture.context->setLanguage(QStringLiteral("zh_CN"));
            if (value.isEmpty() && field == fixture.provider->regionParameter()) {
                // An emptied region field is filled again with the account's region when the
                // page is rebuilt for the new language: nothing left to report.
                QTRY_VERIFY(!edit->text().isEmpty());
                QVERIFY(fixture.orderButton()->isEnabled());
                fixture.context->setLanguage(QStringLiteral("en"));
                return;
            }
            QTRY_VERIFY2(BadInput::containsChinese(errorText(fixture, field)),
                         qPrintable(errorText(fixture, field)));
            const QStringList words =
                BadInput::untranslatedWords(errorText(fixture, field), *fixture.provider, value);
            QVERIFY2(words.isEmpty(), qPrintable(errorText(fixture, field)));
            fixture.context->setLanguage(QStringLiteral("en"));
            // Enter tries to order: nothing opens, nothing is sent or recorded.
            QTest::keyClick(edit, Qt::Key_Return);
            QVERIFY(!fixture.dialogShown());
            QCOMPARE(fixture.context->ledger().count(OrderQuery{}), 0);
            SimServer* sim = SandboxSimulator::server(*fixture.context);
            QCOMPARE(sim ? sim->requestCount() : 0, 0);
            // Back to the valid value for the next row.
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, before);
            QCOMPARE(edit->text(), before);
            return;
        }

        QVERIFY2(fixture.orderButton()->isEnabled(), qPrintable(errorText(fixture, field)));
        const qint64 ledgerId = placeOrder(fixture);
        QVERIFY2(ledgerId > 0, qPrintable(QString::number(ledgerId)));
        SimServer* sim = SandboxSimulator::server(*fixture.context);
        QVERIFY(sim);
        QCOMPARE(sim->orderCount(), 1);
        const QJsonObject sent = sim->orders().first().params;
        const std::optional<OrderRecord> record = fixture.context->ledger().order(ledgerId);
        QVERIFY(record);
        if (value.isEmpty()) {
            if (fixture.provider->schema().field(field)->generated)
                QCOMPARE(sim->orders().first().token, record->idempotencyToken);
            else
                QVERIFY(!sent.contains(field));
        } else {
            QCOMPARE(sent.value(field).toString().toUtf8(), value.toUtf8());
            QCOMPARE(record->params.value(field).toUtf8(), value.toUtf8());
        }
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_shared);
        m_shared.clear();
    }

    void spinBoxes_takeNoLetters_andKeepANumberOutOfRangeAsTyped_data() { providers_data(); }
    void spinBoxes_takeNoLetters_andKeepANumberOutOfRangeAsTyped()
    {
        QFETCH(QString, provider);
        Fixture fixture(provider);
        fillOrder(fixture, QStringLiteral("gui"));
        if (QTest::currentTestFailed())
            return;
        for (const FieldSpec& field : fixture.provider->schema().fields()) {
            auto* spin = fixture.find<QSpinBox>(field.name);
            if (!spin)
                continue;
            const int before = spin->value();
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("abc"));
            QCOMPARE(spin->value(), before);
            if (!field.hasRange)
                continue;
            const QString tooMany = QString::number(field.maximum + 1);
            spin->selectAll();
            QTest::keyClicks(spin, tooMany);
            QCOMPARE(QString::number(spin->value()), tooMany);
            QVERIFY2(!fixture.orderButton()->isEnabled(), qPrintable(field.name));
            spin->selectAll();
            QTest::keyClicks(spin, QString::number(before));
        }
        QVERIFY(fixture.orderButton()->isEnabled());
    }

private:
    QHash<QString, Fixture*> m_shared;
};

QTEST_MAIN(TestOrderPage)
#include "tst_orderpage.moc"
