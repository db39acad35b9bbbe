# One INTERFACE target carries the language level, the warnings and the Qt hygiene
# defines, so that no flag is set globally and every target opts in by linking it.
add_library(orderdesk_common INTERFACE)
add_library(OrderDesk::common ALIAS orderdesk_common)

target_compile_features(orderdesk_common INTERFACE cxx_std_17)

target_compile_definitions(orderdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ORDERDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(orderdesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(ORDERDESK_WERROR)
        target_compile_options(orderdesk_common INTERFACE -Werror)
    endif()
endif()

# Full RELRO: the dynamic linker resolves every symbol at start-up and then makes the GOT
# read-only, so a stray write cannot redirect a library call (lintian: hardening-no-bindnow).
if(CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF")
    target_link_options(orderdesk_common INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()

if(MSVC)
    target_compile_options(orderdesk_common INTERFACE /W4 /permissive- /utf-8)
    if(ORDERDESK_WERROR)
        target_compile_options(orderdesk_common INTERFACE /WX)
    endif()
endif()

# Sanitizers for every project target, e.g. -DORDERDESK_SANITIZE=address,undefined. They ride
# on the shared interface target so that the libraries, the programs and the tests are
# instrumented alike: ASan and UBSan need every object of a program built the same way.
set(ORDERDESK_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for every target; empty for none")
if(ORDERDESK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ORDERDESK_SANITIZE needs GCC or Clang")
    endif()
    target_compile_options(orderdesk_common INTERFACE
        -fsanitize=${ORDERDESK_SANITIZE} -fno-omit-frame-pointer)
    # Undefined behaviour fails the run instead of printing a line nobody reads.
    if(ORDERDESK_SANITIZE MATCHES "undefined")
        target_compile_options(orderdesk_common INTERFACE -fno-sanitize-recover=undefined)
    endif()
    target_link_options(orderdesk_common INTERFACE -fsanitize=${ORDERDESK_SANITIZE})
endif()
