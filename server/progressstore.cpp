#include "progressstore.h"

#include "serverlog.h"
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
    explicit FinishQuery(QSqlQuery &query)
        : m_query(query)
    { }
    ~FinishQuery() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(FinishQuery)

private:
    QSqlQuery &m_query;
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
    return time.isValid() ? QVariant(codec::timestampToJson(time)) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : codec::timestampFromJson(value.toString());
}

// The server's full review, in its own storage form (the wire's keys, nothing left out).
QJsonArray reviewToJson(const QList<QuestionReview> &review)
{
    QJsonArray array;
    for (const QuestionReview &line : review) {
        array.append(QJsonObject{{QStringLiteral("question"), line.question},
                                 {QStringLiteral("fraction"), line.fraction},
                                 {QStringLiteral("answered"), line.answered},
                                 {QStringLiteral("feedback"), line.feedback},
                                 {QStringLiteral("general_feedback"), line.generalFeedback},
                                 {QStringLiteral("correct_answer"), line.correctAnswer}});
    }
    return array;
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
AttemptRecord attemptFromRow(const QSqlQuery &query, int first)
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
std::optional<ViewingRecord> viewingFromRow(const QSqlQuery &query, int first)
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

Result<std::shared_ptr<QSqlQuery>> ProgressStore::run(const QString &statement,
                                                      const QVariantList &values) const
{
    const QSqlDatabase db = m_store.database();
    if (m_store.isPostgresql()) {
        auto query = std::make_shared<QSqlQuery>(db);
        if (Status s = sql::run(*query, statement, values); !s)
            return s.error();
        return query;
    }
    // The same refusal as sql::run, which the kept statements bypass.
    if (std::any_of(values.begin(), values.end(), [](const QVariant &value) {
            return value.typeId() == QMetaType::QString && sql::hasNulCharacter(value.toString());
        })) {
        qCWarning(lcServerStore).noquote() << "refused text with a NUL character for:" << statement;
        return Error{QStringLiteral("nul_character"),
                     QStringLiteral("Text may not contain NUL characters.")};
    }
    const QString key = db.connectionName() + u'\n' + statement;
    std::shared_ptr<QSqlQuery> query;
    {
        const QMutexLocker locker(&m_mutex);
        query = m_prepared.value(key);
    }
    if (!query) {
        query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            qCWarning(lcServerStore).noquote()
                << "cannot prepare" << statement << "—" << query->lastError().text();
            return sql::storageError(query->lastError().text());
        }
        const QMutexLocker locker(&m_mutex);
        m_prepared.insert(key, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        qCWarning(lcServerStore).noquote()
            << "query failed:" << statement << "with" << values << "—" << query->lastError().text();
        const QString error = query->lastError().text();
        query->finish();
        return sql::storageError(error);
    }
    return query;
}

Result<std::optional<AppliedEvent>> ProgressStore::appliedEvent(const QString &eventId) const
{
    static const QString statement
        = QStringLiteral("SELECT user_id, kind, result FROM applied_events WHERE event_id = ?");
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(statement, {eventId});
    if (!run)
        return run.error();
    QSqlQuery &query = *run.value();
    const FinishQuery finish(query);
    if (!query.next())
        return std::optional<AppliedEvent>();
    return std::optional<AppliedEvent>(AppliedEvent{
        query.value(0).toLongLong(), query.value(1).toString(), objectOf(query.value(2))});
}

Status ProgressStore::recordEvent(const QString &eventId, qint64 userId, const QString &kind,
                                  const QJsonObject &result) const
{
    static const QString statement
        = QStringLiteral("INSERT INTO applied_events (event_id, user_id, kind, result, applied_at) "
                         "VALUES (?, ?, ?, ?, ?)");
    const Result<std::shared_ptr<QSqlQuery>> run
        = this->run(statement,
                    {eventId, userId, notNull(kind), compact(result),
                     codec::timestampToJson(QDateTime::currentDateTimeUtc())});
    if (!run)
        return run.error();
    run.value()->finish();
    return ok();
}

Result<std::optional<ViewingRecord>> ProgressStore::viewing(qint64 userId,
                                                            const QString &lectureId) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM viewing WHERE user_id = ? AND lecture_id = ?")
              .arg(kViewingColumns.arg(QString()));
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(statement, {userId, lectureId});
    if (!run)
        return run.error();
    QSqlQuery &query = *run.value();
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

Status ProgressStore::saveViewing(qint64 userId, const ViewingRecord &viewing) const
{
    static const QString statement
        = QStringLiteral("INSERT INTO viewing (user_id, lecture_id, intervals, covered_ms, "
                         "position_ms, position_at, position_device, unlocked_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (user_id, lecture_id) DO UPDATE "
                         "SET intervals = excluded.intervals, covered_ms = excluded.covered_ms, "
                         "position_ms = excluded.position_ms, position_at = excluded.position_at, "
                         "position_device = excluded.position_device, "
                         "unlocked_at = excluded.unlocked_at, updated_at = excluded.updated_at");
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(
        statement,
        {userId, viewing.lectureId, compact(viewing.watched.toJson()),
         viewing.watched.coveredLength(), viewing.positionMs,
         notNull(codec::timestampToJson(viewing.positionAt)), notNull(viewing.positionDevice),
         timeValue(viewing.unlockedAt), codec::timestampToJson(QDateTime::currentDateTimeUtc())});
    if (!run)
        return run.error();
    run.value()->finish();
    return ok();
}

Result<std::optional<AttemptRecord>> ProgressStore::attempt(const QString &attemptId) const
{
    static const QString statement = QStringLiteral("SELECT %1 FROM attempts WHERE attempt_id = ?")
                                         .arg(kAttemptColumns.arg(QString()));
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(statement, {attemptId});
    if (!run)
        return run.error();
    QSqlQuery &query = *run.value();
    const FinishQuery finish(query);
    if (!query.next())
        return std::optional<AttemptRecord>();
    return std::optional<AttemptRecord>(attemptFromRow(query, 0));
}

Result<QList<AttemptRecord>> ProgressStore::attemptsOf(qint64 userId,
                                                       const QString &lectureId) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM attempts WHERE user_id = ? AND lecture_id = ?")
              .arg(kAttemptColumns.arg(QString()));
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(statement, {userId, lectureId});
    if (!run)
        return run.error();
    QSqlQuery &query = *run.value();
    const FinishQuery finish(query);
    QList<AttemptRecord> attempts;
    while (query.next())
        attempts.append(attemptFromRow(query, 0));
    return attempts;
}

