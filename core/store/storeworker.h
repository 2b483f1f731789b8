#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "store/catalogrepository.h"
#include "store/downloadrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "sync/catalogcodec.h"

#include <QObject>

#include <optional>

namespace lectern {

// Owns the SQLite connection on the store thread. Called only through queued invocations
// from LocalStore; answers with signals, so no QSqlDatabase ever crosses threads.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    StoreWorker(QString databasePath, QString connectionName);
    ~StoreWorker() override;

    void open();
    void load();
    void applyPage(const lectern::CatalogPage &page);
    void clear();
    void recordViewing(const lectern::ViewingUpdate &update);
    void loadProgress();
    void loadDownloads();
    void saveDownload(const lectern::DownloadRecord &record);
    void removeDownloads(const QStringList &lectureIds);
    void close();

Q_SIGNALS:
    void opened(bool rebuiltCorruptFile, const QString &backupPath, const QString &cursor);
    void catalogLoaded(const lectern::CatalogSnapshot &snapshot);
    void pageApplied(int changeCount, const QString &cursor, bool hasMore);
    void cleared();
    void viewingRecorded(const lectern::ViewingRecorded &recorded);
    void progressLoaded(const QHash<QString, lectern::LectureProgress> &progress);
    void downloadsLoaded(const QList<lectern::DownloadRecord> &downloads);
    void operationFailed(const lectern::Error &error);

private:
    bool ensureOpen();

    QString m_databasePath;
    QString m_connectionName;
    std::optional<CatalogRepository> m_repository;
    std::optional<ProgressRepository> m_progress;
    std::optional<DownloadRepository> m_downloads;
};

} // namespace lectern
