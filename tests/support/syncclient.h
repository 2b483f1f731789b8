#pragma once

// One installation of the client for sync tests: its own data folder (or one the test names),
// store thread and HTTP client, driven through LocalStore and ApiClient as the app drives them,
// plus a reader of the server's progress feed so a test can check what the server holds.

#include "content/programmeloader.h"
#include "quiz/attemptsession.h"
#include "store/localstore.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"
#include "sync/progresssync.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace lectern::testing {

constexpr int kSyncWaitMs = 60000;

inline IntervalSet span(qint64 fromMs, qint64 toMs)
{
    IntervalSet set;
    set.add(fromMs, toMs);
    return set;
}

// Logs in and returns the token, or empty.
inline QString loginToken(ApiClient &api, QObject *context, const QString &user,
                          const QString &password)
{
    std::optional<Result<Session>> answer;
    api.login(user, password, context, [&answer](Result<Session> r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kSyncWaitMs) || !*answer)
        return {};
    return answer->value().token;
}

class SyncClient final
{
public:
    // dataDir empty: a temporary folder of its own.
    explicit SyncClient(const QUrl &server, const QString &dataDir = QString())
        : m_dataDir(dataDir.isEmpty() ? m_ownDir.path() : dataDir)
        , m_store(m_dataDir + QStringLiteral("/lectern.sqlite"))
        , m_api(&m_network)
        , m_catalogSync(&m_api, &m_store)
        , m_progressSync(&m_api, &m_store)
    {
        m_api.setServer(server);
    }

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const { return m_store.databasePath(); }
    LocalStore &store() { return m_store; }
    ApiClient &api() { return m_api; }
    QString token() const { return m_token; }

    // The arguments of LocalStore::opened, or nothing when the store failed to open.
    std::optional<QList<QVariant>> open()
    {
        QSignalSpy opened(&m_store, &LocalStore::opened);
        QSignalSpy failed(&m_store, &LocalStore::operationFailed);
        m_store.openAsync();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, kSyncWaitMs)
            || opened.isEmpty())
            return std::nullopt;
        return opened.first();
    }

    bool login(const QString &user, const QString &password)
    {
        m_token = loginToken(m_api, &m_network, user, password);
        m_api.setToken(m_token);
        return !m_token.isEmpty();
    }

    bool syncCatalog()
    {
        QSignalSpy finished(&m_catalogSync, &CatalogSync::finished);
        QSignalSpy failed(&m_catalogSync, &CatalogSync::failed);
        m_catalogSync.start();
        return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); },
                               kSyncWaitMs)
            && !finished.isEmpty();
    }

    // One progress sync run: its result, or the error it stopped with.
    Result<ProgressSyncResult> syncProgress()
    {
        QSignalSpy finished(&m_progressSync, &ProgressSync::finished);
        QSignalSpy failed(&m_progressSync, &ProgressSync::failed);
        m_progressSync.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSyncWaitMs))
            return Error{QStringLiteral("test_timeout"), QStringLiteral("sync did not end")};
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return finished.first().first().value<ProgressSyncResult>();
    }

    QuizBundle loadQuiz(const QString &lectureId)
    {
        QSignalSpy loaded(&m_store, &LocalStore::quizLoaded);
        m_store.loadQuizAsync(lectureId);
        if (!loaded.wait(kSyncWaitMs))
            return {};
        return loaded.first().first().value<QuizBundle>();
    }

    OutboxStatus outbox()
    {
        QSignalSpy loaded(&m_store, &LocalStore::outboxStatusLoaded);
        m_store.loadOutboxStatusAsync();
        if (!loaded.wait(kSyncWaitMs))
            return {};
        return loaded.last().first().value<OutboxStatus>();
    }

    QHash<QString, LectureProgress> progress()
    {
        QSignalSpy loaded(&m_store, &LocalStore::progressLoaded);
        m_store.loadProgressAsync();
        if (!loaded.wait(kSyncWaitMs))
            return {};
        return loaded.first().first().value<QHash<QString, LectureProgress>>();
    }

    bool recordViewing(const ViewingUpdate &update)
    {
        QSignalSpy recorded(&m_store, &LocalStore::viewingRecorded);
        m_store.recordViewingAsync(update);
        return recorded.wait(kSyncWaitMs);
    }

    // An attempt's answers so far, as the quiz page saves them after each answer.
    bool save(const Attempt &attempt)
    {
        QSignalSpy saved(&m_store, &LocalStore::attemptSaved);
        m_store.saveAttemptAsync(attempt);
        return saved.wait(kSyncWaitMs);
    }

    bool submit(const Attempt &attempt)
    {
        QSignalSpy submitted(&m_store, &LocalStore::attemptSubmitted);
        m_store.submitAttemptAsync(attempt);
        return submitted.wait(kSyncWaitMs);
    }

    // Takes the lecture's downloaded quiz: every other question answered with the first
    // choice (or a word), submitted at finishedAt. Empty attempt id when the quiz is missing.
    Attempt takeQuiz(const QString &lectureId, const QDateTime &finishedAt, quint32 seed)
    {
        const QuizBundle bundle = loadQuiz(lectureId);
        if (!bundle.found)
            return {};
        AttemptSession session(
            bundle.quiz, AttemptSession::start(bundle.quiz, finishedAt.addSecs(-60), seed, false));
        for (int position = 0; position < session.questionCount(); position += 2) {
            const Question &question = session.questionAt(position);
            Response response;
            const QList<int> order = session.answerOrderAt(position);
            if (question.type == QuestionType::TrueFalse)
                response.trueFalse = true;
            else if (!order.isEmpty() && question.type != QuestionType::Matching)
                response.choices = {order.first()};
            else
                response.text = QStringLiteral("morphine");
            session.setResponse(position, response);
        }
        int before = 0;
        for (const Attempt &attempt : bundle.attempts)
            before += attempt.state == AttemptState::InProgress ? 0 : 1;
        session.submit(finishedAt, false, before);
        const Attempt attempt = session.attempt();
        return submit(attempt) ? attempt : Attempt{};
    }

