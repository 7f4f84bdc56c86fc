#include "bookform.h"

#include "bookeditor.h"
#include "coverconflictdialog.h"
#include "coverslot.h"
#include "mergedialog.h"
#include "stockdialog.h"

#include <catalogue/livre.h>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Gui {

namespace L = Catalogue::Livre;

namespace {

// The price box shows "no price" at its minimum, just below zero: a price may be empty, never negative.
constexpr double noPrice = -0.01;

QString roleName(const QString &role)
{
    if (role == Catalogue::Contribution::Translator)
        return BookForm::tr("Translator");
    if (role == Catalogue::Contribution::Illustrator)
        return BookForm::tr("Illustrator");
    return BookForm::tr("Author");
}

// Contributors as the merge form shows them, one a line: "Name (Role)".
QString contributorsText(const QList<Catalogue::Contributor> &contributors)
{
    QStringList lines;
    for (const Catalogue::Contributor &contributor : contributors)
        lines << QStringLiteral("%1 (%2)").arg(contributor.name, roleName(contributor.role));
    return lines.join(u'\n');
}

// And back: the role in brackets at a line's end is read in the window's language or as the catalogue stores it
// (auteur, traducteur, illustrateur); a line without one is an author.
QList<Catalogue::Contributor> contributorsFromText(const QString &text)
{
    QList<Catalogue::Contributor> list;
    for (const QString &line : text.split(u'\n')) {
        QString name = line.simplified();
        QString role = Catalogue::Contribution::Author;
        bool found = false;
        for (const QString &known : {Catalogue::Contribution::Author, Catalogue::Contribution::Translator,
                                     Catalogue::Contribution::Illustrator}) {
            for (const QString &spelling : {roleName(known), known}) {
                const QString suffix = QStringLiteral(" (%1)").arg(spelling);
                if (!found && name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive)) {
                    name.chop(suffix.size());
                    role = known;
                    found = true;
                }
            }
        }
        if (!name.isEmpty())
            list.append({name, role});
    }
    return list;
}

// Names typed in the contributors' table are completed from the people already in the catalogue.
class NameDelegate : public QStyledItemDelegate
{
public:
    NameDelegate(QStringListModel *names, QObject *parent) : QStyledItemDelegate(parent), m_names(names) { }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            auto *completer = new QCompleter(m_names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    QStringListModel *m_names;
};

// A contributor's role is chosen from the three the catalogue knows; the item keeps the stored name.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &role : {Catalogue::Contribution::Author, Catalogue::Contribution::Translator,
                                    Catalogue::Contribution::Illustrator})
            combo->addItem(roleName(role), role);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QString movementName(const QString &type)
{
    using Catalogue::Movement;
    using Catalogue::movementType;
    if (type == movementType(Movement::Sale))
        return BookForm::tr("Sale");
    if (type == movementType(Movement::Receipt))
        return BookForm::tr("Receipt");
    if (type == movementType(Movement::Return))
        return BookForm::tr("Return");
    if (type == movementType(Movement::OpeningBalance))
        return BookForm::tr("Opening balance");
    return BookForm::tr("Adjustment");
}

} // namespace

