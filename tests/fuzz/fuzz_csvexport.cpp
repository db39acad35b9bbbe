// libFuzzer target: the ledger's CSV export.
//
// Input: fields separated by the byte 0x1F (unit separator), decoded as UTF-8, filling an
// OrderRecord's text fields in order; after them NAME=VALUE parameters. The first byte picks
// the status, the resolution, the HTTP status and whether the times are set. A resolved order
// gets a "resolved" event carrying its note and operator, as the ledger writes it.
// Oracle: a small RFC 4180 reader gets back exactly one record of one field per column, CRLF
// terminated, whose text fields equal the record's (identifiers exactly as they are, never
// wrapped), with the documented leading apostrophe before a value a spreadsheet would run as a
// formula; times, numbers, the provider's name, length and payment as OrderExportColumns says.

#include "FuzzSupport.h"
#include "ledger/OrderCsvWriter.h"
#include "ledger/OrderExportColumns.h"
#include "ledger/OrderExportReader.h"
#include "ledger/OrderRecord.h"
#include "providers/ProviderRegistry.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace OrderDesk;

namespace {

// RFC 4180, one record: the fields of `line`, which must end with its only CRLF outside quotes.
std::optional<QStringList> readRecord(const QString& line)
{
    QStringList fields;
    QString field;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        field.clear();
        if (i < n && line.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quotes
                if (line.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && line.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line.at(i++);
            }
        } else {
            while (i < n && line.at(i) != QLatin1Char(',') && line.at(i) != QLatin1Char('\r') &&
                   line.at(i) != QLatin1Char('\n')) {
                if (line.at(i) == QLatin1Char('"'))
                    return std::nullopt; // a quote inside an unquoted field
                field += line.at(i++);
            }
        }
        fields.append(field);
        if (i < n && line.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 2 == n && line.at(i) == QLatin1Char('\r') && line.at(i + 1) == QLatin1Char('\n'))
            return fields;
        return std::nullopt; // anything after a field but a comma or the final CRLF
    }
}

