#include "ProductFacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::ProductFacts";

struct KeyName
{
    const char* key;
    const char* name;
};

// The keys of a ProductInfoBean, in the order a person reads them: what it is first, the
// codes the provider needs after.
constexpr KeyName kKeys[] = {
    {"resource_type", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Resource type")},
    {"resource_spec_code", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Specification")},
    {"product_spec_desc", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Description")},
    {"resource_size", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Size")},
    {"resource_size_measure_id", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Size unit (measure ID)")},
    {"resource_name", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Resource name")},
    {"all_resource_names", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Resource names")},
    {"usage_value", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Usage")},
    {"usage_measure_id", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Usage unit (measure ID)")},
    {"usage_factor", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Usage factor")},
    {"cloud_service_type", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Cloud service type")},
    {"product_id", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Product ID")},
    {"display_id", QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "Display ID")},
};

QString valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? QString::number(whole)
                                                    : QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString keyValue(const QString& key, const QJsonValue& value)
{
    //: A product's key and its value in the confirmation, e.g. "Size: 30"
    return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "%1: %2"))
        .arg(ProductFacts::keyName(key), valueText(value));
}

} // namespace

QString ProductFacts::keyName(const QString& key)
{
    for (const KeyName& known : kKeys) {
        if (key == QLatin1String(known.key))
            return QCoreApplication::translate(kContext, known.name);
    }
    return key;
}

QStringList ProductFacts::lines(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return {};
    QStringList lines;
    //: Between the keys of one product, e.g. "Size: 30; Specification: base_professional"
    const QString separator =
        QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("OrderDesk::ProductFacts", "; "));
    for (const QJsonValue& entry : document.array()) {
        if (!entry.isObject())
            return {};
        const QJsonObject product = entry.toObject();
        QStringList parts;
        for (const KeyName& known : kKeys) {
            const QString key = QLatin1String(known.key);
            if (product.contains(key))
                parts.append(keyValue(key, product.value(key)));
        }
        for (auto it = product.begin(); it != product.end(); ++it) {
            const bool known = std::any_of(std::begin(kKeys), std::end(kKeys), [&](const KeyName& k) {
                return it.key() == QLatin1String(k.key);
            });
            if (!known)
                parts.append(keyValue(it.key(), it.value()));
        }
        lines.append(parts.join(separator));
    }
    return lines;
}

} // namespace OrderDesk
