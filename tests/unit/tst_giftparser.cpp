#include "quiz/giftparser.h"
#include "support/largeinputs.h"

#include <cmath>
#include <optional>

#include <QFile>
#include <QTest>

using namespace lectern;

namespace {

QString describe(const QList<GiftError> &errors)
{
    QStringList lines;
    for (const GiftError &e : errors)
        lines.append(QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message));
    return lines.join(u'\n');
}

QStringList texts(const Question &q)
{
    QStringList out;
    for (const Answer &a : q.answers)
        out.append(a.text);
    return out;
}

QStringList feedbacks(const Question &q)
{
    QStringList out;
    for (const Answer &a : q.answers)
        out.append(a.feedback);
    return out;
}

QList<double> weights(const Question &q)
{
    QList<double> out;
    for (const Answer &a : q.answers)
        out.append(std::round(a.weight * 1e6) / 1e6); // "%33.3333%" compares as 0.333333
    return out;
}

// The one question `gift` holds; nothing (and the reason logged) when it holds anything else.
std::optional<Question> parseOne(const QString &gift)
{
    const GiftParseResult r = GiftParser::parse(gift);
    if (!r.errors.isEmpty() || r.questions.size() != 1) {
        qWarning("expected one question, got %d; errors:\n%s", int(r.questions.size()),
                 qPrintable(describe(r.errors)));
        return std::nullopt;
    }
    return r.questions.first();
}

} // namespace

class TestGiftParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNamesAreStable_data();
    void typeNamesAreStable();

    void readsChoiceQuestions_data();
    void readsChoiceQuestions();
    void readsTrueFalse_data();
    void readsTrueFalse();
    void readsShortAnswers_data();
    void readsShortAnswers();
    void blankInsideSentence_data();
    void blankInsideSentence();
    void readsNumerical_data();
    void readsNumerical();
    void readsMatching_data();
    void readsMatching();
    void readsDescriptionsAndEssays_data();
    void readsDescriptionsAndEssays();
    void readsNamesAndFormats_data();
    void readsNamesAndFormats();
    void resolvesEscapes_data();
    void resolvesEscapes();

    void ignoresCommentLinesButNotUrls();
    void categoryAppliesToFollowingQuestions();
    void reportsTheLineWhereEachQuestionStarts();
    void acceptsWindowsLineEndingsAndBom();
    void readsMultiLineQuestionsAndAnswers();
    void blankLineInsideAnswerBlockBeforeAnAnswerIsAllowed();
    void namedQuestionStartsANewQuestionWithoutBlankLine();
    void emptyInputHasNoQuestions_data();
    void emptyInputHasNoQuestions();

    void reportsErrorsWithPosition_data();
    void reportsErrorsWithPosition();
    void badQuestionBetweenTwoGoodOnesIsSkipped_data();
    void badQuestionBetweenTwoGoodOnesIsSkipped();

    void caseSensitiveDirectiveMarksItsQuestion_data();
    void caseSensitiveDirectiveMarksItsQuestion();
    void misplacedDirectiveIsReported_data();
    void misplacedDirectiveIsReported();

    void sampleFileParsesCompletely();
    void moodleExportParsesUnchanged();
    void malformedCorpusReportsEveryMistakeAndKeepsTheRest();
    void largeFilesParseInLinearTime();
};

void TestGiftParser::typeNamesAreStable_data()
{
    QTest::addColumn<QuestionType>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("mc") << QuestionType::MultipleChoice << "multiple_choice";
    QTest::newRow("ma") << QuestionType::MultipleAnswer << "multiple_answer";
    QTest::newRow("tf") << QuestionType::TrueFalse << "true_false";
    QTest::newRow("sa") << QuestionType::ShortAnswer << "short_answer";
    QTest::newRow("mw") << QuestionType::MissingWord << "missing_word";
    QTest::newRow("num") << QuestionType::Numerical << "numerical";
    QTest::newRow("match") << QuestionType::Matching << "matching";
    QTest::newRow("desc") << QuestionType::Description << "description";
}

void TestGiftParser::typeNamesAreStable()
{
    QFETCH(QuestionType, type);
    QFETCH(QString, name);
    QCOMPARE(questionTypeName(type), name);
}

void TestGiftParser::readsChoiceQuestions_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<double>>("expectedWeights");
    QTest::addColumn<QStringList>("feedback");
    QTest::addColumn<QString>("generalFeedback");

    QTest::newRow("one right answer")
        << "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}"
        << "multiple_choice"
        << "Who's buried in Grant's tomb?" << QStringList{"Grant", "Jefferson", "no one"}
        << QList<double>{0, 0, 1} << QStringList{"", "", ""} << "";
    QTest::newRow("feedback per answer")
        << "What's between orange and green?\n"
           "{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }"
        << "multiple_choice"
        << "What's between orange and green?" << QStringList{"yellow", "red", "blue"}
        << QList<double>{1, 0, 0}
        << QStringList{"right; good!", "wrong, it's yellow", "wrong, it's yellow"} << "";
    QTest::newRow("partial credit beside the right answer")
        << "Jesus Christ was from {\n"
           "   ~Jerusalem#This was an important city, but the wrong answer.\n"
           "   ~%25%Bethlehem#He was born here, but not raised here.\n"
           "   ~%50%Galilee#You need to be more specific.\n"
           "   =Nazareth#Yes! That's right!\n"
           "}"
        << "multiple_choice"
        << "Jesus Christ was from" << QStringList{"Jerusalem", "Bethlehem", "Galilee", "Nazareth"}
        << QList<double>{0, 0.25, 0.5, 1}
        << QStringList{"This was an important city, but the wrong answer.",
                       "He was born here, but not raised here.", "You need to be more specific.",
                       "Yes! That's right!"}
        << "";
    QTest::newRow("weights without '=' make multiple answers")
        << "What two people are entombed in Grant's tomb? {\n"
           "   ~%-100%No one\n"
           "   ~%50%Grant\n"
           "   ~%50%Grant's wife\n"
           "   ~%-100%Grant's father\n"
           "}"
        << "multiple_answer"
        << "What two people are entombed in Grant's tomb?"
        << QStringList{"No one", "Grant", "Grant's wife", "Grant's father"}
        << QList<double>{-1, 0.5, 0.5, -1} << QStringList{"", "", "", ""} << "";
    QTest::newRow("full weight on '~' is still multiple answers")
        << "Pick the capital. {~%100%Paris ~London}"
        << "multiple_answer"
        << "Pick the capital." << QStringList{"Paris", "London"} << QList<double>{1, 0}
        << QStringList{"", ""} << "";
    QTest::newRow("fractional weights")
        << "Pick. {~%33.3333%a ~%33.3333%b ~%33.3333%c ~%-50%d}"
        << "multiple_answer"
        << "Pick." << QStringList{"a", "b", "c", "d"}
        << QList<double>{0.333333, 0.333333, 0.333333, -0.5} << QStringList{"", "", "", ""} << "";
    QTest::newRow("general feedback") << "2+2? {=4 #Yes ~5 ####Count on your fingers.}"
                                      << "multiple_choice"
                                      << "2+2?" << QStringList{"4", "5"} << QList<double>{1, 0}
                                      << QStringList{"Yes", ""} << "Count on your fingers.";
    QTest::newRow("answer spread over lines with a comment inside")
        << "Colour of the sky? {\n"
           "  =blue\n"
           "  // the classic distractor:\n"
           "  ~green #Grass is green.\n"
           "}"
        << "multiple_choice"
        << "Colour of the sky?" << QStringList{"blue", "green"} << QList<double>{1, 0}
        << QStringList{"", "Grass is green."} << "";
    QTest::newRow("several '=' answers stay single choice")
        << "A vowel? {=a =e ~b}"
        << "multiple_choice"
        << "A vowel?" << QStringList{"a", "e", "b"} << QList<double>{1, 1, 0}
        << QStringList{"", "", ""} << "";
}

