#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace OrderDesk {

class Provider;

// The pieces of HTML the details panes share (the desk's history, the team's orders, the approval
// dialog): a labelled row, and an order's parameters, each named by its form label and API name.
class OrderHtml
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::OrderHtml)

public:
    static QString row(const QString& label, const QString& value);
    // A table of the parameters as they are sent. `provider` may be nullptr (then the API names).
    static QString parameters(const Provider* provider, const QMap<QString, QString>& params);
};

} // namespace OrderDesk
