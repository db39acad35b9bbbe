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
        Drop            // no answer at all: the connection is aborted
    };

    int httpStatus = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Date, Content-Type and Content-Length
    Delivery delivery = Delivery::Now;

    // For the log and SimServer::requestHandled.
    QString provider;
    QString action;
    QString code;  // the error code; empty for a success
    QString token; // the idempotency token of a delayed answer, which is "in process" until sent
};

} // namespace OrderDesk
