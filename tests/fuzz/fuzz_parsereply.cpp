// libFuzzer target: one provider's reply parser (the provider is chosen at build time through
// ORDERDESK_FUZZ_PROVIDER) and the ledger's raw-response formatter on the same bytes.
//
// Input: two bytes of HTTP status (big-endian, taken modulo 1000), then the body.
// Oracles: the reply keeps the status and the exact body; each kind carries what its contract
// promises; the readable form of a JSON answer differs from the answer only in white space
// outside strings, and anything else is shown exactly as it came.

#include "FuzzSupport.h"
#include "ledger/RawResponseFormatter.h"
#include "providers/ProviderRegistry.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace OrderDesk;

namespace {

// JSON white space is insignificant outside strings; inside them every character counts.
QString withoutJsonSpace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool inString = false;
    bool escaped = false;
    for (const QChar c : text) {
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('"'))
            inString = true;
        out += c;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ProviderRegistry registry;
    static const Provider* const provider = registry.find(QStringLiteral(ORDERDESK_FUZZ_PROVIDER));
    FUZZ_CHECK(provider != nullptr);
    if (size < 2)
        return -1;

    const int status = ((data[0] << 8) | data[1]) % 1000;
    const QByteArray body(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));

    const ProviderReply reply = provider->parseReply(status, body);
    FUZZ_CHECK(reply.httpStatus == status);
    FUZZ_CHECK(reply.rawBody == body);
    switch (reply.kind) {
    case ProviderReply::Kind::Accepted:
        FUZZ_CHECK(!reply.orderId.isEmpty());
        FUZZ_CHECK(ProviderReply::isSuccessStatus(status));
        FUZZ_CHECK(reply.errorCode.isEmpty());
        break;
    case ProviderReply::Kind::Rejected:
        FUZZ_CHECK(!reply.errorCode.isEmpty());
        FUZZ_CHECK(reply.orderId.isEmpty());
        break;
    case ProviderReply::Kind::Unparseable:
        FUZZ_CHECK(!reply.parseError.isEmpty());
        break;
    }
    if (reply.kind != ProviderReply::Kind::Accepted) {
        // What the user is told about a failed answer must always exist.
        FUZZ_CHECK(!provider->errorCatalogue().explain(reply).isEmpty());
        static_cast<void>(provider->errorCatalogue().retrySafety(reply));
    }

    const QString readable = RawResponseFormatter::readable(body);
    const QString text = QString::fromUtf8(body);
    if (RawResponseFormatter::isJson(body))
        FUZZ_CHECK(withoutJsonSpace(readable) == withoutJsonSpace(text));
    else
        FUZZ_CHECK(readable == text);
    return 0;
}
