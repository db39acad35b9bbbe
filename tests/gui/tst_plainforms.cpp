#include "AppContext.h"
#include "FormBinder.h"
#include "OrderPage.h"
#include "ProductCellDelegate.h"
#include "ProductInfosEditor.h"
#include "SandboxSimulator.h"
#include "TestArtifacts.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrderDesk;

namespace {

// One provider's order page in one language, on a data folder of its own.
struct Fixture
{
    Fixture(const QString& providerId, const QString& language)
    {
        TestArtifacts::keepIfAsked(dir);
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(language);
        provider = context->providers().find(providerId);
        if (provider) {
            page = std::make_unique<OrderPage>(*context, *provider);
            page->resize(900, 900);
            page->show();
        }
    }

    template<typename T> T* find(const QString& name) const { return page->findChild<T*>(name); }
    ProductInfosEditor* products() const { return find<ProductInfosEditor>(QStringLiteral("product_infos")); }
    QLabel* productsError() const { return find<QLabel>(QStringLiteral("product_infos_error")); }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    const Provider* provider = nullptr;
    std::unique_ptr<OrderPage> page;
    bool ok = false;
};

void languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

bool inEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

QStringList headerTexts(QTableWidget* table)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append(table->horizontalHeaderItem(column)->text());
    return texts;
}

} // namespace

