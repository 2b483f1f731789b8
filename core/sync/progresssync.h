#pragma once

#include "domain/result.h"
#include "store/quizrepository.h"
#include "sync/progressfeed.h"

#include <QObject>

namespace lectern {

class ApiClient;
class LocalStore;

// What one sync run did.
struct ProgressSyncResult
{
    int pushed = 0; // events the server applied (and this device then forgot)
    int refused = 0; // events the server rejected in this run: kept with the reason
    int pulled = 0; // viewing rows and attempt results pulled from the server
    int quizCourses = 0; // courses whose quizzes were downloaded
    int waiting = 0; // events still waiting after the run (made while it ran)
    QList<OutboxEvent> newlyRefused; // with the server's reasons
    QStringList attemptLectureIds; // lectures whose attempts got a server result
};

// One run of the progress sync (docs/protocol.md): push the outbox in batches, pull the
// progress feed, then download the quizzes the device lacks.
//
// - Push: batches of at most kBatchSize, oldest first; each answer is stored (acknowledged
//   events deleted, rejected ones kept with the reason) before the next batch is read. Any
//   failure (network, 5xx, an unreadable answer) stops the run: what was not acknowledged
//   stays in the outbox and goes again next time, and the server applies each event once.
// - Pull: pages until has_more is false; the store writes each page with its cursor in one
//   transaction, so an interrupted pull resumes at the last stored page.
// - Quizzes: the courses the store's QuizFetchPlan names (those with a quiz missing here, or
//   all of them when the catalog moved since the last complete download).
//
// Runs on the thread that owns the ApiClient (the GUI thread): it only starts requests and
// queues store calls, and continues when their answers arrive as signals, so it never runs
// SQL or blocks that thread. All SQL runs on the store thread behind LocalStore.
class ProgressSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressSync)

public:
    static constexpr int kBatchSize = 200;

    ProgressSync(ApiClient *api, LocalStore *store, QObject *parent = nullptr);

    bool isRunning() const { return m_awaiting != Awaiting::Nothing; }
    void start(); // no-op while running

Q_SIGNALS:
    void started();
    void finished(const lectern::ProgressSyncResult &result);
    void failed(const lectern::Error &error);

private:
    // The one answer the run waits for next. Answers are matched against it (and network
    // answers against the run that asked), so a late answer to a run that already failed
    // cannot drive a newer run twice.
    enum class Awaiting {
        Nothing, // not running
        OutboxBatch,
        PushReply,
        PushApplied,
        ProgressPage,
        PageApplied,
        FetchPlan,
        CourseQuizzes,
        QuizzesSaved,
        OutboxStatus,
    };

    bool take(Awaiting answer);
    void pushNextBatch();
    void pullNextPage();
    void fetchQuizzes();
    void fetchNextCourse();
    void fail(const Error &error);

    ApiClient *m_api;
    LocalStore *m_store;
    Awaiting m_awaiting = Awaiting::Nothing;
    quint64 m_run = 0;
    ProgressSyncResult m_result;
    QString m_pullCursor;
    bool m_cursorReset = false;
    QuizFetchPlan m_plan;
    int m_nextCourse = 0;
    bool m_allCoursesFetched = true;
};

} // namespace lectern
