// One learner, two computers, one real server: a work laptop (A) and a home desktop (B), each
// with its own data folder, both offline while the learner works, then synced in either order.
//
// What the learner does, offline on both:
// - lecture M: watched in pieces on both devices (A 0–40 %, B 30–80 %, then A again 80–90 %),
//   so the watched intervals must merge by union and the resume position must be A's last one
//   (the latest by time);
// - lecture L: watched to the end on B (the learner sat down at home and watched it there, which
//   unlocks the quiz on B), where the quiz is then taken several times; A also watched L and
//   took the quiz once in between. One attempt more than the quiz allows, so the last by finish
//   time is not counted, whichever device made it and whichever syncs first.
// Then one device syncs, the other, and the first again (it cannot know the other's work
// before): both clients and the server must then hold the same intervals, resume position,
// attempts, attempt numbers and counted / not counted statuses, in both orders.

#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"

#include <memory>

using namespace lectern;
using namespace lectern::testing;

namespace {

const QString kUser = QStringLiteral("learner");
const QString kPassword = QStringLiteral("learner-demo");

// An attempt as everyone must agree on it.
struct Verdict
{
    AttemptStatus status = AttemptStatus::Provisional;
    int attemptNumber = 0;
    double score = 0;

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

QString describe(const QHash<QString, Verdict> &verdicts)
{
    QStringList parts;
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
        parts.append(QStringLiteral("%1: status %2 #%3 score %4")
                         .arg(it.key().left(8))
                         .arg(int(it.value().status))
                         .arg(it.value().attemptNumber)
                         .arg(it.value().score));
    }
    parts.sort();
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestTwoDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothOfflineThenSyncedInEitherOrder_data();
    void bothOfflineThenSyncedInEitherOrder();
    void anotherUserCannotClearUnsentChanges();

private:
    std::unique_ptr<SyncClient> readyClient();
    QHash<QString, Verdict> clientVerdicts(SyncClient &client, const QString &lectureId);

    ServerProcess m_server;
    ProgrammeContent m_content;
    QList<const Lecture *> m_quizLectures;
    int m_nextLecture = 0;
};

void TestTwoDevices::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
    for (const Course &course : m_content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (!m_content.quizzes.value(lecture.id).isEmpty()
                    && lecture.quiz.settings.attemptsAllowed > 0
                    && lecture.quiz.settings.attemptsAllowed <= 3
                    && !lecture.quiz.settings.opensAt.isValid()
                    && !lecture.quiz.settings.closesAt.isValid())
                    m_quizLectures.append(&lecture);
            }
        }
    }
    QVERIFY(m_quizLectures.size() >= 4);
}

std::unique_ptr<SyncClient> TestTwoDevices::readyClient()
{
    auto client = std::make_unique<SyncClient>(m_server.url());
    if (!client->open() || !client->login(kUser, kPassword) || !client->syncCatalog()
        || !client->syncProgress()) {
        return nullptr;
    }
    return client;
}

QHash<QString, Verdict> TestTwoDevices::clientVerdicts(SyncClient &client, const QString &lectureId)
{
    QHash<QString, Verdict> verdicts;
    for (const Attempt &attempt : client.loadQuiz(lectureId).attempts) {
        const AttemptResult *shown = attempt.shownResult();
        verdicts.insert(attempt.attemptId,
                        shown ? Verdict{shown->status, shown->attemptNumber, shown->score}
                              : Verdict{});
    }
    return verdicts;
}

void TestTwoDevices::bothOfflineThenSyncedInEitherOrder_data()
{
    QTest::addColumn<bool>("laptopFirst");
    QTest::newRow("laptop, desktop, laptop") << true;
    QTest::newRow("desktop, laptop, desktop") << false;
}

