#include "progresssync.h"

#include "domain/logging.h"
#include "store/localstore.h"
#include "sync/apiclient.h"

#include <QCoreApplication>

namespace lectern {
namespace {

// Errors after which nothing more can be done this run: the server is unreachable or broken,
// or the session is over. Anything else (one course's quizzes unreadable) is skipped.
bool stopsTheRun(const Error &error)
{
    return error.code == u"offline" || error.code == u"timeout" || error.code == u"server_error"
        || error.code == u"unauthorized" || error.code == u"rate_limited";
}

} // namespace

ProgressSync::ProgressSync(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    connect(m_store, &LocalStore::outboxBatchLoaded, this,
            [this](const QList<OutboxEvent> &events, const QString &deviceId) {
                if (!take(Awaiting::OutboxBatch))
                    return;
                if (events.isEmpty()) {
                    m_pullCursor = m_store->progressCursor();
                    pullNextPage();
                    return;
                }
                m_awaiting = Awaiting::PushReply;
                m_api->pushEvents(deviceId, events, this,
                                  [this, events, run = m_run](Result<QList<PushResult>> results) {
                                      if (run != m_run || !take(Awaiting::PushReply))
                                          return;
                                      if (!results)
                                          return fail(results.error());
                                      m_awaiting = Awaiting::PushApplied;
                                      m_store->applyPushResultsAsync(events, results.value());
                                  });
            });
    connect(m_store, &LocalStore::pushResultsApplied, this, [this](const PushApplied &applied) {
        if (!take(Awaiting::PushApplied))
            return;
        m_result.pushed += applied.acknowledged;
        m_result.refused += applied.refused;
        m_result.newlyRefused.append(applied.newlyRefused);
        m_result.attemptLectureIds.append(applied.attemptLectureIds);
        // The server must answer for every event it was sent; otherwise the same events
        // would head the next batch forever.
        if (applied.unanswered > 0) {
            return fail({QStringLiteral("incomplete_push"),
                         QCoreApplication::translate(
                             "lectern::ProgressSync",
                             "The server did not confirm %n change(s); they are kept on this "
                             "computer and will be sent again.",
                             nullptr, applied.unanswered)});
        }
        pushNextBatch();
    });
    connect(m_store, &LocalStore::progressPageApplied, this,
            [this](const ProgressPageApplied &applied) {
                if (!take(Awaiting::PageApplied))
                    return;
                m_result.pulled += applied.entryCount;
                m_result.attemptLectureIds.append(applied.attemptLectureIds);
                m_pullCursor = applied.cursor;
                if (applied.hasMore)
                    pullNextPage();
                else
                    fetchQuizzes();
            });
    connect(m_store, &LocalStore::quizFetchPlanLoaded, this, [this](const QuizFetchPlan &plan) {
        if (!take(Awaiting::FetchPlan))
            return;
        m_plan = plan;
        m_nextCourse = 0;
        m_allCoursesFetched = true;
        fetchNextCourse();
    });
    connect(m_store, &LocalStore::quizzesSaved, this, [this] {
        if (!take(Awaiting::QuizzesSaved))
            return;
        ++m_result.quizCourses;
        fetchNextCourse();
    });
    connect(m_store, &LocalStore::outboxStatusLoaded, this, [this](const OutboxStatus &status) {
        if (!take(Awaiting::OutboxStatus))
            return;
        m_result.waiting = status.pending;
        m_result.attemptLectureIds.removeDuplicates();
        qCInfo(lcSync) << "progress synced: pushed" << m_result.pushed << "refused"
                       << m_result.refused << "pulled" << m_result.pulled << "quiz courses"
                       << m_result.quizCourses << "waiting" << m_result.waiting;
        Q_EMIT finished(m_result);
    });
    connect(m_store, &LocalStore::operationFailed, this, [this](const Error &error) {
        if (isRunning())
            fail(error);
    });
}

void ProgressSync::start()
{
    if (isRunning())
        return;
    ++m_run;
    m_result = {};
    m_cursorReset = false;
    Q_EMIT started();
    pushNextBatch();
}

bool ProgressSync::take(Awaiting answer)
{
    if (m_awaiting != answer)
        return false;
    // Nothing is awaited until the handler asks for the next answer; a handler that finishes
    // or fails leaves the run stopped.
    m_awaiting = Awaiting::Nothing;
    return true;
}

void ProgressSync::pushNextBatch()
{
    m_awaiting = Awaiting::OutboxBatch;
    m_store->loadOutboxBatchAsync(kBatchSize);
}

void ProgressSync::pullNextPage()
{
    m_awaiting = Awaiting::ProgressPage;
    m_api->pullProgress(m_pullCursor, this, [this, run = m_run](Result<ProgressPage> page) {
        if (run != m_run || !take(Awaiting::ProgressPage))
            return;
        if (!page) {
            // A server restored from a backup, or replaced, does not know the cursor: start
            // over from the beginning once. Merging is idempotent, so nothing is counted twice.
            if (page.error().code == u"bad_cursor" && !m_cursorReset) {
                qCWarning(lcSync) << "progress cursor" << m_pullCursor
                                  << "refused; pulling from the start";
                m_cursorReset = true;
                m_pullCursor.clear();
                return pullNextPage();
            }
            return fail(page.error());
        }
        m_awaiting = Awaiting::PageApplied;
        m_store->applyProgressPageAsync(page.value());
    });
}

void ProgressSync::fetchQuizzes()
{
    m_awaiting = Awaiting::FetchPlan;
    m_store->loadQuizFetchPlanAsync();
}

void ProgressSync::fetchNextCourse()
{
    if (m_nextCourse >= m_plan.courseCodes.size()) {
        // Only a complete download lets the next run skip courses it already has.
        if (m_allCoursesFetched)
            m_store->markQuizzesFetchedAsync(m_plan.catalogCursor);
        // Queued after the mark, so a failure to mark arrives (and fails the run) first.
        m_awaiting = Awaiting::OutboxStatus;
        m_store->loadOutboxStatusAsync();
        return;
    }
    const QString code = m_plan.courseCodes.at(m_nextCourse++);
    m_awaiting = Awaiting::CourseQuizzes;
    m_api->fetchCourseQuizzes(code, this, [this, code, run = m_run](Result<CourseQuizzes> quizzes) {
        if (run != m_run || !take(Awaiting::CourseQuizzes))
            return;
        if (!quizzes) {
            if (stopsTheRun(quizzes.error()))
                return fail(quizzes.error());
            qCWarning(lcSync) << "quizzes of" << code << "skipped:" << quizzes.error().code
                              << quizzes.error().message;
            m_allCoursesFetched = false;
            return fetchNextCourse();
        }
        if (quizzes.value().courseCode != code) {
            qCWarning(lcSync) << "asked for the quizzes of" << code << "and got"
                              << quizzes.value().courseCode;
            m_allCoursesFetched = false;
            return fetchNextCourse();
        }
        m_awaiting = Awaiting::QuizzesSaved;
        m_store->saveQuizzesAsync(quizzes.value());
    });
}

void ProgressSync::fail(const Error &error)
{
    m_awaiting = Awaiting::Nothing;
    qCWarning(lcSync) << "progress sync failed:" << error.code << error.message;
    Q_EMIT failed(error);
}

} // namespace lectern
