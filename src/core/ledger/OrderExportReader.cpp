#include "OrderExportReader.h"

#include "LedgerTransaction.h"
#include "OrderEventKind.h"
#include "OrderPageQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderLedger";
// Also bounds the number of ids bound in one statement for the page's events.
constexpr int kPageSize = 500;

LocalizedText readError(const QString& technical)
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                     "The order ledger could not be read: %1"))
        .arg(technical);
}

QString asStoredInJson(const QString& text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(json).array().at(0).toString();
}

} // namespace

OrderExportReader::OrderExportReader(const QSqlDatabase& db, const OrderPageQuery& pages)
    : m_db(db)
    , m_pages(pages)
{}

bool OrderExportReader::read(const OrderQuery& query, const Visitor& visit, LocalizedText* error) const
{
    LedgerTransaction snapshot(m_db);
    QString technical;
    if (!snapshot.begin(LedgerTransaction::Mode::Read, &technical)) {
        if (error)
            *error = readError(technical);
        return false;
    }
    const auto finish = [&snapshot, &technical](bool ok) {
        if (ok)
            return snapshot.commit(&technical);
        snapshot.rollback();
        return false;
    };
    const OrderSort oldestFirst{OrderSortKey::Id, true};
    std::optional<OrderRecord> last;
    for (;;) {
        LocalizedText pageError;
        const QList<OrderRecord> page =
            m_pages.select(query, oldestFirst, kPageSize, last ? &*last : nullptr, &pageError);
        if (!pageError.isEmpty()) {
            if (error)
                *error = pageError;
            return finish(false);
        }
        QList<qint64> resolved;
        for (const OrderRecord& record : page) {
            if (record.resolution != OrderResolution::None || record.conflict)
                resolved << record.id;
        }
        QHash<qint64, QStringList> details;
        if (!resolved.isEmpty() && !resolvedDetails(resolved, &details, error))
            return finish(false);
        for (const OrderRecord& record : page) {
            if (!visit(split(record, details.value(record.id))))
                return finish(false);
        }
        if (page.size() < kPageSize)
            break;
        last = page.constLast();
    }
    return finish(true);
}

bool OrderExportReader::resolvedDetails(const QList<qint64>& ids, QHash<qint64, QStringList>* details,
                                        LocalizedText* error) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT order_row_id, detail FROM order_events WHERE kind = ? AND "
                                      "order_row_id IN (") +
                       placeholders.join(QStringLiteral(", ")) +
                       QStringLiteral(") ORDER BY order_row_id, id"))) {
        if (error)
            *error = readError(query.lastError().text());
        return false;
    }
    query.addBindValue(OrderEventKindNames::key(OrderEventKind::Resolved));
    for (const qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = readError(query.lastError().text());
        return false;
    }
    while (query.next())
        (*details)[query.value(0).toLongLong()] << query.value(1).toString();
    return true;
}

OrderExportRecord OrderExportReader::split(const OrderRecord& record, const QStringList& resolvedDetails)
{
    OrderExportRecord order;
    order.record = record;
    // A resolution with a note replaces the row's note; the event keeps the note it replaced
    // under "previous". Every other note on the row is OrderDesk's.
    QStringList userNotes;
    for (const QString& text : resolvedDetails) {
        const QJsonObject detail = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString replaced =
            detail.value(QLatin1String("previous")).toObject().value(QLatin1String("note")).toString();
        if (!replaced.isEmpty() && !userNotes.contains(replaced))
            order.systemNote = replaced;
        const QString note = detail.value(QLatin1String("note")).toString();
        if (!note.isEmpty())
            userNotes << note;
        const QString operatorName = detail.value(QLatin1String("operator")).toString();
        if (!operatorName.isEmpty())
            order.resolvedBy = operatorName;
    }
    if (!record.note.isEmpty()) {
        // Compared as the event stores it: JSON does not keep every string exactly as the row does
        // (a leading U+FEFF), and the row's own text is the one to show.
        if (userNotes.contains(asStoredInJson(record.note)))
            order.userNote = record.note;
        else
            order.systemNote = record.note;
    }
    if (order.userNote.isEmpty() && !userNotes.isEmpty())
        order.userNote = userNotes.constLast();
    return order;
}

} // namespace OrderDesk
