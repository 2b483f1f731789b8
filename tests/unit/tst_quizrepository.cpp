// Quizzes and attempts in the client's SQLite file: a learner's quiz is stored as received
// (hashed key, no plain short answers), answers survive a restart as typed, submission writes
// the attempt and its outbox event together, the server's result replaces the provisional
// grade, and a rejected attempt stays with its reason and is never sent again.

#include "quiz/attemptsession.h"
#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "store/quizrepository.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"
#include "sync/quizcodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// A plain answer that must never be readable in a learner's database file.
const QString kSecretAnswer = QStringLiteral("Buprenorphinexyz");

Quiz sampleQuiz(const QString &lectureId, const QString &version)
{
    Quiz quiz;
    quiz.lectureId = lectureId;
    quiz.courseCode = QStringLiteral("PAIN-704");
    quiz.title = QStringLiteral("Quiz: sample");
    quiz.version = version;

    Question shortAnswer;
    shortAnswer.name = QStringLiteral("drug");
    shortAnswer.type = QuestionType::ShortAnswer;
    shortAnswer.text = QStringLiteral("Which partial agonist?");
    shortAnswer.keySalt = QByteArray(16, '\x07');
    Answer accepted;
    accepted.text = kSecretAnswer;
    accepted.weight = 1;
    shortAnswer.answers = {accepted};

    Question trueFalse;
    trueFalse.name = QStringLiteral("tf");
    trueFalse.type = QuestionType::TrueFalse;
    trueFalse.text = QStringLiteral("Pain is subjective.");
    trueFalse.trueFalseAnswer = true;
    trueFalse.keySalt = QByteArray(16, '\x09');

    Question choice;
    choice.name = QStringLiteral("mc");
    choice.type = QuestionType::MultipleChoice;
    choice.text = QStringLiteral("Pick one");
    Answer right;
    right.text = QStringLiteral("Right");
    right.weight = 1;
    Answer wrong;
    wrong.text = QStringLiteral("Wrong");
    wrong.weight = 0;
    choice.answers = {right, wrong};
    choice.keySalt = QByteArray(16, '\x0b');

    quiz.questions = {shortAnswer, trueFalse, choice};
    return quiz;
}

CourseQuizzes courseWith(const QList<Quiz> &quizzes,
                         codec::KeyForm form = codec::KeyForm::Protected)
{
    CourseQuizzes course;
    course.courseCode = QStringLiteral("PAIN-704");
    course.preview = form == codec::KeyForm::Full;
    for (const Quiz &quiz : quizzes)
        course.quizzes.append(codec::toJson(quiz, form));
    return course;
}

} // namespace

class TestQuizRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void learnerQuizIsStoredAsReceivedAndSurvivesReopening();
    void savingQuizzesReportsWhatChanged();
    void answersSurviveReopeningAsTyped();
    void submitWritesAttemptAndOutboxEventAtomically();
    void lateSaveCannotOverwriteSubmittedAttempt();
    void timedAttemptLeftOpenIsSubmittedAtItsDeadline();
    void secondSubmissionQueuesNoSecondEvent();
    void previewAttemptIsNeverStored();
    void confirmedResultReplacesProvisional();
    void rejectedAttemptStaysWithReasonAndIsNotResent();
    void onlyAnsweredEventsLeaveTheOutbox();
    void attemptFromAnotherDeviceIsKeptWithItsResult();
    void fetchPlanAsksForMissingQuizzesAndAllAfterCatalogChange();
    void fetchPlanLeavesOutTheElectiveNotChosen();
    void migrationFromSchema3KeepsProgressAndOutbox();

private:
    void open();
    void close();
    QVariant scalar(const QString &sql) const;
    Attempt startAttempt(const Quiz &quiz) const;
    Attempt submitted(const Quiz &quiz) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    QString m_connection;
    std::optional<CatalogRepository> m_catalog;
    std::optional<ProgressRepository> m_progress;
    std::optional<QuizRepository> m_quizzes;
    Quiz m_quiz;
};

