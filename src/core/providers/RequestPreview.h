#pragma once

#include "common/HttpRequest.h"

#include <QJsonObject>
#include <QString>

namespace OrderDesk {

// What a dry run shows: the request exactly as it would be sent, except that signatures
// are masked. The secret itself never is in a request, so nothing else needs hiding;
// masking the signature keeps a pasted preview from being replayed.
class RequestPreview
{
public:
    static HttpRequest masked(const HttpRequest& request);
    // The request line, headers, a blank line and the body, as HTTP/1.1 would carry them.
    static QString render(const HttpRequest& request);
    static QJsonObject toJson(const HttpRequest& request);

    static constexpr const char* kMask = "********";
};

} // namespace OrderDesk
