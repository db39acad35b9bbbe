#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace OrderDesk {

class CliContext;

// "profiles list|add|remove": named AccessKey profiles; the secret goes to the system keychain
// only, read from standard input or ORDERDESK_ACCESS_KEY_SECRET, never from the command line.
class ProfilesCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::ProfilesCommand)

public:
    explicit ProfilesCommand(CliContext& context);

    int run(const QStringList& arguments); // arguments[0] == "profiles"

private:
    int list(const QString& provider, bool json);
    int add(const QStringList& positional, const QString& accessKeyId, const QString& endpoint,
            const QString& region);
    int remove(const QStringList& positional);

    CliContext& m_context;
};

} // namespace OrderDesk
