#pragma once

#include "team/TeamOrder.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TeamDecisionDialog;
}

namespace OrderDesk {

// A checker's decision on one order of the team ledger: the order's sentence and facts as the
// maker recorded them, and a comment (approval, optional) or a reason (decline, required). The
// decision itself is the database's: the caller sends it and says what came back.
class TeamDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision
    {
        Approve,
        Decline
    };

    TeamDecisionDialog(Decision decision, const TeamOrder& order, const QString& orderHtml,
                       QWidget* parent = nullptr);
    ~TeamDecisionDialog() override;

    Decision decision() const { return m_decision; }
    const TeamOrder& order() const { return m_order; }
    QString note() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOk();

    std::unique_ptr<Ui::TeamDecisionDialog> ui;
    Decision m_decision;
    TeamOrder m_order;
};

} // namespace OrderDesk
