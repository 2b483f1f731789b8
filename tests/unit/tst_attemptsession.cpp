// The rules of one quiz attempt: orders that follow from the seed and the settings, the clock,
// what the confirmation lists, what submission grades, and what the review may reveal.

#include "quiz/attemptsession.h"

#include "quiz/giftparser.h"
#include "sync/quizcodec.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace lectern;

namespace {

const char *const kQuiz = R"GIFT(
::Intro::Read the case: Mrs B, 72, has knee osteoarthritis.

::MC::Which is first-line for her pain?{
  =Topical NSAID#Yes: local effect, little systemic exposure.
  ~Oral morphine#Not first line for osteoarthritis.
  ~Pethidine#Avoid in older adults.
  ####NICE recommends topical NSAIDs first for knee osteoarthritis.
}

::MA::Which are opioids?{~%50%Tramadol ~%50%Codeine ~%-100%Duloxetine#An SNRI.}

::TF::Paracetamol is an NSAID.{FALSE#It is not.#Right.}

::SA::Name the scale that runs from 0 to 10.{=NRS#Numeric rating scale. =numeric rating*#Close enough.}

::NUM::Maximum daily paracetamol in grams?{#4:0.5}

::MATCH::Match drug to class.{
  =Ketamine -> NMDA antagonist
  =Lidocaine -> Sodium channel blocker
  =Esketamine -> NMDA antagonist
  = -> Alpha-2 agonist
}
)GIFT";

// Original indexes of the questions above.
enum { Intro, MC, MA, TF, SA, NUM, MATCH, QuestionCount };

Quiz makeQuiz(const QuizSettings &settings = {})
{
    Quiz quiz;
    quiz.lectureId = QStringLiteral("PAIN-701-w1-l1");
    quiz.title = QStringLiteral("Quiz: Osteoarthritis");
    quiz.version = QStringLiteral("v1");
    quiz.settings = settings;
    const GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(kQuiz));
    if (!parsed.errors.isEmpty() || parsed.questions.size() != QuestionCount)
        qFatal("test quiz does not parse");
    quiz.questions = parsed.questions;
    return quiz;
}

QuizSettings shuffled(bool questions, bool answers)
{
    QuizSettings settings;
    settings.shuffleQuestions = questions;
    settings.shuffleAnswers = answers;
    return settings;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QList<int> identity(int n)
{
    QList<int> list(n);
    std::iota(list.begin(), list.end(), 0);
    return list;
}

bool isPermutationOf(QList<int> list, QList<int> of)
{
    std::sort(list.begin(), list.end());
    std::sort(of.begin(), of.end());
    return list == of;
}

int positionOf(const AttemptSession &session, int original)
{
    for (int position = 0; position < session.questionCount(); ++position) {
        if (session.originalIndexAt(position) == original)
            return position;
    }
    return -1;
}

Response chose(QList<int> choices)
{
    Response r;
    r.choices = std::move(choices);
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

// An attempt at the quiz with every question answered right, in display positions.
AttemptSession answeredRight(const Quiz &quiz, const QDateTime &start)
{
    AttemptSession session(quiz, AttemptSession::start(quiz, start, 7, false));
    session.setResponse(positionOf(session, MC), chose({0}));
    session.setResponse(positionOf(session, MA), chose({0, 1}));
    session.setResponse(positionOf(session, TF), said(false));
    session.setResponse(positionOf(session, SA), typed(QStringLiteral("nrs")));
    session.setResponse(positionOf(session, NUM), typed(QStringLiteral("4.2")));
    Response match;
    match.matches = {0, 1, 2, -1};
    session.setResponse(positionOf(session, MATCH), match);
    return session;
}

} // namespace

class TestAttemptSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startMakesAFreshAttempt();
    void sameSeedGivesTheSameOrders();
    void differentSeedsGiveDifferentOrders();
    void ordersArePinnedForAKnownSeed();
    void shuffledOrdersArePermutations();
    void ordersStayPutWhenTheSettingsSayNotToShuffle_data();
    void ordersStayPutWhenTheSettingsSayNotToShuffle();
    void matchingListsEachMatchOnce();
    void typedQuestionsHaveNoAnswerOrder();
    void deadlineFollowsTimeLimitAndClose_data();
    void deadlineFollowsTimeLimitAndClose();
    void countsDownAndTimesUp();
    void autoSubmitEndsAtTheDeadline();
    void manualSubmitKeepsItsTime();
    void responsesAndFlagsFollowDisplayPositions();
    void unansweredListSkipsDescriptions();
    void submitGradesProvisionally();
    void submittedAttemptIsImmutable();
    void feedbackFollowsTheSetting();
    void answersFollowTheSetting_data();
    void answersFollowTheSetting();
    void hashedKeysNeverShowAnAnswer();
    void reasonsNotToStart_data();
    void reasonsNotToStart();
    void correctAnswerTextPerType_data();
    void correctAnswerTextPerType();
    void restoredAttemptContinues();
    void damagedStoredAttemptIsRepaired();
};

void TestAttemptSession::startMakesAFreshAttempt()
{
    const Quiz quiz = makeQuiz();
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone(3600));
    const Attempt attempt = AttemptSession::start(quiz, now, 1, false);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(attempt.attemptId).hasMatch(), qPrintable(attempt.attemptId));
    QVERIFY(AttemptSession::start(quiz, now, 1, false).attemptId != attempt.attemptId);
    QCOMPARE(attempt.lectureId, quiz.lectureId);
    QCOMPARE(attempt.startedAt, now);
    QCOMPARE(attempt.startedAt.timeSpec(), Qt::UTC); // stored and sent in UTC
    QCOMPARE(attempt.state, AttemptState::InProgress);
    QCOMPARE(attempt.seed, 1u);
    QCOMPARE(attempt.responses.size(), qsizetype(QuestionCount));
    QCOMPARE(attempt.flagged, QList<bool>(QuestionCount, false));
    QCOMPARE(attempt.answerOrders.size(), qsizetype(QuestionCount));
    QVERIFY(!attempt.finishedAt.isValid());
    QVERIFY(!attempt.deadline.isValid()); // untimed, never closes
    QVERIFY(!attempt.preview);
    QVERIFY(!attempt.provisional);
    QVERIFY(AttemptSession::start(quiz, now, 1, true).preview);
}

void TestAttemptSession::sameSeedGivesTheSameOrders()
{
    // After a restart the orders are rebuilt or reread; either way the learner must see the
    // same page, so the orders depend on the seed alone.
    const Quiz quiz = makeQuiz(shuffled(true, true));
    const QDateTime now = at("2026-11-26T10:00:00Z");
    const Attempt a = AttemptSession::start(quiz, now, 12345, false);
    const Attempt b = AttemptSession::start(quiz, now.addSecs(600), 12345, false);
    QCOMPARE(a.questionOrder, b.questionOrder);
    QCOMPARE(a.answerOrders, b.answerOrders);
}

void TestAttemptSession::differentSeedsGiveDifferentOrders()
{
    // Shuffling that always gave the same order would let learners share "answer 2, 3, 1".
    const Quiz quiz = makeQuiz(shuffled(true, true));
    QSet<QList<int>> questionOrders;
    QSet<QList<int>> choiceOrders;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const Attempt attempt
            = AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), seed, false);
        questionOrders.insert(attempt.questionOrder);
        choiceOrders.insert(attempt.answerOrders.at(MC));
    }
    QVERIFY(questionOrders.size() >= 10);
    QCOMPARE(choiceOrders.size(), 6); // all 3! orders of three choices appear in 20 tries
}

