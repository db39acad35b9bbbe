#include "AppContext.h"
#include "MessageBox.h"
#include "ProfileEditDialog.h"
#include "ProfilesDialog.h"
#include "SettingsDialog.h"
#include "TestArtifacts.h"
#include "TestSecrets.h"
#include "credentials/CredentialResult.h"
#include "credentials/CredentialStore.h"
#include "net/OrderClient.h"
#include "settings/AppSettings.h"
#include "settings/NetworkSettings.h"
#include "team/TeamLedgerLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>
#include <optional>

using namespace OrderDesk;

namespace {

// The keychain answers over D-Bus; a few seconds is plenty on a private session.
constexpr int kKeychainTimeoutMs = 15000;

// One context on its own data folder, in English, with its own keychain service so that no
// test sees another's secrets.
struct Fixture
{
    Fixture()
    {
        TestArtifacts::keepIfAsked(dir);
        context = std::make_unique<AppContext>(dir.path());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
        context->credentials().setServiceName(QStringLiteral("OrderDesk-gui-test-") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    ~Fixture()
    {
        // Leaves nothing behind in the keychain.
        bool removed = false;
        context->credentials().saveProxyPassword(QString(), nullptr,
                                                 [&removed](const CredentialResult&) { removed = true; });
        if (!QTest::qWaitFor([&removed] { return removed; }, kKeychainTimeoutMs))
            qWarning("The keychain did not answer while cleaning up");
        for (const QString& provider : context->credentials().providers()) {
            for (const Profile& profile : context->credentials().profiles(provider)) {
                bool done = false;
                context->credentials().removeProfile(profile.provider, profile.name, nullptr,
                                                     [&done](const CredentialResult&) { done = true; });
                if (!QTest::qWaitFor([&done] { return done; }, kKeychainTimeoutMs))
                    qWarning("The keychain did not answer while cleaning up");
            }
        }
    }

    QString iniPath() const { return dir.path() + QStringLiteral("/settings.ini"); }

    // The proxy password in the keychain, empty when none, or an error text.
    QString proxyPassword() const
    {
        std::optional<CredentialResult> answer;
        context->credentials().readProxyPassword(
            nullptr, [&answer](const CredentialResult& result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kKeychainTimeoutMs))
            return QStringLiteral("<no answer>");
        return answer->ok ? answer->credential.accessKeySecret
                          : QStringLiteral("<error: %1>").arg(answer->error.toEnglish());
    }
    QByteArray iniBytes() const
    {
        context->settings().sync();
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Saves a profile through the store, as the dialog does, and waits for the keychain.
    bool store(const Profile& profile, const QString& secret) const
    {
        std::optional<CredentialResult> answer;
        context->credentials().saveProfile(profile, secret, nullptr,
                                           [&answer](const CredentialResult& result) { answer = result; });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, kKeychainTimeoutMs) && answer->ok;
    }

    // The stored secret, or an error text.
    QString secretOf(const QString& provider, const QString& name) const
    {
        std::optional<CredentialResult> answer;
        context->credentials().readCredential(provider, name, nullptr,
                                              [&answer](const CredentialResult& result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kKeychainTimeoutMs))
            return QStringLiteral("<no answer>");
        return answer->ok ? answer->credential.accessKeySecret
                          : QStringLiteral("<error: %1>").arg(answer->error.toEnglish());
    }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    bool ok = false;
};

Profile makeProfile(const QString& provider, const QString& name, const QString& accessKeyId)
{
    Profile profile;
    profile.provider = provider;
    profile.name = name;
    profile.accessKeyId = accessKeyId;
    return profile;
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

QStringList rowTexts(QTreeWidget* tree, int row)
{
    QStringList texts;
    QTreeWidgetItem* item = tree->topLevelItem(row);
    for (int column = 0; column < tree->columnCount(); ++column)
        texts << item->text(column);
    return texts;
}

int rowOf(QTreeWidget* tree, const QString& providerName, const QString& name)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0) == providerName && tree->topLevelItem(row)->text(1) == name)
            return row;
    }
    return -1;
}

