#include "localstore.h"

#include "store/storeworker.h"

namespace lectern {

LocalStore::LocalStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    const QString connectionName = QStringLiteral("lectern-store-%1").arg(quintptr(this), 0, 16);
    m_worker = new StoreWorker(databasePath, connectionName);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("lectern-store"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &StoreWorker::opened, this,
            [this](bool rebuilt, const QString &backupPath, const QString &cursor,
                   const QString &progressCursor) {
                m_isOpen = true;
                m_cursor = cursor;
                m_progressCursor = progressCursor;
                Q_EMIT opened(rebuilt, backupPath);
            });
    connect(m_worker, &StoreWorker::pageApplied, this,
            [this](int changeCount, const QString &cursor, bool hasMore) {
                m_cursor = cursor;
                Q_EMIT pageApplied(changeCount, hasMore);
            });
    connect(m_worker, &StoreWorker::cleared, this, [this] {
        m_cursor.clear();
        m_progressCursor.clear();
        Q_EMIT cleared();
    });
    connect(m_worker, &StoreWorker::databaseRecovered, this, &LocalStore::databaseRecovered);
    connect(m_worker, &StoreWorker::catalogLoaded, this, &LocalStore::catalogLoaded);
    connect(m_worker, &StoreWorker::operationFailed, this, &LocalStore::operationFailed);
    connect(m_worker, &StoreWorker::viewingRecorded, this, &LocalStore::viewingRecorded);
    connect(m_worker, &StoreWorker::progressLoaded, this, &LocalStore::progressLoaded);
    connect(m_worker, &StoreWorker::downloadsLoaded, this, &LocalStore::downloadsLoaded);
    connect(m_worker, &StoreWorker::progressPageApplied, this,
            [this](const ProgressPageApplied &applied) {
                m_progressCursor = applied.cursor;
                Q_EMIT progressPageApplied(applied);
            });
    connect(m_worker, &StoreWorker::quizLoaded, this, &LocalStore::quizLoaded);
    connect(m_worker, &StoreWorker::attemptSaved, this, &LocalStore::attemptSaved);
    connect(m_worker, &StoreWorker::attemptSubmitted, this, &LocalStore::attemptSubmitted);
    connect(m_worker, &StoreWorker::expiredAttemptsSubmitted, this,
            &LocalStore::expiredAttemptsSubmitted);
    connect(m_worker, &StoreWorker::attemptsChanged, this, &LocalStore::attemptsChanged);
    connect(m_worker, &StoreWorker::quizzesChanged, this, &LocalStore::quizzesChanged);
    connect(m_worker, &StoreWorker::quizzesSaved, this, &LocalStore::quizzesSaved);
    connect(m_worker, &StoreWorker::quizFetchPlanLoaded, this, &LocalStore::quizFetchPlanLoaded);
    connect(m_worker, &StoreWorker::outboxBatchLoaded, this, &LocalStore::outboxBatchLoaded);
    connect(m_worker, &StoreWorker::pushResultsApplied, this, &LocalStore::pushResultsApplied);
    connect(m_worker, &StoreWorker::outboxStatusLoaded, this, &LocalStore::outboxStatusLoaded);
    connect(m_worker, &StoreWorker::searchFinished, this, &LocalStore::searchFinished);
    connect(m_worker, &StoreWorker::transcriptPlanLoaded, this, &LocalStore::transcriptPlanLoaded);
    connect(m_worker, &StoreWorker::transcriptStored, this, &LocalStore::transcriptStored);
    connect(m_worker, &StoreWorker::studyRecordLoaded, this, &LocalStore::studyRecordLoaded);
    m_thread.start();
}

LocalStore::~LocalStore()
{
    // Close on the store thread (the connection belongs to it), then let it finish.
    QMetaObject::invokeMethod(m_worker, &StoreWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalStore::openAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::open, Qt::QueuedConnection);
}

void LocalStore::loadAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::load, Qt::QueuedConnection);
}

void LocalStore::applyPageAsync(const CatalogPage &page)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, page] { worker->applyPage(page); }, Qt::QueuedConnection);
}

void LocalStore::clearAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::clear, Qt::QueuedConnection);
}

} // namespace lectern

namespace lectern {

void LocalStore::recordViewingAsync(const ViewingUpdate &update)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, update] { worker->recordViewing(update); },
        Qt::QueuedConnection);
}

void LocalStore::loadProgressAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadProgress, Qt::QueuedConnection);
}

} // namespace lectern

namespace lectern {

void LocalStore::loadDownloadsAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadDownloads, Qt::QueuedConnection);
}

void LocalStore::saveDownloadAsync(const DownloadRecord &record)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, record] { worker->saveDownload(record); },
        Qt::QueuedConnection);
}

void LocalStore::removeDownloadsAsync(const QStringList &lectureIds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lectureIds] { worker->removeDownloads(lectureIds); },
        Qt::QueuedConnection);
}

} // namespace lectern

namespace lectern {

void LocalStore::loadQuizAsync(const QString &lectureId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lectureId] { worker->loadQuiz(lectureId); },
        Qt::QueuedConnection);
}

void LocalStore::saveAttemptAsync(const Attempt &attempt)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, attempt] { worker->saveAttempt(attempt); },
        Qt::QueuedConnection);
}

void LocalStore::submitAttemptAsync(const Attempt &attempt)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, attempt] { worker->submitAttempt(attempt); },
        Qt::QueuedConnection);
}

void LocalStore::submitExpiredAttemptsAsync(const QDateTime &now)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, now] { worker->submitExpiredAttempts(now); },
        Qt::QueuedConnection);
}

void LocalStore::saveQuizzesAsync(const CourseQuizzes &course)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, course] { worker->saveQuizzes(course); },
        Qt::QueuedConnection);
}

void LocalStore::loadQuizFetchPlanAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadQuizFetchPlan, Qt::QueuedConnection);
}

void LocalStore::markQuizzesFetchedAsync(const QString &catalogCursor)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, catalogCursor] { worker->markQuizzesFetched(catalogCursor); },
        Qt::QueuedConnection);
}

void LocalStore::loadOutboxBatchAsync(int limit)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, limit] { worker->loadOutboxBatch(limit); },
        Qt::QueuedConnection);
}

void LocalStore::applyPushResultsAsync(const QList<OutboxEvent> &batch,
                                       const QList<PushResult> &results)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, batch, results] { worker->applyPushResults(batch, results); },
        Qt::QueuedConnection);
}

void LocalStore::applyProgressPageAsync(const ProgressPage &page)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, page] { worker->applyProgressPage(page); },
        Qt::QueuedConnection);
}

void LocalStore::loadOutboxStatusAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadOutboxStatus, Qt::QueuedConnection);
}

} // namespace lectern

namespace lectern {

void LocalStore::searchAsync(const QString &text)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, text] { worker->search(text); }, Qt::QueuedConnection);
}

void LocalStore::loadTranscriptPlanAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadTranscriptPlan, Qt::QueuedConnection);
}

void LocalStore::saveTranscriptAsync(const QString &lectureId, const QList<Cue> &cues)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lectureId, cues] { worker->saveTranscript(lectureId, cues); },
        Qt::QueuedConnection);
}

void LocalStore::markTranscriptFailedAsync(const QString &lectureId, const QString &reason)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, lectureId, reason] { worker->markTranscriptFailed(lectureId, reason); },
        Qt::QueuedConnection);
}

void LocalStore::loadStudyRecordAsync()
{
    QMetaObject::invokeMethod(m_worker, &StoreWorker::loadStudyRecord, Qt::QueuedConnection);
}

} // namespace lectern