void TestAttemptSession::ordersArePinnedForAKnownSeed()
{
    // The shuffle is our own Fisher–Yates over mt19937, not std::shuffle, whose algorithm
    // differs between standard libraries: a client built elsewhere must agree. If this fails,
    // the shuffle changed, and stored attempts would be shown in another order than they were.
    const Quiz quiz = makeQuiz(shuffled(true, true));
    const Attempt attempt = AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), 42, false);
    QCOMPARE(attempt.questionOrder, (QList<int>{3, 4, 0, 2, 6, 5, 1}));
    QCOMPARE(attempt.answerOrders.at(MC), (QList<int>{2, 0, 1}));
    QCOMPARE(attempt.answerOrders.at(MA), (QList<int>{0, 2, 1}));
}

void TestAttemptSession::shuffledOrdersArePermutations()
{
    const Quiz quiz = makeQuiz(shuffled(true, true));
    for (quint32 seed : {0u, 1u, 2u, 99u, 4294967295u}) {
        const Attempt attempt
            = AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), seed, false);
        QVERIFY(isPermutationOf(attempt.questionOrder, identity(QuestionCount)));
        QVERIFY(isPermutationOf(attempt.answerOrders.at(MC), identity(3)));
        QVERIFY(isPermutationOf(attempt.answerOrders.at(MA), identity(3)));
        QVERIFY(isPermutationOf(attempt.answerOrders.at(MATCH), {0, 1, 3}));
    }
}

