#pragma once

#include "SimOrder.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace OrderDesk {

// What a provider remembers between requests: the orders it created (with their
// idempotency tokens), the signature nonces it has seen, and which one-shot triggers have
// fired. Saved as JSON so that a restarted simulator still knows every order and token,
// which is what a client's retry after a crash meets at a real provider.
class SimState
{
public:
    const QList<SimOrder>& orders() const { return m_orders; }
    int orderCount(const QString& provider = {}) const;
    void addOrder(const SimOrder& order);
    // The order placed with this provider under this token, or nullptr.
    const SimOrder* findByToken(const QString& provider, const QString& token) const;

    // Records the nonce; false when it had been used before.
    bool useNonce(const QString& provider, const QString& nonce);

    // Marks a one-shot trigger as fired for the provider's resource; false when it had been.
    bool fireOnce(const QString& provider, const QString& resourceId, const QString& keyword);

    // Tokens whose first answer is still being delayed: not saved, a restart forgets them.
    void setProcessing(const QString& provider, const QString& token, bool processing);
    bool isProcessing(const QString& provider, const QString& token) const;

    void clear();

    // Grows with every change that is saved, so that a caller can tell whether to save.
    quint64 revision() const { return m_revision; }

    static QJsonObject orderToJson(const SimOrder& order);

    QByteArray toJson() const;
    bool fromJson(const QByteArray& json, QString* error);
    bool load(const QString& file, QString* error);
    bool save(const QString& file, QString* error) const;

private:
    static QString key(const QString& provider, const QString& a, const QString& b = {});

    QList<SimOrder> m_orders;
    QSet<QString> m_nonces;
    QSet<QString> m_fired;
    QSet<QString> m_processing;
    quint64 m_revision = 0;
};

} // namespace OrderDesk
