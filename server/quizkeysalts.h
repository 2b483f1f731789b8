#pragma once

#include "domain/result.h"
#include "quiz/question.h"

#include <QByteArray>
#include <QString>

namespace lectern {

// The per-question salts of the learners' protected answer keys (docs/quizzes.md).
//
// A salt must stay the same while its question does, or every client would refetch and rehash
// the quiz after each import, and differ between questions, so equal answers to two questions
// do not give equal hashes. Both follow from deriving it: the first 16 bytes of
// HMAC-SHA256(secret, lecture id ‖ question index ‖ question text), with a server secret kept
// in DATA/quiz-secret (made on first use, mode 0600) that never leaves the server, so nobody can
// precompute hashes for a quiz before it is published.
class QuizKeySalts final
{
public:
    static constexpr auto kSecretFile = "quiz-secret";
    static constexpr qsizetype kSaltBytes = 16;

    explicit QuizKeySalts(QByteArray secret);

    // DATA/quiz-secret, created when missing. sodium_init() must have succeeded.
    static Result<QByteArray> loadSecret(const QString &dataDirectory);

    QByteArray saltFor(const QString &lectureId, int questionIndex, const Question &question) const;

private:
    QByteArray m_secret;
};

} // namespace lectern
