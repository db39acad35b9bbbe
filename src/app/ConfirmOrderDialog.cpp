#include "ConfirmOrderDialog.h"

#include "ledger/OrderStatus.h"
#include "orders/OrderConfirmation.h"
#include "orders/OrderSummary.h"
#include "providers/Provider.h"
#include "ui_ConfirmOrderDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace OrderDesk {

namespace {

QString valueText(const SummaryLine& line)
{
    const QString meaning = line.valueMeaning.toString();
    if (meaning.isEmpty() || meaning == line.value)
        return line.value;
    //: A summary value followed by what it means, e.g. "PrePaid (Subscription (prepaid))"
    return ConfirmOrderDialog::tr("%1 (%2)").arg(line.value, meaning);
}

} // namespace

ConfirmOrderDialog::ConfirmOrderDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConfirmOrderDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("confirmOrderDialog"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    ui->duplicateIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));

    // Only a deliberate click places the order: Enter and Escape both mean Cancel.
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton* cancel = ui->buttonBox->button(QDialogButtonBox::Cancel);
    ok->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();

    connect(ui->confirmDuplicateCheck, &QCheckBox::toggled, this, &ConfirmOrderDialog::updateOkButton);
    // QDialogButtonBox gives its standard buttons Qt's own texts again on every language
    // change, which would turn "Place order" back into a bare "OK".
    ui->buttonBox->installEventFilter(this);
    retranslate();
    render();
}

ConfirmOrderDialog::~ConfirmOrderDialog() = default;

void ConfirmOrderDialog::setOrder(const PreparedOrder& prepared, const QString& accessKeyId, bool sandbox)
{
    m_prepared = prepared;
    m_accessKeyId = accessKeyId;
    m_sandbox = sandbox;
    ui->confirmDuplicateCheck->setChecked(false);
    render();
}

QString ConfirmOrderDialog::summaryPlainText() const
{
    QStringList lines;
    for (const SummaryLine& line : OrderSummary::lines(m_prepared))
        lines.append(tr("%1: %2").arg(line.label.toString(), valueText(line)));
    return lines.join(QLatin1Char('\n'));
}

bool ConfirmOrderDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == ui->buttonBox && event->type() == QEvent::LanguageChange) {
        retranslate();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ConfirmOrderDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        render();
    }
    QDialog::changeEvent(event);
}

void ConfirmOrderDialog::retranslate()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Place order"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    ui->summaryText->setAccessibleName(tr("Order summary"));
}

void ConfirmOrderDialog::render()
{
    // The sentence first, large: what, which resource, how long, which account.
    ui->sentenceText->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold\">") +
                              OrderConfirmation::sentence(m_prepared, m_accessKeyId).toHtmlEscaped() +
                              QStringLiteral("</span>"));
    ui->sentenceText->setAccessibleName(OrderConfirmation::sentence(m_prepared, m_accessKeyId));
    const QString payment = OrderConfirmation::payment(m_prepared, m_sandbox);
    // Amber for the sandbox (as its banner), red for money that is still owed after the order.
    const bool unpaid =
        !m_sandbox && m_prepared.provider &&
        m_prepared.provider->payment(m_prepared.order.params) == PaymentState::AwaitingPaymentInConsole;
    const QString color = m_sandbox ? QStringLiteral("#8a5a00")
                          : unpaid  ? QStringLiteral("#b71c1c")
                                    : QString();
    ui->paymentText->setText(color.isEmpty() ? payment.toHtmlEscaped()
                                             : QStringLiteral("<b style=\"color:%1\">").arg(color) +
                                                   payment.toHtmlEscaped() + QStringLiteral("</b>"));
    ui->paymentText->setAccessibleName(payment);

    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const SummaryLine& line : OrderSummary::lines(m_prepared)) {
        html += QStringLiteral("<tr><td><b>") + line.label.toString().toHtmlEscaped() +
                QStringLiteral("</b></td><td>") + valueText(line).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    ui->summaryText->setText(html);

    const std::optional<OrderRecord>& earlier = m_prepared.duplicate;
    ui->duplicateFrame->setVisible(earlier.has_value());
    if (earlier) {
        const QString when = QLocale().toString(earlier->createdUtc.toLocalTime(), QLocale::ShortFormat);
        QString text = tr("This resource (%1) was already ordered with the same account within the last 24 "
                          "hours: ledger entry %2 at %3, status %4. Ordering it again may pay twice.")
                           .arg(earlier->resourceId, QString::number(earlier->id), when,
                                OrderStatusNames::label(earlier->status).toString());
        if (!earlier->orderId.isEmpty())
            text +=
                QLatin1Char(' ') + tr("The provider's order ID of that order is %1.").arg(earlier->orderId);
        ui->duplicateWarning->setText(text);
    } else {
        ui->duplicateWarning->clear();
    }
    updateOkButton();
}

void ConfirmOrderDialog::updateOkButton()
{
    const bool confirmed = !hasDuplicate() || ui->confirmDuplicateCheck->isChecked();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_prepared.isValid() && confirmed);
}

} // namespace OrderDesk
