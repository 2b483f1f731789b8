// The quiz wire format: quizzes, settings, responses and attempt results read back unchanged;
// the learner's protected key hides exact answers yet grades exactly like the plain one; and
// bytes that are not a quiz are refused with a reason instead of half-read.

#include "sync/quizcodec.h"

#include "quiz/giftparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lectern;

namespace {

// A bank that holds every question type, with feedback, weights, wildcards and ranges. The
// feedback never repeats an exact short answer, so the protected form can be checked for leaks.
const char *const kBank = R"GIFT(
$CATEGORY: pharmacology

::mc::Which drug is a COX-2 selective NSAID?{
  =Celecoxib#Selective for COX-2.
  ~Ibuprofen#Non-selective.
  ~Naproxen#Non-selective.
  ####COX-2 selectivity spares the gastric mucosa.
}

::ma::Which are opioid receptor agonists?{
  ~%50%Morphine#An agonist.
  ~%50%Fentanyl#An agonist.
  ~%-100%Naloxone#An antagonist.
}

::tf::Gabapentin binds the alpha-2-delta subunit.{TRUE#Right.#It does bind it.}

::sa::Name the WHO ladder's first-step analgesic class.{
  =Non-opioid analgesics#Full marks.
  =%50%Simple analgesics#Half marks.
  =anti*inflammator*#A pattern.
}

::sacs::Which gene encodes the Nav1.7 sodium channel (human gene symbol)?{=SCN9A#Case matters.}

::sau::How is acetaminophen spelled in French?{=Paracétamol}

::mwc::Capsaicin acts on the {=TRPV1 ~TRPA1 ~Nav1.7} receptor.

::mwt::Morphine is metabolised mainly by {=glucuronidation#Phase II.} in the liver.

::num::Oral morphine to oral oxycodone ratio (mg morphine per mg oxycodone)?{#
  =1.5:0.25#Common conversion.
  =%50%1..2.5#Within the range.
}

::match::Match each drug to its class.{
  =Ketamine -> NMDA antagonist
  =Lidocaine -> Sodium channel blocker
  =Clonidine -> Alpha-2 agonist
  = -> GABA agonist
}

::desc::Read the case before answering.
)GIFT";

QList<Question> bank()
{
    const GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(kBank));
    if (!parsed.errors.isEmpty())
        qWarning("bank does not parse: %s", qPrintable(parsed.errors.first().message));
    QList<Question> questions = parsed.questions;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        questions[i].keySalt = QByteArray(16, char('a' + i));
        // Set here rather than by the parser's directive, which tst_giftparser covers.
        questions[i].caseSensitive = questions[i].name == u"sacs";
    }
    return questions;
}

const Question &byName(const QList<Question> &questions, const QString &name)
{
    for (const Question &question : questions) {
        if (question.name == name)
            return question;
    }
    qFatal("no question %s", qPrintable(name));
}

void compareAnswers(const Answer &a, const Answer &b)
{
    QCOMPARE(a.text, b.text);
    QCOMPARE(a.matchText, b.matchText);
    QCOMPARE(a.weight, b.weight);
    QCOMPARE(a.feedback, b.feedback);
    QCOMPARE(a.textHash, b.textHash);
    QCOMPARE(a.value, b.value);
    QCOMPARE(a.tolerance, b.tolerance);
    QCOMPARE(a.isRange, b.isRange);
    QCOMPARE(a.rangeMin, b.rangeMin);
    QCOMPARE(a.rangeMax, b.rangeMax);
}

void compareQuestions(const Question &a, const Question &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.category, b.category);
    QCOMPARE(a.type, b.type);
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.text, b.text);
    QCOMPARE(a.textAfter, b.textAfter);
    QCOMPARE(a.generalFeedback, b.generalFeedback);
    QCOMPARE(a.trueFalseAnswer, b.trueFalseAnswer);
    QCOMPARE(a.trueFalseHash, b.trueFalseHash);
    QCOMPARE(a.caseSensitive, b.caseSensitive);
    QCOMPARE(a.keySalt, b.keySalt);
    QCOMPARE(a.trueFeedback, b.trueFeedback);
    QCOMPARE(a.falseFeedback, b.falseFeedback);
    QCOMPARE(a.answers.size(), b.answers.size());
    for (qsizetype i = 0; i < a.answers.size(); ++i)
        compareAnswers(a.answers.at(i), b.answers.at(i));
}

