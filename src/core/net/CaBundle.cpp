#include "CaBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::CaBundle";

QList<QSslCertificate> refuse(const char* sourceText, const QString& path, const QString& why,
                              LocalizedText* problem, QString* technical)
{
    if (problem)
        *problem = LocalizedText(kContext, sourceText).arg(QDir::toNativeSeparators(path));
    if (technical)
        *technical = why;
    return {};
}

} // namespace

QList<QSslCertificate> CaBundle::load(const QString& path, LocalizedText* problem, QString* technical)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return refuse(QT_TRANSLATE_NOOP("OrderDesk::CaBundle", "The file %1 cannot be read."), path,
                      QStringLiteral("The extra CA file cannot be read: ") + path + QStringLiteral(" (") +
                          file.errorString() + QLatin1Char(')'),
                      problem, technical);
    if (info.size() > kMaximumBytes)
        return refuse(QT_TRANSLATE_NOOP("OrderDesk::CaBundle", "The file %1 is too large to be a CA bundle."),
                      path, QStringLiteral("The extra CA file is too large: ") + path, problem, technical);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("OrderDesk::CaBundle",
                                        "The file %1 holds no certificate in PEM format (text beginning "
                                        "with -----BEGIN CERTIFICATE-----)."),
                      path, QStringLiteral("The extra CA file holds no PEM certificate: ") + path, problem,
                      technical);
    return certificates;
}

} // namespace OrderDesk
