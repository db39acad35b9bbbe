#pragma once

#include <QString>

namespace OrderDesk {

enum class ErrorCategory
{
    Parameter,      // a value the user entered is wrong
    Resource,       // the resource is missing or in the wrong state
    Account,        // balance, arrears, permissions
    Authentication, // key or signature
    ClockSkew,      // the local clock is off
    Throttling,     // too many requests
    Idempotency,    // token reused or still in process
    Server          // the provider failed
};

// Whether sending the same order again is safe after this error.
enum class RetrySafety
{
    Never,        // resending cannot help; the user must change something
    NotTaken,     // the provider proves it did not take the order: safe to resend after a wait
    WithTokenOnly // the outcome is uncertain: safe only where an idempotency token travels with it
};

// One error code a provider documents, with what OrderDesk tells the user to do about it.
struct ErrorInfo
{
    QString code;
    int httpStatus = 0;
    ErrorCategory category = ErrorCategory::Parameter;
    RetrySafety retry = RetrySafety::Never;
    const char* explanation = nullptr; // QT_TRANSLATE_NOOP in the catalogue's context
    QString messageContains; // tells apart entries that share a code (Volcengine's UnsupportedOperation)
};

} // namespace OrderDesk
