#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace OrderDesk {

class CliContext;
struct OrderQuery;
struct OrderRecord;

// "history", "history show ID" and "history export --csv FILE": the ledger, read-only.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::HistoryCommand)

public:
    explicit HistoryCommand(CliContext& context);

    int run(const QStringList& arguments); // arguments[0] == "history"

private:
    int list(const OrderQuery& query, int limit, bool json);
    int show(qint64 ledgerId, bool json);
    int exportCsv(const OrderQuery& query, const QString& file);
    static QString statusText(const OrderRecord& record);

    CliContext& m_context;
};

} // namespace OrderDesk