void TestQuizRepository::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("q.sqlite"));
    m_connection = QString::fromLatin1(QTest::currentTestFunction());
    open();
    QVERIFY(m_quizzes);
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    QVERIFY(m_catalog->applyPage(testing::pageFor(outcome.content, QStringLiteral("learner"))));
    const Course &course
        = *std::find_if(outcome.content.courses.begin(), outcome.content.courses.end(),
                        [](const Course &c) { return c.code == u"PAIN-704"; });
    m_quiz = sampleQuiz(course.weeks.first().lectures.first().id, QStringLiteral("v1"));
}

void TestQuizRepository::cleanup()
{
    close();
    delete m_dir;
}

void TestQuizRepository::open()
{
    Result<LocalDatabase::Opened> opened = LocalDatabase::open(m_path, m_connection);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_catalog.emplace(opened.value().database);
    m_progress.emplace(opened.value().database);
    m_quizzes.emplace(opened.value().database);
}

void TestQuizRepository::close()
{
    m_catalog.reset();
    m_progress.reset();
    m_quizzes.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QVariant TestQuizRepository::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

Attempt TestQuizRepository::startAttempt(const Quiz &quiz) const
{
    return AttemptSession::start(quiz, QDateTime::currentDateTimeUtc(), 42, false);
}

Attempt TestQuizRepository::submitted(const Quiz &quiz) const
{
    AttemptSession session(quiz, startAttempt(quiz));
    Response typed;
    typed.text = kSecretAnswer.toLower();
    Response said;
    said.trueFalse = true;
    for (int position = 0; position < session.questionCount(); ++position) {
        const int original = session.originalIndexAt(position);
        if (original == 0)
            session.setResponse(position, typed);
        else if (original == 1)
            session.setResponse(position, said);
    }
    session.submit(QDateTime::currentDateTimeUtc(), false, 0);
    return session.attempt();
}

void TestQuizRepository::learnerQuizIsStoredAsReceivedAndSurvivesReopening()
{
    QVERIFY(m_quizzes->saveQuizzes(courseWith({m_quiz})));
    close();
    open();
    const Result<QuizBundle> bundle = m_quizzes->loadBundle(m_quiz.lectureId);
    QVERIFY(bundle);
    QVERIFY(bundle.value().found);
    const Quiz &quiz = bundle.value().quiz;
    QVERIFY(!quiz.hasPlainKey);
    QCOMPARE(quiz.courseCode, QStringLiteral("PAIN-704"));
    QCOMPARE(quiz.version, QStringLiteral("v1"));
    QCOMPARE(quiz.questions.size(), 3);
    QCOMPARE(quiz.questions.at(0).text, m_quiz.questions.at(0).text);
    // The learner's key is the hash, not the answer.
    QVERIFY(quiz.questions.at(0).answers.at(0).text.isEmpty());
    QVERIFY(!quiz.questions.at(0).answers.at(0).textHash.isEmpty());
    QVERIFY(!quiz.questions.at(1).trueFalseHash.isEmpty());

    // Bad input tried: reading the file as a curious learner would. The plain answer is
    // nowhere in it (nor in the write-ahead log).
    close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_path + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kSecretAnswer.toUtf8()), qPrintable(m_path + suffix));
        QVERIFY(!bytes.contains(kSecretAnswer.toLower().toUtf8()));
    }
    open();
}

void TestQuizRepository::savingQuizzesReportsWhatChanged()
{
    Quiz other = sampleQuiz(m_quiz.lectureId + QStringLiteral("-x"), QStringLiteral("a"));
    Result<QStringList> changed = m_quizzes->saveQuizzes(courseWith({m_quiz, other}));
    QVERIFY(changed);
    QCOMPARE(changed.value().size(), 2);
    // The same versions again: nothing to announce.
    changed = m_quizzes->saveQuizzes(courseWith({m_quiz, other}));
    QVERIFY(changed);
    QVERIFY(changed.value().isEmpty());
    // One quiz edited, the other removed from the course.
    Quiz edited = m_quiz;
    edited.version = QStringLiteral("v2");
    changed = m_quizzes->saveQuizzes(courseWith({edited}));
    QVERIFY(changed);
    QCOMPARE(QSet<QString>(changed.value().begin(), changed.value().end()),
             (QSet<QString>{m_quiz.lectureId, other.lectureId}));
    QVERIFY(!m_quizzes->loadBundle(other.lectureId).value().found);
    QCOMPARE(m_quizzes->quizVersions().value().value(m_quiz.lectureId), QStringLiteral("v2"));

    // Faculty receive the full key and the quiz says so.
    QVERIFY(m_quizzes->saveQuizzes(courseWith({edited}, codec::KeyForm::Full)));
    const Quiz full = m_quizzes->loadBundle(m_quiz.lectureId).value().quiz;
    QVERIFY(full.hasPlainKey);
    QCOMPARE(full.questions.at(0).answers.at(0).text, kSecretAnswer);
}

