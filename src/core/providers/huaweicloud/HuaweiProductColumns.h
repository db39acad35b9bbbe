#pragma once

#include "common/LocalizedText.h"
#include "providers/FieldSpec.h"
#include "providers/ValidationIssue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace OrderDesk {

// One column of the product table: a key of Huawei Cloud's ProductInfoBean that the period
// order requires, in plain words, with the kind of input it takes and the value a new row
// starts with.
struct HuaweiProductColumn
{
    enum class Kind
    {
        Text,        // typed
        WholeNumber, // a JSON number from 0 to 2147483647
        Choice       // one of `choices`; a value from elsewhere is kept as it is
    };

    QString key;
    Kind kind = Kind::Text;
    const char* label = nullptr; // QT_TRANSLATE_NOOP in HuaweiProductColumns::context()
    const char* help = nullptr;
    QList<FieldChoice> choices; // the choice's value is what is sent: text, or digits for a number
    bool numberChoice = false;  // a Choice whose values travel as JSON numbers
    QString example;            // what "Add product" fills in; empty leaves the cell for the user
};

// Huawei Cloud's product_infos as Data Security Center's period order documents it: the keys a
// product may have and the JSON type of each, the columns a form shows for the required ones,
// and the checks of one product. Both the order's validation and the product table use it.
class HuaweiProductColumns
{
public:
    static const char* context();

    // The required keys, in the table's column order.
    static const QList<HuaweiProductColumn>& columns();
    static const HuaweiProductColumn* column(const QString& key);
    static int columnIndex(const QString& key);

    static LocalizedText label(const HuaweiProductColumn& column);
    static LocalizedText help(const HuaweiProductColumn& column);
    static LocalizedText choiceLabel(const HuaweiProductColumn& column, const QString& value);

    // The product a new row starts with: the API page's example, without its placeholder
    // product ID (an ID belongs to the account's price inquiry, never to an example).
    static QJsonObject exampleProduct();

    // The problems of entry `index` (1-based) of product_infos, each tied to product_infos with
    // the entry and the key it is about.
    static QList<ValidationIssue> validateEntry(const QJsonValue& entry, int index);

    // A problem of one product as a form shows it: naming the product's row and the column's
    // plain label, in the current language. Issues about no entry keep their message.
    static QString formMessage(const ValidationIssue& issue);
};

} // namespace OrderDesk
