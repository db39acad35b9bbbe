#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace OrderDesk {

// The extra CA bundle a corporate proxy needs: one place that decides whether a file can serve
// as one, so that the settings refuse exactly the files the client could not use.
class CaBundle
{
public:
    // A bundle larger than this is not a CA bundle but a wrongly chosen file.
    static constexpr qint64 kMaximumBytes = 16 * 1024 * 1024;

    // The certificates of the PEM file at `path`. Empty when the file cannot be read, is too
    // large or holds no PEM certificate; then `problem` says so for the user and `technical`
    // in English for the record.
    static QList<QSslCertificate> load(const QString& path, LocalizedText* problem = nullptr,
                                       QString* technical = nullptr);
};

} // namespace OrderDesk
