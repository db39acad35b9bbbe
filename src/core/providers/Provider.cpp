#include "Provider.h"

#include "common/NonceSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::Provider";

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

// A lone UTF-16 surrogate has no character behind it: encoded as UTF-8 it becomes a
// replacement character, so what would be signed and sent is not what was typed.
bool hasLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

// Control characters, invisible format characters (zero-width spaces, bidirectional
// overrides such as U+202E that make a value read differently from what is sent) and line
// separators have no place in an order parameter. JSON values may be pasted across lines, so
// JSON's own whitespace is allowed there.
bool hasControlCharacter(const QString& text, bool allowJsonWhitespace)
{
    if (hasLoneSurrogate(text))
        return true;
    for (const char32_t c : text.toUcs4()) {
        if (allowJsonWhitespace && (c == U'\n' || c == U'\r' || c == U'\t'))
            continue;
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            break;
        }
    }
    return false;
}

// The strings inside a JSON value (keys included), where escapes such as \u0001 or \u202e
// arrive already decoded.
bool jsonHasControlCharacter(const QJsonValue& value)
{
    if (value.isString())
        return hasControlCharacter(value.toString(), false);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& item) { return jsonHasControlCharacter(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (hasControlCharacter(it.key(), false) || jsonHasControlCharacter(it.value()))
                return true;
        }
    }
    return false;
}

// Whole numbers as the providers read them: ASCII digits with an optional minus sign. A
// "+1" or "１" would be sent exactly as typed to the APIs that take the value as text.
bool isPlainWholeNumber(const QString& text)
{
    const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (text.size() <= start)
        return false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString choiceList(const FieldSpec& field)
{
    QStringList values;
    for (const FieldChoice& choice : field.choices)
        values.append(choice.value);
    return values.join(QStringLiteral(", "));
}

} // namespace

Provider::~Provider() = default;

QString Provider::region(const OrderRequest& request) const
{
    const QString field = regionField();
    if (!field.isEmpty() && request.has(field))
        return request.value(field);
    return request.region.isEmpty() ? defaultRegion() : request.region;
}

QString Provider::resourceId(const OrderRequest& request) const
{
    for (const FieldSpec& field : schema().fields()) {
        if (field.identifiesResource)
            return request.value(field.name);
    }
    return {};
}

std::optional<IntegerRange> Provider::integerRange(const QString& name, const OrderRequest& request) const
{
    const FieldSpec* field = schema().field(name);
    if (!field || field->type != FieldType::Integer || !field->hasRange)
        return std::nullopt;
    return narrowRange(*field, request, IntegerRange{field->minimum, field->maximum});
}

IntegerRange Provider::narrowRange(const FieldSpec&, const OrderRequest&, IntegerRange schemaRange) const
{
    return schemaRange;
}

QList<ValidationIssue> Provider::validate(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const FieldSpec& field, const char* message, QStringList args = {}) {
        issues.append({field.name, LocalizedText(kContext, message, std::move(args))});
    };

    for (auto it = request.params.cbegin(); it != request.params.cend(); ++it) {
        if (!schema().field(it.key()))
            issues.append({it.key(), LocalizedText(kContext,
                                                   QT_TRANSLATE_NOOP("OrderDesk::Provider",
                                                                     "%1 is not a parameter of this order."),
                                                   {it.key()})});
    }

    for (const FieldSpec& field : schema().fields()) {
        const QString value = request.value(field.name);
        if (value.trimmed().isEmpty()) {
            if (field.required && !field.generated)
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 is required."), {field.name});
            else if (!value.isEmpty())
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must not be only spaces."),
                    {field.name});
            continue;
        }
        if (value != value.trimmed() && field.type != FieldType::JsonArray) {
            add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must not start or end with a space."),
                {field.name});
            continue;
        }
        if (hasControlCharacter(value, field.type == FieldType::JsonArray)) {
            add(field,
                QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 contains control or invisible characters."),
                {field.name});
            continue;
        }
        if (value.toUcs4().size() > field.lengthLimit()) {
            add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 may be at most %2 characters long."),
                {field.name, QString::number(field.lengthLimit())});
            continue;
        }
        if (!field.prefix.isEmpty() && !value.startsWith(field.prefix)) {
            add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 starts with %2, for example %3."),
                {field.name, field.prefix, field.example});
            continue;
        }
        if (field.asciiOnly && !isAscii(value)) {
            add(field,
                QT_TRANSLATE_NOOP("OrderDesk::Provider",
                                  "%1 may contain only printable ASCII characters (letters, digits, "
                                  "punctuation)."),
                {field.name});
            continue;
        }
        switch (field.type) {
        case FieldType::Integer: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok || !isPlainWholeNumber(value)) {
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must be a whole number."),
                    {field.name});
            } else if (field.hasRange && (number < field.minimum || number > field.maximum)) {
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must be between %2 and %3."),
                    {field.name, QString::number(field.minimum), QString::number(field.maximum)});
            }
            break;
        }
        case FieldType::Boolean:
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must be true or false."),
                    {field.name});
            break;
        case FieldType::Choice: {
            bool known = false;
            for (const FieldChoice& choice : field.choices)
                known = known || choice.value == value;
            if (!known)
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must be one of: %2."),
                    {field.name, choiceList(field)});
            break;
        }
        case FieldType::JsonArray: {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isArray())
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must be a JSON array."),
                    {field.name});
            else if (jsonHasControlCharacter(document.array()))
                add(field,
                    QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 contains control or invisible characters."),
                    {field.name});
            else if (field.required && document.array().isEmpty())
                add(field, QT_TRANSLATE_NOOP("OrderDesk::Provider", "%1 must list at least one entry."),
                    {field.name});
            break;
        }
        case FieldType::Text:
            break;
        }
    }

    issues.append(validateCrossField(request));
    return issues;
}