Response choices(QList<int> list)
{
    Response r;
    r.choices = std::move(list);
    return r;
}
Response typed(const QString &text)
{
    Response r;
    r.text = text;
    return r;
}
Response said(bool value)
{
    Response r;
    r.trueFalse = value;
    return r;
}
Response matched(QList<int> list)
{
    Response r;
    r.matches = std::move(list);
    return r;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

class TestQuizCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bankHasEveryType();
    void defaultSettingsRoundTrip();
    void customSettingsRoundTrip();
    void absentSettingsKeysTakeDefaults();
    void malformedSettingsAreRefused_data();
    void malformedSettingsAreRefused();
    void fullQuestionsRoundTrip();
    void protectedFormHidesExactAnswers();
    void protectedFormKeepsWildcardsAndChoices();
    void protectedGradesLikeFull_data();
    void protectedGradesLikeFull();
    void protectedQuestionSurvivesReencoding();
    void caseSensitiveHashRespectsCase();
    void quizRoundTrips();
    void malformedQuestionsAreRefused_data();
    void malformedQuestionsAreRefused();
    void responsesRoundTrip();
    void responsesOutOfRangeAreRefused_data();
    void responsesOutOfRangeAreRefused();
    void attemptResultRoundTrips();
    void malformedAttemptResultsAreRefused_data();
    void malformedAttemptResultsAreRefused();
    void attemptEventHasProtocolKeys();
    void attemptEventReadsBack();
    void attemptEventWithBadTimesIsRefused();
    void timestampsAreUtcWithMilliseconds();
};

void TestQuizCodec::bankHasEveryType()
{
    // Guards the other tests: if the bank lost a type, they would silently test less.
    QSet<QuestionType> types;
    QStringList names;
    for (const Question &question : bank()) {
        types.insert(question.type);
        names.append(question.name + u'=' + questionTypeName(question.type));
    }
    QVERIFY2(types.size() == 8, qPrintable(names.join(u' ')));
}

void TestQuizCodec::defaultSettingsRoundTrip()
{
    const QJsonObject json = codec::toJson(QuizSettings{});
    QCOMPARE(json.value(QStringLiteral("pass_mark")).toDouble(), 0.7);
    QCOMPARE(json.value(QStringLiteral("attempts_allowed")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("show_answers")).toString(),
             QStringLiteral("after_submission"));
    QCOMPARE(json.value(QStringLiteral("layout")).toString(), QStringLiteral("one_per_page"));
    QVERIFY(!json.contains(QStringLiteral("opens_at"))); // absent, not an empty string
    const Result<QuizSettings> decoded = codec::quizSettingsFromJson(json);
    QVERIFY(decoded);
    QVERIFY(decoded.value() == QuizSettings{});
}

void TestQuizCodec::customSettingsRoundTrip()
{
    QuizSettings settings;
    settings.passMark = 0.5;
    settings.attemptsAllowed = 0;
    settings.timeLimitMinutes = 10;
    settings.shuffleQuestions = true;
    settings.shuffleAnswers = false;
    settings.showFeedback = false;
    settings.showAnswers = AnswerVisibility::AfterLastAttempt;
    settings.layout = QuizLayout::AllOnOnePage;
    settings.opensAt = utc("2026-09-01T08:00:00.000Z");
    settings.closesAt = utc("2026-12-01T23:59:59.500Z");
    const QJsonObject json = codec::toJson(settings);
    QCOMPARE(json.value(QStringLiteral("closes_at")).toString(),
             QStringLiteral("2026-12-01T23:59:59.500Z"));
    QCOMPARE(json.value(QStringLiteral("show_answers")).toString(),
             QStringLiteral("after_last_attempt"));
    QCOMPARE(json.value(QStringLiteral("layout")).toString(), QStringLiteral("all_on_one_page"));
    const Result<QuizSettings> decoded = codec::quizSettingsFromJson(json);
    QVERIFY(decoded);
    QVERIFY(decoded.value() == settings);
}

void TestQuizCodec::absentSettingsKeysTakeDefaults()
{
    // An older or newer server may omit keys; only what is sent changes the defaults.
    const Result<QuizSettings> decoded
        = codec::quizSettingsFromJson(QJsonObject{{QStringLiteral("time_limit_minutes"), 15}});
    QVERIFY(decoded);
    QuizSettings expected;
    expected.timeLimitMinutes = 15;
    QVERIFY(decoded.value() == expected);
}

