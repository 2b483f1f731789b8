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
};

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
