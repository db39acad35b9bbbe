#include "AppSettings.h"

#include "OwnerOnlyFiles.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <array>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "orderdesk.settings")

struct KeyEntry
{
    AppSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const NetworkSettings networkDefaults;

// The one table of names and defaults: renaming a key here renames it everywhere.
const std::array<KeyEntry, 9>& keyTable()
{
    static const std::array<KeyEntry, 9> table{{
        {AppSettings::Key::Language, "ui/language", QString()},
        {AppSettings::Key::ConnectTimeoutSeconds, "network/connectTimeoutSeconds",
         networkDefaults.connectTimeoutSeconds},
        {AppSettings::Key::TransferTimeoutSeconds, "network/transferTimeoutSeconds",
         networkDefaults.transferTimeoutSeconds},
        {AppSettings::Key::ProxyMode, "network/proxyMode", QStringLiteral("system")},
        {AppSettings::Key::ProxyHost, "network/proxyHost", QString()},
        {AppSettings::Key::ProxyPort, "network/proxyPort", networkDefaults.proxyPort},
        {AppSettings::Key::ProxyUser, "network/proxyUser", QString()},
        {AppSettings::Key::ExtraCaFile, "network/extraCaFile", QString()},
        {AppSettings::Key::TeamLedger, "ledger/team", QString()},
    }};
    return table;
}

const KeyEntry& entry(AppSettings::Key key)
{
    const auto& table = keyTable();
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < table.size() && table[index].key == key);
    return table[index];
}

// The proxy mode is stored as a word rather than a number so that the file stays readable.
struct ProxyModeName
{
    NetworkSettings::ProxyMode mode;
    const char* name;
};

constexpr std::array<ProxyModeName, 3> proxyModeNames{{
    {NetworkSettings::ProxyMode::System, "system"},
    {NetworkSettings::ProxyMode::None, "none"},
    {NetworkSettings::ProxyMode::Manual, "manual"},
}};

bool isValidPort(int port)
{
    return port >= 0 && port <= 65535;
}

constexpr const char* endpointsGroup = "endpoints";
constexpr const char* lastProfileGroup = "lastProfile";

} // namespace

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
    // Only an existing file: reading the settings never creates one.
    QString technical;
    if (!OwnerOnlyFiles::restrictExisting(iniPath, &technical))
        qCWarning(lcSettings) << "the settings file could not be made private:" << technical;
}

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}

QSettings& AppSettings::raw()
{
    prepareForWrite();
    return m_settings;
}

