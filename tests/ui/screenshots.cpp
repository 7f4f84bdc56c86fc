// catalogue-screenshots DATA_DIR OUT_DIR: builds a catalogue of goodbooks-10k's 10,000 books (real titles, authors
// and years; prices, stock and genres made up), gives one book three covers and a stock history, invents two years
// of trade on 400 books, and writes PNG screenshots of the window, its covers and stock tabs, the stock dialog, the
// Statistics window's tabs, the connection dialog and the import dialog (goodbooks' books.csv previewed, then its
// report), in English and in French, for the README. Run by
// scripts/screenshots.sh on the offscreen platform.

#include "../../bench/csvfields.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QTreeWidget>

#include <bookeditor.h>
#include <bookform.h>
#include <connectdialog.h>
#include <coverconflictdialog.h>
#include <coverslot.h>
#include <exportdialog.h>
#include <importdialog.h>
#include <mainwindow.h>
#include <migrationsdialog.h>
#include <preferencesdialog.h>
#include <statisticsview.h>
#include <stockdialog.h>

namespace Livre = Catalogue::Livre;

namespace {

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "catalogue-screenshots: " << message << Qt::endl;
    std::exit(1);
}

QList<QVariantMap> goodbooks(const QString &directory)
{
    QFile file(QDir(directory).filePath(QStringLiteral("books.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        die(QStringLiteral("cannot read %1").arg(file.fileName()));
    QTextStream in(&file);
    const QStringList header = Bench::csvFields(in.readLine());
    const qsizetype title = header.indexOf(QStringLiteral("title"));
    const qsizetype authors = header.indexOf(QStringLiteral("authors"));
    const qsizetype year = header.indexOf(QStringLiteral("original_publication_year"));
    const QStringList genres = {QStringLiteral("Roman"),           QStringLiteral("Fantasy"),
                                QStringLiteral("Policier"),        QStringLiteral("Jeunesse"),
                                QStringLiteral("Histoire"),        QStringLiteral("Essai"),
                                QStringLiteral("Science-fiction"), QStringLiteral("Poésie")};
    const QStringList publishers = {QStringLiteral("Gallimard"), QStringLiteral("Actes Sud"),
                                    QStringLiteral("Folio"),     QStringLiteral("Le Livre de Poche"),
                                    QStringLiteral("Seuil"),     QStringLiteral("Flammarion")};
    QList<QVariantMap> books;
    for (int i = 0; !in.atEnd(); ++i) {
        const QStringList fields = Bench::csvFields(in.readLine());
        if (fields.size() < header.size())
            continue;
        QVariantMap book = Catalogue::Catalogue::newBookValues(fields.at(title).left(255));
        const int published = int(fields.at(year).toDouble());
        book.insert(Livre::Auteur, fields.at(authors).left(255));
        book.insert(Livre::Annee, published >= 1450 && published <= 2025 ? published : 2000);
        book.insert(Livre::Genre, genres.at(i * 7 % genres.size()));
        book.insert(Livre::Edition, publishers.at(i * 5 % publishers.size()));
        book.insert(Livre::Prix, 5 + (i * 37 % 3000) / 100.0);
        book.insert(Livre::Quantite, i * 13 % 12);
        book.insert(Livre::NbPages, 120 + i * 53 % 700);
        books << book;
    }
    return books;
}

QByteArray coverImage(const QSize &size, const QColor &color, const QString &text)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(std::max(10, size.width() / 10));
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T>
T check(std::expected<T, Orm::Error> result)
{
    if (!result)
        die(result.error().message());
    return *std::move(result);
}

void save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    if (!widget->grab().save(path))
        die(QStringLiteral("cannot write %1").arg(path));
    QTextStream(stdout) << path << Qt::endl;
}

// Two years of a bookshop's trade on the 400 best-known books, up to today: receipts, sales (more at Christmas and
// in the summer, fewer in February), a few returns, and reorders when a book runs low. Made up, the same each run.
void inventTrade(const Catalogue::Catalogue &catalogue, QDate today)
{
    using Catalogue::Movement;
    QRandomGenerator random(28);
    constexpr int titles = 400;
    QList<qint64> stock(titles + 1, 0);
    QList<double> weight(titles + 1, 0);
    double totalWeight = 0;
    const QDate start = today.addYears(-2);
    const auto at = [](QDate day, int minutes) { return QDateTime(day, QTime(9, 30).addSecs(minutes * 60)); };
    for (int id = 2; id <= titles; ++id) { // book 1 keeps the history it was given
        weight[id] = 1.0 / (id + 8);
        totalWeight += weight[id];
        stock[id] = 6 + random.bounded(20);
        check(catalogue.recordMovement(id, Movement::Receipt, stock[id], QStringLiteral("Stock initial"),
                                       at(start, id)));
    }
    for (QDate day = start.addDays(1); day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() == 7)
            continue; // closed on Sundays
        const int month = day.month();
        const double season = month == 12    ? 2.4
                : month == 11                ? 1.4
                : (month == 7 || month == 8) ? 1.3
                : month == 2                 ? 0.7
                                             : 1.0;
        const double growth = day >= today.addYears(-1) ? 1.15 : 1.0; // a better year than the one before
        const int sales = int(3 * season * growth) + random.bounded(3);
        for (int sale = 0; sale < sales; ++sale) {
            double pick = random.generateDouble() * totalWeight;
            int id = 2;
            while (id < titles && pick > weight[id])
                pick -= weight[id++];
            const qint64 copies = random.bounded(10) == 0 ? 2 : 1;
            if (stock[id] < copies)
                continue; // sold out until the reorder comes
            check(catalogue.recordMovement(id, Movement::Sale, copies, {}, at(day, 30 + sale * 17)));
            stock[id] -= copies;
            if (random.bounded(60) == 0) {
                check(catalogue.recordMovement(id, Movement::Return, 1, QStringLiteral("Retour client"),
                                               at(day, 31 + sale * 17)));
                ++stock[id];
            }
            // The best sellers are reordered when they run low, except in the last weeks (so that some are low).
            if (stock[id] <= 1 && id < 60 && day < today.addDays(-20)) {
                check(catalogue.recordMovement(id, Movement::Receipt, 15, QStringLiteral("Réassort"),
                                               at(day.addDays(3), 0)));
                stock[id] += 15;
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 3)
        die(QStringLiteral("usage: catalogue-screenshots DATA_DIR OUT_DIR"));
    const QString data = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir dir;
    auto catalogue =
            check(Catalogue::Catalogue::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.db")),
                                             Catalogue::Catalogue::Missing::Create));
    const QList<QVariantMap> books = goodbooks(data);
    for (qsizetype start = 0; start < books.size(); start += 1000)
        check(catalogue.livres().bulkCreate(books.mid(start, 1000)));
    const QVariant first = 1;
    const QString front = check(
            catalogue.storeCover(coverImage({300, 450}, QColor(0x8b, 0x1e, 0x1e), QStringLiteral("THE HUNGER GAMES"))));
    const QString back = check(catalogue.storeCover(
            coverImage({300, 450}, QColor(0x3a, 0x3a, 0x3a), QStringLiteral("May the odds be ever in your favor"))));
    const QString spine = check(catalogue.storeCover(coverImage({40, 450}, QColor(0x8b, 0x1e, 0x1e), QString())));
    check(catalogue.updateBook(first,
                               {{Livre::Couverture, front},
                                {Livre::Arriere, back},
                                {Livre::Dos, spine},
                                {Livre::Lien, QStringLiteral("https://www.goodreads.com/book/show/2767052")}}));
    using Catalogue::Movement;
    check(catalogue.recordMovement(first, Movement::Receipt, 10, QStringLiteral("Facture 2024-117")));
    check(catalogue.recordMovement(first, Movement::Sale, 3));
    check(catalogue.recordMovement(first, Movement::Sale, 1, QStringLiteral("Commande client")));
    check(catalogue.recordMovement(first, Movement::Return, 1));
    const QDate today = QDate::currentDate();
    inventTrade(catalogue, today);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QList<QTranslator *> installed = app.findChildren<QTranslator *>();
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Gui::installTranslations(QLocale(language));
        Gui::MainWindow window;
        window.resize(1400, 850);
        window.setCatalogue(catalogue);
        window.show();
        window.selectBook(first);
        save(&window, out.filePath(QStringLiteral("window-%1.png").arg(language)));
        Gui::BookForm *form = window.bookForm();
        form->tabs()->setCurrentIndex(1);
        save(form, out.filePath(QStringLiteral("covers-%1.png").arg(language)));
        form->tabs()->setCurrentIndex(2);
        save(form, out.filePath(QStringLiteral("stock-%1.png").arg(language)));
        Gui::StockDialog dialog(Movement::Sale, window.editor()->bookTitle(first), 7, &window);
        dialog.show();
        save(&dialog, out.filePath(QStringLiteral("sale-dialog-%1.png").arg(language)));
        // A front cover changed by someone else while this person dropped another.
        QPixmap theirs;
        QPixmap mine;
        const QString title = window.editor()->bookTitle(first);
        theirs.loadFromData(coverImage(QSize(120, 180), QColor(0x2e, 0x4a, 0x7d), title));
        mine.loadFromData(coverImage(QSize(120, 180), QColor(0x8a, 0x3b, 0x12), title));
        Gui::CoverConflictDialog conflict(title, form->coverSlot(Livre::Couverture)->title(), theirs, mine, &window);
        conflict.show();
        save(&conflict, out.filePath(QStringLiteral("cover-conflict-%1.png").arg(language)));

        // The Statistics window, once its figures are in, a tab at a time.
        window.showStatistics();
        Gui::StatisticsView *statistics = window.statisticsView();
        statistics->resize(1200, 780);
        statistics->setToday(today);
        while (statistics->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const QStringList tabs = {QStringLiteral("sales"),     QStringLiteral("bestsellers"),
                                  QStringLiteral("genres"),    QStringLiteral("lowstock"),
                                  QStringLiteral("deadstock"), QStringLiteral("histograms")};
        for (int tab = 0; tab < tabs.size(); ++tab) {
            statistics->tabs()->setCurrentIndex(tab);
            statistics->tabs()->tabBar()->setFocus(); // no date field caught selected
            save(statistics, out.filePath(QStringLiteral("statistics-%1-%2.png").arg(tabs.at(tab), language)));
        }
        statistics->close();

        // The migrations dialog on an older version's catalogue, after "Apply up to the selected one".
        const QString older = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("older-%1.db").arg(language));
        {
            auto made = check(Catalogue::Catalogue::open(older, Catalogue::Catalogue::Missing::CreateUnmigrated));
            check(made.migrator().up(QStringLiteral("20240104000000-create-mouvements-stock"), Orm::Backup::Skip));
            check(made.livres().bulkCreate(books.mid(0, 1000)));
            made.database().close();
        }
        const auto waiting = check(Catalogue::Catalogue::open(older, Catalogue::Catalogue::Missing::Refuse,
                                                              Catalogue::Catalogue::Pending::ReadOnly));
        Gui::MigrationsDialog migrations(waiting, &window);
        migrations.resize(900, 640);
        migrations.show();
        QEventLoop loop;
        QObject::connect(&migrations, &Gui::MigrationsDialog::workFinished, &loop, &QEventLoop::quit);
        migrations.list()->setCurrentItem(migrations.list()->topLevelItem(5));
        migrations.applyToSelected();
        loop.exec();
        migrations.list()->setCurrentItem(migrations.list()->topLevelItem(6));
        save(&migrations, out.filePath(QStringLiteral("migrations-%1.png").arg(language)));

        // Connect to a server, filled in as a person would, before "Test connection" (no server is asked here).
        Gui::ConnectDialog connect(&window);
        connect.setUrl(QStringLiteral("postgres://anne@db.librairie.example:5432/catalogue?sslmode=require"));
        connect.passwordField()->setText(QStringLiteral("secret"));
        connect.show();
        QApplication::processEvents(); // the keyring is asked once the dialog shows
        save(&connect, out.filePath(QStringLiteral("connect-%1.png").arg(language)));

        // File > Import… on goodbooks' books.csv, into an empty catalogue: the preview as detected, then the
        // report of a Preview (the rows the catalogue's rules refuse).
        auto empty = check(Catalogue::Catalogue::open(
                QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("import-%1.db").arg(language)),
                Catalogue::Catalogue::Missing::Create));
        Gui::ImportDialog import(empty, QDir(data).filePath(QStringLiteral("books.csv")), &window);
        import.resize(1280, 720);
        import.show();
        save(&import, out.filePath(QStringLiteral("import-%1.png").arg(language)));
        QEventLoop previewed;
        QObject::connect(&import, &Gui::ImportDialog::workFinished, &previewed, &QEventLoop::quit);
        import.previewButton()->click();
        previewed.exec();
        save(&import, out.filePath(QStringLiteral("import-report-%1.png").arg(language)));

        // File > Export… with a search in the window.
        Gui::ExportDialog exporting(catalogue, Orm::Where(), QStringLiteral("Hunger"), 4, 10000, &window);
        exporting.show();
        save(&exporting, out.filePath(QStringLiteral("export-%1.png").arg(language)));
    }
    return 0;
}
