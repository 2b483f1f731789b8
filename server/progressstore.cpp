#include "progressstore.h"

#include "isotime.h"
#include "jsonwriter.h"
#include "serverstore.h"
#include "sqlexec.h"
#include "sync/quizcodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lectern {
namespace {

const QString kAttemptColumns = QStringLiteral(
    "%1attempt_id, %1user_id, %1lecture_id, %1device_id, %1quiz_version, %1started_at, "
    "%1finished_at, %1received_at, %1auto_submitted, %1responses, %1score, %1max_score, "
    "%1percent, %1passed, %1review, %1status, %1reason, %1attempt_number, %1provisional");
constexpr int kAttemptColumnCount = 19;

const QString kViewingColumns = QStringLiteral(
    "%1lecture_id, %1intervals, %1position_ms, %1position_at, %1position_device, %1unlocked_at");

// Resets a query when its reader is done with it: a kept SQLite statement left part-way
// through its rows would hold its read snapshot, and later reads on that connection outside a
// transaction would not see newer commits.
class FinishQuery
{
public:
    explicit FinishQuery(KeptQuery &query)
        : m_query(query)
    { }
    ~FinishQuery() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(FinishQuery)

private:
    KeptQuery &m_query;
};

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as SQL NULL; the NOT NULL text columns take it as ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray arrayOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(isotime::format(time)) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : isotime::parse(value.toString());
}

// The server's full review, in its own storage form (the wire's keys, nothing left out), as
// compact JSON written directly: the bytes QJsonDocument would write (keys in QJsonObject's
// order) for a fraction of the cost, paid for every attempt a push brings.
QString reviewText(const QList<QuestionReview> &review)
{
    QByteArray text;
    text.reserve(64 + review.size() * 160);
    text += '[';
    for (qsizetype i = 0; i < review.size(); ++i) {
        const QuestionReview &line = review.at(i);
        if (i > 0)
            text += ',';
        text += "{\"answered\":";
        json::appendBool(text, line.answered);
        text += ",\"correct_answer\":";
        json::appendString(text, line.correctAnswer);
        text += ",\"feedback\":";
        json::appendString(text, line.feedback);
        text += ",\"fraction\":";
        json::appendNumber(text, line.fraction);
        text += ",\"general_feedback\":";
        json::appendString(text, line.generalFeedback);
        text += ",\"question\":";
        text += QByteArray::number(line.question);
        text += '}';
    }
    text += ']';
    return QString::fromUtf8(text);
}

QList<QuestionReview> reviewFromJson(const QJsonArray &array)
{
    QList<QuestionReview> review;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        QuestionReview line;
        line.question = json.value(QStringLiteral("question")).toInt();
        line.fraction = json.value(QStringLiteral("fraction")).toDouble();
        line.answered = json.value(QStringLiteral("answered")).toBool();
        line.feedback = json.value(QStringLiteral("feedback")).toString();
        line.generalFeedback = json.value(QStringLiteral("general_feedback")).toString();
        line.correctAnswer = json.value(QStringLiteral("correct_answer")).toString();
        review.append(line);
    }
    return review;
}

// kAttemptColumns from column `first` on.
// Query: a KeptQuery or a QSqlQuery.
template<typename Query>
AttemptRecord attemptFromRow(const Query &query, int first)
{
    const auto at = [&query, first](int i) {
        return query.value(first + i);
    };
    AttemptRecord a;
    a.attemptId = at(0).toString();
    a.userId = at(1).toLongLong();
    a.lectureId = at(2).toString();
    a.deviceId = at(3).toString();
    a.quizVersion = at(4).toString();
    a.startedAt = timeOf(at(5));
    a.finishedAt = timeOf(at(6));
    a.receivedAt = timeOf(at(7));
    a.autoSubmitted = at(8).toInt() != 0;
    a.responses = arrayOf(at(9));
    a.grade.score = at(10).toDouble();
    a.grade.maxScore = at(11).toDouble();
    a.grade.percent = at(12).toDouble();
    a.grade.passed = at(13).toInt() != 0;
    a.review = reviewFromJson(arrayOf(at(14)));
    a.status = attemptStatusFromName(at(15).toString()).value_or(AttemptStatus::Refused);
    a.reason = at(16).toString();
    a.attemptNumber = at(17).toInt();
    a.provisional = objectOf(at(18));
    return a;
}