void TestQuizRepository::answersSurviveReopeningAsTyped()
{
    QVERIFY(m_quizzes->saveQuizzes(courseWith({m_quiz})));
    AttemptSession session(m_quiz, startAttempt(m_quiz));
    Response typed;
    typed.text = QStringLiteral("  half-typed ansWer ");
    session.setResponse(0, Response{});
    const int shortPosition = int(session.attempt().questionOrder.indexOf(0));
    session.setResponse(shortPosition, typed);
    session.setFlagged(shortPosition, true);
    session.setCurrentPosition(2);
    QVERIFY(m_quizzes->saveAttempt(session.attempt()));
    // A second save of the same attempt replaces the first rather than adding one.
    QVERIFY(m_quizzes->saveAttempt(session.attempt()));

    close(); // as a crash would
    open();
    const QuizBundle bundle = m_quizzes->loadBundle(m_quiz.lectureId).value();
    QCOMPARE(bundle.attempts.size(), 1);
    const Attempt &restored = bundle.attempts.first();
    QCOMPARE(restored.attemptId, session.attempt().attemptId);
    QCOMPARE(restored.state, AttemptState::InProgress);
    QCOMPARE(restored.responses.at(0).text, typed.text); // as typed, spaces and case
    QCOMPARE(restored.flagged, session.attempt().flagged);
    QCOMPARE(restored.currentPosition, 2);
    QCOMPARE(restored.questionOrder, session.attempt().questionOrder);
    QCOMPARE(restored.answerOrders, session.attempt().answerOrders);
    QCOMPARE(restored.seed, session.attempt().seed);
    QCOMPARE(restored.startedAt, session.attempt().startedAt);
    QCOMPARE(m_progress->pendingEventCount().value(), 0); // saving sends nothing
}

void TestQuizRepository::submitWritesAttemptAndOutboxEventAtomically()
{
    QVERIFY(m_quizzes->saveQuizzes(courseWith({m_quiz})));
    const Attempt attempt = submitted(m_quiz);
    QVERIFY(m_quizzes->saveAttempt(startAttempt(m_quiz))); // another, still in progress

    // Bad input tried: the outbox write fails (as a full disk would) after the attempt row
    // was written. Neither may remain.
    QSqlQuery trigger(QSqlDatabase::database(m_connection));
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON outbox "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QVERIFY(!m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quiz_attempt WHERE state = 'submitted'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER full_disk")));

    QVERIFY(m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quiz_attempt WHERE state = 'submitted'"))
                 .toInt(),
             1);
    const QList<OutboxEvent> events = m_progress->pendingEvents(10).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("quiz_attempt"));
    QCOMPARE(events.first().payload.value(QStringLiteral("attempt_id")).toString(),
             attempt.attemptId);
    QCOMPARE(events.first().payload.value(QStringLiteral("device_id")).toString(),
             QStringLiteral("device-a"));
    QVERIFY(events.first().payload.contains(QStringLiteral("provisional")));

    const QuizBundle bundle = m_quizzes->loadBundle(m_quiz.lectureId).value();
    const auto stored
        = std::find_if(bundle.attempts.begin(), bundle.attempts.end(),
                       [&](const Attempt &a) { return a.attemptId == attempt.attemptId; });
    QVERIFY(stored != bundle.attempts.end());
    QCOMPARE(stored->state, AttemptState::Submitted);
    QVERIFY(stored->provisional);
    QCOMPARE(stored->shownResult()->status, AttemptStatus::Provisional);
    QCOMPARE(stored->shownResult()->score, attempt.provisional->score);
    QCOMPARE(stored->finishedAt, attempt.finishedAt);
}

