// libFuzzer target for the GIFT parser (docs/fuzzing.md). Faculty write GIFT by hand and the
// server imports it, so any text must come back as questions and errors: no crash, no hang, no
// undefined behaviour, and nothing the quiz page or the grader could trip over.

#include "fuzzsupport.h"
#include "quiz/giftparser.h"

using namespace lectern;

namespace {

void checkQuestion(const Question &question)
{
    FUZZ_CHECK(question.line >= 1);
    FUZZ_CHECK(!question.name.isEmpty()); // the quiz page and gift-check list questions by name
    switch (question.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MultipleAnswer:
        FUZZ_CHECK(question.answers.size() >= 2);
        break;
    case QuestionType::Matching:
        FUZZ_CHECK(question.answers.size() >= 2);
        for (const Answer &answer : question.answers)
            FUZZ_CHECK(!answer.matchText.isEmpty());
        break;
    case QuestionType::ShortAnswer:
    case QuestionType::MissingWord:
    case QuestionType::Numerical:
        FUZZ_CHECK(!question.answers.isEmpty());
        break;
    case QuestionType::TrueFalse:
    case QuestionType::Description:
        break;
    }
    for (const Answer &answer : question.answers) {
        FUZZ_CHECK(answer.weight >= -1.0 && answer.weight <= 1.0);
        if (question.type == QuestionType::Numerical && answer.text != u"*") {
            FUZZ_CHECK(answer.tolerance >= 0);
            FUZZ_CHECK(answer.rangeMin <= answer.rangeMax);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const GiftParseResult result = GiftParser::parse(text);
    for (const GiftError &error : result.errors) {
        // gift-check prints "file:line:column: message"; a zero would point nowhere.
        FUZZ_CHECK(error.line >= 1 && error.column >= 1);
        FUZZ_CHECK(!error.message.isEmpty());
    }
    for (const Question &question : result.questions)
        checkQuestion(question);
    return 0;
}
