// The catalog wire format: what the server encodes the client decodes unchanged, and bytes
// that are not a catalog page are refused with a reason instead of half-read.

#include "support/catalogpages.h"
#include "support/testpaths.h"
#include "sync/catalogcodec.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

class TestCatalogCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPageRoundTrips();
    void malformedPagesAreRefused_data();
    void malformedPagesAreRefused();
    void quizSettingsTravelWithTheLecture();
    void courseWithoutQuizSettingsGetsDefaults();
    void malformedQuizSettingsRefuseTheCourse();
};

namespace {

// A one-lecture course in wire form, whose quiz summary the tests below edit.
QJsonObject courseJson(const QJsonObject &quizSummary)
{
    const QJsonObject lecture{{QStringLiteral("id"), QStringLiteral("PAIN-799-w1-l1")},
                              {QStringLiteral("title"), QStringLiteral("Lecture")},
                              {QStringLiteral("duration_seconds"), 600},
                              {QStringLiteral("objectives"), QJsonArray{QStringLiteral("Learn")}},
                              {QStringLiteral("quiz"), quizSummary}};
    return QJsonObject{
        {QStringLiteral("code"), QStringLiteral("PAIN-799")},
        {QStringLiteral("title"), QStringLiteral("Course")},
        {QStringLiteral("units"), 0.5},
        {QStringLiteral("status"), QStringLiteral("published")},
        {QStringLiteral("domains"), QJsonArray{QStringLiteral("d1")}},
        {QStringLiteral("description"), QStringLiteral("About")},
        {QStringLiteral("live_session"),
         QJsonObject{{QStringLiteral("weekday"), QStringLiteral("Monday")},
                     {QStringLiteral("time"), QStringLiteral("18:00")},
                     {QStringLiteral("time_zone"), QStringLiteral("UTC")},
                     {QStringLiteral("join_url"), QStringLiteral("https://example.org/live")}}},
        {QStringLiteral("weeks"),
         QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                {QStringLiteral("title"), QStringLiteral("Week")},
                                {QStringLiteral("lectures"), QJsonArray{lecture}}}}}};
}

QJsonObject summaryJson()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("PAIN-799-w1-l1")},
                       {QStringLiteral("title"), QStringLiteral("Quiz: Lecture")},
                       {QStringLiteral("question_count"), 4}};
}

} // namespace

void TestCatalogCodec::quizSettingsTravelWithTheLecture()
{
    const Result<Course> base = codec::courseFromJson(courseJson(summaryJson()));
    QVERIFY2(base, base ? "" : qPrintable(base.error().message));
    Course course = base.value();
    QuizSettings &settings = course.weeks[0].lectures[0].quiz.settings;
    settings.timeLimitMinutes = 10;
    settings.shuffleQuestions = true;
    settings.attemptsAllowed = 2;
    settings.showAnswers = AnswerVisibility::AfterLastAttempt;
    settings.closesAt = QDateTime(QDate(2026, 12, 1), QTime(23, 59), Qt::UTC);
    const Result<Course> decoded = codec::courseFromJson(codec::toJson(course));
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QVERIFY(decoded.value().weeks[0].lectures[0].quiz.settings == settings);
}

void TestCatalogCodec::courseWithoutQuizSettingsGetsDefaults()
{
    // A server from before quiz settings sends a summary without them: the course still reads,
    // with the documented defaults rather than zeroes (a 0 pass mark would pass everything).
    const Result<Course> decoded = codec::courseFromJson(courseJson(summaryJson()));
    QVERIFY(decoded);
    QVERIFY(decoded.value().weeks[0].lectures[0].quiz.settings == QuizSettings{});
    QCOMPARE(decoded.value().weeks[0].lectures[0].quiz.settings.passMark, 0.7);
}

