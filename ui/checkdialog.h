#pragma once

#include <catalogue/catalogue.h>

#include <QDialog>
#include <QVariant>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gui {

// Database > Check catalogue…: SQLite's full integrity check of the file, then every book checked against the
// domain's rules (Catalogue::problems()), one line per broken rule: the book, the field, the rule and what it says.
// Double-clicking a book's line asks the window to show that book. Changes nothing.
class CheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckDialog(const Catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    // Runs the checks and lists what they found; the number of problems.
    int check();

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void bookActivated(const QVariant &id);

private:
    void activated(QTreeWidgetItem *item);

    Catalogue::Catalogue m_catalogue;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace Gui
