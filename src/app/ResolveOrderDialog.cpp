#include "ResolveOrderDialog.h"

#include "ui_ResolveOrderDialog.h"

#include <QEvent>
#include <QPushButton>

namespace OrderDesk {

ResolveOrderDialog::ResolveOrderDialog(const OrderRecord& record, const LocalizedText& providerName,
                                       QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ResolveOrderDialog>())
    , m_record(record)
    , m_providerName(providerName)
{
    setObjectName(QStringLiteral("resolveOrderDialog"));
    ui->setupUi(this);
    ui->orderIdEdit->setText(record.orderId);
    // Neither answer is preselected: the user has to look in the console and say which.
    connect(ui->placedRadio, &QRadioButton::toggled, this, &ResolveOrderDialog::updateState);
    connect(ui->notPlacedRadio, &QRadioButton::toggled, this, &ResolveOrderDialog::updateState);
    connect(ui->orderIdEdit, &QLineEdit::textChanged, this, &ResolveOrderDialog::updateState);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateState();
}

ResolveOrderDialog::~ResolveOrderDialog() = default;

bool ResolveOrderDialog::placed() const
{
    return ui->placedRadio->isChecked();
}

QString ResolveOrderDialog::orderId() const
{
    return ui->orderIdEdit->text().trimmed();
}

QString ResolveOrderDialog::note() const
{
    return ui->noteEdit->text().trimmed();
}

void ResolveOrderDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ResolveOrderDialog::retranslate()
{
    const QString provider = m_providerName.isEmpty() ? m_record.provider : m_providerName.toString();
    const QString created = m_record.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    setWindowTitle(tr("Resolve order %1").arg(m_record.id));
    ui->explanationLabel->setText(
        tr("OrderDesk has no definitive answer for order %1: it may or may not have been placed. Open the "
           "order list in the %2 console of account %3, look for resource %4 around %5, and record what you "
           "found.")
            .arg(m_record.id)
            .arg(provider, m_record.profile, m_record.resourceId, created));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
}

void ResolveOrderDialog::updateState()
{
    ui->orderIdEdit->setEnabled(ui->placedRadio->isChecked());
    // A placed order is only useful with the ID that finds it in the console and on the invoice.
    const bool complete =
        ui->notPlacedRadio->isChecked() || (ui->placedRadio->isChecked() && !orderId().isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace OrderDesk