QPushButton* saveButton(QWidget* dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
    return box ? box->button(QDialogButtonBox::Save) : nullptr;
}

QPushButton* okButton(QWidget* dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
    }

    void init() { MessageBox::reset(); }

    void addProfile_listedAndSecretOnlyInKeychain()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        ProfilesDialog dialog(*fixture.context);
        dialog.show();
        auto* tree = child<QTreeWidget>(&dialog, "profileTree");
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 4);

        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QPointer<QDialog> edit = child<QDialog>(&dialog, "profileEditDialog");
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());
        auto* provider = child<QComboBox>(edit, "providerCombo");
        provider->setCurrentIndex(provider->findData(QStringLiteral("aliyun")));
        typeInto(edit, "profileName", QStringLiteral("finance-main"));
        typeInto(edit, "accessKeyId", QStringLiteral("LTAI5tDialogTest0001"));
        typeInto(edit, "secret", TestSecrets::accessKeySecret(QStringLiteral("dialog")));
        typeInto(edit, "endpoint", QStringLiteral("https://ecs.example.test"));
        typeInto(edit, "region", QStringLiteral("cn-shanghai"));
        QCOMPARE(child<QLineEdit>(edit, "secret")->echoMode(), QLineEdit::Password);
        QVERIFY(saveButton(edit)->isEnabled());
        QTest::mouseClick(saveButton(edit), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!edit, kKeychainTimeoutMs); // closed and deleted once saved
        QCOMPARE(MessageBox::count(), 0);
        QCOMPARE(tree->topLevelItemCount(), 5);
        const int row = rowOf(tree, QStringLiteral("Alibaba Cloud"), QStringLiteral("finance-main"));
        QVERIFY(row >= 0);
        QCOMPARE(
            rowTexts(tree, row),
            QStringList({QStringLiteral("Alibaba Cloud"), QStringLiteral("finance-main"),
                         QStringLiteral("LTAI5tDialogTest0001"), QStringLiteral("https://ecs.example.test"),
                         QStringLiteral("cn-shanghai"), QString()}));
        // The new profile is selected.
        QCOMPARE(tree->indexOfTopLevelItem(tree->currentItem()), row);

        QCOMPARE(fixture.secretOf(QStringLiteral("aliyun"), QStringLiteral("finance-main")),
                 TestSecrets::accessKeySecret(QStringLiteral("dialog")));
        const QByteArray ini = fixture.iniBytes();
        QVERIFY(ini.contains("LTAI5tDialogTest0001"));
        QVERIFY(!ini.contains("dialog-test-secret-0001"));
    }

    void editProfile_secretFieldEmpty_andKeptWhenLeftEmpty()
    {
        Fixture fixture;
        Profile stored = makeProfile(QStringLiteral("volcengine"), QStringLiteral("ops"),
                                     QStringLiteral("AKLTDialogTest0002"));
        QVERIFY(fixture.store(stored, QStringLiteral("first-secret-0002")));

        ProfilesDialog dialog(*fixture.context);
        dialog.show();
        dialog.selectProfile(stored.provider, stored.name);
        auto* editButton = child<QPushButton>(&dialog, "editButton");
        QVERIFY(editButton->isEnabled());
        QTest::mouseClick(editButton, Qt::LeftButton);
        QPointer<QDialog> edit = child<QDialog>(&dialog, "profileEditDialog");
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());

        auto* secret = child<QLineEdit>(edit, "secret");
        QCOMPARE(secret->text(), QString());
        QCOMPARE(secret->placeholderText(), QStringLiteral("unchanged — type to replace"));
        QCOMPARE(child<QLineEdit>(edit, "profileName")->text(), QStringLiteral("ops"));
        QCOMPARE(child<QLineEdit>(edit, "accessKeyId")->text(), QStringLiteral("AKLTDialogTest0002"));
        QVERIFY(!child<QComboBox>(edit, "providerCombo")->isEnabled());

        typeInto(edit, "region", QStringLiteral("cn-beijing"));
        QVERIFY(saveButton(edit)->isEnabled());
        QTest::mouseClick(saveButton(edit), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit, kKeychainTimeoutMs);

        const std::optional<Profile> updated =
            fixture.context->credentials().profile(stored.provider, stored.name);
        QVERIFY(updated);
        QCOMPARE(updated->region, QStringLiteral("cn-beijing"));
        QCOMPARE(fixture.secretOf(stored.provider, stored.name), QStringLiteral("first-secret-0002"));
    }

    void editProfile_typedSecretReplacesStoredOne()
    {
        Fixture fixture;
        const Profile stored = makeProfile(QStringLiteral("huaweicloud"), QStringLiteral("hw"),
                                           QStringLiteral("HPUADIALOGTEST0003"));
        QVERIFY(fixture.store(stored, QStringLiteral("old-secret-0003")));

        ProfileEditDialog edit(*fixture.context, stored, ProfileEditDialog::Mode::Edit);
        edit.show();
        typeInto(&edit, "secret", QStringLiteral("new-secret-0003"));
        QTest::mouseClick(saveButton(&edit), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit.isVisible(), kKeychainTimeoutMs);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        // Not kept in the widget after saving.
        QCOMPARE(child<QLineEdit>(&edit, "secret")->text(), QString());
        QCOMPARE(fixture.secretOf(stored.provider, stored.name), QStringLiteral("new-secret-0003"));
    }

    void renameActiveProfile_staysActive()
    {
        Fixture fixture;
        const Profile stored = makeProfile(QStringLiteral("unicloud"), QStringLiteral("old-name"),
                                           QStringLiteral("UNIDIALOGTEST0004"));
        QVERIFY(fixture.store(stored, QStringLiteral("secret-0004")));
        fixture.context->setActiveProfile(stored.provider, stored.name);

        ProfileEditDialog edit(*fixture.context, stored, ProfileEditDialog::Mode::Edit);
        edit.show();
        typeInto(&edit, "profileName", QStringLiteral("new-name"));
        QTest::mouseClick(saveButton(&edit), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit.isVisible(), kKeychainTimeoutMs);
        QCOMPARE(fixture.context->activeProfile(stored.provider).name, QStringLiteral("new-name"));
        QCOMPARE(fixture.secretOf(stored.provider, QStringLiteral("new-name")),
                 QStringLiteral("secret-0004"));
    }

    void sandboxProfiles_readOnly()
    {
        Fixture fixture;
        ProfilesDialog dialog(*fixture.context);
        dialog.show();
        auto* tree = child<QTreeWidget>(&dialog, "profileTree");
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            tree->setCurrentItem(tree->topLevelItem(row));
            QCOMPARE(tree->topLevelItem(row)->text(1), QStringLiteral("sandbox"));
            QCOMPARE(tree->topLevelItem(row)->text(3), QStringLiteral("built-in simulator"));
            QCOMPARE(tree->topLevelItem(row)->text(5), QStringLiteral("Yes"));
            QVERIFY(!child<QPushButton>(&dialog, "editButton")->isEnabled());
            QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isEnabled());
            QVERIFY(child<QPushButton>(&dialog, "addButton")->isEnabled());
        }
    }

    void useButton_makesProfileActive()
    {
        Fixture fixture;
        const Profile stored = makeProfile(QStringLiteral("aliyun"), QStringLiteral("buyer"),
                                           QStringLiteral("LTAI5tDialogTest0005"));
        QVERIFY(fixture.store(stored, QStringLiteral("secret-0005")));
        fixture.context->notifyProfilesChanged();

        ProfilesDialog dialog(*fixture.context);
        dialog.show();
        dialog.selectProfile(stored.provider, stored.name);
        auto* use = child<QPushButton>(&dialog, "useButton");
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(fixture.context->activeProfile(stored.provider).name, QStringLiteral("buyer"));
        QVERIFY(!use->isEnabled());
        auto* tree = child<QTreeWidget>(&dialog, "profileTree");
        QCOMPARE(tree->currentItem()->text(5), QStringLiteral("Yes"));
    }

    void removeProfile_afterConfirmation_goneFromListAndKeychain()
    {
        Fixture fixture;
        const Profile stored = makeProfile(QStringLiteral("aliyun"), QStringLiteral("temp"),
                                           QStringLiteral("LTAI5tDialogTest0006"));
        QVERIFY(fixture.store(stored, QStringLiteral("secret-0006")));
        fixture.context->setActiveProfile(stored.provider, stored.name);

        ProfilesDialog dialog(*fixture.context);
        dialog.show();
        auto* tree = child<QTreeWidget>(&dialog, "profileTree");
        QCOMPARE(tree->topLevelItemCount(), 5);

        // Saying No keeps it.
        dialog.selectProfile(stored.provider, stored.name);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("\"temp\"")));
        QTest::qWait(50);
        QCOMPARE(tree->topLevelItemCount(), 5);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 4, kKeychainTimeoutMs);
        QCOMPARE(rowOf(tree, QStringLiteral("Alibaba Cloud"), QStringLiteral("temp")), -1);
        QVERIFY(fixture.secretOf(stored.provider, stored.name).startsWith(QStringLiteral("<error:")));
        // The provider is back on its sandbox.
        QVERIFY(AppContext::isSandbox(fixture.context->activeProfile(stored.provider)));
    }

    void invalidProfile_showsInlineMessages_andCannotBeSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("reserved name")
            << QStringLiteral("profileName") << QStringLiteral("sandbox")
            << QStringLiteral("The name \"sandbox\" belongs to the built-in sandbox. Choose another name.");
        QTest::newRow("slash in name")
            << QStringLiteral("profileName") << QStringLiteral("a/b")
            << QStringLiteral("A profile name may not contain slashes, backslashes or "
                              "control characters.");
        QTest::newRow("space in key id")
            << QStringLiteral("accessKeyId") << QStringLiteral("LTAI 5t")
            << QStringLiteral(
                   "The AccessKey ID contains spaces or characters that an AccessKey ID does not have. "
                   "Copy it again from the provider's console.");
        QTest::newRow("bad region") << QStringLiteral("region") << QStringLiteral("cn shanghai")
                                    << QStringLiteral(
                                           "A region is written with letters, digits and hyphens only, "
                                           "for example cn-beijing.");
    }

    void invalidProfile_showsInlineMessages_andCannotBeSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Fixture fixture;
        ProfileEditDialog edit(*fixture.context, makeProfile(QStringLiteral("aliyun"), {}, {}),
                               ProfileEditDialog::Mode::Add);
        edit.show();
        typeInto(&edit, "profileName", QStringLiteral("valid-name"));
        typeInto(&edit, "accessKeyId", QStringLiteral("LTAI5tDialogTest0007"));
        typeInto(&edit, "secret", QStringLiteral("secret-0007"));
        QVERIFY(saveButton(&edit)->isEnabled());

        typeInto(&edit, qPrintable(field), value);
        auto* label = edit.findChild<QLabel*>(field + QStringLiteral("_error"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), message);
        QVERIFY(!saveButton(&edit)->isEnabled());
        // Enter does not save either.
        QTest::keyClick(&edit, Qt::Key_Return);
        QVERIFY(edit.isVisible());
        QVERIFY(!edit.isBusy());
        QCOMPARE(fixture.context->credentials().profiles(QStringLiteral("aliyun")).size(), 0);
    }

    void addProfile_withoutSecret_cannotBeSaved()
    {
        Fixture fixture;
        ProfileEditDialog edit(*fixture.context, makeProfile(QStringLiteral("aliyun"), {}, {}),
                               ProfileEditDialog::Mode::Add);
        edit.show();
        typeInto(&edit, "profileName", QStringLiteral("no-secret"));
        typeInto(&edit, "accessKeyId", QStringLiteral("LTAI5tDialogTest0008"));
        QVERIFY(!saveButton(&edit)->isEnabled());
        // Nothing is reported for a field the user has not reached yet.
        QVERIFY(!child<QLabel>(&edit, "secret_error")->isVisible());
        typeInto(&edit, "secret", QStringLiteral("x"));
        QVERIFY(saveButton(&edit)->isEnabled());
    }

    void unusualKeyId_showsWarningButCanBeSaved()
    {
        Fixture fixture;
        ProfileEditDialog edit(*fixture.context, makeProfile(QStringLiteral("aliyun"), {}, {}),
                               ProfileEditDialog::Mode::Add);
        edit.show();
        typeInto(&edit, "profileName", QStringLiteral("odd-key"));
        typeInto(&edit, "accessKeyId", QStringLiteral("AKLTNotAnAliyunKey01"));
        typeInto(&edit, "secret", QStringLiteral("secret-0009"));
        auto* warning = child<QLabel>(&edit, "keyFormatWarning");
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(),
                 QStringLiteral("Note: ") +
                     fixture.context->credentials()
                         .keyFormatWarning(makeProfile(QStringLiteral("aliyun"), QStringLiteral("x"),
                                                       QStringLiteral("AKLTNotAnAliyunKey01")))
                         .toEnglish());
        QVERIFY(warning->text().contains(QStringLiteral("LTAI")));
        QVERIFY(saveButton(&edit)->isEnabled());

        typeInto(&edit, "accessKeyId", QStringLiteral("LTAI5tDialogTest0009"));
        QVERIFY(!warning->isVisible());
    }

    void settings_languageAndTimeoutsPersistInIni()
    {
        Fixture fixture;
        SettingsDialog dialog(*fixture.context);
        dialog.show();
        auto* language = child<QComboBox>(&dialog, "languageCombo");
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(language->itemText(1), QStringLiteral("简体中文"));
        QCOMPARE(language->itemText(2), QStringLiteral("English"));

        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        // Applied at once, before OK.
        QCOMPARE(fixture.context->language(), QStringLiteral("zh_CN"));
        QCOMPARE(fixture.context->effectiveLanguage(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(language->itemText(0), QStringLiteral("跟随系统"));

        auto* connect = child<QSpinBox>(&dialog, "connectTimeout");
        auto* transfer = child<QSpinBox>(&dialog, "transferTimeout");
        QCOMPARE(connect->value(), 15);
        QCOMPARE(transfer->value(), 60);
        connect->setValue(42);
        transfer->setValue(120);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSettings ini(fixture.iniPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(ini.value(QStringLiteral("network/connectTimeoutSeconds")).toInt(), 42);
        QCOMPARE(ini.value(QStringLiteral("network/transferTimeoutSeconds")).toInt(), 120);
        // The order client uses them at once.
        QCOMPARE(fixture.context->client().options().connectTimeout, std::chrono::milliseconds(42000));
        QCOMPARE(fixture.context->client().options().transferTimeout, std::chrono::milliseconds(120000));

        // A new dialog shows what was saved.
        SettingsDialog again(*fixture.context);
        QCOMPARE(child<QSpinBox>(&again, "connectTimeout")->value(), 42);
        QCOMPARE(child<QComboBox>(&again, "languageCombo")->currentData().toString(),
                 QStringLiteral("zh_CN"));
        fixture.context->setLanguage(QStringLiteral("en"));
    }

    void settings_cancelRestoresLanguageAndKeepsNetwork()
    {
        Fixture fixture;
        SettingsDialog dialog(*fixture.context);
        dialog.show();
        auto* language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(fixture.context->language(), QStringLiteral("zh_CN"));
        child<QSpinBox>(&dialog, "connectTimeout")->setValue(99);

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(fixture.context->language(), QStringLiteral("en"));
        QCOMPARE(fixture.context->settings().network().connectTimeoutSeconds, 15);
        QVERIFY(!fixture.iniBytes().contains("connectTimeoutSeconds=99"));
    }

    void settings_proxyFieldsFollowMode()
    {
        Fixture fixture;
        SettingsDialog dialog(*fixture.context);
        dialog.show();
        auto* mode = child<QComboBox>(&dialog, "proxyMode");
        auto* host = child<QLineEdit>(&dialog, "proxyHost");
        auto* port = child<QSpinBox>(&dialog, "proxyPort");
        QVERIFY(!host->isEnabled());
        mode->setCurrentIndex(mode->findData(static_cast<int>(NetworkSettings::ProxyMode::Manual)));
        QVERIFY(host->isEnabled() && port->isEnabled());

        // A manual proxy without a host is refused.
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("A manual proxy needs a host and a port between 1 and 65535."));

        typeInto(&dialog, "proxyHost", QStringLiteral("proxy.example.test"));
        port->setValue(3128);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        const NetworkSettings saved = fixture.context->settings().network();
        QCOMPARE(saved.proxyMode, NetworkSettings::ProxyMode::Manual);
        QCOMPARE(saved.proxyHost, QStringLiteral("proxy.example.test"));
        QCOMPARE(saved.proxyPort, 3128);
    }

    void settings_proxyPassword_keptInTheKeychainAndGivenToTheProxy()
    {
        Fixture fixture;
        const QString password = TestSecrets::accessKeySecret(QStringLiteral("proxy"));
        {
            SettingsDialog dialog(*fixture.context);
            dialog.show();
            auto* mode = child<QComboBox>(&dialog, "proxyMode");
            auto* field = child<QLineEdit>(&dialog, "proxyPassword");
            QVERIFY(field && !field->isEnabled());
            mode->setCurrentIndex(mode->findData(static_cast<int>(NetworkSettings::ProxyMode::Manual)));
            QVERIFY(field->isEnabled());
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            QCOMPARE(field->text(), QString());
            typeInto(&dialog, "proxyHost", QStringLiteral("proxy.example.test"));
            child<QSpinBox>(&dialog, "proxyPort")->setValue(3128);
            typeInto(&dialog, "proxyPassword", password);

            // A password without a user is refused: nobody to log in as.
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QCOMPARE(MessageBox::lastText(), QStringLiteral("Enter the proxy user the password belongs to."));

            typeInto(&dialog, "proxyUser", QStringLiteral("finance"));
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kKeychainTimeoutMs);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // In the keychain, not in settings.ini.
        QCOMPARE(fixture.proxyPassword(), password);
        const QByteArray ini = fixture.iniBytes();
        QVERIFY(ini.contains("proxyUser=finance"));
        QVERIFY(!ini.contains(password.toUtf8()));
        QVERIFY(!ini.toLower().contains("password"));
        // The order client's proxy logs in with it.
        const NetworkOptions options = fixture.context->client().options();
        QCOMPARE(options.proxyMode, NetworkOptions::ProxyMode::Manual);
        QCOMPARE(options.manualProxy.hostName(), QStringLiteral("proxy.example.test"));
        QCOMPARE(options.manualProxy.user(), QStringLiteral("finance"));
        QCOMPARE(options.manualProxy.password(), password);

        // The next start reads it from the keychain.
        {
            AppContext next(fixture.dir.path());
            next.credentials().setServiceName(fixture.context->credentials().serviceName());
            QVERIFY(next.initialize());
            QTRY_COMPARE_WITH_TIMEOUT(next.client().options().manualProxy.password(), password,
                                      kKeychainTimeoutMs);
            QVERIFY(next.hasProxyPassword());
        }

        // The dialog never shows it, says one is stored, and keeps it when left empty.
        {
            SettingsDialog dialog(*fixture.context);
            dialog.show();
            auto* field = child<QLineEdit>(&dialog, "proxyPassword");
            QCOMPARE(field->text(), QString());
            QCOMPARE(field->placeholderText(), QStringLiteral("stored in the keychain; type to replace it"));
            child<QSpinBox>(&dialog, "connectTimeout")->setValue(30);
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kKeychainTimeoutMs);
        }
        QCOMPARE(fixture.proxyPassword(), password);
        QCOMPARE(fixture.context->client().options().manualProxy.password(), password);

        // Without a user it has no use and is removed.
        {
            SettingsDialog dialog(*fixture.context);
            dialog.show();
            typeInto(&dialog, "proxyUser", QString());
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kKeychainTimeoutMs);
        }
        QCOMPARE(fixture.proxyPassword(), QString());
        QVERIFY(!fixture.context->hasProxyPassword());
        QCOMPARE(fixture.context->client().options().manualProxy.password(), QString());
        QVERIFY(!fixture.iniBytes().contains(password.toUtf8()));
    }

    void invalidCaFile_refusedWithMessage_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray()
                                 << QStringLiteral("The file %1 cannot be read.");
        QTest::newRow("not pem") << QStringLiteral("notes.txt") << QByteArrayLiteral("just some text\n")
                                 << QStringLiteral(
                                        "The file %1 holds no certificate in PEM format (text beginning "
                                        "with -----BEGIN CERTIFICATE-----).");
        QTest::newRow("broken pem")
            << QStringLiteral("broken.pem")
            << QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")
            << QStringLiteral("The file %1 holds no certificate in PEM format (text beginning "
                              "with -----BEGIN CERTIFICATE-----).");
    }

    void invalidCaFile_refusedWithMessage()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        Fixture fixture;
        const QString path = fixture.dir.path() + QLatin1Char('/') + fileName;
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        SettingsDialog dialog(*fixture.context);
        dialog.show();
        typeInto(&dialog, "caFile", path);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);

        const QString expected = message.arg(QDir::toNativeSeparators(path));
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBox::lastText(), expected);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
        auto* error = child<QLabel>(&dialog, "caFile_error");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), expected);
        QCOMPARE(fixture.context->settings().network().extraCaFile, QString());
    }

    // The team ledger's address is checked before anything is saved; the login password goes to
    // the keychain under the address's own key, never into settings.ini.
    void settings_teamLedger_addressCheckedPasswordInKeychain()
    {
        Fixture fixture;
        const QString address = QStringLiteral("postgresql://li@db.example.test:5432/orderdesk");
        const QString password = TestSecrets::accessKeySecret(QStringLiteral("team"));
        {
            SettingsDialog dialog(*fixture.context);
            dialog.show();
            auto* field = child<QLineEdit>(&dialog, "teamPassword");
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            typeInto(&dialog, "teamAddress", QStringLiteral("mysql://li@db.example.test/orderdesk"));
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Team ledger address not usable"));
            QVERIFY(child<QLabel>(&dialog, "teamAddress_error")->isVisible());
            QCOMPARE(fixture.context->settings().teamLedger(), QString());

            typeInto(&dialog, "teamAddress", address);
            QVERIFY(!child<QLabel>(&dialog, "teamAddress_error")->isVisible());
            typeInto(&dialog, "teamPassword", password);
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kKeychainTimeoutMs);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(fixture.context->settings().teamLedger(), address);
        QVERIFY(fixture.context->usesTeamLedger());
        const QByteArray ini = fixture.iniBytes();
        QVERIFY(ini.contains(address.toUtf8()));
        QVERIFY(!ini.contains(password.toUtf8()));
        // The window connects with it (to a server that is not there: the session exists, offline).
        QTRY_VERIFY_WITH_TIMEOUT(fixture.context->team() != nullptr, kKeychainTimeoutMs);
        bool read = false;
        CredentialResult stored;
        fixture.context->credentials().readPassword(TeamLedgerLocation::parse(address)->passwordKey(),
                                                    fixture.context.get(),
                                                    [&](const CredentialResult& result) {
                                                        stored = result;
                                                        read = true;
                                                    });
        QTRY_VERIFY_WITH_TIMEOUT(read, kKeychainTimeoutMs);
        QVERIFY(stored.ok);
        QCOMPARE(stored.credential.accessKeySecret, password);
    }

    void validCaFile_accepted()
    {
        Fixture fixture;
        SettingsDialog dialog(*fixture.context);
        dialog.show();
        typeInto(&dialog, "caFile", QStringLiteral(ORDERDESK_TEST_PEM));
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(MessageBox::count(), 0);
        QCOMPARE(fixture.context->settings().network().extraCaFile, QStringLiteral(ORDERDESK_TEST_PEM));
        QCOMPARE(fixture.context->client().options().extraCaFile, QStringLiteral(ORDERDESK_TEST_PEM));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
