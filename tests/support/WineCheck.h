#pragma once

// Whether a test program runs under Wine rather than on Windows itself, for the few checks whose
// outcome depends on what Wine does differently from Windows (a TLS server on Schannel, when its
// sockets report a write): they skip there, saying why, and still run on Linux and on Windows.

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace WineCheck {

inline bool underWine()
{
#ifdef Q_OS_WIN
    // Wine's ntdll exports its version; Windows' does not.
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

// The reason the TLS-server checks give when they skip under Wine.
constexpr const char* kNoTlsServer =
    "Wine's Schannel cannot act as a TLS server (its GnuTLS side answers the handshake with 'The "
    "requested data were not available'); this runs on Linux and needs Windows itself";

// The reason exact copy counts skip under Wine, once every copy has been checked to carry the
// same token: when the server closes the connection, Wine's sockets let a written copy go
// unreported, or report it late, so Qt's own resends are counted differently than on Linux and
// Windows.
constexpr const char* kResendCounts =
    "every copy carried the same token; the exact number of Qt's own resends after a dropped "
    "connection depends on when Wine's sockets report a write, so it is checked on Linux and "
    "needs Windows itself";

} // namespace WineCheck
