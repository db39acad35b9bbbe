// libFuzzer target: the ledger's CSV export.
//
// Input: fields separated by the byte 0x1F (unit separator), decoded as UTF-8, filling an
// OrderRecord's text fields in order; after them NAME=VALUE parameters. The first byte picks
// the status, the resolution, the HTTP status and whether the times are set.
// Oracle: a small RFC 4180 reader gets back exactly one record of one field per column, CRLF
// terminated, whose text fields equal the record's, with the documented leading apostrophe
// before a value Excel would run as a formula.

#include "FuzzSupport.h"
#include "ledger/OrderCsvWriter.h"
#include "ledger/OrderRecord.h"

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

    const QByteArray line = OrderCsvWriter::recordLine(record);
    const QString text = QString::fromUtf8(line);
    FUZZ_CHECK(text.toUtf8() == line); // the writer emits valid UTF-8
    const std::optional<QStringList> fields = readRecord(text);
    FUZZ_CHECK(fields.has_value());
    FUZZ_CHECK(fields->size() == OrderCsvWriter::columnTitles().size());

    const QStringList& f = *fields;
    FUZZ_CHECK(f.at(0) == QString::number(record.id));
    FUZZ_CHECK(f.at(3) == guarded(record.provider));
    FUZZ_CHECK(f.at(4) == guarded(record.profile));
    FUZZ_CHECK(f.at(5) == guarded(record.operatorName));
    FUZZ_CHECK(f.at(6) == guarded(record.region));
    FUZZ_CHECK(f.at(7) == guarded(record.resourceId));
    FUZZ_CHECK(f.at(8) == guarded(record.endpoint));
    FUZZ_CHECK(f.at(9) == OrderStatusNames::label(record.status).toString());
    FUZZ_CHECK(f.at(10) == guarded(record.orderId));
    FUZZ_CHECK(f.at(11) == guarded(record.requestId));
    FUZZ_CHECK(f.at(12) == guarded(record.errorCode));
    FUZZ_CHECK(f.at(13) == guarded(record.errorMessage));
    FUZZ_CHECK(f.at(14) == (record.httpStatus ? QString::number(record.httpStatus) : QString()));
    FUZZ_CHECK(f.at(15) == QString::number(record.attempts));
    FUZZ_CHECK(f.at(16) == guarded(record.idempotencyToken));
    FUZZ_CHECK(f.at(17).isEmpty() == (record.resolution == OrderResolution::None));
    FUZZ_CHECK(f.at(18) == guarded(record.note));

    // Times: local ISO 8601 with the offset, the same instant to the second.
    for (int column : {1, 2}) {
        const QDateTime& utc = column == 1 ? record.createdUtc : record.updatedUtc;
        if (!utc.isValid()) {
            FUZZ_CHECK(f.at(column).isEmpty());
            continue;
        }
        const QDateTime back = QDateTime::fromString(f.at(column), Qt::ISODate);
        FUZZ_CHECK(back.isValid());
        FUZZ_CHECK(back.toSecsSinceEpoch() == utc.toSecsSinceEpoch());
    }

    // Parameters: the compact JSON of every pair, exactly (never guarded: it starts with a brace).
    // Reading it back with Qt would test Qt's JSON reader, which drops a leading U+FEFF of a
    // string and mangles some keys of invalid UTF-8, rather than the file.
    QJsonObject object;
    for (auto it = record.params.cbegin(); it != record.params.cend(); ++it)
        object.insert(it.key(), it.value());
    FUZZ_CHECK(f.at(19) == (record.params.isEmpty()
                                ? QString()
                                : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))));
    return 0;
}