// kViewingColumns from column `first` on; nullopt when the stored intervals are damaged.
template<typename Query>
std::optional<ViewingRecord> viewingFromRow(const Query &query, int first)
{
    const auto at = [&query, first](int i) {
        return query.value(first + i);
    };
    const Result<IntervalSet> watched
        = IntervalSet::fromJson(QJsonDocument::fromJson(at(1).toString().toUtf8()).array());
    if (!watched)
        return std::nullopt;
    return ViewingRecord{at(0).toString(), watched.value(),  at(2).toLongLong(),
                         timeOf(at(3)),    at(4).toString(), timeOf(at(5))};
}

} // namespace

ProgressStore::ProgressStore(const ServerStore &store)
    : m_store(store)
{ }

Result<std::shared_ptr<KeptQuery>> ProgressStore::run(const QString &statement,
                                                      const QVariantList &values) const
{
    return m_store.runKept(statement, values);
}

Result<QHash<QString, AppliedEvent>> ProgressStore::appliedEvents(const QStringList &eventIds) const
{
    QHash<QString, AppliedEvent> found;
    const Status read = m_store.runInChunks(
        QStringLiteral("SELECT event_id, user_id, kind, result FROM applied_events "
                       "WHERE event_id IN (%1)"),
        QStringLiteral("?"), eventIds.size(), {},
        [&](QVariantList &values, qsizetype i) { values << eventIds.at(i); },
        [&](const KeptQuery &row) {
            found.insert(row.value(0).toString(),
                         AppliedEvent{row.value(1).toLongLong(), row.value(2).toString(),
                                      objectOf(row.value(3))});
        });
    if (!read)
        return read.error();
    return found;
}

Status ProgressStore::recordEvents(qint64 userId, const QList<RecordedEvent> &events,
                                   const QString &appliedAt) const
{
    return m_store.runInChunks(
        QStringLiteral("INSERT INTO applied_events (event_id, user_id, kind, result, "
                       "applied_at) VALUES %1"),
        QStringLiteral("(?, ?, ?, ?, ?)"), events.size(), {},
        [&](QVariantList &values, qsizetype i) {
            const RecordedEvent &event = events.at(i);
            values << event.eventId << userId << notNull(event.kind) << event.result << appliedAt;
        });
}

Result<std::optional<ViewingRecord>> ProgressStore::viewing(qint64 userId,
                                                            const QString &lectureId) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM viewing WHERE user_id = ? AND lecture_id = ?")
              .arg(kViewingColumns.arg(QString()));
    const Result<std::shared_ptr<KeptQuery>> run = this->run(statement, {userId, lectureId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    const FinishQuery finish(query);
    if (!query.next())
        return std::optional<ViewingRecord>();
    const std::optional<ViewingRecord> viewing = viewingFromRow(query, 0);
    if (!viewing) {
        return sql::storageError(
            QStringLiteral("the stored viewing of lecture %1 is damaged").arg(lectureId));
    }
    return viewing;
}

Result<QHash<QString, std::optional<ViewingRecord>>>
ProgressStore::viewingsOf(qint64 userId, const QStringList &lectureIds) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM viewing WHERE user_id = ? AND lecture_id IN (%2)")
              .arg(kViewingColumns.arg(QString()));
    QHash<QString, std::optional<ViewingRecord>> found;
    const Status read = m_store.runInChunks(
        statement, QStringLiteral("?"), lectureIds.size(), {userId},
        [&](QVariantList &values, qsizetype i) { values << lectureIds.at(i); },
        [&](const KeptQuery &row) {
            found.insert(row.value(0).toString(), viewingFromRow(row, 0));
        });
    if (!read)
        return read.error();
    return found;
}

