#include "ProductInfosEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <iterator>

namespace OrderDesk {

namespace {

// The keys of a ProductInfoBean the API requires (Huawei's CreateProductOrder page, table 3).
struct Column
{
    const char* key;
    bool wholeNumber;
    const char* help;
};

const Column kColumns[] = {
    {"cloud_service_type", false,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor",
                       "The cloud service type code, e.g. hws.service.type.sdg.")},
    {"product_id", false,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor", "The product ID from Huawei Cloud's price inquiry.")},
    {"resource_size", true,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor", "The resource size, a whole number.")},
    {"resource_size_measure_id", true,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor",
                       "The unit of the resource size as Huawei's measure ID, a whole number.")},
    {"resource_spec_code", false,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor", "The resource specification code.")},
    {"resource_type", false,
     QT_TRANSLATE_NOOP("OrderDesk::ProductInfosEditor",
                       "The resource type code, e.g. hws.resource.type.dsc.base.")},
};

constexpr int kColumnCount = static_cast<int>(std::size(kColumns));

// The keys without a column, kept on the row's first cell.
constexpr int kOtherKeysRole = Qt::UserRole + 1;

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
    , m_table(new QTableWidget(0, kColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("productTable"));
    m_addButton->setObjectName(QStringLiteral("addProductButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProductButton"));

    QStringList headers;
    for (const Column& column : kColumns)
        headers.append(QString::fromLatin1(column.key));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other input
    m_table->setMinimumHeight(110);

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
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProductInfosEditor::updateButtons);
    retranslate();
    updateButtons();
}

ProductInfosEditor::~ProductInfosEditor() = default;

QStringList ProductInfosEditor::columnKeys()
{
    QStringList keys;
    for (const Column& column : kColumns)
        keys.append(QString::fromLatin1(column.key));
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
        for (int column = 0; column < kColumnCount; ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString text = item ? item->text() : QString();
            if (text.isEmpty())
                continue;
            const QString key = QString::fromLatin1(kColumns[column].key);
            bool whole = false;
            const qint64 number = kColumns[column].wholeNumber ? text.toLongLong(&whole) : 0;
            product.insert(key, whole ? QJsonValue(number) : QJsonValue(text));
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
            for (int column = 0; column < kColumnCount; ++column) {
                const QString key = QString::fromLatin1(kColumns[column].key);
                m_table->setItem(row, column, new QTableWidgetItem(cellText(others.take(key))));
            }
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
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    for (int column = 0; column < kColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
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

void ProductInfosEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductInfosEditor::retranslate()
{
    m_addButton->setText(tr("Add produc&t"));
    m_removeButton->setText(tr("Remo&ve product"));
    m_table->setAccessibleName(tr("Products to buy"));
    for (int column = 0; column < kColumnCount; ++column) {
        if (QTableWidgetItem* header = m_table->horizontalHeaderItem(column))
            header->setToolTip(tr(kColumns[column].help));
    }
    Q_EMIT retranslated();
}

void ProductInfosEditor::updateButtons()
{
    m_removeButton->setEnabled(!m_table->selectedRanges().isEmpty());
}

} // namespace OrderDesk
