#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace OrderDesk {

class CliContext;
struct OrderQuery;
struct OrderRecord;

// "history", "history show ID" and "history export --xlsx FILE / --csv FILE": the ledger,
// read-only.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::HistoryCommand)

public:
    explicit HistoryCommand(CliContext& context);

    int run(const QStringList& arguments); // arguments[0] == "history"
    // The ledger's own listing, filters and exports: of the data folder's file, or on a team
    // ledger of the journal in its database (TeamHistoryCommand hands them here).
    int runOnLedger(const QStringList& arguments);

private:
    int list(const OrderQuery& query, int limit, bool json);
    int show(qint64 ledgerId, bool json);
    struct Export
    {
        enum class Format
        {
            Xlsx,
            Csv
        };
        Format format;
        QString file;
    };
    // Refuses (exit 2) to replace an existing file unless forced.
    int exportOrders(const OrderQuery& query, const QList<Export>& exports, bool force);
    static QString statusText(const OrderRecord& record);

    CliContext& m_context;
};

} // namespace OrderDesk
