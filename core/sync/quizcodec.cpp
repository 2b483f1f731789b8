#include "quizcodec.h"

#include "sync/jsonfields.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace lectern::codec {
namespace {

Error malformed(const QString &what)
{
    return Error{QStringLiteral("malformed_quiz"),
                 QStringLiteral("A quiz or attempt could not be read (%1).").arg(what)};
}

// Base64 text, kept encoded: hashes and salts are compared and stored as text.
QByteArray base64Field(JsonFields &r, const char *key)
{
    const QString text = r.string(key);
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        r.fail(key, QStringLiteral("base64 text"));
    return text.toLatin1();
}

// An optional list of whole numbers: chosen options or matched pairs.
QList<int> wholeNumbers(JsonFields &r, const char *key)
{
    QList<int> result;
    for (const QJsonValue &value : r.optionalArray(key)) {
        const double number = value.toDouble(-0.5);
        if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e9) {
            // fail() only records the problem; converting an out-of-range double to int would
            // be undefined behaviour, so stop here (found by fuzz_quiz).
            r.fail(key, QStringLiteral("a list of whole numbers"));
            return {};
        }
        result.append(int(number));
    }
    return result;
}

// Whether the protected key hashes this answer: exact typed answers only. Choices, numbers
// and pairs are needed as data to grade, and a hash cannot match a wildcard pattern.
bool isHashable(const Question &question, const Answer &answer)
{
    const bool typed = question.type == QuestionType::ShortAnswer
        || (question.type == QuestionType::MissingWord && !offersChoices(question));
    return typed && !isWildcardAnswer(answer.text);
}

QString boolKey(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QJsonObject answerToJson(const Question &question, const Answer &answer, KeyForm form)
{
    QJsonObject json{{QStringLiteral("weight"), answer.weight},
                     {QStringLiteral("feedback"), answer.feedback}};
    // An answer that arrived hashed stays hashed whatever the form: there is no text to write.
    if (!answer.textHash.isEmpty()) {
        json.insert(QStringLiteral("hash"), QString::fromLatin1(answer.textHash));
    } else if (form == KeyForm::Protected && isHashable(question, answer)) {
        const QString normalised = normalizedShortAnswer(answer.text, question.caseSensitive);
        json.insert(QStringLiteral("hash"),
                    QString::fromLatin1(answerHash(question.keySalt, normalised)));
    } else {
        json.insert(QStringLiteral("text"), answer.text);
    }
    if (question.type == QuestionType::Matching)
        json.insert(QStringLiteral("match_text"), answer.matchText);
    if (question.type == QuestionType::Numerical) {
        json.insert(QStringLiteral("value"), answer.value);
        json.insert(QStringLiteral("tolerance"), answer.tolerance);
        json.insert(QStringLiteral("is_range"), answer.isRange);
        json.insert(QStringLiteral("range_min"), answer.rangeMin);
        json.insert(QStringLiteral("range_max"), answer.rangeMax);
    }
    return json;
}

Answer answerFromJson(JsonFields &parent, const QJsonValue &value, QuestionType type)
{
    JsonFields r(value.toObject(), QStringLiteral("answer"));
    if (!value.isObject())
        r.fail(QStringLiteral("should be an object"));
    Answer answer;
    if (r.has("hash"))
        answer.textHash = base64Field(r, "hash");
    else
        answer.text = r.string("text");
    answer.weight = r.number("weight");
    if (answer.weight < -1.0 - 1e-9 || answer.weight > 1.0 + 1e-9)
        r.fail("weight", "between -1 and 1");
    answer.feedback = r.optionalString("feedback");
    if (type == QuestionType::Matching)
        answer.matchText = r.string("match_text");
    if (type == QuestionType::Numerical) {
        answer.value = r.optionalNumber("value", 0);
        answer.tolerance = r.optionalNumber("tolerance", 0);
        answer.isRange = r.optionalBoolean("is_range", false);
        answer.rangeMin = r.optionalNumber("range_min", 0);
        answer.rangeMax = r.optionalNumber("range_max", 0);
    }
    parent.adopt(r);
    return answer;
}

QJsonObject reviewToJson(const QuestionReview &review)
{
    QJsonObject json{{QStringLiteral("question"), review.question},
                     {QStringLiteral("fraction"), review.fraction},
                     {QStringLiteral("answered"), review.answered}};
    if (!review.feedback.isEmpty())
        json.insert(QStringLiteral("feedback"), review.feedback);
    if (!review.generalFeedback.isEmpty())
        json.insert(QStringLiteral("general_feedback"), review.generalFeedback);
    if (!review.correctAnswer.isEmpty())
        json.insert(QStringLiteral("correct_answer"), review.correctAnswer);
    return json;
}

QuestionReview reviewFromJson(JsonFields &parent, const QJsonValue &value)
{
    JsonFields r(value.toObject(), QStringLiteral("review"));
    if (!value.isObject())
        r.fail(QStringLiteral("should be an object"));
    QuestionReview review;
    review.question = r.integer("question");
    if (review.question < 0)
        r.fail("question", "an index of 0 or more");
    review.fraction = r.number("fraction");
    // Older servers did not send "answered": a question with credit was answered.
    review.answered = r.optionalBoolean("answered", review.fraction > 0);
    review.feedback = r.optionalString("feedback");
    review.generalFeedback = r.optionalString("general_feedback");
    review.correctAnswer = r.optionalString("correct_answer");
    parent.adopt(r);
    return review;
}

QJsonObject gradeToJson(double score, double maxScore, double percent, bool passed)
{
    return QJsonObject{{QStringLiteral("score"), score},
                       {QStringLiteral("max_score"), maxScore},
                       {QStringLiteral("percent"), percent},
                       {QStringLiteral("passed"), passed}};
}

} // namespace

