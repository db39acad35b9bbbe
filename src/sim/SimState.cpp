#include "SimState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace OrderDesk {

namespace {

const QString kFormat = QStringLiteral("orderdesk-sim-state");
constexpr int kVersion = 1;

} // namespace

QJsonObject SimState::orderToJson(const SimOrder& order)
{
    QJsonObject object{
        {QStringLiteral("provider"), order.provider},
        {QStringLiteral("orderId"), order.orderId},
        {QStringLiteral("token"), order.token},
        {QStringLiteral("resourceId"), order.resourceId},
        {QStringLiteral("params"), order.params},
        {QStringLiteral("createdUtc"), order.createdUtc.toUTC().toString(Qt::ISODate)},
    };
    if (!order.resourceIds.isEmpty())
        object.insert(QStringLiteral("resourceIds"), QJsonArray::fromStringList(order.resourceIds));
    return object;
}

namespace {

bool orderFromJson(const QJsonValue& value, SimOrder* order)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    order->provider = object.value(QLatin1String("provider")).toString();
    order->orderId = object.value(QLatin1String("orderId")).toString();
    order->token = object.value(QLatin1String("token")).toString();
    order->resourceId = object.value(QLatin1String("resourceId")).toString();
    order->params = object.value(QLatin1String("params")).toObject();
    order->createdUtc =
        QDateTime::fromString(object.value(QLatin1String("createdUtc")).toString(), Qt::ISODate).toUTC();
    for (const QJsonValue& id : object.value(QLatin1String("resourceIds")).toArray())
        order->resourceIds.append(id.toString());
    return !order->provider.isEmpty() && !order->orderId.isEmpty() && order->createdUtc.isValid();
}

QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

bool setFromJson(const QJsonValue& value, QSet<QString>* set)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
        set->insert(item.toString());
    }
    return true;
}

} // namespace

int SimState::orderCount(const QString& provider) const
{
    if (provider.isEmpty())
        return static_cast<int>(m_orders.size());
    return static_cast<int>(
        std::count_if(m_orders.cbegin(), m_orders.cend(),
                      [&provider](const SimOrder& order) { return order.provider == provider; }));
}

void SimState::addOrder(const SimOrder& order)
{
    m_orders.append(order);
    ++m_revision;
}

const SimOrder* SimState::findByToken(const QString& provider, const QString& token) const
{
    if (token.isEmpty())
        return nullptr;
    for (const SimOrder& order : m_orders) {
        if (order.provider == provider && order.token == token)
            return &order;
    }
    return nullptr;
}

bool SimState::useNonce(const QString& provider, const QString& nonce)
{
    const QString entry = key(provider, nonce);
    if (m_nonces.contains(entry))
        return false;
    m_nonces.insert(entry);
    ++m_revision;
    return true;
}

bool SimState::fireOnce(const QString& provider, const QString& resourceId, const QString& keyword)
{
    const QString entry = key(provider, resourceId, keyword);
    if (m_fired.contains(entry))
        return false;
    m_fired.insert(entry);
    ++m_revision;
    return true;
}

void SimState::setProcessing(const QString& provider, const QString& token, bool processing)
{
    if (processing)
        m_processing.insert(key(provider, token));
    else
        m_processing.remove(key(provider, token));
}

bool SimState::isProcessing(const QString& provider, const QString& token) const
{
    return m_processing.contains(key(provider, token));
}

void SimState::clear()
{
    m_orders.clear();
    m_nonces.clear();
    m_fired.clear();
    m_processing.clear();
    ++m_revision;
}

QByteArray SimState::toJson() const
{
    QJsonArray orders;
    for (const SimOrder& order : m_orders)
        orders.append(orderToJson(order));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("orders"), orders},
        {QStringLiteral("nonces"), sortedArray(m_nonces)},
        {QStringLiteral("fired"), sortedArray(m_fired)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SimState::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return fail(QStringLiteral("not a simulator state file"));
    if (root.value(QLatin1String("version")).toInt() != kVersion)
        return fail(QStringLiteral("unsupported state version ") +
                    QString::number(root.value(QLatin1String("version")).toInt()));

    QList<SimOrder> orders;
    for (const QJsonValue& value : root.value(QLatin1String("orders")).toArray()) {
        SimOrder order;
        if (!orderFromJson(value, &order))
            return fail(QStringLiteral("an order lacks its provider, id or time"));
        orders.append(order);
    }
    QSet<QString> nonces;
    QSet<QString> fired;
    if (!setFromJson(root.value(QLatin1String("nonces")), &nonces) ||
        !setFromJson(root.value(QLatin1String("fired")), &fired))
        return fail(QStringLiteral("nonces and fired must be lists of texts"));

    m_orders = orders;
    m_nonces = nonces;
    m_fired = fired;
    m_processing.clear();
    ++m_revision;
    return true;
}

bool SimState::load(const QString& file, QString* error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return false;
    }
    QString why;
    if (!fromJson(in.readAll(), &why)) {
        if (error)
            *error = file + QStringLiteral(": ") + why;
        return false;
    }
    return true;
}

bool SimState::save(const QString& file, QString* error) const
{
    // Written aside and renamed, so that a simulator killed mid-write keeps the old state.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(toJson()) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

QString SimState::key(const QString& provider, const QString& a, const QString& b)
{
    // No handler accepts a nonce or resource id with a control character, so keys cannot collide.
    QString out = provider + QLatin1Char('\n') + a;
    if (!b.isEmpty())
        out += QLatin1Char('\n') + b;
    return out;
}

} // namespace OrderDesk
