#pragma once

#include "common/LocalizedText.h"
#include "ledger/OrderRecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResolveOrderDialog;
}

namespace OrderDesk {

// Asks what the provider's console shows for an order whose outcome OrderDesk does not know:
// placed (with its order ID) or not placed, and an optional note. The page records the
// answer when the dialog is accepted; OK stays disabled until the answer is complete.
class ResolveOrderDialog : public QDialog
{
    Q_OBJECT

public:
    // providerName: the provider's display name; empty for a provider this version does not know.
    ResolveOrderDialog(const OrderRecord& record, const LocalizedText& providerName,
                       QWidget* parent = nullptr);
    ~ResolveOrderDialog() override;

    qint64 ledgerId() const { return m_record.id; }
    bool placed() const;
    QString orderId() const; // trimmed
    QString note() const;    // trimmed

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();

    std::unique_ptr<Ui::ResolveOrderDialog> ui;
    OrderRecord m_record;
    LocalizedText m_providerName;
};

} // namespace OrderDesk