QString timestampToJson(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFromJson(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    // ISO 8601 text has four-digit years: a time that UTC pushes outside them could not be
    // written back (toString() gives ""), so a round trip would turn it into "no time".
    if (!time.isValid() || time.date().year() < 1 || time.date().year() > 9999)
        return {};
    return time;
}

QJsonObject toJson(const QuizSettings &settings)
{
    QJsonObject json{
        {QStringLiteral("pass_mark"), settings.passMark},
        {QStringLiteral("attempts_allowed"), settings.attemptsAllowed},
        {QStringLiteral("time_limit_minutes"), settings.timeLimitMinutes},
        {QStringLiteral("shuffle_questions"), settings.shuffleQuestions},
        {QStringLiteral("shuffle_answers"), settings.shuffleAnswers},
        {QStringLiteral("show_feedback"), settings.showFeedback},
        {QStringLiteral("show_answers"), answerVisibilityName(settings.showAnswers)},
        {QStringLiteral("layout"), quizLayoutName(settings.layout)},
    };
    if (settings.opensAt.isValid())
        json.insert(QStringLiteral("opens_at"), timestampToJson(settings.opensAt));
    if (settings.closesAt.isValid())
        json.insert(QStringLiteral("closes_at"), timestampToJson(settings.closesAt));
    return json;
}

Result<QuizSettings> quizSettingsFromJson(const QJsonObject &json)
{
    // Every key is optional (a missing one takes its default, so a newer server may add keys
    // and an older one may omit them), but a present key must have the right type and range.
    JsonFields r(json, QStringLiteral("settings"));
    QuizSettings settings;
    settings.passMark = r.optionalNumber("pass_mark", settings.passMark);
    if (settings.passMark < 0 || settings.passMark > 1)
        r.fail("pass_mark", "between 0 and 1");
    settings.attemptsAllowed = r.optionalInteger("attempts_allowed", settings.attemptsAllowed);
    if (settings.attemptsAllowed < 0)
        r.fail("attempts_allowed", "0 or more");
    settings.timeLimitMinutes = r.optionalInteger("time_limit_minutes", settings.timeLimitMinutes);
    if (settings.timeLimitMinutes < 0)
        r.fail("time_limit_minutes", "0 or more");
    settings.shuffleQuestions = r.optionalBoolean("shuffle_questions", settings.shuffleQuestions);
    settings.shuffleAnswers = r.optionalBoolean("shuffle_answers", settings.shuffleAnswers);
    settings.showFeedback = r.optionalBoolean("show_feedback", settings.showFeedback);
    if (r.has("show_answers")) {
        const auto visibility = answerVisibilityFromName(r.string("show_answers"));
        if (!visibility)
            r.fail("show_answers", "never, after_submission or after_last_attempt");
        settings.showAnswers = visibility.value_or(settings.showAnswers);
    }
    if (r.has("layout")) {
        const auto layout = quizLayoutFromName(r.string("layout"));
        if (!layout)
            r.fail("layout", "one_per_page or all_on_one_page");
        settings.layout = layout.value_or(settings.layout);
    }
    settings.opensAt = r.optionalTime("opens_at");
    settings.closesAt = r.optionalTime("closes_at");
    if (!r.isOk())
        return malformed(r.problem());
    return settings;
}

QJsonObject toJson(const Question &question, KeyForm form)
{
    QJsonArray answers;
    for (const Answer &answer : question.answers)
        answers.append(answerToJson(question, answer, form));
    QJsonObject json{{QStringLiteral("name"), question.name},
                     {QStringLiteral("category"), question.category},
                     {QStringLiteral("type"), questionTypeName(question.type)},
                     {QStringLiteral("format"), textFormatName(question.format)},
                     {QStringLiteral("text"), question.text},
                     {QStringLiteral("general_feedback"), question.generalFeedback},
                     {QStringLiteral("case_sensitive"), question.caseSensitive},
                     {QStringLiteral("answers"), answers}};
    // The full form carries the salt too, so the server can store what it encodes and keep
    // each question's salt stable across imports.
    if (!question.keySalt.isEmpty())
        json.insert(QStringLiteral("key_salt"), QString::fromLatin1(question.keySalt.toBase64()));
    if (question.type == QuestionType::MissingWord)
        json.insert(QStringLiteral("text_after"), question.textAfter);
    if (question.type == QuestionType::TrueFalse) {
        if (!question.trueFalseHash.isEmpty()) {
            json.insert(QStringLiteral("true_false_hash"),
                        QString::fromLatin1(question.trueFalseHash));
        } else if (form == KeyForm::Protected) {
            json.insert(QStringLiteral("true_false_hash"),
                        QString::fromLatin1(
                            answerHash(question.keySalt, boolKey(question.trueFalseAnswer))));
        } else {
            json.insert(QStringLiteral("true_false_answer"), question.trueFalseAnswer);
        }
        json.insert(QStringLiteral("true_feedback"), question.trueFeedback);
        json.insert(QStringLiteral("false_feedback"), question.falseFeedback);
    }
    return json;
}

Result<Question> questionFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("question"));
    Question question;
    question.name = r.optionalString("name");
    question.category = r.optionalString("category");
    const auto type = questionTypeFromName(r.string("type"));
    if (!type)
        r.fail("type", "a known question type");
    question.type = type.value_or(QuestionType::Description);
    if (r.has("format")) {
        const auto format = textFormatFromName(r.string("format"));
        if (!format)
            r.fail("format", "moodle, html, markdown or plain");
        question.format = format.value_or(TextFormat::Moodle);
    }
    question.text = r.string("text");
    question.generalFeedback = r.optionalString("general_feedback");
    question.caseSensitive = r.optionalBoolean("case_sensitive", false);
    if (r.has("key_salt")) {
        question.keySalt = QByteArray::fromBase64(base64Field(r, "key_salt"));
    }
    for (const QJsonValue &value : r.array("answers"))
        question.answers.append(answerFromJson(r, value, question.type));
    if (question.type == QuestionType::MissingWord)
        question.textAfter = r.optionalString("text_after");
    if (question.type == QuestionType::TrueFalse) {
        if (r.has("true_false_hash"))
            question.trueFalseHash = base64Field(r, "true_false_hash");
        else
            question.trueFalseAnswer = r.boolean("true_false_answer");
        question.trueFeedback = r.optionalString("true_feedback");
        question.falseFeedback = r.optionalString("false_feedback");
    }
    const bool hashed = !question.trueFalseHash.isEmpty()
        || std::any_of(question.answers.cbegin(), question.answers.cend(),
                       [](const Answer &answer) { return !answer.textHash.isEmpty(); });
    if (hashed && question.keySalt.isEmpty())
        r.fail("key_salt", "present when answers are hashed");
    if (!r.isOk())
        return malformed(r.problem());
    return question;
}

