#include "exportdialog.h"

#include "transferrunner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Gui {

using Catalogue::TransferFormat;

namespace {

// The exporter's formats as a person chooses them.
struct Choice
{
    const char *label;
    TransferFormat format;
    bool excel;
    bool raw;
    const char *suffix;
};

const Choice choices[] = {
        {QT_TRANSLATE_NOOP("Gui::ExportDialog", "CSV, safe to open in a spreadsheet"), TransferFormat::Csv, false,
         false, "csv"},
        {QT_TRANSLATE_NOOP("Gui::ExportDialog", "CSV for Excel in French (; and decimal commas)"), TransferFormat::Csv,
         true, false, "csv"},
        {QT_TRANSLATE_NOOP("Gui::ExportDialog", "CSV, values exactly as stored"), TransferFormat::Csv, false, true,
         "csv"},
        {QT_TRANSLATE_NOOP("Gui::ExportDialog", "JSON, every value (imports back as it was)"), TransferFormat::Json,
         false, false, "json"},
        {QT_TRANSLATE_NOOP("Gui::ExportDialog", "ONIX for Books 3.0 (XML, for the book trade)"), TransferFormat::Onix,
         false, false, "xml"},
};

} // namespace

ExportDialog::ExportDialog(const Catalogue::Catalogue &catalogue, const Orm::Where &filter, const QString &search,
                           qint64 shown, qint64 total, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_filter(filter),
      m_search(search.trimmed()),
      m_path(new QLineEdit(this)),
      m_format(new QComboBox(this)),
      m_all(new QRadioButton(this)),
      m_shown(new QRadioButton(this)),
      m_covers(new QCheckBox(tr("Write the &covers to a folder beside the file"), this)),
      m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_export(new QPushButton(tr("&Export"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export books"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (int i = 0; i < int(std::size(choices)); ++i)
        m_format->addItem(QCoreApplication::translate("Gui::ExportDialog", choices[i].label), i);
    form->addRow(tr("&Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    const QLocale locale;
    m_all->setText(tr("&All the books (%1)").arg(locale.toString(total)));
    const bool narrowed = !m_search.isEmpty() || !m_filter.isEmpty();
    const QString count = locale.toString(shown);
    if (!m_search.isEmpty() && !m_filter.isEmpty())
        m_shown->setText(tr("The books &shown (%1): the search “%2” and the filters").arg(count, m_search));
    else if (!m_search.isEmpty())
        m_shown->setText(tr("The books &shown (%1): the search “%2”").arg(count, m_search));
    else if (!m_filter.isEmpty())
        m_shown->setText(tr("The books &shown (%1): the filters").arg(count));
    else
        m_shown->setText(tr("The books &shown (no search or filter: all of them)"));
    m_shown->setEnabled(narrowed);
    (narrowed ? m_shown : m_all)->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_shown);
    form->addRow(tr("Books:"), scope);
    m_covers->setToolTip(tr("Each cover stored in the catalogue is written as an image file; the export refers to "
                            "it by its path."));
    form->addRow(QString(), m_covers);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_progress->setRange(0, int(std::clamp<qint64>(narrowed ? shown : total, 1, INT_MAX)));
    m_progress->setFormat(tr("%v books written"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_export->setDefault(true);
    layout->addWidget(buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(tr("catalogue") + QStringLiteral(".csv")));
    connect(choose, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::run);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    resize(620, sizeHint().height());
}

ExportDialog::~ExportDialog() = default; // a runner under way is waited for (TransferRunner::start)

Catalogue::ExportOptions ExportDialog::options() const
{
    const Choice &c = choices[std::clamp(m_format->currentIndex(), 0, int(std::size(choices)) - 1)];
    Catalogue::ExportOptions options;
    options.format = c.format;
    options.excel = c.excel;
    options.raw = c.raw;
    if (m_shown->isChecked()) {
        options.search = m_search;
        options.where = m_filter;
    }
    if (m_covers->isChecked())
        options.coversDir = coversFolder();
    return options;
}

QString ExportDialog::coversFolder() const
{
    const QFileInfo file(m_path->text().trimmed());
    return file.dir().filePath(tr("%1-covers").arg(file.completeBaseName()));
}

void ExportDialog::choosePath()
{
    const QString caption = tr("Export books");
    const QString path = askSaveFileName ? askSaveFileName(this, caption, m_path->text())
                                         : QFileDialog::getSaveFileName(this, caption, m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::formatChanged()
{
    // The file's suffix follows the format.
    const Choice &c = choices[std::clamp(m_format->currentIndex(), 0, int(std::size(choices)) - 1)];
    const QFileInfo file(m_path->text().trimmed());
    if (!file.fileName().isEmpty())
        m_path->setText(file.dir().filePath(file.completeBaseName() + u'.' + QString::fromLatin1(c.suffix)));
}

void ExportDialog::run()
{
    if (m_runner)
        return;
    const QString path = m_path->text().trimmed();
    m_runner = TransferRunner::exporter(TransferRunner::reopening(m_catalogue), path, options());
    for (QWidget *w : std::initializer_list<QWidget *>{m_export, m_close, m_format, m_path, m_all, m_covers})
        w->setEnabled(false);
    m_shown->setEnabled(false);
    m_summary->hide();
    m_progress->setValue(0);
    m_progress->show();
    connect(m_runner, &TransferRunner::progress, this,
            [this](qint64 books, int) { m_progress->setValue(int(std::min<qint64>(books, m_progress->maximum()))); });
    connect(m_runner, &TransferRunner::finished, this, [this, path](const TransferRunner::Outcome &outcome) {
        m_runner = nullptr;
        m_progress->hide();
        for (QWidget *w : std::initializer_list<QWidget *>{m_export, m_close, m_format, m_path, m_all, m_covers})
            w->setEnabled(true);
        m_shown->setEnabled(!m_search.isEmpty() || !m_filter.isEmpty());
        Q_EMIT workFinished();
        if (!outcome.error.isEmpty()) {
            m_summary->setText(tr("Nothing was exported: %1").arg(outcome.error));
            m_summary->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
            m_summary->show();
            return;
        }
        Q_EMIT exported(path, outcome.exported);
        accept();
    });
    m_runner->start(this);
}

} // namespace Gui
