#pragma once

#include "PercentEncoding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace OrderDesk {

// A request as a value: what a provider builds, what a signer signs and what the
// network layer sends. The query is kept decoded and in wire order; it is encoded
// exactly once, by PercentEncoding, so that the bytes sent are the bytes signed.
struct HttpRequest
{
    QByteArray method = "GET";
    QString scheme = QStringLiteral("https");
    QString host;
    int port = -1;
    QByteArray path = "/"; // percent-encoded
    QueryItems query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray encodedQuery() const;
    // host, plus ":port" when the port is not the scheme's default: what the Host
    // header carries and what the V4-style schemes sign.
    QByteArray hostHeader() const;
    QUrl url() const;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    void setHeader(const QByteArray& name, const QByteArray& value);
    QString queryValue(const QString& name) const;
    void setQueryValue(const QString& name, const QString& value); // replaces the first, or appends
    void removeQueryValue(const QString& name);
};

} // namespace OrderDesk