void TestAttemptSession::ordersStayPutWhenTheSettingsSayNotToShuffle_data()
{
    QTest::addColumn<bool>("shuffleQuestions");
    QTest::addColumn<bool>("shuffleAnswers");
    QTest::newRow("neither") << false << false;
    QTest::newRow("questions only") << true << false;
    QTest::newRow("answers only") << false << true;
}

void TestAttemptSession::ordersStayPutWhenTheSettingsSayNotToShuffle()
{
    QFETCH(bool, shuffleQuestions);
    QFETCH(bool, shuffleAnswers);
    const Quiz quiz = makeQuiz(shuffled(shuffleQuestions, shuffleAnswers));
    bool questionsMoved = false;
    bool answersMoved = false;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const Attempt attempt
            = AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), seed, false);
        questionsMoved = questionsMoved || attempt.questionOrder != identity(QuestionCount);
        answersMoved = answersMoved || attempt.answerOrders.at(MC) != identity(3)
            || attempt.answerOrders.at(MA) != identity(3);
    }
    QCOMPARE(questionsMoved, shuffleQuestions);
    QCOMPARE(answersMoved, shuffleAnswers);
}

void TestAttemptSession::matchingListsEachMatchOnce()
{
    // Ketamine and esketamine share "NMDA antagonist"; the learner's list shows it once, and
    // the distractor with no item is in the list too.
    AttemptSession session(makeQuiz(shuffled(false, false)),
                           AttemptSession::start(makeQuiz(shuffled(false, false)),
                                                 at("2026-11-26T10:00:00Z"), 3, false));
    const QList<int> order = session.answerOrderAt(positionOf(session, MATCH));
    QCOMPARE(order, (QList<int>{0, 1, 3}));
    QStringList shown;
    for (int index : order)
        shown.append(session.quiz().questions.at(MATCH).answers.at(index).matchText);
    QCOMPARE(shown, (QStringList{"NMDA antagonist", "Sodium channel blocker", "Alpha-2 agonist"}));
}

void TestAttemptSession::typedQuestionsHaveNoAnswerOrder()
{
    // Nothing to list for typed answers: showing the accepted answers would give them away.
    const Attempt attempt = AttemptSession::start(makeQuiz(shuffled(true, true)),
                                                  at("2026-11-26T10:00:00Z"), 5, false);
    for (int index : {Intro, TF, SA, NUM})
        QVERIFY2(attempt.answerOrders.at(index).isEmpty(), qPrintable(QString::number(index)));
}