// A learner starts a 10-minute quiz, answers one question and closes the laptop; Lectern starts
// again an hour later. The attempt is submitted as at its deadline, with the answer given, and
// queued once for the server; an attempt still within its time, and running the check again,
// submit nothing.
void TestQuizRepository::timedAttemptLeftOpenIsSubmittedAtItsDeadline()
{
    Quiz timed = m_quiz;
    timed.settings.timeLimitMinutes = 10;
    QVERIFY(m_quizzes->saveQuizzes(courseWith({timed})));
    const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    AttemptSession session(timed, AttemptSession::start(timed, startedAt, 7, false));
    QCOMPARE(session.attempt().deadline, startedAt.addSecs(600));
    Response said;
    said.trueFalse = true;
    for (int position = 0; position < session.questionCount(); ++position) {
        if (session.originalIndexAt(position) == 1)
            session.setResponse(position, said);
    }
    QVERIFY(m_quizzes->saveAttempt(session.attempt()));

    // Still within its time at the first check: nothing happens.
    const Result<QList<Attempt>> early
        = m_quizzes->submitExpiredAttempts(startedAt.addSecs(300), QStringLiteral("device-a"));
    QVERIFY(early);
    QVERIFY(early.value().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

    const Result<QList<Attempt>> late = m_quizzes->submitExpiredAttempts(
        QDateTime::currentDateTimeUtc(), QStringLiteral("device-a"));
    QVERIFY(late);
    QCOMPARE(late.value().size(), 1);
    const Attempt &closed = late.value().first();
    QCOMPARE(closed.attemptId, session.attempt().attemptId);
    QCOMPARE(closed.state, AttemptState::Submitted);
    QVERIFY(closed.autoSubmitted);
    QCOMPARE(closed.finishedAt, session.attempt().deadline);
    QVERIFY(closed.provisional);
    QVERIFY(closed.provisional->score > 0); // the true/false answer given counts

    const QList<OutboxEvent> events = m_progress->pendingEvents(10).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("quiz_attempt"));
    QCOMPARE(events.first().payload.value(QStringLiteral("attempt_id")).toString(),
             closed.attemptId);

    // Checked again at the next start: already submitted, nothing queued twice.
    const Result<QList<Attempt>> again = m_quizzes->submitExpiredAttempts(
        QDateTime::currentDateTimeUtc(), QStringLiteral("device-a"));
    QVERIFY(again);
    QVERIFY(again.value().isEmpty());
    QCOMPARE(m_progress->pendingEvents(10).value().size(), 1);
}

void TestQuizRepository::lateSaveCannotOverwriteSubmittedAttempt()
{
    const Attempt attempt = submitted(m_quiz);
    QVERIFY(m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));

    // Bad input tried: a save of the same attempt queued before the submission landed, with
    // the answer changed and the state back to in progress.
    Attempt late = attempt;
    late.state = AttemptState::InProgress;
    late.finishedAt = {};
    late.provisional.reset();
    late.responses[0].text = QStringLiteral("changed after grading");
    const Status saved = m_quizzes->saveAttempt(late);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("attempt_submitted"));

    const Attempt stored = m_quizzes->loadBundle(m_quiz.lectureId).value().attempts.first();
    QCOMPARE(stored.state, AttemptState::Submitted);
    QCOMPARE(stored.responses.at(0).text, attempt.responses.at(0).text);
    QVERIFY(stored.provisional);
}

void TestQuizRepository::secondSubmissionQueuesNoSecondEvent()
{
    const Attempt attempt = submitted(m_quiz);
    QVERIFY(m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));
    // Bad input tried: a double click on "Submit".
    QVERIFY(!m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));
    QCOMPARE(m_progress->pendingEventCount().value(), 1);
}

