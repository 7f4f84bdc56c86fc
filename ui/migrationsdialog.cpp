#include "migrationsdialog.h"

#include <catalogue/migrations.h>

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Gui {

namespace {

QString bare(const QString &name)
{
    return name.endsWith(QStringLiteral(".js")) ? name.chopped(3) : name;
}

} // namespace

MigrationsDialog::MigrationsDialog(const Catalogue::Catalogue &catalogue, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_migrations(Catalogue::migrations()),
      m_reason(new QLabel(this)),
      m_result(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_applyAll(new QPushButton(tr("Apply &all pending"), this)),
      m_applyTo(new QPushButton(tr("Apply &up to the selected one"), this)),
      m_rollBackLast(new QPushButton(tr("Roll back the &last one"), this)),
      m_rollBackTo(new QPushButton(tr("Roll back &down to the selected one"), this)),
      m_backupFirst(new QCheckBox(tr("&Back up first"), this)),
      m_backupLabel(new QLabel(this)),
      m_showBackup(new QPushButton(tr("&Show in the file manager"), this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_close(nullptr),
      m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Migrations"));
    m_applyAll->setObjectName(QStringLiteral("applyAll"));
    m_applyTo->setObjectName(QStringLiteral("applyTo"));
    m_rollBackLast->setObjectName(QStringLiteral("rollBackLast"));
    m_rollBackTo->setObjectName(QStringLiteral("rollBackTo"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_showBackup->setObjectName(QStringLiteral("showBackup"));

    auto *layout = new QVBoxLayout(this);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Migration"), tr("State"), tr("Applied on")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 2);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_applyAll);
    actions->addWidget(m_applyTo);
    actions->addStretch();
    actions->addWidget(m_rollBackLast);
    actions->addWidget(m_rollBackTo);
    layout->addLayout(actions);

    auto *backup = new QHBoxLayout;
    m_backupFirst->setChecked(true);
    backup->addWidget(m_backupFirst);
    m_backupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupLabel->setWordWrap(true);
    backup->addWidget(m_backupLabel, 1);
    backup->addWidget(m_showBackup);
    m_showBackup->setEnabled(false);
    layout->addLayout(backup);

    auto *progress = new QHBoxLayout;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    progress->addWidget(m_progress, 1);
    m_cancel->setEnabled(false);
    progress->addWidget(m_cancel);
    layout->addLayout(progress);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Each statement the migrations send to the database is shown here."));
    m_log->setMaximumBlockCount(20000);
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &MigrationsDialog::reject);
    layout->addWidget(buttons);

    connect(m_applyAll, &QPushButton::clicked, this, &MigrationsDialog::applyAll);
    connect(m_applyTo, &QPushButton::clicked, this, &MigrationsDialog::applyToSelected);
    connect(m_rollBackLast, &QPushButton::clicked, this, &MigrationsDialog::rollBackLast);
    connect(m_rollBackTo, &QPushButton::clicked, this, &MigrationsDialog::rollBackToSelected);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationsDialog::cancel);
    connect(m_showBackup, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_backupPath).absolutePath())); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MigrationsDialog::updateButtons);
    connect(m_backupFirst, &QCheckBox::toggled, this, &MigrationsDialog::updateButtons);

    resize(860, 600);
    refresh();
}

MigrationsDialog::~MigrationsDialog()
{
    if (m_thread) {
        // Closed with work under way (the window going away): it is stopped at the next safe point and waited for,
        // so that no migration is left half done.
        m_runner->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void MigrationsDialog::setMigrations(const QList<Orm::Migration> &migrations)
{
    m_migrations = migrations;
    refresh();
}

QPushButton *MigrationsDialog::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void MigrationsDialog::refresh()
{
    const Orm::Database database = m_catalogue.database();
    m_locked = database.isReadOnly() && !m_catalogue.isReadOnlyUntilMigrated();
    const QString current = selectedName();
    m_list->clear();
    auto states = m_catalogue.migrationStates(m_migrations);
    m_states = states ? *states : QList<Orm::MigrationState>();
    int pending = 0;
    QTreeWidgetItem *select = nullptr;
    for (const Orm::MigrationState &state : std::as_const(m_states)) {
        const bool known = std::any_of(m_migrations.begin(), m_migrations.end(),
                                       [&](const Orm::Migration &m) { return bare(m.name) == bare(state.name); });
        QString when;
        if (state.executed && state.executedAt.isValid())
            when = locale().toString(state.executedAt.toLocalTime(), QLocale::ShortFormat);
        else if (state.executed)
            when = tr("not recorded (another tool ran it)");
        QString what = state.executed ? tr("applied") : tr("pending");
        if (!known)
            what = state.recordedByOtherTool ? tr("applied by another program") : tr("applied by a newer version");
        auto *item = new QTreeWidgetItem(m_list, {bare(state.name), what, when});
        item->setData(0, Qt::UserRole, state.name);
        if (!state.executed) {
            ++pending;
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        if (!known)
            item->setDisabled(true);
        if (state.name == current)
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);

    const QString where = database.displayUrl();
    if (!states)
        m_reason->setText(tr("The migrations of %1 cannot be read: %2").arg(where, states.error().message()));
    else if (m_locked)
        m_reason->setText(tr("<b>%1 is open read-only:</b> %2. Migrations can be neither applied nor rolled back.")
                                  .arg(where.toHtmlEscaped(), database.readOnlyReason().toHtmlEscaped()));
    else if (pending > 0 && m_catalogue.isReadOnlyUntilMigrated())
        m_reason->setText(tr("<b>%1 needs %n migration(s)</b> to be brought up to date. Until then it is open "
                             "read-only: its books can be browsed, not changed. Its books are kept as they are.",
                             nullptr, pending)
                                  .arg(where.toHtmlEscaped()));
    else if (pending > 0)
        m_reason->setText(tr("<b>%1</b>: %n migration(s) pending.", nullptr, pending).arg(where.toHtmlEscaped()));
    else
        m_reason->setText(tr("<b>%1</b> is up to date.").arg(where.toHtmlEscaped()));

    const bool sqliteFile = !database.filePath().isEmpty();
    m_backupFirst->setEnabled(sqliteFile && !m_locked);
    if (!sqliteFile) {
        m_backupFirst->setChecked(false);
        m_backupFirst->setToolTip(tr("A server's catalogue is backed up with the server's own tools (pg_dump)."));
    }
    if (m_backupPath.isEmpty())
        m_backupLabel->setText(sqliteFile ? tr("A copy of %1 is made beside it before anything changes.")
                                                    .arg(QDir::toNativeSeparators(database.filePath()))
                                          : QString());
    updateButtons();
}

QString MigrationsDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool MigrationsDialog::isPending(const QString &name) const
{
    return std::any_of(m_states.begin(), m_states.end(),
                       [&](const Orm::MigrationState &s) { return s.name == name && !s.executed; });
}

void MigrationsDialog::updateButtons()
{
    const bool idle = !m_thread && !m_locked;
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool knownSelected = item && !item->isDisabled();
    const bool anyPending =
            std::any_of(m_states.begin(), m_states.end(), [](const Orm::MigrationState &s) { return !s.executed; });
    const bool anyApplied = std::any_of(m_states.begin(), m_states.end(), [this](const Orm::MigrationState &s) {
        return s.executed && std::any_of(m_migrations.begin(), m_migrations.end(), [&](const Orm::Migration &m) {
                   return bare(m.name) == bare(s.name);
               });
    });
    m_applyAll->setEnabled(idle && anyPending);
    m_applyTo->setEnabled(idle && knownSelected && isPending(selectedName()));
    m_rollBackLast->setEnabled(idle && anyApplied);
    m_rollBackTo->setEnabled(idle && knownSelected && !isPending(selectedName()));
    m_cancel->setEnabled(m_thread != nullptr);
    m_close->setEnabled(m_thread == nullptr);
    m_backupFirst->setEnabled(!m_thread && !m_locked && !m_catalogue.database().filePath().isEmpty());
}

void MigrationsDialog::applyAll()
{
    start(MigrationRunner::Direction::Up, {});
}

void MigrationsDialog::applyToSelected()
{
    if (isPending(selectedName()))
        start(MigrationRunner::Direction::Up, selectedName());
}

void MigrationsDialog::rollBackLast()
{
    if (confirmDataLoss({}))
        start(MigrationRunner::Direction::Down, {});
}

void MigrationsDialog::rollBackToSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty() && !isPending(name) && confirmDataLoss(name))
        start(MigrationRunner::Direction::Down, name);
}

bool MigrationsDialog::confirmDataLoss(const QString &to)
{
    auto dropped = Orm::Migrator(m_catalogue.database(), m_migrations).dataDroppedByDown(to);
    if (!dropped) {
        appendLog(tr("What the rollback would drop cannot be read: %1").arg(dropped.error().message()));
        QMessageBox::warning(this, tr("Roll back"),
                             tr("What the rollback would drop cannot be read:\n%1").arg(dropped.error().message()));
        return false;
    }
    if (dropped->isEmpty())
        return true;
    QStringList lines;
    for (const Orm::DroppedTable &table : std::as_const(*dropped))
        lines << tr("• %1: %Ln row(s)", nullptr, table.rows).arg(table.table);
    QMessageBox box(QMessageBox::Warning, tr("Roll back"),
                    tr("This rollback drops tables that hold data:\n\n%1\n\nTheir rows are lost unless you keep a "
                       "backup. Roll back all the same?")
                            .arg(lines.join(u'\n')),
                    QMessageBox::NoButton, this);
    QPushButton *drop = box.addButton(tr("Roll back and drop them"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("dropData"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == drop;
}

void MigrationsDialog::start(MigrationRunner::Direction direction, const QString &to)
{
    if (m_thread || m_locked)
        return;
    const bool up = direction == MigrationRunner::Direction::Up;
    m_rolledBack = m_rolledBack || !up;
    const Orm::Backup backup =
            m_backupFirst->isEnabled() && m_backupFirst->isChecked() ? Orm::Backup::Take : Orm::Backup::Skip;
    m_result->hide();
    m_backupPath.clear();
    m_showBackup->setEnabled(false);
    if (up)
        appendLog(to.isEmpty() ? tr("== Applying every pending migration")
                               : tr("== Applying the pending migrations up to %1").arg(bare(to)));
    else
        appendLog(to.isEmpty() ? tr("== Rolling back the last migration")
                               : tr("== Rolling back the migrations down to %1").arg(bare(to)));
    m_progress->setRange(0, 0); // busy until the first migration starts (the backup comes first)
    m_progress->setFormat(backup == Orm::Backup::Take ? tr("Backing up…") : tr("Starting…"));

    m_thread = new QThread(this);
    m_runner = new MigrationRunner(m_catalogue, m_migrations, direction, to, backup);
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_runner, &MigrationRunner::run);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &MigrationRunner::statement, this, &MigrationsDialog::appendLog);
    connect(m_runner, &MigrationRunner::backupTaken, this, [this](const QString &path) {
        m_backupPath = path;
        m_backupLabel->setText(tr("Backup: %1").arg(QDir::toNativeSeparators(path)));
        m_showBackup->setEnabled(true);
        appendLog(tr("-- backup written: %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_runner, &MigrationRunner::starting, this, [this, up](int index, int count, const QString &name) {
        m_progress->setRange(0, count);
        m_progress->setValue(index - 1);
        m_progress->setFormat(up ? tr("Migration %1 of %2: %3").arg(index).arg(count).arg(bare(name))
                                 : tr("Rollback %1 of %2: %3").arg(index).arg(count).arg(bare(name)));
        appendLog(up ? tr("-- applying %1").arg(bare(name)) : tr("-- rolling back %1").arg(bare(name)));
    });
    connect(m_runner, &MigrationRunner::finished, this, &MigrationsDialog::finished);
    updateButtons();
    m_thread->start();
}

void MigrationsDialog::cancel()
{
    if (!m_runner)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling: the migration under way is rolled back…"));
    appendLog(tr("-- cancel asked: the migration under way will be rolled back"));
}

void MigrationsDialog::finished(const MigrationRunner::Outcome &outcome)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_runner = nullptr;

    // The schema may have changed even when the work failed or was cancelled part way (the migrations before
    // stay): the catalogue is read again, read-only until its migrations are all applied.
    if (auto again = m_catalogue.reopen(Catalogue::Catalogue::Pending::ReadOnly))
        m_catalogue = *again;
    else
        appendLog(tr("The catalogue cannot be opened again: %1").arg(again.error().message()));
    refresh();

    QStringList applied;
    for (const Orm::MigrationState &state : std::as_const(m_states)) {
        if (state.executed)
            applied << bare(state.name);
    }
    const QString stays = applied.isEmpty()
            ? tr("no migration is applied now")
            : tr("%1 applied now, the last being %2").arg(applied.size()).arg(applied.constLast());
    QStringList done;
    for (const QString &name : outcome.done)
        done << bare(name);
    QString text;
    if (!outcome.error.isEmpty()) {
        text = tr("<b>Failed.</b> %1").arg(outcome.error.toHtmlEscaped());
        if (!outcome.sql.isEmpty())
            text += QStringLiteral("<br><tt>") + outcome.sql.toHtmlEscaped() + QStringLiteral("</tt>");
        text += QStringLiteral("<br>") + tr("The failed migration was rolled back; %1.").arg(stays).toHtmlEscaped();
        appendLog(tr("-- failed: %1").arg(outcome.error));
        if (!outcome.sql.isEmpty())
            appendLog(tr("-- the statement that failed: %1").arg(outcome.sql));
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    } else if (outcome.cancelled) {
        text = tr("Cancelled. The migration under way was rolled back, none is half applied; %1.")
                       .arg(stays)
                       .toHtmlEscaped();
        appendLog(tr("-- cancelled; done before: %1").arg(done.isEmpty() ? tr("none") : done.join(u", ")));
        m_result->setStyleSheet(QString());
    } else {
        text = done.isEmpty() ? tr("Nothing to do: %1.").arg(stays).toHtmlEscaped()
                              : tr("Done: %1; %2.").arg(done.join(u", "), stays).toHtmlEscaped();
        appendLog(tr("-- done: %1").arg(done.isEmpty() ? tr("nothing to do") : done.join(u", ")));
        m_result->setStyleSheet(QString());
    }
    m_result->setText(text);
    m_result->show();
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.error.isEmpty() && !outcome.cancelled ? 1 : 0);
    m_progress->setFormat(outcome.error.isEmpty() && !outcome.cancelled ? tr("Done") : QString());
    updateButtons();
    Q_EMIT schemaChanged();
    Q_EMIT workFinished();
}

void MigrationsDialog::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void MigrationsDialog::reject()
{
    if (m_thread) {
        cancel(); // closed while at work: the work is stopped first, safely
        return;
    }
    QDialog::reject();
}

} // namespace Gui
