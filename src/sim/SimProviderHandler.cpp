#include "SimProviderHandler.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace OrderDesk {

namespace {

const QLatin1String kPaddingKey("Padding");

} // namespace

SimProviderHandler::SimProviderHandler(SimState& state, const SimSettings& settings)
    : m_state(state)
    , m_settings(settings)
{}

SimProviderHandler::~SimProviderHandler() = default;

const SimTriggers::Trigger* SimProviderHandler::triggerFor(const QString& provider, const QString& resourceId)
{
    const QString lower = resourceId.toLower();
    const SimTriggers::Trigger* best = nullptr;
    for (const SimTriggers::Trigger& trigger : SimTriggers::table) {
        if (provider != QLatin1String(trigger.provider))
            continue;
        const QLatin1String keyword(trigger.keyword);
        if (lower.contains(keyword) &&
            (!best || keyword.size() > static_cast<qsizetype>(qstrlen(best->keyword))))
            best = &trigger;
    }
    return best;
}

SimAnswer SimProviderHandler::place(const SimRequest& request, const Placement& placement)
{
    using SimTriggers::Kind;
    const QString provider = providerId();
    const SimTriggers::Trigger* trigger = triggerFor(provider, placement.resourceId);
    const auto triggerError = [&] {
        return error(request, trigger->httpStatus, QString::fromLatin1(trigger->code),
                     QString::fromUtf8(trigger->message));
    };
    const auto firstTime = [&] {
        return m_state.fireOnce(provider, placement.resourceId, QString::fromLatin1(trigger->keyword));
    };
    // Throttling, server failures and the gateway's own pages happen before the order service
    // looks at the token.
    if (trigger && trigger->kind == Kind::OnceError && firstTime())
        return triggerError();
    if (trigger && trigger->kind == Kind::Storm)
        return triggerError();
    if (trigger && trigger->kind == Kind::ThreeTimesError) {
        // One mark per time fired, so that the count survives a restart with the state file.
        for (int time = 1; time <= 3; ++time) {
            if (m_state.fireOnce(provider, placement.resourceId,
                                 QString::fromLatin1(trigger->keyword) + QLatin1Char('#') +
                                     QString::number(time)))
                return triggerError();
        }
    }
    if (trigger && trigger->kind == Kind::HtmlPage)
        return gatewayPage(trigger->httpStatus);

    if (!placement.token.isEmpty()) {
        if (const SimOrder* existing = m_state.findByToken(provider, placement.token)) {
            if (existing->params != placement.params)
                return idempotentMismatch(request);
            if (m_state.isProcessing(provider, placement.token))
                return stillProcessing(request, *existing);
            return success(request, *existing);
        }
    }

    if (trigger && trigger->kind == Kind::Error)
        return triggerError();
    // Without a token there is nothing to lock: every such request is "still in process".
    if (trigger && trigger->kind == Kind::Busy && placement.token.isEmpty())
        return triggerError();
    const bool fault = trigger && recordsTheOrder(trigger->kind) && firstTime();

    SimOrder order;
    order.provider = provider;
    order.orderId = newOrderId();
    order.token = placement.token;
    order.resourceId = placement.resourceId;
    order.params = placement.params;
    order.createdUtc = now();
    order.resourceIds = newResourceIds();
    m_state.addOrder(order);

    SimAnswer answer = success(request, order);
    if (!fault)
        return answer;
    switch (trigger->kind) {
    case Kind::Busy:
        return triggerError();
    case Kind::Slow:
        answer.delivery = SimAnswer::Delivery::AfterSlowDelay;
        answer.token = placement.token;
        if (!placement.token.isEmpty())
            m_state.setProcessing(provider, placement.token, true);
        return answer;
    case Kind::Drop:
        answer.delivery = SimAnswer::Delivery::Drop;
        return answer;
    case Kind::Oversize:
        answer.body = padded(answer.body, kOversizeBytes);
        return answer;
    case Kind::Huge:
        // The order's fields first, as in the oversized answer, then a padding value that the
        // server writes as the client reads, so that 50 MiB never sit in memory.
        answer.body.chop(1);
        answer.body += ",\"" + QByteArray(kPaddingKey.data(), kPaddingKey.size()) + "\":\"";
        answer.delivery = SimAnswer::Delivery::Stream;
        answer.streamBytes = kHugeBytes;
        return answer;
    case Kind::BadJson:
        // Cut off in the middle, as when a proxy drops the rest: the order exists, the answer
        // cannot say so.
        answer.body.truncate(answer.body.size() / 2);
        return answer;
    case Kind::Error:
    case Kind::OnceError:
    case Kind::Storm:
    case Kind::ThreeTimesError:
    case Kind::HtmlPage:
        break;
    }
    return answer;
}

