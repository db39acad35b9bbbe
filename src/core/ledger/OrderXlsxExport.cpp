#include "OrderXlsxExport.h"

#include "OrderExportColumns.h"
#include "OrderLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <xlsxwriter.h>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcXlsxExport, "orderdesk.ledger.export.xlsx")

constexpr const char* kContext = "OrderDesk::OrderLedger";
constexpr const char* kSheetContext = "OrderDesk::OrderXlsxExport";
const char* const kSheetName = QT_TRANSLATE_NOOP("OrderDesk::OrderXlsxExport", "Orders");
// Excel's limit for the text of one cell, in characters.
constexpr qsizetype kMaxCellText = 32767;
// Spreadsheet rows after the header; Excel has 1,048,576 in all.
constexpr int kMaxRows = 1048575;

struct WorkbookCloser
{
    void operator()(lxw_workbook* workbook) const
    {
        if (workbook)
            workbook_close(workbook);
    }
};

QByteArray cellText(const QString& text)
{
    // NUL would end the C string early; everything else is libxlsxwriter's to escape.
    QString value = text;
    value.replace(QChar(0), QChar(0xFFFD));
    if (value.size() > kMaxCellText) {
        qsizetype cut = kMaxCellText - 1;
        if (value.at(cut - 1).isHighSurrogate()) // never half a character
            --cut;
        value = value.left(cut) + QChar(0x2026);
    }
    return value.toUtf8();
}

lxw_datetime spreadsheetTime(const QDateTime& time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    // Whole seconds, as the CSV writes them: a format without fractions would round them instead.
    return lxw_datetime{date.year(),  date.month(),   date.day(),
                        clock.hour(), clock.minute(), static_cast<double>(clock.second())};
}

} // namespace

bool OrderXlsxExport::write(const OrderLedger& ledger, const ProviderRegistry& providers,
                            const QString& filePath, const OrderQuery& query, int* written,
                            LocalizedText* error)
{
    const auto fail = [&](const LocalizedText& text) {
        qCWarning(lcXlsxExport).noquote() << text.toEnglish();
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

    // The target is opened first, so that a file that cannot be written is known before the
    // ledger is read.
    QSaveFile target(filePath);
    if (!target.open(QIODevice::WriteOnly))
        return writeFailed(target.errorString());
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        target.cancelWriting();
        return writeFailed(scratch.errorString());
    }
    const QString partial = scratch.filePath(QStringLiteral("orders.xlsx"));
    QByteArray scratchPath = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = scratchPath.data();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(QFile::encodeName(partial).constData(), &options));
    if (!workbook) {
        target.cancelWriting();
        return writeFailed(QStringLiteral("the workbook could not be created"));
    }
    const QByteArray sheetName = QCoreApplication::translate(kSheetContext, kSheetName).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), sheetName.constData());
    lxw_format* header = workbook_add_format(workbook.get());
    format_set_bold(header);
    lxw_format* dateTime = workbook_add_format(workbook.get());
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    // Identifier columns stay text when a cell is edited or pasted into.
    lxw_format* text = workbook_add_format(workbook.get());
    format_set_num_format(text, "@");
    if (!sheet || !header || !dateTime || !text) {
        target.cancelWriting();
        return writeFailed(QStringLiteral("the worksheet could not be created"));
    }

    constexpr auto lastColumn = static_cast<lxw_col_t>(OrderExportColumns::ColumnCount - 1);
    for (int column = 0; column < OrderExportColumns::ColumnCount; ++column) {
        const auto which = static_cast<OrderExportColumns::Column>(column);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             OrderExportColumns::width(which),
                             OrderExportColumns::isIdentifier(which) ? text : nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList titles = OrderExportColumns::titles();
    for (int column = 0; column < titles.size(); ++column)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                               cellText(titles.at(column)).constData(), header);

    int rows = 0;
    bool tooMany = false;
    lxw_error failure = LXW_NO_ERROR;
    LocalizedText readError;
    const bool read = ledger.readForExport(
        query,
        [&](const OrderExportRecord& order) {
            if (rows >= kMaxRows) {
                tooMany = true;
                return false;
            }
            const auto row = static_cast<lxw_row_t>(++rows);
            const QList<OrderExportCell> cells = OrderExportColumns::cells(order, providers);
            for (int column = 0; column < cells.size() && failure == LXW_NO_ERROR; ++column) {
                const OrderExportCell& cell = cells.at(column);
                const auto col = static_cast<lxw_col_t>(column);
                switch (cell.kind) {
                case OrderExportCell::Kind::Empty:
                    break;
                case OrderExportCell::Kind::Text:
                    failure =
                        worksheet_write_string(sheet, row, col, cellText(cell.text).constData(), nullptr);
                    break;
                case OrderExportCell::Kind::Number:
                    failure =
                        worksheet_write_number(sheet, row, col, static_cast<double>(cell.number), nullptr);
                    break;
                case OrderExportCell::Kind::LocalTime: {
                    lxw_datetime value = spreadsheetTime(cell.utc.toLocalTime());
                    failure = worksheet_write_datetime(sheet, row, col, &value, dateTime);
                    break;
                }
                case OrderExportCell::Kind::UtcTime: {
                    lxw_datetime value = spreadsheetTime(cell.utc.toUTC());
                    failure = worksheet_write_datetime(sheet, row, col, &value, dateTime);
                    break;
                }
                }
            }
            return failure == LXW_NO_ERROR;
        },
        &readError);
    if (!read) {
        target.cancelWriting();
        if (!readError.isEmpty())
            return fail(readError);
        if (tooMany)
            return fail(LocalizedText(kSheetContext,
                                      QT_TRANSLATE_NOOP("OrderDesk::OrderXlsxExport",
                                                        "More orders match than one worksheet holds (%1). "
                                                        "Narrow the filter, or export them as CSV."))
                            .arg(QString::number(kMaxRows)));
        return writeFailed(QString::fromUtf8(lxw_strerror(failure)));
    }
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows), lastColumn);
    failure = workbook_close(workbook.release());
    if (failure != LXW_NO_ERROR) {
        target.cancelWriting();
        return writeFailed(QString::fromUtf8(lxw_strerror(failure)));
    }

    QFile finished(partial);
    if (!finished.open(QIODevice::ReadOnly)) {
        target.cancelWriting();
        return writeFailed(finished.errorString());
    }
    while (!finished.atEnd()) {
        const QByteArray chunk = finished.read(1 << 16);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return writeFailed(target.errorString());
        }
    }
    if (!target.commit())
        return writeFailed(target.errorString());
    if (written)
        *written = rows;
    return true;
}

} // namespace OrderDesk
