#include "progresspages.h"

#include "attemptview.h"
#include "progressstore.h"
#include "quizstore.h"
#include "sync/quizcodec.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace lectern {

ProgressPages::ProgressPages(const ProgressStore &progress, const QuizStore &quizzes)
    : m_progress(progress)
    , m_quizzes(quizzes)
{ }

Result<int> ProgressPages::parseLimit(const QString &text)
{
    if (text.isEmpty())
        return kDefaultLimit;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const qint64 limit = digits.match(text).hasMatch() ? text.toLongLong() : 0;
    if (limit < 1) {
        return Error{
            QStringLiteral("bad_limit"),
            QStringLiteral("The limit must be a whole number from 1 to %1.").arg(kMaxLimit)};
    }
    return int(std::min<qint64>(limit, kMaxLimit));
}

Result<QJsonObject> ProgressPages::page(qint64 userId, qint64 after, int limit) const
{
    const auto rows = m_progress.changesAfter(userId, after, limit);
    if (!rows)
        return rows.error();

    // What each lecture's results may show depends on its quiz's settings and on how many of
    // the user's attempts count, looked up once per lecture on the page.
    QStringList lectures;
    for (const ProgressRow &row : rows.value().first) {
        if (row.attempt && !lectures.contains(row.attempt->lectureId))
            lectures.append(row.attempt->lectureId);
    }
    QHash<QString, QuizSettings> settings;
    for (const QString &lectureId : std::as_const(lectures)) {
        const Result<std::optional<Quiz>> quiz = m_quizzes.quiz(lectureId);
        if (!quiz)
            return quiz.error();
        settings.insert(lectureId, quiz.value() ? quiz.value()->settings : QuizSettings());
    }
    const Result<QHash<QString, int>> counted = m_progress.countedAttempts(userId, lectures);
    if (!counted)
        return counted.error();

    QJsonArray viewing;
    QJsonArray attempts;
    qint64 cursor = after;
    for (const ProgressRow &row : rows.value().first) {
        cursor = row.seq;
        if (row.viewing) {
            const ViewingRecord &v = *row.viewing;
            viewing.append(QJsonObject{
                {QStringLiteral("seq"), row.seq},
                {QStringLiteral("lecture_id"), v.lectureId},
                {QStringLiteral("intervals"), v.watched.toJson()},
                {QStringLiteral("position_ms"), v.positionMs},
                {QStringLiteral("position_at"), codec::timestampToJson(v.positionAt)},
                {QStringLiteral("position_device"), v.positionDevice},
            });
        } else if (row.attempt) {
            const AttemptRecord &a = *row.attempt;
            QJsonObject json = codec::toJson(AttemptView::resultOf(
                a, settings.value(a.lectureId), counted.value().value(a.lectureId)));
            json.insert(QStringLiteral("seq"), row.seq);
            attempts.append(json);
        }
        // A row whose state is gone (none are deleted today) is skipped; its seq still moves
        // the cursor on.
    }
    return QJsonObject{
        {QStringLiteral("viewing"), viewing},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("cursor"), QString::number(cursor)},
        {QStringLiteral("has_more"), rows.value().second},
    };
}

} // namespace lectern