void TestQuizCodec::malformedSettingsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("pass mark as text")
        << QJsonObject{{QStringLiteral("pass_mark"), QStringLiteral("70%")}} << "pass_mark";
    QTest::newRow("pass mark above one")
        << QJsonObject{{QStringLiteral("pass_mark"), 70}} << "pass_mark";
    QTest::newRow("negative attempts")
        << QJsonObject{{QStringLiteral("attempts_allowed"), -1}} << "attempts_allowed";
    QTest::newRow("fractional attempts")
        << QJsonObject{{QStringLiteral("attempts_allowed"), 1.5}} << "attempts_allowed";
    QTest::newRow("negative time limit")
        << QJsonObject{{QStringLiteral("time_limit_minutes"), -5}} << "time_limit_minutes";
    QTest::newRow("shuffle as string")
        << QJsonObject{{QStringLiteral("shuffle_questions"), QStringLiteral("yes")}}
        << "shuffle_questions";
    QTest::newRow("unknown visibility")
        << QJsonObject{{QStringLiteral("show_answers"), QStringLiteral("always")}}
        << "show_answers";
    QTest::newRow("unknown layout")
        << QJsonObject{{QStringLiteral("layout"), QStringLiteral("grid")}} << "layout";
    QTest::newRow("date not ISO") << QJsonObject{{QStringLiteral("opens_at"),
                                                  QStringLiteral("next Monday")}}
                                  << "opens_at";
}

void TestQuizCodec::malformedSettingsAreRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const Result<QuizSettings> decoded = codec::quizSettingsFromJson(json);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, QStringLiteral("malformed_quiz"));
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestQuizCodec::fullQuestionsRoundTrip()
{
    for (const Question &question : bank()) {
        const QJsonObject json = codec::toJson(question, codec::KeyForm::Full);
        QVERIFY(!json.contains(QStringLiteral("true_false_hash")));
        const Result<Question> decoded = codec::questionFromJson(json);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        compareQuestions(decoded.value(), question);
    }
}

void TestQuizCodec::protectedFormHidesExactAnswers()
{
    // A learner's copy must not hold the exact answers as text anywhere, not even in a key
    // the client ignores.
    const QList<Question> questions = bank();
    for (const QString &name : {QStringLiteral("sa"), QStringLiteral("sacs"), QStringLiteral("sau"),
                                QStringLiteral("mwt")}) {
        const Question &question = byName(questions, name);
        const QString text = compact(codec::toJson(question, codec::KeyForm::Protected));
        for (const Answer &answer : question.answers) {
            if (answer.text.contains(u'*'))
                continue;
            QVERIFY2(!text.contains(answer.text, Qt::CaseInsensitive),
                     qPrintable(name + QStringLiteral(": ") + answer.text));
        }
    }
    const Question &trueFalse = byName(questions, QStringLiteral("tf"));
    const QJsonObject json = codec::toJson(trueFalse, codec::KeyForm::Protected);
    QVERIFY(!json.contains(QStringLiteral("true_false_answer")));
    QVERIFY(!json.value(QStringLiteral("true_false_hash")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("key_salt")).toString(),
             QString::fromLatin1(trueFalse.keySalt.toBase64()));
    // The true and false hashes differ, so the hash is not the same for both keys.
    QVERIFY(answerHash(trueFalse.keySalt, QStringLiteral("true"))
            != answerHash(trueFalse.keySalt, QStringLiteral("false")));
}

void TestQuizCodec::protectedFormKeepsWildcardsAndChoices()
{
    const QList<Question> questions = bank();
    const QJsonArray shortAnswers
        = codec::toJson(byName(questions, QStringLiteral("sa")), codec::KeyForm::Protected)
              .value(QStringLiteral("answers"))
              .toArray();
    QCOMPARE(shortAnswers.size(), 3);
    QVERIFY(shortAnswers.at(0).toObject().contains(QStringLiteral("hash")));
    QVERIFY(!shortAnswers.at(0).toObject().contains(QStringLiteral("text")));
    QCOMPARE(shortAnswers.at(1).toObject().value(QStringLiteral("weight")).toDouble(), 0.5);
    // A hash cannot match a wildcard, so the pattern travels as text.
    QCOMPARE(shortAnswers.at(2).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("anti*inflammator*"));
    // Choices are needed as data to show and to grade.
    const QJsonArray choices
        = codec::toJson(byName(questions, QStringLiteral("mwc")), codec::KeyForm::Protected)
              .value(QStringLiteral("answers"))
              .toArray();
    QCOMPARE(choices.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("TRPV1"));
}

