#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace OrderDesk {

// What a provider handler wants sent back: an HTTP answer, or a fault in how it is sent.
struct SimAnswer
{
    enum class Delivery
    {
        Now,
        AfterSlowDelay, // written after SimServer::setSlowAnswerMs()
        Drop,           // no answer at all: the connection is aborted
        Stream          // body, then filler up to streamBytes, written in chunks as the peer reads
    };

    int httpStatus = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Date, Content-Type and Content-Length
    QByteArray contentType;                       // empty: JSON
    Delivery delivery = Delivery::Now;
    // Delivery::Stream: the length of the whole body. `body` is its beginning, an unclosed JSON
    // object; filler and the closing characters make up the rest.
    qint64 streamBytes = 0;

    // For the log and SimServer::requestHandled.
    QString provider;
    QString action;
    QString code;  // the error code; empty for a success
    QString token; // the idempotency token of a delayed answer, which is "in process" until sent

    // The status line's text for the statuses the simulator answers with.
    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return QByteArrayLiteral("OK");
        case 400:
            return QByteArrayLiteral("Bad Request");
        case 401:
            return QByteArrayLiteral("Unauthorized");
        case 403:
            return QByteArrayLiteral("Forbidden");
        case 404:
            return QByteArrayLiteral("Not Found");
        case 405:
            return QByteArrayLiteral("Method Not Allowed");
        case 412:
            return QByteArrayLiteral("Precondition Failed");
        case 429:
            return QByteArrayLiteral("Too Many Requests");
        case 500:
            return QByteArrayLiteral("Internal Server Error");
        case 502:
            return QByteArrayLiteral("Bad Gateway");
        case 503:
            return QByteArrayLiteral("Service Unavailable");
        case 504:
            return QByteArrayLiteral("Gateway Timeout");
        default:
            return QByteArrayLiteral("Status");
        }
    }
};

} // namespace OrderDesk