bool SimProviderHandler::recordsTheOrder(SimTriggers::Kind kind)
{
    using SimTriggers::Kind;
    switch (kind) {
    case Kind::Busy:
    case Kind::Slow:
    case Kind::Drop:
    case Kind::Oversize:
    case Kind::Huge:
    case Kind::BadJson:
        return true;
    case Kind::Error:
    case Kind::OnceError:
    case Kind::Storm:
    case Kind::ThreeTimesError:
    case Kind::HtmlPage:
        break;
    }
    return false;
}

SimAnswer SimProviderHandler::gatewayPage(int httpStatus) const
{
    // What a load balancer in front of the API sends when it cannot reach it: the provider's
    // JSON never comes.
    const QByteArray title = QByteArray::number(httpStatus) + ' ' + SimAnswer::reasonPhrase(httpStatus);
    SimAnswer answer;
    answer.httpStatus = httpStatus;
    answer.contentType = QByteArrayLiteral("text/html");
    answer.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                  "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    answer.provider = providerId();
    answer.action = action();
    answer.code = QStringLiteral("html page");
    return answer;
}

SimAnswer SimProviderHandler::idempotentMismatch(const SimRequest& request) const
{
    return error(request, 400, QStringLiteral("IdempotentParameterMismatch"),
                 QStringLiteral("The request uses the same client token as a previous, but non-identical "
                                "request."));
}

SimAnswer SimProviderHandler::stillProcessing(const SimRequest& request, const SimOrder& order) const
{
    return success(request, order);
}

SimAnswer SimProviderHandler::jsonAnswer(int httpStatus, const QJsonObject& body, const QString& code) const
{
    SimAnswer answer;
    answer.httpStatus = httpStatus;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    answer.provider = providerId();
    answer.action = action();
    answer.code = code;
    return answer;
}

const Credential* SimProviderHandler::credentialFor(const QString& accessKeyId) const
{
    for (const Credential& credential : m_settings.credentials) {
        if (credential.accessKeyId == accessKeyId)
            return &credential;
    }
    return nullptr;
}

QDateTime SimProviderHandler::now() const
{
    return m_settings.clock->nowUtc().toUTC();
}

bool SimProviderHandler::withinClockWindow(const QDateTime& signedAt) const
{
    return signedAt.isValid() && qAbs(signedAt.secsTo(now())) <= kClockWindowSeconds;
}

QString SimProviderHandler::randomDigits(int count)
{
    return randomFrom(count, "0123456789");
}

QString SimProviderHandler::randomFrom(int count, const char* alphabet)
{
    const auto size = static_cast<quint32>(qstrlen(alphabet));
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(size)]));
    return out;
}

QString SimProviderHandler::uuid(bool upperCase)
{
    const QString text = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return upperCase ? text.toUpper() : text;
}

QDateTime SimProviderHandler::parseBasicDateTime(const QByteArray& text)
{
    if (text.size() != 16)
        return {};
    const QDateTime parsed =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    return parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), Qt::UTC) : QDateTime();
}

QDateTime SimProviderHandler::parseRpcTimestamp(const QString& text)
{
    if (text.size() != 20)
        return {};
    const QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    return parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), Qt::UTC) : QDateTime();
}

bool SimProviderHandler::isValidToken(const QString& token)
{
    if (token.isEmpty() || token.size() > 64)
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

bool SimProviderHandler::hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

SimProviderHandler::Authorization SimProviderHandler::parseAuthorization(const QByteArray& value)
{
    Authorization out;
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    out.scheme = space < 0 ? trimmed : trimmed.left(space);
    if (space < 0)
        return out;
    for (const QByteArray& part : trimmed.mid(space + 1).split(',')) {
        const QByteArray field = part.trimmed();
        const qsizetype eq = field.indexOf('=');
        if (eq > 0)
            out.fields.insert(field.left(eq), field.mid(eq + 1));
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> SimProviderHandler::signedHeaders(const SimRequest& request,
                                                                       const QList<QByteArray>& names)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray& name : names)
        out.append({name.toLower(), request.header(name)});
    return out;
}

QByteArray SimProviderHandler::padded(const QByteArray& body, int size)
{
    // A well-formed answer, only far too long: the order's own fields stay readable, so a
    // client that ignored its size cap would take it as an ordinary answer.
    QJsonObject object = QJsonDocument::fromJson(body).object();
    object.insert(kPaddingKey, QString());
    const qsizetype bare = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    object.insert(kPaddingKey, QString(qMax<qsizetype>(0, size - bare), QLatin1Char('x')));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace OrderDesk