void TestQuizCodec::protectedGradesLikeFull_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Response>("response");
    QTest::newRow("sa exact") << "sa" << typed(QStringLiteral("Non-opioid analgesics"));
    QTest::newRow("sa other case, spaces")
        << "sa" << typed(QStringLiteral("  non-OPIOID   analgesics "));
    QTest::newRow("sa partial") << "sa" << typed(QStringLiteral("simple analgesics"));
    QTest::newRow("sa wildcard") << "sa" << typed(QStringLiteral("Anti-inflammatories"));
    QTest::newRow("sa wrong") << "sa" << typed(QStringLiteral("opioids"));
    QTest::newRow("sa empty") << "sa" << typed(QString());
    QTest::newRow("sacs right") << "sacs" << typed(QStringLiteral("SCN9A"));
    QTest::newRow("sacs wrong case") << "sacs" << typed(QStringLiteral("scn9a"));
    QTest::newRow("sacs trimmed") << "sacs" << typed(QStringLiteral(" SCN9A "));
    // Composed é in the key, e + combining acute typed: NFC makes them the same answer.
    QTest::newRow("sau decomposed") << "sau" << typed(QString::fromUtf8("parace\xcc\x81tamol"));
    QTest::newRow("sau composed upper") << "sau" << typed(QString::fromUtf8("PARAC\xc3\x89TAMOL"));
    QTest::newRow("mwt right") << "mwt" << typed(QStringLiteral("Glucuronidation"));
    QTest::newRow("mwt wrong") << "mwt" << typed(QStringLiteral("oxidation"));
    QTest::newRow("tf true") << "tf" << said(true);
    QTest::newRow("tf false") << "tf" << said(false);
    QTest::newRow("tf unanswered") << "tf" << Response{};
    QTest::newRow("mc right") << "mc" << choices({0});
    QTest::newRow("ma with negative") << "ma" << choices({0, 2});
    QTest::newRow("mwc wrong") << "mwc" << choices({1});
    QTest::newRow("num exact") << "num" << typed(QStringLiteral("1.5"));
    QTest::newRow("num range") << "num" << typed(QStringLiteral("2.2"));
    QTest::newRow("match half") << "match" << matched({0, 2, 1});
}

void TestQuizCodec::protectedGradesLikeFull()
{
    QFETCH(QString, name);
    QFETCH(Response, response);
    const QList<Question> questions = bank();
    const Question &full = byName(questions, name);
    const Result<Question> learner
        = codec::questionFromJson(codec::toJson(full, codec::KeyForm::Protected));
    QVERIFY2(learner, learner ? "" : qPrintable(learner.error().message));
    const QuestionGrade expected = grade(full, response);
    const QuestionGrade actual = grade(learner.value(), response);
    QCOMPARE(actual.fraction, expected.fraction);
    QCOMPARE(actual.answered, expected.answered);
    QCOMPARE(actual.feedback, expected.feedback);
}

void TestQuizCodec::protectedQuestionSurvivesReencoding()
{
    // The client stores what it received; encoding a hashed question again (in either form)
    // must keep the hashes rather than write empty texts.
    for (const Question &question : bank()) {
        const Result<Question> learner
            = codec::questionFromJson(codec::toJson(question, codec::KeyForm::Protected));
        QVERIFY(learner);
        for (codec::KeyForm form : {codec::KeyForm::Full, codec::KeyForm::Protected}) {
            const Result<Question> again
                = codec::questionFromJson(codec::toJson(learner.value(), form));
            QVERIFY(again);
            compareQuestions(again.value(), learner.value());
        }
    }
}

