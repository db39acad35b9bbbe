#include "RpcSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace OrderDesk {

namespace {

const QString signatureName = QStringLiteral("Signature");

} // namespace

QByteArray RpcSignature::timestamp(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
                             clock.hour(), clock.minute(), clock.second())
        .toLatin1();
}

QByteArray RpcSignature::canonicalQuery(const QueryItems& parameters)
{
    QueryItems signedItems = parameters;
    signedItems.removeIf([](const QPair<QString, QString>& item) { return item.first == signatureName; });
    return PercentEncoding::canonicalQuery(signedItems);
}

QByteArray RpcSignature::stringToSign(const QByteArray& method, const QByteArray& canonicalQuery)
{
    return method + '&' + PercentEncoding::encode(QByteArrayLiteral("/")) + '&' +
           PercentEncoding::encode(canonicalQuery);
}

QByteArray RpcSignature::signature(const QString& secret, const QByteArray& stringToSign)
{
    const QByteArray key = secret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

SignatureDetails RpcSignature::sign(const HttpRequest& request, const QString& secret,
                                    const QueryItems& alsoSigned)
{
    HttpRequest signedRequest = request;
    signedRequest.removeQueryValue(signatureName);
    const QByteArray canonical = canonicalQuery(signedRequest.query + alsoSigned);
    const QByteArray toSign = stringToSign(signedRequest.method, canonical);
    const QByteArray signatureBase64 = signature(secret, toSign);
    signedRequest.query.append({signatureName, QString::fromLatin1(signatureBase64)});
    return {signedRequest, canonical, toSign, signatureBase64};
}

void RpcSignature::replaceQueryValue(HttpRequest& request, const QString& name, const QString& value)
{
    request.removeQueryValue(name);
    request.query.append({name, value});
}

bool RpcSignature::hasQueryValue(const HttpRequest& request, const QString& name)
{
    return std::any_of(request.query.cbegin(), request.query.cend(),
                       [&name](const QPair<QString, QString>& item) { return item.first == name; });
}

} // namespace OrderDesk
