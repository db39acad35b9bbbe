#include "OrderCsvExport.h"

#include "OrderCsvWriter.h"
#include "OrderExportColumns.h"
#include "OrderLedger.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcCsvExport, "orderdesk.ledger.export.csv")

constexpr const char* kContext = "OrderDesk::OrderLedger";

} // namespace

bool OrderCsvExport::write(const OrderLedger& ledger, const ProviderRegistry& providers,
                           const QString& filePath, const OrderQuery& query, int* written,
                           LocalizedText* error)
{
    const auto fail = [&](const LocalizedText& text) {
        qCWarning(lcCsvExport).noquote() << text.toEnglish();
        if (error)
            *error = text;
        return false;
    };
    const auto writeFailed = [&](const QString& technical) {
        return fail(LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                              "The file %1 could not be written: %2"))
                        .arg(QDir::toNativeSeparators(filePath))
                        .arg(technical));
    };

    if (written)
        *written = 0;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(file.errorString());
    file.write(OrderCsvWriter::byteOrderMark());
    file.write(OrderCsvWriter::headerLine());

    int rows = 0;
    LocalizedText readError;
    const bool read = ledger.readForExport(
        query,
        [&](const OrderExportRecord& order) {
            ++rows;
            return file.write(OrderCsvWriter::recordLine(OrderExportColumns::cells(order, providers))) >= 0;
        },
        &readError);
    if (!read) {
        file.cancelWriting();
        return readError.isEmpty() ? writeFailed(file.errorString()) : fail(readError);
    }
    if (!file.commit())
        return writeFailed(file.errorString());
    if (written)
        *written = rows;
    return true;
}

} // namespace OrderDesk
