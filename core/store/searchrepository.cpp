#include "searchrepository.h"

#include "store/electivechoices.h"
#include "store/sqlsupport.h"

#include <QSet>

namespace lectern {

using store::isoTime;
using store::sqlError;

namespace {

// A character the FTS5 tokenizer (unicode61) keeps in a token: a chunk without one would be an
// empty phrase, which matches nothing.
bool isTokenCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QString quoted(const QString &chunk)
{
    return u'"' + QString(chunk).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool hasMark(const QString &text)
{
    return text.contains(SearchRepository::kMatchStart);
}

} // namespace

SearchRepository::SearchRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

QString SearchRepository::ftsQuery(const QString &text)
{
    struct Chunk
    {
        QString text;
        bool quoted = false;
    };
    QList<Chunk> chunks;
    Chunk current;
    bool inQuotes = false;
    const auto flush = [&chunks, &current] {
        if (std::any_of(current.text.cbegin(), current.text.cend(), isTokenCharacter))
            chunks.append(current);
        current = {};
    };
    for (const QChar c : text) {
        if (c == u'"') {
            flush();
            inQuotes = !inQuotes;
            current.quoted = inQuotes;
        } else if (!inQuotes && c.isSpace()) {
            flush();
        } else {
            current.text += c;
        }
    }
    // An unclosed quote still searches its words as a phrase, without a prefix.
    const bool typingLastWord = !inQuotes && !current.text.isEmpty();
    flush();
    if (chunks.isEmpty())
        return {};
    QStringList parts;
    for (const Chunk &chunk : std::as_const(chunks))
        parts.append(quoted(chunk.text));
    if (typingLastWord && !chunks.last().quoted)
        parts.last() += u'*';
    return parts.join(u' ');
}

Result<SearchResults> SearchRepository::search(const QString &text) const
{
    SearchResults results;
    results.text = text;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return results;
    const QString open(kMatchStart);
    const QString close(kMatchEnd);

    // Courses and lectures: one FTS table, titles weigh most, then objectives, then the text.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT e.kind, e.ref, highlight(search_fts, 0, :o, :c), "
        "snippet(search_fts, 1, :o, :c, '…', 14), snippet(search_fts, 2, :o, :c, '…', 14), "
        "coalesce(l.course_code, co.code), coalesce(lc.title, co.title), l.title, l.week_number "
        "FROM search_fts JOIN search_entry e ON e.id = search_fts.rowid "
        "LEFT JOIN lecture l ON e.kind = 'lecture' AND l.id = e.ref "
        "LEFT JOIN course lc ON lc.code = l.course_code "
        "LEFT JOIN course co ON e.kind = 'course' AND co.code = e.ref "
        "WHERE search_fts MATCH :match "
        "ORDER BY bm25(search_fts, 8.0, 3.0, 1.0) LIMIT :limit"));
    query.bindValue(QStringLiteral(":o"), open);
    query.bindValue(QStringLiteral(":c"), close);
    query.bindValue(QStringLiteral(":match"), match);
    // Both groups share one ranking; enough rows that each group can fill up.
    query.bindValue(QStringLiteral(":limit"), 4 * (kCourseLimit + kLectureLimit));
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        SearchHit hit;
        const bool isCourse = query.value(0).toString() == u"course";
        hit.title = query.value(2).toString();
        const QString objectives = query.value(3).toString();
        const QString body = query.value(4).toString();
        hit.courseCode = query.value(5).toString();
        hit.courseTitle = query.value(6).toString();
        // The passage that shows why it matched: objectives first (short, telling), then text.
        hit.snippet = hasMark(objectives) ? objectives : hasMark(body) ? body : QString();
        hit.snippet.replace(u'\n', QStringLiteral(" · "));
        const bool titleMatched = hasMark(hit.title);
        if (isCourse) {
            if (results.courses.size() >= kCourseLimit)
                continue;
            hit.field = titleMatched ? SearchField::CourseTitle : SearchField::Description;
            results.courses.append(hit);
            continue;
        }
        if (results.lectures.size() >= kLectureLimit)
            continue;
        hit.lectureId = query.value(1).toString();
        hit.lectureTitle = query.value(7).toString();
        hit.weekNumber = query.value(8).toInt();
        hit.field = titleMatched  ? SearchField::LectureTitle
            : hasMark(objectives) ? SearchField::Objectives
                                  : SearchField::Script;
        results.lectures.append(hit);
    }

    // Spoken words: each cue is a row, so a hit knows where to seek.
    query.prepare(QStringLiteral(
        "SELECT c.lecture_id, c.start_ms, c.end_ms, snippet(transcript_fts, 0, :o, :c, '…', 16), "
        "l.title, l.week_number, l.course_code, co.title "
        "FROM transcript_fts JOIN transcript_cue c ON c.id = transcript_fts.rowid "
        "JOIN lecture l ON l.id = c.lecture_id JOIN course co ON co.code = l.course_code "
        "WHERE transcript_fts MATCH :match ORDER BY rank, l.course_code, c.start_ms LIMIT :limit"));
    query.bindValue(QStringLiteral(":o"), open);
    query.bindValue(QStringLiteral(":c"), close);
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":limit"), kTranscriptLimit);
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        SearchHit hit;
        hit.field = SearchField::Transcript;
        hit.lectureId = query.value(0).toString();
        hit.startMs = query.value(1).toLongLong();
        hit.endMs = query.value(2).toLongLong();
        hit.snippet = query.value(3).toString();
        hit.lectureTitle = query.value(4).toString();
        hit.title = hit.lectureTitle;
        hit.weekNumber = query.value(5).toInt();
        hit.courseCode = query.value(6).toString();
        hit.courseTitle = query.value(7).toString();
        results.transcripts.append(hit);
    }
    // A script is what the lecture says: when the words were found spoken, the spoken hit
    // (which knows when) replaces the script one.
    QSet<QString> spoken;
    for (const SearchHit &hit : std::as_const(results.transcripts))
        spoken.insert(hit.lectureId);
    results.lectures.removeIf([&spoken](const SearchHit &hit) {
        return hit.field == SearchField::Script && spoken.contains(hit.lectureId);
    });
    return results;
}

