// Measured viewing on the client: intervals merge by union, the resume position follows the
// latest writer, the quiz unlocks at the course's threshold and stays unlocked, and every
// save appends exactly one outbox event in the same transaction.

#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "store/quizrepository.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

IntervalSet span(qint64 fromMs, qint64 toMs)
{
    IntervalSet set;
    set.add(fromMs, toMs);
    return set;
}

} // namespace

class TestProgressRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void viewingMergesByUnionAndReplaysAddNothing();
    void quizUnlocksAtThresholdAndStaysUnlocked();
    void everySaveAppendsOneOutboxEvent();
    void olderPositionDoesNotOverwriteNewer();
    void unknownLectureIsRefusedAndNothingIsWritten();
    void progressSurvivesCatalogRefresh();
    void pulledViewingMergesByUnionAndLatestPosition();
    void pulledViewingUnlocksTheQuizOnce();
    void progressPageAndItsCursorCommitTogether();
    void batchesAreOldestFirstAndRefusedOnesAreNotPending();

private:
    ViewingUpdate update(const IntervalSet &watched, qint64 positionMs, int secondsFromNow = 0);
    QVariant scalar(const QString &sql) const;

    QTemporaryDir *m_dir = nullptr;
    std::optional<CatalogRepository> m_catalog;
    std::optional<ProgressRepository> m_progress;
    ProgrammeContent m_content;
    Lecture m_lecture; // the first trimester-1 lecture of the demo
    double m_threshold = 0;
    QDateTime m_start = QDateTime::currentDateTimeUtc();
};

void TestProgressRepository::init()
{
    m_dir = new QTemporaryDir;
    Result<LocalDatabase::Opened> opened
        = LocalDatabase::open(m_dir->filePath(QStringLiteral("p.sqlite")),
                              QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(opened);
    m_catalog.emplace(opened.value().database);
    m_progress.emplace(opened.value().database);
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
    QVERIFY(m_catalog->applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
    const Course &course = *std::find_if(m_content.courses.begin(), m_content.courses.end(),
                                         [](const Course &c) { return c.code == u"PAIN-704"; });
    m_lecture = course.weeks.first().lectures.first();
    m_threshold = course.unlockThreshold;
}

void TestProgressRepository::cleanup()
{
    m_catalog.reset();
    m_progress.reset();
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    delete m_dir;
}

ViewingUpdate TestProgressRepository::update(const IntervalSet &watched, qint64 positionMs,
                                             int secondsFromNow)
{
    return ViewingUpdate{m_lecture.id, watched, positionMs, m_start.addSecs(secondsFromNow)};
}

QVariant TestProgressRepository::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(QString::fromLatin1(QTest::currentTestFunction())));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

void TestProgressRepository::viewingMergesByUnionAndReplaysAddNothing()
{
    QVERIFY(m_progress->recordViewing(update(span(0, 10000), 10000)));
    QVERIFY(m_progress->recordViewing(update(span(5000, 20000), 20000, 1)));
    const Result<ViewingRecorded> replay
        = m_progress->recordViewing(update(span(0, 20000), 20000, 2));
    QVERIFY(replay);
    QCOMPARE(replay.value().progress.watched.coveredLength(), 20000);
    QCOMPARE(replay.value().progress.watched.intervals().size(), 1);
    const auto all = m_progress->loadAll();
    QVERIFY(all);
    QCOMPARE(all.value().value(m_lecture.id).watched.coveredLength(), 20000);
}

void TestProgressRepository::quizUnlocksAtThresholdAndStaysUnlocked()
{
    const qint64 durationMs = qint64(m_lecture.durationSeconds) * 1000;
    const qint64 justBelow = qint64(durationMs * m_threshold) - 2000;
    Result<ViewingRecorded> recorded
        = m_progress->recordViewing(update(span(0, justBelow), justBelow));
    QVERIFY(recorded);
    QVERIFY(!recorded.value().quizJustUnlocked);
    QVERIFY(!recorded.value().progress.isQuizUnlocked());
    QVERIFY(recorded.value().progress.coverage.remainingMs > 0);

    recorded = m_progress->recordViewing(update(span(justBelow, durationMs), durationMs, 1));
    QVERIFY(recorded);
    QVERIFY(recorded.value().quizJustUnlocked);
    QVERIFY(recorded.value().progress.isQuizUnlocked());
    QCOMPARE(recorded.value().progress.coverage.remainingMs, 0);

    // Watching more later never announces the unlock again, and it stays unlocked.
    recorded = m_progress->recordViewing(update(span(0, 1000), 1000, 2));
    QVERIFY(recorded);
    QVERIFY(!recorded.value().quizJustUnlocked);
    QVERIFY(m_progress->loadAll().value().value(m_lecture.id).isQuizUnlocked());
}

void TestProgressRepository::everySaveAppendsOneOutboxEvent()
{
    QVERIFY(m_progress->recordViewing(update(span(0, 4000), 4000)));
    QVERIFY(m_progress->recordViewing(update(span(4000, 8000), 8000, 1)));
    QCOMPARE(m_progress->pendingEventCount().value(), 2);
    const QJsonObject last
        = QJsonDocument::fromJson(scalar(QStringLiteral("SELECT payload_json FROM outbox "
                                                        "ORDER BY id DESC LIMIT 1"))
                                      .toString()
                                      .toUtf8())
              .object();
    QCOMPARE(last.value(QStringLiteral("lecture_id")).toString(), m_lecture.id);
    QCOMPARE(last.value(QStringLiteral("intervals")).toArray(), span(4000, 8000).toJson());
    QCOMPARE(last.value(QStringLiteral("device_id")).toString(), m_progress->deviceId().value());
    QVERIFY(!last.contains(QStringLiteral("unlocked"))); // never sent as a fact
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT event_id) FROM outbox")).toInt(), 2);
}

