#include "PaymentSortOrder.h"

#include "OrderExportColumns.h"
#include "OrderRecord.h"
#include "OrderStatus.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QMap>
#include <QStringList>

#include <functional>

namespace OrderDesk {

namespace {

int rankOf(PaymentState state)
{
    return static_cast<int>(PaymentStateNames::all().indexOf(state)) + 1;
}

QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A parameter's value as text, NULL when the order has none.
QString jsonValue(const QString& name, LedgerDialect dialect)
{
    if (dialect == LedgerDialect::PostgreSql)
        return QStringLiteral("(params_json::jsonb ->> ") + literal(name) + QLatin1Char(')');
    QString path = name;
    path.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("json_extract(params_json, ") +
           literal(QStringLiteral("$.\"") + path + QLatin1Char('"')) + QLatin1Char(')');
}

// The values of a field that may change how an order is paid: a choice's values, true and false.
QStringList valuesOf(const FieldSpec& field)
{
    QStringList values;
    for (const FieldChoice& choice : field.choices)
        values << choice.value;
    if (field.type == FieldType::Boolean) {
        for (const QString& value : {QStringLiteral("true"), QStringLiteral("false")}) {
            if (!values.contains(value))
                values << value;
        }
    }
    return values;
}

// The provider's payment as SQL. Providers tell it from the choices and switches of an order
// (Alibaba Cloud's AutoPay), never from free text: each combination of the fields that change
// the answer is asked, and whatever else a row holds gets the answer of an order without them.
QString providerExpression(const Provider& provider, LedgerDialect dialect)
{
    const PaymentState base = provider.payment({});
    QList<const FieldSpec*> deciding;
    for (const FieldSpec& field : provider.schema().fields()) {
        for (const QString& value : valuesOf(field)) {
            if (provider.payment({{field.name, value}}) != base) {
                deciding << &field;
                break;
            }
        }
    }
    if (deciding.isEmpty())
        return QString::number(rankOf(base));

    QStringList cases;
    QMap<QString, QString> params;
    QStringList conditions;
    const std::function<void(qsizetype)> combine = [&](qsizetype index) {
        if (index == deciding.size()) {
            const PaymentState state = provider.payment(params);
            if (state != base)
                cases << QStringLiteral("WHEN ") + conditions.join(QStringLiteral(" AND ")) +
                             QStringLiteral(" THEN ") + QString::number(rankOf(state));
            return;
        }
        const FieldSpec& field = *deciding.at(index);
        // Absent, then each of its values.
        conditions << jsonValue(field.name, dialect) + QStringLiteral(" IS NULL");
        combine(index + 1);
        conditions.removeLast();
        for (const QString& value : valuesOf(field)) {
            params.insert(field.name, value);
            conditions << jsonValue(field.name, dialect) + QStringLiteral(" = ") + literal(value);
            combine(index + 1);
            conditions.removeLast();
            params.remove(field.name);
        }
    };
    combine(0);
    return QStringLiteral("CASE ") + cases.join(QLatin1Char(' ')) + QStringLiteral(" ELSE ") +
           QString::number(rankOf(base)) + QStringLiteral(" END");
}

} // namespace

PaymentSortOrder::PaymentSortOrder(const ProviderRegistry& providers)
    : m_providers(providers)
{
    const auto expression = [&providers](LedgerDialect dialect) -> QString {
        QStringList cases;
        for (const Provider* provider : providers.all())
            cases << QStringLiteral("WHEN provider = ") + literal(provider->id()) + QStringLiteral(" THEN ") +
                         providerExpression(*provider, dialect);
        return QStringLiteral("(CASE WHEN status <> ") +
               literal(OrderStatusNames::key(OrderStatus::Succeeded)) + QStringLiteral(" THEN 0 ") +
               cases.join(QLatin1Char(' ')) + QStringLiteral(" ELSE 0 END)");
    };
    m_sql = expression(LedgerDialect::Sqlite);
    m_postgreSql = expression(LedgerDialect::PostgreSql);
}

int PaymentSortOrder::rank(const OrderRecord& record) const
{
    const std::optional<PaymentState> state = OrderExportColumns::payment(record, m_providers);
    return state ? rankOf(*state) : 0;
}

} // namespace OrderDesk
