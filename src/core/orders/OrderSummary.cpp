#include "OrderSummary.h"

#include "providers/Provider.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderSummary";

} // namespace

QList<SummaryLine> OrderSummary::lines(const PreparedOrder& prepared)
{
    QList<SummaryLine> lines;
    if (!prepared.provider)
        return lines;
    const Provider& provider = *prepared.provider;
    lines.append({QStringLiteral("provider"),
                  LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Provider")),
                  provider.displayName().toString(),
                  {}});
    lines.append({QStringLiteral("profile"),
                  LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Account (profile)")),
                  prepared.profile,
                  {}});
    lines.append({QStringLiteral("region"),
                  LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Region")),
                  prepared.region,
                  {}});
    lines.append({QStringLiteral("endpoint"),
                  LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderSummary", "Endpoint")),
                  prepared.endpoint.toString(),
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

} // namespace OrderDesk
