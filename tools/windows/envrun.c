/* envrun.exe NAME=VALUE... -- PROGRAM [ARGUMENT...]
 *
 * Sets environment variables, then runs PROGRAM with its arguments and exits with its exit
 * code. Wine hands the Unix environment to Windows programs except a few names it keeps for
 * itself or renames (QT_*, TMP, TEMP, PATH, HOME), so tools/windows/wine-run.sh passes those
 * through this launcher: CTest sets QT_QPA_PLATFORM and each suite's temporary folder. */
#include <windows.h>

#include <stdlib.h>
#include <wchar.h>

/* Appends one argument quoted the way CommandLineToArgvW and the C runtime read it back. */
static void append_argument(wchar_t* line, const wchar_t* argument)
{
    if (*argument && !wcspbrk(argument, L" \t\n\v\"")) {
        wcscat(line, argument);
        return;
    }
    wcscat(line, L"\"");
    for (const wchar_t* p = argument;; ++p) {
        size_t backslashes = 0;
        while (*p == L'\\') {
            ++p;
            ++backslashes;
        }
        if (!*p) {
            for (size_t i = 0; i < backslashes * 2; ++i)
                wcscat(line, L"\\");
            break;
        }
        if (*p == L'"') {
            for (size_t i = 0; i < backslashes * 2 + 1; ++i)
                wcscat(line, L"\\");
        } else {
            for (size_t i = 0; i < backslashes; ++i)
                wcscat(line, L"\\");
        }
        wchar_t one[2] = {*p, 0};
        wcscat(line, one);
    }
    wcscat(line, L"\"");
}

int wmain(int argc, wchar_t** argv)
{
    int i = 1;
    for (; i < argc && wcscmp(argv[i], L"--") != 0; ++i) {
        wchar_t* equals = wcschr(argv[i], L'=');
        if (!equals)
            return 125;
        *equals = 0;
        SetEnvironmentVariableW(argv[i], equals + 1);
    }
    if (++i >= argc)
        return 125;

    size_t length = 1;
    for (int j = i; j < argc; ++j)
        length += 2 * wcslen(argv[j]) + 3;
    wchar_t* line = calloc(length, sizeof(wchar_t));
    if (!line)
        return 125;
    for (int j = i; j < argc; ++j) {
        if (j > i)
            wcscat(line, L" ");
        append_argument(line, argv[j]);
    }

    STARTUPINFOW startup = {sizeof(startup)};
    PROCESS_INFORMATION process;
    if (!CreateProcessW(NULL, line, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process))
        return 127;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 125;
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}
