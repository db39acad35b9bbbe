#include "HistoryPage.h"

#include "AppContext.h"
#include "HistoryDetailsHtml.h"
#include "MessageBox.h"
#include "ResolveOrderDialog.h"
#include "common/Clock.h"
#include "ledger/LedgerReader.h"
#include "ledger/OrderCsvExport.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "ledger/OrderXlsxExport.h"
#include "net/OrderOutcome.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"
#include "ui_HistoryPage.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QStandardPaths>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr int kSearchDelayMs = 250;
// How far showOrder() reads on to find an order that is not among the first pages.
constexpr int kMaxPagesToFind = 40;
// Where the order count of a text search stops counting.
constexpr int kCountCap = 10000;

// A value in one line of tab-separated text: Excel and editors split on tabs and line breaks.
QString flattened(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

HistoryPage::HistoryPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::HistoryPage>())
    , m_context(context)
{
    setObjectName(QStringLiteral("historyPage"));
    ui->setupUi(this);

    m_model = new OrderTableModel(m_context.ledgerReader(), this);
    QHash<QString, LocalizedText> providerNames;
    for (const Provider* provider : m_context.providers().all())
        providerNames.insert(provider->id(), provider->displayName());
    m_model->setProviderNames(providerNames);
    m_model->setProviders(m_context.providers());
    QTableView* table = ui->historyTable;
    // Before the view's selection model hears of it, which would move the selection to a
    // neighbouring order: an order that leaves the table leaves nothing selected.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                const int shown = m_model->rowOfId(m_shownId);
                if (shown >= first && shown <= last)
                    ui->historyTable->selectionModel()->clear();
            });
    table->setModel(m_model);
    // The ledger sorts, over every order: the indicator starts on its own order (newest first),
    // which the model already has, so enabling sorting reads nothing again.
    table->horizontalHeader()->setSortIndicator(OrderTableModel::IdColumn, Qt::DescendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSectionsMovable(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::sizeColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::sizeColumns);
    table->installEventFilter(this);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);

    m_copyCellAction = new QAction(this);
    m_copyCellAction->setObjectName(QStringLiteral("copyCellAction"));
    m_copyCellAction->setShortcut(QKeySequence::Copy);
    m_copyCellAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyRowAction = new QAction(this);
    m_copyRowAction->setObjectName(QStringLiteral("copyRowAction"));
    m_copyOrderIdAction = new QAction(this);
    m_copyOrderIdAction->setObjectName(QStringLiteral("copyOrderIdAction"));
    table->addActions({m_copyCellAction, m_copyRowAction, m_copyOrderIdAction});
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyCellAction, &QAction::triggered, this, &HistoryPage::copySelection);
    connect(m_copyRowAction, &QAction::triggered, this, &HistoryPage::copyRows);
    connect(m_copyOrderIdAction, &QAction::triggered, this, &HistoryPage::copyOrderId);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::restoreSelection);
    connect(m_model, &OrderTableModel::located, this, &HistoryPage::onLocated);
    connect(m_model, &OrderTableModel::orderRefreshed, this, [this](qint64 ledgerId) {
        // The order may have left the filter, and the table with it.
        updateCount();
        if (ledgerId == m_shownId)
            updateButtons();
    });

    setUpFilters();

    connect(ui->resolveButton, &QPushButton::clicked, this, &HistoryPage::openResolveDialog);
    connect(ui->retryButton, &QPushButton::clicked, this, &HistoryPage::sendAgainSafely);
    connect(ui->copyButton, &QPushButton::clicked, this, &HistoryPage::copyRows);
    connect(ui->exportButton, &QPushButton::clicked, this, &HistoryPage::exportWithDialog);

    OrderService& orders = m_context.orders();
    connect(&orders, &OrderService::attemptStarted, this,
            [this](qint64 ledgerId) { onOrderChanged(ledgerId); });
    connect(&orders, &OrderService::finished, this, [this](qint64 ledgerId) {
        m_retrying.remove(ledgerId);
        onOrderChanged(ledgerId);
    });
    connect(&orders, &OrderService::resolved, this, [this](qint64 ledgerId) { onOrderChanged(ledgerId); });
    connect(&m_context, &AppContext::ledgerChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&orders, &OrderService::interruptedMarked, this, [this](int count) {
        if (count > 0 && isVisible())
            refresh();
    });

    retranslate();
    updateButtons();
}

HistoryPage::~HistoryPage() = default;

// ---- filters ----

