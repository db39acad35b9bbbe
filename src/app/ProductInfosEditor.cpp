#include "ProductInfosEditor.h"

#include "ProductCellDelegate.h"
#include "providers/huaweicloud/HuaweiProductColumns.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace OrderDesk {

namespace {

// The keys without a column, kept on the row's first cell.
constexpr int kOtherKeysRole = Qt::UserRole + 1;
// Set on a cell the user changed, so that its problems are shown. It moves with the row.
constexpr int kTouchedRole = Qt::UserRole + 2;

int columnCount()
{
    return static_cast<int>(HuaweiProductColumns::columns().size());
}

bool isNumberColumn(int column)
{
    const HuaweiProductColumn& spec = HuaweiProductColumns::columns().at(column);
    return spec.kind == HuaweiProductColumn::Kind::WholeNumber || spec.numberChoice;
}

QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? QString::number(whole)
                                                    : QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

ProductInfosEditor::ProductInfosEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, columnCount(), this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("productTable"));
    m_addButton->setObjectName(QStringLiteral("addProductButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProductButton"));

    m_table->setItemDelegate(new ProductCellDelegate(m_table));
    for (int column = 0; column < columnCount(); ++column)
        m_table->setHorizontalHeaderItem(column, new QTableWidgetItem);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other input
    // F2 or typing edits the current cell; the arrows move between cells.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setMinimumHeight(110);
    m_table->installEventFilter(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_addButton, &QPushButton::clicked, this, &ProductInfosEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &ProductInfosEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &ProductInfosEditor::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProductInfosEditor::updateButtons);
    retranslate();
    updateButtons();
}

ProductInfosEditor::~ProductInfosEditor() = default;

QStringList ProductInfosEditor::columnKeys()
{
    QStringList keys;
    for (const HuaweiProductColumn& column : HuaweiProductColumns::columns())
        keys.append(column.key);
    return keys;
}

QString ProductInfosEditor::value() const
{
    if (m_table->rowCount() == 0)
        return {};
    QJsonArray products;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject product;
        if (const QTableWidgetItem* first = m_table->item(row, 0))
            product = first->data(kOtherKeysRole).toJsonObject();
        for (int column = 0; column < columnCount(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString text = item ? item->text() : QString();
            if (text.isEmpty())
                continue;
            bool whole = false;
            const qint64 number = isNumberColumn(column) ? text.toLongLong(&whole) : 0;
            product.insert(columnKeys().at(column), whole ? QJsonValue(number) : QJsonValue(text));
        }
        products.append(product);
    }
    return QString::fromUtf8(QJsonDocument(products).toJson(QJsonDocument::Compact));
}

int ProductInfosEditor::rowCount() const
{
    return m_table->rowCount();
}

bool ProductInfosEditor::setValue(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    bool readable = document.isArray();
    const QJsonArray entries = document.array();
    for (const QJsonValue& entry : entries)
        readable = readable && entry.isObject();

    m_filling = true;
    m_table->setRowCount(0);
    if (readable) {
        m_table->setRowCount(static_cast<int>(entries.size()));
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QJsonObject others = entries.at(row).toObject();
            for (int column = 0; column < columnCount(); ++column)
                m_table->setItem(row, column,
                                 new QTableWidgetItem(cellText(others.take(columnKeys().at(column)))));
            m_table->item(row, 0)->setData(kOtherKeysRole, others);
        }
    }
    m_filling = false;
    updateButtons();
    Q_EMIT changed();
    return readable;
}