void TestGiftParser::readsChoiceQuestions()
{
    QFETCH(QString, gift);
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QStringList, answers);
    QFETCH(QList<double>, expectedWeights);
    QFETCH(QStringList, feedback);
    QFETCH(QString, generalFeedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(questionTypeName(q.type), type);
    QCOMPARE(q.text, text);
    QCOMPARE(q.textAfter, QString());
    QCOMPARE(texts(q), answers);
    QCOMPARE(weights(q), expectedWeights);
    QCOMPARE(feedbacks(q), feedback);
    QCOMPARE(q.generalFeedback, generalFeedback);
}

void TestGiftParser::readsTrueFalse_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<QString>("trueFeedback");
    QTest::addColumn<QString>("falseFeedback");
    QTest::addColumn<QString>("generalFeedback");

    QTest::newRow("T") << "The sun rises in the east.{T}" << true << ""
                       << ""
                       << "";
    QTest::newRow("F") << "The sun rises in the west.{F}" << false << ""
                       << ""
                       << "";
    QTest::newRow("TRUE") << "Water is wet. {TRUE}" << true << ""
                          << ""
                          << "";
    QTest::newRow("FALSE") << "Fire is cold. { FALSE }" << false << ""
                           << ""
                           << "";
    QTest::newRow("lower case") << "Ice is cold. {true}" << true << ""
                                << ""
                                << "";
    // GIFT: the first feedback is for a wrong answer, the second for a right one.
    QTest::newRow("TRUE with both feedbacks")
        << "Grant was a president.{TRUE#No, he was.#Yes, the 18th.}" << true << "Yes, the 18th."
        << "No, he was."
        << "";
    QTest::newRow("FALSE with both feedbacks")
        << "Grant is buried in Grant's tomb.{FALSE#No, he is entombed.#Yes, not buried.}" << false
        << "No, he is entombed."
        << "Yes, not buried."
        << "";
    QTest::newRow("only wrong-answer feedback")
        << "Two is odd. {F #It is even.}" << false << "It is even."
        << ""
        << "";
    QTest::newRow("general feedback") << "Two is even. {T####Divisible by two.}" << true << ""
                                      << ""
                                      << "Divisible by two.";
    QTest::newRow("feedbacks and general feedback")
        << "Two is even. {T#Think again.#Well done.####Divisible by two.}" << true << "Well done."
        << "Think again."
        << "Divisible by two.";
}

void TestGiftParser::readsTrueFalse()
{
    QFETCH(QString, gift);
    QFETCH(bool, answer);
    QFETCH(QString, trueFeedback);
    QFETCH(QString, falseFeedback);
    QFETCH(QString, generalFeedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.type, QuestionType::TrueFalse);
    QCOMPARE(q.trueFalseAnswer, answer);
    QCOMPARE(q.trueFeedback, trueFeedback);
    QCOMPARE(q.falseFeedback, falseFeedback);
    QCOMPARE(q.generalFeedback, generalFeedback);
    QVERIFY(q.answers.isEmpty());
}

void TestGiftParser::readsShortAnswers_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<double>>("expectedWeights");
    QTest::addColumn<QStringList>("feedback");

    QTest::newRow("two right answers")
        << "Who's buried in Grant's tomb?{=no one =nobody}" << QStringList{"no one", "nobody"}
        << QList<double>{1, 1} << QStringList{"", ""};
    QTest::newRow("weights and feedback")
        << "Jesus Christ was from {\n"
           "   =Nazareth#Yes! That's right!\n"
           "   =%75%Nazereth#Right, but misspelled.\n"
           "   =%25%Bethlehem#He was born here, but not raised here.\n"
           "}"
        << QStringList{"Nazareth", "Nazereth", "Bethlehem"} << QList<double>{1, 0.75, 0.25}
        << QStringList{"Yes! That's right!", "Right, but misspelled.",
                       "He was born here, but not raised here."};
    QTest::newRow("single answer")
        << "Name the receptor. {=nociceptor}" << QStringList{"nociceptor"} << QList<double>{1}
        << QStringList{""};
}

void TestGiftParser::readsShortAnswers()
{
    QFETCH(QString, gift);
    QFETCH(QStringList, answers);
    QFETCH(QList<double>, expectedWeights);
    QFETCH(QStringList, feedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.type, QuestionType::ShortAnswer);
    QCOMPARE(texts(q), answers);
    QCOMPARE(weights(q), expectedWeights);
    QCOMPARE(feedbacks(q), feedback);
}