QJsonObject toJson(const Quiz &quiz, KeyForm form)
{
    QJsonArray questions;
    for (const Question &question : quiz.questions)
        questions.append(toJson(question, form));
    return QJsonObject{{QStringLiteral("lecture_id"), quiz.lectureId},
                       {QStringLiteral("title"), quiz.title},
                       {QStringLiteral("version"), quiz.version},
                       {QStringLiteral("settings"), toJson(quiz.settings)},
                       {QStringLiteral("questions"), questions}};
}

Result<Quiz> quizFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("quiz"));
    Quiz quiz;
    quiz.lectureId = r.string("lecture_id");
    quiz.title = r.string("title");
    quiz.version = r.string("version");
    const Result<QuizSettings> settings = quizSettingsFromJson(r.object("settings"));
    if (settings)
        quiz.settings = settings.value();
    else
        r.adopt(settings.error().message);
    const QJsonArray questions = r.array("questions");
    for (qsizetype i = 0; i < questions.size(); ++i) {
        Result<Question> question = questionFromJson(questions.at(i).toObject());
        if (!question) {
            r.fail(QStringLiteral("question %1: %2").arg(i).arg(question.error().message));
            break;
        }
        quiz.questions.append(std::move(question).value());
    }
    if (!r.isOk())
        return malformed(r.problem());
    return quiz;
}

