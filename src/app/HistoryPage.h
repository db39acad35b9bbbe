#pragma once

#include "ledger/OrderEventKind.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QModelIndex;

namespace Ui {
class HistoryPage;
}

namespace OrderDesk {

class AppContext;
class LedgerReader;
class LocalizedText;
class OrderTableModel;
struct OrderQuery;
struct OrderRecord;

// Every order in the ledger: a table sorted and filtered by the ledger itself (so that it
// opens at once on 100,000 orders), the details of the selected order, resolving orders whose
// outcome is unknown, and export to a spreadsheet or CSV.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppContext& context, QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Writes the orders that match the filter to `file`, as CSV when its name ends in .csv and
    // as an Excel workbook otherwise (what the export button does after asking for the file), in
    // a thread of its own: the page stays usable, its export button off until exportFinished().
    // A failure is shown to the user; `done` hears of a success with how many orders the file
    // holds. false, and nothing done, while another export is under way.
    bool exportTo(const QString& file, std::function<void(int written)> done = {});
    bool isExporting() const { return m_exporting; }
    // The ledger id of the order whose details are shown, 0 when none.
    qint64 shownOrderId() const { return m_shownId; }
    OrderTableModel* model() const { return m_model; }

Q_SIGNALS:
    // A short confirmation for the window's status bar, such as what was copied.
    void statusMessage(const QString& message);
    // An export of exportTo() ended; a failure was shown to the user.
    void exportFinished(const QString& file, bool ok, int written);

public Q_SLOTS:
    // Reads the ledger again with the same filter and order, keeping the selected order.
    void refresh();
    // Selects the order (clearing the filter when it hides the order) and shows its details.
    void showOrder(qint64 ledgerId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpFilters();
    void retranslate();
    void retranslateFilters();
    OrderQuery currentQuery() const;
    void applyFilter();
    void clearFilters();
    void updateCount();
    void sizeColumns();

    const OrderRecord* currentRecord() const;
    void onCurrentRowChanged(const QModelIndex& current);
    void restoreSelection();
    // The model's answer to showOrder(): selects the row, or clears a filter that hides the order.
    void onLocated(qint64 ledgerId, int row);
    void selectRow(int row);
    void onOrderChanged(qint64 ledgerId);
    // A retry that was not sent: the order stays Unknown and the user hears why.
    void retryNotSent(qint64 id, const LocalizedText& reason);
    void updateButtons();
    bool isResolvable(const OrderRecord& record) const;
    bool isSafelyRetryable(const OrderRecord& record) const;

    void showDetails();
    QString providerName(const QString& providerId) const;

    QString cellText(const QModelIndex& index) const;
    QString rowText(int row) const;
    QList<int> selectedRows() const;
    void copySelection();
    void copyRows();
    void copyOrderId();

    void openResolveDialog();
    void sendAgainSafely();
    void exportWithDialog();

    std::unique_ptr<Ui::HistoryPage> ui;
    AppContext& m_context;
    OrderTableModel* m_model = nullptr;
    QAction* m_copyCellAction = nullptr;
    QAction* m_copyRowAction = nullptr;
    QAction* m_copyOrderIdAction = nullptr;
    QTimer m_searchTimer;
    qint64 m_shownId = 0;
    qint64 m_filtersClearedFor = 0; // showOrder() clears the filters once per order
    // Each read of the count and of the details counts one up; only the last one's answer shows.
    quint64 m_countGeneration = 0;
    quint64 m_detailsGeneration = 0;
    QSet<qint64> m_retrying; // orders this page sent again and that have no answer yet
    bool m_columnsSized = false;
    std::unique_ptr<LedgerReader> m_exportReader;
    bool m_exporting = false;
};

} // namespace OrderDesk