void HistoryPage::setUpFilters()
{
    ui->providerFilter->addItem(QString(), QString());
    for (const Provider* provider : m_context.providers().all())
        ui->providerFilter->addItem(QString(), provider->id());
    ui->statusFilter->addItem(QString(), -1);
    for (OrderStatus status : OrderStatusNames::all())
        ui->statusFilter->addItem(QString(), static_cast<int>(status));

    const QDate today = QDate::currentDate();
    ui->fromDate->setDate(today.addMonths(-1));
    ui->toDate->setDate(today);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applyFilter();
    });
    connect(ui->providerFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(ui->statusFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(ui->dateFilter, &QCheckBox::toggled, this, [this](bool checked) {
        ui->fromDate->setEnabled(checked);
        ui->toDate->setEnabled(checked);
        applyFilter();
    });
    connect(ui->fromDate, &QDateEdit::dateChanged, this, [this] {
        if (ui->dateFilter->isChecked())
            applyFilter();
    });
    connect(ui->toDate, &QDateEdit::dateChanged, this, [this] {
        if (ui->dateFilter->isChecked())
            applyFilter();
    });
}

OrderQuery HistoryPage::currentQuery() const
{
    OrderQuery query;
    query.provider = ui->providerFilter->currentData().toString();
    const int status = ui->statusFilter->currentData().toInt();
    if (status >= 0)
        query.status = static_cast<OrderStatus>(status);
    query.text = ui->searchEdit->text().trimmed();
    if (ui->dateFilter->isChecked()) {
        // Whole local days, both included: the ledger's range ends before the day after.
        query.fromUtc = ui->fromDate->date().startOfDay().toUTC();
        query.toUtc = ui->toDate->date().addDays(1).startOfDay().toUTC();
    }
    return query;
}

void HistoryPage::applyFilter()
{
    m_searchTimer.stop();
    m_model->setQuery(currentQuery());
    updateCount();
}

void HistoryPage::clearFilters()
{
    const QSignalBlocker searchBlocker(ui->searchEdit);
    const QSignalBlocker providerBlocker(ui->providerFilter);
    const QSignalBlocker statusBlocker(ui->statusFilter);
    const QSignalBlocker dateBlocker(ui->dateFilter);
    ui->searchEdit->clear();
    ui->providerFilter->setCurrentIndex(0);
    ui->statusFilter->setCurrentIndex(0);
    ui->dateFilter->setChecked(false);
    ui->fromDate->setEnabled(false);
    ui->toDate->setEnabled(false);
    applyFilter();
}

void HistoryPage::updateCount()
{
    // Counting reads every matching order; a hidden page counts again when it is shown.
    if (!isVisible())
        return;
    // A search may match most of a million orders; past the cap the label says so instead of
    // reading them all on every keystroke.
    const OrderQuery query = m_model->query();
    const int cap = query.text.trimmed().isEmpty() ? 0 : kCountCap;
    const quint64 generation = ++m_countGeneration;
    m_context.ledgerReader().read<int>(
        this, [query, cap](const OrderLedger& ledger) { return ledger.count(query, cap > 0 ? cap + 1 : 0); },
        [this, generation, cap](const int& count, const LocalizedText& error) {
            // Typing asks again before the previous answer is in: only the last one is shown.
            if (generation != m_countGeneration)
                return;
            if (!error.isEmpty())
                ui->countLabel->setText(tr("The ledger could not be read: %1").arg(error.toString()));
            else if (count > cap && cap > 0)
                ui->countLabel->setText(tr("Orders: more than %1").arg(QLocale().toString(cap)));
            else
                ui->countLabel->setText(tr("Orders: %1").arg(QLocale().toString(count)));
        });
}

// ---- selection and refresh ----

void HistoryPage::refresh()
{
    m_model->refresh();
    updateCount();
    showDetails();
}

void HistoryPage::showOrder(qint64 ledgerId)
{
    m_shownId = ledgerId;
    m_filtersClearedFor = 0;
    showDetails();
    updateButtons();
    m_model->locate(ledgerId, kMaxPagesToFind);
}

void HistoryPage::onLocated(qint64 ledgerId, int row)
{
    if (ledgerId != m_shownId)
        return;
    if (row >= 0) {
        selectRow(row);
        updateCount();
        updateButtons();
        return;
    }
    if (m_filtersClearedFor == ledgerId)
        return;
    // The filter may hide it; without one every order is somewhere in the table.
    m_context.ledgerReader().read<bool>(
        this, [ledgerId](const OrderLedger& ledger) { return ledger.order(ledgerId).has_value(); },
        [this, ledgerId](const bool& exists, const LocalizedText&) {
            if (!exists || ledgerId != m_shownId || m_filtersClearedFor == ledgerId)
                return;
            m_filtersClearedFor = ledgerId;
            clearFilters();
            m_model->locate(ledgerId, kMaxPagesToFind);
        });
}

void HistoryPage::selectRow(int row)
{
    QTableView* table = ui->historyTable;
    const int column = std::max(0, table->currentIndex().column());
    const QModelIndex index = m_model->index(row, column);
    table->selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

const OrderRecord* HistoryPage::currentRecord() const
{
    const int row = m_model->rowOfId(m_shownId);
    return row >= 0 ? m_model->record(row) : nullptr;
}

void HistoryPage::onCurrentRowChanged(const QModelIndex& current)
{
    const OrderRecord* record = current.isValid() ? m_model->record(current.row()) : nullptr;
    const qint64 id = record ? record->id : 0;
    if (id != m_shownId) {
        m_shownId = id;
        showDetails();
    }
    updateButtons();
}

void HistoryPage::restoreSelection()
{
    // A reset (filter, sort, refresh) clears the view's selection; the order shown stays
    // selected when it is still in the table, or while it is being looked for.
    const int row = m_model->rowOfId(m_shownId);
    if (row >= 0) {
        selectRow(row);
    } else if (m_shownId == 0 || m_model->locating() != m_shownId) {
        m_shownId = 0;
        showDetails();
    }
    updateButtons();
}

void HistoryPage::onOrderChanged(qint64 ledgerId)
{
    // Orders are placed while another page is shown: the ledger is read again when this one is.
    if (!isVisible())
        return;
    if (!m_model->refreshOrder(ledgerId)) {
        // A new order: it belongs at the top, or wherever the sort puts it.
        refresh();
        return;
    }
    if (ledgerId == m_shownId)
        showDetails();
}

bool HistoryPage::isResolvable(const OrderRecord& record) const
{
    // The ledger's rule, on the ledger's clock: never while a live sender may still get an answer.
    return OrderTransitions::canResolve(record, m_context.ledger().clock().nowUtc()) &&
           !m_retrying.contains(record.id);
}

bool HistoryPage::isSafelyRetryable(const OrderRecord& record) const
{
    const Provider* provider = m_context.providers().find(record.provider);
    return provider && OrderService::canRetrySafely(record, *provider) && !m_retrying.contains(record.id);
}

void HistoryPage::updateButtons()
{
    const OrderRecord* record = currentRecord();
    ui->resolveButton->setEnabled(record && isResolvable(*record));
    ui->retryButton->setEnabled(record && isSafelyRetryable(*record));
    const bool anySelected = record || ui->historyTable->selectionModel()->hasSelection();
    ui->copyButton->setEnabled(anySelected);
    m_copyCellAction->setEnabled(anySelected);
    m_copyRowAction->setEnabled(anySelected);
    m_copyOrderIdAction->setEnabled(record && !record->orderId.isEmpty());
    ui->exportButton->setEnabled(!m_exporting);
}

// ---- details ----

QString HistoryPage::providerName(const QString& providerId) const
{
    const Provider* provider = m_context.providers().find(providerId);
    return provider ? provider->displayName().toString() : providerId;
}

void HistoryPage::showDetails()
{
    const quint64 generation = ++m_detailsGeneration;
    const qint64 id = m_shownId;
    if (id <= 0) {
        ui->detailsView->setPlainText(tr("Select an order to see its details."));
        return;
    }
    struct Details
    {
        std::optional<OrderRecord> record;
        QList<OrderEvent> events;
    };
    m_context.ledgerReader().read<Details>(
        this,
        [id](const OrderLedger& ledger) {
            return Details{ledger.order(id), ledger.events(id)};
        },
        [this, generation](const Details& details, const LocalizedText& error) {
            if (generation != m_detailsGeneration)
                return;
            if (!error.isEmpty()) {
                ui->detailsView->setPlainText(tr("The ledger could not be read: %1").arg(error.toString()));
                return;
            }
            if (!details.record) {
                ui->detailsView->setPlainText(tr("Select an order to see its details."));
                return;
            }
            // The scroll position survives a refresh of the same order, so that its history can
            // be read while an answer comes in.
            const int scroll = ui->detailsView->verticalScrollBar()->value();
            const OrderRecord& record = *details.record;
            ui->detailsView->setHtml(
                HistoryDetailsHtml::html(record, details.events, m_context.providers().find(record.provider),
                                         m_context.ledger().clock().nowUtc(), isResolvable(record)));
            ui->detailsView->verticalScrollBar()->setValue(scroll);
        });
}

// ---- copy ----

QString HistoryPage::cellText(const QModelIndex& index) const
{
    return flattened(m_model->data(index, Qt::DisplayRole).toString());
}

QString HistoryPage::rowText(int row) const
{
    // In the order the columns are shown: the user may have moved them.
    const QHeaderView* header = ui->historyTable->horizontalHeader();
    QStringList cells;
    for (int visual = 0; visual < OrderTableModel::ColumnCount; ++visual)
        cells << cellText(m_model->index(row, header->logicalIndex(visual)));
    return cells.join(QLatin1Char('\t'));
}

QList<int> HistoryPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : ui->historyTable->selectionModel()->selectedIndexes())
        rows << index.row();
    const QModelIndex current = ui->historyTable->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows << current.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void HistoryPage::copySelection()
{
    QModelIndexList indexes = ui->historyTable->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && ui->historyTable->currentIndex().isValid())
        indexes << ui->historyTable->currentIndex();
    if (indexes.isEmpty())
        return;
    // The smallest block of rows and columns that holds the selection, in the order shown;
    // cells inside it that are not selected stay empty, so that columns line up when pasted.
    QList<int> rows, columns;
    QSet<QPair<int, int>> selected;
    for (const QModelIndex& index : std::as_const(indexes)) {
        rows << index.row();
        columns << index.column();
        selected.insert(qMakePair(index.row(), index.column()));
    }
    const QHeaderView* header = ui->historyTable->horizontalHeader();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::sort(columns.begin(), columns.end(),
              [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());

    QStringList lines;
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << (selected.contains(qMakePair(row, column)) ? cellText(m_model->index(row, column))
                                                                : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %n cell(s)", nullptr, static_cast<int>(selected.size())));
}

void HistoryPage::copyRows()
{
    QStringList lines;
    for (int row : selectedRows())
        lines << rowText(row);
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %n row(s)", nullptr, static_cast<int>(lines.size())));
}

void HistoryPage::copyOrderId()
{
    const OrderRecord* record = currentRecord();
    if (!record || record->orderId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(record->orderId);
    Q_EMIT statusMessage(tr("Copied order ID %1").arg(record->orderId));
}

bool HistoryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == ui->historyTable &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            // The view would copy only the current cell; the whole selection is meant.
            if (event->type() == QEvent::KeyPress)
                copySelection();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- actions ----

void HistoryPage::openResolveDialog()
{
    const OrderRecord* record = currentRecord();
    if (!record || !isResolvable(*record))
        return;
    const Provider* provider = m_context.providers().find(record->provider);
    auto* dialog =
        new ResolveOrderDialog(*record, provider ? provider->displayName() : LocalizedText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->ledgerId();
        m_context.orders().resolve(
            id, dialog->placed() ? OrderResolution::Placed : OrderResolution::NotPlaced, dialog->orderId(),
            dialog->note(), this, [this, id](bool ok, const LocalizedText& error) {
                if (!ok)
                    MessageBox::warning(this, tr("Resolve order"), error.toString());
                onOrderChanged(id);
            });
    });
    dialog->open();
}

void HistoryPage::sendAgainSafely()
{
    const OrderRecord* record = currentRecord();
    if (!record || !isSafelyRetryable(*record))
        return;
    const qint64 id = record->id;
    const QString providerId = record->provider;
    const QString providerText = providerName(providerId);
    const QString profileName = record->profile;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Send again safely"),
        tr("Send order %1 for resource %2 to %3 again? It carries the same client token as before, so "
           "%3 places it at most once, even if the first request did arrive.")
            .arg(id)
            .arg(record->resourceId, providerText),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    const QList<Profile> profiles = m_context.profiles(providerId);
    const auto profile = std::find_if(profiles.cbegin(), profiles.cend(),
                                      [&profileName](const Profile& p) { return p.name == profileName; });
    if (profile == profiles.cend()) {
        MessageBox::warning(
            this, tr("Send again safely"),
            tr("The profile %1 this order was placed with no longer exists, so the order cannot "
               "be signed again. Add the profile again, or check the %2 console and resolve "
               "the order.")
                .arg(profileName, providerText));
        return;
    }
    m_retrying.insert(id);
    updateButtons();
    m_context.readCredential(*profile, this, [this, id, providerId](const CredentialResult& result) {
        const Provider* provider = m_context.providers().find(providerId);
        if (!result.ok || !provider) {
            retryNotSent(id, result.error);
            return;
        }
        m_context.orders().retry(
            id, *provider, result.credential, this,
            [this, id](qint64 ledgerId, const LocalizedText& error, const std::optional<OrderRecord>&) {
                if (ledgerId == 0)
                    retryNotSent(id, error);
                else
                    onOrderChanged(id);
            });
    });
}

void HistoryPage::retryNotSent(qint64 id, const LocalizedText& reason)
{
    m_retrying.remove(id);
    MessageBox::warning(this, tr("Send again safely"), reason.toString());
    onOrderChanged(id);
}

void HistoryPage::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("orderdesk-orders-%1.xlsx")
                                  .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString workbookFilter = tr("Excel workbooks (*.xlsx)");
    const QString csvFilter = tr("CSV files for other programs (*.csv)");
    QString selectedFilter = workbookFilter;
    QString file =
        QFileDialog::getSaveFileName(this, tr("Export orders"), suggested,
                                     workbookFilter + QStringLiteral(";;") + csvFilter, &selectedFilter);
    if (file.isEmpty())
        return;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        file += selectedFilter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportTo(file, [this, file](int written) {
        MessageBox::information(
            this, tr("Export orders"),
            tr("%Ln order(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(file)));
    });
}

bool HistoryPage::exportTo(const QString& file, std::function<void(int written)> done)
{
    if (m_exporting)
        return false;
    // Exactly what the table shows: the table's own filter, read by the ledger at one instant.
    const OrderQuery query = m_model->query();
    const bool csv = QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // A reader of its own, so that the table, the search and the details stay live meanwhile.
    if (!m_exportReader)
        m_exportReader =
            std::make_unique<LedgerReader>(m_context.ledgerLocation(), m_context.ledger().password());
    m_exporting = true;
    updateButtons();
    emit statusMessage(tr("Exporting the orders to %1…").arg(QDir::toNativeSeparators(file)));
    struct Written
    {
        bool ok = false;
        int written = 0;
        LocalizedText error;
    };
    const ProviderRegistry* providers = &m_context.providers();
    m_exportReader->read<Written>(
        this,
        [file, query, csv, providers](const OrderLedger& ledger) {
            Written result;
            result.ok =
                csv ? OrderCsvExport::write(ledger, *providers, file, query, &result.written, &result.error)
                    : OrderXlsxExport::write(ledger, *providers, file, query, &result.written, &result.error);
            return result;
        },
        [this, file, done](const Written& result, const LocalizedText& openError) {
            m_exporting = false;
            updateButtons();
            if (!result.ok)
                MessageBox::warning(this, tr("Export orders"),
                                    (openError.isEmpty() ? result.error : openError).toString());
            emit exportFinished(file, result.ok, result.written);
            if (result.ok && done)
                done(result.written);
        });
    return true;
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The page reads the ledger when it is looked at, never while hidden, so that orders in
    // flight behind another page do not pay for a table nobody sees.
    if (!event->spontaneous()) {
        refresh();
        sizeColumns();
    }
}

void HistoryPage::sizeColumns()
{
    if (m_columnsSized || !isVisible())
        return;
    QTableView* table = ui->historyTable;
    table->resizeColumnsToContents();
    // An empty ledger gives widths for the headers only; size once more for the first orders
    // seen, then leave the widths to the user.
    if (m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    for (int column = 0; column < m_model->columnCount(); ++column)
        table->setColumnWidth(column,
                              qMin(table->columnWidth(column), 28 * table->fontMetrics().averageCharWidth()));
}

// ---- language ----

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HistoryPage::retranslate()
{
    retranslateFilters();
    m_copyCellAction->setText(tr("&Copy cell"));
    m_copyRowAction->setText(tr("Copy &row"));
    m_copyOrderIdAction->setText(tr("Copy &order ID"));
    ui->providerFilter->setAccessibleName(tr("Provider filter"));
    ui->statusFilter->setAccessibleName(tr("Status filter"));
    ui->searchEdit->setAccessibleName(tr("Search orders"));
    m_model->retranslate();
    updateCount();
    showDetails();
}

void HistoryPage::retranslateFilters()
{
    ui->providerFilter->setItemText(0, tr("All providers"));
    for (int i = 1; i < ui->providerFilter->count(); ++i)
        ui->providerFilter->setItemText(i, providerName(ui->providerFilter->itemData(i).toString()));
    ui->statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < ui->statusFilter->count(); ++i)
        ui->statusFilter->setItemText(
            i, OrderStatusNames::label(static_cast<OrderStatus>(ui->statusFilter->itemData(i).toInt()))
                   .toString());
}

} // namespace OrderDesk
