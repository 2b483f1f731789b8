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
    if (failed(database))
        return;
    m_repository.emplace(database.value().database);
    m_progress.emplace(database.value().database);
    m_downloads.emplace(database.value().database);
    m_quizzes.emplace(database.value().database);
    m_search.emplace(database.value().database);
    m_study.emplace(database.value().database);
    const Result<QString> cursor = m_repository->cursor();
    const Result<QString> progressCursor = m_progress->progressCursor();
    if (database.value().recovery == LocalDatabase::Recovery::RebuiltCorruptFile)
        Q_EMIT databaseRecovered(database.value().backupPath, database.value().salvagedEvents);
    Q_EMIT opened(database.value().recovery == LocalDatabase::Recovery::RebuiltCorruptFile,
                  database.value().backupPath, cursor ? cursor.value() : QString(),
                  progressCursor ? progressCursor.value() : QString());
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
    if (failed(snapshot))
        return;
    Q_EMIT catalogLoaded(snapshot.value());
}

void StoreWorker::applyPage(const CatalogPage &page)
{
    if (!ensureOpen())
        return;
    const Result<int> applied = m_repository->applyPage(page);
    if (failed(applied))
        return;
    Q_EMIT pageApplied(applied.value(), page.cursor, page.hasMore);
}

void StoreWorker::clear()
{
    if (!ensureOpen())
        return;
    // Clearing is for another person logging in on this computer. Changes of the previous one
    // that the server has not confirmed would be lost, or, sent with the new person's session,
    // counted as theirs: they must reach the server first (docs/protocol.md, "Another user").
    const Result<int> pending = m_progress->pendingEventCount();
    if (failed(pending))
        return;
    if (pending.value() > 0) {
        Q_EMIT operationFailed(
            {QStringLiteral("unsent_changes"),
             tr("%n change(s) made by the previous user of this computer have not reached the "
                "server yet. They are kept: that user must log in and sync before someone else "
                "can use Lectern here.",
                nullptr, pending.value())});
        return;
    }
    if (failed(m_repository->clear()))
        return;
    Q_EMIT this->cleared();
}

void StoreWorker::recordViewing(const ViewingUpdate &update)
{
    if (!ensureOpen())
        return;
    const Result<ViewingRecorded> recorded = m_progress->recordViewing(update);
    if (failed(recorded))
        return;
    Q_EMIT viewingRecorded(recorded.value());
    // Study time for the dashboard's chart; a local statistic, so a failure here loses a
    // few seconds of the chart and nothing else.
    if (const Status logged = m_study->logViewing(update); !logged)
        Q_EMIT operationFailed(logged.error());
    emitOutboxStatus();
}

void StoreWorker::loadProgress()
{
    if (!ensureOpen())
        return;
    const Result<QHash<QString, LectureProgress>> progress = m_progress->loadAll();
    if (failed(progress))
        return;
    Q_EMIT progressLoaded(progress.value());
}

