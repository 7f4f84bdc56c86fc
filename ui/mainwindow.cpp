#include "mainwindow.h"

#include "bookeditor.h"
#include "bookform.h"
#include "connectionbanner.h"
#include "databasemenu.h"
#include "filemenu.h"
#include "preferencesdialog.h"
#include "statisticsview.h"
#include "tillview.h"
#include "transfermenu.h"

#include <catalogue/livre.h>
#include <orm/tablemodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaProperty>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gui {

namespace L = Catalogue::Livre;

namespace {

// The columns people see by their names in the window.
QString columnTitle(const QString &attribute)
{
    static const QHash<QString, const char *> titles = {
            {L::Id, QT_TRANSLATE_NOOP("Gui::MainWindow", "ID")},
            {L::Nom, QT_TRANSLATE_NOOP("Gui::MainWindow", "Title")},
            {L::NomSansEspaces, QT_TRANSLATE_NOOP("Gui::MainWindow", "Title without spaces")},
            {L::Presentation, QT_TRANSLATE_NOOP("Gui::MainWindow", "Presentation")},
            {L::Description, QT_TRANSLATE_NOOP("Gui::MainWindow", "Description")},
            {L::Couverture, QT_TRANSLATE_NOOP("Gui::MainWindow", "Front cover")},
            {L::Prix, QT_TRANSLATE_NOOP("Gui::MainWindow", "Price")},
            {L::Genre, QT_TRANSLATE_NOOP("Gui::MainWindow", "Genre")},
            {L::Accroche, QT_TRANSLATE_NOOP("Gui::MainWindow", "Tagline")},
            {L::Lien, QT_TRANSLATE_NOOP("Gui::MainWindow", "Link")},
            {L::Auteur, QT_TRANSLATE_NOOP("Gui::MainWindow", "Author")},
            {L::Edition, QT_TRANSLATE_NOOP("Gui::MainWindow", "Publisher")},
            {L::Quantite, QT_TRANSLATE_NOOP("Gui::MainWindow", "Stock")},
            {L::Annee, QT_TRANSLATE_NOOP("Gui::MainWindow", "Year")},
            {L::NbPages, QT_TRANSLATE_NOOP("Gui::MainWindow", "Pages")},
            {L::Ventes, QT_TRANSLATE_NOOP("Gui::MainWindow", "Sold")},
            {L::Arriere, QT_TRANSLATE_NOOP("Gui::MainWindow", "Back cover")},
            {L::Dos, QT_TRANSLATE_NOOP("Gui::MainWindow", "Spine")},
    };
    const char *title = titles.value(attribute);
    return title ? QCoreApplication::translate("Gui::MainWindow", title) : attribute;
}

// How the table shows and edits books: prices in the locale's currency; stock and sales only through movements
// (the Stock tab), the ID and the title without spaces never by hand; every edit through BookEditor (undo).
class BookDelegate : public QStyledItemDelegate
{
public:
    BookDelegate(Orm::TableModel *model, BookEditor *editor, QObject *parent)
        : QStyledItemDelegate(parent),
          m_model(model),
          m_editor(editor)
    {
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (attribute(index) == L::Prix) {
            const QVariant price = index.data(Qt::EditRole);
            option->text = price.isNull() ? QString() : option->locale.toCurrencyString(price.toDouble());
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        // Filled once: a change saved elsewhere refreshes the table, but never what is being typed; the save checks
        // the value the editor began from.
        if (editor->property("filled").toBool())
            return;
        editor->setProperty("filled", true);
        editor->setProperty("startedFrom", index.data(Qt::EditRole));
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            const QVariant price = index.data(Qt::EditRole);
            spin->setValue(price.isNull() ? spin->minimum() : price.toDouble());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString name = attribute(index);
        if (name == L::Id || name == L::NomSansEspaces || name == L::Quantite || name == L::Ventes)
            return nullptr;
        if (name == L::Prix) {
            // As in the form: "no price" just below zero, never a negative price.
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(-0.01, 1000000);
            spin->setDecimals(2);
            spin->setSpecialValueText(MainWindow::tr("No price"));
            spin->setFrame(false);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        QVariant value;
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            value = spin->value() < 0 ? QVariant() : QVariant(spin->value());
        else
            value = editor->property(editor->metaObject()->userProperty().name());
        m_editor->editCell(m_model, index, value, editor->property("startedFrom"));
    }

private:
    QString attribute(const QModelIndex &index) const { return m_model->columns().value(index.column()).attribute; }
    Orm::TableModel *m_model;
    BookEditor *m_editor;
};

} // namespace

QStringList MainWindow::defaultColumns()
{
    return {L::Nom, L::Auteur, L::Edition, L::Genre, L::Annee, L::Prix, L::Quantite, L::Ventes};
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_editor(new BookEditor(this)),
      m_files(new FileMenu(this)),
      m_transfers(new TransferMenu(this)),
      m_view(new QTableView(this)),
      m_form(new BookForm(m_editor, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_banner(new QLabel(this)),
      m_connection(new ConnectionBanner(this)),
      m_search(new QLineEdit(this)),
      m_genre(new QComboBox(this)),
      m_lowStock(new QCheckBox(tr("&Low stock"), this)),
      m_outOfStock(new QCheckBox(tr("&Out of stock"), this)),
      m_minPrice(new QDoubleSpinBox(this)),
      m_maxPrice(new QDoubleSpinBox(this)),
      m_count(new QLabel(this)),
      m_location(new QLabel(this)),
      m_readOnlyLabel(new QLabel(this)),
      m_onlyButton(new QPushButton(this))
{
    setWindowTitle(tr("Catalogue"));
    setAcceptDrops(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c97a; padding: 6px; }"));
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, &MainWindow::bringUpToDate);
    layout->addWidget(m_banner);
    // A lost connection: the bar says so, the table stays as it was, read-only; once back, what waited is saved.
    layout->addWidget(m_connection);
    connect(m_editor, &BookEditor::waitingChanged, m_connection, &ConnectionBanner::setWaiting);
    connect(m_connection, &ConnectionBanner::lost, this,
            [this] { m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); });
    connect(m_connection, &ConnectionBanner::restored, this, &MainWindow::saveAfterOutage);
    createFilterBar(central, layout);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::AnyKeyPressed);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);

