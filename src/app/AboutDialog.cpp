#include "AboutDialog.h"

#include "MessageBox.h"
#include "ui_AboutDialog.h"

#include <QEvent>
#include <QIcon>
#include <QPushButton>
#include <QtGlobal>

namespace OrderDesk {

namespace {

const char* const qtLicensingUrl = "https://www.qt.io/licensing/";
const char* const lgplUrl = "https://www.gnu.org/licenses/lgpl-3.0.html";
const char* const mitUrl = "https://opensource.org/license/mit/";
const char* const qtKeychainUrl = "https://github.com/frankosterfeld/qtkeychain";
const char* const sqliteUrl = "https://www.sqlite.org/copyright.html";
// The written offer for Qt's source must point at someone OrderDesk's maintainers control,
// not at the Qt Project's download pages.
const char* const maintainersAddress = "maintainers@orderdesk.invalid";

QString link(const QString& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString link(const char* url, const QString& text)
{
    return link(QLatin1String(url), text);
}

QString bold(const QString& text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AboutDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    const QIcon icon(QStringLiteral(":/icons/orderdesk.svg"));
    setWindowIcon(icon);
    ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    QFont nameFont = ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    ui->nameLabel->setFont(nameFont);
    // The product name is the same in every language.
    ui->nameLabel->setText(QStringLiteral("OrderDesk"));
    for (QLabel* label : {ui->license_orderdesk, ui->license_qt, ui->license_qtkeychain, ui->license_sqlite})
        label->setTextFormat(Qt::RichText);

    QPushButton* close = ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->aboutQtButton, &QPushButton::clicked, this, [this] { MessageBox::aboutQt(this); });

    retranslate();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::qtKeychainVersion()
{
#ifdef ORDERDESK_QTKEYCHAIN_VERSION
    return QStringLiteral(ORDERDESK_QTKEYCHAIN_VERSION);
#else
    return {};
#endif
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    ui->retranslateUi(this);
    ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(ORDERDESK_VERSION)));
    ui->descriptionLabel->setText(
        tr("Prepaid orders with Volcengine, Alibaba Cloud, UniCloud and Huawei Cloud through their signed "
           "OpenAPIs, with a ledger of every order."));
    // The run-time version can differ from the build's when the system's Qt was updated.
    ui->qtVersionLabel->setText(
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    const QString keychain = qtKeychainVersion();
    ui->keychainVersionLabel->setText(keychain.isEmpty() ? tr("QtKeychain (version unknown)")
                                                         : tr("QtKeychain %1").arg(keychain));

    ui->license_orderdesk->setText(
        bold(QStringLiteral("OrderDesk")) + QStringLiteral(" — ") +
        tr("%1. Copyright © 2026 OrderDesk authors.").arg(link(mitUrl, tr("MIT License (MIT)"))));
    ui->license_qt->setText(
        bold(QStringLiteral("Qt")) + QStringLiteral(" — ") +
        tr("%1, see %2. OrderDesk uses the Qt libraries unmodified and linked dynamically, so you may "
           "replace them with your own build of Qt. For at least three years after this release, the "
           "OrderDesk maintainers send the complete source code of the Qt libraries shipped with OrderDesk "
           "to anyone who asks at %3.")
            .arg(link(lgplUrl, tr("GNU Lesser General Public License version 3 (LGPL-3.0-only)")),
                 link(qtLicensingUrl, QLatin1String(qtLicensingUrl)),
                 link(QLatin1String("mailto:") + QLatin1String(maintainersAddress),
                      QLatin1String(maintainersAddress))));
    ui->license_qtkeychain->setText(bold(QStringLiteral("QtKeychain")) + QStringLiteral(" — ") +
                                    tr("%1. Copyright © Frank Osterfeld and contributors. Keeps the "
                                       "AccessKey secrets in the system keychain.")
                                        .arg(link(qtKeychainUrl, tr("BSD 2-Clause License (BSD-2-Clause)"))));
    ui->license_sqlite->setText(
        bold(QStringLiteral("SQLite")) + QStringLiteral(" — ") +
        tr("%1. Stores the order history.").arg(link(sqliteUrl, tr("Public domain"))));
}

} // namespace OrderDesk
