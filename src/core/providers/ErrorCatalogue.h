#pragma once

#include "ErrorInfo.h"
#include "ProviderReply.h"
#include "common/LocalizedText.h"

#include <QList>

namespace OrderDesk {

// A provider's documented error codes with their explanations and retry safety.
class ErrorCatalogue
{
public:
    ErrorCatalogue(const char* context, QList<ErrorInfo> entries);

    const char* context() const { return m_context; }
    const QList<ErrorInfo>& entries() const { return m_entries; }

    // The entry for a code; where several share it, the one whose messageContains
    // appears in the message wins.
    const ErrorInfo* find(const QString& code, const QString& message = {}) const;

    LocalizedText explanation(const ErrorInfo& info) const;

    // What to tell the user about a rejected or unreadable reply: the catalogue's entry,
    // or a general explanation chosen by HTTP status for codes the catalogue does not know.
    LocalizedText explain(const ProviderReply& reply) const;
    RetrySafety retrySafety(const ProviderReply& reply) const;

private:
    const char* m_context;
    QList<ErrorInfo> m_entries;
};

} // namespace OrderDesk
