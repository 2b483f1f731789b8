#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "store/catalogrepository.h"
#include "store/downloadrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "store/quizrepository.h"
#include "store/searchrepository.h"
#include "store/studyrepository.h"
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
    void loadQuiz(const QString &lectureId);
    void saveAttempt(const lectern::Attempt &attempt);
    void submitAttempt(const lectern::Attempt &attempt);
    void submitExpiredAttempts(const QDateTime &now);
    void saveQuizzes(const lectern::CourseQuizzes &course);
    void loadQuizFetchPlan();
    void markQuizzesFetched(const QString &catalogCursor);
    void loadOutboxBatch(int limit);
    void applyPushResults(const QList<lectern::OutboxEvent> &batch,
                          const QList<lectern::PushResult> &results);
    void applyProgressPage(const lectern::ProgressPage &page);
    void loadOutboxStatus();
    void search(const QString &text);
    void loadTranscriptPlan();
    void saveTranscript(const QString &lectureId, const QList<lectern::Cue> &cues);
    void markTranscriptFailed(const QString &lectureId, const QString &reason);
    void loadStudyRecord();
    void close();

Q_SIGNALS:
    void opened(bool rebuiltCorruptFile, const QString &backupPath, const QString &cursor,
                const QString &progressCursor);
    void databaseRecovered(const QString &backupPath, int salvagedEventCount);
    void catalogLoaded(const lectern::CatalogSnapshot &snapshot);
    void pageApplied(int changeCount, const QString &cursor, bool hasMore);
    void cleared();
    void viewingRecorded(const lectern::ViewingRecorded &recorded);
    void progressLoaded(const QHash<QString, lectern::LectureProgress> &progress);
    void downloadsLoaded(const QList<lectern::DownloadRecord> &downloads);
    void quizLoaded(const lectern::QuizBundle &bundle);
    void attemptSaved(const QString &attemptId);
    void attemptSubmitted(const lectern::Attempt &attempt);
    void expiredAttemptsSubmitted(const QList<lectern::Attempt> &attempts);
    void attemptsChanged(const QStringList &lectureIds);
    void quizzesSaved(const QString &courseCode, const QStringList &changedLectureIds);
    void quizzesChanged(const QStringList &lectureIds);
    void quizFetchPlanLoaded(const lectern::QuizFetchPlan &plan);
    void outboxBatchLoaded(const QList<lectern::OutboxEvent> &events, const QString &deviceId);
    void pushResultsApplied(const lectern::PushApplied &applied);
    void progressPageApplied(const lectern::ProgressPageApplied &applied);
    void outboxStatusLoaded(const lectern::OutboxStatus &status);
    void searchFinished(const lectern::SearchResults &results);
    void transcriptPlanLoaded(const QStringList &lectureIds);
    void transcriptStored(const QString &lectureId, int cueCount);
    void studyRecordLoaded(const lectern::StudyRecord &record);
    void operationFailed(const lectern::Error &error);

private:
    void emitOutboxStatus();
    // True when `result` failed, which is then announced through operationFailed: a caller
    // returns at once.
    template<typename T>
    bool failed(const Result<T> &result)
    {
        if (result)
            return false;
        Q_EMIT operationFailed(result.error());
        return true;
    }

    bool ensureOpen();

    QString m_databasePath;
    QString m_connectionName;
    std::optional<CatalogRepository> m_repository;
    std::optional<ProgressRepository> m_progress;
    std::optional<DownloadRepository> m_downloads;
    std::optional<QuizRepository> m_quizzes;
    std::optional<SearchRepository> m_search;
    std::optional<StudyRepository> m_study;
};

} // namespace lectern