Status ProgressStore::saveViewings(qint64 userId, const QList<ViewingRecord> &viewings,
                                   const QString &updatedAt) const
{
    return m_store.runInChunks(
        QStringLiteral("INSERT INTO viewing (user_id, lecture_id, intervals, covered_ms, "
                       "position_ms, position_at, position_device, unlocked_at, "
                       "updated_at) VALUES %1 "
                       "ON CONFLICT (user_id, lecture_id) DO UPDATE "
                       "SET intervals = excluded.intervals, "
                       "covered_ms = excluded.covered_ms, "
                       "position_ms = excluded.position_ms, "
                       "position_at = excluded.position_at, "
                       "position_device = excluded.position_device, "
                       "unlocked_at = excluded.unlocked_at, updated_at = excluded.updated_at"),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"), viewings.size(), {},
        [&](QVariantList &values, qsizetype i) {
            const ViewingRecord &viewing = viewings.at(i);
            values << userId << viewing.lectureId << compact(viewing.watched.toJson())
                   << viewing.watched.coveredLength() << viewing.positionMs
                   << notNull(isotime::format(viewing.positionAt))
                   << notNull(viewing.positionDevice) << timeValue(viewing.unlockedAt) << updatedAt;
        });
}

Result<std::optional<AttemptRecord>> ProgressStore::attempt(const QString &attemptId) const
{
    static const QString statement = QStringLiteral("SELECT %1 FROM attempts WHERE attempt_id = ?")
                                         .arg(kAttemptColumns.arg(QString()));
    const Result<std::shared_ptr<KeptQuery>> run = this->run(statement, {attemptId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    const FinishQuery finish(query);
    if (!query.next())
        return std::optional<AttemptRecord>();
    return std::optional<AttemptRecord>(attemptFromRow(query, 0));
}

Result<std::optional<std::pair<qint64, QString>>>
ProgressStore::attemptOwner(const QString &attemptId) const
{
    static const QString statement
        = QStringLiteral("SELECT user_id, lecture_id FROM attempts WHERE attempt_id = ?");
    const Result<std::shared_ptr<KeptQuery>> run = this->run(statement, {attemptId});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    const FinishQuery finish(query);
    if (!query.next())
        return std::optional<std::pair<qint64, QString>>();
    return std::optional<std::pair<qint64, QString>>(
        std::pair(query.value(0).toLongLong(), query.value(1).toString()));
}

Result<QHash<QString, std::pair<qint64, QString>>>
ProgressStore::attemptOwners(const QStringList &attemptIds) const
{
    QHash<QString, std::pair<qint64, QString>> found;
    const Status read = m_store.runInChunks(
        QStringLiteral("SELECT attempt_id, user_id, lecture_id FROM attempts "
                       "WHERE attempt_id IN (%1)"),
        QStringLiteral("?"), attemptIds.size(), {},
        [&](QVariantList &values, qsizetype i) { values << attemptIds.at(i); },
        [&](const KeptQuery &row) {
            found.insert(row.value(0).toString(),
                         std::pair(row.value(1).toLongLong(), row.value(2).toString()));
        });
    if (!read)
        return read.error();
    return found;
}

Result<QList<AttemptRecord>> ProgressStore::judgedAttemptsOf(qint64 userId,
                                                             const QString &lectureId) const
{
    const Result<QHash<QString, QList<AttemptRecord>>> found
        = judgedAttemptsOf(userId, QStringList{lectureId});
    if (!found)
        return found.error();
    return found.value().value(lectureId);
}

Result<QHash<QString, QList<AttemptRecord>>>
ProgressStore::judgedAttemptsOf(qint64 userId, const QStringList &lectureIds) const
{
    QHash<QString, QList<AttemptRecord>> found;
    const Status read = m_store.runInChunks(
        QStringLiteral("SELECT lecture_id, attempt_id, started_at, finished_at, received_at, "
                       "status, reason, attempt_number FROM attempts "
                       "WHERE user_id = ? AND lecture_id IN (%1)"),
        QStringLiteral("?"), lectureIds.size(), {userId},
        [&](QVariantList &values, qsizetype i) { values << lectureIds.at(i); },
        [&](const KeptQuery &row) {
            AttemptRecord a;
            a.lectureId = row.value(0).toString();
            a.attemptId = row.value(1).toString();
            a.userId = userId;
            a.startedAt = timeOf(row.value(2));
            a.finishedAt = timeOf(row.value(3));
            a.receivedAt = timeOf(row.value(4));
            a.status
                = attemptStatusFromName(row.value(5).toString()).value_or(AttemptStatus::Refused);
            a.reason = row.value(6).toString();
            a.attemptNumber = row.value(7).toInt();
            found[a.lectureId].append(a);
        });
    if (!read)
        return read.error();
    return found;
}

AttemptTexts ProgressStore::textsOf(const AttemptRecord &a)
{
    return AttemptTexts{compact(a.responses), reviewText(a.review),
                        a.provisional.isEmpty() ? QString() : compact(a.provisional)};
}

Status ProgressStore::insertAttempts(const QList<AttemptRecord> &attempts,
                                     const QList<AttemptTexts> &texts) const
{
    static const QString columns = kAttemptColumns.arg(QString());
    static const QString row = QStringLiteral("(%1)").arg(
        QStringList(kAttemptColumnCount, QStringLiteral("?")).join(u", "));
    static const QString statement
        = QStringLiteral("INSERT INTO attempts (%1) VALUES %2").arg(columns);
    return m_store.runInChunks(
        statement, row, attempts.size(), {}, [&](QVariantList &values, qsizetype i) {
            const AttemptRecord &a = attempts.at(i);
            const AttemptTexts &t = texts.at(i);
            values << a.attemptId << a.userId << a.lectureId << notNull(a.deviceId) << a.quizVersion
                   << isotime::format(a.startedAt) << isotime::format(a.finishedAt)
                   << isotime::format(a.receivedAt) << (a.autoSubmitted ? 1 : 0) << t.responses
                   << a.grade.score << a.grade.maxScore << a.grade.percent
                   << (a.grade.passed ? 1 : 0) << t.review << attemptStatusName(a.status)
                   << notNull(a.reason) << a.attemptNumber
                   << (t.provisional.isNull() ? QVariant() : QVariant(t.provisional));
        });
}

Status ProgressStore::updateVerdict(const QString &attemptId, AttemptStatus status,
                                    const QString &reason, int attemptNumber) const
{
    static const QString statement = QStringLiteral(
        "UPDATE attempts SET status = ?, reason = ?, attempt_number = ? WHERE attempt_id = ?");
    const Result<std::shared_ptr<KeptQuery>> run = this->run(
        statement, {attemptStatusName(status), notNull(reason), attemptNumber, attemptId});
    if (!run)
        return run.error();
    run.value()->finish();
    return ok();
}

Result<QHash<QString, int>> ProgressStore::countedAttempts(qint64 userId,
                                                           const QStringList &lectureIds) const
{
    static const QString statement
        = QStringLiteral("SELECT COUNT(*) FROM attempts WHERE user_id = ? AND lecture_id = ? "
                         "AND status = 'counted'");
    QHash<QString, int> counted;
    for (const QString &lectureId : lectureIds) {
        const Result<std::shared_ptr<KeptQuery>> run = this->run(statement, {userId, lectureId});
        if (!run)
            return run.error();
        KeptQuery &query = *run.value();
        const FinishQuery finish(query);
        counted.insert(lectureId, query.next() ? query.value(0).toInt() : 0);
    }
    return counted;
}

Status ProgressStore::touch(qint64 userId,
                            const QList<std::pair<ProgressChanges::Kind, QString>> &entities,
                            const QString &changedAt) const
{
    // Delete and insert rather than update: only an insert draws a new seq. Every old row
    // first, then the new ones in order, which leaves the feed as touching them one by one
    // would: the rows of a multi-row INSERT take their seqs in the order they are listed.
    for (const ProgressChanges::Kind kind :
         {ProgressChanges::Kind::Viewing, ProgressChanges::Kind::Attempt}) {
        QStringList ids;
        for (const auto &[entityKind, id] : entities) {
            if (entityKind == kind)
                ids.append(id);
        }
        const Status removed = m_store.runInChunks(
            QStringLiteral("DELETE FROM progress_changes WHERE user_id = ? AND kind = ? "
                           "AND entity_id IN (%1)"),
            QStringLiteral("?"), ids.size(), {userId, ProgressChanges::kindName(kind)},
            [&](QVariantList &values, qsizetype i) { values << ids.at(i); });
        if (!removed)
            return removed;
    }
    return m_store.runInChunks(
        QStringLiteral("INSERT INTO progress_changes (user_id, kind, entity_id, changed_at) "
                       "VALUES %1"),
        QStringLiteral("(?, ?, ?, ?)"), entities.size(), {},
        [&](QVariantList &values, qsizetype i) {
            values << userId << ProgressChanges::kindName(entities.at(i).first)
                   << entities.at(i).second << changedAt;
        });
}

Status ProgressStore::touchAttemptsOfLecture(qint64 userId, const QString &lectureId,
                                             const QString &changedAt) const
{
    static const QString remove
        = QStringLiteral("DELETE FROM progress_changes WHERE kind = 'attempt' AND entity_id IN "
                         "(SELECT attempt_id FROM attempts WHERE lecture_id = ? AND user_id = ?)");
    static const QString insert
        = QStringLiteral("INSERT INTO progress_changes (user_id, kind, entity_id, changed_at) "
                         "SELECT user_id, 'attempt', attempt_id, ? FROM attempts "
                         "WHERE lecture_id = ? AND user_id = ? ORDER BY finished_at, attempt_id");
    Result<std::shared_ptr<KeptQuery>> run = this->run(remove, {lectureId, userId});
    if (!run)
        return run.error();
    run.value()->finish();
    run = this->run(insert, {changedAt, lectureId, userId});
    if (!run)
        return run.error();
    run.value()->finish();
    return ok();
}

Result<std::pair<QList<ProgressRow>, bool>> ProgressStore::changesAfter(qint64 userId, qint64 after,
                                                                        int limit) const
{
    // One query for the page: each change row with the state it points at.
    QSqlQuery query(m_store.database());
    if (Status s
        = sql::run(query,
                   QStringLiteral("SELECT c.seq, c.kind, %1, %2 FROM progress_changes c "
                                  "LEFT JOIN viewing v ON c.kind = 'viewing' "
                                  "AND v.user_id = c.user_id AND v.lecture_id = c.entity_id "
                                  "LEFT JOIN attempts a ON c.kind = 'attempt' "
                                  "AND a.attempt_id = c.entity_id "
                                  "WHERE c.user_id = ? AND c.seq > ? ORDER BY c.seq LIMIT ?")
                       .arg(kViewingColumns.arg(QStringLiteral("v.")),
                            kAttemptColumns.arg(QStringLiteral("a."))),
                   {userId, after, limit + 1});
        !s) {
        return s.error();
    }
    constexpr int viewingFirst = 2;
    constexpr int attemptFirst = 8;
    QList<ProgressRow> rows;
    bool hasMore = false;
    while (query.next()) {
        if (rows.size() == limit) {
            hasMore = true;
            break;
        }
        ProgressRow row;
        row.seq = query.value(0).toLongLong();
        if (query.value(1).toString() == u"viewing") {
            row.kind = ProgressChanges::Kind::Viewing;
            if (!query.value(viewingFirst).isNull())
                row.viewing = viewingFromRow(query, viewingFirst);
        } else {
            row.kind = ProgressChanges::Kind::Attempt;
            if (!query.value(attemptFirst).isNull())
                row.attempt = attemptFromRow(query, attemptFirst);
        }
        rows.append(row);
    }
    return std::pair(rows, hasMore);
}

} // namespace lectern