void TestProgressRepository::olderPositionDoesNotOverwriteNewer()
{
    QVERIFY(m_progress->recordViewing(update(span(0, 30000), 30000, 10)));
    // An update stamped earlier (a slow save arriving late) keeps its intervals but not its
    // position.
    const Result<ViewingRecorded> late
        = m_progress->recordViewing(update(span(40000, 41000), 41000, 5));
    QVERIFY(late);
    QCOMPARE(late.value().progress.positionMs, 30000);
    QCOMPARE(late.value().progress.watched.coveredLength(), 31000);
}

void TestProgressRepository::unknownLectureIsRefusedAndNothingIsWritten()
{
    const Result<ViewingRecorded> refused = m_progress->recordViewing(
        ViewingUpdate{QStringLiteral("PAIN-999-w1-l1"), span(0, 1000), 1000, m_start});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("unknown_lecture"));
    QCOMPARE(m_progress->pendingEventCount().value(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM lecture_progress")).toInt(), 0);
}

void TestProgressRepository::progressSurvivesCatalogRefresh()
{
    QVERIFY(m_progress->recordViewing(update(span(0, 12000), 12000)));
    // The next sync replaces the course (and its lectures) wholesale.
    QVERIFY(m_catalog->applyPage(testing::pageFor(m_content, QStringLiteral("learner"), 100)));
    QCOMPARE(m_progress->loadAll().value().value(m_lecture.id).watched.coveredLength(), 12000);
}

void TestProgressRepository::pulledViewingMergesByUnionAndLatestPosition()
{
    QVERIFY(m_progress->recordViewing(update(span(0, 10000), 10000, 10)));
    const QString here = m_progress->deviceId().value();

    // Another device watched a later part, earlier in time: its intervals join, its position
    // does not win.
    PulledViewing other{1,     m_lecture.id,       span(20000, 30000),
                        30000, m_start.addSecs(5), QStringLiteral("other-device")};
    Result<ViewingRecorded> merged = m_progress->mergeViewing(other);
    QVERIFY(merged);
    QCOMPARE(merged.value().progress.watched.coveredLength(), 20000);
    QCOMPARE(merged.value().progress.positionMs, 10000);
    QCOMPARE(merged.value().progress.positionDevice, here);

    // Later in time: it wins.
    other.positionAt = m_start.addSecs(20);
    other.positionMs = 25000;
    merged = m_progress->mergeViewing(other);
    QVERIFY(merged);
    QCOMPARE(merged.value().progress.positionMs, 25000);
    QCOMPARE(merged.value().progress.positionDevice, QStringLiteral("other-device"));

    // Bad input tried: the same page pulled twice. Nothing grows, nothing is queued to send
    // back (pulled viewing is the server's already).
    merged = m_progress->mergeViewing(other);
    QCOMPARE(merged.value().progress.watched.coveredLength(), 20000);
    QCOMPARE(m_progress->pendingEventCount().value(), 1);
    QCOMPARE(m_progress->loadAll().value().value(m_lecture.id).positionMs, 25000);
}

void TestProgressRepository::pulledViewingUnlocksTheQuizOnce()
{
    const qint64 durationMs = qint64(m_lecture.durationSeconds) * 1000;
    PulledViewing all{1,          m_lecture.id, span(0, durationMs),
                      durationMs, m_start,      QStringLiteral("other-device")};
    Result<ViewingRecorded> merged = m_progress->mergeViewing(all);
    QVERIFY(merged);
    QVERIFY(merged.value().quizJustUnlocked);
    QVERIFY(merged.value().progress.isQuizUnlocked());
    merged = m_progress->mergeViewing(all);
    QVERIFY(!merged.value().quizJustUnlocked);
    QVERIFY(m_progress->loadAll().value().value(m_lecture.id).isQuizUnlocked());

    // A lecture the local catalog does not know keeps its intervals, and no unlock is claimed.
    merged = m_progress->mergeViewing(
        PulledViewing{2, QStringLiteral("PAIN-999-w1-l1"), span(0, 5000), 5000, m_start, {}});
    QVERIFY(merged);
    QVERIFY(!merged.value().quizJustUnlocked);
    QCOMPARE(m_progress->loadAll()
                 .value()
                 .value(QStringLiteral("PAIN-999-w1-l1"))
                 .watched.coveredLength(),
             5000);
}

void TestProgressRepository::progressPageAndItsCursorCommitTogether()
{
    QuizRepository quizzes(
        QSqlDatabase::database(QString::fromLatin1(QTest::currentTestFunction())));
    ProgressPage page;
    page.viewing.append({1, m_lecture.id, span(0, 8000), 8000, m_start, QStringLiteral("d")});
    AttemptResult attempt;
    attempt.attemptId = QStringLiteral("a-1");
    attempt.lectureId = m_lecture.id;
    attempt.status = AttemptStatus::Counted;
    attempt.finishedAt = m_start;
    page.attempts.append(attempt);
    page.cursor = QStringLiteral("2");
    page.hasMore = true;
    const Result<ProgressPageApplied> applied = m_progress->applyProgressPage(page, quizzes);
    QVERIFY(applied);
    QCOMPARE(applied.value().entryCount, 2);
    QCOMPARE(applied.value().attemptLectureIds, QStringList{m_lecture.id});
    QCOMPARE(m_progress->progressCursor().value(), QStringLiteral("2"));

    // Bad input tried: a page that fails half-way (its attempt cannot be stored). Its viewing
    // must not stay behind without the cursor, or the cursor move without the viewing.
    ProgressPage broken;
    broken.viewing.append({3, m_lecture.id, span(50000, 60000), 60000, m_start, {}});
    AttemptResult nameless; // no attempt id: refused by the store
    broken.attempts.append(nameless);
    broken.cursor = QStringLiteral("4");
    QVERIFY(!m_progress->applyProgressPage(broken, quizzes));
    QCOMPARE(m_progress->progressCursor().value(), QStringLiteral("2"));
    QCOMPARE(m_progress->loadAll().value().value(m_lecture.id).watched.coveredLength(), 8000);
}

void TestProgressRepository::batchesAreOldestFirstAndRefusedOnesAreNotPending()
{
    QuizRepository quizzes(
        QSqlDatabase::database(QString::fromLatin1(QTest::currentTestFunction())));
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_progress->recordViewing(update(span(i * 1000, i * 1000 + 1000), i * 1000, i)));
    const QList<OutboxEvent> firstTwo = m_progress->pendingEvents(2).value();
    QCOMPARE(firstTwo.size(), 2);
    QCOMPARE(firstTwo.at(0).payload.value(QStringLiteral("position_ms")).toInt(), 0);
    QCOMPARE(firstTwo.at(1).payload.value(QStringLiteral("position_ms")).toInt(), 1000);

    const Result<PushApplied> applied = m_progress->applyPushResults(
        firstTwo,
        {PushResult{firstTwo.at(0).eventId, PushStatus::Applied, {}, std::nullopt},
         PushResult{firstTwo.at(1).eventId, PushStatus::Rejected, QStringLiteral("bad"),
                    std::nullopt}},
        quizzes);
    QVERIFY(applied);
    QCOMPARE(m_progress->pendingEventCount().value(), 3);
    const QList<OutboxEvent> next = m_progress->pendingEvents(200).value();
    QCOMPARE(next.size(), 3);
    QCOMPARE(next.first().payload.value(QStringLiteral("position_ms")).toInt(), 2000);
    const OutboxStatus status = m_progress->outboxStatus().value();
    QCOMPARE(status.pending, 3);
    QCOMPARE(status.refused.size(), 1);
    QCOMPARE(status.refused.first().refusedReason, QStringLiteral("bad"));
}

QTEST_GUILESS_MAIN(TestProgressRepository)
#include "tst_progressrepository.moc"
