#include "windowbench.h"

#include "modelbench.h"
#include "workload.h"

#include <catalogue/livre.h>
#include <orm/tablemodel.h>

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

#include <bookform.h>
#include <coverslot.h>
#include <filemenu.h>
#include <mainwindow.h>

namespace Bench {

namespace {

constexpr int screens = 200;
constexpr int selections = 20;
const QStringList typedWords = {QStringLiteral("harry"), QStringLiteral("tolki"), QStringLiteral("mémoi")};

// Counts the paint events a widget receives.
class PaintWatcher : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

QByteArray pngOf(const QColor &color)
{
    QImage image(400, 600, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QJsonObject figures(const QList<double> &frames, const QList<double> &keys, const QList<double> &selects, double rss)
{
    return {{QStringLiteral("scroll_frame_median_ms"), round2(median(frames))},
            {QStringLiteral("scroll_frame_max_ms"), round2(maximum(frames))},
            {QStringLiteral("keystroke_median_ms"), round2(median(keys))},
            {QStringLiteral("keystroke_max_ms"), round2(maximum(keys))},
            {QStringLiteral("select_ms"), round2(median(selects))},
            {QStringLiteral("select_max_ms"), round2(maximum(selects))},
            {QStringLiteral("rss_mb"), round2(rss)}};
}

} // namespace

int runWindowPhase(const QString &file)
{
    QStandardPaths::setTestModeEnabled(true); // no settings of the user's (filters, columns)
    Gui::MainWindow window;
    window.resize(1400, 850);
    QTableView *view = window.tableView();
    PaintWatcher watcher;
    view->viewport()->installEventFilter(&watcher);
    // As the program opens it (Gui::runWindow()): every check but the pass over the pages, which runs on a thread
    // of its own while the window shows the books read-only.
    if (!window.fileMenu()->open(QStringLiteral("sqlite:") + file, Gui::FileMenu::Tell::Refusals))
        die(QStringLiteral("the window could not open %1").arg(file));
    window.show();
    while (watcher.paints == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    std::printf("painted\n");
    std::fflush(stdout);
    // The rest is measured once the check has passed: the covers below are written, and the check would share the
    // machine with the scrolling.
    QElapsedTimer checking;
    checking.start();
    while (!window.catalogue().isChecked())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const double checkMs = elapsedMs(checking);
    if (window.catalogue().database().isReadOnly())
        die(QStringLiteral("the catalogue stayed read-only: %1").arg(window.catalogue().database().readOnlyReason()));
    const Catalogue::Catalogue catalogue = window.catalogue();

    QList<double> frames;
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < screens; ++i) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        frames << elapsedMs(timer);
    }
    const double rss = rssMb();

    QList<double> keys;
    QLineEdit *search = window.searchBox();
    for (const QString &word : typedWords) {
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar letter : word) {
            QElapsedTimer timer;
            timer.start();
            search->insert(QString(letter));
            view->viewport()->repaint();
            keys << elapsedMs(timer);
        }
    }
    search->clear();
    QCoreApplication::processEvents();

    // Books with covers of their own (distinct images: no thumbnail is cached before its book is selected).
    const int rows = window.tableModel()->rowCount();
    QList<int> targets;
    for (int k = 0; k < selections; ++k) {
        const QVariant id = window.tableModel()->index(k * (rows / selections), 0).data(Orm::TableModel::KeyRole);
        auto reference = catalogue.storeCover(pngOf(QColor::fromHsv(k * 17 % 360, 200, 160)));
        if (!reference)
            die(reference.error().toString());
        if (auto r = catalogue.updateBook(id, {{Catalogue::Livre::Couverture, *reference}}); !r)
            die(r.error().toString());
        targets << k * (rows / selections);
    }
    QCoreApplication::processEvents();
    Gui::BookForm *form = window.bookForm();
    form->tabs()->setCurrentIndex(1); // the covers
    QList<double> selects;
    for (int row : std::as_const(targets)) {
        QElapsedTimer timer;
        timer.start();
        view->setCurrentIndex(window.tableModel()->index(row, 0));
        form->repaint();
        selects << elapsedMs(timer);
        if (form->coverSlot(Catalogue::Livre::Couverture)->thumbnail().isNull())
            die(QStringLiteral("the front cover of row %1 was not shown").arg(row));
    }
    QJsonObject result = figures(frames, keys, selects, rss);
    result.insert(QStringLiteral("check_after_paint_ms"), round2(checkMs));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int runWindowBench(const WindowBenchOptions &options)
{
    const QString file = QFileInfo(options.file).absoluteFilePath();
    prepareCatalogue(QStringLiteral("sqlite:") + file, options.rows, options.dataDirectory);
    QJsonArray runs;
    QHash<QString, QList<double>> all;
    for (int run = 0; run < options.runs; ++run) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(options.program, {QStringLiteral("--window-phase"), QStringLiteral("--db"), file});
        QByteArray out;
        while (!out.contains("painted\n") && child.waitForReadyRead(60000))
            out += child.readAllStandardOutput();
        const double start = elapsedMs(timer);
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            die(QStringLiteral("the window run failed"));
        out += child.readAllStandardOutput();
        QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        if (result.isEmpty())
            die(QStringLiteral("the window run printed no figures: %1").arg(QString::fromUtf8(out.left(200))));
        result.insert(QStringLiteral("start_ms"), round2(start));
        for (auto it = result.begin(); it != result.end(); ++it)
            all[it.key()] << it->toDouble();
        runs.append(result);
    }
    QJsonObject medians;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        medians.insert(it.key(), round2(median(it.value())));
    const QJsonObject report{{QStringLiteral("rows"), options.rows},
                             {QStringLiteral("median"), medians},
                             {QStringLiteral("runs"), runs}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Bench