void TestTwoDevices::bothOfflineThenSyncedInEitherOrder()
{
    QFETCH(bool, laptopFirst);
    QVERIFY(m_nextLecture + 2 <= m_quizLectures.size());
    const Lecture &quizLecture = *m_quizLectures.at(m_nextLecture++); // L
    const Lecture &watched = *m_quizLectures.at(m_nextLecture++); // M
    const int allowed = quizLecture.quiz.settings.attemptsAllowed;
    const qint64 lMs = qint64(quizLecture.durationSeconds) * 1000;
    const qint64 mMs = qint64(watched.durationSeconds) * 1000;

    auto laptop = readyClient();
    auto desktop = readyClient();
    QVERIFY(laptop && desktop);
    // Offline from here: nothing is synced until both are done.
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);

    // Lecture M in pieces, positions by time.
    QVERIFY(laptop->recordViewing(
        ViewingUpdate{watched.id, span(0, mMs * 4 / 10), mMs * 4 / 10, t0.addSecs(60)}));
    QVERIFY(desktop->recordViewing(ViewingUpdate{watched.id, span(mMs * 3 / 10, mMs * 8 / 10),
                                                 mMs * 8 / 10, t0.addSecs(120)}));
    QVERIFY(laptop->recordViewing(ViewingUpdate{watched.id, span(mMs * 8 / 10, mMs * 9 / 10),
                                                mMs * 9 / 10, t0.addSecs(180)}));

    // Lecture L watched to the end on both; the quiz taken allowed + 1 times: on the desktop
    // at 5, 15, 20, … minutes, on the laptop at 10 minutes.
    QVERIFY(laptop->recordViewing(ViewingUpdate{quizLecture.id, span(0, lMs), lMs, t0}));
    QVERIFY(desktop->recordViewing(ViewingUpdate{quizLecture.id, span(0, lMs), lMs, t0}));
    QVERIFY(desktop->progress().value(quizLecture.id).isQuizUnlocked());
    QList<QString> byFinishTime;
    const Attempt first = desktop->takeQuiz(quizLecture.id, t0.addSecs(5 * 60), 21);
    QVERIFY(!first.attemptId.isEmpty());
    byFinishTime.append(first.attemptId);
    const Attempt onLaptop = laptop->takeQuiz(quizLecture.id, t0.addSecs(10 * 60), 22);
    QVERIFY(!onLaptop.attemptId.isEmpty());
    byFinishTime.append(onLaptop.attemptId);
    for (int take = 1; take < allowed; ++take) {
        const Attempt more
            = desktop->takeQuiz(quizLecture.id, t0.addSecs((10 + 5 * take) * 60), 22 + take);
        QVERIFY(!more.attemptId.isEmpty());
        byFinishTime.append(more.attemptId);
    }
    QCOMPARE(byFinishTime.size(), allowed + 1);

    SyncClient *firstToSync = laptopFirst ? laptop.get() : desktop.get();
    SyncClient *secondToSync = laptopFirst ? desktop.get() : laptop.get();
    for (SyncClient *client : {firstToSync, secondToSync, firstToSync}) {
        const Result<ProgressSyncResult> synced = client->syncProgress();
        QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
        QCOMPARE(synced.value().refused, 0);
        QCOMPARE(synced.value().waiting, 0);
    }

    // What everyone must agree on.
    IntervalSet mWatched = span(0, mMs * 9 / 10);
    const ServerProgress server = readServerProgress(m_server.url(), kUser, kPassword);
    QVERIFY(server.complete);
    QCOMPARE(server.viewing.value(watched.id).watched, mWatched);
    QCOMPARE(server.viewing.value(watched.id).positionMs, mMs * 9 / 10);
    QCOMPARE(server.viewing.value(quizLecture.id).watched, span(0, lMs));
    QHash<QString, Verdict> serverVerdicts;
    for (const AttemptResult &attempt : server.attempts) {
        if (attempt.lectureId == quizLecture.id)
            serverVerdicts.insert(attempt.attemptId,
                                  Verdict{attempt.status, attempt.attemptNumber, attempt.score});
    }
    QCOMPARE(serverVerdicts.size(), allowed + 1);
    for (int i = 0; i < byFinishTime.size(); ++i) {
        const Verdict verdict = serverVerdicts.value(byFinishTime.at(i));
        QCOMPARE(verdict.attemptNumber, i + 1);
        QCOMPARE(verdict.status, i < allowed ? AttemptStatus::Counted : AttemptStatus::NotCounted);
    }

    for (SyncClient *client : {laptop.get(), desktop.get()}) {
        const QString device
            = client == laptop.get() ? QStringLiteral("laptop") : QStringLiteral("desktop");
        QCOMPARE(client->outbox().pending, 0);
        const QHash<QString, LectureProgress> progress = client->progress();
        QCOMPARE(progress.value(watched.id).watched, mWatched);
        QCOMPARE(progress.value(watched.id).positionMs, mMs * 9 / 10);
        QCOMPARE(progress.value(watched.id).positionDevice,
                 server.viewing.value(watched.id).positionDevice);
        QCOMPARE(progress.value(quizLecture.id).watched, span(0, lMs));
        QVERIFY(progress.value(quizLecture.id).isQuizUnlocked());
        const QHash<QString, Verdict> local = clientVerdicts(*client, quizLecture.id);
        QVERIFY2(local == serverVerdicts,
                 qPrintable(device + QStringLiteral(" has ") + describe(local)
                            + QStringLiteral(" but the server ") + describe(serverVerdicts)));
    }
}

