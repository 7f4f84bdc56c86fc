#pragma once

#include <catalogue/catalogue.h>

#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Gui {

class BookEditor;
class CoverSlot;

// The current book in a form: every Livres field with the editor that fits it, the three covers, the stock with
// its movements, and the contributors. Edits are kept in the form until save(), which the window calls when the
// current book changes or the form loses the focus: saved through BookEditor (validation, hooks, one
// transaction, undo). A refused value stays in its field, with the rule's message beside it. Covers and stock
// movements are saved at once, each its own undoable change.
class BookForm : public QWidget
{
    Q_OBJECT

public:
    explicit BookForm(BookEditor *editor, QWidget *parent = nullptr);

    // Shows the book with that ID (an invalid ID: no book); unsaved edits of the previous one are dropped, so
    // save() first.
    void showBook(const QVariant &id);
    QVariant bookId() const { return m_id; }
    // Reads the book again after a change elsewhere; the fields being edited keep what the user typed (and the
    // value their edit began from, which their save checks), the others take the stored values.
    void reload();
    bool isModified() const;
    // Whether the form shows that stored book as it is (after its own save, the table's copy of the row).
    bool holds(const Orm::Instance &book) const;
    // Saves the edits; false when they were refused (the messages are shown beside the fields). When someone else
    // changed a field being saved since its edit began, the merge dialog asks what to keep (false when cancelled).
    bool save();
    // Drops the edits and shows the stored book.
    void revert();
    void setReadOnly(bool readOnly);
    // A clerk's form: with setReadOnly(true), the stock movements may still be recorded (the server lets this user
    // write the stock, not the book).
    void setStockOnly(bool stockOnly);
    // The genres the genre field offers (a saved book's new genre joins them).
    void setGenres(const QStringList &genres);

    // The editor of a Livres attribute, for tests and for focus.
    QWidget *field(const QString &attribute) const { return m_fields.value(attribute); }
    // The message shown beside a field; empty when none.
    QString fieldError(const QString &attribute) const;
    CoverSlot *coverSlot(const QString &attribute) const { return m_covers.value(attribute); }
    QPushButton *stockButton(Catalogue::Movement kind) const { return m_stockButtons.value(int(kind)); }
    QTreeWidget *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    // Sets a cover from an image's bytes (as a drop or a paste does); false when refused (the message is shown).
    bool setCover(const QString &attribute, const QByteArray &bytes);
    // Records a movement as the stock buttons do, without the dialog.
    bool recordMovement(Catalogue::Movement kind, qint64 quantity, const QString &note = {});

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    // A message for the status bar.
    void message(const QString &text);

private:
    void buildDetails(QWidget *page);
    void buildTexts(QWidget *page);
    void buildCovers(QWidget *page);
    void buildStock(QWidget *page);
    void buildContributors(QWidget *page);
    void addField(QFormLayout *form, const QString &label, const QString &attribute, QWidget *editor);

    QVariant editorValue(const QString &attribute) const;
    void setEditorValue(const QString &attribute, const QVariant &value);
    QList<Catalogue::Contributor> editedContributors() const;
    void showContributors(const QList<Catalogue::Contributor> &contributors);
    void authorsFollowText(const QString &text);
    void textFollowsAuthors();
    void showErrors(const Orm::Error &error);
    // After an OptimisticLock on those fields: the merge dialog; true when the person chose, the form then holding
    // the choices checked against theirs.
    bool resolveConflict(const QStringList &fields);
    bool saveContributors(QList<Catalogue::Contributor> contributors);
    bool resolveContributorsConflict(const QList<Catalogue::Contributor> &mine);
    QString fieldLabel(const QString &attribute) const;
    void clearErrors();
    void showStock(const Orm::Instance &book);
    void showCovers(const Orm::Instance &book);
    QPixmap thumbnail(const QString &reference, QString *missing);
    bool writeCover(const QString &attribute, const QString &reference, const QPixmap &mine);
    bool keepMyCover(const QString &attribute, const QPixmap &mine);
    void viewCover(const QString &attribute);
    void askMovement(Catalogue::Movement kind);
    void updateCounters();
    void updateTitle();

    BookEditor *m_editor;
    QVariant m_id;
    Orm::Instance m_loaded;
    QHash<QString, QVariant> m_shown; // what each field showed of m_loaded: the baseline of its edits
    // For a field edited while the stored book changed: the stored value its edit began from.
    QHash<QString, QVariant> m_startedFrom;
    QList<Catalogue::Contributor> m_loadedContributors;
    // The stored contributors the person's edit of the list began from, while someone else has changed them since.
    std::optional<QList<Catalogue::Contributor>> m_contributorsStartedFrom;
    bool m_readOnly = false;
    bool m_stockOnly = false;
    bool m_loading = false;
    bool m_saving = false;

    QLabel *m_title;
    QTabWidget *m_tabs;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_counters;
    QHash<QString, int> m_limits;
    QHash<QString, CoverSlot *> m_covers;
    QHash<int, QPushButton *> m_stockButtons;
    QList<QPushButton *> m_contributorButtons;
    QLabel *m_stockLabel;
    QLabel *m_generalError;
    QLineEdit *m_withoutSpaces;
    QComboBox *m_genre;
    QDoubleSpinBox *m_price;
    QTreeWidget *m_history;
    QTableWidget *m_contributors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QCache<QString, QPixmap> m_thumbnails; // by reference; cost in kilobytes
};

} // namespace Gui