QJsonArray responsesToJson(const QList<Response> &responses)
{
    QJsonArray array;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const Response &response = responses.at(i);
        QJsonObject json{{QStringLiteral("question"), int(i)}};
        if (!response.choices.isEmpty()) {
            QJsonArray choices;
            for (int choice : response.choices)
                choices.append(choice);
            json.insert(QStringLiteral("choices"), choices);
        }
        if (response.trueFalse)
            json.insert(QStringLiteral("true_false"), *response.trueFalse);
        if (!response.text.isEmpty())
            json.insert(QStringLiteral("text"), response.text);
        if (!response.matches.isEmpty()) {
            QJsonArray matches;
            for (int match : response.matches)
                matches.append(match);
            json.insert(QStringLiteral("matches"), matches);
        }
        array.append(json);
    }
    return array;
}

Result<QList<Response>> responsesFromJson(const QJsonArray &json, int questionCount)
{
    QList<Response> responses(qMax(0, questionCount));
    QList<bool> seen(responses.size(), false);
    for (const QJsonValue &value : json) {
        JsonFields r(value.toObject(), QStringLiteral("response"));
        if (!value.isObject())
            r.fail(QStringLiteral("should be an object"));
        const int index = r.integer("question");
        if (r.isOk() && (index < 0 || index >= questionCount))
            r.fail(QStringLiteral("question %1 is not in a quiz of %2 questions")
                       .arg(index)
                       .arg(questionCount));
        else if (r.isOk() && seen.at(index))
            r.fail(QStringLiteral("question %1 is answered twice").arg(index));
        Response response;
        response.choices = wholeNumbers(r, "choices");
        if (r.has("true_false"))
            response.trueFalse = r.boolean("true_false");
        response.text = r.optionalString("text");
        response.matches = wholeNumbers(r, "matches");
        if (!r.isOk())
            return malformed(r.problem());
        responses[index] = std::move(response);
        seen[index] = true;
    }
    return responses;
}