BookForm::BookForm(BookEditor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_stockLabel(new QLabel(this)),
      m_generalError(new QLabel(this)),
      m_withoutSpaces(new QLineEdit(this)),
      m_genre(new QComboBox(this)),
      m_price(new QDoubleSpinBox(this)),
      m_history(new QTreeWidget(this)),
      m_contributors(new QTableWidget(0, 2, this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this)),
      m_thumbnails(32 * 1024)
{
    for (const Orm::Attribute &attribute : L::attributes()) {
        if (attribute.type.length > 0)
            m_limits.insert(attribute.name, attribute.type.length);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous book (Alt+Up)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next book (Alt+Down)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(previous, &QToolButton::clicked, this, &BookForm::previousRequested);
    connect(next, &QToolButton::clicked, this, &BookForm::nextRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(previous);
    top->addWidget(next);

    const auto page = [this](const QString &title) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *widget = new QWidget(scroll);
        scroll->setWidget(widget);
        m_tabs->addTab(scroll, title);
        return widget;
    };
    buildDetails(page(tr("&Details")));
    buildCovers(page(tr("C&overs")));
    buildStock(page(tr("S&tock")));
    buildContributors(page(tr("&Contributors")));
    buildTexts(page(tr("Te&xts")));

    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_generalError->hide();
    m_save->setToolTip(tr("Save the changes of this book (they are also saved when you go to another book)"));
    connect(m_save, &QPushButton::clicked, this, &BookForm::save);
    connect(m_revert, &QPushButton::clicked, this, &BookForm::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generalError, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Leaving the form for another part of the window saves what was typed.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (old && isAncestorOf(old) && (!now || (!isAncestorOf(now) && now->window() == window())) && isModified())
            save();
    });
    // A change of the book shown (an undo, a redo, a movement, a cover) is shown; the form's own save reads the
    // book once, when it is done.
    connect(m_editor, &BookEditor::bookChanged, this, [this](const QVariant &id) {
        if (id == m_id && !m_saving)
            reload();
    });
    showBook({});
}

void BookForm::addField(QFormLayout *form, const QString &label, const QString &attribute, QWidget *editor)
{
    m_fields.insert(attribute, editor);
    auto *error = new QLabel(editor->parentWidget());
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    m_errors.insert(attribute, error);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(editor);
    // Long texts show how much of their room they use; short ones only when it runs out.
    if (m_limits.contains(attribute)) {
        auto *counter = new QLabel(editor->parentWidget());
        counter->setAlignment(Qt::AlignRight);
        m_counters.insert(attribute, counter);
        box->addWidget(counter);
    }
    box->addWidget(error);
    auto *caption = new QLabel(label, editor->parentWidget());
    caption->setBuddy(editor);
    form->addRow(caption, box);
    const auto changed = [this] {
        if (!m_loading) {
            updateCounters();
            m_save->setEnabled(isModified());
            m_revert->setEnabled(isModified());
        }
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *price = qobject_cast<QDoubleSpinBox *>(editor))
        connect(price, &QDoubleSpinBox::valueChanged, this, changed);
}

void BookForm::buildDetails(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nom = new QLineEdit(page);
    nom->setPlaceholderText(tr("Required"));
    addField(form, tr("&Title:"), L::Nom, nom);
    connect(nom, &QLineEdit::textChanged, this, [this](const QString &text) {
        QString without;
        for (const QChar c : text) {
            if (!c.isSpace())
                without += c;
        }
        m_withoutSpaces->setText(without);
    });
    m_withoutSpaces->setParent(page);
    m_withoutSpaces->setReadOnly(true);
    m_withoutSpaces->setToolTip(tr("Follows the title, as the catalogue defines it"));
    form->addRow(tr("Without spaces:"), m_withoutSpaces);
    auto *auteur = new QLineEdit(page);
    auteur->setToolTip(tr("Several authors: separate them with commas. Roles are set in the Contributors tab."));
    addField(form, tr("&Author:"), L::Auteur, auteur);
    connect(auteur, &QLineEdit::textEdited, this, &BookForm::authorsFollowText);
    addField(form, tr("&Publisher:"), L::Edition, new QLineEdit(page));
    m_genre->setParent(page);
    m_genre->setEditable(true);
    m_genre->setInsertPolicy(QComboBox::NoInsert);
    addField(form, tr("&Genre:"), L::Genre, m_genre);
    auto *annee = new QSpinBox(page);
    annee->setRange(1450, QDate::currentDate().year() + 1);
    addField(form, tr("&Year:"), L::Annee, annee);
    auto *pages = new QSpinBox(page);
    pages->setRange(1, 100000);
    addField(form, tr("Pa&ges:"), L::NbPages, pages);
    m_price->setParent(page);
    m_price->setDecimals(2);
    m_price->setRange(noPrice, 1000000);
    m_price->setSpecialValueText(tr("No price"));
    m_price->setGroupSeparatorShown(true);
    const QString symbol = locale().currencySymbol();
    if (locale().toCurrencyString(1.0).startsWith(symbol))
        m_price->setPrefix(symbol + u' ');
    else
        m_price->setSuffix(u' ' + symbol);
    addField(form, tr("P&rice:"), L::Prix, m_price);
    m_stockLabel->setParent(page);
    form->addRow(tr("Stock:"), m_stockLabel);
    auto *lien = new QLineEdit(page);
    lien->setPlaceholderText(QStringLiteral("https://"));
    auto *open = new QToolButton(page);
    open->setText(tr("Open"));
    open->setToolTip(tr("Open the link in the web browser"));
    connect(open, &QToolButton::clicked, this, [lien] {
        const QUrl url(lien->text().trimmed(), QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
            QDesktopServices::openUrl(url);
    });
    auto *linkRow = new QWidget(page);
    auto *linkLayout = new QHBoxLayout(linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    lien->setParent(linkRow);
    linkLayout->addWidget(lien, 1);
    linkLayout->addWidget(open);
    addField(form, tr("&Link:"), L::Lien, linkRow);
    m_fields.insert(L::Lien, lien); // the line edit is the field; the row only holds it with its button
    connect(lien, &QLineEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_save->setEnabled(isModified());
            m_revert->setEnabled(isModified());
        }
    });
    addField(form, tr("Tag&line:"), L::Accroche, new QLineEdit(page));
}

void BookForm::buildTexts(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto *presentation = new QPlainTextEdit(page);
    presentation->setTabChangesFocus(true);
    addField(form, tr("Pr&esentation:"), L::Presentation, presentation);
    auto *description = new QPlainTextEdit(page);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(90);
    addField(form, tr("Descr&iption:"), L::Description, description);
}

void BookForm::buildCovers(QWidget *page)
{
    auto *layout = new QHBoxLayout(page);
    const QList<std::pair<QString, QString>> slots = {
            {L::Couverture, tr("Front")}, {L::Arriere, tr("Back")}, {L::Dos, tr("Spine")}};
    for (const auto &[attribute, title] : slots) {
        auto *slot = new CoverSlot(title, page);
        m_covers.insert(attribute, slot);
        connect(slot, &CoverSlot::imageGiven, this,
                [this, attribute](const QByteArray &bytes) { setCover(attribute, bytes); });
        connect(slot, &CoverSlot::removeRequested, this, [this, attribute] {
            if (m_id.isValid() && !m_readOnly)
                writeCover(attribute, QStringLiteral(""), {}); // Arriere and Dos are NOT NULL: no image is ""
        });
        connect(slot, &CoverSlot::viewRequested, this, [this, attribute] { viewCover(attribute); });
        auto *column = new QVBoxLayout;
        column->addWidget(slot);
        auto *error = new QLabel(page);
        error->setWordWrap(true);
        error->setMaximumWidth(CoverSlot::thumbnailSize.width() + 40);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->hide();
        m_errors.insert(attribute, error);
        column->addWidget(error);
        column->addStretch();
        layout->addLayout(column);
    }
    layout->addStretch();
}

void BookForm::buildStock(QWidget *page)
{
    using Catalogue::Movement;
    auto *layout = new QVBoxLayout(page);
    auto *buttons = new QHBoxLayout;
    for (Movement kind : {Movement::Sale, Movement::Receipt, Movement::Return, Movement::Adjustment}) {
        auto *button = new QPushButton(StockDialog::actionName(kind) + QStringLiteral("…"), page);
        m_stockButtons.insert(int(kind), button);
        connect(button, &QPushButton::clicked, this, [this, kind] { askMovement(kind); });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_history->setParent(page);
    m_history->setHeaderLabels({tr("Date"), tr("Movement"), tr("Copies"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    layout->addWidget(new QLabel(tr("History, newest first:"), page));
    layout->addWidget(m_history, 1);
}

void BookForm::buildContributors(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_contributors->setParent(page);
    m_contributors->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_contributors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contributors->verticalHeader()->hide();
    m_contributors->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *names = new QStringListModel(this);
    m_contributors->setItemDelegateForColumn(0, new NameDelegate(names, this));
    m_contributors->setItemDelegateForColumn(1, new RoleDelegate(this));
    connect(m_contributors, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) {
            textFollowsAuthors();
            m_save->setEnabled(isModified());
            m_revert->setEnabled(isModified());
        }
    });
    layout->addWidget(m_contributors, 1);
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, auto slot) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(buttons->count() == 0 ? QStringLiteral("addContributor") : QString());
        m_contributorButtons << button;
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(tr("Add"), [this, names] {
        if (auto people = m_editor->catalogue().peopleNames())
            names->setStringList(*people);
        QList<Catalogue::Contributor> list = editedContributors();
        list.append({QString(), Catalogue::Contribution::Author});
        showContributors(list);
        m_contributors->setCurrentCell(int(list.size()) - 1, 0);
        m_contributors->editItem(m_contributors->item(int(list.size()) - 1, 0));
    });
    addButton(tr("Remove"), [this] {
        QList<Catalogue::Contributor> list = editedContributors();
        const int row = m_contributors->currentRow();
        if (row >= 0 && row < list.size()) {
            list.removeAt(row);
            showContributors(list);
        }
    });
    const auto move = [this](int by) {
        QList<Catalogue::Contributor> list = editedContributors();
        const int row = m_contributors->currentRow();
        if (row < 0 || row + by < 0 || row + by >= list.size())
            return;
        list.swapItemsAt(row, row + by);
        showContributors(list);
        m_contributors->setCurrentCell(row + by, 0);
    };
    addButton(tr("Move up"), [move] { move(-1); });
    addButton(tr("Move down"), [move] { move(1); });
    buttons->addStretch();
    layout->addLayout(buttons);
}

void BookForm::showContributors(const QList<Catalogue::Contributor> &contributors)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_contributors->setRowCount(int(contributors.size()));
    for (int row = 0; row < contributors.size(); ++row) {
        m_contributors->setItem(row, 0, new QTableWidgetItem(contributors.at(row).name));
        auto *role = new QTableWidgetItem(roleName(contributors.at(row).role));
        role->setData(Qt::UserRole, contributors.at(row).role);
        m_contributors->setItem(row, 1, role);
    }
    m_loading = wasLoading;
    if (!m_loading) {
        textFollowsAuthors();
        m_save->setEnabled(isModified());
        m_revert->setEnabled(isModified());
    }
}

// The Author text and the contributors' authors say the same thing, in two places: each follows the other as it is
// edited, so that a save of both keeps every name (the text's authors are saved first, then the list as a whole).
void BookForm::authorsFollowText(const QString &text)
{
    if (m_loading || !m_editor->catalogue().hasRelatedTables())
        return;
    const QStringList names = Catalogue::splitAuthors(text);
    QList<Catalogue::Contributor> list;
    qsizetype next = 0;
    qsizetype afterAuthors = 0; // where an author the text adds goes: after the last one, or first
    for (const Catalogue::Contributor &contributor : editedContributors()) {
        if (contributor.role != Catalogue::Contribution::Author) {
            list << contributor;
            continue;
        }
        if (next < names.size()) {
            list << Catalogue::Contributor{names.at(next++), Catalogue::Contribution::Author};
            afterAuthors = list.size();
        }
    }
    while (next < names.size())
        list.insert(afterAuthors++, Catalogue::Contributor{names.at(next++), Catalogue::Contribution::Author});
    if (list == editedContributors())
        return;
    const bool wasLoading = std::exchange(m_loading, true);
    showContributors(list);
    m_loading = wasLoading;
}

void BookForm::textFollowsAuthors()
{
    if (!m_editor->catalogue().hasRelatedTables())
        return;
    auto *auteur = qobject_cast<QLineEdit *>(m_fields.value(L::Auteur));
    QStringList names;
    for (const Catalogue::Contributor &contributor : editedContributors()) {
        if (contributor.role == Catalogue::Contribution::Author && !contributor.name.isEmpty()
            && !names.contains(contributor.name))
            names << contributor.name;
    }
    if (auteur && Catalogue::splitAuthors(auteur->text()) != names)
        auteur->setText(Catalogue::joinAuthors(names));
}

bool BookForm::holds(const Orm::Instance &book) const
{
    if (book.isNull() || m_loaded.isNull() || book.get(L::Id) != m_loaded.get(L::Id))
        return false;
    for (const Orm::Attribute &attribute : L::attributes()) {
        if (!Catalogue::sameValue(book.get(attribute.name), m_loaded.get(attribute.name)))
            return false;
    }
    return true;
}

QList<Catalogue::Contributor> BookForm::editedContributors() const
{
    QList<Catalogue::Contributor> list;
    for (int row = 0; row < m_contributors->rowCount(); ++row) {
        const QTableWidgetItem *name = m_contributors->item(row, 0);
        const QTableWidgetItem *role = m_contributors->item(row, 1);
        list.append({name ? name->text().simplified() : QString(),
                     role ? role->data(Qt::UserRole).toString() : Catalogue::Contribution::Author});
    }
    return list;
}

QVariant BookForm::editorValue(const QString &attribute) const
{
    QWidget *editor = m_fields.value(attribute);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return attribute == L::Lien ? line->text().trimmed() : line->text(); // a pasted link brings spaces
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value();
    if (auto *price = qobject_cast<QDoubleSpinBox *>(editor))
        return price->value() < 0 ? QVariant() : QVariant(price->value());
    return {};
}

void BookForm::setEditorValue(const QString &attribute, const QVariant &value)
{
    QWidget *editor = m_fields.value(attribute);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlainText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    else if (auto *price = qobject_cast<QDoubleSpinBox *>(editor))
        price->setValue(value.isNull() ? noPrice : value.toDouble());
}

void BookForm::showBook(const QVariant &id)
{
    m_id = id;
    m_startedFrom.clear();
    m_loaded = {};
    m_loadedContributors.clear();
    m_contributorsStartedFrom.reset();
    clearErrors();
    reload();
}

void BookForm::reload()
{
    const Catalogue::Catalogue catalogue = m_editor->catalogue();
    Orm::Instance book;
    if (m_id.isValid() && catalogue.livres().isValid()) {
        auto found = catalogue.livres().findByPk(m_id);
        if (found)
            book = *found;
        else if (found.error().kind() == Orm::Error::Kind::Connection && !m_loaded.isNull())
            return; // the connection is lost: the book stays as shown, with what the user typed, until it is back
    }
    if (book.isNull())
        m_id = QVariant();
    const bool wasModified =
            !book.isNull() && !m_loaded.isNull() && book.get(L::Id) == m_loaded.get(L::Id) && isModified();
    QSet<QString> typed;
    if (wasModified) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            // A field typed to what is stored now (someone else made the same change) is no edit any more.
            if (!Catalogue::sameValue(editorValue(it.key()), m_shown.value(it.key()))
                && !Catalogue::sameValue(editorValue(it.key()), book.get(it.key())))
                typed.insert(it.key());
        }
    }
    m_loading = true;
    // A field being edited keeps what the user typed (its editor is not touched: the cursor stays where it is), its
    // baseline, and the stored value the edit began from, which its save checks (a change made elsewhere since is
    // then a conflict, never overwritten); the other fields take the stored values.
    QHash<QString, QVariant> startedFrom;
    for (const QString &attribute : std::as_const(typed))
        startedFrom.insert(attribute, m_startedFrom.value(attribute, m_loaded.get(attribute)));
    m_startedFrom = startedFrom;
    m_loaded = book;
    // What each editor shows of the stored value is the baseline of its edits: a spin box that cannot show a
    // stored value as it is (a year before 1450 in a file made elsewhere, a third decimal) must not turn browsing
    // into a save.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (typed.contains(it.key()))
            continue;
        setEditorValue(it.key(), book.get(it.key()));
        m_shown.insert(it.key(), editorValue(it.key()));
    }
    if (!typed.contains(L::Nom)) // else it follows the title being typed
        m_withoutSpaces->setText(book.get(L::NomSansEspaces).toString());
    QList<Catalogue::Contributor> contributors;
    if (!book.isNull() && catalogue.hasRelatedTables()) {
        if (auto people = catalogue.contributors(m_id))
            contributors = *people;
    }
    // The contributors being edited keep what was typed, and the list the edit began from, which their save checks.
    const bool contributorsEdited =
            wasModified && editedContributors() != m_loadedContributors && editedContributors() != contributors;
    if (contributorsEdited && !m_contributorsStartedFrom)
        m_contributorsStartedFrom = m_loadedContributors;
    else if (!contributorsEdited)
        m_contributorsStartedFrom.reset();
    m_loadedContributors = contributors;
    if (!contributorsEdited)
        showContributors(contributors);
    showStock(book);
    showCovers(book);
    m_loading = false;
    updateTitle();
    updateCounters();
    const bool enabled = !book.isNull();
    m_tabs->setEnabled(enabled);
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(m_readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(m_readOnly);
        else
            field->setEnabled(!m_readOnly);
    }
    m_contributors->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers
                                               : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                    | QAbstractItemView::AnyKeyPressed);
    for (QPushButton *button : std::as_const(m_stockButtons))
        button->setEnabled(enabled && (!m_readOnly || m_stockOnly) && catalogue.hasRelatedTables());
    for (QPushButton *button : std::as_const(m_contributorButtons))
        button->setEnabled(enabled && !m_readOnly && catalogue.hasRelatedTables());
    for (CoverSlot *slot : std::as_const(m_covers))
        slot->setEditable(enabled && !m_readOnly);
    m_save->setEnabled(isModified());
    m_revert->setEnabled(isModified());
}

