#pragma once

#include "common/LocalizedText.h"
#include "providers/ProviderReply.h"

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace OrderDesk {

// What became of one order sent by OrderClient, after every attempt it made.
struct OrderOutcome
{
    enum class Kind
    {
        Accepted, // the provider placed the order: reply.orderId
        Rejected, // the provider refused it; nothing was ordered
        Unknown,  // the order may or may not exist: the user has to check the provider's console
        NotSent   // no complete request left this computer; nothing was ordered
    };

    Kind kind = Kind::NotSent;
    // The answer of the last attempt, when it got one (Accepted, Rejected, or Unknown from an
    // answer that could not be read).
    ProviderReply reply;
    int attempts = 0;          // how many times a complete request was sent
    LocalizedText explanation; // what the user should do
    QString technicalDetail;   // English, for logs and support: Qt's error, the parse error; never a secret
    // Server minus local clock, when a clock error could be measured.
    std::optional<qint64> clockSkewSeconds;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
};

} // namespace OrderDesk

Q_DECLARE_METATYPE(OrderDesk::OrderOutcome)
