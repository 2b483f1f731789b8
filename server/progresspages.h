#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace lectern {

class ProgressStore;
class QuizStore;

// Pages of one user's progress feed (GET /api/v1/progress, docs/protocol.md): their merged
// viewing and their attempts' results from every device, by cursor like the catalog.
class ProgressPages final
{
public:
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;

    ProgressPages(const ProgressStore &progress, const QuizStore &quizzes);

    // {"viewing": […], "attempts": […], "cursor", "has_more"}: up to limit changes after the
    // cursor; an empty page returns the cursor it was given.
    Result<QJsonObject> page(qint64 userId, qint64 after, int limit) const;

    // Empty means kDefaultLimit; more than kMaxLimit is capped to it; zero, negative or not
    // a number is an error (bad_limit).
    static Result<int> parseLimit(const QString &text);

private:
    const ProgressStore &m_progress;
    const QuizStore &m_quizzes;
};

} // namespace lectern
