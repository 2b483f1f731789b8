#pragma once

#include "domain/result.h"
#include "media/download.h"

#include <QSqlDatabase>
#include <QStringList>

namespace lectern {

// The offline download queue and each download's per-file progress, on the store thread's
// connection. A save writes the download and all its file rows in one transaction, so a
// download read back is always one consistent moment of it.
class DownloadRepository final
{
public:
    explicit DownloadRepository(QSqlDatabase database);

    // Every download in queue order (oldest first), with its files in manifest order.
    Result<QList<DownloadRecord>> loadAll() const;
    // Inserts or replaces the download and its files.
    Status save(const DownloadRecord &record);
    // Forgets downloads (their files on disk are the caller's business).
    Status remove(const QStringList &lectureIds);

private:
    Status saveFiles(const DownloadRecord &record);

    QSqlDatabase m_database;
};

} // namespace lectern