void TestQuizRepository::previewAttemptIsNeverStored()
{
    // Bad input tried: faculty preview attempts handed to the store.
    Attempt preview = AttemptSession::start(m_quiz, QDateTime::currentDateTimeUtc(), 1, true);
    QVERIFY(!m_quizzes->saveAttempt(preview));
    AttemptSession session(m_quiz, preview);
    session.submit(QDateTime::currentDateTimeUtc(), false, 0);
    QVERIFY(!m_quizzes->submitAttempt(session.attempt(), QStringLiteral("device-a")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quiz_attempt")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
}

void TestQuizRepository::confirmedResultReplacesProvisional()
{
    QVERIFY(m_quizzes->saveQuizzes(courseWith({m_quiz})));
    Attempt attempt = submitted(m_quiz);
    // Bad input tried: a provisional grade tampered to full marks on the device.
    attempt.provisional->score = attempt.provisional->maxScore;
    attempt.provisional->percent = 100;
    attempt.provisional->passed = true;
    QVERIFY(m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));

    AttemptResult server;
    server.attemptId = attempt.attemptId;
    server.lectureId = attempt.lectureId;
    server.status = AttemptStatus::Counted;
    server.attemptNumber = 1;
    server.score = 1;
    server.maxScore = 3;
    server.percent = 100.0 / 3;
    server.passed = false;
    const Result<QString> lecture = m_quizzes->applyAttemptResult(server);
    QVERIFY(lecture);
    QCOMPARE(lecture.value(), m_quiz.lectureId);

    close();
    open();
    const Attempt stored = m_quizzes->loadBundle(m_quiz.lectureId).value().attempts.first();
    QVERIFY(stored.confirmed);
    QCOMPARE(stored.shownResult()->status, AttemptStatus::Counted);
    QCOMPARE(stored.shownResult()->score, 1.0);
    QVERIFY(!stored.shownResult()->passed);
    QCOMPARE(stored.provisional->percent, 100.0); // kept, no longer shown
}

void TestQuizRepository::rejectedAttemptStaysWithReasonAndIsNotResent()
{
    const Attempt attempt = submitted(m_quiz);
    QVERIFY(m_quizzes->submitAttempt(attempt, QStringLiteral("device-a")));
    const QList<OutboxEvent> batch = m_progress->pendingEvents(200).value();
    QCOMPARE(batch.size(), 1);

    const QString reason = QStringLiteral("unknown lecture PAIN-999-w1-l1");
    const Result<PushApplied> applied = m_progress->applyPushResults(
        batch, {PushResult{batch.first().eventId, PushStatus::Rejected, reason, std::nullopt}},
        *m_quizzes);
    QVERIFY(applied);
    QCOMPARE(applied.value().refused, 1);
    QCOMPARE(applied.value().acknowledged, 0);
    QCOMPARE(applied.value().attemptLectureIds, QStringList{m_quiz.lectureId});

    close();
    open();
    QVERIFY(m_progress->pendingEvents(200).value().isEmpty()); // never sent again
    QCOMPARE(m_progress->pendingEventCount().value(), 0);
    const QList<OutboxEvent> refused = m_progress->refusedEvents().value();
    QCOMPARE(refused.size(), 1); // but kept
    QCOMPARE(refused.first().refusedReason, reason);
    QVERIFY(refused.first().refusedAt.isValid());
    const Attempt stored = m_quizzes->loadBundle(m_quiz.lectureId).value().attempts.first();
    QCOMPARE(stored.shownResult()->status, AttemptStatus::Rejected);
    QCOMPARE(stored.shownResult()->reason, reason);
    QVERIFY(!stored.shownResult()->passed);
}

void TestQuizRepository::onlyAnsweredEventsLeaveTheOutbox()
{
    const Attempt first = submitted(m_quiz);
    const Attempt second = submitted(m_quiz);
    QVERIFY(m_quizzes->submitAttempt(first, QStringLiteral("device-a")));
    QVERIFY(m_quizzes->submitAttempt(second, QStringLiteral("device-a")));
    const QList<OutboxEvent> batch = m_progress->pendingEvents(200).value();
    QCOMPARE(batch.size(), 2);

    AttemptResult server;
    server.status = AttemptStatus::Counted;
    server.score = 2;
    server.maxScore = 3;
    // Bad input tried: an answer that covers only the first event, and one for an event id
    // this device never sent. The second stays; nothing else is touched.
    const Result<PushApplied> applied = m_progress->applyPushResults(
        batch,
        {PushResult{batch.at(0).eventId, PushStatus::Applied, {}, server},
         PushResult{QStringLiteral("not-ours"), PushStatus::Applied, {}, std::nullopt}},
        *m_quizzes);
    QVERIFY(applied);
    QCOMPARE(applied.value().acknowledged, 1);
    QCOMPARE(applied.value().unanswered, 1);
    const QList<OutboxEvent> left = m_progress->pendingEvents(200).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().eventId, batch.at(1).eventId);

    // The result names no attempt; the event it answers does.
    const QList<Attempt> attempts = m_quizzes->loadBundle(m_quiz.lectureId).value().attempts;
    for (const Attempt &attempt : attempts) {
        if (attempt.attemptId == batch.at(0).payload.value(QStringLiteral("attempt_id")).toString())
            QCOMPARE(attempt.shownResult()->status, AttemptStatus::Counted);
        else
            QCOMPARE(attempt.shownResult()->status, AttemptStatus::Provisional);
    }
}