void TestQuizCodec::caseSensitiveHashRespectsCase()
{
    Question question = byName(bank(), QStringLiteral("sacs")); // a copy
    QVERIFY(question.caseSensitive);
    const Question learner
        = codec::questionFromJson(codec::toJson(question, codec::KeyForm::Protected)).value();
    QCOMPARE(grade(learner, typed(QStringLiteral("scn9a"))).fraction, 0.0);
    QCOMPARE(grade(learner, typed(QStringLiteral("SCN9A"))).fraction, 1.0);
    // The same question without the directive accepts any case.
    question.caseSensitive = false;
    const Question relaxed
        = codec::questionFromJson(codec::toJson(question, codec::KeyForm::Protected)).value();
    QCOMPARE(grade(relaxed, typed(QStringLiteral("scn9a"))).fraction, 1.0);
}

void TestQuizCodec::quizRoundTrips()
{
    Quiz quiz;
    quiz.lectureId = QStringLiteral("PAIN-701-w1-l1");
    quiz.title = QStringLiteral("Quiz: What is pain?");
    quiz.version = QStringLiteral("9f2c01");
    quiz.settings.timeLimitMinutes = 10;
    quiz.settings.shuffleQuestions = true;
    quiz.questions = bank();
    const QJsonObject json = codec::toJson(quiz, codec::KeyForm::Full);
    const QStringList keys = json.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{QStringLiteral("lecture_id"), QStringLiteral("title"),
                            QStringLiteral("version"), QStringLiteral("settings"),
                            QStringLiteral("questions")}));
    const Result<Quiz> decoded = codec::quizFromJson(json);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().lectureId, quiz.lectureId);
    QCOMPARE(decoded.value().title, quiz.title);
    QCOMPARE(decoded.value().version, quiz.version);
    QVERIFY(decoded.value().settings == quiz.settings);
    QCOMPARE(decoded.value().questions.size(), quiz.questions.size());
    for (qsizetype i = 0; i < quiz.questions.size(); ++i)
        compareQuestions(decoded.value().questions.at(i), quiz.questions.at(i));
}

void TestQuizCodec::malformedQuestionsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    const QJsonObject base{{QStringLiteral("type"), QStringLiteral("short_answer")},
                           {QStringLiteral("text"), QStringLiteral("Name it")},
                           {QStringLiteral("answers"), QJsonArray{}}};
    QJsonObject unknownType = base;
    unknownType.insert(QStringLiteral("type"), QStringLiteral("essay"));
    QTest::newRow("unknown type") << unknownType << "type";
    QJsonObject noText = base;
    noText.remove(QStringLiteral("text"));
    QTest::newRow("no text") << noText << "text";
    QJsonObject badFormat = base;
    badFormat.insert(QStringLiteral("format"), QStringLiteral("latex"));
    QTest::newRow("unknown format") << badFormat << "format";
    QJsonObject answersNotList = base;
    answersNotList.insert(QStringLiteral("answers"), QStringLiteral("Paracetamol"));
    QTest::newRow("answers not a list") << answersNotList << "answers";
    QJsonObject heavy = base;
    heavy.insert(QStringLiteral("answers"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                        {QStringLiteral("weight"), 3}}});
    QTest::newRow("weight above one") << heavy << "weight";
    QJsonObject hashWithoutSalt = base;
    hashWithoutSalt.insert(QStringLiteral("answers"),
                           QJsonArray{QJsonObject{{QStringLiteral("hash"), QStringLiteral("YWJj")},
                                                  {QStringLiteral("weight"), 1}}});
    QTest::newRow("hash without salt") << hashWithoutSalt << "key_salt";
    QJsonObject badHash = hashWithoutSalt;
    badHash.insert(QStringLiteral("key_salt"), QStringLiteral("c2FsdA=="));
    badHash.insert(QStringLiteral("answers"),
                   QJsonArray{QJsonObject{{QStringLiteral("hash"), QStringLiteral("not base64!")},
                                          {QStringLiteral("weight"), 1}}});
    QTest::newRow("hash not base64") << badHash << "hash";
    const QJsonObject trueFalse{{QStringLiteral("type"), QStringLiteral("true_false")},
                                {QStringLiteral("text"), QStringLiteral("Is it?")},
                                {QStringLiteral("answers"), QJsonArray{}}};
    QTest::newRow("true/false without key") << trueFalse << "true_false_answer";
    const QJsonObject matching{
        {QStringLiteral("type"), QStringLiteral("matching")},
        {QStringLiteral("text"), QStringLiteral("Match")},
        {QStringLiteral("answers"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("a")},
                                {QStringLiteral("weight"), 0}}}}};
    QTest::newRow("matching without match_text") << matching << "match_text";
}