void StoreWorker::loadDownloads()
{
    if (!ensureOpen())
        return;
    const Result<QList<DownloadRecord>> downloads = m_downloads->loadAll();
    if (failed(downloads))
        return;
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

void StoreWorker::loadQuiz(const QString &lectureId)
{
    if (!ensureOpen())
        return;
    const Result<QuizBundle> bundle = m_quizzes->loadBundle(lectureId);
    if (failed(bundle))
        return;
    Q_EMIT quizLoaded(bundle.value());
}

void StoreWorker::saveAttempt(const Attempt &attempt)
{
    if (!ensureOpen())
        return;
    if (failed(m_quizzes->saveAttempt(attempt)))
        return;
    Q_EMIT attemptSaved(attempt.attemptId);
}

void StoreWorker::submitAttempt(const Attempt &attempt)
{
    if (!ensureOpen())
        return;
    const Result<QString> device = m_progress->deviceId();
    if (failed(device))
        return;
    if (failed(m_quizzes->submitAttempt(attempt, device.value())))
        return;
    Attempt stored = attempt;
    stored.confirmed.reset();
    Q_EMIT attemptSubmitted(stored);
    emitOutboxStatus();
}

void StoreWorker::submitExpiredAttempts(const QDateTime &now)
{
    if (!ensureOpen())
        return;
    const Result<QString> device = m_progress->deviceId();
    if (failed(device))
        return;
    const Result<QList<Attempt>> submitted = m_quizzes->submitExpiredAttempts(now, device.value());
    if (failed(submitted))
        return;
    if (submitted.value().isEmpty())
        return;
    for (const Attempt &attempt : submitted.value())
        Q_EMIT attemptSubmitted(attempt);
    Q_EMIT expiredAttemptsSubmitted(submitted.value());
    emitOutboxStatus();
}

void StoreWorker::saveQuizzes(const CourseQuizzes &course)
{
    if (!ensureOpen())
        return;
    const Result<QStringList> changed = m_quizzes->saveQuizzes(course);
    if (failed(changed))
        return;
    Q_EMIT quizzesSaved(course.courseCode, changed.value());
    if (!changed.value().isEmpty())
        Q_EMIT quizzesChanged(changed.value());
}

void StoreWorker::loadQuizFetchPlan()
{
    if (!ensureOpen())
        return;
    const Result<QuizFetchPlan> plan = m_quizzes->fetchPlan();
    if (failed(plan))
        return;
    Q_EMIT quizFetchPlanLoaded(plan.value());
}

void StoreWorker::markQuizzesFetched(const QString &catalogCursor)
{
    if (!ensureOpen())
        return;
    if (const Status marked = m_quizzes->markFetched(catalogCursor); !marked)
        Q_EMIT operationFailed(marked.error());
}

void StoreWorker::loadOutboxBatch(int limit)
{
    if (!ensureOpen())
        return;
    const Result<QString> device = m_progress->deviceId();
    if (failed(device))
        return;
    const Result<QList<OutboxEvent>> events = m_progress->pendingEvents(limit);
    if (failed(events))
        return;
    Q_EMIT outboxBatchLoaded(events.value(), device.value());
}

void StoreWorker::applyPushResults(const QList<OutboxEvent> &batch,
                                   const QList<PushResult> &results)
{
    if (!ensureOpen())
        return;
    const Result<PushApplied> applied = m_progress->applyPushResults(batch, results, *m_quizzes);
    if (failed(applied))
        return;
    Q_EMIT pushResultsApplied(applied.value());
    if (!applied.value().attemptLectureIds.isEmpty())
        Q_EMIT attemptsChanged(applied.value().attemptLectureIds);
    emitOutboxStatus();
}

void StoreWorker::applyProgressPage(const ProgressPage &page)
{
    if (!ensureOpen())
        return;
    const Result<ProgressPageApplied> applied = m_progress->applyProgressPage(page, *m_quizzes);
    if (failed(applied))
        return;
    Q_EMIT progressPageApplied(applied.value());
    if (!applied.value().attemptLectureIds.isEmpty())
        Q_EMIT attemptsChanged(applied.value().attemptLectureIds);
}

void StoreWorker::loadOutboxStatus()
{
    if (!ensureOpen())
        return;
    emitOutboxStatus();
}

void StoreWorker::emitOutboxStatus()
{
    const Result<OutboxStatus> status = m_progress->outboxStatus();
    if (failed(status))
        return;
    Q_EMIT outboxStatusLoaded(status.value());
}

void StoreWorker::close()
{
    if (!m_repository)
        return;
    m_repository.reset();
    m_progress.reset();
    m_downloads.reset();
    m_quizzes.reset();
    m_search.reset();
    m_study.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    qCDebug(lcStore) << "closed" << m_databasePath;
}

} // namespace lectern

namespace lectern {

void StoreWorker::search(const QString &text)
{
    if (!ensureOpen())
        return;
    const Result<SearchResults> results = m_search->search(text);
    if (failed(results))
        return;
    Q_EMIT searchFinished(results.value());
}

void StoreWorker::loadTranscriptPlan()
{
    if (!ensureOpen())
        return;
    const Result<QStringList> plan = m_search->transcriptPlan();
    if (!plan) {
        Q_EMIT operationFailed(plan.error());
        Q_EMIT transcriptPlanLoaded({});
        return;
    }
    Q_EMIT transcriptPlanLoaded(plan.value());
}

// Both answer with transcriptStored even when the write fails, so the indexer's run ends.
void StoreWorker::saveTranscript(const QString &lectureId, const QList<Cue> &cues)
{
    if (!ensureOpen()) {
        Q_EMIT transcriptStored(lectureId, -1);
        return;
    }
    if (const Status saved = m_search->saveTranscript(lectureId, cues); !saved) {
        Q_EMIT operationFailed(saved.error());
        Q_EMIT transcriptStored(lectureId, -1);
        return;
    }
    Q_EMIT transcriptStored(lectureId, int(cues.size()));
}

void StoreWorker::markTranscriptFailed(const QString &lectureId, const QString &reason)
{
    if (ensureOpen()) {
        if (const Status marked = m_search->markTranscriptFailed(lectureId, reason); !marked)
            Q_EMIT operationFailed(marked.error());
    }
    Q_EMIT transcriptStored(lectureId, -1);
}

void StoreWorker::loadStudyRecord()
{
    if (!ensureOpen())
        return;
    const Result<StudyRecord> record = m_study->load();
    if (failed(record))
        return;
    Q_EMIT studyRecordLoaded(record.value());
}

} // namespace lectern