void TestGiftParser::blankInsideSentence_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("textAfter");
    QTest::addColumn<QStringList>("answers");

    QTest::newRow("choice in the middle")
        << "Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org."
        << "missing_word"
        << "Moodle costs"
        << "to download from moodle.org."
        << QStringList{"lots of money", "nothing", "a small amount"};
    QTest::newRow("typed word in the middle") << "Two plus {=two =2} equals four."
                                              << "missing_word"
                                              << "Two plus"
                                              << "equals four." << QStringList{"two", "2"};
    QTest::newRow("blank at the start") << "{=Two =2} plus two equals four."
                                        << "missing_word"
                                        << ""
                                        << "plus two equals four." << QStringList{"Two", "2"};
    QTest::newRow("blank before the full stop")
        << "The numeric rating scale runs from 0 to {=10 =ten}."
        << "missing_word"
        << "The numeric rating scale runs from 0 to"
        << "." << QStringList{"10", "ten"};
    QTest::newRow("text after spans lines")
        << "Grant is {~buried =entombed ~living}\nin Grant's tomb."
        << "missing_word"
        << "Grant is"
        << "in Grant's tomb." << QStringList{"buried", "entombed", "living"};
    QTest::newRow("numerical keeps its type") << "Grant was born in {#1822} in Ohio."
                                              << "numerical"
                                              << "Grant was born in"
                                              << "in Ohio." << QStringList{"1822"};
    QTest::newRow("true/false keeps its type") << "The statement {T} holds."
                                               << "true_false"
                                               << "The statement"
                                               << "holds." << QStringList{};
}

void TestGiftParser::blankInsideSentence()
{
    QFETCH(QString, gift);
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, textAfter);
    QFETCH(QStringList, answers);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(questionTypeName(q.type), type);
    QCOMPARE(q.text, text);
    QCOMPARE(q.textAfter, textAfter);
    QCOMPARE(texts(q), answers);
}

void TestGiftParser::readsNumerical_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("tolerances");
    QTest::addColumn<QList<double>>("mins");
    QTest::addColumn<QList<double>>("maxs");
    QTest::addColumn<QList<bool>>("ranges");
    QTest::addColumn<QList<double>>("expectedWeights");
    QTest::addColumn<QStringList>("feedback");

    QTest::newRow("exact") << "When was Ulysses S. Grant born?{#1822}" << QStringList{"1822"}
                           << QList<double>{1822} << QList<double>{0} << QList<double>{1822}
                           << QList<double>{1822} << QList<bool>{false} << QList<double>{1}
                           << QStringList{""};
    QTest::newRow("tolerance") << "What is pi to one decimal? {#2.5:0.5}" << QStringList{"2.5:0.5"}
                               << QList<double>{2.5} << QList<double>{0.5} << QList<double>{2}
                               << QList<double>{3} << QList<bool>{false} << QList<double>{1}
                               << QStringList{""};
    QTest::newRow("range") << "What is a number from 1 to 5? {#1..5}" << QStringList{"1..5"}
                           << QList<double>{3} << QList<double>{2} << QList<double>{1}
                           << QList<double>{5} << QList<bool>{true} << QList<double>{1}
                           << QStringList{""};
    QTest::newRow("negative range")
        << "Below zero? {#-5..-1}" << QStringList{"-5..-1"} << QList<double>{-3} << QList<double>{2}
        << QList<double>{-5} << QList<double>{-1} << QList<bool>{true} << QList<double>{1}
        << QStringList{""};
    QTest::newRow("several answers with weights")
        << "Year of the first landing? {# =2000:0 =%50%2001:1}" << QStringList{"2000:0", "2001:1"}
        << QList<double>{2000, 2001} << QList<double>{0, 1} << QList<double>{2000, 2000}
        << QList<double>{2000, 2002} << QList<bool>{false, false} << QList<double>{1, 0.5}
        << QStringList{"", ""};
    QTest::newRow("feedback over several lines")
        << "When was Ulysses S. Grant born? {#\n"
           "         =1822:0      # Correct! Full credit.\n"
           "         =%50%1822:2  # He was born in 1822. Half credit for being close.\n"
           "}"
        << QStringList{"1822:0", "1822:2"} << QList<double>{1822, 1822} << QList<double>{0, 2}
        << QList<double>{1822, 1820} << QList<double>{1822, 1824} << QList<bool>{false, false}
        << QList<double>{1, 0.5}
        << QStringList{"Correct! Full credit.",
                       "He was born in 1822. Half credit for being close."};
    QTest::newRow("catch-all wrong feedback")
        << "Pi to two places? {#=3.14:0.005 #Right ~#Think of a circle.}"
        << QStringList{"3.14:0.005", "*"} << QList<double>{3.14, 0} << QList<double>{0.005, 0}
        << QList<double>{3.135, 0} << QList<double>{3.145, 0} << QList<bool>{false, false}
        << QList<double>{1, 0} << QStringList{"Right", "Think of a circle."};
    QTest::newRow("exponent") << "Avogadro? {#6.022e23:1e21}" << QStringList{"6.022e23:1e21"}
                              << QList<double>{6.022e23} << QList<double>{1e21}
                              << QList<double>{6.012e23} << QList<double>{6.032e23}
                              << QList<bool>{false} << QList<double>{1} << QStringList{""};
}

void TestGiftParser::readsNumerical()
{
    QFETCH(QString, gift);
    QFETCH(QStringList, answers);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, tolerances);
    QFETCH(QList<double>, mins);
    QFETCH(QList<double>, maxs);
    QFETCH(QList<bool>, ranges);
    QFETCH(QList<double>, expectedWeights);
    QFETCH(QStringList, feedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.type, QuestionType::Numerical);
    QCOMPARE(texts(q), answers);
    QCOMPARE(weights(q), expectedWeights);
    QCOMPARE(feedbacks(q), feedback);
    for (qsizetype i = 0; i < q.answers.size(); ++i) {
        const Answer &a = q.answers.at(i);
        QCOMPARE(a.value, values.at(i));
        QCOMPARE(a.tolerance, tolerances.at(i));
        QCOMPARE(a.rangeMin, mins.at(i));
        QCOMPARE(a.rangeMax, maxs.at(i));
        QCOMPARE(a.isRange, ranges.at(i));
    }
}

