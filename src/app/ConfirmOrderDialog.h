#pragma once

#include "orders/PreparedOrder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmOrderDialog;
}

namespace OrderDesk {

// The last step before paying: the order in a sentence, how it is paid, its facts in plain words
// (OrderSummary::facts) and, folded away, the technical details (parameter names, raw values,
// the request). A length above one year, or an order for the same resource within 24 hours
// (the duplicate guard), needs a second, explicit confirmation. Cancel is the default button and Escape
// cancels, so that only a deliberate click on "Place order" sends anything. Open it with open().
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

    // The facts as plain text, one "label: value" line per fact.
    QString summaryPlainText() const;
    // Whether the parameter names and raw values are unfolded (folded at first).
    bool technicalDetailsShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void renderFacts();
    void renderTechnicalDetails();
    void showTechnicalDetails(bool shown);
    void updateOkButton();

    std::unique_ptr<Ui::ConfirmOrderDialog> ui;
    PreparedOrder m_prepared;
    QString m_accessKeyId;
    bool m_sandbox = false;
};

} // namespace OrderDesk
