#pragma once

#include <QMap>
#include <QString>

namespace OrderDesk {

// What the user asked for, in the provider API's own parameter names (as on the seed
// pages and as the CLI's --param takes them). Values are text as typed; the provider's
// builder converts them to the types its API wants. Huawei's product_infos is a JSON array.
struct OrderRequest
{
    QString region; // signing region / default endpoint; empty: derived from the parameters
    QMap<QString, QString> params;

    QString value(const QString& name) const { return params.value(name); }
    bool has(const QString& name) const { return !params.value(name).isEmpty(); }
};

} // namespace OrderDesk