Status ProgressStore::insertAttempt(const AttemptRecord &a) const
{
    static const QString statement
        = QStringLiteral("INSERT INTO attempts (%1) VALUES (%2)")
              .arg(kAttemptColumns.arg(QString()),
                   QStringList(kAttemptColumnCount, QStringLiteral("?")).join(u", "));
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(
        statement,
        {a.attemptId, a.userId, a.lectureId, notNull(a.deviceId), a.quizVersion,
         codec::timestampToJson(a.startedAt), codec::timestampToJson(a.finishedAt),
         codec::timestampToJson(a.receivedAt), a.autoSubmitted ? 1 : 0, compact(a.responses),
         a.grade.score, a.grade.maxScore, a.grade.percent, a.grade.passed ? 1 : 0,
         compact(reviewToJson(a.review)), attemptStatusName(a.status), notNull(a.reason),
         a.attemptNumber, a.provisional.isEmpty() ? QVariant() : QVariant(compact(a.provisional))});
    if (!run)
        return run.error();
    run.value()->finish();
    return ok();
}

Status ProgressStore::updateVerdict(const QString &attemptId, AttemptStatus status,
                                    const QString &reason, int attemptNumber) const
{
    static const QString statement = QStringLiteral(
        "UPDATE attempts SET status = ?, reason = ?, attempt_number = ? WHERE attempt_id = ?");
    const Result<std::shared_ptr<QSqlQuery>> run = this->run(
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
        const Result<std::shared_ptr<QSqlQuery>> run = this->run(statement, {userId, lectureId});
        if (!run)
            return run.error();
        QSqlQuery &query = *run.value();
        const FinishQuery finish(query);
        counted.insert(lectureId, query.next() ? query.value(0).toInt() : 0);
    }
    return counted;
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