// The documented formula guard, written out independently of the writer.
QString guarded(const QString& value)
{
    if (value.isEmpty())
        return value;
    const char16_t first = value.front().unicode();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + value;
    return value;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return -1;
    const std::uint8_t control = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QList<QByteArray> parts = rest.split('\x1f');
    const auto part = [&parts](qsizetype index) {
        return index < parts.size() ? QString::fromUtf8(parts.at(index)) : QString();
    };

    OrderRecord record;
    record.id = static_cast<qint64>(size) * 7919;
    record.provider = part(0);
    record.profile = part(1);
    record.operatorName = part(2);
    record.region = part(3);
    record.resourceId = part(4);
    record.endpoint = part(5);
    record.orderId = part(6);
    record.requestId = part(7);
    record.errorCode = part(8);
    record.errorMessage = part(9);
    record.idempotencyToken = part(10);
    record.note = part(11);
    for (qsizetype i = 12; i < parts.size(); ++i) {
        const QString param = QString::fromUtf8(parts.at(i));
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        if (eq > 0)
            record.params.insert(param.left(eq), param.mid(eq + 1));
    }
    record.status = OrderStatusNames::all().at((control & 0x3) % OrderStatusNames::all().size());
    // The ledger only ever stores these three resolutions.
    static const OrderResolution resolutions[] = {OrderResolution::None, OrderResolution::Placed,
                                                  OrderResolution::NotPlaced};
    record.resolution = resolutions[((control >> 2) & 0x3) % 3];
    record.httpStatus = (control & 0x10) ? 200 + control : 0;
    record.attempts = control >> 5;
    if (control & 0x80) {
        record.createdUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(control * 3607);
        record.updatedUtc = record.createdUtc.addSecs(61);
    }

    QStringList resolvedDetails;
    if (record.resolution != OrderResolution::None) {
        QJsonObject detail{{QStringLiteral("resolution"), OrderResolutionNames::key(record.resolution)},
                           {QStringLiteral("operator"), record.operatorName}};
        if (!record.note.isEmpty())
            detail.insert(QStringLiteral("note"), record.note);
        resolvedDetails << QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    }
    static const ProviderRegistry providers;
    const OrderExportRecord order = OrderExportReader::split(record, resolvedDetails);
    const QByteArray line = OrderCsvWriter::recordLine(OrderExportColumns::cells(order, providers));
    const QString text = QString::fromUtf8(line);
    FUZZ_CHECK(text.toUtf8() == line); // the writer emits valid UTF-8
    const std::optional<QStringList> fields = readRecord(text);
    FUZZ_CHECK(fields.has_value());
    FUZZ_CHECK(fields->size() == OrderExportColumns::titles().size());
    FUZZ_CHECK(fields->size() == OrderExportColumns::ColumnCount);

    using C = OrderExportColumns;
    const QStringList& f = *fields;
    const Provider* provider = providers.find(record.provider);
    FUZZ_CHECK(f.at(C::LedgerId) == QString::number(record.id));
    FUZZ_CHECK(f.at(C::ProviderName) ==
               guarded(provider ? provider->displayName().toString() : record.provider));
    FUZZ_CHECK(f.at(C::Profile) == guarded(record.profile));
    FUZZ_CHECK(f.at(C::Region) == guarded(record.region));
    FUZZ_CHECK(f.at(C::ResourceId) == guarded(record.resourceId));
    const std::optional<OrderTerm> term = provider ? provider->term(record.params) : std::nullopt;
    FUZZ_CHECK(f.at(C::TermLength) == (term ? QString::number(term->length) : QString()));
    FUZZ_CHECK(f.at(C::TermUnit) == (term ? OrderTerm::unitLabel(term->unit).toString() : QString()));
    FUZZ_CHECK(f.at(C::Status) == OrderStatusNames::label(record.status).toString());
    FUZZ_CHECK(f.at(C::Resolution).isEmpty() == (record.resolution == OrderResolution::None));
    FUZZ_CHECK(f.at(C::Payment) ==
               (provider && record.status == OrderStatus::Succeeded
                    ? PaymentStateNames::label(provider->payment(record.params)).toString()
                    : QString()));
    FUZZ_CHECK(f.at(C::OrderId) == guarded(record.orderId));
    FUZZ_CHECK(f.at(C::RequestId) == guarded(record.requestId));
    FUZZ_CHECK(f.at(C::Operator) == guarded(record.operatorName));
    const bool resolved = record.resolution != OrderResolution::None;
    FUZZ_CHECK(f.at(C::ResolvedBy) == (resolved ? guarded(record.operatorName) : QString()));
    // The user's note, or OrderDesk's: never both, never lost.
    FUZZ_CHECK(f.at(C::UserNote) == (resolved ? guarded(record.note) : QString()));
    FUZZ_CHECK(f.at(C::SystemNote) == (resolved ? QString() : guarded(record.note)));
    FUZZ_CHECK(f.at(C::ErrorCode) == guarded(record.errorCode));
    FUZZ_CHECK(f.at(C::ErrorMessage) == guarded(record.errorMessage));
    FUZZ_CHECK(f.at(C::HttpStatus) == (record.httpStatus ? QString::number(record.httpStatus) : QString()));
    FUZZ_CHECK(f.at(C::Attempts) == QString::number(record.attempts));
    FUZZ_CHECK(f.at(C::IdempotencyToken) == guarded(record.idempotencyToken));
    FUZZ_CHECK(f.at(C::EndpointUrl) == guarded(record.endpoint));

    // Times: local ISO 8601 with the offset and UTC with "Z", the same instant to the second.
    for (const int column : {C::Created, C::CreatedUtc, C::Updated, C::UpdatedUtc}) {
        const bool created = column == C::Created || column == C::CreatedUtc;
        const QDateTime& utc = created ? record.createdUtc : record.updatedUtc;
        if (!utc.isValid()) {
            FUZZ_CHECK(f.at(column).isEmpty());
            continue;
        }
        const QDateTime back = QDateTime::fromString(f.at(column), Qt::ISODate);
        FUZZ_CHECK(back.isValid());
        FUZZ_CHECK(back.toSecsSinceEpoch() == utc.toSecsSinceEpoch());
        if (column == C::CreatedUtc || column == C::UpdatedUtc)
            FUZZ_CHECK(f.at(column).endsWith(QLatin1Char('Z')));
    }

    // Parameters: the compact JSON of every pair, exactly (never guarded: it starts with a brace).
    // Reading it back with Qt would test Qt's JSON reader, which drops a leading U+FEFF of a
    // string and mangles some keys of invalid UTF-8, rather than the file.
    QJsonObject object;
    for (auto it = record.params.cbegin(); it != record.params.cend(); ++it)
        object.insert(it.key(), it.value());
    FUZZ_CHECK(f.at(C::Parameters) ==
               (record.params.isEmpty()
                    ? QString()
                    : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))));
    return 0;
}