private:
    QTemporaryDir m_ownDir;
    QString m_dataDir;
    QNetworkAccessManager m_network;
    LocalStore m_store;
    ApiClient m_api;
    CatalogSync m_catalogSync;
    ProgressSync m_progressSync;
    QString m_token;
};

// What the server holds for one learner: its whole progress feed, read from the start.
struct ServerProgress
{
    QHash<QString, PulledViewing> viewing; // by lecture, merged over the feed's rows
    QList<AttemptResult> attempts; // one per attempt id, its latest row
    QList<AttemptResult> attemptRows; // every attempt row of the feed, as sent
    bool complete = false;

    // Rows of the feed naming this attempt: a resent event applied twice would show twice.
    int attemptCount(const QString &attemptId) const
    {
        int count = 0;
        for (const AttemptResult &attempt : attemptRows)
            count += attempt.attemptId == attemptId ? 1 : 0;
        return count;
    }
    std::optional<AttemptResult> attempt(const QString &attemptId) const
    {
        for (const AttemptResult &attempt : attempts) {
            if (attempt.attemptId == attemptId)
                return attempt;
        }
        return std::nullopt;
    }
};

// Reads the feed straight from the server (no client store), as a new device would see it.
inline ServerProgress readServerProgress(const QUrl &server, const QString &user,
                                         const QString &password)
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(server);
    ServerProgress progress;
    const QString token = loginToken(api, &network, user, password);
    if (token.isEmpty())
        return progress;
    api.setToken(token);
    QString cursor;
    for (int page = 0; page < 10000; ++page) {
        std::optional<Result<ProgressPage>> answer;
        api.pullProgress(cursor, &network, [&answer](Result<ProgressPage> r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kSyncWaitMs) || !*answer)
            return progress;
        const ProgressPage &value = answer->value();
        for (const PulledViewing &viewing : value.viewing) {
            PulledViewing &merged = progress.viewing[viewing.lectureId];
            merged.lectureId = viewing.lectureId;
            merged.watched.unite(viewing.watched);
            if (viewing.seq >= merged.seq) {
                merged.seq = viewing.seq;
                merged.positionMs = viewing.positionMs;
                merged.positionAt = viewing.positionAt;
                merged.positionDevice = viewing.positionDevice;
            }
        }
        // A later row of the same attempt replaces the earlier one (its status changed).
        progress.attemptRows.append(value.attempts);
        for (const AttemptResult &attempt : value.attempts) {
            auto it = std::find_if(
                progress.attempts.begin(), progress.attempts.end(),
                [&](const AttemptResult &a) { return a.attemptId == attempt.attemptId; });
            if (it == progress.attempts.end())
                progress.attempts.append(attempt);
            else
                *it = attempt;
        }
        cursor = value.cursor;
        if (!value.hasMore) {
            progress.complete = true;
            return progress;
        }
    }
    return progress;
}

} // namespace lectern::testing