// Another person logging in on the same data folder empties the store (AppController), but
// never while the previous person's changes wait for the server: they would be lost, or pushed
// with the new person's session and counted as theirs. Bad input tried: clearing a store whose
// outbox holds an unsent viewing and a submitted attempt.
void TestTwoDevices::anotherUserCannotClearUnsentChanges()
{
    QVERIFY(m_nextLecture < m_quizLectures.size());
    const Lecture &lecture = *m_quizLectures.at(m_nextLecture++);
    const qint64 durationMs = qint64(lecture.durationSeconds) * 1000;
    auto client = readyClient();
    QVERIFY(client);
    QVERIFY(client->recordViewing(ViewingUpdate{lecture.id, span(0, durationMs), durationMs,
                                                QDateTime::currentDateTimeUtc().addSecs(-600)}));
    const Attempt attempt
        = client->takeQuiz(lecture.id, QDateTime::currentDateTimeUtc().addSecs(-60), 5);
    QVERIFY(!attempt.attemptId.isEmpty());
    QCOMPARE(client->outbox().pending, 2);

    QSignalSpy cleared(&client->store(), &LocalStore::cleared);
    QSignalSpy failed(&client->store(), &LocalStore::operationFailed);
    client->store().clearAsync();
    QVERIFY(failed.wait(kSyncWaitMs));
    QCOMPARE(failed.first().first().value<Error>().code, QStringLiteral("unsent_changes"));
    QVERIFY(failed.first().first().value<Error>().message.contains(u'2'));
    QVERIFY(cleared.isEmpty());
    QCOMPARE(client->outbox().pending, 2); // nothing was deleted
    QVERIFY(client->progress().contains(lecture.id));
    QCOMPARE(client->loadQuiz(lecture.id).attempts.size(), 1);

    // Once the owner's sync has confirmed everything, the folder can change hands.
    QVERIFY(client->syncProgress());
    QCOMPARE(client->outbox().pending, 0);
    client->store().clearAsync();
    QVERIFY(cleared.wait(kSyncWaitMs));
    QVERIFY(client->progress().isEmpty());
    QCOMPARE(client->outbox().pending, 0);
    const ServerProgress server = readServerProgress(m_server.url(), kUser, kPassword);
    QCOMPARE(server.attemptCount(attempt.attemptId), 1); // it reached the server, as its owner's
}

QTEST_GUILESS_MAIN(TestTwoDevices)
#include "tst_twodevices.moc"
