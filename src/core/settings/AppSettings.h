#pragma once

#include "DataLocation.h"
#include "NetworkSettings.h"
#include "common/LocalizedText.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace OrderDesk {

// The user's settings, typed, in one INI file in the data folder on every OS, so that a user
// can back it up and a test can read every byte of it. Values that are out of range or
// unknown in the file read as their defaults, so a hand-edited file cannot break the app.
// Secrets never go here: AccessKey secrets and the proxy password live in the keychain.
// Still, the file names accounts and endpoints, so it is readable by its owner only
// (OwnerOnlyFiles).
class AppSettings
{
public:
    enum class Key
    {
        Language,
        ConnectTimeoutSeconds,
        TransferTimeoutSeconds,
        ProxyMode,
        ProxyHost,
        ProxyPort,
        ProxyUser,
        ExtraCaFile,
        TeamLedger,
    };

    explicit AppSettings(const QString& iniPath = DataLocation::settingsFilePath());
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // The name of a key in the INI file and the value it has when the file has none.
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString fileName() const;
    // The CredentialStore keeps its profiles in the same file. Whoever asks for it may write, so
    // the file is created (owner-only) first.
    QSettings& raw();

    // "" follows the system language; the others are the shipped translations.
    static QStringList supportedLanguages();
    QString language() const;
    // An unsupported value is stored as "" (follow the system).
    void setLanguage(const QString& language);

    NetworkSettings network() const;
    // Timeouts are clamped to the allowed range; a port outside 0–65535 is stored as 0.
    void setNetwork(const NetworkSettings& network);

    // The team ledger's postgresql:// address (docs/ARCHITECTURE.md, "The team ledger"); empty:
    // the ledger on this computer. Stored as typed; TeamLedgerLocation::parse decides if it is one.
    QString teamLedger() const;
    void setTeamLedger(const QString& address);

    // "scheme://host[:port]" the user typed for a provider; empty = the provider's default.
    QString endpointOverride(const QString& provider) const;
    void setEndpointOverride(const QString& provider, const QString& endpoint);

    QString lastProfile(const QString& provider) const;
    void setLastProfile(const QString& provider, const QString& profileName);

    // Writes pending changes to the file. Returns false, and says why in error, when the file
    // could not be written or read.
    bool sync(LocalizedText* error = nullptr);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    std::optional<int> intValue(Key key) const;
    int timeoutValue(Key key) const;
    static QString providerKey(const char* group, const QString& provider);

    // Creates the file owner-only before QSettings first writes it; see OwnerOnlyFiles.
    void prepareForWrite();

    QSettings m_settings;
    bool m_filePrepared = false;
};

} // namespace OrderDesk