void TestQuizRepository::attemptFromAnotherDeviceIsKeptWithItsResult()
{
    QVERIFY(m_quizzes->saveQuizzes(courseWith({m_quiz})));
    AttemptResult pulled;
    pulled.attemptId = QStringLiteral("6a1f1c3e-0000-4000-8000-000000000001");
    pulled.lectureId = m_quiz.lectureId;
    pulled.status = AttemptStatus::NotCounted;
    pulled.reason = QStringLiteral("past the attempt limit");
    pulled.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    pulled.finishedAt = pulled.startedAt.addSecs(300);
    pulled.score = 2;
    pulled.maxScore = 3;
    QVERIFY(m_quizzes->applyAttemptResult(pulled));
    // Pulled again (a later page, the same attempt): still one attempt.
    pulled.status = AttemptStatus::Counted;
    QVERIFY(m_quizzes->applyAttemptResult(pulled));

    const QuizBundle bundle = m_quizzes->loadBundle(m_quiz.lectureId).value();
    QCOMPARE(bundle.attempts.size(), 1);
    const Attempt &attempt = bundle.attempts.first();
    QCOMPARE(attempt.state, AttemptState::Submitted);
    QCOMPARE(attempt.shownResult()->status, AttemptStatus::Counted);
    QCOMPARE(attempt.finishedAt, pulled.finishedAt);
    // The quiz page can index it like any other attempt.
    QCOMPARE(attempt.responses.size(), m_quiz.questions.size());
    QCOMPARE(attempt.flagged.size(), m_quiz.questions.size());
    QCOMPARE(attempt.questionOrder.size(), m_quiz.questions.size());
    QCOMPARE(m_progress->pendingEventCount().value(), 0); // nothing to send back
}

