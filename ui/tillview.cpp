#include "tillview.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {

enum Column { Number, Title, Quantity, Price, Amount };

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// "3*9782070612758" or "3x 978…": three copies of that book. Quantity 1 without a prefix; nullopt when the prefix
// asks for none or more than 999.
std::optional<std::pair<qint64, QString>> withQuantity(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*(\\d{1,4})\\s*[*xX×]\\s*(\\S.*)$"));
    const QRegularExpressionMatch match = prefix.match(text);
    if (!match.hasMatch())
        return std::pair<qint64, QString>{1, text.trimmed()};
    const qint64 quantity = match.captured(1).toLongLong();
    if (quantity < 1 || quantity > 999)
        return std::nullopt;
    return std::pair<qint64, QString>{quantity, match.captured(2).trimmed()};
}

} // namespace

TillView::TillView(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_mode(new QLabel(this)),
      m_scan(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_cover(new QLabel(this)),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_price(new QLabel(this)),
      m_stock(new QLabel(this)),
      m_candidates(new QListWidget(this)),
      m_receipt(new QTreeWidget(this)),
      m_total(new QLabel(this)),
      m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("tillView"));
    setWindowTitle(tr("Till"));
    // Read from a step away, at a counter: everything larger than in the catalogue window.
    setFont(scaled(font(), 1.4));
    const QFont base = font();

    m_banner->setObjectName(QStringLiteral("tillBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    m_banner->hide();

    m_mode->setObjectName(QStringLiteral("tillMode"));
    m_mode->setFont(scaled(base, 1.5, true));
    m_mode->setAlignment(Qt::AlignCenter);
    m_mode->setMinimumWidth(m_mode->fontMetrics().horizontalAdvance(tr("RETURN")) + 40);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setFont(scaled(base, 1.8));
    m_scan->setPlaceholderText(tr("Scan or type an ISBN, or words of a title, then Enter"));
    m_scan->installEventFilter(this);
    connect(m_scan, &QLineEdit::returnPressed, this, &TillView::scanned);
    m_message->setObjectName(QStringLiteral("tillMessage"));
    m_message->setFont(scaled(base, 1.3, true));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2 + 12);

    m_cover->setObjectName(QStringLiteral("tillCover"));
    m_cover->setFixedSize(150, 220);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("tillTitle"));
    m_title->setFont(scaled(base, 1.5, true));
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_price->setObjectName(QStringLiteral("tillPrice"));
    m_price->setFont(scaled(base, 1.8, true));
    m_stock->setObjectName(QStringLiteral("tillStock"));
    m_stock->setFont(scaled(base, 1.2, true));
    auto *bookText = new QVBoxLayout;
    bookText->addWidget(m_title);
    bookText->addWidget(m_details);
    bookText->addWidget(m_price);
    bookText->addWidget(m_stock);
    bookText->addStretch();
    auto *bookBox = new QHBoxLayout;
    bookBox->addWidget(m_cover, 0, Qt::AlignTop);
    bookBox->addLayout(bookText, 1);

    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus; the arrows choose from there
    m_candidates->hide();
    auto *left = new QVBoxLayout;
    left->addLayout(bookBox);
    left->addWidget(m_candidates, 1);

    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->setFocusPolicy(Qt::NoFocus);
    m_receipt->setRootIsDecorated(false);
    m_receipt->setUniformRowHeights(true);
    m_receipt->setHeaderLabels({tr("#"), tr("Book"), tr("Qty"), tr("Price"), tr("Amount")});
    m_receipt->header()->setStretchLastSection(false);
    m_receipt->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_receipt->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_total->setObjectName(QStringLiteral("tillTotal"));
    m_total->setFont(scaled(base, 2.0, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *right = new QVBoxLayout;
    right->addWidget(m_receipt, 1);
    right->addWidget(m_total);

    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addLayout(right, 3);

    auto *keys = new QLabel(tr("<b>Enter</b> sell &nbsp;·&nbsp; <b>3*</b>ISBN three copies &nbsp;·&nbsp; <b>F2</b> "
                               "return the next book &nbsp;·&nbsp; <b>Ctrl+Z</b> undo the last line &nbsp;·&nbsp; "
                               "<b>Ctrl+N</b> new receipt &nbsp;·&nbsp; <b>↑ ↓</b> choose a title &nbsp;·&nbsp; "
                               "<b>Esc</b> clear &nbsp;·&nbsp; <b>Ctrl+W</b> close"),
                            this);
    keys->setObjectName(QStringLiteral("tillKeys"));
    keys->setWordWrap(true);
    keys->setFont(scaled(base, 0.8));

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_mode);
    scanRow->addWidget(m_scan, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(scanRow);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(keys);

    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    make(QStringLiteral("return"), tr("Return the next book"), QKeySequence(Qt::Key_F2), &TillView::toggleReturn);
    make(QStringLiteral("undo"), tr("Undo the last line"), QKeySequence::Undo, &TillView::undoLast);
    make(QStringLiteral("newReceipt"), tr("New receipt"), QKeySequence(Qt::CTRL | Qt::Key_N), &TillView::newReceipt);
    make(QStringLiteral("close"), tr("Close the till"), QKeySequence(Qt::CTRL | Qt::Key_W), &QWidget::close);

    showBook({});
    updateMode();
    showReceipt();
    resize(1100, 680);
}

QAction *TillView::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void TillView::setCatalogue(const Catalogue::Catalogue &catalogue)
{
    m_catalogue = catalogue;
    m_till.emplace(catalogue);
    m_pending.reset();
    m_returning = false;
    auto permissions = Catalogue::Permissions::of(catalogue);
    m_permissions = permissions ? *permissions : Catalogue::Permissions{};
    if (!permissions)
        m_refusedWhy = tr("The server's privileges could not be read: %1").arg(permissions.error().message());
    else if (catalogue.database().isReadOnly())
        m_refusedWhy = tr("This catalogue is open read-only (%1): books can be looked up, not sold.")
                               .arg(catalogue.database().readOnlyReason());
    else if (!catalogue.hasRelatedTables())
        m_refusedWhy = tr("This catalogue has no stock history yet: bring it up to date from the catalogue window "
                          "to sell here.");
    else if (!m_permissions.recordMovements)
        m_refusedWhy = tr("%1 Books can be looked up here, not sold.").arg(m_permissions.summary());
    else
        m_refusedWhy.clear();
    m_banner->setText(m_refusedWhy);
    m_banner->setVisible(!m_refusedWhy.isEmpty());
    clearScan();
    showBook({});
    showReceipt();
    say(Tone::Note, m_refusedWhy.isEmpty() ? tr("Ready: scan a book.") : tr("Look-up only: scan a book."));
}

void TillView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scan->setFocus();
}

bool TillView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scan && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            // The line edit takes Ctrl+Z for its own text; at the till it undoes the receipt's last line.
            if (!key->isAutoRepeat())
                undoLast();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A key held down repeats Enter: only the first press counts.
            return key->isAutoRepeat();
        case Qt::Key_Escape:
            clearScan();
            updateMode();
            say(Tone::Note, tr("Cleared: scan a book."));
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (m_candidates->isVisible() && m_candidates->count() > 0) {
                const int row = std::clamp(m_candidates->currentRow() + (key->key() == Qt::Key_Up ? -1 : 1), 0,
                                           m_candidates->count() - 1);
                m_candidates->setCurrentRow(row);
                if (row < m_found.size())
                    showBook(m_found.at(row));
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (watched == m_scan && event->type() == QEvent::FocusOut) {
        // The scan field keeps the focus: a scanner's keys must never land anywhere else.
        QMetaObject::invokeMethod(
                this,
                [this] {
                    if (isActiveWindow())
                        m_scan->setFocus();
                },
                Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void TillView::scanned()
{
    if (!m_till)
        return;
    const QString text = m_scan->text();
    if (text.trimmed().isEmpty()) {
        // Enter on an empty field: the chosen title when a search listed some; otherwise nothing (a scanner's
        // second Enter, after the first sold and cleared the field).
        const int row = m_candidates->isVisible() ? m_candidates->currentRow() : -1;
        if (row >= 0 && row < m_found.size())
            sell(m_found.at(row), m_foundQuantity);
        return;
    }
    const auto parsed = withQuantity(text);
    if (!parsed) {
        say(Tone::Refused, tr("A quantity goes from 1 to 999: %1").arg(text.trimmed()));
        m_scan->selectAll();
        return;
    }
    const auto &[quantity, code] = *parsed;
    if (!Catalogue::Till::looksLikeCode(code)) {
        findByTitle(code, quantity);
        return;
    }
    auto found = m_till->findByIsbn(code);
    if (!found) {
        QApplication::beep();
        showBook({});
        say(Tone::Refused, found.error().message());
        m_scan->selectAll(); // the next scan replaces it
        return;
    }
    sell(*found, quantity);
}

void TillView::findByTitle(const QString &text, qint64 quantity)
{
    auto found = m_till->findByTitle(text);
    if (!found) {
        say(Tone::Refused, tr("The search failed: %1").arg(found.error().message()));
        return;
    }
    m_found = *found;
    m_foundQuantity = quantity;
    m_candidates->clear();
    m_scan->clear();
    if (m_found.isEmpty()) {
        m_candidates->hide();
        showBook({});
        say(Tone::Refused, tr("No book matches \"%1\".").arg(text));
        return;
    }
    for (const Catalogue::TillBook &book : std::as_const(m_found))
        m_candidates->addItem(
                tr("%1 — %2 — %Ln in stock", nullptr, int(book.stock)).arg(book.title, money(book.price)));
    m_candidates->setCurrentRow(0);
    m_candidates->show();
    showBook(m_found.first());
    say(Tone::Note,
        tr("Books matching \"%1\": %2. ↑ ↓ to choose, Enter to %3.")
                .arg(text, locale().toString(m_found.size()), m_returning ? tr("take it back") : tr("sell it")));
}

void TillView::sell(const Catalogue::TillBook &book, qint64 quantity)
{
    showBook(book);
    if (!m_refusedWhy.isEmpty()) {
        say(Tone::Refused, tr("Not sold: %1").arg(m_refusedWhy));
        m_scan->clear();
        return;
    }
    const bool returning = m_returning;
    // The same book after an error is a retry of that scan: its key again, so it is recorded at most once.
    const bool retry = m_pending && m_pending->livreId == book.id && m_pending->returning == returning
            && m_pending->quantity == quantity;
    const QString key = retry ? m_pending->key : Catalogue::Till::newKey();
    auto recorded = returning ? m_till->takeBack(book.id, key, quantity) : m_till->sell(book.id, key, quantity);
    if (!recorded) {
        QApplication::beep();
        const Orm::Error &error = recorded.error();
        if (error.kind() == Orm::Error::Kind::Validation) {
            // Refused by the rules (not enough in stock, more back than sold): nothing was written.
            m_pending.reset();
            m_scan->clear();
            if (!returning && book.stock <= 0)
                say(Tone::Refused, tr("Not sold: %1 is out of stock.").arg(book.title));
            else
                say(Tone::Refused,
                    (returning ? tr("Not taken back: %1").arg(error.message())
                               : tr("Not sold: %1").arg(error.message()))
                            + u' ' + tr("(%1)").arg(book.title));
        } else {
            m_pending = Pending{.livreId = book.id, .returning = returning, .quantity = quantity, .key = key};
            m_scan->selectAll();
            say(Tone::Refused,
                tr("Not recorded: %1. Scan or press Enter again to retry: it will not be recorded "
                   "twice.")
                        .arg(error.message()));
        }
        return;
    }
    m_pending.reset();
    m_returning = false;
    m_scan->clear();
    m_candidates->hide();
    m_candidates->clear();
    m_found.clear();
    updateMode();
    const Catalogue::TillLine &line = recorded->line;
    showBook(line.book);
    showReceipt();
    const QString what = line.quantity == 1 ? line.book.title : tr("%1 × %2").arg(line.quantity).arg(line.book.title);
    if (recorded->repeated)
        say(Tone::Note, tr("Already recorded: %1 (nothing recorded twice).").arg(what));
    else if (line.kind == Catalogue::TillLine::Kind::Return)
        say(Tone::Done, tr("Taken back: %1, %2").arg(what, money(-line.amount())));
    else
        say(Tone::Done, tr("Sold: %1, %2").arg(what, money(line.amount())));
}

void TillView::toggleReturn()
{
    m_returning = !m_returning;
    updateMode();
    say(Tone::Note,
        m_returning ? tr("Return: scan the book the customer brings back (F2 to cancel).") : tr("Sale: scan a book."));
    m_scan->setFocus();
}

void TillView::undoLast()
{
    if (!m_till)
        return;
    if (!m_refusedWhy.isEmpty()) {
        say(Tone::Refused, m_refusedWhy);
        return;
    }
    auto undone = m_till->undoLast();
    if (!undone) {
        QApplication::beep();
        say(Tone::Refused, tr("Nothing undone: %1").arg(undone.error().message()));
        return;
    }
    showBook(undone->book);
    showReceipt();
    say(Tone::Done,
        undone->kind == Catalogue::TillLine::Kind::Sale
                ? tr("Undone: the sale of %1 (the copy is back in stock).").arg(undone->book.title)
                : tr("Undone: the return of %1 (the copy is out of stock again).").arg(undone->book.title));
    m_scan->setFocus();
}

void TillView::newReceipt()
{
    if (!m_till)
        return;
    const QString last = money(m_till->total());
    const bool hadLines = !m_till->lines().isEmpty();
    m_till->clear();
    m_pending.reset();
    clearScan();
    showBook({});
    showReceipt();
    updateMode();
    say(Tone::Note, hadLines ? tr("New receipt (the last one came to %1).").arg(last) : tr("New receipt."));
}

void TillView::clearScan()
{
    m_scan->clear();
    m_candidates->hide();
    m_candidates->clear();
    m_found.clear();
    m_returning = false;
    m_scan->setFocus();
}

void TillView::showBook(const Catalogue::TillBook &book)
{
    if (!book.id.isValid()) {
        m_title->setText(tr("No book yet"));
        m_details->clear();
        m_price->clear();
        m_stock->clear();
        m_cover->clear();
        m_cover->setVisible(false);
        return;
    }
    m_title->setText(book.title);
    QStringList details;
    if (!book.author.isEmpty())
        details << book.author;
    details << (book.isbn.isEmpty() ? tr("no ISBN") : tr("ISBN %1").arg(book.isbn));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_price->setText(money(book.price));
    m_stock->setText(book.stock <= 0 ? tr("Out of stock") : tr("%Ln in stock", nullptr, int(book.stock)));
    m_stock->setStyleSheet(book.stock <= 0 ? QStringLiteral("color: #b00020;") : QString());
    // The cover when the book has one the catalogue holds (a stored image or a local file: never the web).
    QPixmap cover;
    if (!book.cover.isEmpty() && m_catalogue) {
        if (auto bytes = m_catalogue->coverData(book.cover); bytes && cover.loadFromData(*bytes))
            cover = cover.scaled(m_cover->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_cover->setPixmap(cover);
    m_cover->setVisible(!cover.isNull());
}

void TillView::showReceipt()
{
    m_receipt->clear();
    if (!m_till) {
        m_total->clear();
        return;
    }
    int number = 0;
    for (const Catalogue::TillLine &line : m_till->lines()) {
        const bool back = line.kind == Catalogue::TillLine::Kind::Return;
        const QString title = back ? tr("Return: %1").arg(line.book.title) : line.book.title;
        // An undone line keeps its amount, struck through: the receipt shows what was cancelled.
        const double value = line.unitPrice * double(back ? -line.quantity : line.quantity);
        auto *item = new QTreeWidgetItem(m_receipt,
                                         {QString::number(++number), line.undone ? tr("%1 (undone)").arg(title) : title,
                                          locale().toString(back ? -line.quantity : line.quantity),
                                          money(line.unitPrice), money(value)});
        for (int column : {Quantity, Price, Amount})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (line.undone) {
            for (int column = 0; column < m_receipt->columnCount(); ++column) {
                QFont font = item->font(column);
                font.setStrikeOut(true);
                item->setFont(column, font);
                item->setForeground(column, palette().placeholderText());
            }
        }
    }
    if (m_receipt->topLevelItemCount() > 0)
        m_receipt->scrollToItem(m_receipt->topLevelItem(m_receipt->topLevelItemCount() - 1));
    m_total->setText(tr("Total %1 · items: %2").arg(money(m_till->total()), locale().toString(m_till->items())));
}

void TillView::say(Tone tone, const QString &text)
{
    m_tone = tone;
    m_message->setText(text);
    switch (tone) {
    case Tone::Done:
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #0b6b2b; }"));
        break;
    case Tone::Note:
        m_message->setStyleSheet(QString());
        break;
    case Tone::Refused:
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        break;
    }
}

void TillView::updateMode()
{
    m_mode->setText(m_returning ? tr("RETURN") : tr("SALE"));
    m_mode->setStyleSheet(m_returning ? QStringLiteral("QLabel { background: #b45309; color: white; padding: 4px; }")
                                      : QStringLiteral("QLabel { background: #0b6b2b; color: white; padding: 4px; }"));
}

QString TillView::money(double amount) const
{
    return locale().toCurrencyString(amount);
}

} // namespace Gui
