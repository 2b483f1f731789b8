// Search on the client with SQLite FTS5: the demo catalog is indexed by the schema's triggers
// as the catalog is written, transcripts are stored per cue with their times, and whatever a
// learner types becomes a query that cannot fail: quotes, hyphens, operators and stray symbols
// are text, the last word is a prefix while typed, and accents and case do not matter.

#include "content/programmeloader.h"
#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/searchrepository.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

Cue cue(qint64 startMs, qint64 endMs, const QString &text)
{
    Cue made;
    made.startMs = startMs;
    made.endMs = endMs;
    made.text = text;
    return made;
}

QString plain(QString snippet)
{
    return snippet.remove(SearchRepository::kMatchStart).remove(SearchRepository::kMatchEnd);
}

QString marked(const QString &word)
{
    return SearchRepository::kMatchStart + word + SearchRepository::kMatchEnd;
}

} // namespace

class TestSearchRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sqliteHasFts5();
    void ftsQueryQuotesEverything_data();
    void ftsQueryQuotesEverything();
    void catalogIsIndexedAsItIsWritten();
    void lastWordIsAPrefixWhileTyped();
    void phraseMatchesWordsInOrderOnly();
    void hyphenatedWordsSearchAsAPhrase();
    void snippetMarksTheMatchedWords();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void accentsAndCaseDoNotMatter();
    void transcriptHitsCarryTheCueTimes();
    void savingATranscriptAgainReplacesItsCues();
    void transcriptsOfLecturesNotInTheCatalogAreHidden();
    void spokenHitReplacesTheScriptHit();
    void planHasUnindexedAndFailedLecturesOnly();
    void replacedCourseLeavesNoStaleEntries();

private:
    QVariant scalar(const QString &sql) const;
    QString connectionName() const { return QString::fromLatin1(QTest::currentTestFunction()); }

    ProgrammeContent m_content;
    QTemporaryDir *m_dir = nullptr;
    std::optional<CatalogRepository> m_catalog;
    std::optional<SearchRepository> m_search;
};

void TestSearchRepository::initTestCase()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
}

void TestSearchRepository::init()
{
    m_dir = new QTemporaryDir;
    Result<LocalDatabase::Opened> opened
        = LocalDatabase::open(m_dir->filePath(QStringLiteral("s.sqlite")), connectionName());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_catalog.emplace(opened.value().database);
    m_search.emplace(opened.value().database);
    QVERIFY(m_catalog->applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
}

void TestSearchRepository::cleanup()
{
    m_catalog.reset();
    m_search.reset();
    QSqlDatabase::database(connectionName(), false).close();
    QSqlDatabase::removeDatabase(connectionName());
    delete m_dir;
}

QVariant TestSearchRepository::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(connectionName()));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

void TestSearchRepository::sqliteHasFts5()
{
    // The SQLite that Qt's driver loads must have FTS5, or schema 005 could not be applied.
    QCOMPARE(scalar(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).toInt(), 1);
}

void TestSearchRepository::ftsQueryQuotesEverything_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word being typed") << "opio"
                                          << "\"opio\"*";
    QTest::newRow("finished word") << "opioid "
                                   << "\"opioid\"";
    QTest::newRow("two words") << "chronic pain"
                               << "\"chronic\" \"pain\"*";
    QTest::newRow("quoted phrase") << "\"chronic pain\""
                                   << "\"chronic pain\"";
    QTest::newRow("phrase then word") << "\"chronic pain\" adul"
                                      << "\"chronic pain\" \"adul\"*";
    QTest::newRow("unclosed quote") << "\"chronic pa"
                                    << "\"chronic pa\"";
    QTest::newRow("operators are words") << "pain NOT opioid"
                                         << "\"pain\" \"NOT\" \"opioid\"*";
    QTest::newRow("column filter is a word") << "title:pain"
                                             << "\"title:pain\"*";
    QTest::newRow("hyphen") << "start-low"
                            << "\"start-low\"*";
    QTest::newRow("only symbols") << "- * ( ) ^ :"
                                  << "";
    QTest::newRow("lone quote") << "\""
                                << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("whitespace") << "   "
                                << "";
}

void TestSearchRepository::ftsQueryQuotesEverything()
{
    QFETCH(QString, typed);
    QFETCH(QString, query);
    QCOMPARE(SearchRepository::ftsQuery(typed), query);
}

