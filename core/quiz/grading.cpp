#include "quiz/grading.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>
#include <QStringView>

namespace lectern {

namespace {

// Chosen answer indexes that exist, each once, in answer order: a duplicate must not count
// twice, and the order of clicks must not change the feedback.
QList<int> validChoices(const Question &question, const QList<int> &choices)
{
    QList<int> out;
    for (int index : choices) {
        if (index >= 0 && index < question.answers.size())
            out.append(index);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString joinFeedback(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            nonEmpty.append(part);
    }
    return nonEmpty.join(u'\n');
}

QuestionGrade gradeSingleChoice(const Question &question, const Response &response)
{
    QuestionGrade result;
    const QList<int> chosen = validChoices(question, response.choices);
    result.answered = !chosen.isEmpty();
    if (chosen.size() == 1) {
        const Answer &answer = question.answers.at(chosen.first());
        result.fraction = answer.weight;
        result.feedback = answer.feedback;
    }
    return result;
}

QuestionGrade gradeMultipleAnswer(const Question &question, const Response &response)
{
    QuestionGrade result;
    const QList<int> chosen = validChoices(question, response.choices);
    result.answered = !chosen.isEmpty();
    QStringList feedback;
    for (int index : chosen) {
        result.fraction += question.answers.at(index).weight;
        feedback.append(question.answers.at(index).feedback);
    }
    result.feedback = joinFeedback(feedback);
    return result;
}

QuestionGrade gradeTrueFalse(const Question &question, const Response &response)
{
    QuestionGrade result;
    result.answered = response.trueFalse.has_value();
    if (result.answered) {
        const bool right = question.trueFalseHash.isEmpty()
            ? *response.trueFalse == question.trueFalseAnswer
            : answerHash(question.keySalt,
                         *response.trueFalse ? QStringLiteral("true") : QStringLiteral("false"))
                == question.trueFalseHash;
        result.fraction = right ? 1.0 : 0.0;
        result.feedback = *response.trueFalse ? question.trueFeedback : question.falseFeedback;
    }
    return result;
}

// Glob match where '*' in the pattern stands for any run of characters (possibly none).
// Linear backtracking over the last '*', so hostile patterns cannot blow up.
bool wildcardMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// Keeps the best weight among the answers that `matches` accepts, and that answer's feedback
// (the first one written, among equals).
template<typename Matches>
void takeBestMatch(const Question &question, Matches matches, QuestionGrade &result)
{
    std::optional<double> best;
    for (const Answer &answer : question.answers) {
        if (matches(answer) && (!best || answer.weight > *best)) {
            best = answer.weight;
            result.feedback = answer.feedback;
        }
    }
    result.fraction = best.value_or(0.0);
}

QuestionGrade gradeShortAnswer(const Question &question, const Response &response)
{
    QuestionGrade result;
    const QString typed = normalizedShortAnswer(response.text, question.caseSensitive);
    result.answered = !typed.isEmpty();
    if (!result.answered)
        return result;
    // Hashed once: every hashed answer of the question shares the question's salt.
    const QByteArray typedHash = answerHash(question.keySalt, typed);
    takeBestMatch(
        question,
        [&](const Answer &answer) {
            if (!answer.textHash.isEmpty())
                return answer.textHash == typedHash;
            return wildcardMatches(normalizedShortAnswer(answer.text, question.caseSensitive),
                                   typed);
        },
        result);
    return result;
}

// The C locale ("2.5", "-1e3"), or one decimal comma instead of the point ("2,5"). Group
// separators are refused: "1,500" must not silently become 1500 for one learner and 1.5 for
// another.
std::optional<double> readNumber(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = c.toDouble(text, &ok);
    if (!ok && text.count(u',') == 1 && !text.contains(u'.')) {
        text.replace(u',', u'.');
        value = c.toDouble(text, &ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool containsNumber(const Answer &answer, double x)
{
    if (answer.text == u"*")
        return true; // "any other number"
    // Binary rounding: 0.15 - 0.1 is a hair above 0.05; Moodle adds a similar slack.
    const double slack = 1e-9 * std::max({1.0, std::abs(answer.value), std::abs(x)});
    if (answer.isRange)
        return x >= answer.rangeMin - slack && x <= answer.rangeMax + slack;
    return std::abs(x - answer.value) <= std::abs(answer.tolerance) + slack;
}

QuestionGrade gradeNumerical(const Question &question, const Response &response)
{
    QuestionGrade result;
    result.answered = !response.text.trimmed().isEmpty();
    const std::optional<double> x = readNumber(response.text);
    if (!x)
        return result; // unanswered, or not a number: no credit
    takeBestMatch(
        question, [x](const Answer &answer) { return containsNumber(answer, *x); }, result);
    return result;
}

QuestionGrade gradeMatching(const Question &question, const Response &response)
{
    QuestionGrade result;
    int items = 0;
    int right = 0;
    for (qsizetype i = 0; i < question.answers.size(); ++i) {
        const Answer &item = question.answers.at(i);
        if (item.text.isEmpty())
            continue; // a distractor match, not an item to pair
        ++items;
        const int chosen = i < response.matches.size() ? response.matches.at(i) : -1;
        if (chosen < 0 || chosen >= question.answers.size())
            continue;
        result.answered = true;
        if (question.answers.at(chosen).matchText == item.matchText)
            ++right;
    }
    result.fraction = items > 0 ? double(right) / items : 0.0;
    return result;
}

QuestionGrade gradeByType(const Question &question, const Response &response)
{
    switch (question.type) {
    case QuestionType::MultipleChoice:
        return gradeSingleChoice(question, response);
    case QuestionType::MultipleAnswer:
        return gradeMultipleAnswer(question, response);
    case QuestionType::TrueFalse:
        return gradeTrueFalse(question, response);
    case QuestionType::ShortAnswer:
        return gradeShortAnswer(question, response);
    case QuestionType::MissingWord:
        return offersChoices(question) ? gradeSingleChoice(question, response)
                                       : gradeShortAnswer(question, response);
    case QuestionType::Numerical:
        return gradeNumerical(question, response);
    case QuestionType::Matching:
        return gradeMatching(question, response);
    case QuestionType::Description:
        break;
    }
    return {};
}

double clampFraction(double fraction)
{
    if (!(fraction > 1e-9)) // also catches NaN
        return 0.0;
    if (fraction > 1.0 - 1e-5)
        return 1.0;
    return fraction;
}

} // namespace

QString normalizedShortAnswer(const QString &text, bool caseSensitive)
{
    const QString simple = text.normalized(QString::NormalizationForm_C).simplified();
    if (caseSensitive)
        return simple;
    // NFC again: case folding may decompose ("ǰ" folds to j + combining caron).
    return simple.toCaseFolded().normalized(QString::NormalizationForm_C);
}

QByteArray answerHash(const QByteArray &salt, const QString &normalised)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(normalised.toUtf8());
    return hash.result().toBase64();
}

bool isWildcardAnswer(const QString &text)
{
    return text.contains(u'*');
}

bool offersChoices(const Question &question)
{
    switch (question.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MultipleAnswer:
        return true;
    case QuestionType::MissingWord:
        return std::any_of(question.answers.cbegin(), question.answers.cend(),
                           [](const Answer &answer) { return answer.weight <= 0; });
    default:
        return false;
    }
}

QuestionGrade grade(const Question &question, const Response &response)
{
    if (question.type == QuestionType::Description)
        return {};
    QuestionGrade result = gradeByType(question, response);
    result.fraction = clampFraction(result.fraction);
    result.generalFeedback = question.generalFeedback;
    return result;
}

QuizGrade gradeQuiz(const QList<Question> &questions, const QList<Response> &responses,
                    double passMark)
{
    QuizGrade quiz;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).type == QuestionType::Description)
            continue;
        quiz.maxScore += 1.0;
        quiz.score
            += grade(questions.at(i), i < responses.size() ? responses.at(i) : Response{}).fraction;
    }
    if (quiz.maxScore <= 0) {
        quiz.percent = 100.0;
        quiz.passed = true;
        return quiz;
    }
    const double ratio = quiz.score / quiz.maxScore;
    quiz.percent = ratio * 100.0;
    quiz.passed = ratio >= passMark - 1e-9;
    return quiz;
}

} // namespace lectern
