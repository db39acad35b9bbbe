#include "OrderCsvExport.h"

#include "OrderCsvWriter.h"
#include "OrderPageQuery.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcExport, "orderdesk.ledger.export")

constexpr const char* kContext = "OrderDesk::OrderLedger";
constexpr int kExportPageSize = 500;

} // namespace

bool OrderCsvExport::write(const QSqlDatabase& db, const OrderPageQuery& pages, const QString& filePath,
                           const OrderQuery& query, LocalizedText* error)
{
    const auto fail = [&](const LocalizedText& text) {
        qCWarning(lcExport).noquote() << text.toEnglish();
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

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(file.errorString());
    file.write(OrderCsvWriter::byteOrderMark());
    file.write(OrderCsvWriter::headerLine());

    QSqlQuery snapshot(db);
    if (!snapshot.exec(QStringLiteral("BEGIN"))) {
        file.cancelWriting();
        return writeFailed(snapshot.lastError().text());
    }
    const OrderSort oldestFirst{OrderSortKey::Id, true};
    std::optional<OrderRecord> last;
    for (;;) {
        LocalizedText readError;
        const QList<OrderRecord> page =
            pages.select(query, oldestFirst, kExportPageSize, last ? &*last : nullptr, &readError);
        if (!readError.isEmpty()) {
            snapshot.exec(QStringLiteral("ROLLBACK"));
            file.cancelWriting();
            return fail(readError);
        }
        for (const OrderRecord& record : page)
            file.write(OrderCsvWriter::recordLine(record));
        if (page.size() < kExportPageSize)
            break;
        last = page.constLast();
    }
    snapshot.exec(QStringLiteral("COMMIT"));
    if (!file.commit())
        return writeFailed(file.errorString());
    return true;
}

} // namespace OrderDesk