void TestAttemptSession::deadlineFollowsTimeLimitAndClose_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("closesAt");
    QTest::addColumn<QDateTime>("deadline");
    const QDateTime noTime;
    QTest::newRow("untimed, never closes") << 0 << noTime << noTime;
    QTest::newRow("ten minutes") << 10 << noTime << at("2026-11-26T10:10:00Z");
    QTest::newRow("close after the limit")
        << 10 << at("2026-11-26T12:00:00Z") << at("2026-11-26T10:10:00Z");
    QTest::newRow("close cuts the limit short")
        << 10 << at("2026-11-26T10:04:00Z") << at("2026-11-26T10:04:00Z");
    QTest::newRow("untimed but closing")
        << 0 << at("2026-11-26T11:00:00Z") << at("2026-11-26T11:00:00Z");
}

void TestAttemptSession::deadlineFollowsTimeLimitAndClose()
{
    QFETCH(int, minutes);
    QFETCH(QDateTime, closesAt);
    QFETCH(QDateTime, deadline);
    QuizSettings settings;
    settings.timeLimitMinutes = minutes;
    settings.closesAt = closesAt;
    const Attempt attempt
        = AttemptSession::start(makeQuiz(settings), at("2026-11-26T10:00:00Z"), 1, false);
    QCOMPARE(attempt.deadline, deadline);
}

void TestAttemptSession::countsDownAndTimesUp()
{
    QuizSettings settings;
    settings.timeLimitMinutes = 10;
    const QDateTime start = at("2026-11-26T10:00:00Z");
    const AttemptSession timed(makeQuiz(settings),
                               AttemptSession::start(makeQuiz(settings), start, 1, false));
    QCOMPARE(timed.remainingMs(start), 600000);
    QCOMPARE(timed.remainingMs(start.addMSecs(599500)), 500);
    QVERIFY(!timed.isTimeUp(start.addMSecs(599999)));
    QCOMPARE(timed.remainingMs(start.addSecs(600)), 0);
    QVERIFY(timed.isTimeUp(start.addSecs(600)));
    QCOMPARE(timed.remainingMs(start.addSecs(3600)), 0); // never negative

    const AttemptSession untimed(makeQuiz(), AttemptSession::start(makeQuiz(), start, 1, false));
    QCOMPARE(untimed.remainingMs(start.addYears(1)), -1);
    QVERIFY(!untimed.isTimeUp(start.addYears(1)));
}

void TestAttemptSession::autoSubmitEndsAtTheDeadline()
{
    // The device slept through the deadline; the page submits on waking. The attempt ended
    // when its time did, or the server would refuse it as over time.
    QuizSettings settings;
    settings.timeLimitMinutes = 10;
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session(makeQuiz(settings),
                           AttemptSession::start(makeQuiz(settings), start, 1, false));
    session.submit(start.addSecs(3600), true, 0);
    QCOMPARE(session.attempt().finishedAt, start.addSecs(600));
    QVERIFY(session.attempt().autoSubmitted);
    QCOMPARE(session.attempt().provisional->finishedAt, start.addSecs(600));

    // A timer that fires on time is not moved.
    AttemptSession onTime(makeQuiz(settings),
                          AttemptSession::start(makeQuiz(settings), start, 1, false));
    onTime.submit(start.addSecs(300), true, 0);
    QCOMPARE(onTime.attempt().finishedAt, start.addSecs(300));
}

void TestAttemptSession::manualSubmitKeepsItsTime()
{
    // Only the automatic submission is moved back; a learner's own click is what happened.
    QuizSettings settings;
    settings.timeLimitMinutes = 10;
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session(makeQuiz(settings),
                           AttemptSession::start(makeQuiz(settings), start, 1, false));
    session.submit(start.addSecs(700), false, 0);
    QCOMPARE(session.attempt().finishedAt, start.addSecs(700));
    QVERIFY(!session.attempt().autoSubmitted);
    QCOMPARE(session.attempt().state, AttemptState::Submitted);
}

