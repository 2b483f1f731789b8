#pragma once

#include "domain/result.h"
#include "media/webvtt.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lectern {

// What a search hit matched in.
enum class SearchField { CourseTitle, Description, LectureTitle, Objectives, Script, Transcript };

// One search result. Title and snippet are plain text with the matched words between
// SearchRepository::kMatchStart and kMatchEnd; the view escapes them and draws the marks.
struct SearchHit
{
    SearchField field = SearchField::LectureTitle; // the title when it matched, else the text
    QString title; // course code and title, or lecture title, with its matches marked
    QString courseCode;
    QString courseTitle;
    QString lectureId; // empty for a course
    QString lectureTitle;
    int weekNumber = 0;
    QString snippet; // the matching passage of the text or cue; empty for a title-only match
    qint64 startMs = 0; // transcript hits: where the cue is spoken
    qint64 endMs = 0;
};

// A search's answer, grouped the way the results list shows it, best first in each group.
struct SearchResults
{
    QString text; // what was typed: the view drops answers to an older text
    QList<SearchHit> courses;
    QList<SearchHit> lectures; // titles, objectives and scripts
    QList<SearchHit> transcripts; // spoken in lectures

    bool isEmpty() const
    {
        return courses.isEmpty() && lectures.isEmpty() && transcripts.isEmpty();
    }
};

// Search over the catalog and the lectures' transcripts with SQLite FTS5, on the store thread's
// connection (schema 005, docs/search.md). The catalog part is kept in step by triggers; the
// transcript part is written here by the transcript indexer's answers.
class SearchRepository final
{
public:
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);
    // At most this many hits per group: the list must show all three groups at once.
    static constexpr int kCourseLimit = 3;
    static constexpr int kLectureLimit = 5;
    static constexpr int kTranscriptLimit = 8;

    explicit SearchRepository(QSqlDatabase database);

    // What the learner typed, as an FTS5 query that cannot be a syntax error: every
    // whitespace-separated word (and every "quoted phrase") becomes a quoted phrase, so
    // operators, quotes, hyphens and column names are plain text, and the tokenizer splits
    // "start-low" into the phrase "start low". The last word is a prefix while it is being
    // typed (no space after it). Empty when nothing in the text is searchable.
    static QString ftsQuery(const QString &text);

    Result<SearchResults> search(const QString &text) const;

    // Lectures of the catalog whose transcript is missing, failed last time, or was indexed
    // for another cut of the lecture (its duration changed), in programme order.
    Result<QStringList> transcriptPlan() const;
    // Replaces a lecture's cues (none for a lecture without captions) in one transaction.
    Status saveTranscript(const QString &lectureId, const QList<Cue> &cues);
    // The lecture stays in the plan; the reason is kept for the log.
    Status markTranscriptFailed(const QString &lectureId, const QString &reason);

private:
    QSqlDatabase m_database;
};

} // namespace lectern
