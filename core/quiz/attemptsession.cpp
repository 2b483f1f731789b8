#include "attemptsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <numeric>
#include <random>

namespace lectern {

namespace {

QList<int> identity(qsizetype size)
{
    QList<int> order(size);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

// Fisher–Yates over the raw engine output rather than std::shuffle or a distribution, whose
// algorithms the standard leaves to each library: the same seed must give the same order on
// every platform and compiler. The modulo bias is far below one in a million for a quiz's
// handful of items.
void shuffle(QList<int> &items, std::mt19937 &engine)
{
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(engine() % quint32(i + 1));
        std::swap(items[i], items[j]);
    }
}

// The answers a question shows as a list, in original order: every answer of a choice
// question; for matching, the right-hand list with each distinct match text once (two items
// may share a match, and the learner should not see it twice). Empty for typed questions.
QList<int> displayedAnswers(const Question &question)
{
    if (question.type == QuestionType::Matching) {
        QList<int> indexes;
        QSet<QString> seen;
        for (qsizetype i = 0; i < question.answers.size(); ++i) {
            const QString &match = question.answers.at(i).matchText;
            if (!seen.contains(match)) {
                seen.insert(match);
                indexes.append(int(i));
            }
        }
        return indexes;
    }
    if (offersChoices(question))
        return identity(question.answers.size());
    return {};
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString numericalAnswerText(const Answer &answer)
{
    if (answer.isRange)
        return QStringLiteral("%1 – %2").arg(formatNumber(answer.rangeMin),
                                             formatNumber(answer.rangeMax));
    if (answer.tolerance != 0)
        return QStringLiteral("%1 ± %2").arg(formatNumber(answer.value),
                                             formatNumber(std::abs(answer.tolerance)));
    return formatNumber(answer.value);
}

// The answers that earn the most credit (ties all kept), in original order.
QList<const Answer *> bestAnswers(const Question &question)
{
    double best = 0;
    for (const Answer &answer : question.answers)
        best = std::max(best, answer.weight);
    QList<const Answer *> result;
    if (best <= 0)
        return result;
    for (const Answer &answer : question.answers) {
        if (answer.weight >= best - 1e-9)
            result.append(&answer);
    }
    return result;
}

} // namespace

QString correctAnswerText(const Question &question)
{
    const QString separator = QStringLiteral("; ");
    QStringList parts;
    switch (question.type) {
    case QuestionType::MultipleAnswer:
        for (const Answer &answer : question.answers) {
            if (answer.weight > 0)
                parts.append(answer.text);
        }
        break;
    case QuestionType::TrueFalse:
        if (!question.trueFalseHash.isEmpty())
            return {};
        return question.trueFalseAnswer
            ? QCoreApplication::translate("lectern::AttemptSession", "True")
            : QCoreApplication::translate("lectern::AttemptSession", "False");
    case QuestionType::MultipleChoice:
    case QuestionType::ShortAnswer:
    case QuestionType::MissingWord:
        // A hashed key has no text to show, and showing only the unhashed wildcard patterns
        // beside it would mislead: nothing at all is shown then.
        for (const Answer &answer : question.answers) {
            if (!answer.textHash.isEmpty() && answer.weight > 0)
                return {};
        }
        for (const Answer *answer : bestAnswers(question))
            parts.append(answer->text);
        // A pattern such as "numeric rating*" reads oddly as "the correct answer"; show the
        // exact answers when there are any.
        if (std::any_of(parts.cbegin(), parts.cend(),
                        [](const QString &text) { return !isWildcardAnswer(text); })) {
            parts.removeIf([](const QString &text) { return isWildcardAnswer(text); });
        }
        break;
    case QuestionType::Numerical:
        for (const Answer *answer : bestAnswers(question)) {
            if (answer->text != u"*")
                parts.append(numericalAnswerText(*answer));
        }
        break;
    case QuestionType::Matching:
        for (const Answer &answer : question.answers) {
            if (!answer.text.isEmpty())
                parts.append(QStringLiteral("%1 → %2").arg(answer.text, answer.matchText));
        }
        break;
    case QuestionType::Description:
        break;
    }
    return parts.join(separator);
}

Attempt AttemptSession::start(const Quiz &quiz, const QDateTime &now, quint32 seed, bool preview)
{
    Attempt attempt;
    attempt.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    attempt.lectureId = quiz.lectureId;
    attempt.startedAt = now.toUTC();
    const QuizSettings &settings = quiz.settings;
    if (settings.isTimed())
        attempt.deadline = attempt.startedAt.addSecs(qint64(settings.timeLimitMinutes) * 60);
    // An attempt must finish by the close (docs/quizzes.md): submitting itself then keeps the
    // work of a learner who is still answering, where a later finish would be refused.
    if (settings.closesAt.isValid()
        && (!attempt.deadline.isValid() || attempt.deadline > settings.closesAt)) {
        attempt.deadline = settings.closesAt.toUTC();
    }
    attempt.seed = seed;
    attempt.preview = preview;

    std::mt19937 engine(seed);
    const qsizetype count = quiz.questions.size();
    attempt.questionOrder = identity(count);
    if (settings.shuffleQuestions)
        shuffle(attempt.questionOrder, engine);
    for (const Question &question : quiz.questions) {
        QList<int> order = displayedAnswers(question);
        if (settings.shuffleAnswers)
            shuffle(order, engine);
        attempt.answerOrders.append(order);
    }
    attempt.responses.resize(count);
    attempt.flagged.fill(false, count);
    return attempt;
}

AttemptSession::AttemptSession(Quiz quiz, Attempt attempt)
    : m_quiz(std::move(quiz))
    , m_attempt(std::move(attempt))
{
    // A stored attempt must fit its quiz; if the store hands back something shorter (an older
    // row, a damaged file) pad it rather than index out of range.
    const qsizetype count = m_quiz.questions.size();
    QList<int> sorted = m_attempt.questionOrder;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != identity(count))
        m_attempt.questionOrder = identity(count);
    if (m_attempt.answerOrders.size() != count) {
        m_attempt.answerOrders.clear();
        for (const Question &question : m_quiz.questions)
            m_attempt.answerOrders.append(displayedAnswers(question));
    }
    m_attempt.responses.resize(count);
    m_attempt.flagged.resize(count, false);
    m_attempt.currentPosition = std::clamp(m_attempt.currentPosition, 0, int(qMax(count - 1, 0)));
}

int AttemptSession::questionCount() const
{
    return int(m_quiz.questions.size());
}

const Question &AttemptSession::questionAt(int position) const
{
    return m_quiz.questions.at(originalIndexAt(position));
}

int AttemptSession::originalIndexAt(int position) const
{
    return m_attempt.questionOrder.at(position);
}

QList<int> AttemptSession::answerOrderAt(int position) const
{
    return m_attempt.answerOrders.at(originalIndexAt(position));
}

void AttemptSession::setResponse(int position, const Response &response)
{
    if (m_attempt.state == AttemptState::Submitted)
        return; // a submitted attempt is immutable
    m_attempt.responses[originalIndexAt(position)] = response;
}

void AttemptSession::setFlagged(int position, bool flagged)
{
    if (m_attempt.state == AttemptState::Submitted)
        return;
    m_attempt.flagged[originalIndexAt(position)] = flagged;
}

void AttemptSession::setCurrentPosition(int position)
{
    if (position >= 0 && position < questionCount())
        m_attempt.currentPosition = position;
}

bool AttemptSession::isAnswered(int position) const
{
    const int index = originalIndexAt(position);
    const Question &question = m_quiz.questions.at(index);
    if (question.type == QuestionType::Description)
        return true;
    return grade(question, m_attempt.responses.at(index)).answered;
}

bool AttemptSession::isFlagged(int position) const
{
    return m_attempt.flagged.at(originalIndexAt(position));
}

QList<int> AttemptSession::unansweredPositions() const
{
    QList<int> positions;
    for (int position = 0; position < questionCount(); ++position) {
        if (!isAnswered(position))
            positions.append(position);
    }
    return positions;
}

qint64 AttemptSession::remainingMs(const QDateTime &now) const
{
    if (!m_attempt.deadline.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(m_attempt.deadline));
}

bool AttemptSession::isTimeUp(const QDateTime &now) const
{
    return m_attempt.deadline.isValid() && now >= m_attempt.deadline;
}

void AttemptSession::submit(const QDateTime &now, bool autoSubmitted, int countedAttemptsBefore)
{
    if (m_attempt.state == AttemptState::Submitted)
        return;
    m_attempt.state = AttemptState::Submitted;
    m_attempt.autoSubmitted = autoSubmitted;
    m_attempt.finishedAt = now.toUTC();
    // The page's timer fires a little late, or the device slept through the deadline: the
    // attempt ended when its time did.
    if (autoSubmitted && m_attempt.deadline.isValid() && m_attempt.finishedAt > m_attempt.deadline)
        m_attempt.finishedAt = m_attempt.deadline;

    const QuizSettings &settings = m_quiz.settings;
    const QuizGrade total = gradeQuiz(m_quiz.questions, m_attempt.responses, settings.passMark);
    AttemptResult result;
    result.attemptId = m_attempt.attemptId;
    result.lectureId = m_attempt.lectureId;
    result.startedAt = m_attempt.startedAt;
    result.finishedAt = m_attempt.finishedAt;
    result.status = AttemptStatus::Provisional;
    result.attemptNumber = m_attempt.preview ? 0 : countedAttemptsBefore + 1;
    result.score = total.score;
    result.maxScore = total.maxScore;
    result.percent = total.percent;
    result.passed = total.passed;

    const bool preview = m_attempt.preview;
    const bool showFeedback = settings.showFeedback || preview;
    const bool showAnswers = mayShowAnswers(settings, countedAttemptsBefore + 1, preview);
    for (qsizetype i = 0; i < m_quiz.questions.size(); ++i) {
        const Question &question = m_quiz.questions.at(i);
        if (question.type == QuestionType::Description)
            continue;
        const QuestionGrade graded = grade(question, m_attempt.responses.at(i));
        QuestionReview review;
        review.question = int(i);
        review.fraction = graded.fraction;
        review.answered = graded.answered;
        if (showFeedback) {
            review.feedback = graded.feedback;
            review.generalFeedback = graded.generalFeedback;
        }
        if (showAnswers)
            review.correctAnswer = correctAnswerText(question);
        result.review.append(review);
    }
    m_attempt.provisional = result;
}

bool AttemptSession::mayShowAnswers(const QuizSettings &settings, int attemptsUsed, bool preview)
{
    if (preview)
        return true;
    switch (settings.showAnswers) {
    case AnswerVisibility::Never:
        return false;
    case AnswerVisibility::AfterSubmission:
        return true;
    case AnswerVisibility::AfterLastAttempt:
        // With unlimited attempts there is no last one, so the answers never show.
        return settings.hasAttemptLimit() && attemptsUsed >= settings.attemptsAllowed;
    }
    return false;
}

QString AttemptSession::reasonCannotStart(const QuizSettings &settings, const QDateTime &now,
                                          int attemptsUsed, bool preview)
{
    if (preview)
        return {};
    const QLocale locale;
    if (settings.opensAt.isValid() && now < settings.opensAt) {
        return QCoreApplication::translate("lectern::AttemptSession", "This quiz opens on %1.")
            .arg(locale.toString(settings.opensAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (settings.closesAt.isValid() && now >= settings.closesAt) {
        return QCoreApplication::translate("lectern::AttemptSession", "This quiz closed on %1.")
            .arg(locale.toString(settings.closesAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (settings.hasAttemptLimit() && attemptsUsed >= settings.attemptsAllowed) {
        if (settings.attemptsAllowed == 1)
            return QCoreApplication::translate("lectern::AttemptSession",
                                               "You have used your only attempt at this quiz.");
        return QCoreApplication::translate("lectern::AttemptSession",
                                           "You have used all %1 attempts at this quiz.")
            .arg(settings.attemptsAllowed);
    }
    return {};
}

} // namespace lectern