QStringList AppSettings::supportedLanguages()
{
    return {QString(), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString AppSettings::teamLedger() const
{
    return value(Key::TeamLedger).toString().trimmed();
}

void AppSettings::setTeamLedger(const QString& address)
{
    setValue(Key::TeamLedger, address.trimmed());
}

QString AppSettings::language() const
{
    const QString stored = value(Key::Language).toString();
    return supportedLanguages().contains(stored) ? stored : defaultValue(Key::Language).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(Key::Language, supportedLanguages().contains(language) ? language : QString());
}

NetworkSettings AppSettings::network() const
{
    NetworkSettings network;
    network.connectTimeoutSeconds = timeoutValue(Key::ConnectTimeoutSeconds);
    network.transferTimeoutSeconds = timeoutValue(Key::TransferTimeoutSeconds);
    const QString mode = value(Key::ProxyMode).toString();
    for (const ProxyModeName& name : proxyModeNames) {
        if (mode == QLatin1String(name.name))
            network.proxyMode = name.mode;
    }
    network.proxyHost = value(Key::ProxyHost).toString();
    const std::optional<int> port = intValue(Key::ProxyPort);
    network.proxyPort = port && isValidPort(*port) ? *port : defaultValue(Key::ProxyPort).toInt();
    network.proxyUser = value(Key::ProxyUser).toString();
    network.extraCaFile = value(Key::ExtraCaFile).toString();
    return network;
}

void AppSettings::setNetwork(const NetworkSettings& network)
{
    setValue(Key::ConnectTimeoutSeconds,
             qBound(NetworkSettings::MinimumTimeoutSeconds, network.connectTimeoutSeconds,
                    NetworkSettings::MaximumTimeoutSeconds));
    setValue(Key::TransferTimeoutSeconds,
             qBound(NetworkSettings::MinimumTimeoutSeconds, network.transferTimeoutSeconds,
                    NetworkSettings::MaximumTimeoutSeconds));
    for (const ProxyModeName& name : proxyModeNames) {
        if (network.proxyMode == name.mode)
            setValue(Key::ProxyMode, QString::fromLatin1(name.name));
    }
    setValue(Key::ProxyHost, network.proxyHost.trimmed());
    setValue(Key::ProxyPort,
             isValidPort(network.proxyPort) ? network.proxyPort : defaultValue(Key::ProxyPort).toInt());
    setValue(Key::ProxyUser, network.proxyUser);
    setValue(Key::ExtraCaFile, network.extraCaFile);
}

QString AppSettings::endpointOverride(const QString& provider) const
{
    if (provider.isEmpty())
        return {};
    return m_settings.value(providerKey(endpointsGroup, provider)).toString();
}

void AppSettings::setEndpointOverride(const QString& provider, const QString& endpoint)
{
    if (provider.isEmpty())
        return;
    const QString key = providerKey(endpointsGroup, provider);
    prepareForWrite();
    if (endpoint.trimmed().isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, endpoint.trimmed());
}

QString AppSettings::lastProfile(const QString& provider) const
{
    if (provider.isEmpty())
        return {};
    return m_settings.value(providerKey(lastProfileGroup, provider)).toString();
}

void AppSettings::setLastProfile(const QString& provider, const QString& profileName)
{
    if (provider.isEmpty())
        return;
    const QString key = providerKey(lastProfileGroup, provider);
    prepareForWrite();
    if (profileName.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, profileName);
}

bool AppSettings::sync(LocalizedText* error)
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError: {
        // A file QSettings created itself (its folder was missing before the first change) has
        // the umask's permissions. The values are saved either way, so this only warns.
        QString technical;
        if (!OwnerOnlyFiles::restrictExisting(m_settings.fileName(), &technical))
            qCWarning(lcSettings) << "the settings file could not be made private:" << technical;
        return true;
    }
    case QSettings::AccessError:
        if (error)
            *error =
                LocalizedText("OrderDesk::AppSettings",
                              QT_TRANSLATE_NOOP("OrderDesk::AppSettings",
                                                "The settings file %1 could not be written. Check that its "
                                                "folder exists and that you may write to it."))
                    .arg(m_settings.fileName());
        return false;
    case QSettings::FormatError:
        if (error)
            *error = LocalizedText("OrderDesk::AppSettings",
                                   QT_TRANSLATE_NOOP("OrderDesk::AppSettings",
                                                     "The settings file %1 is damaged and could not be read. "
                                                     "Restore it from a backup or remove it to start with "
                                                     "default settings."))
                         .arg(m_settings.fileName());
        return false;
    }
    return false;
}

QVariant AppSettings::value(Key key) const
{
    const KeyEntry& e = entry(key);
    return m_settings.value(QLatin1String(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    prepareForWrite();
    m_settings.setValue(QLatin1String(entry(key).name), value);
}

void AppSettings::prepareForWrite()
{
    if (m_filePrepared)
        return;
    // QSettings writes through a temporary file that takes over the permissions of the file it
    // replaces, so a file that exists with 0600 before the first write stays 0600. Without its
    // folder the file cannot exist yet: QSettings creates the folder when it writes, and sync()
    // restricts the file it made.
    const QString path = m_settings.fileName();
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return;
    QString technical;
    m_filePrepared = OwnerOnlyFiles::prepareFile(path, &technical);
    if (!m_filePrepared)
        qCWarning(lcSettings) << "the settings file could not be made private:" << technical;
}

std::optional<int> AppSettings::intValue(Key key) const
{
    bool ok = false;
    const int stored = value(key).toInt(&ok);
    return ok ? std::optional<int>(stored) : std::nullopt;
}

int AppSettings::timeoutValue(Key key) const
{
    // A timeout out of range is clamped rather than reset: the user's intent (short or long)
    // is clear.
    const std::optional<int> stored = intValue(key);
    if (!stored)
        return defaultValue(key).toInt();
    return qBound(NetworkSettings::MinimumTimeoutSeconds, *stored, NetworkSettings::MaximumTimeoutSeconds);
}

QString AppSettings::providerKey(const char* group, const QString& provider)
{
    return QLatin1String(group) + QLatin1Char('/') + provider;
}

} // namespace OrderDesk
