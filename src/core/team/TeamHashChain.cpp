#include "TeamHashChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamHashChain";

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString TeamHashChain::eventHash(const TeamEvent& event)
{
    const QStringList fields{event.prevHash,
                             QString::number(event.orderId),
                             QString::number(event.seq),
                             event.atMicros,
                             event.actor,
                             event.kind,
                             event.state,
                             event.detailText};
    return sha256Hex(fields.join(QLatin1Char('\n')));
}

QString TeamHashChain::payloadHash(const QString& payloadText)
{
    return sha256Hex(payloadText);
}

QList<TeamHashChain::Problem> TeamHashChain::check(const TeamOrder& order, const QList<TeamEvent>& events)
{
    QList<Problem> problems;
    const auto add = [&](const char* text, const QStringList& args = {}) {
        problems.append({order.id, LocalizedText(kContext, text, args)});
    };
    if (payloadHash(order.payloadText) != order.payloadHash)
        add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain",
                              "The order's parameters do not match their recorded hash."));
    if (events.isEmpty()) {
        add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain", "The order has no history."));
        return problems;
    }
    QString previous;
    QString lastPayloadHash;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TeamEvent& event = events.at(i);
        const QString seq = QString::number(event.seq);
        if (event.seq != i + 1)
            add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain", "Event %1 is out of sequence (expected %2)."),
                {seq, QString::number(i + 1)});
        if (event.prevHash != previous)
            add(QT_TRANSLATE_NOOP(
                    "OrderDesk::TeamHashChain",
                    "Event %1 does not follow the event before it (a link of the chain is broken)."),
                {seq});
        if (eventHash(event) != event.hash)
            add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain",
                                  "Event %1 was changed after it was written (its hash does not match)."),
                {seq});
        // An imported order names its payload's hash in its "imported" event (002_import.sql).
        if (event.kind == QLatin1String("submitted") || event.kind == QLatin1String("amended") ||
            event.kind == QLatin1String("imported")) {
            const QJsonObject detail = QJsonDocument::fromJson(event.detailText.toUtf8()).object();
            lastPayloadHash = detail.value(QStringLiteral("payload_hash")).toString();
        }
        previous = event.hash;
    }
    if (events.constLast().state != TeamOrderStates::key(order.state))
        add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain",
                              "The order is recorded as \"%1\", but its last event says \"%2\"."),
            {TeamOrderStates::key(order.state), events.constLast().state});
    if (lastPayloadHash != order.payloadHash)
        add(QT_TRANSLATE_NOOP("OrderDesk::TeamHashChain",
                              "The order's parameters are not the ones its history recorded."));
    return problems;
}

} // namespace OrderDesk
