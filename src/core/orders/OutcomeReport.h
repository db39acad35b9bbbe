#pragma once

#include "common/LocalizedText.h"
#include "net/OrderOutcome.h"

#include <QList>
#include <QMap>
#include <QString>

namespace OrderDesk {

class Provider;

// What the GUI's result panel and the CLI's report say about an order that has ended, written
// once: the title, the order and request ids, the paragraphs that explain it, and which next
// steps apply. How to take a step (a button in the history, an orderdesk-cli command) is the
// front end's to say.
struct OutcomeReport
{
    enum class Tone
    {
        Placed,
        Refused,
        Uncertain,
        NotSent
    };

    Tone tone = Tone::NotSent;
    LocalizedText title;
    QString orderId;
    QString requestId;
    QList<LocalizedText> paragraphs;
    // "Details: …", technical, to show after the next steps; empty for a placed order.
    LocalizedText details;
    // The outcome is unknown: the user should check the console and record what it shows.
    bool resolveByHand = false;
    // ... and the order may also be sent again with its token: the provider places it at most once.
    bool retrySafely = false;

    // `params`: the order's parameters, which say how a placed order is paid (Provider::payment).
    static OutcomeReport from(const OrderOutcome& outcome, const Provider& provider, qint64 ledgerId,
                              const QMap<QString, QString>& params = {});
    // Nothing left the computer: `reason` says why, `detail` is technical (may be empty).
    static OutcomeReport notSent(const LocalizedText& reason, const QString& detail = {});
};

} // namespace OrderDesk
