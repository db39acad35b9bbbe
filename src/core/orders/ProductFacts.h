#pragma once

#include <QString>
#include <QStringList>

namespace OrderDesk {

// A JSON list of products (Huawei Cloud's product_infos) in words: one line per product, each
// key under a plain name ("Resource type: hws.resource.type.dsc.base; Size: 30"), so that a
// finance clerk does not have to read JSON to see what is bought. Made in the language of the
// moment.
class ProductFacts
{
public:
    // One text per product, in the list's order; empty when `json` is not a list of objects
    // (then the caller shows the text as it is).
    static QStringList lines(const QString& json);
    // The plain name of a product key, or the key itself for one OrderDesk does not know.
    static QString keyName(const QString& key);
};

} // namespace OrderDesk
