// The client's progress sync against a real lectern-server: a learner downloads the quizzes
// (protected: the database file holds no plain typed answer), watches and takes a quiz with
// the server down, submits, and once the server is back one sync empties the outbox and
// replaces the provisional grade by the server's, even a tampered one. Viewing pushed from one
// data folder is pulled into a second one of the same learner. Everything goes through
// LocalStore (the store thread) and ApiClient (real HTTP on loopback), as in the app.

#include "content/programmeloader.h"
#include "quiz/attemptsession.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"
#include "sync/progresssync.h"
#include "sync/quizcodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lectern;

namespace {

using testing::span;
using testing::SyncClient;

// The database file and its write-ahead log, as someone copying them off the disk would read
// them.
QByteArray fileBytes(const SyncClient &client)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(client.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

bool isWildcard(const QString &text)
{
    return text.contains(u'*');
}

} // namespace

class TestProgressSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void learnerQuizzesArriveProtected();
    void offlineAttemptIsConfirmedByTheServerAfterSync();
    void viewingFromOneDeviceIsPulledIntoAnother();
    void refusedEventIsKeptWithReasonAndNotResent();

private:
    std::unique_ptr<SyncClient> loggedInClient();
    const Lecture &lecture(const QString &courseCode, int week, int index) const;

    testing::ServerProcess m_server;
    quint16 m_port = 0;
    ProgrammeContent m_content;
};

void TestProgressSync::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
    m_port = quint16(m_server.url().port());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
}

std::unique_ptr<SyncClient> TestProgressSync::loggedInClient()
{
    auto client = std::make_unique<SyncClient>(m_server.url());
    if (!client->open() || !client->login(QStringLiteral("learner"), QStringLiteral("learner-demo"))
        || !client->syncCatalog()) {
        return nullptr;
    }
    return client;
}

const Lecture &TestProgressSync::lecture(const QString &courseCode, int week, int index) const
{
    for (const Course &course : m_content.courses) {
        if (course.code == courseCode)
            return course.weeks.at(week).lectures.at(index);
    }
    qFatal("no course %s", qPrintable(courseCode));
}

// Bad input tried: a learner reading the database file for the answer key.
void TestProgressSync::learnerQuizzesArriveProtected()
{
    auto client = loggedInClient();
    QVERIFY(client);
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QVERIFY(synced.value().quizCourses >= 20); // every visible course with quizzes

    const Lecture &first = lecture(QStringLiteral("PAIN-704"), 0, 0);
    const QuizBundle bundle = client->loadQuiz(first.id);
    QVERIFY(bundle.found);
    QVERIFY(!bundle.quiz.hasPlainKey);
    QCOMPARE(bundle.quiz.questions.size(), m_content.quizzes.value(first.id).size());

    // Every typed answer of the programme that the catalog does not mention anyway (a script
    // may say "paracetamol") must be absent from the file.
    QByteArray elsewhere;
    for (const Course &course : m_content.courses)
        elsewhere += QJsonDocument(codec::toJson(course)).toJson();
    for (const QList<Question> &questions : m_content.quizzes) {
        for (const Question &question : questions)
            elsewhere += (question.text + question.textAfter + question.generalFeedback
                          + question.name + question.category)
                             .toUtf8();
        for (const Question &question : questions) {
            for (const Answer &answer : question.answers)
                elsewhere += answer.feedback.toUtf8();
        }
    }
    const QByteArray bytes = fileBytes(*client);
    QVERIFY(bytes.contains(first.title.toUtf8())); // the file really holds the programme
    int checked = 0;
    for (const QList<Question> &questions : m_content.quizzes) {
        for (const Question &question : questions) {
            const bool typed = question.type == QuestionType::ShortAnswer
                || (question.type == QuestionType::MissingWord && !offersChoices(question));
            if (!typed)
                continue;
            for (const Answer &answer : question.answers) {
                const QByteArray plain = answer.text.toUtf8();
                if (plain.size() < 4 || isWildcard(answer.text) || elsewhere.contains(plain))
                    continue;
                ++checked;
                QVERIFY2(!bytes.contains(plain), plain.constData());
            }
        }
    }
    QVERIFY2(checked >= 5, qPrintable(QString::number(checked)));

    // A second run has nothing to download again.
    const Result<ProgressSyncResult> again = client->syncProgress();
    QVERIFY(again);
    QCOMPARE(again.value().quizCourses, 0);
}

