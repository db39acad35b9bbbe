#include "HuaweiProductColumns.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::HuaweiProductColumns";
// The messages the CLI prints name the API's keys; they stay in the provider's context.
constexpr const char* kProviderContext = "OrderDesk::HuaweiCloudProvider";

const QString kProductInfos = QStringLiteral("product_infos");

constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();

// The keys of one ProductInfoBean and the JSON types they take (CreateProductOrder, table 3:
// https://support.huaweicloud.com/api-dsc/CreateProductOrder.html).
enum class JsonKind
{
    Text,
    WholeNumber,
    Number,
    TextList
};

struct ProductKey
{
    const char* name;
    JsonKind kind;
    bool required;
};

constexpr ProductKey kProductKeys[] = {
    {"all_resource_names", JsonKind::TextList, false},
    {"cloud_service_type", JsonKind::Text, true},
    {"display_id", JsonKind::Text, false},
    {"product_id", JsonKind::Text, true},
    {"product_spec_desc", JsonKind::Text, false},
    {"resource_name", JsonKind::Text, false},
    {"resource_size", JsonKind::WholeNumber, true},
    {"resource_size_measure_id", JsonKind::WholeNumber, true},
    {"resource_spec_code", JsonKind::Text, true},
    {"resource_type", JsonKind::Text, true},
    {"usage_factor", JsonKind::Text, false},
    {"usage_measure_id", JsonKind::WholeNumber, false},
    {"usage_value", JsonKind::Number, false},
};

const ProductKey* productKey(const QString& name)
{
    for (const ProductKey& key : kProductKeys) {
        if (name == QLatin1String(key.name))
            return &key;
    }
    return nullptr;
}

bool isWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && number >= 0 && number <= static_cast<double>(kInt32Max);
}

