#include "TeamDecisionDialog.h"

#include "ui_TeamDecisionDialog.h"

#include <QEvent>
#include <QPushButton>

namespace OrderDesk {

TeamDecisionDialog::TeamDecisionDialog(Decision decision, const TeamOrder& order, const QString& orderHtml,
                                       QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::TeamDecisionDialog>())
    , m_decision(decision)
    , m_order(order)
{
    ui->setupUi(this);
    setObjectName(decision == Decision::Approve ? QStringLiteral("approveDialog")
                                                : QStringLiteral("declineDialog"));
    ui->factsView->setHtml(orderHtml);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this, &TeamDecisionDialog::updateOk);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing is decided by a stray Enter: the decision is the button's.
    ui->buttonBox->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    retranslate();
    updateOk();
    ui->noteEdit->setFocus();
}

TeamDecisionDialog::~TeamDecisionDialog() = default;

QString TeamDecisionDialog::note() const
{
    return ui->noteEdit->toPlainText().trimmed();
}

void TeamDecisionDialog::updateOk()
{
    const bool ready = m_decision == Decision::Approve || !note().isEmpty();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void TeamDecisionDialog::retranslate()
{
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_decision == Decision::Approve) {
        setWindowTitle(tr("Approve order %1").arg(m_order.id));
        ui->questionLabel->setText(
            tr("Approve order %1, prepared by %2? Once approved, it may be sent and paid for as shown below; "
               "any change to it withdraws your approval.")
                .arg(QString::number(m_order.id), m_order.maker));
        ui->noteLabel->setText(tr("Co&mment (optional):"));
        ui->noteHint->setText(tr("The comment is kept with your approval in the team ledger."));
        ok->setText(tr("&Approve"));
    } else {
        setWindowTitle(tr("Decline order %1").arg(m_order.id));
        ui->questionLabel->setText(
            tr("Decline order %1, prepared by %2? It will not be sent; %2 sees your reason.")
                .arg(QString::number(m_order.id), m_order.maker));
        ui->noteLabel->setText(tr("&Reason (required):"));
        ui->noteHint->setText(tr("Say why, so that %1 knows what to change.").arg(m_order.maker));
        ok->setText(tr("&Decline"));
    }
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void TeamDecisionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace OrderDesk
