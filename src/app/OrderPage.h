#pragma once

#include "common/LocalizedText.h"
#include "credentials/Profile.h"
#include "net/OrderOutcome.h"
#include "orders/PreparedOrder.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class OrderPage;
}

namespace OrderDesk {

class TeamLedgerSession;

class AppContext;
class ConfirmOrderDialog;
class FormBinder;
class Provider;
struct CredentialResult;

// One provider's order page: the account (profile) to order with, the provider's Designer form
// bound to its schema, the Order button, progress, and the outcome of the last order until
// the user starts editing the next one.
//
// An order goes: live validation → OrderService::prepare → ConfirmOrderDialog → the secret
// from the keychain (cancellable) → OrderService::place → OrderService::finished. Nothing is
// recorded or sent before the confirmation, and nothing blocks the window while waiting.
class OrderPage : public QWidget
{
    Q_OBJECT

public:
    OrderPage(AppContext& context, const Provider& provider, QWidget* parent = nullptr);
    ~OrderPage() override;

    const Provider& provider() const { return m_provider; }
    FormBinder& binder() const { return *m_binder; }
    // The profile chosen in the account box.
    Profile currentProfile() const;
    // Waiting for the keychain or for the provider's answer.
    bool isBusy() const;
    // The mnemonic letters of the window around the page (its menus, the provider list, the
    // history button), which the form's labels must leave to it.
    void setWindowMnemonics(const QString& letters);

Q_SIGNALS:
    // An order was recorded and has its outcome (the history can refresh).
    void orderFinished(qint64 ledgerId);
    // A short confirmation for the window's status bar, such as what was copied.
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State
    {
        Idle,
        Confirming,
        ReadingCredential,
        Sending
    };

    // What the outcome area shows, kept so that it can be shown again in another language.
    struct Shown
    {
        std::optional<OrderOutcome> outcome;
        qint64 ledgerId = 0;
        QMap<QString, QString> params; // as recorded: they say how the order is paid
        LocalizedText notSentReason;   // an order that ended before it was recorded
        QString notSentDetail;
        // An order recorded in the team ledger that waits for a second person's approval.
        qint64 awaitingTeamId = 0;
    };

    void createForm();
    // The team ledger's session, followed for its state: no order while it cannot record.
    void attachTeam();
    bool teamBlocksOrders() const;
    // After confirmation with a team ledger: recorded there, sent at once only when its rules
    // need no approval.
    void submitToTeam();
    void showFinished(qint64 ledgerId, const OrderOutcome& outcome);
    void setupTabOrder(const QList<QWidget*>& formInputs);
    // Hands the form the letters the page and the window take, in the current language.
    void reserveMnemonics();
    void reloadProfiles();
    void selectActiveProfile();
    void onProfileChosen(int index);
    void prefillRegion();
    OrderRequest currentRequest() const;
    void revalidate();
    // Why the Order button is off, beside it: the fields to fill in or correct.
    void renderOrderHint();

    void startOrder();
    void onConfirmed();
    void onConfirmationCancelled();
    void onCredential(const CredentialResult& result, quint64 request);
    void askAgainForDuplicate(const OrderRecord& newer);
    // The confirmation of m_prepared, once the ledger said whether it names a recent order.
    void openConfirmation();
    void cancelWaiting();
    void onAttemptStarted(qint64 ledgerId, int attempt);
    void onOrderFinished(qint64 ledgerId, const OrderDesk::OrderOutcome& outcome);
    void endWithoutSending(const LocalizedText& reason, const QString& detail = {});

    void setState(State state);
    void retranslate();
    void renderProgress();
    void renderOutcome();
    // The next order is being edited: the outcome shown belongs to the previous one.
    void clearOutcome();
    void copyOrderId();

    AppContext& m_context;
    const Provider& m_provider;
    std::unique_ptr<Ui::OrderPage> ui;
    QWidget* m_form = nullptr;
    FormBinder* m_binder = nullptr;
    ConfirmOrderDialog* m_dialog = nullptr; // built for the first order

    State m_state = State::Idle;
    std::optional<PreparedOrder> m_prepared;
    Profile m_orderProfile;
    quint64 m_credentialRequest = 0; // a new number cancels the answer to the previous one
    quint64 m_duplicateCheck = 0;    // the same for the duplicate question before the confirmation
    qint64 m_ledgerId = 0;
    int m_attempt = 0;
    QString m_prefilledRegion;
    QString m_windowMnemonics;
    LocalizedText m_formError;
    Shown m_shown;
    QPointer<TeamLedgerSession> m_team;
};

} // namespace OrderDesk
