#include "ErrorCatalogue.h"

namespace OrderDesk {

namespace {
constexpr const char* kGeneral = "OrderDesk::ErrorCatalogue";
} // namespace

ErrorCatalogue::ErrorCatalogue(const char* context, QList<ErrorInfo> entries)
    : m_context(context)
    , m_entries(std::move(entries))
{}

const ErrorInfo* ErrorCatalogue::find(const QString& code, const QString& message) const
{
    const ErrorInfo* fallback = nullptr;
    for (const ErrorInfo& info : m_entries) {
        if (info.code.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        if (info.messageContains.isEmpty()) {
            if (!fallback)
                fallback = &info;
        } else if (message.contains(info.messageContains, Qt::CaseInsensitive)) {
            return &info;
        } else if (!fallback) {
            fallback = &info;
        }
    }
    return fallback;
}

LocalizedText ErrorCatalogue::explanation(const ErrorInfo& info) const
{
    return LocalizedText(m_context, info.explanation);
}

LocalizedText ErrorCatalogue::explain(const ProviderReply& reply) const
{
    if (reply.kind == ProviderReply::Kind::Accepted)
        return {};
    if (reply.kind == ProviderReply::Kind::Unparseable) {
        return LocalizedText(kGeneral,
                             QT_TRANSLATE_NOOP("OrderDesk::ErrorCatalogue",
                                               "The provider's answer (HTTP %1) could not be read, so "
                                               "it is not known whether the order was placed. Check the "
                                               "provider's console before ordering again."))
            .arg(reply.httpStatus);
    }
    if (const ErrorInfo* info = find(reply.errorCode, reply.errorMessage))
        return explanation(*info);
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        return LocalizedText(kGeneral,
                             QT_TRANSLATE_NOOP("OrderDesk::ErrorCatalogue",
                                               "The provider refused the AccessKey or its permissions. "
                                               "Check that the profile's AccessKey belongs to this "
                                               "provider and may place orders."));
    if (reply.httpStatus == 429)
        return LocalizedText(kGeneral, QT_TRANSLATE_NOOP("OrderDesk::ErrorCatalogue",
                                                         "The provider is limiting the request rate. Wait a "
                                                         "minute and try again."));
    if (reply.httpStatus >= 500)
        return LocalizedText(kGeneral,
                             QT_TRANSLATE_NOOP("OrderDesk::ErrorCatalogue",
                                               "The provider had an internal error. Check the "
                                               "provider's console for the order before trying again."));
    return LocalizedText(kGeneral, QT_TRANSLATE_NOOP("OrderDesk::ErrorCatalogue",
                                                     "The provider rejected the order with code %1. Read the "
                                                     "provider's message, correct the order and try again."))
        .arg(reply.errorCode.isEmpty() ? QString::number(reply.httpStatus) : reply.errorCode);
}

RetrySafety ErrorCatalogue::retrySafety(const ProviderReply& reply) const
{
    if (reply.kind == ProviderReply::Kind::Accepted)
        return RetrySafety::Never;
    if (reply.kind == ProviderReply::Kind::Rejected) {
        if (const ErrorInfo* info = find(reply.errorCode, reply.errorMessage))
            return info->retry;
    }
    // Unknown codes: a 5xx or an unreadable answer may hide a placed order.
    if (reply.httpStatus >= 500 || reply.kind == ProviderReply::Kind::Unparseable)
        return RetrySafety::WithTokenOnly;
    return RetrySafety::Never;
}

} // namespace OrderDesk
