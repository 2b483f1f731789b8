// Search a phrase spoken in a lecture and land on it: the real client logs in to a real
// lectern-server with the demo media, syncs, and indexes every lecture's captions in the
// background (signed URLs, WebVTT, FTS5). The learner presses Ctrl+K, types words said in a
// lecture, moves through the results with the keyboard and presses Enter: the lecture opens
// with the player at the moment the words are spoken.

#include "clientapp.h"
#include "mainwindow.h"
#include "media/webvtt.h"
#include "player/lecturepage.h"
#include "search/searchbox.h"
#include "search/searchresultsview.h"
#include "search/transcriptindexer.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void spokenPhraseOpensTheLectureWhereItIsSaid();
    void courseCodesAreNotShownAsMatches();
    void marksInsideThePrefixAreDropped_data();
    void marksInsideThePrefixAreDropped();

private:
    int scalar(const QString &sql) const;

    testing::ServerProcess m_server;
    QTemporaryDir m_dataDir;
};

void TestSearch::initTestCase()
{
    const QString media = testing::demoMediaDir();
    QVERIFY2(QFile::exists(media + QStringLiteral("/lectures.json")),
             qPrintable(
                 QStringLiteral("No demo media in %1: run scripts/make-demo-media.sh").arg(media)));
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output, media),
             qPrintable(output));
    QVERIFY(m_server.start());
}

void TestSearch::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

