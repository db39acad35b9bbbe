#pragma once

#include "orders/PreparedOrder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmOrderDialog;
}

namespace OrderDesk {

// The last step before paying: the order in plain words (OrderSummary's lines) and, when the
// duplicate guard found an order for the same resource within 24 hours, that order and a
// second, explicit confirmation. Cancel is the default button and Escape cancels, so that
// only a deliberate click on "Place order" sends anything. Open it with open().
class ConfirmOrderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmOrderDialog(QWidget* parent = nullptr);
    ~ConfirmOrderDialog() override;

    // `accessKeyId`: the account's key, shown masked so that a real account is unmistakable;
    // `sandbox`: the order goes to the built-in simulator and buys nothing.
    void setOrder(const PreparedOrder& prepared, const QString& accessKeyId = {}, bool sandbox = false);
    const PreparedOrder& order() const { return m_prepared; }
    bool hasDuplicate() const { return m_prepared.duplicate.has_value(); }

    // The summary as plain text, one "label: value" line per summary line.
    QString summaryPlainText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void updateOkButton();

    std::unique_ptr<Ui::ConfirmOrderDialog> ui;
    PreparedOrder m_prepared;
    QString m_accessKeyId;
    bool m_sandbox = false;
};

} // namespace OrderDesk