    // The empty state: a new catalogue says what to do first.
    auto *stack = new QStackedWidget(this);
    stack->setObjectName(QStringLiteral("tableStack"));
    stack->addWidget(m_view);
    auto *empty = new QWidget(stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("<h2>This catalogue has no books yet</h2><p>Add the first one, then fill in its "
                                    "form on the right.</p>"),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *addFirst = new QPushButton(tr("Add a book"), empty);
    addFirst->setObjectName(QStringLiteral("addFirstBook"));
    connect(addFirst, &QPushButton::clicked, this, &MainWindow::newBook);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(addFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    stack->addWidget(empty);
    stack->addWidget(m_files->createClosedPage(stack)); // no catalogue open

    m_splitter->addWidget(stack);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_count);
    statusBar()->addWidget(m_location, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    connect(m_form, &BookForm::previousRequested, this, [this] { step(-1); });
    connect(m_form, &BookForm::nextRequested, this, [this] { step(1); });
    connect(m_form, &BookForm::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &BookEditor::refused, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_editor, &BookEditor::bookAdded, this, [this](const QVariant &id) {
        refreshBooks();
        if (!selectBook(id)) {
            // Hidden by the search or a filter: they are cleared, so that the person sees the book they work on.
            clearFilters();
            selectBook(id);
        }
    });
    // Many books at once (an import, its undo): the table is read again and the form shows the current row's book.
    connect(m_editor, &BookEditor::booksReplaced, this, [this] {
        refreshBooks();
        const QModelIndex current = m_view->currentIndex();
        m_form->showBook(current.isValid() ? current.data(Orm::TableModel::KeyRole) : QVariant());
    });
    connect(m_editor, &BookEditor::bookRemoved, this, [this](const QVariant &id) {
        refreshBooks();
        if (id == m_form->bookId()) {
            const QModelIndex current = m_view->currentIndex();
            m_form->showBook(current.isValid() ? current.data(Orm::TableModel::KeyRole) : QVariant());
        }
    });
    // Queued: the box shows once the undo stack's call has returned, never from inside a command.
    connect(
            m_editor, &BookEditor::undoFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); }, Qt::QueuedConnection);
    connect(m_editor, &BookEditor::movementNotSaved, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    readSettings();
}

MainWindow::~MainWindow() = default;

QUndoStack *MainWindow::undoStack() const
{
    return m_editor->undoStack();
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createFilterBar(QWidget *parent, QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    m_onlyButton->setParent(parent);
    m_onlyButton->setObjectName(QStringLiteral("showAllBooks"));
    m_onlyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_onlyButton->setToolTip(tr("Show all the books again"));
    m_onlyButton->hide();
    connect(m_onlyButton, &QPushButton::clicked, this, &MainWindow::clearFilters);
    bar->addWidget(m_onlyButton);
    m_search->setParent(parent);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search titles, authors, publishers… (Ctrl+F)"));
    m_search->setMinimumWidth(280);
    connect(m_search, &QLineEdit::textChanged, this, [this] { applySearch(m_form->bookId()); });
    bar->addWidget(m_search, 2);
    m_genre->setParent(parent);
    m_genre->setMinimumContentsLength(12);
    m_genre->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_genre->setToolTip(tr("Only the books of this genre"));
    connect(m_genre, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    bar->addWidget(m_genre);
    for (QCheckBox *box : {m_lowStock, m_outOfStock}) {
        box->setParent(parent);
        connect(box, &QCheckBox::toggled, this, &MainWindow::applyFilters);
        bar->addWidget(box);
    }
    bar->addWidget(new QLabel(tr("Price:"), parent));
    for (QDoubleSpinBox *box : {m_minPrice, m_maxPrice}) {
        box->setParent(parent);
        box->setRange(0, 1000000);
        box->setDecimals(2);
        box->setSpecialValueText(tr("any"));
        box->setAccelerated(true);
        box->setKeyboardTracking(false); // a price typed is applied when done, not at each digit
        connect(box, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyFilters);
    }
    m_minPrice->setObjectName(QStringLiteral("minPrice"));
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));
    m_minPrice->setToolTip(tr("Lowest price"));
    m_maxPrice->setToolTip(tr("Highest price"));
    bar->addWidget(m_minPrice);
    bar->addWidget(new QLabel(QStringLiteral("–"), parent));
    bar->addWidget(m_maxPrice);
    layout->addLayout(bar);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                             const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *newBook = make(QStringLiteral("newBook"), tr("&New book"), QKeySequence::New,
                            QStringLiteral("document-new"), &MainWindow::newBook);
    QAction *duplicate = make(QStringLiteral("duplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                              QStringLiteral("edit-copy"), &MainWindow::duplicateBook);
    QAction *remove = make(QStringLiteral("delete"), tr("&Delete…"), QKeySequence::Delete,
                           QStringLiteral("edit-delete"), &MainWindow::deleteBooks);
    remove->setShortcutContext(Qt::WidgetShortcut); // Del in a text field deletes text, not books
    m_view->addAction(remove);
    // Undo and redo save what the form holds first: they act on what the person sees, and a command never runs
    // while the form would push another one (a save, from the current row moving under a command).
    QUndoStack *stack = m_editor->undoStack();
    QAction *undo = make(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo, QStringLiteral("edit-undo"), [this] {
        if (m_form->save())
            m_editor->undoStack()->undo();
    });
    QAction *redo = make(QStringLiteral("redo"), tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                         QStringLiteral("edit-redo"), [this] {
                             if (m_form->save())
                                 m_editor->undoStack()->redo();
                         });
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    const auto follow = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, follow);
    connect(stack, &QUndoStack::cleanChanged, this, follow);
    follow();
    QAction *find = make(QStringLiteral("find"), tr("&Find"), QKeySequence::Find, QStringLiteral("edit-find"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *edit = make(QStringLiteral("editInPlace"), tr("&Edit in place"), QKeySequence(Qt::Key_F2), {},
                         &MainWindow::editInPlace);
    QAction *preferences = make(QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence::Preferences,
                                QStringLiteral("preferences-system"), &MainWindow::showPreferences);
    QAction *quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"),
                         &QWidget::close);
    QAction *about = make(QStringLiteral("about"), tr("&About Catalogue"), {}, QStringLiteral("help-about"),
                          &MainWindow::showAbout);
    QAction *aboutQt = new QAction(tr("About &Qt"), this);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->addActions(file);
    m_transfers->addFileActions(file);
    file->addSeparator();
    file->addAction(quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(newBook);
    editMenu->addAction(duplicate);
    editMenu->addAction(remove);
    editMenu->addAction(edit);
    editMenu->addSeparator();
    editMenu->addAction(find);
    editMenu->addSeparator();
    editMenu->addAction(preferences);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *columns = view->addAction(tr("&Columns…"));
    connect(columns, &QAction::triggered, this,
            [this] { showHeaderMenu(m_view->horizontalHeader()->mapFromGlobal(QCursor::pos())); });
    QAction *restore = view->addAction(tr("&Restore the default columns"));
    connect(restore, &QAction::triggered, this, &MainWindow::restoreDefaultColumns);
    view->addSeparator();
    QAction *statistics = make(QStringLiteral("statistics"), tr("&Statistics…"), QKeySequence(Qt::Key_F9), {},
                               &MainWindow::showStatistics);
    view->addAction(statistics);
    view->addAction(
            make(QStringLiteral("till"), tr("&Till mode…"), QKeySequence(Qt::Key_F8), {}, &MainWindow::showTill));
    m_databaseMenu = new DatabaseMenu(this, menuBar()->addMenu(tr("&Database")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_transfers->addHelpActions(help);
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar *tools = addToolBar(tr("Books"));
    tools->setObjectName(QStringLiteral("booksToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(newBook);
    tools->addAction(duplicate);
    tools->addAction(remove);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    addAction(find);
    addAction(edit);
}

void MainWindow::setCatalogue(const Catalogue::Catalogue &catalogue, History history)
{
    m_only = {};
    m_onlyButton->hide();
    if (m_statistics)
        m_statistics->setCatalogue(catalogue);
    m_editor->setCatalogue(catalogue, history == History::Keep);
    m_connection->watch(catalogue.database());
    // Another catalogue: the view's model, selection model and delegate of the previous one go with it.
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    QAbstractItemDelegate *oldDelegate = m_view->itemDelegate();
    Orm::TableModel *oldModel = std::exchange(m_model, new Orm::TableModel(catalogue.livres(), this));
    m_model->setLocale(locale());
    QList<Orm::TableColumn> columns;
    QStringList order = defaultColumns();
    for (const Orm::Attribute &attribute : L::attributes()) {
        if (!order.contains(attribute.name))
            order << attribute.name;
    }
    for (const QString &attribute : std::as_const(order))
        columns.append({attribute, columnTitle(attribute)});
    if (auto r = m_model->setColumns(columns); !r)
        QMessageBox::critical(this, tr("Catalogue"), r.error().message());
    if (auto r = m_model->select(); !r)
        QMessageBox::critical(this, tr("Catalogue"), r.error().message());
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the catalogue's order until a click
    m_view->setItemDelegate(new BookDelegate(m_model, m_editor, m_view));
    if (oldModel) {
        delete oldSelection;
        delete oldDelegate;
        delete oldModel;
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &Orm::TableModel::editFailed, this,
            [this](int, int, const QString &, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_model, &Orm::TableModel::queryFailed, this,
            [this](const Orm::Error &error) { statusBar()->showMessage(error.message(), 10000); });
    // A change of the current book made elsewhere (another window, another program: the change feed) shows in the
    // form at once; the fields being edited keep what was typed, and are checked against it when saved.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row() && !m_form->holds(m_model->instance(row)))
                    m_form->reload();
            });
    // Rows come and go without a filter change when others add or delete books.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::recountTotal);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::recountTotal);

    Settings settings;
    const QByteArray header = settings.value(QStringLiteral("window/header")).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header))
        restoreDefaultColumns();

    const QString current = m_genre->currentData().toString();
    m_genre->blockSignals(true);
    m_genre->clear();
    m_genre->addItem(tr("All genres"), QString());
    if (auto genres = catalogue.genres()) {
        for (const QString &genre : std::as_const(*genres))
            m_genre->addItem(genre, genre);
        m_form->setGenres(*genres);
    }
    m_genre->setCurrentIndex(std::max(0, m_genre->findData(current)));
    m_genre->blockSignals(false);

    // Unknown (the server would not say): everything stays enabled, and the server refuses what it refuses.
    m_permissions = Catalogue::Permissions::of(catalogue).value_or(Catalogue::Permissions{});
    showAccess();
    m_databaseMenu->catalogueSet(catalogue);
}

void MainWindow::showAccess()
{
    const Catalogue::Catalogue catalogue = this->catalogue();
    const Orm::Database database = catalogue.database();
    const bool readOnly = database.isReadOnly();
    m_location->setText(database.displayUrl());
    const QString file = database.filePath();
    setWindowTitle(file.isEmpty() ? tr("%1 — Catalogue").arg(database.displayUrl())
                                  : tr("%1 — Catalogue").arg(QFileInfo(file).fileName()));
    m_readOnlyLabel->setText(readOnly ? tr("read-only") : QString());
    if (readOnly && catalogue.isReadOnlyUntilMigrated()) {
        m_banner->setText(tr("This catalogue is open read-only: %1. Its books are all here to browse and search; "
                             "to change them, apply its migrations (a backup is made first). <a href=\"update\">"
                             "Review and apply the migrations…</a>")
                                  .arg(database.readOnlyReason()));
        m_banner->show();
    } else if (readOnly) {
        m_banner->setText(tr("This catalogue is open read-only: %1. You can browse and search it; nothing can be "
                             "changed.")
                                  .arg(database.readOnlyReason()));
        m_banner->show();
    } else if (!catalogue.hasRelatedTables() || !catalogue.hasCovers()) {
        m_banner->setText(tr("This catalogue was made by another program or an older version. Its books are all "
                             "here; to record stock movements, contributors and covers it needs to be brought up "
                             "to date (a backup is made first). <a href=\"update\">Bring it up to date…</a>"));
        m_banner->show();
    } else if (!m_permissions.summary().isEmpty()) {
        m_banner->setText(m_permissions.summary());
        m_banner->show();
    } else {
        m_banner->hide();
    }
    const bool mayEdit = !readOnly && m_permissions.editBooks;
    m_view->setEditTriggers(!mayEdit ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                                            | QAbstractItemView::AnyKeyPressed);
    m_form->setStockOnly(!readOnly && m_permissions.recordMovements);
    m_form->setReadOnly(!mayEdit);
    if (!m_model)
        return;
    applyFilters();
    recountTotal();
    if (!m_view->currentIndex().isValid()) {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        else
            m_form->showBook({});
    }
    updateActions();
}

void MainWindow::closeCatalogue()
{
    delete m_statistics; // waits for a query of its in progress
    m_only = {};
    m_onlyButton->hide();
    m_permissions = {};
    if (m_model)
        Settings().setValue(QStringLiteral("window/header"), m_view->horizontalHeader()->saveState());
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    QAbstractItemDelegate *oldDelegate = m_view->itemDelegate();
    m_view->setModel(nullptr);
    m_view->setItemDelegate(new QStyledItemDelegate(m_view));
    delete oldSelection;
    delete oldDelegate;
    delete std::exchange(m_model, nullptr);
    m_editor->setCatalogue({});
    m_connection->watch({});
    m_form->showBook({});
    m_form->setReadOnly(true);
    m_banner->hide();
    m_count->clear();
    m_location->clear();
    m_readOnlyLabel->clear();
    statusBar()->clearMessage();
    m_total = 0;
    setWindowTitle(tr("Catalogue"));
    findChild<QStackedWidget *>(QStringLiteral("tableStack"))->setCurrentIndex(2);
    updateActions();
}

Catalogue::Catalogue MainWindow::catalogue() const
{
    return m_editor->catalogue();
}

void MainWindow::applyFilters()
{
    if (!m_model)
        return;
    QList<Orm::Where> conditions;
    if (const QString genre = m_genre->currentData().toString(); !genre.isEmpty())
        conditions << (Orm::col(L::Genre) == genre);
    const int threshold = Settings().value(QStringLiteral("lowStockThreshold"), 2).toInt();
    if (m_lowStock->isChecked())
        conditions << (Orm::col(L::Quantite) <= threshold || Orm::col(L::Quantite).isNull());
    if (m_outOfStock->isChecked())
        conditions << (Orm::col(L::Quantite) <= 0 || Orm::col(L::Quantite).isNull());
    if (m_minPrice->value() > 0 && m_maxPrice->value() > 0 && m_minPrice->value() > m_maxPrice->value()) {
        const double lowest = m_maxPrice->value();
        const QSignalBlocker blockMin(m_minPrice);
        const QSignalBlocker blockMax(m_maxPrice);
        m_maxPrice->setValue(m_minPrice->value());
        m_minPrice->setValue(lowest);
        statusBar()->showMessage(tr("The lowest price was above the highest: the two were swapped"), 8000);
    }
    if (m_minPrice->value() > 0)
        conditions << (Orm::col(L::Prix) >= m_minPrice->value());
    if (m_maxPrice->value() > 0)
        conditions << (Orm::col(L::Prix) <= m_maxPrice->value());
    if (!m_only.isEmpty())
        conditions << m_only;
    const QVariant current = m_form->bookId();
    Orm::Where where = conditions.isEmpty() ? Orm::Where() : Orm::Where::combine(Orm::Where::Op::And, conditions);
    if (auto r = m_model->setFilter(where); !r)
        statusBar()->showMessage(r.error().message(), 10000);
    applySearch(current);
}

// A letter typed changes the search alone: the model is read once for it, not once more for the filters.
void MainWindow::applySearch(const QVariant &current)
{
    if (!m_model)
        return;
    if (auto r = m_model->setSearch(m_search->text()); !r)
        statusBar()->showMessage(r.error().message(), 10000);
    updateCount();
    // The current book stays current when it is still shown.
    if (!current.isValid() || !selectBook(current)) {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void MainWindow::refreshBooks()
{
    if (!m_model)
        return;
    if (auto r = m_model->refresh(); !r)
        statusBar()->showMessage(r.error().message(), 10000);
    recountTotal();
}

void MainWindow::recountTotal()
{
    if (!m_model)
        return;
    if (auto total = catalogue().livres().count())
        m_total = *total;
    updateCount();
}

void MainWindow::clearFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_search),   QSignalBlocker(m_genre),
                                       QSignalBlocker(m_lowStock), QSignalBlocker(m_outOfStock),
                                       QSignalBlocker(m_minPrice), QSignalBlocker(m_maxPrice)};
    m_search->clear();
    m_genre->setCurrentIndex(0);
    m_lowStock->setChecked(false);
    m_outOfStock->setChecked(false);
    m_minPrice->setValue(0);
    m_maxPrice->setValue(0);
    m_only = {};
    m_onlyButton->hide();
    applyFilters();
}

void MainWindow::showOnly(const Orm::Where &where, const QString &description)
{
    if (!m_model)
        return;
    clearFilters();
    m_only = where;
    m_onlyButton->setText(tr("Only: %1").arg(description));
    m_onlyButton->show();
    applyFilters();
    raise();
    activateWindow();
}

StatisticsView *MainWindow::statisticsView() const
{
    return m_statistics;
}

void MainWindow::showStatistics()
{
    if (!m_model)
        return;
    if (!m_statistics) {
        m_statistics = new StatisticsView(this);
        m_statistics->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_statistics, &StatisticsView::booksRequested, this, &MainWindow::showOnly);
        m_statistics->setCatalogue(catalogue());
    }
    m_statistics->show();
    m_statistics->raise();
    m_statistics->activateWindow();
}

void MainWindow::showTill()
{
    if (!m_model)
        return;
    auto *till = findChild<TillView *>();
    if (!till) {
        till = new TillView(this);
        till->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (till->catalogueUrl() != catalogue().url()) // first use, or another catalogue opened since
        till->setCatalogue(catalogue());
    till->show();
    till->raise();
    till->activateWindow();
}

void MainWindow::updateCount()
{
    if (!m_model)
        return;
    const QLocale locale = this->locale();
    const int shown = m_model->rowCount();
    m_count->setText(
            tr("%1 of %Ln book(s)", nullptr, int(std::min<qint64>(m_total, INT_MAX))).arg(locale.toString(shown)));
    auto *stack = findChild<QStackedWidget *>(QStringLiteral("tableStack"));
    stack->setCurrentIndex(m_total == 0 && !catalogue().database().isReadOnly() ? 1 : 0);
}

void MainWindow::updateActions()
{
    const bool writable = m_model && !catalogue().database().isReadOnly() && m_permissions.editBooks;
    // Why an action is greyed when the server's privileges are the reason.
    const QString refused = m_model && !m_permissions.editBooks ? m_permissions.summary() : QString();
    for (const QString &name : {QStringLiteral("newBook"), QStringLiteral("duplicate"), QStringLiteral("delete"),
                                QStringLiteral("editInPlace")})
        action(name)->setToolTip(refused.isEmpty() ? action(name)->text().remove(u'&') : refused);
    const bool hasSelection = m_view->selectionModel() && !m_view->selectionModel()->selectedRows().isEmpty();
    action(QStringLiteral("newBook"))->setEnabled(writable);
    action(QStringLiteral("duplicate"))->setEnabled(writable && m_view->currentIndex().isValid());
    action(QStringLiteral("delete"))->setEnabled(writable && hasSelection);
    action(QStringLiteral("editInPlace"))->setEnabled(writable && m_view->currentIndex().isValid());
    action(QStringLiteral("statistics"))->setEnabled(m_model != nullptr);
}

void MainWindow::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_reverting)
        return;
    // What the form holds is saved before another book is shown; when it is refused, the form stays on its book.
    if (m_form->isModified() && !m_form->save()) {
        if (previous.isValid()) {
            m_reverting = true;
            m_view->selectionModel()->setCurrentIndex(previous,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_reverting = false;
        }
        statusBar()->showMessage(tr("This book's changes were refused: correct them or revert them first"), 8000);
        return;
    }
    m_form->showBook(current.isValid() ? current.data(Orm::TableModel::KeyRole) : QVariant());
    updateActions();
}

bool MainWindow::selectBook(const QVariant &id)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index =
            m_model->index(row, m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0);
    if (m_view->currentIndex().row() != row)
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (m_form->bookId() != id)
        m_form->showBook(id);
    return true;
}

void MainWindow::step(int by)
{
    const int row = m_view->currentIndex().row() + by;
    if (m_model && row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, std::max(0, m_view->currentIndex().column())));
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!m_model)
        return;
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < 20)
                header->resizeSection(column, 120);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Restore the default columns"), this, &MainWindow::restoreDefaultColumns);
    menu.exec(header->mapToGlobal(position));
}

