#include "OrderSummary.h"

#include "OrderConfirmation.h"
#include "ProductFacts.h"
#include "providers/Provider.h"
#include "providers/RequestPreview.h"

#include <QCoreApplication>
#include <QSet>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderSummary";

LocalizedText text(const char* source)
{
    return LocalizedText(kContext, source);
}

// The parameters the provider reads the length from: those whose other values give another
// length. Asking the provider's own term() keeps it the one place that knows them.
QSet<QString> termFields(const Provider& provider, const QMap<QString, QString>& params)
{
    QSet<QString> names;
    const std::optional<OrderTerm> term = provider.term(params);
    if (!term)
        return names;
    for (const FieldSpec& field : provider.schema().fields()) {
        if (!params.contains(field.name))
            continue;
        QStringList others;
        if (field.type == FieldType::Integer) {
            bool ok = false;
            const qint64 number = params.value(field.name).toLongLong(&ok);
            if (ok)
                others << QString::number(number + 1);
        } else if (field.type == FieldType::Choice) {
            for (const FieldChoice& choice : field.choices)
                others << choice.value;
        }
        for (const QString& other : std::as_const(others)) {
            QMap<QString, QString> changed = params;
            changed.insert(field.name, other);
            const std::optional<OrderTerm> otherTerm = provider.term(changed);
            if (otherTerm && *otherTerm != *term) {
                names.insert(field.name);
                break;
            }
        }
    }
    return names;
}

// A parameter's value as the facts show it: what a choice means, Yes or No, the products in
// words; anything else as it is.
QString plainValue(const FormSchema& schema, const FieldSpec& field, const QString& value)
{
    for (const FieldChoice& choice : field.choices) {
        if (choice.value == value)
            return schema.choiceLabel(choice).toString();
    }
    if (field.type == FieldType::Boolean) {
        if (value == QLatin1String("true"))
            return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Yes"));
        if (value == QLatin1String("false"))
            return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "No"));
    }
    if (field.type == FieldType::JsonArray) {
        const QStringList products = ProductFacts::lines(value);
        if (products.size() == 1)
            return products.first();
        if (!products.isEmpty()) {
            QStringList numbered;
            for (qsizetype i = 0; i < products.size(); ++i)
                numbered << QStringLiteral("%1. %2").arg(i + 1).arg(products.at(i));
            return numbered.join(QLatin1Char('\n'));
        }
    }
    return value;
}

} // namespace

QList<SummaryLine> OrderSummary::facts(const PreparedOrder& prepared, const QString& accessKeyId)
{
    QList<SummaryLine> lines;
    if (!prepared.provider)
        return lines;
    const Provider& provider = *prepared.provider;
    const QMap<QString, QString>& params = prepared.order.params;
    lines.append({QStringLiteral("provider"),
                  text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Provider")),
                  provider.displayName().toString(),
                  {}});
    lines.append({QStringLiteral("profile"),
                  text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Account")),
                  prepared.profile,
                  {}});
    if (!accessKeyId.isEmpty())
        lines.append({QStringLiteral("accessKeyId"),
                      text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "AccessKey ID")),
                      OrderConfirmation::maskedKeyId(accessKeyId),
                      {}});
    if (!prepared.resourceId.isEmpty())
        lines.append(
            {QStringLiteral("resource"),
             text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Resource")),
             //: The kind of resource and its ID, e.g. "Express Connect circuit pc-2ze…"
             QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "%1 %2"))
                 .arg(provider.resourceNoun().toString(), prepared.resourceId),
             {}});
    if (const std::optional<OrderTerm> term = provider.term(params))
        lines.append({QStringLiteral("term"),
                      text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Length")),
                      OrderConfirmation::termText(*term),
                      {}});
    if (!prepared.region.isEmpty())
        lines.append({QStringLiteral("region"),
                      text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Region")),
                      prepared.region,
                      {}});

    // What the lines above already say is not repeated by its parameter.
    QSet<QString> shown = termFields(provider, params);
    if (!provider.regionParameter().isEmpty())
        shown.insert(provider.regionParameter());
    const FormSchema& schema = provider.schema();
    for (const FieldSpec& field : schema.fields()) {
        const QString value = params.value(field.name);
        if (value.isEmpty() || field.generated || shown.contains(field.name) ||
            (field.identifiesResource && !prepared.resourceId.isEmpty()))
            continue;
        lines.append({field.name, schema.label(field), plainValue(schema, field, value), {}});
    }
    return lines;
}

QList<SummaryLine> OrderSummary::technicalDetails(const PreparedOrder& prepared)
{
    QList<SummaryLine> lines;
    if (!prepared.provider)
        return lines;
    const Provider& provider = *prepared.provider;
    lines.append({QStringLiteral("endpoint"),
                  text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Endpoint")),
                  prepared.endpoint.toString(),
                  {}});
    lines.append({QStringLiteral("action"),
                  text(QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Operation")),
                  QStringLiteral("%1 (%2)").arg(provider.action(), provider.apiVersion()),
                  {}});
    const FormSchema& schema = provider.schema();
    QList<SummaryLine> generated;
    for (const FieldSpec& field : schema.fields()) {
        if (!prepared.order.has(field.name))
            continue;
        SummaryLine line{field.name, schema.label(field), prepared.order.value(field.name), {}};
        for (const FieldChoice& choice : field.choices) {
            if (choice.value == line.value)
                line.valueMeaning = schema.choiceLabel(choice);
        }
        (field.generated ? generated : lines).append(line);
    }
    lines.append(generated);
    return lines;
}

QString OrderSummary::requestPreview(const PreparedOrder& prepared)
{
    if (!prepared.isValid())
        return {};
    return RequestPreview::render(prepared.provider->buildRequest(prepared.order, prepared.endpoint));
}

} // namespace OrderDesk