void TestAttemptSession::responsesAndFlagsFollowDisplayPositions()
{
    const Quiz quiz = makeQuiz(shuffled(true, true));
    AttemptSession session(quiz,
                           AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), 42, false));
    const int tfPosition = positionOf(session, TF);
    QVERIFY(tfPosition != TF); // seed 42 moves it, so positions and indexes differ
    QCOMPARE(session.questionAt(tfPosition).name, QStringLiteral("TF"));
    session.setResponse(tfPosition, said(false));
    session.setFlagged(tfPosition, true);
    // Stored in the original order, which grading and the server read.
    QCOMPARE(session.attempt().responses.at(TF).trueFalse, std::optional<bool>(false));
    QVERIFY(session.attempt().flagged.at(TF));
    QVERIFY(session.isFlagged(tfPosition));
    QVERIFY(session.isAnswered(tfPosition));
    session.setFlagged(tfPosition, false);
    QVERIFY(!session.isFlagged(tfPosition));
    session.setCurrentPosition(4);
    QCOMPARE(session.attempt().currentPosition, 4);
    session.setCurrentPosition(99); // out of range: ignored
    QCOMPARE(session.attempt().currentPosition, 4);
}

void TestAttemptSession::unansweredListSkipsDescriptions()
{
    const Quiz quiz = makeQuiz(shuffled(true, false));
    AttemptSession session(quiz,
                           AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), 42, false));
    // Everything but the description is unanswered, listed by display position.
    QList<int> expected;
    for (int position = 0; position < QuestionCount; ++position) {
        if (session.originalIndexAt(position) != Intro)
            expected.append(position);
    }
    QCOMPARE(session.unansweredPositions(), expected);
    QVERIFY(session.isAnswered(positionOf(session, Intro)));

    session.setResponse(positionOf(session, SA), typed(QStringLiteral("NRS")));
    session.setResponse(positionOf(session, MC), chose({1}));
    // Whitespace only, or a choice that does not exist, is still unanswered.
    session.setResponse(positionOf(session, NUM), typed(QStringLiteral("   ")));
    session.setResponse(positionOf(session, MA), chose({7}));
    expected.removeOne(positionOf(session, SA));
    expected.removeOne(positionOf(session, MC));
    QCOMPARE(session.unansweredPositions(), expected);
}

void TestAttemptSession::submitGradesProvisionally()
{
    QuizSettings settings;
    settings.passMark = 0.8;
    const Quiz quiz = makeQuiz(settings);
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session = answeredRight(quiz, start);
    session.setResponse(positionOf(session, NUM), typed(QStringLiteral("7"))); // one wrong
    session.submit(start.addSecs(300), false, 1);
    const Attempt &attempt = session.attempt();
    QCOMPARE(attempt.state, AttemptState::Submitted);
    QVERIFY(attempt.provisional);
    QVERIFY(!attempt.confirmed);
    QCOMPARE(attempt.shownResult(), &*attempt.provisional);
    const AttemptResult &result = *attempt.provisional;
    QCOMPARE(result.status, AttemptStatus::Provisional);
    QCOMPARE(result.attemptId, attempt.attemptId);
    QCOMPARE(result.lectureId, quiz.lectureId);
    QCOMPARE(result.startedAt, start);
    QCOMPARE(result.finishedAt, start.addSecs(300));
    QCOMPARE(result.attemptNumber, 2); // one counted attempt before this one
    QCOMPARE(result.maxScore, 6.0); // the description is not worth a mark
    QCOMPARE(result.score, 5.0);
    QCOMPARE(result.percent, 500.0 / 6.0);
    QVERIFY(result.passed); // 83% against a pass mark of 80%
    QCOMPARE(result.review.size(), 6);
    QCOMPARE(result.review.at(0).question, int(MC));
    QCOMPARE(result.review.at(4).question, int(NUM));
    QCOMPARE(result.review.at(4).fraction, 0.0);
    QVERIFY(result.review.at(4).answered);
    QCOMPARE(result.review.at(5).fraction, 1.0);
}