// What a finance clerk fills in without a cloud engineer: UniCloud's codes as choices in plain
// words, and Huawei Cloud's product table with plain headers, an editor per column, and a new
// row that starts from the API page's example without a wall of red.
class TestPlainForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniCloud_codes_areChoicesInPlainWordsWithTheSeedValue_data() { languages(); }
    void uniCloud_codes_areChoicesInPlainWordsWithTheSeedValue()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("unicloud"), language);
        QVERIFY(fixture.ok && fixture.page);
        const bool en = inEnglish(language);
        struct Expected
        {
            const char* field;
            const char* code;
            QString label;
        };
        const QList<Expected> expected{
            {"componentCode", "nas.onestor",
             en ? QStringLiteral("NAS file storage") : QStringLiteral("NAS 文件存储")},
            {"specificationCode", "nas.capacity.nfs",
             en ? QStringLiteral("Capacity storage, NFS protocol")
                : QStringLiteral("容量型存储（NFS 协议）")},
            {"payType", "DAY_MONTH_USAGE",
             en ? QStringLiteral("Billing mode DAY_MONTH_USAGE (as in UniCloud's example)")
                : QStringLiteral("计费模式 DAY_MONTH_USAGE（紫光云示例中的取值）")},
            {"renewType", "manualrenew", en ? QStringLiteral("Renew manually") : QStringLiteral("手动续费")},
        };
        for (const Expected& field : expected) {
            const QString name = QString::fromLatin1(field.field);
            auto* combo = fixture.find<QComboBox>(name);
            QVERIFY2(combo, qPrintable(name + QStringLiteral(" is not a list to choose from")));
            QCOMPARE(combo->currentData().toString(), QString::fromLatin1(field.code));
            QCOMPARE(combo->currentText(), field.label);
            // The code is there only as secondary text, for comparing with UniCloud's pages.
            QVERIFY(combo->itemData(combo->currentIndex(), Qt::ToolTipRole)
                        .toString()
                        .contains(QString::fromLatin1(field.code)));
            // No help text sends the user to copy a spelling from the API's pages.
            QVERIFY2(!combo->toolTip().contains(QLatin1String("API")), qPrintable(combo->toolTip()));
            QCOMPARE(fixture.page->binder().value(name), QString::fromLatin1(field.code));
        }
        // Labels of the fields in the language, too.
        auto* payLabel = fixture.page->binder().label(QStringLiteral("payType"));
        QVERIFY(payLabel->text()
                    .remove(QLatin1Char('&'))
                    .startsWith(en ? QStringLiteral("Billing mode") : QStringLiteral("计费模式")));
    }

    // Seen: the service was a text field to type Huawei's code into.
    void huawei_service_isAChoiceInWords_data() { languages(); }
    void huawei_service_isAChoiceInWords()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("huaweicloud"), language);
        QVERIFY(fixture.ok && fixture.page);
        auto* combo = fixture.find<QComboBox>(QStringLiteral("cloud_service_type"));
        QVERIFY2(combo, "the service is not a list to choose from");
        QCOMPARE(combo->currentData().toString(), QStringLiteral("hws.service.type.sdg"));
        QCOMPARE(combo->currentText(), inEnglish(language) ? QStringLiteral("Data Security Center")
                                                           : QStringLiteral("数据安全中心"));
    }

    void huaweiProducts_newRow_isTheExampleAndQuietUntilTouched()
    {
        Fixture fixture(QStringLiteral("huaweicloud"), QStringLiteral("en"));
        QVERIFY(fixture.ok && fixture.page);
        ProductInfosEditor* editor = fixture.products();
        QTableWidget* table = editor->table();
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addProductButton")),
                          Qt::LeftButton);
        QCOMPARE(editor->rowCount(), 1);
        // The API page's example, except the account's own product ID.
        const QStringList cells{QStringLiteral("hws.service.type.sdg"),
                                QString(),
                                QStringLiteral("30"),
                                QStringLiteral("30"),
                                QStringLiteral("base_professional"),
                                QStringLiteral("hws.resource.type.dsc.base")};
        for (int column = 0; column < cells.size(); ++column)
            QCOMPARE(table->item(0, column)->text(), cells.at(column));
        // Not red before the user did anything with it.
        QCOMPARE(fixture.productsError()->text(), QString());
        for (int column = 0; column < cells.size(); ++column) {
            QVERIFY(!table->item(0, column)->data(Qt::ForegroundRole).isValid());
            QCOMPARE(table->item(0, column)->toolTip(), QString());
        }
        // The missing product ID still keeps the order from being sent.
        QVERIFY(!fixture.find<QPushButton>(QStringLiteral("orderButton"))->isEnabled());

        // Emptying a cell with the keyboard shows its problem, in plain words, and only its own.
        table->setFocus();
        table->setCurrentCell(0, 2);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->item(0, 2)->text(), QString());
        // The message line shows what fits; its tooltip holds every message.
        QTRY_VERIFY(!fixture.productsError()->text().isEmpty());
        QCOMPARE(fixture.productsError()->toolTip(), QStringLiteral("Product 1, Quantity: required."));
        QCOMPARE(table->item(0, 2)->toolTip(), QStringLiteral("Product 1, Quantity: required."));
        QVERIFY(table->item(0, 2)->data(Qt::ForegroundRole).isValid());
        QCOMPARE(table->item(0, 1)->toolTip(), QString());

        // Trying to order shows every problem.
        auto* project = fixture.find<QLineEdit>(QStringLiteral("project_id"));
        project->setFocus();
        QTest::keyClick(project, Qt::Key_Return);
        QVERIFY(
            fixture.productsError()->toolTip().contains(QStringLiteral("Product 1, Product ID: required.")));
        QCOMPARE(table->item(0, 1)->toolTip(), QStringLiteral("Product 1, Product ID: required."));
    }

    void huaweiProducts_headersAreTranslatedAtRunTime()
    {
        Fixture fixture(QStringLiteral("huaweicloud"), QStringLiteral("en"));
        QVERIFY(fixture.ok && fixture.page);
        QTableWidget* table = fixture.products()->table();
        QCOMPARE(headerTexts(table),
                 (QStringList{QStringLiteral("Service"), QStringLiteral("Product ID"),
                              QStringLiteral("Quantity"), QStringLiteral("Unit"), QStringLiteral("Edition"),
                              QStringLiteral("Resource type")}));
        // The API's name only as secondary text.
        QVERIFY(
            table->horizontalHeaderItem(3)->toolTip().contains(QLatin1String("resource_size_measure_id")));

        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(
            headerTexts(table),
            (QStringList{QStringLiteral("云服务"), QStringLiteral("产品 ID"), QStringLiteral("数量"),
                         QStringLiteral("单位"), QStringLiteral("版本规格"), QStringLiteral("资源类型")}));
        QVERIFY(
            table->horizontalHeaderItem(3)->toolTip().contains(QLatin1String("resource_size_measure_id")));

        // A code's cell shows its name in the language; the cell keeps the code.
        QTest::mouseClick(fixture.products()->findChild<QPushButton*>(QStringLiteral("addProductButton")),
                          Qt::LeftButton);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("30"));
        QCOMPARE(ProductCellDelegate::displayedText(3, table->item(0, 3)->text()),
                 QStringLiteral("数据库（个）"));
        QCOMPARE(ProductCellDelegate::displayedText(4, table->item(0, 4)->text()), QStringLiteral("专业版"));
    }

    void huaweiProducts_eachColumnHasItsEditor()
    {
        ProductInfosEditor editor;
        editor.resize(900, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addProductButton")), Qt::LeftButton);
        QTableWidget* table = editor.table();
        QCOMPARE(QApplication::focusWidget(), table);

        // F2 on the unit opens a list of unit names; choosing one stores its measure ID.
        table->setCurrentCell(0, 3);
        QTest::keyClick(table, Qt::Key_F2);
        auto* unit = table->findChild<QComboBox*>(QStringLiteral("productCellChoice"));
        QVERIFY(unit);
        QCOMPARE(unit->currentText(), QStringLiteral("Databases"));
        QVERIFY(
            unit->itemData(unit->currentIndex(), Qt::ToolTipRole).toString().contains(QLatin1String("30")));
        unit->setCurrentIndex(unit->findData(QStringLiteral("47")));
        Q_EMIT unit->activated(unit->currentIndex());
        QTest::keyClick(unit, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 3)->text(), QStringLiteral("47"));

        // The quantity is a number box.
        table->setFocus();
        table->setCurrentCell(0, 2);
        QTest::keyClick(table, Qt::Key_F2);
        auto* quantity = table->findChild<QSpinBox*>(QStringLiteral("productCellNumber"));
        QVERIFY(quantity);
        QCOMPARE(quantity->value(), 30);
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("5"));
        QTest::keyClick(quantity, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("5"));

        // The product ID is typed.
        table->setFocus();
        table->setCurrentCell(0, 1);
        // The first key opens the cell's editor, which takes the rest.
        QTest::keyClick(table, Qt::Key_P);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("p-1"));

        QCOMPARE(editor.value(),
                 QStringLiteral("[{\"cloud_service_type\":\"hws.service.type.sdg\",\"product_id\":\"p-1\","
                                "\"resource_size\":5,\"resource_size_measure_id\":47,"
                                "\"resource_spec_code\":\"base_professional\","
                                "\"resource_type\":\"hws.resource.type.dsc.base\"}]"));
    }

    void huaweiProducts_tableAndButtonsAreReachedWithTab()
    {
        Fixture fixture(QStringLiteral("huaweicloud"), QStringLiteral("en"));
        QVERIFY(fixture.ok && fixture.page);
        QVERIFY(QTest::qWaitForWindowExposed(fixture.page.get()));
        ProductInfosEditor* editor = fixture.products();
        auto* renew = fixture.find<QComboBox>(QStringLiteral("is_auto_renew"));
        renew->setFocus();
        QTest::keyClick(renew, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor->table());
        QTest::keyClick(editor->table(), Qt::Key_Tab);
        auto* add = editor->findChild<QPushButton*>(QStringLiteral("addProductButton"));
        QCOMPARE(QApplication::focusWidget(), add);
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(editor->rowCount(), 1);
        // The new row has the keys, where the product ID is to be typed.
        QCOMPARE(QApplication::focusWidget(), editor->table());
        QCOMPARE(editor->table()->currentColumn(), 1);
        auto* remove = editor->findChild<QPushButton*>(QStringLiteral("removeProductButton"));
        QVERIFY(remove->isEnabled());
        QTest::keyClick(editor->table(), Qt::Key_Tab);
        QTest::keyClick(add, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), remove);
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(editor->rowCount(), 0);
    }
};

QTEST_MAIN(TestPlainForms)
#include "tst_plainforms.moc"