Result<QStringList> SearchRepository::transcriptPlan() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT l.id, l.course_code FROM lecture l "
                                   "LEFT JOIN transcript t ON t.lecture_id = l.id "
                                   "WHERE t.lecture_id IS NULL OR t.state = 'failed' "
                                   "OR t.duration_seconds <> l.duration_seconds "
                                   "ORDER BY l.course_code, l.week_number, l.position"))) {
        return sqlError(query);
    }
    // Not the courses of an elective the learner did not choose: the server signs no media
    // for them, so their captions cannot be read.
    const Result<QSet<QString>> unchosen = store::unchosenElectiveCourses(m_database);
    if (!unchosen)
        return unchosen.error();
    QStringList lectureIds;
    while (query.next()) {
        if (!unchosen.value().contains(query.value(1).toString()))
            lectureIds.append(query.value(0).toString());
    }
    return lectureIds;
}

Status SearchRepository::saveTranscript(const QString &lectureId, const QList<Cue> &cues)
{
    store::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM transcript_cue WHERE lecture_id = ?"));
    query.addBindValue(lectureId);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral("INSERT INTO transcript_cue(lecture_id, start_ms, end_ms, text) "
                                 "VALUES (?, ?, ?, ?)"));
    for (const Cue &cue : cues) {
        // Lines of a cue are one sentence running on: searched and shown as one line.
        const QString text = QString(cue.text).replace(u'\n', u' ').simplified();
        if (text.isEmpty())
            continue;
        query.addBindValue(lectureId);
        query.addBindValue(cue.startMs);
        query.addBindValue(cue.endMs);
        query.addBindValue(text);
        if (!query.exec())
            return sqlError(query);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO transcript(lecture_id, state, cue_count, duration_seconds, failures, error, "
        "updated_at) VALUES (?, 'indexed', ?, "
        "coalesce((SELECT duration_seconds FROM lecture WHERE id = ?), 0), 0, '', ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET state = 'indexed', cue_count = excluded.cue_count, "
        "duration_seconds = excluded.duration_seconds, failures = 0, error = '', "
        "updated_at = excluded.updated_at"));
    query.addBindValue(lectureId);
    query.addBindValue(int(cues.size()));
    query.addBindValue(lectureId);
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return transaction.commit();
}

Status SearchRepository::markTranscriptFailed(const QString &lectureId, const QString &reason)
{
    // Cues indexed before (for an earlier cut) stay searchable until the new ones arrive.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO transcript(lecture_id, state, failures, error, updated_at) "
        "VALUES (?, 'failed', 1, ?, ?) "
        "ON CONFLICT(lecture_id) DO UPDATE SET state = 'failed', failures = failures + 1, "
        "error = excluded.error, updated_at = excluded.updated_at"));
    query.addBindValue(lectureId);
    query.addBindValue(reason);
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query);
    return ok();
}

} // namespace lectern
