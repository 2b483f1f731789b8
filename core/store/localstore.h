#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "media/download.h"
#include "store/progressrepository.h"
#include "sync/catalogcodec.h"

#include <QObject>
#include <QThread>

namespace lectern {

class StoreWorker;

// The client's catalog store as the GUI thread sees it: every call returns at once and
// queues the work on the store's own thread; results come back as signals on the caller's
// thread. Nothing here blocks on SQLite.
class LocalStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    explicit LocalStore(const QString &databasePath, QObject *parent = nullptr);
    ~LocalStore() override; // closes the database on its thread, then joins it

    QString databasePath() const { return m_databasePath; }
    // The catalog cursor as of the last open or applied page.
    QString cursor() const { return m_cursor; }
    bool isOpen() const { return m_isOpen; }

    void openAsync();
    void loadAsync();
    void applyPageAsync(const lectern::CatalogPage &page);
    void clearAsync();
    void recordViewingAsync(const lectern::ViewingUpdate &update);
    void loadProgressAsync();
    void loadDownloadsAsync();
    void saveDownloadAsync(const lectern::DownloadRecord &record);
    void removeDownloadsAsync(const QStringList &lectureIds);

Q_SIGNALS:
    void opened(bool rebuiltCorruptFile, const QString &backupPath);
    void catalogLoaded(const lectern::CatalogSnapshot &snapshot);
    void pageApplied(int changeCount, bool hasMore);
    void cleared();
    void viewingRecorded(const lectern::ViewingRecorded &recorded);
    void progressLoaded(const QHash<QString, lectern::LectureProgress> &progress);
    void downloadsLoaded(const QList<lectern::DownloadRecord> &downloads);
    void operationFailed(const lectern::Error &error);

private:
    QString m_databasePath;
    QString m_cursor;
    bool m_isOpen = false;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives on m_thread, deleted there
};

} // namespace lectern
