#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/users.h>
#include <orm/where.h>

#include <QMainWindow>
#include <QPointer>
#include <QVariant>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QVBoxLayout;
class QTableView;
class QUndoStack;

namespace Orm {
class TableModel;
}

namespace Gui {

class BookEditor;
class BookForm;
class ConnectionBanner;
class DatabaseMenu;
class FileMenu;
class TransferMenu;
class StatisticsView;

// The catalogue window: the books in a table (a million open at once: the model reads only what is shown), a
// search box and quick filters above it, the current book's form beside it, and the actions on books, all
// undoable. Never runs SQL: it talks to Catalogue and the ORM's TableModel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What becomes of the undo history when a catalogue is shown: cleared (another catalogue), or kept (the same
    // one, brought up to date).
    enum class History { Clear, Keep };
    // Shows a catalogue; a catalogue opened read-only gets the banner and no edit.
    void setCatalogue(const Catalogue::Catalogue &catalogue, History history = History::Clear);
    Catalogue::Catalogue catalogue() const;
    // Shows again whether the catalogue may be changed (banner, edits), after that changed (a check passed).
    void showAccess();
    // Shows no catalogue: a page that offers to create or open one (File > Close).
    void closeCatalogue();
    // The File menu's catalogues: new, open, recent, servers, drops (see FileMenu).
    FileMenu *fileMenu() const { return m_files; }
    // Import, export and the demo catalogue (see TransferMenu).
    TransferMenu *transferMenu() const { return m_transfers; }

    QTableView *tableView() const { return m_view; }
    Orm::TableModel *tableModel() const { return m_model; }
    BookForm *bookForm() const { return m_form; }
    BookEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *genreFilter() const { return m_genre; }
    QCheckBox *lowStockFilter() const { return m_lowStock; }
    QCheckBox *outOfStockFilter() const { return m_outOfStock; }
    QLabel *banner() const { return m_banner; }
    // The bar that says the catalogue cannot be reached, and counts down to the next try.
    ConnectionBanner *connectionBanner() const { return m_connection; }
    QLabel *countLabel() const { return m_count; }
    // The action of that object name ("newBook", "delete", "undo"...), for tests.
    QAction *action(const QString &name) const;
    DatabaseMenu *databaseMenu() const { return m_databaseMenu; }
    // What the connected user may do, read when the catalogue was shown.
    const Catalogue::Permissions &permissions() const { return m_permissions; }
    // Makes the book with that ID the current one (and shows it in the form); false when it is not shown.
    bool selectBook(const QVariant &id);
    // The columns shown by default, in order.
    static QStringList defaultColumns();
    // Shows only the books matching where (the other filters cleared), with a button saying what they are that
    // shows them all again (the Statistics view's clicks).
    void showOnly(const Orm::Where &where, const QString &description);
    QPushButton *onlyButton() const { return m_onlyButton; }
    // View > Statistics: the Statistics window of this catalogue, made on first use.
    void showStatistics();
    StatisticsView *statisticsView() const;
    // View > Till mode: the shop counter's screen (TillView) on this catalogue, made on first use.
    void showTill();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFilterBar(QWidget *parent, QVBoxLayout *layout);
    void applyFilters();
    void applySearch(const QVariant &current); // current: the book to keep current when it is still shown
    void clearFilters();
    void refreshBooks(); // after books came or went
    void recountTotal(); // counts every book, then updateCount()
    void updateCount(); // "12 of 1,000 books"
    void updateActions();
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    void showHeaderMenu(const QPoint &position);
    void restoreDefaultColumns();
    void newBook();
    void duplicateBook();
    void deleteBooks();
    void editInPlace();
    void showPreferences();
    void showAbout();
    void bringUpToDate();
    void saveAfterOutage(); // the connection is back: what waited for it is saved, and the table may be edited
    void step(int by);
    QVariantList selectedIds() const;
    void readSettings();
    void writeSettings() const;

    BookEditor *m_editor;
    DatabaseMenu *m_databaseMenu = nullptr;
    FileMenu *m_files;
    TransferMenu *m_transfers;
    Orm::TableModel *m_model = nullptr;
    QTableView *m_view;
    BookForm *m_form;
    QSplitter *m_splitter;
    QLabel *m_banner;
    ConnectionBanner *m_connection;
    // What the connected user may do (the server's privileges), asked once per catalogue in setCatalogue().
    Catalogue::Permissions m_permissions;
    QLineEdit *m_search;
    QComboBox *m_genre;
    QCheckBox *m_lowStock;
    QCheckBox *m_outOfStock;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QLabel *m_count;
    QLabel *m_location;
    QLabel *m_readOnlyLabel;
    Orm::Where m_only; // showOnly()'s condition, empty when all books are shown
    QPushButton *m_onlyButton;
    QPointer<StatisticsView> m_statistics;
    qint64 m_total = 0;
    bool m_reverting = false;
};

} // namespace Gui
