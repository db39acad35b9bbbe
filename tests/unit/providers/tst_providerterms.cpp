#include "ProviderTestSupport.h"
#include "providers/ProviderRegistry.h"

#include <QTest>

#include <optional>

using namespace OrderDesk;

namespace {

using Params = QMap<QString, QString>;
using Unit = OrderTerm::Unit;

// The provider's seed example with some parameters changed; an empty value removes one.
Params seedWith(const QString& provider, const Params& changes)
{
    Params params = ProviderTestSupport::seedExampleOrder(provider).params;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isEmpty())
            params.remove(it.key());
        else
            params.insert(it.key(), it.value());
    }
    return params;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<OrderDesk::OrderTerm>)
Q_DECLARE_METATYPE(OrderDesk::PaymentState)

// The subscription length and the payment of an order, read by each provider from its own
// parameters: the export and `history --json` ask the provider, never a list of provider ids.
class TestProviderTerms : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_providers;

private Q_SLOTS:
    void term_readsEachProvidersOwnParameters_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<Params>("changes");
        QTest::addColumn<std::optional<OrderTerm>>("expected");
        const auto term = [](int length, Unit unit) {
            return std::optional<OrderTerm>(OrderTerm{length, unit});
        };
        const std::optional<OrderTerm> none;

        // Volcengine: Period + PeriodUnit (Month or Year); both may be left to the API's defaults.
        QTest::newRow("volcengine seed") << QStringLiteral("volcengine") << Params() << term(1, Unit::Month);
        QTest::newRow("volcengine 2 years") << QStringLiteral("volcengine")
                                            << Params{{QStringLiteral("Period"), QStringLiteral("2")},
                                                      {QStringLiteral("PeriodUnit"), QStringLiteral("Year")}}
                                            << term(2, Unit::Year);
        QTest::newRow("volcengine defaults")
            << QStringLiteral("volcengine")
            << Params{{QStringLiteral("Period"), QString()}, {QStringLiteral("PeriodUnit"), QString()}}
            << term(1, Unit::Month);
        QTest::newRow("volcengine unknown unit")
            << QStringLiteral("volcengine") << Params{{QStringLiteral("PeriodUnit"), QStringLiteral("Week")}}
            << none;
        QTest::newRow("volcengine not a number")
            << QStringLiteral("volcengine") << Params{{QStringLiteral("Period"), QStringLiteral("one")}}
            << none;

        // Alibaba Cloud: Period + PricingCycle (Month by default); Period has no default.
        QTest::newRow("aliyun seed") << QStringLiteral("aliyun") << Params() << term(1, Unit::Month);
        QTest::newRow("aliyun 5 years") << QStringLiteral("aliyun")
                                        << Params{{QStringLiteral("Period"), QStringLiteral("5")},
                                                  {QStringLiteral("PricingCycle"), QStringLiteral("Year")}}
                                        << term(5, Unit::Year);
        QTest::newRow("aliyun 9 months, cycle left out")
            << QStringLiteral("aliyun")
            << Params{{QStringLiteral("Period"), QStringLiteral("9")},
                      {QStringLiteral("PricingCycle"), QString()}}
            << term(9, Unit::Month);
        QTest::newRow("aliyun no period")
            << QStringLiteral("aliyun") << Params{{QStringLiteral("Period"), QString()}} << none;
        QTest::newRow("aliyun zero") << QStringLiteral("aliyun")
                                     << Params{{QStringLiteral("Period"), QStringLiteral("0")}} << none;

        // UniCloud: rentCount + rentUnit (day, month, year).
        QTest::newRow("unicloud seed") << QStringLiteral("unicloud") << Params() << term(1, Unit::Month);
        QTest::newRow("unicloud 30 days") << QStringLiteral("unicloud")
                                          << Params{{QStringLiteral("rentCount"), QStringLiteral("30")},
                                                    {QStringLiteral("rentUnit"), QStringLiteral("day")}}
                                          << term(30, Unit::Day);
        QTest::newRow("unicloud 3 years") << QStringLiteral("unicloud")
                                          << Params{{QStringLiteral("rentCount"), QStringLiteral("3")},
                                                    {QStringLiteral("rentUnit"), QStringLiteral("year")}}
                                          << term(3, Unit::Year);
        QTest::newRow("unicloud no unit")
            << QStringLiteral("unicloud") << Params{{QStringLiteral("rentUnit"), QString()}} << none;
        QTest::newRow("unicloud padded count")
            << QStringLiteral("unicloud") << Params{{QStringLiteral("rentCount"), QStringLiteral(" 2")}}
            << none;

        // Huawei Cloud: period_num + period_type (2 month, 3 year); pay-per-use has no length.
        QTest::newRow("huaweicloud seed")
            << QStringLiteral("huaweicloud") << Params() << term(1, Unit::Month);
        QTest::newRow("huaweicloud 2 years") << QStringLiteral("huaweicloud")
                                             << Params{{QStringLiteral("period_num"), QStringLiteral("2")},
                                                       {QStringLiteral("period_type"), QStringLiteral("3")}}
                                             << term(2, Unit::Year);
        QTest::newRow("huaweicloud unknown type")
            << QStringLiteral("huaweicloud") << Params{{QStringLiteral("period_type"), QStringLiteral("1")}}
            << none;
        QTest::newRow("huaweicloud pay-per-use")
            << QStringLiteral("huaweicloud") << Params{{QStringLiteral("charging_mode"), QStringLiteral("1")}}
            << none;
    }

    void term_readsEachProvidersOwnParameters()
    {
        QFETCH(QString, provider);
        QFETCH(Params, changes);
        QFETCH(std::optional<OrderTerm>, expected);
        const Provider* subject = m_providers.find(provider);
        QVERIFY(subject);
        const std::optional<OrderTerm> actual = subject->term(seedWith(provider, changes));
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(actual->length, expected->length);
            QCOMPARE(actual->unit, expected->unit);
        }
    }

    void payment_followsEachProvidersApi_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<Params>("changes");
        QTest::addColumn<PaymentState>("expected");
        // Volcengine creates and pays the order in one step.
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << Params() << PaymentState::PaidAtOnce;
        // Alibaba Cloud leaves it unpaid unless AutoPay is true.
        QTest::newRow("aliyun AutoPay=false")
            << QStringLiteral("aliyun") << Params() << PaymentState::AwaitingPaymentInConsole;
        QTest::newRow("aliyun AutoPay left out")
            << QStringLiteral("aliyun") << Params{{QStringLiteral("AutoPay"), QString()}}
            << PaymentState::AwaitingPaymentInConsole;
        QTest::newRow("aliyun AutoPay=true")
            << QStringLiteral("aliyun") << Params{{QStringLiteral("AutoPay"), QStringLiteral("true")}}
            << PaymentState::PaidAtOnce;
        // UniCloud and Huawei Cloud do not say: the console does.
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << Params() << PaymentState::CheckInConsole;
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << Params()
                                     << PaymentState::CheckInConsole;
    }

    void payment_followsEachProvidersApi()
    {
        QFETCH(QString, provider);
        QFETCH(Params, changes);
        QFETCH(PaymentState, expected);
        const Provider* subject = m_providers.find(provider);
        QVERIFY(subject);
        QCOMPARE(subject->payment(seedWith(provider, changes)), expected);
    }

    void everyProvider_readsItsSeedExample()
    {
        // A provider added later must say how long its orders last, or fail here.
        for (const Provider* provider : m_providers.all())
            QVERIFY2(provider->term(ProviderTestSupport::seedExampleOrder(provider->id()).params).has_value(),
                     qPrintable(provider->id()));
    }

    // Above one year, a length is confirmed twice: 13 months, 2 years, 366 days; not 12 months,
    // 1 year or 365 days.
    void term_longerThanOneYear()
    {
        using Unit = OrderTerm::Unit;
        QVERIFY(!(OrderTerm{12, Unit::Month}.isLongerThanOneYear()));
        QVERIFY((OrderTerm{13, Unit::Month}.isLongerThanOneYear()));
        QVERIFY(!(OrderTerm{1, Unit::Year}.isLongerThanOneYear()));
        QVERIFY((OrderTerm{2, Unit::Year}.isLongerThanOneYear()));
        QVERIFY(!(OrderTerm{365, Unit::Day}.isLongerThanOneYear()));
        QVERIFY((OrderTerm{366, Unit::Day}.isLongerThanOneYear()));
    }

    void names_haveStableKeysAndLabels()
    {
        QCOMPARE(OrderTerm::unitKey(Unit::Day), QStringLiteral("day"));
        QCOMPARE(OrderTerm::unitKey(Unit::Month), QStringLiteral("month"));
        QCOMPARE(OrderTerm::unitKey(Unit::Year), QStringLiteral("year"));
        QCOMPARE(OrderTerm::unitLabel(Unit::Year).toEnglish(), QStringLiteral("Year"));
        QStringList keys;
        for (PaymentState state : PaymentStateNames::all()) {
            keys << PaymentStateNames::key(state);
            QVERIFY(!PaymentStateNames::label(state).isEmpty());
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("paid_at_once"), QStringLiteral("awaiting_payment_in_console"),
                              QStringLiteral("check_in_console")}));
        QCOMPARE(PaymentStateNames::label(PaymentState::AwaitingPaymentInConsole).toEnglish(),
                 QStringLiteral("Awaiting payment in the console"));
    }
};

QTEST_GUILESS_MAIN(TestProviderTerms)
#include "tst_providerterms.moc"
