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

    // An answer as it arrived, before anything is read from its body.
    static ProviderReply received(int httpStatus, const QByteArray& body)
    {
        ProviderReply reply;
        reply.httpStatus = httpStatus;
        reply.rawBody = body;
        return reply;
    }

    // `reply` marked as unreadable for `why`; what was read from it so far is kept.
    static ProviderReply unparseable(ProviderReply reply, const QString& why)
    {
        reply.kind = Kind::Unparseable;
        reply.parseError = why;
        return reply;
    }

    // An answer with this status and body that could not be read, for `why`.
    static ProviderReply unparseable(int httpStatus, const QByteArray& body, const QString& why)
    {
        return unparseable(received(httpStatus, body), why);
    }

    static bool isSuccessStatus(int httpStatus) { return httpStatus >= 200 && httpStatus <= 299; }
};

} // namespace OrderDesk