bool isTextList(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

// The values come from the API page's example and from Huawei Cloud's own Terraform provider,
// which orders Data Security Center through this API (huaweicloud/terraform-provider-huaweicloud,
// huaweicloud/services/dsc/resource_huaweicloud_dsc_instance.go, and its documentation
// https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/dsc_instance):
// the editions base_standard and base_professional, the database and OBS expansion packages
// with their resource types, spec codes and measures (30 for one database, 47 for 1 TB of OBS).
// The order page's own examples of measures (14 pieces or times, 15 Mbit/s for bandwidth, 17 GB
// for disks) are other services' units; 14 is offered as the plain count.
QList<HuaweiProductColumn> makeColumns()
{
    using Kind = HuaweiProductColumn::Kind;
    HuaweiProductColumn service;
    service.key = QStringLiteral("cloud_service_type");
    service.kind = Kind::Choice;
    service.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Service");
    service.help =
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "The Huawei Cloud service being bought.");
    service.choices = {{QStringLiteral("hws.service.type.sdg"),
                        QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Data Security Center")}};
    service.example = QStringLiteral("hws.service.type.sdg");

    HuaweiProductColumn productId;
    productId.key = QStringLiteral("product_id");
    productId.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Product ID");
    productId.help = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns",
                                       "The product ID Huawei Cloud's price inquiry gives for this product.");

    HuaweiProductColumn size;
    size.key = QStringLiteral("resource_size");
    size.kind = Kind::WholeNumber;
    size.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Quantity");
    size.help =
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns",
                          "How many of the unit to buy: databases, or amount of OBS storage scanned.");
    size.example = QStringLiteral("30");

    HuaweiProductColumn measure;
    measure.key = QStringLiteral("resource_size_measure_id");
    measure.kind = Kind::Choice;
    measure.numberChoice = true;
    measure.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Unit");
    measure.help = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "What the quantity counts.");
    measure.choices = {
        {QStringLiteral("30"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Databases")},
        {QStringLiteral("47"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "OBS expansion packages (1 TB each)")},
        {QStringLiteral("14"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Pieces or times")},
    };
    measure.example = QStringLiteral("30");

    HuaweiProductColumn spec;
    spec.key = QStringLiteral("resource_spec_code");
    spec.kind = Kind::Choice;
    spec.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Edition");
    spec.help = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns",
                                  "The edition bought, or the expansion package that goes with it.");
    spec.choices = {
        {QStringLiteral("base_professional"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Professional edition")},
        {QStringLiteral("base_standard"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Standard edition")},
        {QStringLiteral("DB_professional"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Database package, professional edition")},
        {QStringLiteral("DB_standard"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Database package, standard edition")},
        {QStringLiteral("OBS_professional"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "OBS package, professional edition")},
        {QStringLiteral("OBS_standard"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "OBS package, standard edition")},
    };
    spec.example = QStringLiteral("base_professional");

    HuaweiProductColumn type;
    type.key = QStringLiteral("resource_type");
    type.kind = Kind::Choice;
    type.label = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Resource type");
    type.help = QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns",
                                  "Whether this is the service itself or an expansion package.");
    type.choices = {
        {QStringLiteral("hws.resource.type.dsc.base"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Data Security Center edition")},
        {QStringLiteral("hws.resource.type.dsc.db"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Database expansion package")},
        {QStringLiteral("hws.resource.type.dsc.obs"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "OBS expansion package")},
    };
    type.example = QStringLiteral("hws.resource.type.dsc.base");

    return {service, productId, size, measure, spec, type};
}

} // namespace

const char* HuaweiProductColumns::context()
{
    return kContext;
}

const QList<HuaweiProductColumn>& HuaweiProductColumns::columns()
{
    static const QList<HuaweiProductColumn> columns = makeColumns();
    return columns;
}

const HuaweiProductColumn* HuaweiProductColumns::column(const QString& key)
{
    const int index = columnIndex(key);
    return index < 0 ? nullptr : &columns().at(index);
}

int HuaweiProductColumns::columnIndex(const QString& key)
{
    for (qsizetype i = 0; i < columns().size(); ++i) {
        if (columns().at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

LocalizedText HuaweiProductColumns::label(const HuaweiProductColumn& column)
{
    return LocalizedText(kContext, column.label);
}

LocalizedText HuaweiProductColumns::help(const HuaweiProductColumn& column)
{
    return LocalizedText(kContext, column.help);
}

LocalizedText HuaweiProductColumns::choiceLabel(const HuaweiProductColumn& column, const QString& value)
{
    for (const FieldChoice& choice : column.choices) {
        if (choice.value == value)
            return LocalizedText(kContext, choice.label);
    }
    return {};
}

QJsonObject HuaweiProductColumns::exampleProduct()
{
    QJsonObject product;
    for (const HuaweiProductColumn& column : columns()) {
        if (column.example.isEmpty())
            continue;
        const bool number = column.kind == HuaweiProductColumn::Kind::WholeNumber || column.numberChoice;
        product.insert(column.key,
                       number ? QJsonValue(column.example.toLongLong()) : QJsonValue(column.example));
    }
    return product;
}

QList<ValidationIssue> HuaweiProductColumns::validateEntry(const QJsonValue& entry, int index)
{
    QList<ValidationIssue> issues;
    const QString number = QString::number(index);
    const auto add = [&issues, index](const QString& key, const char* message, QStringList args,
                                      const char* reason) {
        ValidationIssue issue{kProductInfos, LocalizedText(kProviderContext, message, std::move(args))};
        issue.entry = index;
        issue.key = key;
        issue.reason = LocalizedText(kContext, reason);
        issues.append(issue);
    };
    if (!entry.isObject()) {
        add({}, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Entry %1 of %2 must be a JSON object."),
            {number, kProductInfos},
            QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "must be a JSON object"));
        return issues;
    }
    const QJsonObject object = entry.toObject();
    for (const ProductKey& key : kProductKeys) {
        const QString name = QString::fromLatin1(key.name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (key.required)
                add(name, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Entry %1 of %2 lacks %3."),
                    {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "required"));
            continue;
        }
        const char* textMessage = QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                    "In entry %1 of %2, %3 must be text in quotes.");
        switch (key.kind) {
        case JsonKind::Text:
            if (!value.isString())
                add(name, textMessage, {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "must be text"));
            else if (key.required && value.toString().trimmed().isEmpty())
                add(name, textMessage, {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "must not be only spaces"));
            break;
        case JsonKind::WholeNumber:
            if (!isWholeNumber(value))
                add(name,
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                      "In entry %1 of %2, %3 must be a whole number from 0 to 2147483647, "
                                      "without quotes."),
                    {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns",
                                      "must be a whole number from 0 to 2147483647"));
            break;
        case JsonKind::Number:
            if (!value.isDouble())
                add(name,
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                      "In entry %1 of %2, %3 must be a number without quotes."),
                    {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "must be a number"));
            break;
        case JsonKind::TextList:
            if (!isTextList(value))
                add(name,
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                      "In entry %1 of %2, %3 must be a list of texts."),
                    {number, kProductInfos, name},
                    QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "must be a list of texts"));
            break;
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!productKey(it.key()))
            add(it.key(),
                QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                  "Entry %1 of %2 has %3, which is not a product field."),
                {number, kProductInfos, it.key()},
                QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "is not a product field"));
    }
    return issues;
}

QString HuaweiProductColumns::formMessage(const ValidationIssue& issue)
{
    if (issue.entry <= 0 || issue.reason.isEmpty())
        return issue.message.toString();
    const QString row = QString::number(issue.entry);
    if (issue.key.isEmpty())
        //: A problem with one row of the product table: %1 is the row's number, %2 what is wrong
        return LocalizedText(kContext,
                             QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Product %1: %2."),
                             {row, issue.reason.toString()})
            .toString();
    // A key without a column is known by its API name only.
    const HuaweiProductColumn* known = column(issue.key);
    const QString name = known ? label(*known).toString() : issue.key;
    //: A problem with one cell of the product table: %1 is the row's number, %2 the column, %3 what is wrong
    return LocalizedText(kContext,
                         QT_TRANSLATE_NOOP("OrderDesk::HuaweiProductColumns", "Product %1, %2: %3."),
                         {row, name, issue.reason.toString()})
        .toString();
}

} // namespace OrderDesk