// Reads the client's database file on a connection of the test's own (the client's store
// thread has its own); WAL lets both read.
int TestSearch::scalar(const QString &sql) const
{
    int value = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("lectern.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return value;
}

void TestSearch::spokenPhraseOpensTheLectureWhereItIsSaid()
{
    // The words: the fifth caption of PAIN-704-w1-l1, a clip no other lecture uses.
    const QString mediaDir = testing::demoMediaDir();
    QFile mapping(mediaDir + QStringLiteral("/lectures.json"));
    QVERIFY(mapping.open(QIODevice::ReadOnly));
    const QString clip = QJsonDocument::fromJson(mapping.readAll())
                             .object()
                             .value(QStringLiteral("lectures"))
                             .toObject()
                             .value(QStringLiteral("PAIN-704-w1-l1"))
                             .toString();
    QFile captions(QDir(mediaDir).filePath(QStringLiteral("clips/%1/captions.vtt").arg(clip)));
    QVERIFY2(captions.open(QIODevice::ReadOnly), qPrintable(captions.fileName()));
    const Result<WebVttDocument> document = WebVttParser::parse(captions.readAll());
    QVERIFY(document && document.value().cues.size() > 6);
    const Cue target = document.value().cues.at(4);
    // Four words from the middle of the cue, typed the way a person would: no quotes, lower
    // case, punctuation left out.
    QStringList words = target.text.toLower().split(QRegularExpression(QStringLiteral("\\W+")),
                                                    Qt::SkipEmptyParts);
    QVERIFY(words.size() >= 6);
    const QString phrase = words.mid(1, 4).join(u' ');

    const auto client = testing::loggedInDemoLearner(m_server.url(), m_dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    auto *indexer = window->findChild<TranscriptIndexer *>();
    QVERIFY(indexer);
    // Every transcript of the courses the learner takes is indexed in the background after the
    // sync. Not those of an elective option they did not choose: the server signs no media for
    // it, and asking would fail at every sync.
    const int lectures = scalar(QStringLiteral("SELECT count(*) FROM lecture"));
    const int taken = scalar(
        QStringLiteral("SELECT count(*) FROM lecture WHERE course_code NOT IN ("
                       " SELECT o.value FROM elective_slot s JOIN json_each(s.options_json) o"
                       " JOIN enrolment e JOIN json_each(e.elective_choices_json) c ON c.key = s.id"
                       " WHERE c.value <> '' AND o.value <> c.value)"));
    QVERIFY(taken > 50);
    QVERIFY2(taken < lectures, "the demo learner chose electives: some lectures are not taken");
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM transcript WHERE state = 'indexed'")) == taken,
        120000);
    QTRY_VERIFY_WITH_TIMEOUT(!indexer->isRunning(), 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM transcript")), taken);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM transcript_cue WHERE lecture_id = "
                                  "'PAIN-704-w1-l1'"))
            == document.value().cues.size());

    // Ctrl+K puts the keyboard in the search box.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *box = window->findChild<SearchBox *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(box, phrase);
    QTRY_VERIFY_WITH_TIMEOUT(box->isShowingResults(), 5000);

    // The list stays inside the main window, narrow or wide: it once ran past the window's
    // right edge, over whatever was beside it, whenever the screen had room there (the narrow
    // window with its left part off the screen leaves the screen wider than the window to its
    // right, as on a desktop).
    const QRect original = window->geometry();
    const QRect screen = window->screen()->availableGeometry();
    struct Placement
    {
        int left;
        int width;
    };
    for (const Placement placement :
         {Placement{screen.left(), 800}, Placement{screen.left() - 60, 600},
          Placement{screen.left(), 1400}}) {
        window->setGeometry(placement.left, screen.top(), placement.width, 620);
        QTRY_COMPARE(window->width(), placement.width);
        const QRect inside(window->mapToGlobal(QPoint(0, 0)), window->size());
        const QRect list = box->resultsView()->geometry();
        QTRY_VERIFY2(inside.contains(box->resultsView()->geometry()),
                     qPrintable(QStringLiteral("at %1 px: list %2,%3 %4x%5 in window %6,%7 %8x%9")
                                    .arg(placement.width)
                                    .arg(list.x())
                                    .arg(list.y())
                                    .arg(list.width())
                                    .arg(list.height())
                                    .arg(inside.x())
                                    .arg(inside.y())
                                    .arg(inside.width())
                                    .arg(inside.height())));
        QVERIFY(box->isShowingResults());
    }
    window->setGeometry(original);

    // Grouped results, the words in bold, the first hit current.
    SearchResultsView *results = box->resultsView();
    QStringList headings;
    int spokenRow = -1;
    for (int row = 0; row < results->count(); ++row) {
        const QListWidgetItem *item = results->item(row);
        if (item->data(SearchResultsView::KindRole).toInt() < 0)
            headings.append(item->text());
        else if (spokenRow < 0
                 && item->data(SearchResultsView::KindRole).toInt() == int(SearchField::Transcript))
            spokenRow = row;
    }
    QVERIFY2(headings.contains(QStringLiteral("Spoken in lectures")),
             qPrintable(headings.join(u',')));
    QVERIFY(spokenRow >= 0);
    QCOMPARE(results->item(spokenRow)->data(SearchResultsView::LectureIdRole).toString(),
             QStringLiteral("PAIN-704-w1-l1"));
    QCOMPARE(results->item(spokenRow)->data(SearchResultsView::StartMsRole).toLongLong(),
             target.startMs);
    QVERIFY(results->item(spokenRow)
                ->data(SearchResultsView::HtmlRole)
                .toString()
                .contains(QStringLiteral("<b>")));
    QVERIFY(results->currentHit());

    // Down and Up move through hits only (never onto a heading), and come back.
    const int first = results->currentRow();
    QTest::keyClick(box, Qt::Key_Up); // already on the first hit: stays
    QCOMPARE(results->currentRow(), first);
    while (results->currentRow() != spokenRow) {
        const int before = results->currentRow();
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY2(results->currentRow() > before, "Down did not move to the spoken hit");
        QVERIFY(results->currentHit());
    }

    // Escape closes the list and keeps the words; Down opens it again.
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!box->isShowingResults());
    QCOMPARE(box->text(), phrase);
    QTest::keyClick(box, Qt::Key_Down);
    QTRY_VERIFY(box->isShowingResults());
    while (box->resultsView()->currentRow() != spokenRow)
        QTest::keyClick(box, Qt::Key_Down);

    // Enter: the lecture opens where the words are spoken.
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(!box->isShowingResults());
    LecturePage *page = window->lecturePage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->lectureId(), QStringLiteral("PAIN-704-w1-l1"));
    QMediaPlayer *player = page->playback()->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaStatus() == QMediaPlayer::LoadedMedia
                                 || player->mediaStatus() == QMediaPlayer::BufferedMedia,
                             20000);
    QCOMPARE(page->playback()->position(), target.startMs);
    // Paused, the backend reports no position; playing shows where it really is: inside the
    // cue, not at the lecture's start or resume point.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("playButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->playback()->position() != target.startMs, 20000);
    const qint64 firstPosition = page->playback()->position();
    QVERIFY(std::abs(player->position() - firstPosition) < 1500);
    page->playback()->pause();
    QVERIFY2(firstPosition >= target.startMs && firstPosition < target.endMs,
             qPrintable(QStringLiteral("player at %1, cue %2-%3")
                            .arg(firstPosition)
                            .arg(target.startMs)
                            .arg(target.endMs)));
    // The transcript beside the video follows: the cue is the current line.
    QTRY_VERIFY_WITH_TIMEOUT(page->cues().size() == document.value().cues.size(), 20000);

    // Escape on a box whose list is closed clears it.
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(box->text().isEmpty());
}