void TestSearchRepository::catalogIsIndexedAsItIsWritten()
{
    const Result<SearchResults> results = m_search->search(QStringLiteral("Pharmacotherapeutics"));
    QVERIFY(results);
    QCOMPARE(results.value().courses.size(), 1);
    QCOMPARE(results.value().courses.first().courseCode, QStringLiteral("PAIN-701"));
    QCOMPARE(results.value().courses.first().field, SearchField::CourseTitle);

    // A lecture title, with its course and week for the results list.
    const Result<SearchResults> lecture
        = m_search->search(QStringLiteral("Principles of analgesic pharmacotherapy "));
    QVERIFY(lecture);
    QVERIFY(!lecture.value().lectures.isEmpty());
    const SearchHit &best = lecture.value().lectures.first();
    QCOMPARE(best.lectureId, QStringLiteral("PAIN-701-w1-l1"));
    QCOMPARE(best.field, SearchField::LectureTitle);
    QCOMPARE(best.courseCode, QStringLiteral("PAIN-701"));
    QCOMPARE(best.courseTitle, QStringLiteral("Pharmacotherapeutics for Pain"));
    QCOMPARE(best.weekNumber, 1);
}

void TestSearchRepository::lastWordIsAPrefixWhileTyped()
{
    // "multimod" is only the start of "multimodal" (an objective of PAIN-701-w1-l1).
    Result<SearchResults> typing = m_search->search(QStringLiteral("multimod"));
    QVERIFY(typing);
    QVERIFY(!typing.value().lectures.isEmpty());
    // Once a space ends the word, it must match whole.
    Result<SearchResults> finished = m_search->search(QStringLiteral("multimod "));
    QVERIFY(finished);
    QVERIFY(finished.value().lectures.isEmpty());
    QVERIFY(finished.value().courses.isEmpty());
}

void TestSearchRepository::phraseMatchesWordsInOrderOnly()
{
    QVERIFY(
        m_search->saveTranscript(QStringLiteral("PAIN-701-w1-l1"),
                                 {cue(0, 4000, QStringLiteral("Chronic pain is common.")),
                                  cue(4000, 8000, QStringLiteral("Pain can become chronic."))}));
    Result<SearchResults> phrase = m_search->search(QStringLiteral("\"chronic pain\""));
    QVERIFY(phrase);
    QCOMPARE(phrase.value().transcripts.size(), 1);
    QCOMPARE(phrase.value().transcripts.first().startMs, 0);
    // The same words without quotes match both cues.
    Result<SearchResults> words = m_search->search(QStringLiteral("chronic pain "));
    QVERIFY(words);
    QCOMPARE(words.value().transcripts.size(), 2);
}

void TestSearchRepository::hyphenatedWordsSearchAsAPhrase()
{
    // The objective says "start-low, go-slow titration": typed with its hyphens, it must find
    // that lecture, and not lectures that merely contain "start" and "low" apart.
    Result<SearchResults> results = m_search->search(QStringLiteral("start-low go-slow"));
    QVERIFY(results);
    QVERIFY(!results.value().lectures.isEmpty());
    QCOMPARE(results.value().lectures.first().lectureId, QStringLiteral("PAIN-701-w1-l1"));
    QCOMPARE(results.value().lectures.first().field, SearchField::Objectives);
}

void TestSearchRepository::snippetMarksTheMatchedWords()
{
    Result<SearchResults> results = m_search->search(QStringLiteral("multimodal "));
    QVERIFY(results);
    QVERIFY(!results.value().lectures.isEmpty());
    const QString snippet = results.value().lectures.first().snippet;
    QVERIFY2(snippet.contains(marked(QStringLiteral("multimodal")), Qt::CaseInsensitive),
             qPrintable(snippet));
    // A snippet is a window of the text, not the whole script.
    QVERIFY(plain(snippet).size() < 400);
}