bool Provider::isIdentifier(const FieldSpec& field) const
{
    return field.asciiOnly || (!regionField().isEmpty() && field.name == regionField());
}

NormalizedRequest Provider::normalized(const OrderRequest& request) const
{
    NormalizedRequest result;
    result.request = request;
    for (auto it = result.request.params.begin(); it != result.request.params.end(); ++it) {
        const FieldSpec* field = schema().field(it.key());
        if (!field)
            continue;
        const FieldNormalizer::Result normalized =
            FieldNormalizer::normalize(it.value(), field->type, isIdentifier(*field));
        if (!normalized.changed())
            continue;
        result.notes.append(FieldNormalizer::notes(field->name, normalized));
        it.value() = normalized.value;
    }
    return result;
}

OrderRequest Provider::withGeneratedFields(OrderRequest request, NonceSource& nonces) const
{
    for (const FieldSpec& field : schema().fields()) {
        if (field.generated && request.value(field.name).isEmpty())
            request.params.insert(field.name, nonces.nextNonce());
    }
    return request;
}

QList<ValidationIssue> Provider::validateCrossField(const OrderRequest&) const
{
    return {};
}

bool Provider::isRegionId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return text.size() <= 64 && pattern.match(text).hasMatch();
}

bool Provider::isPlainAscii(const QString& text)
{
    return !text.trimmed().isEmpty() && text == text.trimmed() && isAscii(text);
}

bool Provider::consistsOf(const QString& text, bool (*allowed)(char16_t))
{
    for (const QChar c : text) {
        if (!allowed(c.unicode()))
            return false;
    }
    return true;
}

bool Provider::exceedsYearLimit(const OrderRequest& request, const QString& unitField,
                                const QString& periodField, qint64 maxYears, qint64 maxMonths)
{
    if (request.value(unitField) != QLatin1String("Year"))
        return false;
    bool ok = false;
    const qint64 period = request.value(periodField).toLongLong(&ok);
    return ok && period > maxYears && period <= maxMonths;
}

Endpoint Provider::endpointOrDefault(const OrderRequest& request, const Endpoint& endpoint) const
{
    return endpoint.isValid() ? endpoint : defaultEndpoint(region(request));
}

HttpRequest Provider::requestTo(const Endpoint& endpoint, const QByteArray& method, const QByteArray& path)
{
    HttpRequest http;
    http.method = method;
    http.scheme = endpoint.scheme;
    http.host = endpoint.host;
    http.port = endpoint.port;
    http.path = path;
    return http;
}

QueryItems Provider::actionQuery() const
{
    return {{QStringLiteral("Action"), action()}, {QStringLiteral("Version"), apiVersion()}};
}

QJsonObject Provider::bodyFields(const OrderRequest& request, const QStringList& integerFields) const
{
    QJsonObject body;
    for (const FieldSpec& field : schema().fields()) {
        const QString value = request.value(field.name);
        if (field.location != FieldLocation::Body || value.isEmpty())
            continue;
        bool isNumber = false;
        const qint64 number = integerFields.contains(field.name) ? value.toLongLong(&isNumber) : 0;
        body.insert(field.name, isNumber ? QJsonValue(number) : QJsonValue(value));
    }
    return body;
}

ProviderReply Provider::parseReply(int httpStatus, const QByteArray& body) const
{
    const auto unreadable = [&](const QString& why) {
        return ProviderReply::unparseable(httpStatus, body, why);
    };
    if (body.trimmed().isEmpty())
        return unreadable(QStringLiteral("The body is empty."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Gateways and proxies answer with their own pages; saying so beats a parser offset.
        if (body.trimmed().startsWith('<'))
            return unreadable(QStringLiteral("The body is an HTML or XML page, not ") +
                              displayName().toEnglish() + QStringLiteral("'s JSON."));
        return unreadable(QStringLiteral("The body is not valid JSON: ") + error.errorString() +
                          QStringLiteral(" at offset ") + QString::number(error.offset) + QLatin1Char('.'));
    }
    if (!document.isObject())
        return unreadable(QStringLiteral("The body is JSON but not an object."));
    return parseReplyObject(httpStatus, body, document.object());
}

std::optional<OrderTerm> Provider::term(const QMap<QString, QString>&) const
{
    return std::nullopt;
}

PaymentState Provider::payment(const QMap<QString, QString>&) const
{
    return PaymentState::CheckInConsole;
}

std::optional<int> Provider::positiveWholeNumber(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1 || !isPlainWholeNumber(text))
        return std::nullopt;
    return number;
}

QString Provider::shortenedForMessage(const QString& text)
{
    constexpr qsizetype kShown = 64;
    if (text.size() <= kShown)
        return text;
    qsizetype cut = kShown - 1;
    if (text.at(cut - 1).isHighSurrogate()) // never half a character
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString Provider::stringMember(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

} // namespace OrderDesk