void MainWindow::restoreDefaultColumns()
{
    if (!m_model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const QStringList shown = defaultColumns();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->moveSection(header->visualIndex(column), column);
        const QString attribute = m_model->columns().at(column).attribute;
        header->setSectionHidden(column, !shown.contains(attribute));
        const int width = attribute == L::Nom                       ? 280
                : attribute == L::Auteur || attribute == L::Edition ? 170
                : attribute == L::Genre                             ? 120
                                                                    : 80;
        header->resizeSection(column, width);
    }
}

QVariantList MainWindow::selectedIds() const
{
    QVariantList ids;
    if (!m_view->selectionModel())
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(Orm::TableModel::KeyRole);
    return ids;
}

void MainWindow::newBook()
{
    if (!m_form->save())
        return;
    auto id = m_editor->addBook(Catalogue::Catalogue::newBookValues(tr("New book")));
    if (!id) {
        QMessageBox::warning(this, tr("New book"), describe(id.error()));
        return;
    }
    if (m_form->bookId() != *id)
        return;
    m_form->tabs()->setCurrentIndex(0);
    if (QWidget *title = m_form->field(L::Nom)) {
        title->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(title))
            line->selectAll();
    }
}

void MainWindow::duplicateBook()
{
    if (!m_form->save() || !m_form->bookId().isValid())
        return;
    auto id = m_editor->duplicateBook(m_form->bookId());
    if (!id)
        QMessageBox::warning(this, tr("Duplicate"), describe(id.error()));
}