void TestAttemptSession::submittedAttemptIsImmutable()
{
    // A second submit (a double click, the timer firing after the button) and late edits
    // must not change what was graded and queued.
    const Quiz quiz = makeQuiz();
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session = answeredRight(quiz, start);
    session.submit(start.addSecs(60), false, 0);
    session.setResponse(positionOf(session, MC), chose({1}));
    session.setFlagged(0, true);
    session.submit(start.addSecs(120), true, 0);
    QCOMPARE(session.attempt().responses.at(MC).choices, QList<int>{0});
    QVERIFY(!session.attempt().flagged.at(session.originalIndexAt(0)));
    QCOMPARE(session.attempt().finishedAt, start.addSecs(60));
    QVERIFY(!session.attempt().autoSubmitted);
    QCOMPARE(session.attempt().provisional->score, 6.0);
}

void TestAttemptSession::feedbackFollowsTheSetting()
{
    for (bool show : {true, false}) {
        QuizSettings settings;
        settings.showFeedback = show;
        const Quiz quiz = makeQuiz(settings);
        AttemptSession session = answeredRight(quiz, at("2026-11-26T10:00:00Z"));
        session.submit(at("2026-11-26T10:05:00Z"), false, 0);
        const QuestionReview &mc = session.attempt().provisional->review.at(0);
        QCOMPARE(mc.feedback.isEmpty(), !show);
        QCOMPARE(mc.generalFeedback.isEmpty(), !show);
        if (show) {
            QCOMPARE(mc.feedback, QStringLiteral("Yes: local effect, little systemic exposure."));
            QVERIFY(mc.generalFeedback.startsWith(QStringLiteral("NICE")));
        }
    }
}

void TestAttemptSession::answersFollowTheSetting_data()
{
    QTest::addColumn<int>("visibility");
    QTest::addColumn<int>("attemptsAllowed");
    QTest::addColumn<int>("countedBefore");
    QTest::addColumn<bool>("preview");
    QTest::addColumn<bool>("shown");
    const int never = int(AnswerVisibility::Never);
    const int afterSubmission = int(AnswerVisibility::AfterSubmission);
    const int afterLast = int(AnswerVisibility::AfterLastAttempt);
    QTest::newRow("never") << never << 3 << 2 << false << false;
    QTest::newRow("never, but faculty preview") << never << 3 << 0 << true << true;
    QTest::newRow("after submission, first attempt") << afterSubmission << 3 << 0 << false << true;
    QTest::newRow("after last attempt, first of three") << afterLast << 3 << 0 << false << false;
    QTest::newRow("after last attempt, second of three") << afterLast << 3 << 1 << false << false;
    QTest::newRow("after last attempt, third of three") << afterLast << 3 << 2 << false << true;
    QTest::newRow("after last attempt, past the limit") << afterLast << 3 << 5 << false << true;
    QTest::newRow("after last attempt, only attempt") << afterLast << 1 << 0 << false << true;
    QTest::newRow("after last attempt, unlimited") << afterLast << 0 << 50 << false << false;
}

void TestAttemptSession::answersFollowTheSetting()
{
    QFETCH(int, visibility);
    QFETCH(int, attemptsAllowed);
    QFETCH(int, countedBefore);
    QFETCH(bool, preview);
    QFETCH(bool, shown);
    QuizSettings settings;
    settings.showAnswers = AnswerVisibility(visibility);
    settings.attemptsAllowed = attemptsAllowed;
    QCOMPARE(AttemptSession::mayShowAnswers(settings, countedBefore + 1, preview), shown);

    const Quiz quiz = makeQuiz(settings);
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session(quiz, AttemptSession::start(quiz, start, 1, preview));
    session.submit(start.addSecs(60), false, countedBefore);
    for (const QuestionReview &review : session.attempt().provisional->review) {
        QCOMPARE(review.correctAnswer.isEmpty(), !shown);
        QVERIFY(!review.answered); // nothing answered, and the key is still (not) shown
    }
}