void TestProgressSync::offlineAttemptIsConfirmedByTheServerAfterSync()
{
    auto client = loggedInClient();
    QVERIFY(client);
    QVERIFY(client->syncProgress());
    const Lecture &watched = lecture(QStringLiteral("PAIN-704"), 1, 0);
    const QuizBundle bundle = client->loadQuiz(watched.id);
    QVERIFY(bundle.found);
    const Quiz &quiz = bundle.quiz;
    const QList<Question> fullKey = m_content.quizzes.value(watched.id);

    // The network goes: the server stops.
    QCOMPARE(m_server.stop(), 0);

    // Watch the whole lecture (the server unlocks the quiz from these intervals) and take the
    // quiz twice: once honestly, once with the provisional grade tampered to full marks.
    const qint64 durationMs = qint64(watched.durationSeconds) * 1000;
    QVERIFY(client->recordViewing(ViewingUpdate{watched.id, span(0, durationMs), durationMs,
                                                QDateTime::currentDateTimeUtc()}));
    QList<Attempt> attempts;
    // Seconds apart, so the server's finish-time order (which numbers them) is not a tie.
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    for (int take = 0; take < 2; ++take) {
        AttemptSession session(
            quiz,
            AttemptSession::start(quiz, startedAt.addSecs(take * 2), quint32(7 + take), false));
        // Answer every other question with the first offered choice / a word; the rest blank.
        for (int position = 0; position < session.questionCount(); position += 2) {
            const Question &question = session.questionAt(position);
            Response response;
            const QList<int> order = session.answerOrderAt(position);
            if (question.type == QuestionType::TrueFalse)
                response.trueFalse = true;
            else if (!order.isEmpty() && question.type != QuestionType::Matching)
                response.choices = {order.first()};
            else
                response.text = QStringLiteral("morphine");
            session.setResponse(position, response);
        }
        session.submit(startedAt.addSecs(take * 2 + 1), false, take);
        Attempt attempt = session.attempt();
        if (take == 1) {
            attempt.provisional->score = attempt.provisional->maxScore;
            attempt.provisional->percent = 100;
            attempt.provisional->passed = true;
        }
        QVERIFY(client->submit(attempt));
        attempts.append(attempt);
    }
    QCOMPARE(client->outbox().pending, 3);

    // Syncing while the server is down fails plainly and loses nothing.
    const Result<ProgressSyncResult> offline = client->syncProgress();
    QVERIFY(!offline);
    QCOMPARE(offline.error().code, QStringLiteral("offline"));
    QCOMPARE(client->outbox().pending, 3);

    // The server is back where the client expects it.
    QVERIFY(m_server.start(m_port));
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced.value().pushed, 3);
    QCOMPARE(synced.value().refused, 0);
    QCOMPARE(synced.value().waiting, 0);
    QVERIFY(synced.value().attemptLectureIds.contains(watched.id));
    const OutboxStatus outbox = client->outbox();
    QCOMPARE(outbox.pending, 0);
    QVERIFY(outbox.refused.isEmpty());

    const QuizBundle after = client->loadQuiz(watched.id);
    QCOMPARE(after.attempts.size(), 2);
    for (int take = 0; take < 2; ++take) {
        const Attempt &attempt
            = *std::find_if(after.attempts.begin(), after.attempts.end(), [&](const Attempt &a) {
                  return a.attemptId == attempts.at(take).attemptId;
              });
        QVERIFY(attempt.confirmed);
        QCOMPARE(attempt.shownResult()->status, AttemptStatus::Counted);
        // The server's grade, from its own full key, whatever the device claimed.
        const QuizGrade expected
            = gradeQuiz(fullKey, attempts.at(take).responses, quiz.settings.passMark);
        QCOMPARE(attempt.shownResult()->score, expected.score);
        QCOMPARE(attempt.shownResult()->passed, expected.passed);
        QCOMPARE(attempt.shownResult()->attemptNumber, take + 1);
    }
    QVERIFY(after.attempts.at(1).provisional->percent == 100.0
            || after.attempts.at(0).provisional->percent == 100.0); // the claim is kept, unshown
    QVERIFY(gradeQuiz(fullKey, attempts.at(1).responses, quiz.settings.passMark).percent < 100);
}

void TestProgressSync::viewingFromOneDeviceIsPulledIntoAnother()
{
    auto laptop = loggedInClient();
    auto desktop = loggedInClient();
    QVERIFY(laptop && desktop);
    const Lecture &watched = lecture(QStringLiteral("PAIN-701"), 0, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QVERIFY(laptop->recordViewing(ViewingUpdate{watched.id, span(0, 20000), 20000, now}));
    QVERIFY(desktop->recordViewing(
        ViewingUpdate{watched.id, span(30000, 45000), 45000, now.addSecs(60)}));
    // In either order: the desktop syncs first, then the laptop, then the desktop again.
    QVERIFY(desktop->syncProgress());
    QVERIFY(laptop->syncProgress());
    QVERIFY(desktop->syncProgress());

    for (SyncClient *client : {laptop.get(), desktop.get()}) {
        const LectureProgress progress = client->progress().value(watched.id);
        IntervalSet both = span(0, 20000);
        both.unite(span(30000, 45000));
        QCOMPARE(progress.watched, both);
        QCOMPARE(progress.positionMs, 45000); // the later position, from the desktop
        QCOMPARE(client->outbox().pending, 0);
    }
}

void TestProgressSync::refusedEventIsKeptWithReasonAndNotResent()
{
    auto client = loggedInClient();
    QVERIFY(client);
    const Lecture &watched = lecture(QStringLiteral("PAIN-701"), 0, 0);
    // Bad input tried: viewing far past the end of the lecture (a broken player), which the
    // server rejects naming the interval.
    const qint64 pastTheEnd = qint64(watched.durationSeconds) * 1000 + 600000;
    QVERIFY(
        client->recordViewing(ViewingUpdate{watched.id, span(pastTheEnd, pastTheEnd + 1000),
                                            pastTheEnd + 1000, QDateTime::currentDateTimeUtc()}));
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced.value().refused, 1);
    QCOMPARE(synced.value().newlyRefused.size(), 1);
    QVERIFY(!synced.value().newlyRefused.first().refusedReason.isEmpty());
    QCOMPARE(synced.value().waiting, 0);

    const OutboxStatus outbox = client->outbox();
    QCOMPARE(outbox.pending, 0);
    QCOMPARE(outbox.refused.size(), 1); // kept, with the server's reason
    QCOMPARE(outbox.refused.first().refusedReason,
             synced.value().newlyRefused.first().refusedReason);

    const Result<ProgressSyncResult> again = client->syncProgress();
    QVERIFY(again);
    QCOMPARE(again.value().pushed + again.value().refused, 0); // never sent again
    QCOMPARE(client->outbox().refused.size(), 1);
}

QTEST_GUILESS_MAIN(TestProgressSync)
#include "tst_progresssync.moc"
