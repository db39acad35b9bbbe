#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTest>

// The .xlsx export read back by a reader that shares nothing with the writer: Python's
// openpyxl, run by tests/unit/ledger/read_xlsx.py, which reports every cell's type. The suite
// is compiled with ORDERDESK_PYTHON3 and ORDERDESK_READ_XLSX (tests/CMakeLists.txt); an empty
// ORDERDESK_PYTHON3 means that no reader can run where the suite runs.
namespace XlsxReader {

// False with the reason when the reader cannot run or the file cannot be read.
inline bool read(const QString& file, QJsonObject* workbook, QString* why)
{
    QProcess python;
    python.start(QStringLiteral(ORDERDESK_PYTHON3), {QStringLiteral(ORDERDESK_READ_XLSX), file});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed (it needs Python 3 with openpyxl: tools/install-deps.sh "
                              "installs python3-openpyxl): %3 %4")
                   .arg(QStringLiteral(ORDERDESK_PYTHON3), QStringLiteral(ORDERDESK_READ_XLSX),
                        python.errorString(), QString::fromUtf8(python.readAllStandardError()));
        return false;
    }
    QJsonParseError error{};
    *workbook = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    *why = error.errorString();
    return error.error == QJsonParseError::NoError;
}

} // namespace XlsxReader

// Reads FILE back into the QJsonObject WORKBOOK, failing the test if it cannot be read. Where
// no reader can run (a cross-build whose suites run under an emulator), the rest of the test is
// skipped with the reason: the workbook was written, what is in it was not checked.
#define XLSX_READ_BACK(file, workbook)                                                                       \
    do {                                                                                                     \
        if (QStringLiteral(ORDERDESK_PYTHON3).isEmpty())                                                     \
            QSKIP("The workbook was written but not read back: the suites of this cross-build run under "    \
                  "an emulator, where the host's Python with openpyxl cannot be run (Wine starts a Unix "    \
                  "program but neither waits for it nor passes on its output).");                            \
        QString xlsxReaderWhy;                                                                               \
        QVERIFY2(XlsxReader::read(file, &workbook, &xlsxReaderWhy), qPrintable(xlsxReaderWhy));              \
    } while (false)