void TestAttemptSession::hashedKeysNeverShowAnAnswer()
{
    // A learner's copy of the key, as the quiz route sends it: even when the settings allow
    // answers, a hashed key has no text to show, while choices still show theirs.
    Quiz quiz = makeQuiz();
    for (Question &question : quiz.questions)
        question.keySalt = QByteArray(16, 's');
    const Result<Quiz> learner
        = codec::quizFromJson(codec::toJson(quiz, codec::KeyForm::Protected));
    QVERIFY(learner);
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession session(learner.value(),
                           AttemptSession::start(learner.value(), start, 1, false));
    session.setResponse(positionOf(session, SA), typed(QStringLiteral("NRS")));
    session.setResponse(positionOf(session, TF), said(false));
    session.submit(start.addSecs(60), false, 0);
    const AttemptResult &result = *session.attempt().provisional;
    QCOMPARE(result.review.at(3).question, int(SA));
    QCOMPARE(result.review.at(3).fraction, 1.0); // graded against the hash
    QCOMPARE(result.review.at(3).correctAnswer, QString());
    QCOMPARE(result.review.at(2).question, int(TF));
    QCOMPARE(result.review.at(2).fraction, 1.0);
    QCOMPARE(result.review.at(2).correctAnswer, QString());
    QCOMPARE(result.review.at(0).correctAnswer, QStringLiteral("Topical NSAID"));
}

void TestAttemptSession::reasonsNotToStart_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("attemptsUsed");
    QTest::addColumn<int>("attemptsAllowed");
    QTest::addColumn<bool>("preview");
    QTest::addColumn<QString>("mentions"); // empty: may start
    const QDateTime open = at("2026-11-26T10:00:00Z");
    QTest::newRow("open, attempts left") << open << 2 << 3 << false << "";
    QTest::newRow("not yet open") << at("2026-09-01T07:59:59Z") << 0 << 3 << false << "opens";
    QTest::newRow("at the opening") << at("2026-09-01T08:00:00Z") << 0 << 3 << false << "";
    QTest::newRow("closed") << at("2026-12-01T00:00:01Z") << 0 << 3 << false << "closed";
    QTest::newRow("at the close") << at("2026-12-01T00:00:00Z") << 0 << 3 << false << "closed";
    QTest::newRow("all attempts used") << open << 3 << 3 << false << "You have used all 3 attempts";
    QTest::newRow("the only attempt used") << open << 1 << 1 << false << "your only attempt";
    QTest::newRow("unlimited") << open << 40 << 0 << false << "";
    QTest::newRow("faculty preview when closed and used up")
        << at("2026-12-24T00:00:00Z") << 9 << 3 << true << "";
}

void TestAttemptSession::reasonsNotToStart()
{
    QFETCH(QDateTime, now);
    QFETCH(int, attemptsUsed);
    QFETCH(int, attemptsAllowed);
    QFETCH(bool, preview);
    QFETCH(QString, mentions);
    QuizSettings settings;
    settings.attemptsAllowed = attemptsAllowed;
    settings.opensAt = at("2026-09-01T08:00:00Z");
    settings.closesAt = at("2026-12-01T00:00:00Z");
    const QString reason = AttemptSession::reasonCannotStart(settings, now, attemptsUsed, preview);
    if (mentions.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(mentions), qPrintable(reason));
}

