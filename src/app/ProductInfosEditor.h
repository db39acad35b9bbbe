#pragma once

#include "providers/ValidationIssue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace OrderDesk {

// Huawei Cloud's product_infos, a JSON array of products, edited as a table: one row per
// product, one column per key the API requires (HuaweiProductColumns: plain headers, and an
// editor per column). Keys the table has no column for are kept with their row, so a pasted or
// recorded list comes back unchanged. A product's problems are shown at its cells once the user
// changed them, or all at once when the page reveals every message.
class ProductInfosEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value NOTIFY changed USER true)

public:
    explicit ProductInfosEditor(QWidget* parent = nullptr);
    ~ProductInfosEditor() override;

    // The keys shown as columns, in column order.
    static QStringList columnKeys();

    // The rows as a compact JSON array; empty when there is no row. A number column holding a
    // whole number becomes a JSON number; anything else is text, so that validation can say
    // what is wrong with it. Empty cells are left out.
    QString value() const;
    int rowCount() const;
    QTableWidget* table() const { return m_table; }

    // Marks the cells with the problems of `issues` (all about product_infos) that are to be
    // shown: those of cells the user changed, of rows with such a cell for problems of no cell,
    // every one after `revealAll`, and problems of the list as a whole once `listTouched`.
    // Returns the messages shown, one a line, naming the columns in plain words.
    QString showIssues(const QList<ValidationIssue>& issues, bool listTouched, bool revealAll);
    // A fresh list for the next order: no cell counts as changed by the user any more.
    void resetTouched();
    bool isTouched(int row, int column) const;

public Q_SLOTS:
    // Shows a JSON array of objects. Returns false and shows no row for any other text.
    bool setValue(const QString& json);
    // A row with the API page's example product, for the user to complete.
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void changed();
    // Its texts are in the new language (the buttons' mnemonics with them).
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void onItemChanged(QTableWidgetItem* item);
    void setFilling(QTableWidgetItem* item, int role, const QVariant& value);

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QList<ValidationIssue> m_issues;
    bool m_listTouched = false;
    bool m_revealAll = false;
    bool m_filling = false;
};

} // namespace OrderDesk
