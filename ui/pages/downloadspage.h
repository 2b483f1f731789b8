#pragma once

#include "domain/catalog.h"
#include "media/downloadmanager.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QSettings;
class QTreeWidget;
class QTreeWidgetItem;

namespace lectern {

// Lectures kept for offline viewing: the download queue with each download's progress and its
// pause / resume / cancel / remove buttons, the "unmetered networks only" option, and the
// storage they take per course, week and lecture, with removal at each level. It also offers
// the downloads of a lecture, a week or a course (with their size first) to other screens.
class DownloadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPage)

public:
    static constexpr auto kUnmeteredOnlyKey = "downloads/unmeteredOnly";

    DownloadsPage(DownloadManager *downloads, QSettings *settings, QWidget *parent = nullptr);

    // The lectures of a course, or of one of its weeks (weekNumber > 0), as the queue wants them.
    static QList<DownloadManager::LectureRef> lecturesOf(const Course &course, int weekNumber = 0);

    // Downloads lectures: one at once; several after a confirmation that shows their size.
    void offerDownload(const QList<DownloadManager::LectureRef> &lectures, const QString &what);
    // Deletes the downloaded files of lectures after a confirmation that shows their size.
    void offerRemoval(const QStringList &lectureIds, const QString &what);
    // The download actions for a row of the programme tree (lecture, week or course).
    void addActionsTo(QMenu *menu, const Course &course, int weekNumber, const QString &lectureId);

private:
    void buildLayout();
    void updateRows(const QStringList &lectureIds);
    void removeRows(const QStringList &lectureIds);
    void updateRow(QTreeWidgetItem *item, const DownloadRecord &record);
    QWidget *rowButtons(const QString &lectureId);
    void restoreTabOrder();
    void refreshStorage();
    void refreshNetworkNote();
    void removeSelectedStorage();
    void verifySelectedStorage();
    QStringList storedLectures(const QTreeWidgetItem *item) const;

    DownloadManager *m_downloads;
    QSettings *m_settings;
    QCheckBox *m_unmeteredOnly;
    QLabel *m_networkNote;
    QTreeWidget *m_list;
    QLabel *m_storageSummary;
    QTreeWidget *m_storage;
    QPushButton *m_verifyButton;
    QPushButton *m_removeButton;
    QHash<QString, QTreeWidgetItem *> m_rows; // lecture id → its row in the queue
    QHash<QString, QTreeWidgetItem *> m_storageItems; // "c:CODE", "w:CODE:N", "l:ID"
};

} // namespace lectern
