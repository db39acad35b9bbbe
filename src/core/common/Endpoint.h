#pragma once

#include "LocalizedText.h"

#include <QString>

namespace OrderDesk {

// Where a provider's API is reached: scheme://host[:port]. The provider keeps its own path.
struct Endpoint
{
    QString scheme = QStringLiteral("https");
    QString host;
    int port = -1;

    bool isValid() const { return !host.isEmpty(); }
    QString toString() const;
    bool isLoopback() const;

    // Parses "scheme://host[:port]" (a trailing '/' is tolerated). On failure returns an
    // invalid Endpoint and, when error is given, says why.
    static Endpoint parse(const QString& text, LocalizedText* error = nullptr);
};

} // namespace OrderDesk
