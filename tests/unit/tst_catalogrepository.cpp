// The client's catalog tables: applying pages from the server, deletions, the cursor, and
// reading the whole programme back, on the real demo content.

#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appliedPageReadsBackWhole();
    void courseDeletionRemovesItsWeeksAndLectures();
    void malformedChangeLeavesStoreAndCursorUnchanged();
    void clearForgetsEverything();

private:
    QTemporaryDir *m_dir = nullptr;
    std::optional<CatalogRepository> m_repository;
    ProgrammeContent m_content;
};

void TestCatalogRepository::init()
{
    m_dir = new QTemporaryDir;
    Result<LocalDatabase::Opened> opened
        = LocalDatabase::open(m_dir->filePath(QStringLiteral("c.sqlite")),
                              QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(opened);
    m_repository.emplace(opened.value().database);
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
}

void TestCatalogRepository::cleanup()
{
    m_repository.reset();
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    delete m_dir;
}

void TestCatalogRepository::appliedPageReadsBackWhole()
{
    const CatalogPage page = testing::pageFor(m_content, QStringLiteral("learner"));
    const Result<int> applied = m_repository->applyPage(page);
    QVERIFY(applied);
    QCOMPARE(applied.value(), int(page.changes.size()));
    QCOMPARE(m_repository->cursor().value(), page.cursor);

    const Result<CatalogSnapshot> snapshot = m_repository->load();
    QVERIFY(snapshot);
    const CatalogSnapshot &s = snapshot.value();
    QCOMPARE(s.courses.size(), 27);
    QCOMPARE(s.programme.trimesters.size(), 9);
    QCOMPARE(s.programme.trimesters.at(6).entries.first(), QStringLiteral("elective-1"));
    QCOMPARE(s.username, QStringLiteral("learner"));
    QCOMPARE(s.enrolment.chosenOption(QStringLiteral("elective-1")), QStringLiteral("PAIN-722"));
    const Course *course = s.course(QStringLiteral("PAIN-704"));
    QVERIFY(course);
    const Course &original = *std::find_if(m_content.courses.begin(), m_content.courses.end(),
                                           [](const Course &c) { return c.code == u"PAIN-704"; });
    QCOMPARE(course->title, original.title);
    QCOMPARE(course->weeks.size(), original.weeks.size());
    QCOMPARE(course->lectureCount(), original.lectureCount());
    QCOMPARE(course->weeks.first().lectures.first().objectives,
             original.weeks.first().lectures.first().objectives);
    QCOMPARE(course->liveSession.timeZone, original.liveSession.timeZone);
}

void TestCatalogRepository::courseDeletionRemovesItsWeeksAndLectures()
{
    QVERIFY(m_repository->applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
    CatalogPage tombstone;
    tombstone.changes.append(
        {100, ChangeKind::Course, QStringLiteral("PAIN-704"), ChangeOp::Delete, {}});
    tombstone.cursor = QStringLiteral("100");
    QVERIFY(m_repository->applyPage(tombstone));
    const CatalogSnapshot s = m_repository->load().value();
    QCOMPARE(s.courses.size(), 26);
    QVERIFY(!s.course(QStringLiteral("PAIN-704")));
    QSqlQuery query(QSqlDatabase::database(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM lecture WHERE course_code = 'PAIN-704'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(m_repository->cursor().value(), QStringLiteral("100"));
}

void TestCatalogRepository::malformedChangeLeavesStoreAndCursorUnchanged()
{
    QVERIFY(m_repository->applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
    const QString cursorBefore = m_repository->cursor().value();
    CatalogPage page;
    Course renamed = m_content.courses.first();
    renamed.title = QStringLiteral("Renamed");
    page.changes.append(
        {200, ChangeKind::Course, renamed.code, ChangeOp::Upsert, codec::toJson(renamed)});
    // A server bug: a course without its weeks. The whole page must be refused.
    QJsonObject broken = codec::toJson(m_content.courses.last());
    broken.remove(QStringLiteral("weeks"));
    page.changes.append(
        {201, ChangeKind::Course, m_content.courses.last().code, ChangeOp::Upsert, broken});
    page.cursor = QStringLiteral("201");
    const Result<int> applied = m_repository->applyPage(page);
    QVERIFY(!applied);
    QVERIFY(applied.error().message.contains(QStringLiteral("weeks")));
    QCOMPARE(m_repository->cursor().value(), cursorBefore);
    const CatalogSnapshot s = m_repository->load().value();
    QCOMPARE(s.course(renamed.code)->title, m_content.courses.first().title);
    QCOMPARE(s.courses.size(), 27);
}

void TestCatalogRepository::clearForgetsEverything()
{
    QVERIFY(m_repository->applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
    QVERIFY(m_repository->clear());
    const CatalogSnapshot s = m_repository->load().value();
    QVERIFY(s.isEmpty());
    QVERIFY(s.username.isEmpty());
    QVERIFY(m_repository->cursor().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