// Every course code starts with PAIN; searching "pain" matches it in the index (so that "704"
// finds PAIN-704), but lighting up the PAIN of every code would say nothing: only the words of
// the titles and passages that matched are in bold.
void TestSearch::courseCodesAreNotShownAsMatches()
{
    QTemporaryDir dataDir;
    const auto client = testing::loggedInDemoLearner(m_server.url(), dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    auto *box = window->findChild<SearchBox *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("pain"));
    QTRY_VERIFY_WITH_TIMEOUT(box->isShowingResults() && box->resultsView()->hasHits(), 10000);

    SearchResultsView *results = box->resultsView();
    int courses = 0;
    int titlesInBold = 0;
    for (int row = 0; row < results->count(); ++row) {
        const QListWidgetItem *item = results->item(row);
        const int kind = item->data(SearchResultsView::KindRole).toInt();
        if (kind != int(SearchField::CourseTitle) && kind != int(SearchField::Description))
            continue;
        ++courses;
        const QString code = item->data(SearchResultsView::CourseCodeRole).toString();
        const QString html = item->data(SearchResultsView::HtmlRole).toString();
        const QString title = html.left(html.indexOf(QStringLiteral("<br>")));
        QVERIFY2(title.startsWith(code), qPrintable(html)); // the code, as it is
        QVERIFY2(!title.contains(QStringLiteral("<b>PAIN</b>")), qPrintable(html));
        if (title.contains(QStringLiteral("<b>Pain</b>")))
            ++titlesInBold;
    }
    QVERIFY(courses > 0);
    // The courses named for pain still show the word found in their title.
    QVERIFY(titlesInBold > 0);
}

void TestSearch::marksInsideThePrefixAreDropped_data()
{
    // [ and ] stand for SearchRepository::kMatchStart and kMatchEnd; the prefix is PAIN-704.
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("shown");
    QTest::newRow("code and title") << QStringLiteral("[PAIN]-704 [Pain] and Society")
                                    << QStringLiteral("PAIN-704 [Pain] and Society");
    QTest::newRow("number ends the code")
        << QStringLiteral("PAIN-[704] Opioids") << QStringLiteral("PAIN-704 Opioids");
    QTest::newRow("nothing marked")
        << QStringLiteral("PAIN-704 Opioids") << QStringLiteral("PAIN-704 Opioids");
    QTest::newRow("mark runs past the code")
        << QStringLiteral("PAIN-[704 Op]ioids") << QStringLiteral("PAIN-704[ Op]ioids");
}

void TestSearch::marksInsideThePrefixAreDropped()
{
    QFETCH(QString, marked);
    QFETCH(QString, shown);
    const auto withMarks = [](QString text) {
        return text.replace(u'[', SearchRepository::kMatchStart)
            .replace(u']', SearchRepository::kMatchEnd);
    };
    QCOMPARE(SearchResultsView::withoutMarksInPrefix(withMarks(marked), 8), withMarks(shown));
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
