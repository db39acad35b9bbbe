#include "OrderConfirmation.h"

#include "providers/Provider.h"

#include <QCoreApplication>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderConfirmation";

QString translated(const char* source, int n = -1)
{
    return QCoreApplication::translate(kContext, source, nullptr, n);
}

} // namespace

QString OrderConfirmation::termText(const OrderTerm& term)
{
    switch (term.unit) {
    case OrderTerm::Unit::Day:
        return translated(QT_TRANSLATE_N_NOOP("OrderDesk::OrderConfirmation", "%n day(s)"), term.length);
    case OrderTerm::Unit::Month:
        return translated(QT_TRANSLATE_N_NOOP("OrderDesk::OrderConfirmation", "%n month(s)"), term.length);
    case OrderTerm::Unit::Year:
        return translated(QT_TRANSLATE_N_NOOP("OrderDesk::OrderConfirmation", "%n year(s)"), term.length);
    }
    return QString::number(term.length);
}

std::optional<OrderTerm> OrderConfirmation::longTerm(const PreparedOrder& prepared)
{
    if (!prepared.provider)
        return std::nullopt;
    const std::optional<OrderTerm> term = prepared.provider->term(prepared.order.params);
    if (term && term->isLongerThanOneYear())
        return term;
    return std::nullopt;
}

QString OrderConfirmation::longTermWarning(const OrderTerm& term)
{
    return translated(QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation", "This order is for %1."))
        .arg(termText(term));
}

QString OrderConfirmation::maskedKeyId(const QString& accessKeyId)
{
    if (accessKeyId.size() <= 8)
        return accessKeyId;
    return accessKeyId.left(4) + QStringLiteral("…") + accessKeyId.right(4);
}

QString OrderConfirmation::sentence(const PreparedOrder& prepared, const QString& accessKeyId)
{
    if (!prepared.provider)
        return {};
    const Provider& provider = *prepared.provider;
    const QString what =
        translated(QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation", "%1 %2 %3"))
            .arg(provider.displayName().toString(), provider.resourceNoun().toString(), prepared.resourceId);
    const QString account = accessKeyId.isEmpty()
                                ? prepared.profile
                                : translated(QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation", "%1 (%2)"))
                                      .arg(prepared.profile, maskedKeyId(accessKeyId));
    if (const std::optional<OrderTerm> term = provider.term(prepared.order.params))
        return translated(
                   QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation", "Buy %1 for %2, with account %3."))
            .arg(what, termText(*term), account);
    return translated(QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation", "Buy %1, with account %2."))
        .arg(what, account);
}

QString OrderConfirmation::payment(const PreparedOrder& prepared, bool sandbox)
{
    if (sandbox)
        return translated(
            QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation",
                              "Sandbox: the order goes to the built-in simulator. Nothing is bought "
                              "and nothing is paid."));
    if (!prepared.provider)
        return {};
    const QString name = prepared.provider->displayName().toString();
    switch (prepared.provider->payment(prepared.order.params)) {
    case PaymentState::AwaitingPaymentInConsole:
        return translated(
                   QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation",
                                     "The order will be created UNPAID: pay it in the %1 console within "
                                     "the provider's deadline, or it lapses."))
            .arg(name);
    case PaymentState::PaidAtOnce:
        return translated(
            QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation",
                              "It is paid from the account's balance at once; it cannot be taken "
                              "back here."));
    case PaymentState::CheckInConsole:
        break;
    }
    return translated(
               QT_TRANSLATE_NOOP("OrderDesk::OrderConfirmation",
                                 "The account is charged as %1 bills this order: check in the %1 console "
                                 "whether it is paid."))
        .arg(name);
}

} // namespace OrderDesk