void TestSearchRepository::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("typed");
    // Each would be an FTS5 syntax error if passed on as typed.
    for (const char *text : {"\"",
                             "\"\"",
                             "\"pain",
                             "pain\"",
                             "-",
                             "--pain",
                             "pain -opioid",
                             "NOT",
                             "AND OR",
                             "NEAR(pain opioid)",
                             "pain*",
                             "*",
                             "^pain",
                             "title:pain",
                             "(pain",
                             "pain)",
                             "'",
                             "';DROP TABLE course;--",
                             "a:b:c",
                             "{title}: pain",
                             "+",
                             "\\",
                             "pain \"\" opioid"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestSearchRepository::hostileQueriesNeverFail()
{
    QFETCH(QString, typed);
    const Result<SearchResults> results = m_search->search(typed);
    QVERIFY2(results, qPrintable(results ? QString() : results.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM course")).toInt(),
             int(m_content.courses.size()));
}

void TestSearchRepository::accentsAndCaseDoNotMatter()
{
    QVERIFY(m_search->saveTranscript(
        QStringLiteral("PAIN-701-w1-l2"),
        {cue(1000, 3000, QStringLiteral("Le café et la douleur: naïve questions")),
         cue(3000, 6000, QStringLiteral("Die Schmerzen werden größer")),
         cue(6000, 9000, QStringLiteral("慢性疼痛 is chronic pain in Chinese"))}));
    for (const QString &typed :
         {QStringLiteral("cafe "), QStringLiteral("CAFÉ "), QStringLiteral("NAIVE "),
          QStringLiteral("größer "), QStringLiteral("schmerz"), QStringLiteral("慢性疼痛 ")}) {
        const Result<SearchResults> results = m_search->search(typed);
        QVERIFY(results);
        QVERIFY2(results.value().transcripts.size() == 1, qPrintable(typed));
        QCOMPARE(results.value().transcripts.first().lectureId, QStringLiteral("PAIN-701-w1-l2"));
    }
    // The snippet shows the text as spoken, accents and all.
    const Result<SearchResults> results = m_search->search(QStringLiteral("cafe "));
    QVERIFY(plain(results.value().transcripts.first().snippet).contains(QStringLiteral("café")));
}

void TestSearchRepository::transcriptHitsCarryTheCueTimes()
{
    QVERIFY(m_search->saveTranscript(
        QStringLiteral("PAIN-704-w1-l1"),
        {cue(600, 4533,
             QStringLiteral("Chronic pain is one of the most common\nreasons adults "
                            "seek health care.")),
         cue(5333, 10006,
             QStringLiteral("The National Health Interview Survey\ndefines chronic "
                            "pain"))}));
    const Result<SearchResults> results
        = m_search->search(QStringLiteral("\"national health interview\""));
    QVERIFY(results);
    QCOMPARE(results.value().transcripts.size(), 1);
    const SearchHit &hit = results.value().transcripts.first();
    QCOMPARE(hit.lectureId, QStringLiteral("PAIN-704-w1-l1"));
    QCOMPARE(hit.startMs, 5333);
    QCOMPARE(hit.endMs, 10006);
    QCOMPARE(hit.field, SearchField::Transcript);
    QCOMPARE(hit.courseCode, QStringLiteral("PAIN-704"));
    QVERIFY(!hit.lectureTitle.isEmpty());
    // The cue's lines read as one line, and the phrase is marked as one.
    QVERIFY(!hit.snippet.contains(u'\n'));
    QVERIFY2(hit.snippet.contains(marked(QStringLiteral("National Health Interview"))),
             qPrintable(hit.snippet));
    // A phrase across the line break of one cue is found too.
    const Result<SearchResults> across = m_search->search(QStringLiteral("\"common reasons\""));
    QCOMPARE(across.value().transcripts.size(), 1);
}

void TestSearchRepository::savingATranscriptAgainReplacesItsCues()
{
    const QString lecture = QStringLiteral("PAIN-704-w1-l2");
    QVERIFY(m_search->saveTranscript(lecture, {cue(0, 1000, QStringLiteral("old words here"))}));
    QVERIFY(m_search->saveTranscript(lecture, {cue(0, 1000, QStringLiteral("new words here"))}));
    QCOMPARE(m_search->search(QStringLiteral("old ")).value().transcripts.size(), 0);
    QCOMPARE(m_search->search(QStringLiteral("new ")).value().transcripts.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transcript_cue")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT cue_count FROM transcript WHERE lecture_id = "
                                   "'PAIN-704-w1-l2'"))
                 .toInt(),
             1);
}

void TestSearchRepository::transcriptsOfLecturesNotInTheCatalogAreHidden()
{
    // Cues of a lecture the catalog no longer has (or never had) stay stored but never show:
    // there would be nothing to open.
    QVERIFY(m_search->saveTranscript(QStringLiteral("PAIN-999-w1-l1"),
                                     {cue(0, 1000, QStringLiteral("orphaned transcript"))}));
    QCOMPARE(m_search->search(QStringLiteral("orphaned ")).value().transcripts.size(), 0);
}

void TestSearchRepository::spokenHitReplacesTheScriptHit()
{
    // The script of PAIN-701-w1-l1 says "transformed cancer pain care"; so will its captions.
    const QString phrase = QStringLiteral("\"transformed cancer pain care\"");
    const Result<SearchResults> before = m_search->search(phrase);
    QVERIFY(before);
    QCOMPARE(before.value().lectures.size(), 1);
    QCOMPARE(before.value().lectures.first().field, SearchField::Script);
    QVERIFY(m_search->saveTranscript(
        QStringLiteral("PAIN-701-w1-l1"),
        {cue(12000, 16000, QStringLiteral("It transformed cancer pain care but was never"))}));
    // Once spoken words are indexed, the hit that can seek is the one listed, once.
    const Result<SearchResults> after = m_search->search(phrase);
    QVERIFY(after);
    QCOMPARE(after.value().lectures.size(), 0);
    QCOMPARE(after.value().transcripts.size(), 1);
    QCOMPARE(after.value().transcripts.first().startMs, 12000);
}

void TestSearchRepository::planHasUnindexedAndFailedLecturesOnly()
{
    const Result<QStringList> before = m_search->transcriptPlan();
    QVERIFY(before);
    // Every lecture but those of an elective option the learner did not choose: the server
    // signs no media for them.
    const int lectureCount = scalar(QStringLiteral("SELECT count(*) FROM lecture")).toInt();
    const QStringList unchosenLectures = [this] {
        QStringList ids;
        QSqlQuery query(QSqlDatabase::database(connectionName()));
        query.exec(QStringLiteral(
            "SELECT l.id FROM lecture l WHERE l.course_code IN ("
            " SELECT o.value FROM elective_slot s JOIN json_each(s.options_json) o"
            " JOIN enrolment e JOIN json_each(e.elective_choices_json) c ON c.key = s.id"
            " WHERE c.value <> '' AND o.value <> c.value)"));
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    }();
    QVERIFY(!unchosenLectures.isEmpty());
    QCOMPARE(before.value().size(), lectureCount - unchosenLectures.size());
    for (const QString &lectureId : unchosenLectures)
        QVERIFY2(!before.value().contains(lectureId), qPrintable(lectureId));

    QVERIFY(m_search->saveTranscript(QStringLiteral("PAIN-704-w1-l1"), {}));
    QVERIFY(
        m_search->markTranscriptFailed(QStringLiteral("PAIN-704-w1-l2"), QStringLiteral("503")));
    const QStringList after = m_search->transcriptPlan().value();
    QCOMPARE(after.size(), before.value().size() - 1);
    QVERIFY(!after.contains(QStringLiteral("PAIN-704-w1-l1")));
    QVERIFY(after.contains(QStringLiteral("PAIN-704-w1-l2"))); // tried again next time

    // A re-cut lecture (its duration changed) is indexed again.
    QSqlQuery query(QSqlDatabase::database(connectionName()));
    QVERIFY(query.exec(QStringLiteral("UPDATE lecture SET duration_seconds = duration_seconds + 9 "
                                      "WHERE id = 'PAIN-704-w1-l1'")));
    QVERIFY(m_search->transcriptPlan().value().contains(QStringLiteral("PAIN-704-w1-l1")));
}

void TestSearchRepository::replacedCourseLeavesNoStaleEntries()
{
    const int entries = scalar(QStringLiteral("SELECT count(*) FROM search_entry")).toInt();
    QCOMPARE(entries,
             scalar(QStringLiteral("SELECT (SELECT count(*) FROM course) + "
                                   "(SELECT count(*) FROM lecture)"))
                 .toInt());
    // The same catalog again (every course replaced, as a sync does): same entries, no doubles.
    QVERIFY(m_catalog->applyPage(testing::pageFor(m_content, QStringLiteral("learner"), 100)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_entry")).toInt(), entries);
    QCOMPARE(m_search->search(QStringLiteral("Pharmacotherapeutics")).value().courses.size(), 1);

    // A course deleted from the catalog is gone from search, its lectures with it.
    CatalogPage removal;
    removal.changes.append(
        {200, ChangeKind::Course, QStringLiteral("PAIN-701"), ChangeOp::Delete, QJsonObject()});
    removal.cursor = QStringLiteral("200");
    QVERIFY(m_catalog->applyPage(removal));
    QCOMPARE(m_search->search(QStringLiteral("Pharmacotherapeutics")).value().courses.size(), 0);
    QCOMPARE(m_search->search(QStringLiteral("\"Principles of analgesic pharmacotherapy\""))
                 .value()
                 .lectures.size(),
             0);
    // The FTS index agrees with its content table.
    QSqlQuery query(QSqlDatabase::database(connectionName()));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")));
}

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
