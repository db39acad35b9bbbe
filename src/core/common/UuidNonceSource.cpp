#include "UuidNonceSource.h"

#include <QUuid>

namespace OrderDesk {

QString UuidNonceSource::nextNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace OrderDesk