void TestGiftParser::readsMatching_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("matches");

    QTest::newRow("four pairs over lines") << "Match the countries with their capitals. {\n"
                                              "   =Canada -> Ottawa\n"
                                              "   =Italy  -> Rome\n"
                                              "   =Japan  -> Tokyo\n"
                                              "   =India  -> New Delhi\n"
                                              "}"
                                           << QStringList{"Canada", "Italy", "Japan", "India"}
                                           << QStringList{"Ottawa", "Rome", "Tokyo", "New Delhi"};
    QTest::newRow("two pairs are enough")
        << "Which animal eats which food? { =cat -> cat food =dog -> dog food }"
        << QStringList{"cat", "dog"} << QStringList{"cat food", "dog food"};
    QTest::newRow("no spaces around the arrow")
        << "Match.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}"
        << QStringList{"Canada", "Italy", "Japan"} << QStringList{"Ottawa", "Rome", "Tokyo"};
    QTest::newRow("distractor without an item")
        << "Match. {=a -> 1 =b -> 2 = -> 3}" << QStringList{"a", "b", ""}
        << QStringList{"1", "2", "3"};
}

void TestGiftParser::readsMatching()
{
    QFETCH(QString, gift);
    QFETCH(QStringList, items);
    QFETCH(QStringList, matches);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.type, QuestionType::Matching);
    QCOMPARE(texts(q), items);
    QStringList actualMatches;
    for (const Answer &a : q.answers)
        actualMatches.append(a.matchText);
    QCOMPARE(actualMatches, matches);
}

void TestGiftParser::readsDescriptionsAndEssays_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("generalFeedback");

    QTest::newRow("description")
        << "You can use your pencil and paper for these next math questions."
        << "You can use your pencil and paper for these next math questions."
        << "";
    QTest::newRow("description over lines") << "::Intro::First line\nsecond line"
                                            << "First line\nsecond line"
                                            << "";
    QTest::newRow("essay") << "Write a short biography of Dag Hammarskjöld. {}"
                           << "Write a short biography of Dag Hammarskjöld."
                           << "";
    QTest::newRow("essay with general feedback")
        << "Write about pain. {\n####Mention the gate control theory.\n}"
        << "Write about pain."
        << "Mention the gate control theory.";
}

void TestGiftParser::readsDescriptionsAndEssays()
{
    QFETCH(QString, gift);
    QFETCH(QString, text);
    QFETCH(QString, generalFeedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.type, QuestionType::Description);
    QCOMPARE(q.text, text);
    QCOMPARE(q.generalFeedback, generalFeedback);
    QVERIFY(q.answers.isEmpty());
}

void TestGiftParser::readsNamesAndFormats_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TextFormat>("format");
    QTest::addColumn<QString>("text");

    QTest::newRow("name") << "::Q1:: 1+1=2 {T}"
                          << "Q1" << TextFormat::Moodle << "1+1=2";
    QTest::newRow("name with spaces") << "::  Spaced name  ::Text {T}"
                                      << "Spaced name" << TextFormat::Moodle << "Text";
    QTest::newRow("name and html") << "::Grant::[html]Who is <b>buried</b> here? {=no one}"
                                   << "Grant" << TextFormat::Html << "Who is <b>buried</b> here?";
    QTest::newRow("markdown, name from text")
        << "[markdown]Who is **buried** here? {=no one}"
        << "Who is **buried** here?" << TextFormat::Markdown << "Who is **buried** here?";
    QTest::newRow("plain") << "::P::[plain] Text {T}"
                           << "P" << TextFormat::Plain << "Text";
    QTest::newRow("moodle") << "::M::[moodle]Text {T}"
                            << "M" << TextFormat::Moodle << "Text";
    QTest::newRow("format in capitals") << "::H::[HTML]<p>Text</p>{T}"
                                        << "H" << TextFormat::Html << "<p>Text</p>";
    QTest::newRow("bracketed word is text")
        << "[Note] Read carefully. {T}"
        << "[Note] Read carefully." << TextFormat::Moodle << "[Note] Read carefully.";
    QTest::newRow("name from html drops tags")
        << "[html]<p>What is <b>this</b>?</p>{T}"
        << "What is this?" << TextFormat::Html << "<p>What is <b>this</b>?</p>";
    QTest::newRow("name from missing word")
        << "Two plus {=two} equals four."
        << "Two plus _____ equals four." << TextFormat::Moodle << "Two plus";
    QTest::newRow("long name is cut at a word")
        << "This question text is deliberately long so that the name derived from it has to "
           "be shortened. {T}"
        << "This question text is deliberately long so that the name derived from it has…"
        << TextFormat::Moodle
        << "This question text is deliberately long so that the name derived from it has to "
           "be shortened.";
    QTest::newRow("no text at all") << "{=a ~b}"
                                    << "Question on line 1" << TextFormat::Moodle << "";
}

void TestGiftParser::readsNamesAndFormats()
{
    QFETCH(QString, gift);
    QFETCH(QString, name);
    QFETCH(TextFormat, format);
    QFETCH(QString, text);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.name, name);
    QCOMPARE(q.format, format);
    QCOMPARE(q.text, text);
}

void TestGiftParser::resolvesEscapes_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QStringList>("feedback");

    QTest::newRow("braces and tilde")
        << R"(::B::Which is an opening brace\: \{ or \}? {=\{ ~\} ~\~})"
        << "B"
        << "Which is an opening brace: { or }?" << QStringList{"{", "}", "~"}
        << QStringList{"", "", ""};
    QTest::newRow("equals and hash")
        << R"(::E::Is 2+2\=4? {=yes \# sure #2+2\=4 ~no})"
        << "E"
        << "Is 2+2=4?" << QStringList{"yes # sure", "no"} << QStringList{"2+2=4", ""};
    QTest::newRow("colon in the name")
        << R"(::At 12\:30::When is lunch? {=noon})"
        << "At 12:30"
        << "When is lunch?" << QStringList{"noon"} << QStringList{""};
    QTest::newRow("newline") << R"(::N::Line one\nLine two {=x})"
                             << "N"
                             << "Line one\nLine two" << QStringList{"x"} << QStringList{""};
    QTest::newRow("backslash") << R"(::W::Path C\:\\temp\d? {=yes})"
                               << "W"
                               << R"(Path C:\temp\d?)" << QStringList{"yes"} << QStringList{""};
    QTest::newRow("escaped backslash before a brace")
        << R"(::S::Ends in a backslash\\{=yes})"
        << "S"
        << R"(Ends in a backslash\)" << QStringList{"yes"} << QStringList{""};
}