void TestAttemptSession::correctAnswerTextPerType_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("text");
    QTest::newRow("multiple choice") << "Q{=Celecoxib ~Ibuprofen}"
                                     << "Celecoxib";
    QTest::newRow("multiple choice, best of partials") << "Q{~%50%Codeine =Morphine ~Aspirin}"
                                                       << "Morphine";
    QTest::newRow("multiple answer lists every credited choice")
        << "Q{~%50%Tramadol ~%50%Codeine ~%-100%Duloxetine}"
        << "Tramadol; Codeine";
    QTest::newRow("true") << "Q{T}"
                          << "True";
    QTest::newRow("false") << "Q{FALSE}"
                           << "False";
    QTest::newRow("short answer, full-credit answers") << "Q{=NRS =numeric rating scale =%50%VAS}"
                                                       << "NRS; numeric rating scale";
    QTest::newRow("short answer, exact answers before patterns")
        << "Q{=NRS =numeric rating* =%50%VAS}"
        << "NRS";
    QTest::newRow("short answer, only a pattern") << "Q{=nocicept*}"
                                                  << "nocicept*";
    QTest::newRow("missing word with choices") << "Capsaicin acts on {=TRPV1 ~TRPA1}."
                                               << "TRPV1";
    QTest::newRow("missing word to type") << "It is {=glucuronidated} in the liver."
                                          << "glucuronidated";
    QTest::newRow("numerical, tolerance") << "Q{#4:0.5}"
                                          << "4 ± 0.5";
    QTest::newRow("numerical, exact") << "Q{#400}"
                                      << "400";
    QTest::newRow("numerical, range") << "Q{#15..30 =%50%10..40}"
                                      << "15 – 30";
    QTest::newRow("matching") << "Q{=Ketamine -> NMDA =Lidocaine -> Sodium channel = -> GABA}"
                              << "Ketamine → NMDA; Lidocaine → Sodium channel";
    QTest::newRow("description") << "Just text."
                                 << "";
}

void TestAttemptSession::correctAnswerTextPerType()
{
    QFETCH(QString, gift);
    QFETCH(QString, text);
    const GiftParseResult parsed = GiftParser::parse(gift);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.questions.size(), 1);
    QCOMPARE(correctAnswerText(parsed.questions.first()), text);
}

void TestAttemptSession::restoredAttemptContinues()
{
    // After a crash the page rebuilds the session from the stored attempt: same orders, same
    // answers, same clock.
    QuizSettings settings = shuffled(true, true);
    settings.timeLimitMinutes = 10;
    const Quiz quiz = makeQuiz(settings);
    const QDateTime start = at("2026-11-26T10:00:00Z");
    AttemptSession first(quiz, AttemptSession::start(quiz, start, 42, false));
    first.setResponse(2, typed(QStringLiteral("4")));
    first.setFlagged(3, true);
    first.setCurrentPosition(3);
    const AttemptSession restored(quiz, first.attempt());
    QCOMPARE(restored.attempt().questionOrder, first.attempt().questionOrder);
    QCOMPARE(restored.attempt().answerOrders, first.attempt().answerOrders);
    QCOMPARE(restored.attempt().responses.at(restored.originalIndexAt(2)).text,
             QStringLiteral("4"));
    QVERIFY(restored.isFlagged(3));
    QCOMPARE(restored.attempt().currentPosition, 3);
    QCOMPARE(restored.remainingMs(start.addSecs(120)), 480000);
}

void TestAttemptSession::damagedStoredAttemptIsRepaired()
{
    // A stored row that does not fit its quiz (lists too short, an order that is not a
    // permutation) must not crash the quiz page; it falls back to the original order.
    const Quiz quiz = makeQuiz();
    Attempt stored = AttemptSession::start(quiz, at("2026-11-26T10:00:00Z"), 1, false);
    stored.questionOrder = {0, 0, 1};
    stored.answerOrders.clear();
    stored.responses.resize(2);
    stored.flagged.clear();
    stored.currentPosition = 40;
    const AttemptSession session(quiz, stored);
    QCOMPARE(session.attempt().questionOrder, identity(QuestionCount));
    QCOMPARE(session.attempt().answerOrders.size(), qsizetype(QuestionCount));
    QCOMPARE(session.attempt().responses.size(), qsizetype(QuestionCount));
    QCOMPARE(session.attempt().flagged.size(), qsizetype(QuestionCount));
    QCOMPARE(session.attempt().currentPosition, QuestionCount - 1);
    QCOMPARE(session.unansweredPositions().size(), qsizetype(QuestionCount - 1));
}

QTEST_GUILESS_MAIN(TestAttemptSession)
#include "tst_attemptsession.moc"