void ProductInfosEditor::addRow()
{
    const QJsonObject example = HuaweiProductColumns::exampleProduct();
    const int row = m_table->rowCount();
    int firstEmpty = -1;
    m_filling = true;
    m_table->insertRow(row);
    for (int column = 0; column < columnCount(); ++column) {
        const QString text = cellText(example.value(columnKeys().at(column)));
        m_table->setItem(row, column, new QTableWidgetItem(text));
        if (text.isEmpty() && firstEmpty < 0)
            firstEmpty = column;
    }
    m_filling = false;
    // The cell the example leaves to the user is where the keyboard starts.
    m_table->setCurrentCell(row, std::max(firstEmpty, 0));
    m_table->setFocus();
    updateButtons();
    Q_EMIT changed();
}

void ProductInfosEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QTableWidgetSelectionRange& range : m_table->selectedRanges()) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows)
        m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

QString ProductInfosEditor::showIssues(const QList<ValidationIssue>& issues, bool listTouched, bool revealAll)
{
    m_issues = issues;
    m_listTouched = listTouched;
    m_revealAll = revealAll;

    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QList<QStringList> cellMessages(m_table->rowCount() * columnCount());
    QStringList shown;
    for (const ValidationIssue& issue : issues) {
        const int row = issue.entry - 1;
        if (issue.entry <= 0) {
            if (listTouched || revealAll)
                shown.append(issue.message.toString());
            continue;
        }
        if (row >= m_table->rowCount())
            continue;
        const int column = HuaweiProductColumns::columnIndex(issue.key);
        bool touched = revealAll;
        for (int other = 0; other < columnCount() && !touched; ++other)
            touched = (column < 0 || other == column) && isTouched(row, other);
        if (!touched)
            continue;
        const QString message = HuaweiProductColumns::formMessage(issue);
        shown.append(message);
        cellMessages[row * columnCount() + std::max(column, 0)].append(message);
    }
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (!item)
                continue;
            const QStringList& messages = cellMessages.at(row * columnCount() + column);
            item->setData(Qt::ToolTipRole, messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n')));
            item->setData(Qt::ForegroundRole, messages.isEmpty() ? QVariant() : QVariant(red));
        }
    }
    m_filling = false;
    shown.removeDuplicates();
    return shown.join(QLatin1Char('\n'));
}

void ProductInfosEditor::resetTouched()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            if (QTableWidgetItem* item = m_table->item(row, column))
                setFilling(item, kTouchedRole, QVariant());
        }
    }
}

bool ProductInfosEditor::isTouched(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item && item->data(kTouchedRole).toBool();
}

void ProductInfosEditor::onItemChanged(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    setFilling(item, kTouchedRole, true);
    Q_EMIT changed();
}

void ProductInfosEditor::setFilling(QTableWidgetItem* item, int role, const QVariant& value)
{
    const bool filling = m_filling;
    m_filling = true;
    item->setData(role, value);
    m_filling = filling;
}

void ProductInfosEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ProductInfosEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Delete empties the current cell, as in a spreadsheet; its problem then shows.
    // While a cell is edited its editor has the keys.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (QTableWidgetItem* item = m_table->currentItem())
                item->setText(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProductInfosEditor::retranslate()
{
    m_addButton->setText(tr("Add produc&t"));
    m_removeButton->setText(tr("Remo&ve product"));
    m_table->setAccessibleName(tr("Products to buy"));
    for (int column = 0; column < columnCount(); ++column) {
        const HuaweiProductColumn& spec = HuaweiProductColumns::columns().at(column);
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(column)) {
            header->setText(HuaweiProductColumns::label(spec).toString());
            //: A column's tooltip: %1 says what it holds, %2 is the name Huawei Cloud's API gives it
            header->setToolTip(tr("%1\nIn Huawei Cloud's API: %2")
                                   .arg(HuaweiProductColumns::help(spec).toString(), spec.key));
        }
    }
    // The codes' names and the messages in the new language.
    showIssues(m_issues, m_listTouched, m_revealAll);
    m_table->viewport()->update();
    Q_EMIT retranslated();
}

void ProductInfosEditor::updateButtons()
{
    m_removeButton->setEnabled(!m_table->selectedRanges().isEmpty());
}

} // namespace OrderDesk
