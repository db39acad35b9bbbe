#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// A provider's answer to an order request, parsed. The raw body is always kept so the
// ledger can show exactly what the provider said.
struct ProviderReply
{
    enum class Kind
    {
        Accepted,   // the provider created the order: orderId is set
        Rejected,   // the provider answered with an error: errorCode/errorMessage are set
        Unparseable // the body was not the provider's JSON shape: nothing can be concluded from it
    };

    Kind kind = Kind::Unparseable;
    int httpStatus = 0;
    QString orderId;
    QStringList resourceIds; // UniCloud returns the created file system ids
    QString requestId;
    QString errorCode;
    QString errorMessage;
    QString recommendUrl; // Alibaba's troubleshooting link
    QString parseError;   // English, technical: why the body could not be read
    QByteArray rawBody;
};

} // namespace OrderDesk