void TestGiftParser::resolvesEscapes()
{
    QFETCH(QString, gift);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, feedback);

    const std::optional<Question> parsed = parseOne(gift);
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.name, name);
    QCOMPARE(q.text, text);
    QCOMPARE(texts(q), answers);
    QCOMPARE(feedbacks(q), feedback);
}

void TestGiftParser::ignoresCommentLinesButNotUrls()
{
    const GiftParseResult r
        = GiftParser::parse(QStringLiteral("// a comment\n"
                                           "   // an indented comment\n"
                                           "::Link:: See https://example.org//path {T}\n"
                                           "\n"
                                           "// only a comment here\n"
                                           "\n"
                                           "::Odd:: a // b {=c}\n"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QCOMPARE(r.questions.size(), 2);
    QCOMPARE(r.questions[0].text, QStringLiteral("See https://example.org//path"));
    QCOMPARE(r.questions[0].line, 3);
    QCOMPARE(r.questions[1].text, QStringLiteral("a // b"));
}

void TestGiftParser::categoryAppliesToFollowingQuestions()
{
    const GiftParseResult r = GiftParser::parse(QStringLiteral("::Before::text {T}\n"
                                                               "\n"
                                                               "$CATEGORY: tom/dick/harry\n"
                                                               "\n"
                                                               "::A::text {T}\n"
                                                               "\n"
                                                               "::B::text {F}\n"
                                                               "$CATEGORY: $course$/Other\n"
                                                               "::C::text {T}\n"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QCOMPARE(r.questions.size(), 4);
    QCOMPARE(r.questions[0].category, QString());
    QCOMPARE(r.questions[1].category, QStringLiteral("tom/dick/harry"));
    QCOMPARE(r.questions[2].category, QStringLiteral("tom/dick/harry"));
    QCOMPARE(r.questions[3].category, QStringLiteral("$course$/Other"));
    QCOMPARE(r.questions[3].line, 9);
}

void TestGiftParser::reportsTheLineWhereEachQuestionStarts()
{
    const GiftParseResult r = GiftParser::parse(QStringLiteral("// header\n" // 1
                                                               "\n" // 2
                                                               "// about q1\n" // 3
                                                               "::Q1::one {\n" // 4
                                                               "=a\n" // 5
                                                               "~b\n" // 6
                                                               "}\n" // 7
                                                               "\n" // 8
                                                               "\n" // 9
                                                               "two {T}\n" // 10
                                                               "\n" // 11
                                                               "three\n" // 12
                                                               "continued {F}\n" // 13
                                                               ));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QCOMPARE(r.questions.size(), 3);
    QCOMPARE(r.questions[0].line, 4);
    QCOMPARE(r.questions[1].line, 10);
    QCOMPARE(r.questions[2].line, 12);
}

void TestGiftParser::acceptsWindowsLineEndingsAndBom()
{
    const GiftParseResult r = GiftParser::parse(QStringLiteral("\uFEFF::A::First\r\nline {\r\n"
                                                               "=yes #good\r\n"
                                                               "~no\r\n"
                                                               "}\r\n"
                                                               "\r\n"
                                                               "::B::Second {F}\r\n"
                                                               "\r\n"
                                                               "bad {=x ~y\r\n"));
    QCOMPARE(r.questions.size(), 2);
    QCOMPARE(r.questions[0].name, QStringLiteral("A"));
    QCOMPARE(r.questions[0].text, QStringLiteral("First\nline"));
    QCOMPARE(texts(r.questions[0]), (QStringList{"yes", "no"}));
    QCOMPARE(feedbacks(r.questions[0]), (QStringList{"good", ""}));
    QCOMPARE(r.questions[1].line, 7);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 9);
    QCOMPARE(r.errors[0].column, 5);

    const GiftParseResult bomOnly = GiftParser::parse(QStringLiteral("\uFEFFQ {=a ~b"));
    QCOMPARE(bomOnly.errors.size(), 1);
    QCOMPARE(bomOnly.errors[0].column, 3); // the BOM takes no column
}

void TestGiftParser::readsMultiLineQuestionsAndAnswers()
{
    const std::optional<Question> parsed = parseOne(QStringLiteral("::Multi::This question\n"
                                                                   "spans two lines. {\n"
                                                                   "  =a right answer\n"
                                                                   "that goes on #and its\n"
                                                                   "  feedback\n"
                                                                   "  ~wrong\n"
                                                                   "  ####General\n"
                                                                   "  feedback.\n"
                                                                   "}"));
    QVERIFY(parsed);
    const Question &q = *parsed;
    QCOMPARE(q.text, QStringLiteral("This question\nspans two lines."));
    QCOMPARE(texts(q), (QStringList{"a right answer\nthat goes on", "wrong"}));
    QCOMPARE(feedbacks(q), (QStringList{"and its\n  feedback", ""}));
    QCOMPARE(q.generalFeedback, QStringLiteral("General\n  feedback."));
}

void TestGiftParser::blankLineInsideAnswerBlockBeforeAnAnswerIsAllowed()
{
    const GiftParseResult r = GiftParser::parse(QStringLiteral("Spaced out {\n"
                                                               "  =a\n"
                                                               "\n"
                                                               "  // comment\n"
                                                               "\n"
                                                               "  ~b\n"
                                                               "\n"
                                                               "}\n"
                                                               "\n"
                                                               "Next {T}\n"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QCOMPARE(r.questions.size(), 2);
    QCOMPARE(texts(r.questions[0]), (QStringList{"a", "b"}));
    QCOMPARE(r.questions[1].line, 10);
}

void TestGiftParser::namedQuestionStartsANewQuestionWithoutBlankLine()
{
    const GiftParseResult r = GiftParser::parse(QStringLiteral("::A:: one {T}\n"
                                                               "::B:: two {F}\n"
                                                               "::C:: three\n"
                                                               "::D:: four {=4}\n"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QCOMPARE(r.questions.size(), 4);
    QCOMPARE(r.questions[1].line, 2);
    QCOMPARE(r.questions[2].type, QuestionType::Description);
    QCOMPARE(r.questions[3].name, QStringLiteral("D"));
}

void TestGiftParser::emptyInputHasNoQuestions_data()
{
    QTest::addColumn<QString>("gift");
    QTest::newRow("empty") << "";
    QTest::newRow("blank lines") << "\n\n  \n\t\n";
    QTest::newRow("comments only") << "// one\n\n// two\n";
    QTest::newRow("category only") << "$CATEGORY: a/b\n";
}

void TestGiftParser::emptyInputHasNoQuestions()
{
    QFETCH(QString, gift);
    const GiftParseResult r = GiftParser::parse(gift);
    QVERIFY(r.questions.isEmpty());
    QVERIFY(r.errors.isEmpty());
}

void TestGiftParser::reportsErrorsWithPosition_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed block")
        << "// header\n\n::Q::\nText {=a ~b\n  ~c\n"
        << 4 << 6 << "The answer block that opens on line 4 is never closed.";
    QTest::newRow("unclosed block before another") << "Q {=a ~b\nmore {=c}" << 1 << 3
                                                   << "The answer block that opens on line 1 is "
                                                      "never closed.";
    QTest::newRow("no right answer") << "Q {~a ~b}" << 1 << 3
                                     << "A multiple-choice question needs one right answer "
                                        "marked with '='.";
    QTest::newRow("one choice") << "Q {~%100%a}" << 1 << 3
                                << "A multiple-choice question needs at least two answers.";
    QTest::newRow("unknown format")
        << "::N::[rtf]text {T}" << 1 << 6 << "Unknown text format [rtf].";
    QTest::newRow("not a number") << "Q {#abc}" << 1 << 5
                                  << "Numerical answer 'abc' is not a number.";
    QTest::newRow("comma decimal")
        << "Q {#=2,5}" << 1 << 6 << "Numerical answer '2,5' is not a number.";
    QTest::newRow("tolerance not a number")
        << "Q {#5:x}" << 1 << 7 << "Numerical answer 'x' is not a number.";
    QTest::newRow("range end not a number")
        << "Q {#1..z}" << 1 << 8 << "Numerical answer 'z' is not a number.";
    QTest::newRow("reversed range")
        << "Q {#5..1}" << 1 << 5 << "The range '5..1' starts above where it ends.";
    QTest::newRow("negative tolerance")
        << "Q {#5:-1}" << 1 << 7 << "The tolerance after ':' can't be negative.";
    QTest::newRow("numerical without number")
        << "Q {#}" << 1 << 3 << "A numerical question needs a number after '#'.";
    QTest::newRow("matching without arrow") << "Q {=a -> 1 =b 2}" << 1 << 12
                                            << "Matching pairs need '->' between the item and "
                                               "its match.";
    QTest::newRow("matching without match")
        << "Q {=a -> =b -> c}" << 1 << 7 << "Nothing follows '->' in this matching pair.";
    QTest::newRow("matching with one pair")
        << "Q {=a -> b}" << 1 << 3 << "A matching question needs at least two pairs.";
    QTest::newRow("stray closing brace")
        << "Q } text" << 1 << 3 << "Unexpected '}' with no '{' before it.";
    QTest::newRow("closing brace after the block")
        << "Q {T} }" << 1 << 7 << "Unexpected '}' with no '{' before it.";
    QTest::newRow("two blocks") << "Q {=a} and\nthen {=b}" << 2 << 6
                                << "A question has one answer block; another one opens on line "
                                   "2. Leave a blank line between questions.";
    QTest::newRow("unclosed name") << "::Name text {T}" << 1 << 1
                                   << "The question name that starts with '::' is never closed "
                                      "with '::'.";
    QTest::newRow("name without text")
        << "::Only a name::" << 1 << 16 << "This question has a name but no text.";
    QTest::newRow("bad weight") << "Q {~%abc%a =b}" << 1 << 5
                                << "The weight '%abc%' is not a percentage between -100 and 100.";
    QTest::newRow("weight too large") << "Q {=%150%a}" << 1 << 5
                                      << "The weight '%150%' is not a percentage between -100 "
                                         "and 100.";
    QTest::newRow("short answer without '='") << "Capital of France? {Paris}" << 1 << 21
                                              << "'Paris' needs '=' in front of it to be an "
                                                 "answer.";
    QTest::newRow("text before the first choice") << "Q {maybe =a ~b}" << 1 << 4
                                                  << "'maybe' needs '=' or '~' in front of it to "
                                                     "be an answer.";
    QTest::newRow("empty choice") << "Q {=a ~}" << 1 << 7 << "The answer after '~' is empty.";
    QTest::newRow("error on a later line") << "Q {\n  =a\n  ~%x%b\n}" << 3 << 4
                                           << "The weight '%x%' is not a percentage between -100 "
                                              "and 100.";
    QTest::newRow("tab counts as one column")
        << "\tQ }" << 1 << 4 << "Unexpected '}' with no '{' before it.";
}

void TestGiftParser::reportsErrorsWithPosition()
{
    QFETCH(QString, gift);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const GiftParseResult r = GiftParser::parse(gift);
    QVERIFY(r.questions.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].message, message);
    QCOMPARE(r.errors[0].line, line);
    QCOMPARE(r.errors[0].column, column);
}

void TestGiftParser::badQuestionBetweenTwoGoodOnesIsSkipped_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<int>("errorLine");

    QTest::newRow("unclosed block")
        << "::Good 1:: 1+1? {=2 ~3}\n\n::Bad:: Unclosed {=a ~b\n\n::Good 2:: Sky is blue {T}" << 3;
    QTest::newRow("unclosed block, no blank lines")
        << "::Good 1:: a {T}\n::Bad:: b {=x ~y\n::Good 2:: c {F}" << 2;
    QTest::newRow("unclosed block, answer after a blank line")
        << "::Good 1:: a {T}\n\n::Bad:: b {=x\n\n~y\n\n::Good 2:: c {F}" << 3;
    QTest::newRow("stray closing brace")
        << "::Good 1:: a {T}\n\n// note\n::Bad:: b } c\n\n::Good 2:: c {F}" << 4;
    QTest::newRow("unknown format")
        << "::Good 1:: a {T}\n\n::Bad::[rtf] b {T}\n\n::Good 2:: c {F}" << 3;
    QTest::newRow("bad number")
        << "::Good 1:: a {T}\n\n::Bad:: b {#\n=1\n=two\n}\n\n::Good 2:: c {F}" << 5;
    QTest::newRow("category line after unclosed block")
        << "::Good 1:: a {T}\n\n::Bad:: b {=x ~y\n$CATEGORY: next\n::Good 2:: c {F}" << 3;
}

void TestGiftParser::badQuestionBetweenTwoGoodOnesIsSkipped()
{
    QFETCH(QString, gift);
    QFETCH(int, errorLine);

    const GiftParseResult r = GiftParser::parse(gift);
    QCOMPARE(r.questions.size(), 2);
    QCOMPARE(r.questions[0].name, QStringLiteral("Good 1"));
    QCOMPARE(r.questions[1].name, QStringLiteral("Good 2"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, errorLine);
}

void TestGiftParser::caseSensitiveDirectiveMarksItsQuestion_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QList<bool>>("caseSensitive");

    QTest::newRow("directly before")
        << "// lectern: case-sensitive\n::G::Gene for Nav1.7? {=SCN9A}" << QList<bool>{true};
    QTest::newRow("spacing and case of the directive")
        << "  //Lectern :  Case-Sensitive  \nGene? {=SCN9A}" << QList<bool>{true};
    QTest::newRow("only the question that follows")
        << "// lectern: case-sensitive\nGene? {=SCN9A}\n\nDrug? {=morphine}"
        << QList<bool>{true, false};
    QTest::newRow("other comments between")
        << "// lectern: case-sensitive\n// gene symbols are upper case\nGene? {=SCN9A}"
        << QList<bool>{true};
    QTest::newRow("after a category line")
        << "$CATEGORY: genes\n// lectern: case-sensitive\nGene? {=SCN9A}" << QList<bool>{true};
    QTest::newRow("inside the question")
        << "Gene for Nav1.7? {\n// lectern: case-sensitive\n=SCN9A\n}" << QList<bool>{true};
    QTest::newRow("typed missing word")
        << "// lectern: case-sensitive\nThe gene {=SCN9A} encodes Nav1.7." << QList<bool>{true};
    QTest::newRow("named question without a blank line")
        << "::A:: Drug? {=morphine}\n// lectern: case-sensitive\n::B:: Gene? {=SCN9A}"
        << QList<bool>{false, true};
    QTest::newRow("no directive") << "Gene? {=SCN9A}" << QList<bool>{false};
    QTest::newRow("a comment that only mentions lectern")
        << "// lectern case notes: none\nGene? {=SCN9A}" << QList<bool>{false};
}

void TestGiftParser::caseSensitiveDirectiveMarksItsQuestion()
{
    QFETCH(QString, gift);
    QFETCH(QList<bool>, caseSensitive);
    const GiftParseResult r = GiftParser::parse(gift);
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QList<bool> actual;
    for (const Question &q : r.questions)
        actual.append(q.caseSensitive);
    QCOMPARE(actual, caseSensitive);
}

void TestGiftParser::misplacedDirectiveIsReported_data()
{
    // A directive that applies to nothing would leave a question case-insensitive while the
    // author believes otherwise; each case is an error at the directive, and the questions
    // around it still parse.
    QTest::addColumn<QString>("gift");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("blank line after it")
        << "// lectern: case-sensitive\n\n::G:: Gene? {=SCN9A}" << 1 << 1
        << "The directive '// lectern: case-sensitive' must stand on the line directly before "
           "its question, with no blank line between."
        << QStringList{"G"};
    QTest::newRow("after its question")
        << "::G:: Gene? {=SCN9A}\n  // lectern: case-sensitive\n\n::D:: Drug? {=morphine}" << 2 << 3
        << "The directive '// lectern: case-sensitive' must stand on the line directly before "
           "its question, with no blank line between."
        << QStringList{"G", "D"};
    QTest::newRow("end of file")
        << "::G:: Gene? {=SCN9A}\n\n// lectern: case-sensitive\n"
        << 3 << 1 << "The directive '// lectern: case-sensitive' is not followed by a question."
        << QStringList{"G"};
    QTest::newRow("before a category")
        << "// lectern: case-sensitive\n$CATEGORY: genes\n::G:: Gene? {=SCN9A}" << 1 << 1
        << "The directive '// lectern: case-sensitive' is not followed by a question."
        << QStringList{"G"};
    QTest::newRow("misspelt directive")
        << "// lectern: case sensitive\n::G:: Gene? {=SCN9A}" << 1 << 1
        << "Unknown Lectern directive 'case sensitive'. The one Lectern knows is "
           "'// lectern: case-sensitive'."
        << QStringList{"G"};
    QTest::newRow("on a multiple-choice question")
        << "::A:: Drug? {=morphine}\n\n// lectern: case-sensitive\n::MC:: Gene? {=SCN9A "
           "~scn9a}\n\n::B:: Drug? {=codeine}"
        << 3 << 1
        << "The directive '// lectern: case-sensitive' applies only to short answers and missing "
           "words to type, not to the question on line 4."
        << QStringList{"A", "B"};
    QTest::newRow("on a numerical question")
        << "// lectern: case-sensitive\n::N:: Dose? {#10}" << 1 << 1
        << "The directive '// lectern: case-sensitive' applies only to short answers and missing "
           "words to type, not to the question on line 2."
        << QStringList{};
}

void TestGiftParser::misplacedDirectiveIsReported()
{
    QFETCH(QString, gift);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QStringList, names);

    const GiftParseResult r = GiftParser::parse(gift);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].message, message);
    QCOMPARE(r.errors[0].line, line);
    QCOMPARE(r.errors[0].column, column);
    QStringList actual;
    for (const Question &q : r.questions) {
        actual.append(q.name);
        QVERIFY(!q.caseSensitive);
    }
    QCOMPARE(actual, names);
}

void TestGiftParser::sampleFileParsesCompletely()
{
    const QString path = QFINDTESTDATA("../data/gift/sample.gift");
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const GiftParseResult r = GiftParser::parse(QString::fromUtf8(file.readAll()));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));

    QStringList types;
    for (const Question &q : r.questions)
        types.append(questionTypeName(q.type));
    QCOMPARE(types,
             (QStringList{"multiple_choice", "multiple_answer", "missing_word", "true_false",
                          "short_answer", "numerical", "numerical", "matching", "description",
                          "description"}));
    QCOMPARE(r.questions[0].category, QStringLiteral("$course$/Sample/Choice"));
    QCOMPARE(r.questions[0].line, 6);
    QCOMPARE(r.questions[0].generalFeedback, QStringLiteral("The tomb is in New York."));
    QCOMPARE(r.questions[3].category, QStringLiteral("$course$/Sample/Other"));
    QCOMPARE(r.questions[3].falseFeedback, QStringLiteral("Yes, entombed, not buried."));
    QCOMPARE(r.questions[8].format, TextFormat::Html);
    QCOMPARE(r.questions[9].text,
             QStringLiteral("This section is about **maps**. See https://example.org//maps."));
}

