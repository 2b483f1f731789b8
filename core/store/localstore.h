#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "media/download.h"
#include "store/progressrepository.h"
#include "store/quizrepository.h"
#include "store/searchrepository.h"
#include "store/studyrepository.h"
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
    // The progress feed's cursor as of the last open or applied progress page.
    QString progressCursor() const { return m_progressCursor; }
    bool isOpen() const { return m_isOpen; }

    void openAsync();
    void loadAsync();
    void applyPageAsync(const lectern::CatalogPage &page);
    // Empties the store for another user: -> cleared. Refused with operationFailed code
    // "unsent_changes" while the outbox holds changes the server has not confirmed (refused
    // ones excepted): they are never deleted, nor sent with another user's session.
    void clearAsync();
    void recordViewingAsync(const lectern::ViewingUpdate &update);
    void loadProgressAsync();
    void loadDownloadsAsync();
    void saveDownloadAsync(const lectern::DownloadRecord &record);
    void removeDownloadsAsync(const QStringList &lectureIds);

    // Quizzes and attempts (docs/quizzes.md). Preview attempts are refused: they are never
    // stored.
    void loadQuizAsync(const QString &lectureId); // -> quizLoaded
    // Upserts an InProgress attempt (answers, flags, position), no outbox event: called on
    // every change. -> attemptSaved, or operationFailed (e.g. already submitted)
    void saveAttemptAsync(const lectern::Attempt &attempt);
    // A Submitted attempt with its provisional grade: stored with its "quiz_attempt" outbox
    // event in one transaction. -> attemptSubmitted, outboxStatusLoaded
    void submitAttemptAsync(const lectern::Attempt &attempt);
    // Submits the in-progress attempts whose time limit ran out by now (the program was closed
    // or the page never reopened), as the quiz page would have at the deadline.
    // -> attemptSubmitted for each, then expiredAttemptsSubmitted when there were any
    void submitExpiredAttemptsAsync(const QDateTime &now);

    // For the sync engine (ProgressSync).
    void saveQuizzesAsync(const lectern::CourseQuizzes &course); // -> quizzesSaved
    void loadQuizFetchPlanAsync(); // -> quizFetchPlanLoaded
    void markQuizzesFetchedAsync(const QString &catalogCursor); // errors only
    void loadOutboxBatchAsync(int limit); // -> outboxBatchLoaded, oldest first, none refused
    // -> pushResultsApplied, attemptsChanged, outboxStatusLoaded
    void applyPushResultsAsync(const QList<lectern::OutboxEvent> &batch,
                               const QList<lectern::PushResult> &results);
    void applyProgressPageAsync(const lectern::ProgressPage &page); // -> progressPageApplied
    void loadOutboxStatusAsync(); // -> outboxStatusLoaded

    // Search and the dashboard (docs/search.md).
    void searchAsync(const QString &text); // -> searchFinished
    void loadTranscriptPlanAsync(); // -> transcriptPlanLoaded
    void saveTranscriptAsync(const QString &lectureId, const QList<lectern::Cue> &cues);
    void markTranscriptFailedAsync(const QString &lectureId, const QString &reason);
    void loadStudyRecordAsync(); // -> studyRecordLoaded

Q_SIGNALS:
    void opened(bool rebuiltCorruptFile, const QString &backupPath);
    // Emitted just before opened() when the database file was damaged (not a database, failed
    // PRAGMA quick_check, or could not be migrated): it was moved to backupPath (kept, never
    // deleted), a fresh one made, and salvagedEventCount unsent changes read back from the
    // damaged copy into the new outbox. The catalog and progress return with the next sync.
    void databaseRecovered(const QString &backupPath, int salvagedEventCount);
    void catalogLoaded(const lectern::CatalogSnapshot &snapshot);
    void pageApplied(int changeCount, bool hasMore);
    void cleared();
    void viewingRecorded(const lectern::ViewingRecorded &recorded);
    void progressLoaded(const QHash<QString, lectern::LectureProgress> &progress);
    void downloadsLoaded(const QList<lectern::DownloadRecord> &downloads);
    void operationFailed(const lectern::Error &error);

    void quizLoaded(const lectern::QuizBundle &bundle);
    void attemptSaved(const QString &attemptId);
    void attemptSubmitted(const lectern::Attempt &attempt);
    void expiredAttemptsSubmitted(const QList<lectern::Attempt> &attempts);
    // Server results (or a rejection) were stored for these lectures' attempts: reload if
    // showing.
    void attemptsChanged(const QStringList &lectureIds);
    // Quizzes were (re)downloaded for these lectures.
    void quizzesChanged(const QStringList &lectureIds);
    void quizzesSaved(const QString &courseCode, const QStringList &changedLectureIds);
    void quizFetchPlanLoaded(const lectern::QuizFetchPlan &plan);
    void outboxBatchLoaded(const QList<lectern::OutboxEvent> &events, const QString &deviceId);
    void pushResultsApplied(const lectern::PushApplied &applied);
    void progressPageApplied(const lectern::ProgressPageApplied &applied);
    // After every change of the outbox (viewing saved, attempt submitted, push answered) and
    // on request: how many changes wait, and which ones the server refused, with why.
    void outboxStatusLoaded(const lectern::OutboxStatus &status);
    void searchFinished(const lectern::SearchResults &results);
    void transcriptPlanLoaded(const QStringList &lectureIds);
    // After a transcript save or failure mark: the cue count, or -1 when not indexed.
    void transcriptStored(const QString &lectureId, int cueCount);
    void studyRecordLoaded(const lectern::StudyRecord &record);

private:
    QString m_databasePath;
    QString m_cursor;
    QString m_progressCursor;
    bool m_isOpen = false;
    QThread m_thread;
    StoreWorker *m_worker = nullptr; // lives on m_thread, deleted there
};

} // namespace lectern