void BookForm::showStock(const Orm::Instance &book)
{
    const QLocale locale = this->locale();
    if (book.isNull()) {
        m_stockLabel->clear();
        m_history->clear();
        return;
    }
    m_stockLabel->setText(tr("%1 in stock, %2 sold")
                                  .arg(locale.toString(book.get(L::Quantite).toLongLong()),
                                       locale.toString(book.get(L::Ventes).toDouble(), 'f', 0)));
    m_history->clear();
    const Catalogue::Catalogue catalogue = m_editor->catalogue();
    auto movements = catalogue.movements(m_id);
    if (!movements)
        return;
    for (const Orm::Instance &movement : std::as_const(*movements)) {
        const qint64 quantity = movement.get(Catalogue::MouvementStock::Quantite).toLongLong();
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0,
                      locale.toString(movement.get(Catalogue::MouvementStock::Date).toDateTime().toLocalTime(),
                                      QLocale::ShortFormat));
        item->setText(1, movementName(movement.get(Catalogue::MouvementStock::Type).toString()));
        item->setText(2, (quantity > 0 ? QStringLiteral("+") : QString()) + locale.toString(quantity));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, movement.get(Catalogue::MouvementStock::Note).toString());
    }
}

QPixmap BookForm::thumbnail(const QString &reference, QString *missing)
{
    if (QPixmap *cached = m_thumbnails.object(reference))
        return *cached;
    auto bytes = m_editor->catalogue().coverData(reference);
    if (!bytes) {
        *missing = bytes.error().message();
        return {};
    }
    QBuffer buffer(&*bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(CoverSlot::thumbnailSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        *missing = tr("not an image: %1").arg(reference);
        return {};
    }
    const QPixmap pixmap = QPixmap::fromImage(
            image.size().boundedTo(CoverSlot::thumbnailSize) == image.size() && size.isValid()
                    ? image
                    : image.scaled(CoverSlot::thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_thumbnails.insert(reference, new QPixmap(pixmap),
                        std::max(1, int(qint64(pixmap.width()) * pixmap.height() * 4 / 1024)));
    return pixmap;
}

void BookForm::showCovers(const Orm::Instance &book)
{
    for (auto it = m_covers.cbegin(); it != m_covers.cend(); ++it) {
        const QString reference = book.get(it.key()).toString().trimmed();
        if (reference.isEmpty()) {
            it.value()->showCover({});
            continue;
        }
        QString missing;
        const QPixmap pixmap = thumbnail(reference, &missing);
        it.value()->showCover(pixmap, pixmap.isNull() ? reference : QString());
        it.value()->setToolTip(pixmap.isNull() ? missing : reference);
    }
}

void BookForm::viewCover(const QString &attribute)
{
    auto bytes = m_editor->catalogue().coverData(m_loaded.get(attribute).toString());
    if (!bytes)
        return;
    QImage image = QImage::fromData(*bytes);
    if (image.isNull())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 — %2").arg(m_covers.value(attribute)->title(), m_loaded.get(L::Nom).toString()));
    auto *scroll = new QScrollArea(&dialog);
    auto *label = new QLabel(scroll);
    label->setPixmap(QPixmap::fromImage(image));
    scroll->setWidget(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    dialog.resize(image.size().boundedTo(QSize(1000, 800)) + QSize(40, 80));
    dialog.exec();
}

bool BookForm::setCover(const QString &attribute, const QByteArray &bytes)
{
    if (!m_id.isValid() || m_readOnly)
        return false;
    QLabel *error = m_errors.value(attribute);
    auto reference = m_editor->catalogue().storeCover(bytes);
    if (!reference) {
        error->setText(describe(reference.error()));
        error->show();
        return false;
    }
    QPixmap mine;
    mine.loadFromData(bytes);
    if (!mine.isNull() && mine.size().boundedTo(CoverSlot::thumbnailSize) != mine.size())
        mine = mine.scaled(CoverSlot::thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return writeCover(attribute, *reference, mine);
}

bool BookForm::writeCover(const QString &attribute, const QString &reference, const QPixmap &mine)
{
    QLabel *error = m_errors.value(attribute);
    for (;;) {
        auto r = m_editor->editBook(m_id, {{attribute, reference}}, {{attribute, m_loaded.get(attribute)}});
        if (r) {
            error->hide();
            return true;
        }
        if (r.error().kind() != Orm::Error::Kind::OptimisticLock) {
            error->setText(describe(r.error()));
            error->show();
            return false;
        }
        if (!keepMyCover(attribute, mine)) {
            error->hide();
            return false; // theirs stays, and the form shows it
        }
    }
}

// Someone else changed the cover since the form read it: theirs and mine side by side, and the person keeps one.
// True to write mine again, now checked against theirs.
bool BookForm::keepMyCover(const QString &attribute, const QPixmap &mine)
{
    reload(); // the form shows theirs now
    if (m_loaded.isNull())
        return false; // the book was deleted meanwhile
    const QString theirsReference = m_loaded.get(attribute).toString().trimmed();
    QString missing;
    const QPixmap theirs = theirsReference.isEmpty() ? QPixmap() : thumbnail(theirsReference, &missing);
    CoverConflictDialog dialog(m_loaded.get(L::Nom).toString(), m_covers.value(attribute)->title(), theirs, mine, this);
    return dialog.exec() == QDialog::Accepted && dialog.keepsMine();
}

void BookForm::askMovement(Catalogue::Movement kind)
{
    if (!m_id.isValid())
        return;
    StockDialog dialog(kind, m_loaded.get(L::Nom).toString(), m_loaded.get(L::Quantite).toLongLong(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto r = m_editor->recordMovement(m_id, kind, dialog.quantity(), dialog.note(), dialog.date());
        if (r)
            return;
        if (r.error().kind() == Orm::Error::Kind::Connection) {
            Q_EMIT message(describe(r.error())); // kept by the editor, saved once: never asked for again
            return;
        }
        // The dialog stays open with what was typed, and says why it was refused.
        dialog.setToolTip({});
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("refusal"));
        if (!label) {
            label = new QLabel(&dialog);
            label->setObjectName(QStringLiteral("refusal"));
            label->setWordWrap(true);
            label->setStyleSheet(QStringLiteral("color: #b00020;"));
            dialog.layout()->addWidget(label);
        }
        label->setText(describe(r.error()));
    }
}

bool BookForm::recordMovement(Catalogue::Movement kind, qint64 quantity, const QString &note)
{
    if (!m_id.isValid())
        return false;
    auto r = m_editor->recordMovement(m_id, kind, quantity, note, {});
    if (!r)
        Q_EMIT message(describe(r.error()));
    return bool(r);
}

bool BookForm::isModified() const
{
    if (m_loaded.isNull())
        return false;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!Catalogue::sameValue(m_shown.value(it.key()), editorValue(it.key())))
            return true;
    }
    return editedContributors() != m_loadedContributors;
}

bool BookForm::save()
{
    if (!isModified() || m_readOnly)
        return true;
    clearErrors();
    const QList<Catalogue::Contributor> contributors = editedContributors();
    const bool contributorsChanged = contributors != m_loadedContributors;
    const QScopedValueRollback saving(m_saving, true);
    // Each changed field is checked against the value its edit began from: when someone else changed one since,
    // nothing is written and the person chooses, field by field, what to keep; then the save is checked again.
    for (;;) {
        QVariantMap changes;
        QVariantMap expected;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const QVariant value = editorValue(it.key());
            if (!Catalogue::sameValue(m_shown.value(it.key()), value)) {
                changes.insert(it.key(), value);
                expected.insert(it.key(), m_startedFrom.value(it.key(), m_loaded.get(it.key())));
            }
        }
        auto r = m_editor->editBook(m_id, changes, expected);
        if (r)
            break;
        if (r.error().kind() == Orm::Error::Kind::Connection) {
            // Nothing was saved; what was typed stays in the form, and the window saves it once the connection
            // is back.
            m_generalError->setText(tr("Not saved yet: the connection to the catalogue is lost. Your changes stay "
                                       "here and are saved once it is back."));
            m_generalError->show();
            return false;
        }
        if (r.error().kind() != Orm::Error::Kind::OptimisticLock || !resolveConflict(r.error().fields())) {
            showErrors(r.error());
            return false;
        }
    }
    if (contributorsChanged && !saveContributors(contributors))
        return false;
    if (const QString genre = m_genre->currentText(); !genre.isEmpty() && m_genre->findText(genre) < 0)
        m_genre->addItem(genre);
    reload();
    Q_EMIT message(tr("Saved “%1”").arg(m_loaded.get(L::Nom).toString()));
    return true;
}

bool BookForm::saveContributors(QList<Catalogue::Contributor> contributors)
{
    for (;;) {
        QList<Catalogue::Contributor> named;
        for (const Catalogue::Contributor &c : std::as_const(contributors)) {
            if (!c.name.isEmpty())
                named << c;
        }
        auto r = m_editor->setContributors(m_id, named, m_contributorsStartedFrom.value_or(m_loadedContributors));
        if (r)
            return true;
        const bool conflict = r.error().kind() == Orm::Error::Kind::OptimisticLock;
        reload(); // the values are saved: they become the form's baseline, the contributors stay as typed
        if (!conflict || !resolveContributorsConflict(named)) {
            showErrors(r.error());
            return false;
        }
        contributors = editedContributors();
    }
}

// Someone else saved the book's contributors since this person began editing them: the merge form shows both
// lists, one contributor a line, and the person keeps either or writes the list to keep.
bool BookForm::resolveContributorsConflict(const QList<Catalogue::Contributor> &mine)
{
    if (m_loaded.isNull())
        return false;
    const QString attribute = Catalogue::Catalogue::contributorsField;
    const QList<Catalogue::Contributor> before = m_contributorsStartedFrom.value_or(m_loadedContributors);
    QPlainTextEdit like; // the kind of editor the merge form gives the list: several lines
    MergeDialog dialog(m_startedFrom.value(L::Nom, m_loaded.get(L::Nom)).toString(),
                       {{attribute, tr("Contributors"), contributorsText(before),
                         contributorsText(m_loadedContributors), contributorsText(mine)}},
                       {{attribute, &like}}, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // What is stored now is the new baseline; what was chosen is the edit.
    m_contributorsStartedFrom = m_loadedContributors;
    showContributors(contributorsFromText(dialog.values().value(attribute).toString()));
    return true;
}

bool BookForm::resolveConflict(const QStringList &fields)
{
    reload(); // theirs: the fields left alone take them now, the edited ones keep what was typed
    if (m_loaded.isNull())
        return false; // deleted meanwhile: the save's error says so
    QList<MergeDialog::Field> conflicts;
    for (const QString &attribute : fields) {
        if (!m_fields.contains(attribute))
            continue;
        conflicts.append({attribute, fieldLabel(attribute), m_startedFrom.value(attribute, m_loaded.get(attribute)),
                          m_loaded.get(attribute), editorValue(attribute)});
    }
    if (conflicts.isEmpty())
        return false;
    // The book by the title the person knew it by when they began.
    MergeDialog dialog(m_startedFrom.value(L::Nom, m_loaded.get(L::Nom)).toString(), conflicts, m_fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // What the person chose is checked against theirs, as they saw it: a field whose choice is theirs is no edit.
    const QVariantMap chosen = dialog.values();
    const bool wasLoading = std::exchange(m_loading, true);
    for (const MergeDialog::Field &field : std::as_const(conflicts)) {
        setEditorValue(field.attribute, field.theirs);
        m_shown.insert(field.attribute, editorValue(field.attribute));
        m_startedFrom.insert(field.attribute, field.theirs);
        setEditorValue(field.attribute, chosen.value(field.attribute));
    }
    m_loading = wasLoading;
    updateCounters();
    return true;
}

QString BookForm::fieldLabel(const QString &attribute) const
{
    QWidget *field = m_fields.value(attribute);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (field && label->buddy() && (label->buddy() == field || label->buddy()->isAncestorOf(field))) {
            QString text = label->text().remove(u'&');
            if (text.endsWith(u':'))
                text.chop(1);
            return text;
        }
    }
    return attribute;
}

void BookForm::revert()
{
    m_startedFrom.clear();
    m_contributorsStartedFrom.reset();
    m_loaded = {};
    clearErrors();
    reload();
}

void BookForm::setGenres(const QStringList &genres)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString current = m_genre->currentText();
    m_genre->clear();
    m_genre->addItems(genres);
    m_genre->setCurrentText(current);
    m_loading = wasLoading;
}

void BookForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    reload();
}

void BookForm::setStockOnly(bool stockOnly)
{
    m_stockOnly = stockOnly;
    reload();
}

QString BookForm::fieldError(const QString &attribute) const
{
    const QLabel *label = m_errors.value(attribute);
    return label && !label->isHidden() ? label->text() : QString();
}

void BookForm::showErrors(const Orm::Error &error)
{
    QStringList general;
    const QList<Orm::ValidationItem> items = error.items();
    for (const Orm::ValidationItem &item : items) {
        QLabel *label = m_errors.value(item.attribute);
        if (label) {
            label->setText(label->isHidden() ? item.message : label->text() + u'\n' + item.message);
            label->show();
        } else if (!general.contains(item.message)) {
            general << item.message;
        }
    }
    if (items.isEmpty()) {
        const QStringList fields = error.fields();
        QLabel *label = fields.size() == 1 ? m_errors.value(fields.first()) : nullptr;
        if (label) {
            label->setText(error.message());
            label->show();
        } else {
            general << error.message();
        }
    }
    m_generalError->setText(general.join(u'\n'));
    m_generalError->setVisible(!general.isEmpty());
    for (const Orm::ValidationItem &item : items) {
        if (QWidget *field = m_fields.value(item.attribute)) {
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->isAncestorOf(field)) {
                    m_tabs->setCurrentIndex(i);
                    break;
                }
            }
            break;
        }
    }
}

void BookForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void BookForm::updateCounters()
{
    const QLocale locale = this->locale();
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        const int limit = m_limits.value(it.key());
        const QString text = editorValue(it.key()).toString();
        const int used = int(text.toUcs4().size());
        it.value()->setText(tr("%1 / %2 characters").arg(locale.toString(used), locale.toString(limit)));
        it.value()->setStyleSheet(used > limit ? QStringLiteral("color: #b00020;") : QString());
        it.value()->setVisible(limit > 255 || used * 10 > limit * 8);
    }
}

void BookForm::updateTitle()
{
    if (m_loaded.isNull()) {
        m_title->setText(tr("No book selected"));
        return;
    }
    const QString author = m_loaded.get(L::Auteur).toString();
    m_title->setText(author.isEmpty() ? m_loaded.get(L::Nom).toString()
                                      : tr("%1 — %2").arg(m_loaded.get(L::Nom).toString(), author));
}

} // namespace Gui