QJsonObject toJson(const AttemptResult &result)
{
    QJsonArray review;
    for (const QuestionReview &line : result.review)
        review.append(reviewToJson(line));
    QJsonObject json = gradeToJson(result.score, result.maxScore, result.percent, result.passed);
    json.insert(QStringLiteral("status"), attemptStatusName(result.status));
    json.insert(QStringLiteral("reason"), result.reason);
    json.insert(QStringLiteral("attempt_number"), result.attemptNumber);
    json.insert(QStringLiteral("review"), review);
    if (!result.attemptId.isEmpty())
        json.insert(QStringLiteral("attempt_id"), result.attemptId);
    if (!result.lectureId.isEmpty())
        json.insert(QStringLiteral("lecture_id"), result.lectureId);
    if (result.startedAt.isValid())
        json.insert(QStringLiteral("started_at"), timestampToJson(result.startedAt));
    if (result.finishedAt.isValid())
        json.insert(QStringLiteral("finished_at"), timestampToJson(result.finishedAt));
    if (result.receivedAt.isValid())
        json.insert(QStringLiteral("received_at"), timestampToJson(result.receivedAt));
    return json;
}

Result<AttemptResult> attemptResultFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("attempt result"));
    AttemptResult result;
    result.attemptId = r.optionalString("attempt_id");
    result.lectureId = r.optionalString("lecture_id");
    const auto status = attemptStatusFromName(r.string("status"));
    if (!status)
        r.fail("status", "provisional, counted, not_counted, refused or rejected");
    result.status = status.value_or(AttemptStatus::Provisional);
    result.reason = r.optionalString("reason");
    result.attemptNumber = r.optionalInteger("attempt_number", 0);
    result.score = r.number("score");
    result.maxScore = r.number("max_score");
    result.percent = r.number("percent");
    result.passed = r.boolean("passed");
    for (const QJsonValue &value : r.optionalArray("review"))
        result.review.append(reviewFromJson(r, value));
    result.startedAt = r.optionalTime("started_at");
    result.finishedAt = r.optionalTime("finished_at");
    result.receivedAt = r.optionalTime("received_at");
    if (!r.isOk())
        return malformed(r.problem());
    return result;
}

QJsonObject attemptEventPayload(const Attempt &attempt, const QString &deviceId)
{
    QJsonObject json{{QStringLiteral("attempt_id"), attempt.attemptId},
                     {QStringLiteral("lecture_id"), attempt.lectureId},
                     {QStringLiteral("started_at"), timestampToJson(attempt.startedAt)},
                     {QStringLiteral("finished_at"), timestampToJson(attempt.finishedAt)},
                     {QStringLiteral("auto_submitted"), attempt.autoSubmitted},
                     {QStringLiteral("device_id"), deviceId},
                     {QStringLiteral("responses"), responsesToJson(attempt.responses)}};
    if (attempt.provisional) {
        const AttemptResult &grade = *attempt.provisional;
        json.insert(QStringLiteral("provisional"),
                    gradeToJson(grade.score, grade.maxScore, grade.percent, grade.passed));
    }
    return json;
}

Result<AttemptEvent> attemptEventFromJson(const QJsonObject &payload)
{
    JsonFields r(payload, QStringLiteral("quiz_attempt"));
    AttemptEvent event;
    event.attemptId = r.string("attempt_id");
    if (event.attemptId.trimmed().isEmpty())
        r.fail("attempt_id", "a non-empty id");
    event.lectureId = r.string("lecture_id");
    event.deviceId = r.optionalString("device_id");
    event.startedAt = r.time("started_at");
    event.finishedAt = r.time("finished_at");
    if (r.isOk() && event.finishedAt < event.startedAt)
        r.fail(QStringLiteral("finished_at is before started_at"));
    event.autoSubmitted = r.optionalBoolean("auto_submitted", false);
    event.responses = r.array("responses");
    if (r.has("provisional")) {
        JsonFields p(r.object("provisional"), QStringLiteral("provisional"));
        QuizGrade grade;
        grade.score = p.number("score");
        grade.maxScore = p.number("max_score");
        grade.percent = p.number("percent");
        grade.passed = p.boolean("passed");
        r.adopt(p);
        event.provisional = grade;
    }
    if (!r.isOk())
        return malformed(r.problem());
    return event;
}

} // namespace lectern::codec
