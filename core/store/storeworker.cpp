#include "storeworker.h"

#include "domain/logging.h"

#include <QSqlDatabase>

namespace lectern {

StoreWorker::StoreWorker(QString databasePath, QString connectionName)
    : m_databasePath(std::move(databasePath))
    , m_connectionName(std::move(connectionName))
{ }

StoreWorker::~StoreWorker()
{
    close();
}

void StoreWorker::open()
{
    if (m_repository)
        return;
    Result<LocalDatabase::Opened> database = LocalDatabase::open(m_databasePath, m_connectionName);
    if (!database) {
        Q_EMIT operationFailed(database.error());
        return;
    }
    m_repository.emplace(database.value().database);
    m_progress.emplace(database.value().database);
    m_downloads.emplace(database.value().database);
    const Result<QString> cursor = m_repository->cursor();
    Q_EMIT opened(database.value().recovery == LocalDatabase::Recovery::RebuiltCorruptFile,
                  database.value().backupPath, cursor ? cursor.value() : QString());
}

bool StoreWorker::ensureOpen()
{
    if (m_repository)
        return true;
    Q_EMIT operationFailed({QStringLiteral("store_closed"), tr("The local database is not open.")});
    return false;
}

void StoreWorker::load()
{
    if (!ensureOpen())
        return;
    Result<CatalogSnapshot> snapshot = m_repository->load();
    if (!snapshot) {
        Q_EMIT operationFailed(snapshot.error());
        return;
    }
    Q_EMIT catalogLoaded(snapshot.value());
}

void StoreWorker::applyPage(const CatalogPage &page)
{
    if (!ensureOpen())
        return;
    const Result<int> applied = m_repository->applyPage(page);
    if (!applied) {
        Q_EMIT operationFailed(applied.error());
        return;
    }
    Q_EMIT pageApplied(applied.value(), page.cursor, page.hasMore);
}

void StoreWorker::clear()
{
    if (!ensureOpen())
        return;
    if (const Status cleared = m_repository->clear(); !cleared) {
        Q_EMIT operationFailed(cleared.error());
        return;
    }
    Q_EMIT this->cleared();
}

void StoreWorker::recordViewing(const ViewingUpdate &update)
{
    if (!ensureOpen())
        return;
    const Result<ViewingRecorded> recorded = m_progress->recordViewing(update);
    if (!recorded) {
        Q_EMIT operationFailed(recorded.error());
        return;
    }
    Q_EMIT viewingRecorded(recorded.value());
}

void StoreWorker::loadProgress()
{
    if (!ensureOpen())
        return;
    const Result<QHash<QString, LectureProgress>> progress = m_progress->loadAll();
    if (!progress) {
        Q_EMIT operationFailed(progress.error());
        return;
    }
    Q_EMIT progressLoaded(progress.value());
}

void StoreWorker::loadDownloads()
{
    if (!ensureOpen())
        return;
    const Result<QList<DownloadRecord>> downloads = m_downloads->loadAll();
    if (!downloads) {
        Q_EMIT operationFailed(downloads.error());
        return;
    }
    Q_EMIT downloadsLoaded(downloads.value());
}

void StoreWorker::saveDownload(const DownloadRecord &record)
{
    if (!ensureOpen())
        return;
    if (const Status saved = m_downloads->save(record); !saved)
        Q_EMIT operationFailed(saved.error());
}

void StoreWorker::removeDownloads(const QStringList &lectureIds)
{
    if (!ensureOpen())
        return;
    if (const Status removed = m_downloads->remove(lectureIds); !removed)
        Q_EMIT operationFailed(removed.error());
}

void StoreWorker::close()
{
    if (!m_repository)
        return;
    m_repository.reset();
    m_progress.reset();
    m_downloads.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    qCDebug(lcStore) << "closed" << m_databasePath;
}

} // namespace lectern