void TestQuizRepository::fetchPlanAsksForMissingQuizzesAndAllAfterCatalogChange()
{
    QuizFetchPlan plan = m_quizzes->fetchPlan().value();
    const int courseCount = int(plan.courseCodes.size());
    QVERIFY(courseCount > 1);
    QVERIFY(plan.courseCodes.contains(QStringLiteral("PAIN-704")));
    QVERIFY(m_quizzes->markFetched(plan.catalogCursor));

    // Marked, but nothing stored: every course with a quiz is still missing its quizzes.
    plan = m_quizzes->fetchPlan().value();
    QCOMPARE(plan.courseCodes.size(), courseCount);

    // Store every PAIN-704 lecture's quiz: that course is no longer asked for.
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QVERIFY(query.exec(QStringLiteral(
        "SELECT id FROM lecture WHERE course_code = 'PAIN-704' AND quiz_question_count > 0")));
    QList<Quiz> quizzes;
    while (query.next())
        quizzes.append(sampleQuiz(query.value(0).toString(), QStringLiteral("v1")));
    QVERIFY(m_quizzes->saveQuizzes(courseWith(quizzes)));
    plan = m_quizzes->fetchPlan().value();
    QCOMPARE(plan.courseCodes.size(), courseCount - 1);
    QVERIFY(!plan.courseCodes.contains(QStringLiteral("PAIN-704")));

    // A complete download long ago: an edited question need not move the catalog, so all
    // courses are asked for again.
    QVERIFY(query.exec(QStringLiteral("UPDATE sync_state SET value = '2020-01-01T00:00:00.000Z' "
                                      "WHERE key = 'quiz_fetched_at'")));
    QCOMPARE(m_quizzes->fetchPlan().value().courseCodes.size(), courseCount);
    QVERIFY(m_quizzes->markFetched(plan.catalogCursor));
    QCOMPARE(m_quizzes->fetchPlan().value().courseCodes.size(), courseCount - 1);

    // The catalog moves (a quiz may have changed; the catalog carries no version): all again.
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(
        m_catalog->applyPage(testing::pageFor(outcome.content, QStringLiteral("learner"), 500)));
    plan = m_quizzes->fetchPlan().value();
    QCOMPARE(plan.courseCodes.size(), courseCount);
}

// Bad input: a plan that asks for the quizzes of the elective the learner did not choose,
// which the server answers with 404, so every sync would fail that course and fetch every
// course again. The test catalog's learner chose PAIN-722 over PAIN-719 (elective 1) and has
// not chosen in elective 2, whose options both stay in the plan.
void TestQuizRepository::fetchPlanLeavesOutTheElectiveNotChosen()
{
    const QuizFetchPlan plan = m_quizzes->fetchPlan().value();
    QVERIFY(plan.courseCodes.contains(QStringLiteral("PAIN-722")));
    QVERIFY(!plan.courseCodes.contains(QStringLiteral("PAIN-719")));
    QVERIFY(plan.courseCodes.contains(QStringLiteral("PAIN-721")));
    QVERIFY(plan.courseCodes.contains(QStringLiteral("PAIN-723")));
}

void TestQuizRepository::migrationFromSchema3KeepsProgressAndOutbox()
{
    close();
    const QString oldPath = m_dir->filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(oldPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int version = 1; version <= 3; ++version) {
            QFile file(
                QStringLiteral(":/schema/client/%1.sql").arg(version, 3, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QString &statement :
                 QString::fromUtf8(file.readAll()).split(QStringLiteral(";\n"))) {
                QString sql;
                for (const QString &line : statement.split(u'\n'))
                    if (!line.trimmed().startsWith(QStringLiteral("--")))
                        sql += line + u'\n';
                if (!sql.trimmed().isEmpty())
                    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO lecture_progress(lecture_id, watched_json, position_ms, position_at, "
            "position_device, unlocked_at, updated_at) VALUES ('PAIN-704-w1-l1', '[[0,30000]]', "
            "30000, '2026-11-01T10:00:00.000Z', 'dev', NULL, '2026-11-01T10:00:00.000Z')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO outbox(event_id, kind, payload_json, created_at) VALUES "
                           "('e-1', 'viewing', '{\"lecture_id\":\"PAIN-704-w1-l1\"}', "
                           "'2026-11-01T10:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    m_path = oldPath;
    open();
    QCOMPARE(scalar(QStringLiteral("PRAGMA user_version")).toInt(), LocalDatabase::schemaVersion());
    const LectureProgress progress
        = m_progress->loadAll().value().value(QStringLiteral("PAIN-704-w1-l1"));
    QCOMPARE(progress.watched.coveredLength(), 30000);
    QCOMPARE(progress.positionMs, 30000);
    // The unsent event survived the migration and is still waiting to be sent.
    const QList<OutboxEvent> pending = m_progress->pendingEvents(10).value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().eventId, QStringLiteral("e-1"));
    QVERIFY(!pending.first().isRefused());
    QVERIFY(m_quizzes->loadBundle(QStringLiteral("PAIN-704-w1-l1")));
}

QTEST_GUILESS_MAIN(TestQuizRepository)
#include "tst_quizrepository.moc"
