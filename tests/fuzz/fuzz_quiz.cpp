// libFuzzer target for the quiz and attempt decoders (docs/fuzzing.md). Quizzes and results come
// from the server, attempt events and responses from clients, and a damaged local copy may be
// read again; any bytes must give a value or an Error. What decodes must survive the trip back:
// encoding it and decoding the encoding gives the same JSON.

#include "fuzzsupport.h"
#include "sync/quizcodec.h"

#include <QJsonArray>

using namespace lectern;

namespace {

template<typename T, typename Encode>
void checkRoundTrip(const Result<T> &decoded, Result<T> (*decode)(const QJsonObject &),
                    Encode encode)
{
    if (!decoded) {
        FUZZ_CHECK(!decoded.error().message.isEmpty());
        return;
    }
    const QJsonObject encoded = encode(decoded.value());
    const Result<T> again = decode(fuzz::throughWire(encoded));
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(encode(again.value()) == encoded);
}

void checkResponses(const QJsonArray &json, int questionCount)
{
    const Result<QList<Response>> responses = codec::responsesFromJson(json, questionCount);
    if (!responses) {
        FUZZ_CHECK(!responses.error().message.isEmpty());
        return;
    }
    FUZZ_CHECK(responses.value().size() == qMax(0, questionCount));
    const QJsonArray encoded = codec::responsesToJson(responses.value());
    const Result<QList<Response>> again = codec::responsesFromJson(encoded, questionCount);
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(codec::responsesToJson(again.value()) == encoded);
}

QJsonObject fullForm(const Quiz &quiz)
{
    return codec::toJson(quiz, codec::KeyForm::Full);
}
QJsonObject fullForm(const Question &question)
{
    return codec::toJson(question, codec::KeyForm::Full);
}
QJsonObject protectedForm(const Question &question)
{
    return codec::toJson(question, codec::KeyForm::Protected);
}
QJsonObject settingsForm(const QuizSettings &settings)
{
    return codec::toJson(settings);
}
QJsonObject resultForm(const AttemptResult &result)
{
    return codec::toJson(result);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonDocument> document = fuzz::json(data, size);
    if (!document)
        return 0;
    if (document->isArray()) {
        const QJsonArray array = document->array();
        checkResponses(array, int(array.size()));
        checkResponses(array, 4);
        return 0;
    }
    const QJsonObject json = document->object();

    const Result<Quiz> quiz = codec::quizFromJson(json);
    checkRoundTrip<Quiz>(quiz, &codec::quizFromJson, [](const Quiz &q) { return fullForm(q); });

    const Result<Question> question = codec::questionFromJson(json);
    checkRoundTrip<Question>(question, &codec::questionFromJson,
                             [](const Question &q) { return fullForm(q); });
    // The learner's form needs the question's salt (quizcodec.h); the server always has one.
    if (question && !question.value().keySalt.isEmpty()) {
        checkRoundTrip<Question>(question, &codec::questionFromJson,
                                 [](const Question &q) { return protectedForm(q); });
    }

    checkRoundTrip<QuizSettings>(codec::quizSettingsFromJson(json), &codec::quizSettingsFromJson,
                                 [](const QuizSettings &s) { return settingsForm(s); });
    checkRoundTrip<AttemptResult>(codec::attemptResultFromJson(json), &codec::attemptResultFromJson,
                                  [](const AttemptResult &r) { return resultForm(r); });

    // The server reads an attempt event first, then its responses against the quiz's length.
    const Result<codec::AttemptEvent> event = codec::attemptEventFromJson(json);
    if (event) {
        checkResponses(event.value().responses, int(event.value().responses.size()));
        checkResponses(event.value().responses, 4);
    } else {
        FUZZ_CHECK(!event.error().message.isEmpty());
    }
    return 0;
}
