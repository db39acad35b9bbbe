#pragma once

#include "common/PercentEncoding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace OrderDesk {

// A request as it reached the simulator. The query is kept both raw, as received, and
// decoded: signatures are verified over the bytes that arrived, not over what a tolerant
// decoder makes of them.
struct SimRequest
{
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method; // upper case
    QByteArray path;   // percent-encoded, as received
    QByteArray rawQuery;
    QueryItems query; // decoded, in wire order
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray& name) const;
    QString queryValue(const QString& name) const;
    bool hasQueryValue(const QString& name) const;

    // The parameters of an application/x-www-form-urlencoded body, decoded ('+' is a space
    // there); empty for any other body.
    QueryItems formParameters() const;

    // The raw "name=value" pairs as they arrived, those named leaveOut (the RPC schemes'
    // Signature) left out.
    QList<QPair<QByteArray, QByteArray>> rawQueryPairs(const QByteArray& leaveOut = {}) const;
    // The raw pairs sorted in byte order and joined: the canonical query of the bytes that
    // arrived. Verifying over these, not over a re-encoding of the decoded values, rejects a
    // client that signs "%2A" but sends "*" (as QUrl does), as the providers' servers do.
    QByteArray rawCanonicalQuery(const QByteArray& leaveOut = {}) const;
    static QByteArray joinSorted(QList<QPair<QByteArray, QByteArray>> pairs);
};

} // namespace OrderDesk
