#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace OrderDesk {

// Huawei Cloud's product_infos, a JSON array of products, edited as a table: one row per
// product, one column per key the API requires. Keys the table has no column for are kept
// with their row, so a pasted or recorded list comes back unchanged.
class ProductInfosEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value NOTIFY changed USER true)

public:
    explicit ProductInfosEditor(QWidget* parent = nullptr);
    ~ProductInfosEditor() override;

    // The keys shown as columns, in column order.
    static QStringList columnKeys();

    // The rows as a compact JSON array; empty when there is no row. A size column holding a
    // whole number becomes a JSON number; anything else is text, so that validation can say
    // what is wrong with it. Empty cells are left out.
    QString value() const;
    int rowCount() const;
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    // Shows a JSON array of objects. Returns false and shows no row for any other text.
    bool setValue(const QString& json);
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void changed();
    // Its texts are in the new language (the buttons' mnemonics with them).
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    bool m_filling = false;
};

} // namespace OrderDesk
