#include "ConfirmOrderDialog.h"

#include "ledger/OrderStatus.h"
#include "orders/OrderConfirmation.h"
#include "orders/OrderSummary.h"
#include "providers/Provider.h"
#include "ui_ConfirmOrderDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace OrderDesk {

ConfirmOrderDialog::ConfirmOrderDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConfirmOrderDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("confirmOrderDialog"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QPixmap warning =
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize);
    ui->duplicateIcon->setPixmap(warning);
    ui->longTermIcon->setPixmap(warning);

    // Only a deliberate click places the order: Enter and Escape both mean Cancel.
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton* cancel = ui->buttonBox->button(QDialogButtonBox::Cancel);
    ok->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();

    connect(ui->confirmDuplicateCheck, &QCheckBox::toggled, this, &ConfirmOrderDialog::updateOkButton);
    connect(ui->confirmLongTermCheck, &QCheckBox::toggled, this, &ConfirmOrderDialog::updateOkButton);
    // The parameter names and raw values are for whoever checks the request, not for the clerk
    // who confirms what is bought: folded away until asked for.
    connect(ui->technicalToggle, &QToolButton::toggled, this, &ConfirmOrderDialog::showTechnicalDetails);
    showTechnicalDetails(false);
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
    ui->confirmLongTermCheck->setChecked(false);
    render();
}

QString ConfirmOrderDialog::summaryPlainText() const
{
    QStringList lines;
    for (const SummaryLine& line : OrderSummary::facts(m_prepared, m_sandbox ? QString() : m_accessKeyId))
        lines.append(tr("%1: %2").arg(line.label.toString(), line.value));
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
    ui->factsWidget->setAccessibleName(tr("Order summary"));
    ui->technicalText->setAccessibleName(tr("Technical details"));
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

    // A length above one year is confirmed by ticking a box that names it: "5 years" typed for
    // "5 months" costs twelve times the money.
    const std::optional<OrderTerm> longTerm = OrderConfirmation::longTerm(m_prepared);
    ui->longTermFrame->setVisible(longTerm.has_value());
    if (longTerm) {
        const QString warning = OrderConfirmation::longTermWarning(*longTerm);
        ui->longTermWarning->setText(QStringLiteral("<b>") + warning.toHtmlEscaped() +
                                     QStringLiteral("</b> ") +
                                     tr("Check the length before placing the order.").toHtmlEscaped());
        ui->longTermWarning->setAccessibleName(warning);
        ui->confirmLongTermCheck->setText(
            tr("I have checked: &buy for %1").arg(OrderConfirmation::termText(*longTerm)));
    } else {
        ui->longTermWarning->clear();
        ui->confirmLongTermCheck->setText(QString());
    }

    renderFacts();
    renderTechnicalDetails();

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

void ConfirmOrderDialog::renderFacts()
{
    QFormLayout* form = ui->factsLayout;
    while (form->rowCount() > 0)
        form->removeRow(0);
    // Plain labels in a column as wide as the longest one: a label never wraps, whatever the
    // language; a long value wraps in its own column.
    for (const SummaryLine& line : OrderSummary::facts(m_prepared, m_sandbox ? QString() : m_accessKeyId)) {
        auto* label = new QLabel(tr("%1:").arg(line.label.toString()), ui->factsWidget);
        label->setObjectName(QStringLiteral("factLabel_") + line.key);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(false);
        label->setAlignment(Qt::AlignLeading | Qt::AlignLeft | Qt::AlignTop);
        auto* value = new QLabel(line.value, ui->factsWidget);
        value->setObjectName(QStringLiteral("factValue_") + line.key);
        value->setTextFormat(Qt::PlainText);
        // Only a long value wraps: QFormLayout gives a wrapping label room for more lines than
        // it has, which would push short values away from their labels.
        value->setWordWrap(line.value.size() > 48);
        value->setAlignment(Qt::AlignLeading | Qt::AlignLeft | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setBuddy(value);
        form->addRow(label, value);
    }
}

void ConfirmOrderDialog::renderTechnicalDetails()
{
    QStringList lines;
    for (const SummaryLine& line : OrderSummary::technicalDetails(m_prepared)) {
        // The endpoint and the operation by their labels; the parameters by the API's names.
        if (m_prepared.order.params.contains(line.key))
            lines.append(QStringLiteral("%1 = %2").arg(line.key, line.value));
        else
            lines.append(tr("%1: %2").arg(line.label.toString(), line.value));
    }
    const QString request = OrderSummary::requestPreview(m_prepared);
    if (!request.isEmpty())
        lines << QString() << tr("Request, before it is signed:") << request;
    ui->technicalText->setPlainText(lines.join(QLatin1Char('\n')));
}

void ConfirmOrderDialog::showTechnicalDetails(bool shown)
{
    ui->technicalToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    ui->technicalText->setVisible(shown);
    if (shown)
        ui->summaryArea->ensureWidgetVisible(ui->technicalText);
}

bool ConfirmOrderDialog::technicalDetailsShown() const
{
    return ui->technicalToggle->isChecked();
}

void ConfirmOrderDialog::updateOkButton()
{
    const bool longTermConfirmed =
        !OrderConfirmation::longTerm(m_prepared) || ui->confirmLongTermCheck->isChecked();
    const bool confirmed = (!hasDuplicate() || ui->confirmDuplicateCheck->isChecked()) && longTermConfirmed;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_prepared.isValid() && confirmed);
}

} // namespace OrderDesk
