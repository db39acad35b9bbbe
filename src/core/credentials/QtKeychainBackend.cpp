#include "QtKeychainBackend.h"

#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace OrderDesk {

namespace {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
constexpr bool usesSecretService = true;
#else
constexpr bool usesSecretService = false;
#endif

// True when no session bus can be reached at all: no address, or only unix sockets that do
// not exist. Checked from the environment so that it does not depend on the wording (or the
// language) of GLib's messages.
bool sessionBusUnreachable()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty())
        return qEnvironmentVariableIsEmpty("DISPLAY"); // with X11, D-Bus may still be autolaunched
    const QLatin1String pathPrefix("unix:path=");
    for (const QString& transport : address.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!transport.startsWith(pathPrefix))
            return false;
        const QString path = transport.mid(pathPrefix.size()).section(QLatin1Char(','), 0, 0);
        if (QFileInfo::exists(path))
            return false;
    }
    return true;
}

// GLib and QtKeychain messages for "there is no bus" and "nobody provides the Secret Service".
bool mentionsMissingService(const QString& errorString)
{
    static const char* const markers[] = {
        "Could not connect",
        "Cannot autolaunch D-Bus",
        "Cannot spawn a message bus",
        "org.freedesktop.secrets was not provided",
        "ServiceUnknown",
        "D-Bus is not running",
        "No keychain service available",
    };
    for (const char* marker : markers) {
        if (errorString.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

QKeychain::Job* createJob(const KeychainBackend::Request& request)
{
    switch (request.operation) {
    case KeychainBackend::Operation::Read:
        return new QKeychain::ReadPasswordJob(request.service);
    case KeychainBackend::Operation::Write: {
        auto* job = new QKeychain::WritePasswordJob(request.service);
        job->setTextData(request.secret);
        return job;
    }
    case KeychainBackend::Operation::Delete:
        return new QKeychain::DeletePasswordJob(request.service);
    }
    return nullptr;
}

} // namespace

void QtKeychainBackend::start(const Request& request, Finished finished)
{
    QKeychain::Job* job = createJob(request);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryKey(request.service, request.key));
    const bool isRead = request.operation == Operation::Read;
    // No context object: the job must report even after its requester is gone, and the
    // requester (CredentialStore) guards against that itself. The job deletes itself afterwards.
    QObject::connect(job, &QKeychain::Job::finished, [finished, isRead](QKeychain::Job* done) {
        Reply reply;
        reply.status = classify(done->error(), done->errorString());
        reply.errorString = done->errorString();
        if (isRead && reply.status == Status::Ok)
            reply.secret = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        finished(reply);
    });
    job->start();
}

QString QtKeychainBackend::entryKey(const QString& service, const QString& key)
{
#ifdef Q_OS_WIN
    // Without the service, a profile's entry would be "aliyun/Finance": nothing in Credential
    // Manager would say it is OrderDesk's, and every service (a test run's own, say) would share
    // the user's entries, overwriting and removing them.
    return service + QLatin1Char('/') + key;
#else
    Q_UNUSED(service);
    return key;
#endif
}

KeychainBackend::Status QtKeychainBackend::classify(int qtKeychainError, const QString& errorString)
{
    switch (static_cast<QKeychain::Error>(qtKeychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::EntryNotFound;
    case QKeychain::CouldNotDeleteEntry:
        return Status::CouldNotDeleteEntry;
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDeniedByUser;
    case QKeychain::AccessDenied:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return Status::NoBackendAvailable;
    case QKeychain::NotImplemented:
        return Status::NotImplemented;
    case QKeychain::OtherError:
        if (usesSecretService && (sessionBusUnreachable() || mentionsMissingService(errorString)))
            return Status::NoBackendAvailable;
        return Status::OtherError;
    }
    return Status::OtherError;
}

} // namespace OrderDesk