void TestCatalogCodec::malformedQuizSettingsRefuseTheCourse()
{
    // Settings that cannot be read must not be replaced by defaults silently: a quiz would
    // then run untimed or with unlimited attempts against the faculty's intent.
    QJsonObject summary = summaryJson();
    summary.insert(QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("time_limit_minutes"), QStringLiteral("ten")}});
    Result<Course> decoded = codec::courseFromJson(courseJson(summary));
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, QStringLiteral("malformed_catalog"));
    QVERIFY2(decoded.error().message.contains(QStringLiteral("time_limit_minutes")),
             qPrintable(decoded.error().message));
    summary.insert(QStringLiteral("settings"), QStringLiteral("strict"));
    decoded = codec::courseFromJson(courseJson(summary));
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message.contains(QStringLiteral("settings")),
             qPrintable(decoded.error().message));
}

void TestCatalogCodec::demoPageRoundTrips()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    CatalogPage page = testing::pageFor(outcome.content, QStringLiteral("learner"));
    page.hasMore = true;
    const Result<CatalogPage> decoded = codec::pageFromJson(codec::toJson(page));
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().changes.size(), page.changes.size());
    QCOMPARE(decoded.value().cursor, page.cursor);
    QVERIFY(decoded.value().hasMore);
    for (qsizetype i = 0; i < page.changes.size(); ++i)
        QCOMPARE(decoded.value().changes.at(i).data, page.changes.at(i).data);
    const Result<Course> course = codec::courseFromJson(page.changes.at(1).data);
    QVERIFY(course);
    QCOMPARE(codec::toJson(course.value()), page.changes.at(1).data);
    const Result<Programme> programme = codec::programmeFromJson(page.changes.at(0).data);
    QVERIFY(programme);
    QCOMPARE(codec::toJson(programme.value()), page.changes.at(0).data);
}

void TestCatalogCodec::malformedPagesAreRefused_data()
{
    QTest::addColumn<QJsonObject>("page");
    QTest::addColumn<QString>("mentions");
    const QJsonObject change{{QStringLiteral("seq"), 1},
                             {QStringLiteral("kind"), QStringLiteral("course")},
                             {QStringLiteral("id"), QStringLiteral("PAIN-701")},
                             {QStringLiteral("op"), QStringLiteral("delete")}};
    QTest::newRow("no changes") << QJsonObject{{QStringLiteral("cursor"), QStringLiteral("1")},
                                               {QStringLiteral("has_more"), false}}
                                << "changes";
    QTest::newRow("has_more not bool")
        << QJsonObject{{QStringLiteral("changes"), QJsonArray{change}},
                       {QStringLiteral("cursor"), QStringLiteral("1")},
                       {QStringLiteral("has_more"), QStringLiteral("no")}}
        << "has_more";
    QJsonObject unknownKind = change;
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("planet"));
    QTest::newRow("unknown kind") << QJsonObject{{QStringLiteral("changes"),
                                                  QJsonArray{unknownKind}},
                                                 {QStringLiteral("cursor"), QStringLiteral("1")},
                                                 {QStringLiteral("has_more"), false}}
                                  << "kind";
    QJsonObject upsertWithoutData = change;
    upsertWithoutData.insert(QStringLiteral("op"), QStringLiteral("upsert"));
    QTest::newRow("upsert without data")
        << QJsonObject{{QStringLiteral("changes"), QJsonArray{upsertWithoutData}},
                       {QStringLiteral("cursor"), QStringLiteral("1")},
                       {QStringLiteral("has_more"), false}}
        << "data";
}

void TestCatalogCodec::malformedPagesAreRefused()
{
    QFETCH(QJsonObject, page);
    QFETCH(QString, mentions);
    const Result<CatalogPage> decoded = codec::pageFromJson(page);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, QStringLiteral("malformed_catalog"));
    QVERIFY2(decoded.error().message.contains(mentions), qPrintable(decoded.error().message));
}

QTEST_GUILESS_MAIN(TestCatalogCodec)
#include "tst_catalogcodec.moc"