void MainWindow::deleteBooks()
{
    const QVariantList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto movements = catalogue().movementCount(ids);
    const qint64 history = movements ? *movements : 0;
    const QString title = ids.size() == 1 ? m_editor->bookTitle(ids.first()) : QString();
    QString question =
            ids.size() == 1 ? tr("Delete « %1 »?").arg(title) : tr("Delete these %n books?", nullptr, int(ids.size()));
    if (history > 0)
        question += u' ' + tr("Their stock history (%n movement(s)) is deleted with them.", nullptr, int(history));
    question += u' ' + tr("You can undo this with Edit > Undo.");
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto r = m_editor->removeBooks(ids); !r)
        QMessageBox::warning(this, tr("Delete"), describe(r.error()));
}

void MainWindow::editInPlace()
{
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        applyFilters();
        if (m_statistics)
            m_statistics->reload(); // the low-stock threshold
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Catalogue"),
            tr("<h3>Catalogue %1</h3><p>A book catalogue for bookshops and small publishers: books, covers, prices, "
               "stock and its history, on a SQLite file or a shared PostgreSQL server.</p>"
               "<p>Built with Qt %2 (LGPL v3).</p>"
               "<p>The demonstration data comes from goodbooks-10k by Zygmunt Zając, under the Creative Commons "
               "Attribution-ShareAlike 4.0 licence.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::bringUpToDate()
{
    m_databaseMenu->showMigrations();
}

void MainWindow::saveAfterOutage()
{
    QStringList said;
    if (m_form->isModified())
        said << (m_form->save() ? tr("Your changes to the book were saved.")
                                : tr("Your changes to the book were not saved: the form says why."));
    QStringList refused;
    const auto notSaved =
            connect(m_editor, &BookEditor::movementNotSaved, this, [&refused](const QString &why) { refused << why; });
    if (const int saved = m_editor->saveWaiting(); saved > 0)
        said << tr("%n waiting stock movement(s) saved.", nullptr, saved);
    disconnect(notSaved);
    said << refused;
    showAccess(); // the table may be edited again, read anew
    if (!m_form->bookId().isValid() && m_view->currentIndex().isValid())
        m_form->showBook(m_view->currentIndex().data(Orm::TableModel::KeyRole));
    m_connection->setOutcome(said.join(u' '), !refused.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const auto waiting = m_editor->waitingMovements(); !waiting.isEmpty()) {
        const auto answer = QMessageBox::question(
                this, tr("Quit"),
                tr("%n stock movement(s) wait for the connection to the catalogue and are not saved. Quit and lose "
                   "them?",
                   nullptr, int(waiting.size())),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    if (m_form->isModified() && !m_form->save()) {
        const auto answer =
                QMessageBox::question(this, tr("Quit"), tr("This book's changes were refused. Quit and lose them?"),
                                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    Settings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 850);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_search->setText(settings.value(QStringLiteral("filters/search")).toString());
    m_lowStock->setChecked(settings.value(QStringLiteral("filters/lowStock")).toBool());
    m_outOfStock->setChecked(settings.value(QStringLiteral("filters/outOfStock")).toBool());
    m_minPrice->setValue(settings.value(QStringLiteral("filters/minPrice")).toDouble());
    m_maxPrice->setValue(settings.value(QStringLiteral("filters/maxPrice")).toDouble());
}

void MainWindow::writeSettings() const
{
    Settings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (m_model)
        settings.setValue(QStringLiteral("window/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("filters/search"), m_search->text());
    settings.setValue(QStringLiteral("filters/lowStock"), m_lowStock->isChecked());
    settings.setValue(QStringLiteral("filters/outOfStock"), m_outOfStock->isChecked());
    settings.setValue(QStringLiteral("filters/minPrice"), m_minPrice->value());
    settings.setValue(QStringLiteral("filters/maxPrice"), m_maxPrice->value());
}

} // namespace Gui
