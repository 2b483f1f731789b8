#pragma once

#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace lectern::store {

// The courses this learner does not take: the other options of each elective slot where they
// chose one. The catalog lists them (the tree shows them as not chosen), but the server answers
// 404 for their quizzes and media, so the quiz download and the transcript indexing leave them
// out instead of failing on them at every sync. Store thread only.
Result<QSet<QString>> unchosenElectiveCourses(QSqlDatabase database);

} // namespace lectern::store
