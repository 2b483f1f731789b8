#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>

namespace lectern {

class AccountStore;
class CatalogFeed;
class ProgressStore;
class QuizStore;
class ServerStore;

// The answer to a push, and what it did, for the metrics.
struct PushOutcome
{
    QByteArray body; // the answer's JSON: {"results": [...]}, one per event, in order
    QHash<QString, int> appliedByKind; // events that took effect now, by kind
    int duplicates = 0; // events seen before, answered as the first time
    int rejected = 0; // events refused now
};

// Applies pushed outbox events (POST /api/v1/sync/push, docs/protocol.md) for one user, each at
// most once, and answers one result per event.
//
// * viewing: the intervals are checked against the lecture and merged by union, the resume
//   position by the later (position_at, device); the lecture's attempts are judged again, so
//   an attempt refused for want of viewing counts once the viewing arrives.
// * quiz_attempt: regraded with the server's full key, stored with the device's provisional
//   grade beside it, and every attempt of that learner and lecture judged again
//   (AttemptJudge). Faculty attempts and viewing are rejected: preview records nothing.
// * A course the user does not take (CatalogFeed::takesCourse: hidden, or the elective option
//   they did not choose) answers like an unknown lecture.
//
// The batch is atomic: every event applies, or (on a storage failure) none does and the device
// sends the batch again later. Runs on a request thread: the events are read and checked, and
// attempts graded, there; the store's part runs there too on PostgreSQL (a transaction of its
// own), and on SQLite on one writer thread, which puts the batches that queue up meanwhile in
// one transaction, each in a savepoint of its own. Each lecture's state is read once per batch,
// and what the batch writes goes to the store in a few statements at its end
// (docs/performance.md, "Sync: push throughput").
class PushApplier final
{
public:
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxEvents = 500;
    // How far past a lecture's known duration a watched interval may reach: durations are
    // rounded to whole seconds, and players report the last frame's end.
    static constexpr qint64 kDurationSlackMs = 5000;
    static constexpr qsizetype kMaxIdLength = 100; // event, attempt and device ids
    // An attempt's stored texts: each question's response and the device's provisional grade,
    // as compact JSON. A long essay answer fits; a push built to fill the database does not.
    static constexpr qsizetype kMaxResponseBytes = 4 * 1024;
    static constexpr qsizetype kMaxProvisionalBytes = 64 * 1024;

    PushApplier(const ServerStore &store, const AccountStore &accounts, const CatalogFeed &feed,
                const QuizStore &quizzes, const ProgressStore &progress);
    ~PushApplier();
    Q_DISABLE_COPY_MOVE(PushApplier)

    // The results, in the order of the events. deviceId is the batch's, used when an event's
    // payload names none; receivedAt is when the server received the batch. mayHoldNul: false
    // when the body is known to hold no U+0000 in any string (mayHoldNul()), so no event needs
    // walking for one.
    Result<PushOutcome> apply(qint64 userId, const QJsonArray &events, const QString &deviceId,
                              const QDateTime &receivedAt, bool mayHoldNul = true) const;

    // Whether a JSON body could hold U+0000 in a string: only as the escape \u0000 (or a raw NUL
    // byte, which no valid JSON string holds). May say yes when it does not ("\\u0000").
    static bool mayHoldNul(const QByteArray &body);

private:
    struct Writer;
    struct WriterJob;

    void writeLoop() const;
    void writeGroup(const QList<WriterJob *> &group) const;

    const ServerStore &m_store;
    const AccountStore &m_accounts;
    const CatalogFeed &m_feed;
    const QuizStore &m_quizzes;
    const ProgressStore &m_progress;
    // SQLite: one thread applies every batch (pushapplier.cpp). This process's pushes take
    // turns there rather than in SQLite's busy handler, which polls with sleeps of up to 100 ms
    // while other threads take the write lock again and again (under load a push waited past
    // the busy timeout and failed; docs/performance.md).
    std::unique_ptr<Writer> m_writer;
};

} // namespace lectern