namespace {

GiftParseResult parseFixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../data/gift/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(name));
    return GiftParser::parse(QString::fromUtf8(file.readAll()));
}

} // namespace

// What Moodle's own GIFT export writes (ID comments, "Switch category" lines, [html] in front
// of the text, of answers and of feedback, tabs, empty feedback after '#', escaped colons)
// reads as the author meant it: faculty bring their banks unchanged.
void TestGiftParser::moodleExportParsesUnchanged()
{
    const GiftParseResult r = parseFixture(QStringLiteral("moodle-export.gift"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QStringList types;
    for (const Question &q : r.questions) {
        types.append(questionTypeName(q.type));
        QCOMPARE(q.category, QStringLiteral("$course$/top/Default for PAIN-701"));
    }
    QCOMPARE(
        types,
        (QStringList{"multiple_choice", "multiple_answer", "true_false", "short_answer",
                     "numerical", "matching", "description", "description", "multiple_choice"}));

    const Question &agonist = r.questions[0];
    QCOMPARE(agonist.name, QStringLiteral("Full agonist"));
    QCOMPARE(agonist.format, TextFormat::Html);
    QCOMPARE(texts(agonist),
             (QStringList{"<p>Buprenorphine</p>", "<p>Morphine</p>", "<p>Naloxone</p>"}));
    QCOMPARE(feedbacks(agonist).at(1), QStringLiteral("<p>Yes.</p>"));
    QCOMPARE(agonist.generalFeedback,
             QStringLiteral("<p>Full agonists have no ceiling to their analgesia.</p>"));
    QCOMPARE(weights(r.questions[1]), (QList<double>{0.5, 0.5, -1.0}));
    QCOMPARE(feedbacks(r.questions[1]).at(0), QString());
    QCOMPARE(r.questions[2].text, QStringLiteral("Oral to IV morphine is roughly 3:1."));
    QCOMPARE(r.questions[2].trueFeedback, QStringLiteral("Right."));
    QCOMPARE(r.questions[3].format, TextFormat::Moodle);
    QCOMPARE(texts(r.questions[3]), (QStringList{"NRS", "numeric rating scale", "VAS"}));
    QCOMPARE(r.questions[4].answers.at(1).tolerance, 1.0);
    QCOMPARE(r.questions[5].answers.at(0).text, QStringLiteral("<p>Ketamine</p>"));
    QCOMPARE(r.questions[5].answers.at(0).matchText, QStringLiteral("NMDA antagonist"));
    QCOMPARE(texts(r.questions[8]), (QStringList{"~", "=", "#"}));
    QCOMPARE(r.questions[8].line, 50);
}

// Many different mistakes in one file: each is reported where it is, with a plain reason,
// and none of them costs a neighbouring question.
void TestGiftParser::malformedCorpusReportsEveryMistakeAndKeepsTheRest()
{
    const GiftParseResult r = parseFixture(QStringLiteral("malformed-corpus.gift"));
    QStringList names;
    for (const Question &q : r.questions)
        names.append(q.name);
    QCOMPARE(names,
             (QStringList{"Good 1", "Good 2", "Good 3", "Good 4", "Good 5", "Gene", "Good 6",
                          "Good 7"}));
    QList<QPair<int, int>> positions;
    for (const GiftError &e : r.errors) {
        positions.append({e.line, e.column});
        QVERIFY2(!e.message.isEmpty() && e.message.endsWith(u'.'), qPrintable(e.message));
    }
    QCOMPARE(positions,
             (QList<QPair<int, int>>{
                 {6, 58}, {10, 36}, {14, 50}, {18, 55}, {25, 50}, {27, 1}, {32, 15}, {34, 39}}));
    QVERIFY(r.errors[0].message.contains(QStringLiteral("never closed")));
    QVERIFY(r.errors[5].message.contains(QStringLiteral("Unknown Lectern directive")));
    QVERIFY(!r.questions[5].caseSensitive); // the misspelt directive did not apply
}

// A 1000-question file must load at once; 20000 would show a quadratic step clearly.
void TestGiftParser::largeFilesParseInLinearTime()
{
    // A faculty member's whole question bank in one file. How long it takes is measured by
    // bench/parsers.cpp (docs/performance.md); a quadratic parser meets this test's timeout.
    constexpr int count = 20000;
    const GiftParseResult r = GiftParser::parse(testing::giftOfQuestions(count));
    QCOMPARE(r.questions.size(), count);
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.questions.last().line, (count - 1) * 7 + 2);

    // Shapes that would be quadratic in a naive parser: one block with very many answers, and
    // an unclosed block followed by very many blank lines.
    const GiftParseResult w = GiftParser::parse(testing::giftOfWideBlocks());
    QCOMPARE(w.questions.size(), 1);
    QCOMPARE(w.questions[0].answers.size(), 50001);
    QCOMPARE(w.errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestGiftParser)
#include "tst_giftparser.moc"
