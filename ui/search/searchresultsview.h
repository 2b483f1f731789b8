#pragma once

#include "store/searchrepository.h"

#include <QListWidget>

namespace lectern {

// The search box's results: group headings (courses, lectures, spoken in lectures) and one row
// per hit with its highlighted snippet. Headings cannot be selected; moving up and down skips
// them. Shown as a window of its own under the search box, so it also shows over the video.
class SearchResultsView final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsView)

public:
    enum Role {
        HtmlRole = Qt::UserRole + 1, // the row as rich text: title line and snippet
        KindRole, // int(SearchField) of the hit; -1 for headings and notes
        LectureIdRole,
        CourseCodeRole,
        StartMsRole, // transcript hits: where the words are spoken
    };

    explicit SearchResultsView(QWidget *parent = nullptr);

    void showResults(const SearchResults &results);
    // One line of text instead of results ("No matches", "Searching…").
    void showNote(const QString &note);
    // Moves the current row by `step` selectable rows, wrapping at neither end.
    void moveCurrent(int step);
    bool hasHits() const;
    QListWidgetItem *currentHit() const; // the current row if it is a hit

    // Plain text with the matched words in bold, everything else escaped.
    static QString snippetHtml(const QString &snippet);
    // The marked text with no match marks in its first prefixLength characters (marks not
    // counted): a course's code before its title is not one of the user's words.
    static QString withoutMarksInPrefix(const QString &marked, qsizetype prefixLength);

private:
    void addHeading(const QString &text);
    void addHit(const SearchHit &hit);
};

} // namespace lectern