void TestQuizCodec::malformedQuestionsAreRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const Result<Question> decoded = codec::questionFromJson(json);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
    // Inside a quiz, the bad question spoils the whole quiz: half a quiz is not offered.
    const QJsonObject quiz{{QStringLiteral("lecture_id"), QStringLiteral("L1")},
                           {QStringLiteral("title"), QStringLiteral("Quiz")},
                           {QStringLiteral("version"), QStringLiteral("1")},
                           {QStringLiteral("settings"), QJsonObject{}},
                           {QStringLiteral("questions"), QJsonArray{json}}};
    const Result<Quiz> decodedQuiz = codec::quizFromJson(quiz);
    QVERIFY(!decodedQuiz);
    QVERIFY2(decodedQuiz.error().message.contains(QStringLiteral("question 0")),
             qPrintable(decodedQuiz.error().message));
}

void TestQuizCodec::responsesRoundTrip()
{
    Response everything;
    everything.choices = {2, 0};
    everything.trueFalse = false;
    everything.text = QStringLiteral("opioid*");
    everything.matches = {1, 0, -1};
    const QList<Response> responses{choices({2}), typed(QStringLiteral("Paracétamol")),
                                    said(true),   matched({1, 0, -1}),
                                    Response{},   everything};
    const QJsonArray json = codec::responsesToJson(responses);
    // Only the fields that are set: an unanswered question sends its index alone.
    QCOMPARE(json.at(4).toObject(), (QJsonObject{{QStringLiteral("question"), 4}}));
    QCOMPARE(json.at(2).toObject(),
             (QJsonObject{{QStringLiteral("question"), 2}, {QStringLiteral("true_false"), true}}));
    const Result<QList<Response>> decoded = codec::responsesFromJson(json, 6);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().size(), 6);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QCOMPARE(decoded.value().at(i).choices, responses.at(i).choices);
        QCOMPARE(decoded.value().at(i).trueFalse, responses.at(i).trueFalse);
        QCOMPARE(decoded.value().at(i).text, responses.at(i).text);
        QCOMPARE(decoded.value().at(i).matches, responses.at(i).matches);
    }
    // Fewer responses than questions: the rest are unanswered.
    const Result<QList<Response>> padded = codec::responsesFromJson(QJsonArray{json.at(0)}, 3);
    QVERIFY(padded);
    QCOMPARE(padded.value().size(), 3);
    QVERIFY(padded.value().at(2).choices.isEmpty());
}

void TestQuizCodec::responsesOutOfRangeAreRefused_data()
{
    QTest::addColumn<QJsonArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("index past the end")
        << QJsonArray{QJsonObject{{QStringLiteral("question"), 3}}} << "question 3";
    QTest::newRow("negative index")
        << QJsonArray{QJsonObject{{QStringLiteral("question"), -1}}} << "question -1";
    QTest::newRow("index missing")
        << QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}} << "question";
    QTest::newRow("answered twice") << QJsonArray{QJsonObject{{QStringLiteral("question"), 0}},
                                                  QJsonObject{{QStringLiteral("question"), 0}}}
                                    << "twice";
    QTest::newRow("choices not numbers")
        << QJsonArray{QJsonObject{{QStringLiteral("question"), 0},
                                  {QStringLiteral("choices"), QJsonArray{QStringLiteral("a")}}}}
        << "choices";
    QTest::newRow("true_false as text") << QJsonArray{QJsonObject{
        {QStringLiteral("question"), 1}, {QStringLiteral("true_false"), QStringLiteral("true")}}}
                                        << "true_false";
    QTest::newRow("not an object") << QJsonArray{7} << "object";
}

