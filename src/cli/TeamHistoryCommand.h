#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace OrderDesk {

class CliContext;

// "history" and "history show ID" on a team ledger: the team's orders, newest first, with their
// state in words (who brought them there and when), and one order with its history of events.
// The words are TeamOrderDetails'; this class lays them out.
class TeamHistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::TeamHistoryCommand)

public:
    explicit TeamHistoryCommand(CliContext& context);

    int run(const QStringList& arguments); // arguments[0] == "history"

private:
    int list(const QStringList& states, int limit, bool json);
    int show(qint64 id, bool json);

    CliContext& m_context;
};

} // namespace OrderDesk
