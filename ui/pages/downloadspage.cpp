#include "downloadspage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStorageInfo>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {
namespace {

enum Column { LectureColumn, SizeColumn, ProgressColumn, StatusColumn, ActionsColumn };

constexpr int kLectureIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2; // storage rows: where they sort

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString statusText(const DownloadRecord &record)
{
    switch (record.state) {
    case DownloadState::Queued:
        return record.totalBytes > 0 ? DownloadsPage::tr("Queued")
                                     : DownloadsPage::tr("Queued (finding its size…)");
    case DownloadState::Active:
        return DownloadsPage::tr("Downloading… %1 of %2")
            .arg(sizeText(record.doneBytes), sizeText(record.totalBytes));
    case DownloadState::Paused:
        return DownloadsPage::tr("Paused at %1 of %2")
            .arg(sizeText(record.doneBytes), sizeText(record.totalBytes));
    case DownloadState::Done:
        return DownloadsPage::tr("Downloaded: plays offline");
    case DownloadState::Failed:
        return DownloadsPage::tr("Failed: %1").arg(record.error);
    }
    return {};
}

QToolButton *rowButton(QWidget *parent, const QString &objectName, const QString &text,
                       QStyle::StandardPixmap icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DownloadsPage::DownloadsPage(DownloadManager *downloads, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_downloads(downloads)
    , m_settings(settings)
    , m_unmeteredOnly(new QCheckBox(tr("Download only on &unmetered networks"), this))
    , m_networkNote(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_storageSummary(new QLabel(this))
    , m_storage(new QTreeWidget(this))
    , m_verifyButton(new QPushButton(tr("&Check files"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("downloadsPage"));
    buildLayout();

    m_unmeteredOnly->setChecked(m_settings->value(QLatin1String(kUnmeteredOnlyKey)).toBool());
    m_downloads->setUnmeteredOnly(m_unmeteredOnly->isChecked());
    connect(m_unmeteredOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setValue(QLatin1String(kUnmeteredOnlyKey), on);
        m_downloads->setUnmeteredOnly(on);
        refreshNetworkNote();
    });
    connect(m_downloads, &DownloadManager::downloadsChanged, this, &DownloadsPage::updateRows);
    connect(m_downloads, &DownloadManager::downloadsRemoved, this, &DownloadsPage::removeRows);
    connect(m_downloads, &DownloadManager::waitingForUnmeteredNetworkChanged, this,
            &DownloadsPage::refreshNetworkNote);
    connect(m_storage, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = m_storage->currentItem() != nullptr;
        m_verifyButton->setEnabled(any);
        m_removeButton->setEnabled(any);
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &DownloadsPage::verifySelectedStorage);
    connect(m_removeButton, &QPushButton::clicked, this, &DownloadsPage::removeSelectedStorage);

    QStringList all;
    for (const DownloadRecord &record : m_downloads->downloads())
        all.append(record.lectureId);
    updateRows(all);
    refreshNetworkNote();
}

void DownloadsPage::buildLayout()
{
    auto *heading = new QLabel(tr("<h2>Downloads</h2>"), this);
    m_unmeteredOnly->setObjectName(QStringLiteral("unmeteredOnlyCheck"));
    m_unmeteredOnly->setToolTip(tr("On a metered connection (a phone's hotspot, a paid plan) "
                                   "downloads wait until the computer is on an unmetered one."));
    m_networkNote->setObjectName(QStringLiteral("networkNote"));
    m_networkNote->setWordWrap(true);
    m_networkNote->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("downloadList"));
    m_list->setAccessibleName(tr("Download queue"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Lecture"), tr("Size"), tr("Progress"), tr("Status"), QString()});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LectureColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    // The status is as wide as its longest sentence in the language shown ("Descargada: se
    // puede ver sin conexión" is half again the English); the lecture title takes what is left.
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(ProgressColumn, 140);

    m_storageSummary->setObjectName(QStringLiteral("storageSummary"));
    m_storageSummary->setWordWrap(true);
    m_storageSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage->setObjectName(QStringLiteral("storageTree"));
    m_storage->setAccessibleName(tr("Storage by course"));
    m_storage->setHeaderLabels({tr("Course, week or lecture"), tr("On disk")});
    m_storage->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_storage->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_storage->header()->setStretchLastSection(false);
    m_verifyButton->setObjectName(QStringLiteral("verifyStorageButton"));
    m_verifyButton->setToolTip(tr("Check the selected lectures' files against their checksums"));
    m_verifyButton->setEnabled(false);
    m_removeButton->setObjectName(QStringLiteral("removeStorageButton"));
    m_removeButton->setToolTip(tr("Delete the downloaded files of the selected lecture, week "
                                  "or course"));
    m_removeButton->setEnabled(false);

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(heading);
    queueLayout->addWidget(m_unmeteredOnly);
    queueLayout->addWidget(m_networkNote);
    queueLayout->addWidget(m_list, 1);

    auto *storage = new QWidget(this);
    auto *storageLayout = new QVBoxLayout(storage);
    storageLayout->setContentsMargins(0, 0, 0, 0);
    storageLayout->addWidget(new QLabel(tr("<h3>Storage</h3>"), this));
    storageLayout->addWidget(m_storageSummary);
    storageLayout->addWidget(m_storage, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_removeButton);
    storageLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(queue);
    split->addWidget(storage);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

QList<DownloadManager::LectureRef> DownloadsPage::lecturesOf(const Course &course, int weekNumber)
{
    QList<DownloadManager::LectureRef> lectures;
    for (const Week &week : course.weeks) {
        if (weekNumber > 0 && week.number != weekNumber)
            continue;
        for (const Lecture &lecture : week.lectures)
            lectures.append({lecture.id, course.code, week.number, lecture.title});
    }
    return lectures;
}

void DownloadsPage::offerDownload(const QList<DownloadManager::LectureRef> &lectures,
                                  const QString &what)
{
    if (lectures.isEmpty())
        return;
    if (lectures.size() == 1) {
        m_downloads->enqueue(lectures);
        return;
    }
    QStringList ids;
    for (const DownloadManager::LectureRef &lecture : lectures)
        ids.append(lecture.lectureId);
    // The size comes from the server's manifests, so the question shows it before any download.
    m_downloads->measure(ids, this, [this, lectures, what](Result<qint64> bytes) {
        if (!bytes) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Download for offline"),
                tr("The size of %1 could not be found: %2").arg(what, bytes.error().message),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("downloadProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        auto *box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("downloadConfirmation"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Download for offline"));
        box->setText(
            tr("Download %n lecture(s) of %1 for offline viewing?", nullptr, int(lectures.size()))
                .arg(what));
        const QStorageInfo disk(QFileInfo(m_downloads->mediaRoot()).absolutePath());
        box->setInformativeText(bytes.value() == 0 ? tr("They are already downloaded.")
                                                   : tr("They need %1 of disk space; %2 is free.")
                                                         .arg(sizeText(bytes.value()),
                                                              sizeText(disk.bytesAvailable())));
        QPushButton *download = box->addButton(tr("Download"), QMessageBox::AcceptRole);
        download->setObjectName(QStringLiteral("confirmDownloadButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(download);
        connect(download, &QPushButton::clicked, this,
                [this, lectures] { m_downloads->enqueue(lectures); });
        box->open();
    });
}

void DownloadsPage::offerRemoval(const QStringList &lectureIds, const QString &what)
{
    QStringList stored;
    qint64 bytes = 0;
    for (const QString &id : lectureIds) {
        if (const std::optional<DownloadRecord> record = m_downloads->download(id)) {
            stored.append(id);
            bytes += record->doneBytes;
        }
    }
    if (stored.isEmpty())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Remove downloads"));
    box->setText(
        tr("Remove %n downloaded lecture(s) of %1 from this computer?", nullptr, int(stored.size()))
            .arg(what));
    box->setInformativeText(tr("This frees %1. Viewing progress is kept, and the lectures still "
                               "play online.")
                                .arg(sizeText(bytes)));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->addButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, stored] { m_downloads->remove(stored); });
    box->open();
}

void DownloadsPage::addActionsTo(QMenu *menu, const Course &course, int weekNumber,
                                 const QString &lectureId)
{
    if (!lectureId.isEmpty()) {
        const QList<DownloadManager::LectureRef> all = lecturesOf(course);
        const auto lecture = std::find_if(all.cbegin(), all.cend(), [&lectureId](const auto &ref) {
            return ref.lectureId == lectureId;
        });
        if (lecture == all.cend())
            return;
        const DownloadManager::LectureRef ref = *lecture;
        const std::optional<DownloadRecord> record = m_downloads->download(lectureId);
        QAction *action = nullptr;
        if (!record) {
            action = menu->addAction(tr("&Download for offline"), this,
                                     [this, ref] { m_downloads->enqueue({ref}); });
            action->setObjectName(QStringLiteral("downloadLectureAction"));
        } else if (record->state == DownloadState::Paused
                   || record->state == DownloadState::Failed) {
            menu->addAction(tr("&Resume download"), this,
                            [this, lectureId] { m_downloads->resume(lectureId); });
        } else if (record->state != DownloadState::Done) {
            menu->addAction(tr("&Pause download"), this,
                            [this, lectureId] { m_downloads->pause(lectureId); });
        }
        if (record) {
            action = menu->addAction(tr("Remove &download…"), this,
                                     [this, ref] { offerRemoval({ref.lectureId}, ref.title); });
            action->setObjectName(QStringLiteral("removeLectureDownloadAction"));
        }
        return;
    }

    const QList<DownloadManager::LectureRef> lectures = lecturesOf(course, weekNumber);
    if (lectures.isEmpty())
        return;
    const QString what = weekNumber > 0 ? tr("week %1 of %2").arg(weekNumber).arg(course.code)
                                        : tr("%1 %2").arg(course.code, course.title);
    QAction *download = menu->addAction(
        weekNumber > 0 ? tr("&Download week for offline…") : tr("&Download course for offline…"),
        this, [this, lectures, what] { offerDownload(lectures, what); });
    download->setObjectName(QStringLiteral("downloadGroupAction"));
    QStringList stored;
    for (const DownloadManager::LectureRef &lecture : lectures) {
        if (m_downloads->download(lecture.lectureId))
            stored.append(lecture.lectureId);
    }
    if (!stored.isEmpty()) {
        QAction *remove = menu->addAction(
            weekNumber > 0 ? tr("Remove week's &downloads…") : tr("Remove course's &downloads…"),
            this, [this, stored, what] { offerRemoval(stored, what); });
        remove->setObjectName(QStringLiteral("removeGroupDownloadsAction"));
    }
}

void DownloadsPage::updateRows(const QStringList &lectureIds)
{
    for (const QString &id : lectureIds) {
        const std::optional<DownloadRecord> record = m_downloads->download(id);
        if (!record)
            continue;
        QTreeWidgetItem *item = m_rows.value(id);
        if (!item) {
            item = new QTreeWidgetItem(m_list);
            item->setData(LectureColumn, kLectureIdRole, id);
            auto *bar = new QProgressBar(m_list);
            bar->setObjectName(QStringLiteral("downloadProgress"));
            bar->setRange(0, 1000);
            bar->setAccessibleName(tr("Progress of %1").arg(record->title));
            m_list->setItemWidget(item, ProgressColumn, bar);
            m_list->setItemWidget(item, ActionsColumn, rowButtons(id));
            m_rows.insert(id, item);
        }
        updateRow(item, *record);
    }
    refreshStorage();
    restoreTabOrder();
}

// A new row's buttons join the window's focus chain at its end: Tab follows the page as it
// reads instead, the queue and each row's buttons, then the storage and its buttons.
void DownloadsPage::restoreTabOrder()
{
    QList<QWidget *> order{m_unmeteredOnly, m_list};
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (QWidget *buttons = m_list->itemWidget(m_list->topLevelItem(row), ActionsColumn))
            order += buttons->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    }
    order << m_storage << m_verifyButton << m_removeButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void DownloadsPage::removeRows(const QStringList &lectureIds)
{
    for (const QString &id : lectureIds)
        delete m_rows.take(id);
    refreshStorage();
}

void DownloadsPage::updateRow(QTreeWidgetItem *item, const DownloadRecord &record)
{
    item->setText(LectureColumn, QStringLiteral("%1 · %2").arg(record.courseCode, record.title));
    item->setToolTip(LectureColumn, record.lectureId);
    item->setText(SizeColumn, record.totalBytes > 0 ? sizeText(record.totalBytes) : tr("—"));
    const QString status = statusText(record);
    item->setText(StatusColumn, status);
    item->setToolTip(StatusColumn, status);
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn))) {
        bar->setValue(record.totalBytes > 0 ? int(record.doneBytes * 1000 / record.totalBytes)
                          : record.state == DownloadState::Done ? 1000
                                                                : 0);
        bar->setEnabled(record.state != DownloadState::Failed);
    }
    if (QWidget *buttons = m_list->itemWidget(item, ActionsColumn)) {
        const DownloadState state = record.state;
        const bool running = state == DownloadState::Queued || state == DownloadState::Active;
        const bool stopped = state == DownloadState::Paused || state == DownloadState::Failed;
        buttons->findChild<QToolButton *>(QStringLiteral("pauseButton"))->setVisible(running);
        buttons->findChild<QToolButton *>(QStringLiteral("resumeButton"))->setVisible(stopped);
        buttons->findChild<QToolButton *>(QStringLiteral("cancelButton"))
            ->setVisible(state != DownloadState::Done);
        buttons->findChild<QToolButton *>(QStringLiteral("removeButton"))
            ->setVisible(state == DownloadState::Done);
    }
}

QWidget *DownloadsPage::rowButtons(const QString &lectureId)
{
    auto *box = new QWidget(m_list);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QToolButton *pause
        = rowButton(box, QStringLiteral("pauseButton"), tr("Pause"), QStyle::SP_MediaPause);
    QToolButton *resume
        = rowButton(box, QStringLiteral("resumeButton"), tr("Resume"), QStyle::SP_MediaPlay);
    QToolButton *cancel = rowButton(box, QStringLiteral("cancelButton"), tr("Cancel"),
                                    QStyle::SP_DialogCancelButton);
    QToolButton *remove
        = rowButton(box, QStringLiteral("removeButton"), tr("Remove"), QStyle::SP_TrashIcon);
    for (QToolButton *button : {pause, resume, cancel, remove})
        layout->addWidget(button);
    connect(pause, &QToolButton::clicked, this,
            [this, lectureId] { m_downloads->pause(lectureId); });
    connect(resume, &QToolButton::clicked, this,
            [this, lectureId] { m_downloads->resume(lectureId); });
    // One lecture's own row: no question asked, the button says what it does.
    connect(cancel, &QToolButton::clicked, this,
            [this, lectureId] { m_downloads->remove({lectureId}); });
    connect(remove, &QToolButton::clicked, this,
            [this, lectureId] { m_downloads->remove({lectureId}); });
    return box;
}

void DownloadsPage::refreshStorage()
{
    // Course → week → lecture, with what each holds on disk; items are kept, not rebuilt, so
    // the selection survives progress updates.
    struct Node
    {
        QString key;
        QString parentKey;
        QString text;
        qint64 bytes = 0;
        QString lectureId;
    };
    QMap<QString, Node> nodes; // sorted keys give course, week, lecture order
    qint64 total = 0;
    for (const DownloadRecord &record : m_downloads->downloads()) {
        if (record.doneBytes <= 0)
            continue;
        total += record.doneBytes;
        const QString courseKey = QStringLiteral("c:%1").arg(record.courseCode);
        const QString weekKey = QStringLiteral("w:%1:%2")
                                    .arg(record.courseCode)
                                    .arg(record.weekNumber, 3, 10, QLatin1Char('0'));
        Node &course = nodes[courseKey];
        course.key = courseKey;
        course.text = record.courseCode;
        course.bytes += record.doneBytes;
        Node &week = nodes[weekKey];
        week.key = weekKey;
        week.parentKey = courseKey;
        week.text = tr("Week %1").arg(record.weekNumber);
        week.bytes += record.doneBytes;
        const QString lectureKey = QStringLiteral("l:%1").arg(record.lectureId);
        Node &lecture = nodes[lectureKey];
        lecture.key = lectureKey;
        lecture.parentKey = weekKey;
        lecture.text = record.state == DownloadState::Done
            ? record.title
            : tr("%1 (partly downloaded)").arg(record.title);
        lecture.bytes = record.doneBytes;
        lecture.lectureId = record.lectureId;
    }

    // Children before parents when removing; parents before children when adding.
    const QStringList known = m_storageItems.keys();
    for (const QString &key : known) {
        if (!nodes.contains(key) && key.startsWith(u'l'))
            delete m_storageItems.take(key);
    }
    for (const QString &key : known) {
        if (!nodes.contains(key) && key.startsWith(u'w'))
            delete m_storageItems.take(key);
    }
    for (const QString &key : known) {
        if (!nodes.contains(key) && key.startsWith(u'c'))
            delete m_storageItems.take(key);
    }
    for (const char kind : {'c', 'w', 'l'}) {
        for (const Node &node : std::as_const(nodes)) {
            if (node.key.at(0) != QLatin1Char(kind))
                continue;
            QTreeWidgetItem *item = m_storageItems.value(node.key);
            if (!item) {
                item = new QTreeWidgetItem;
                item->setData(0, kLectureIdRole, node.lectureId);
                item->setData(0, kKeyRole, node.key);
                QTreeWidgetItem *parent = m_storageItems.value(node.parentKey);
                const int count = parent ? parent->childCount() : m_storage->topLevelItemCount();
                int row = 0;
                while (row < count) {
                    const QTreeWidgetItem *sibling
                        = parent ? parent->child(row) : m_storage->topLevelItem(row);
                    if (sibling->data(0, kKeyRole).toString() > node.key)
                        break;
                    ++row;
                }
                if (parent)
                    parent->insertChild(row, item);
                else
                    m_storage->insertTopLevelItem(row, item);
                m_storageItems.insert(node.key, item);
                item->setExpanded(kind != 'l');
            }
            item->setText(0, node.text);
            item->setText(1, sizeText(node.bytes));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_storageSummary->setText(
        total > 0 ? tr("Offline lectures use %1 on this computer, in %2.")
                        .arg(sizeText(total), QDir::toNativeSeparators(m_downloads->mediaRoot()))
                  : tr("No lectures are downloaded. Right-click a lecture, week or course in "
                       "the programme to download it for offline viewing."));
}

void DownloadsPage::refreshNetworkNote()
{
    QString note;
    if (!m_downloads->canDetectMeteredNetworks()) {
        note = tr("This system does not report whether a network is metered, so this option "
                  "cannot apply: downloads run on any network.");
    } else if (m_downloads->isWaitingForUnmeteredNetwork()) {
        note = tr("Waiting for an unmetered network: downloads continue once the computer is on "
                  "one.");
    }
    m_networkNote->setText(note);
    m_networkNote->setVisible(!note.isEmpty());
}

QStringList DownloadsPage::storedLectures(const QTreeWidgetItem *item) const
{
    if (!item)
        return {};
    const QString id = item->data(0, kLectureIdRole).toString();
    if (!id.isEmpty())
        return {id};
    QStringList ids;
    for (int i = 0; i < item->childCount(); ++i)
        ids += storedLectures(item->child(i));
    return ids;
}

void DownloadsPage::removeSelectedStorage()
{
    QTreeWidgetItem *item = m_storage->currentItem();
    if (!item)
        return;
    QString what = item->text(0);
    if (item->parent() && item->data(0, kLectureIdRole).toString().isEmpty())
        what = tr("%1 of %2").arg(item->text(0), item->parent()->text(0));
    offerRemoval(storedLectures(item), what);
}

void DownloadsPage::verifySelectedStorage()
{
    for (const QString &id : storedLectures(m_storage->currentItem()))
        m_downloads->verify(id);
}

} // namespace lectern