void TestQuizCodec::responsesOutOfRangeAreRefused()
{
    QFETCH(QJsonArray, json);
    QFETCH(QString, mentions);
    const Result<QList<Response>> decoded = codec::responsesFromJson(json, 3);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestQuizCodec::attemptResultRoundTrips()
{
    AttemptResult result;
    result.attemptId = QStringLiteral("5b0d3c1e-8f7a-4a51-9c3e-0c3a1f2b4d5e");
    result.lectureId = QStringLiteral("PAIN-701-w1-l1");
    result.startedAt = utc("2026-11-26T09:00:00.000Z");
    result.finishedAt = utc("2026-11-26T09:08:30.250Z");
    result.receivedAt = utc("2026-11-27T10:00:00.000Z");
    result.status = AttemptStatus::NotCounted;
    result.reason = QStringLiteral("past the attempt limit");
    result.attemptNumber = 4;
    result.score = 2.5;
    result.maxScore = 4;
    result.percent = 62.5;
    result.passed = false;
    result.review
        = {QuestionReview{0, 1.0, true, QStringLiteral("Right."), QStringLiteral("General."),
                          QStringLiteral("Celecoxib")},
           QuestionReview{1, 0.0, false, {}, {}, {}}, QuestionReview{3, 0.5, true, {}, {}, {}}};
    const QJsonObject json = codec::toJson(result);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("not_counted"));
    QCOMPARE(json.value(QStringLiteral("finished_at")).toString(),
             QStringLiteral("2026-11-26T09:08:30.250Z"));
    for (const char *key : {"attempt_id", "lecture_id", "reason", "attempt_number", "score",
                            "max_score", "percent", "passed", "started_at", "received_at"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    // Hidden feedback and answers are absent rather than empty strings.
    QVERIFY(!json.value(QStringLiteral("review"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .contains(QStringLiteral("correct_answer")));
    const Result<AttemptResult> decoded = codec::attemptResultFromJson(json);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    const AttemptResult &back = decoded.value();
    QCOMPARE(back.attemptId, result.attemptId);
    QCOMPARE(back.lectureId, result.lectureId);
    QCOMPARE(back.startedAt, result.startedAt);
    QCOMPARE(back.finishedAt, result.finishedAt);
    QCOMPARE(back.receivedAt, result.receivedAt);
    QCOMPARE(back.status, result.status);
    QCOMPARE(back.reason, result.reason);
    QCOMPARE(back.attemptNumber, 4);
    QCOMPARE(back.score, 2.5);
    QCOMPARE(back.maxScore, 4.0);
    QCOMPARE(back.percent, 62.5);
    QCOMPARE(back.passed, false);
    QCOMPARE(back.review.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(back.review.at(i).question, result.review.at(i).question);
        QCOMPARE(back.review.at(i).fraction, result.review.at(i).fraction);
        QCOMPARE(back.review.at(i).answered, result.review.at(i).answered);
        QCOMPARE(back.review.at(i).feedback, result.review.at(i).feedback);
        QCOMPARE(back.review.at(i).generalFeedback, result.review.at(i).generalFeedback);
        QCOMPARE(back.review.at(i).correctAnswer, result.review.at(i).correctAnswer);
    }
}

void TestQuizCodec::malformedAttemptResultsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    const QJsonObject good{{QStringLiteral("status"), QStringLiteral("counted")},
                           {QStringLiteral("score"), 1},
                           {QStringLiteral("max_score"), 2},
                           {QStringLiteral("percent"), 50},
                           {QStringLiteral("passed"), false}};
    QVERIFY(codec::attemptResultFromJson(good));
    QJsonObject status = good;
    status.insert(QStringLiteral("status"), QStringLiteral("graded"));
    QTest::newRow("unknown status") << status << "status";
    QJsonObject noScore = good;
    noScore.remove(QStringLiteral("score"));
    QTest::newRow("no score") << noScore << "score";
    QJsonObject passed = good;
    passed.insert(QStringLiteral("passed"), 1);
    QTest::newRow("passed as number") << passed << "passed";
    QJsonObject time = good;
    time.insert(QStringLiteral("received_at"), QStringLiteral("yesterday"));
    QTest::newRow("bad time") << time << "received_at";
    QJsonObject review = good;
    review.insert(QStringLiteral("review"),
                  QJsonArray{QJsonObject{{QStringLiteral("fraction"), 1}}});
    QTest::newRow("review without question") << review << "question";
}

void TestQuizCodec::malformedAttemptResultsAreRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const Result<AttemptResult> decoded = codec::attemptResultFromJson(json);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

void TestQuizCodec::attemptEventHasProtocolKeys()
{
    Attempt attempt;
    attempt.attemptId = QStringLiteral("a1");
    attempt.lectureId = QStringLiteral("PAIN-701-w1-l1");
    attempt.startedAt = utc("2026-11-26T09:00:00.000Z");
    attempt.finishedAt = utc("2026-11-26T09:05:00.000Z");
    attempt.responses = {choices({2}), typed(QStringLiteral("opioid*"))};
    AttemptResult provisional;
    provisional.score = 1;
    provisional.maxScore = 2;
    provisional.percent = 50;
    provisional.passed = false;
    provisional.review = {QuestionReview{0, 1, true, {}, {}, {}}};
    attempt.provisional = provisional;
    const QJsonObject json = codec::attemptEventPayload(attempt, QStringLiteral("device-7"));
    const QJsonObject expected{
        {QStringLiteral("attempt_id"), QStringLiteral("a1")},
        {QStringLiteral("lecture_id"), QStringLiteral("PAIN-701-w1-l1")},
        {QStringLiteral("started_at"), QStringLiteral("2026-11-26T09:00:00.000Z")},
        {QStringLiteral("finished_at"), QStringLiteral("2026-11-26T09:05:00.000Z")},
        {QStringLiteral("auto_submitted"), false},
        {QStringLiteral("device_id"), QStringLiteral("device-7")},
        {QStringLiteral("responses"),
         QJsonArray{QJsonObject{{QStringLiteral("question"), 0},
                                {QStringLiteral("choices"), QJsonArray{2}}},
                    QJsonObject{{QStringLiteral("question"), 1},
                                {QStringLiteral("text"), QStringLiteral("opioid*")}}}},
        {QStringLiteral("provisional"),
         QJsonObject{{QStringLiteral("score"), 1},
                     {QStringLiteral("max_score"), 2},
                     {QStringLiteral("percent"), 50},
                     {QStringLiteral("passed"), false}}}};
    QCOMPARE(json, expected);
}

void TestQuizCodec::attemptEventReadsBack()
{
    Attempt attempt;
    attempt.attemptId = QStringLiteral("a2");
    attempt.lectureId = QStringLiteral("L");
    attempt.startedAt = utc("2026-11-26T09:00:00.000Z");
    attempt.finishedAt = utc("2026-11-26T09:10:00.001Z");
    attempt.autoSubmitted = true;
    attempt.responses = {said(true)};
    const Result<codec::AttemptEvent> event
        = codec::attemptEventFromJson(codec::attemptEventPayload(attempt, QStringLiteral("d")));
    QVERIFY2(event, event ? "" : qPrintable(event.error().message));
    QCOMPARE(event.value().attemptId, QStringLiteral("a2"));
    QCOMPARE(event.value().deviceId, QStringLiteral("d"));
    QCOMPARE(event.value().startedAt, attempt.startedAt);
    QCOMPARE(event.value().finishedAt, attempt.finishedAt);
    QVERIFY(event.value().autoSubmitted);
    QVERIFY(!event.value().provisional); // none was computed
    const Result<QList<Response>> responses = codec::responsesFromJson(event.value().responses, 1);
    QVERIFY(responses);
    QCOMPARE(responses.value().at(0).trueFalse, std::optional<bool>(true));
}

void TestQuizCodec::attemptEventWithBadTimesIsRefused()
{
    // A payload that finishes before it starts, or has no times, cannot be ordered or checked
    // against the close date.
    Attempt attempt;
    attempt.attemptId = QStringLiteral("a3");
    attempt.lectureId = QStringLiteral("L");
    attempt.startedAt = utc("2026-11-26T09:10:00.000Z");
    attempt.finishedAt = utc("2026-11-26T09:00:00.000Z");
    QVERIFY(!codec::attemptEventFromJson(codec::attemptEventPayload(attempt, QString())));
    attempt.finishedAt = QDateTime();
    const Result<codec::AttemptEvent> noFinish
        = codec::attemptEventFromJson(codec::attemptEventPayload(attempt, QString()));
    QVERIFY(!noFinish);
    QVERIFY(noFinish.error().message.contains(QStringLiteral("finished_at")));
}

void TestQuizCodec::timestampsAreUtcWithMilliseconds()
{
    // A time in another zone is written as UTC; offsets are read back to the same instant.
    const QDateTime local
        = QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00.123+01:00"), Qt::ISODateWithMs);
    QCOMPARE(codec::timestampToJson(local), QStringLiteral("2026-11-26T09:00:00.123Z"));
    QCOMPARE(codec::timestampFromJson(QStringLiteral("2026-11-26T10:00:00.123+01:00")),
             utc("2026-11-26T09:00:00.123Z"));
    QVERIFY(codec::timestampToJson(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestQuizCodec)
#include "tst_quizcodec.moc"
