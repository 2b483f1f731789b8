#pragma once

#include "roster/courseroster.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lectern {

// A course roster as CSV for a spreadsheet (RFC 4180): one row per learner after a header row,
// CRLF line ends, UTF-8 with a byte order mark so spreadsheet programs read accented names.
//
// Columns: user name, name, course watched %, last activity (ISO 8601 UTC), then "watched %"
// for each lecture, then best % and attempts for each quiz. Numbers are written with a dot
// and no grouping, whatever the locale.
//
// The cells hold text that learners chose (their display names) and faculty will open in a
// spreadsheet, which runs a cell starting with = + - @ (or tab or carriage return) as a formula:
// such a cell gets a leading apostrophe, so it shows as text ("CSV injection").
class RosterCsv final
{
public:
    static QByteArray toCsv(const CourseRoster &roster);

    // One cell, guarded against formulas and quoted when it holds a comma, a quote or a line
    // break (quotes doubled).
    static QString cell(const QString &text);
    static QString row(const QStringList &cells);
};

} // namespace lectern
