// The home dashboard as a learner meets it: a client database seeded with three weeks of real
// work (viewing, counted, provisional and uncounted quiz attempts, study time), then the real
// client logs in to a real lectern-server with the demo media and syncs. The dashboard must
// show the right week, continue the right lecture at the right moment in one click, count the
// units and the quiz average by the documented rules, and chart what was studied.

#include "clientapp.h"
#include "content/programmeloader.h"
#include "dashboard/elidedbutton.h"
#include "dashboard/studycharts.h"
#include "dashboard/weeklist.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "pages/dashboardpage.h"
#include "player/lecturepage.h"
#include "player/watchedseekbar.h"
#include "quiz/quizpage.h"
#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "store/quizrepository.h"
#include "store/studyrepository.h"
#include "support/catalogpages.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUuid>
#include <QVBoxLayout>

using namespace lectern;

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

IntervalSet span(qint64 fromMs, qint64 toMs)
{
    IntervalSet set;
    set.add(fromMs, toMs);
    return set;
}

struct SeededAttempt
{
    const char *lectureId;
    int daysAgo;
    AttemptStatus status;
    double percent;
    bool passed;
};

// Trimester 1 is PAIN-704 (weeks of 3 and 2 lectures), PAIN-705 (2, 3) and PAIN-715 (2, 2).
// PAIN-704 is finished: every quiz passed and counted. Week 1 of the other two is done too,
// one quiz of it only provisionally, so "this week" must be week 2.
const SeededAttempt kAttempts[] = {
    {"PAIN-704-w1-l1", 20, AttemptStatus::Counted, 80, true},
    {"PAIN-704-w1-l2", 19, AttemptStatus::Counted, 90, true},
    {"PAIN-704-w1-l3", 18, AttemptStatus::Counted, 100, true},
    {"PAIN-704-w2-l1", 17, AttemptStatus::Counted, 70, true},
    {"PAIN-704-w2-l2", 16, AttemptStatus::Counted, 85, true},
    {"PAIN-705-w1-l1", 10, AttemptStatus::Counted, 40, false},
    {"PAIN-705-w1-l1", 9, AttemptStatus::Counted, 88, true},
    {"PAIN-715-w1-l1", 8, AttemptStatus::Counted, 77, true},
    // Past the attempt limit: shown in the quiz's history, never in the average or the chart.
    {"PAIN-715-w1-l1", 7, AttemptStatus::NotCounted, 20, false},
    {"PAIN-715-w1-l2", 6, AttemptStatus::Counted, 81, true},
    {"PAIN-705-w1-l2", 1, AttemptStatus::Provisional, 92, true},
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void homeSaysItIsLoadingUntilTheProgrammeArrives();
    void homeShowsThisWeekAndOpensWorkInOneClick();
    void weekListKeepsTheFocusThroughABackgroundChange();

private:
    void seedDatabase();
    qint64 durationOf(const QString &lectureId) const;

    testing::ServerProcess m_server;
    QTemporaryDir m_dataDir;
    ProgrammeContent m_content;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestDashboard::initTestCase()
{
    const QString media = testing::demoMediaDir();
    QVERIFY2(QFile::exists(media + QStringLiteral("/lectures.json")),
             qPrintable(
                 QStringLiteral("No demo media in %1: run scripts/make-demo-media.sh").arg(media)));
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output, media),
             qPrintable(output));
    QVERIFY(m_server.start());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
    seedDatabase();
}

void TestDashboard::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

qint64 TestDashboard::durationOf(const QString &lectureId) const
{
    for (const Course &course : m_content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (lecture.id == lectureId)
                    return qint64(lecture.durationSeconds) * 1000;
            }
        }
    }
    return 0;
}

void TestDashboard::seedDatabase()
{
    const QString connection = QStringLiteral("seed");
    {
        Result<LocalDatabase::Opened> opened
            = LocalDatabase::open(m_dataDir.filePath(QStringLiteral("lectern.sqlite")), connection);
        QVERIFY(opened);
        QSqlDatabase database = opened.value().database;
        CatalogRepository catalog(database);
        ProgressRepository progress(database);
        QuizRepository quizzes(database);
        StudyRepository study(database);
        QVERIFY(catalog.applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));

        // Every lecture with an attempt was watched through (its quiz unlocked).
        for (const SeededAttempt &seeded : kAttempts) {
            const QString lectureId = QString::fromLatin1(seeded.lectureId);
            const qint64 durationMs = durationOf(lectureId);
            QVERIFY(durationMs > 0);
            QVERIFY(progress.recordViewing(
                {lectureId, span(0, durationMs), 0, m_now.addDays(-seeded.daysAgo - 1)}));
            AttemptResult result;
            result.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            result.lectureId = lectureId;
            result.finishedAt = m_now.addDays(-seeded.daysAgo);
            result.startedAt = result.finishedAt.addSecs(-600);
            result.status = seeded.status;
            result.percent = seeded.percent;
            result.score = seeded.percent / 10;
            result.maxScore = 10;
            result.passed = seeded.passed;
            QVERIFY(quizzes.applyAttemptResult(result));
        }
        // Two lectures of week 2 begun: the later one is what "continue watching" offers first.
        QVERIFY(progress.recordViewing(
            {QStringLiteral("PAIN-715-w2-l1"), span(0, 20000), 20000, m_now.addSecs(-7200)}));
        QVERIFY(progress.recordViewing(
            {QStringLiteral("PAIN-705-w2-l1"), span(0, 35000), 35000, m_now.addSecs(-600)}));

        // Study time: 10 minutes this week, 30 minutes two weeks ago.
        QVERIFY(study.logViewing(
            {QStringLiteral("PAIN-705-w2-l1"), span(0, 600000), 0, QDateTime::currentDateTime()}));
        QVERIFY(study.logViewing({QStringLiteral("PAIN-704-w1-l1"), span(0, 1800000), 0,
                                  QDateTime::currentDateTime().addDays(-14)}));

        // Sync the whole catalog from the server as a real client would, keeping the progress.
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'catalog_cursor'")));
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestDashboard::homeSaysItIsLoadingUntilTheProgrammeArrives()
{
    // A first start on this computer: nothing saved yet, the login dialog up.
    QTemporaryDir fresh;
    ClientApp::Options options;
    options.dataDir = fresh.path();
    options.settingsPath = fresh.filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    options.login.username = QStringLiteral("learner");
    options.login.password = QStringLiteral("learner-demo");
    ClientApp client(options);
    QSignalSpy shown(client.controller(), &AppController::catalogShown);
    client.start();
    QVERIFY(QTest::qWaitFor([&] { return client.controller()->loginDialog(); }, 10000));
    DashboardPage *home = client.window()->dashboardPage();
    QTRY_VERIFY(home->isVisible());

    // Home says what is coming, instead of empty pickers and empty cards.
    auto *heading = home->findChild<QLabel *>(QStringLiteral("dashboardHeading"));
    auto *state = home->findChild<QLabel *>(QStringLiteral("dashboardStateNote"));
    auto *trimesterPicker = home->findChild<QComboBox *>(QStringLiteral("trimesterPicker"));
    auto *weekCard = home->findChild<QWidget *>(QStringLiteral("weekCard"));
    QVERIFY(heading && state && trimesterPicker && weekCard);
    // While this computer's copy is read it says it is loading; once read, and empty, that
    // nothing is here yet and what will come.
    QVERIFY(heading->text() == QStringLiteral("Loading your programme…")
            || heading->text() == QStringLiteral("Nothing here yet"));
    QVERIFY(state->isVisible());
    QTRY_COMPARE(heading->text(), QStringLiteral("Nothing here yet"));
    QVERIFY2(state->text().contains(QStringLiteral("downloaded from the server")),
             qPrintable(state->text()));
    QVERIFY(!trimesterPicker->isVisible());
    QVERIFY(!weekCard->isVisible());
    QVERIFY(!home->findChild<QPushButton *>(QStringLiteral("thisWeekButton"))->isVisible());

    // The first sync brings the programme: the note goes, the week and its work show.
    QTest::mouseClick(
        client.controller()->loginDialog()->findChild<QPushButton *>(QStringLiteral("loginButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toInt() == 27, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!state->isVisible(), 10000);
    QVERIFY2(heading->text().startsWith(QStringLiteral("This week: trimester ")),
             qPrintable(heading->text()));
    QVERIFY(trimesterPicker->isVisible() && trimesterPicker->count() == 9);
    QVERIFY(weekCard->isVisible());
    QVERIFY(!home->findChildren<ElidedButton *>().isEmpty());
}

void TestDashboard::homeShowsThisWeekAndOpensWorkInOneClick()
{
    const auto client = testing::loggedInDemoLearner(m_server.url(), m_dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    // The seeded catalog shows before the login: wait for the sync to be over.
    auto *syncLabel = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(syncLabel->text().startsWith(QStringLiteral("Up to date")), 60000);
    DashboardPage *home = window->dashboardPage();
    QVERIFY(home);
    // Home is the first page, and stays on screen through the sync.
    QTRY_VERIFY(home->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(home->plan().quizzesScored(), 9, 10000);

    // This week: trimester 1, week 2, because week 1 is done everywhere.
    auto *heading = home->findChild<QLabel *>(QStringLiteral("dashboardHeading"));
    QTRY_COMPARE(heading->text(), QStringLiteral("This week: trimester 1, week 2"));
    for (const char *id : {"PAIN-704-w2-l1", "PAIN-704-w2-l2", "PAIN-705-w2-l1", "PAIN-705-w2-l2",
                           "PAIN-705-w2-l3", "PAIN-715-w2-l1", "PAIN-715-w2-l2"}) {
        QVERIFY2(home->findChild<QPushButton *>(QStringLiteral("weekLecture-%1").arg(id)), id);
    }
    QVERIFY(!home->findChild<QPushButton *>(QStringLiteral("weekLecture-PAIN-705-w1-l1")));
    auto *passedQuiz = home->findChild<QPushButton *>(QStringLiteral("weekQuiz-PAIN-704-w2-l1"));
    QCOMPARE(passedQuiz->text(), QStringLiteral("Passed 70%"));
    auto *lockedQuiz = home->findChild<QPushButton *>(QStringLiteral("weekQuiz-PAIN-705-w2-l2"));
    QCOMPARE(lockedQuiz->text(), QStringLiteral("Quiz locked"));
    // Watched as measured against the clip the server serves (the import takes durations
    // from the media, so the catalog's whole-lecture seed is a little short of 100%).
    auto *watched = home->findChild<QProgressBar *>(QStringLiteral("weekWatched-PAIN-704-w2-l1"));
    const LectureProgress progress = client->model()->progress(QStringLiteral("PAIN-704-w2-l1"));
    QVERIFY(progress.isQuizUnlocked());
    QCOMPARE(watched->value(), int(progress.coverage.fraction * 100));
    QVERIFY(watched->value() >= 90);
    auto *begun = home->findChild<QProgressBar *>(QStringLiteral("weekWatched-PAIN-705-w2-l1"));
    QVERIFY(begun->value() > 0 && begun->value() < 100);

    // Programme progress: PAIN-704 (1 unit) is the only complete course; a provisional pass
    // does not complete anything. The average is of each quiz's best counted or provisional
    // score: (80 + 90 + 100 + 70 + 85 + 88 + 92 + 77 + 81) / 9 = 84.8.
    auto *units = home->findChild<QLabel *>(QStringLiteral("unitsEarnedLabel"));
    QCOMPARE(plainText(units->text()), QStringLiteral("1 of 33 units earned"));
    QVERIFY(units->toolTip().contains(QStringLiteral("passed and counted")));
    auto *average = home->findChild<QLabel *>(QStringLiteral("quizAverageLabel"));
    // (The plural of "quizzes" comes from the English translation, not loaded here.)
    const QString averageText = plainText(average->text());
    QVERIFY2(averageText.startsWith(QStringLiteral("Quiz average: 85% over 9 quiz")),
             qPrintable(averageText));
    QCOMPARE(home->findChild<QProgressBar *>(QStringLiteral("courseBar-PAIN-704"))->value(), 100);
    auto *pain705 = home->findChild<QProgressBar *>(QStringLiteral("courseBar-PAIN-705"));
    QCOMPARE(pain705->value(), 20);
    QCOMPARE(home->findChild<QProgressBar *>(QStringLiteral("courseBar-PAIN-715"))->value(), 50);
    // The bars count quizzes, not lectures watched (which the tree and the roster show): the
    // bar and the card say so, so 20% here is not read against the lectures' figure.
    QCOMPARE(pain705->text(), QStringLiteral("20% of quizzes passed"));
    auto *meaning = home->findChild<QLabel *>(QStringLiteral("progressMeaning"));
    QVERIFY(meaning && meaning->isVisible());
    QVERIFY2(meaning->text().contains(QStringLiteral("quizzes you have passed"))
                 && meaning->text().contains(QStringLiteral("not of lectures watched")),
             qPrintable(meaning->text()));

    // Charts: twelve weeks of minutes, this week last; scores of counted and provisional
    // attempts in the order they were finished.
    StudyCharts *charts = home->charts();
    QCOMPARE(charts->studyMinutes()->count(), StudyCharts::kWeeks);
    QCOMPARE(charts->weekAxis()->count(), StudyCharts::kWeeks);
    QCOMPARE(charts->studyMinutes()->at(StudyCharts::kWeeks - 1), 10.0);
    QCOMPARE(charts->studyMinutes()->at(StudyCharts::kWeeks - 3), 30.0);
    double otherWeeks = 0;
    for (int week = 0; week < StudyCharts::kWeeks; ++week) {
        if (week != StudyCharts::kWeeks - 1 && week != StudyCharts::kWeeks - 3)
            otherWeeks += charts->studyMinutes()->at(week);
    }
    QCOMPARE(otherWeeks, 0.0);
    const QList<QPointF> scores = charts->quizScores()->points();
    QList<double> percents;
    for (const QPointF &point : scores)
        percents.append(point.y());
    QCOMPARE(percents, (QList<double>{80, 90, 100, 70, 85, 40, 88, 77, 81, 92}));
    QVERIFY(std::is_sorted(scores.cbegin(), scores.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));

    // The ▶ of each lecture is drawn in the palette's button text colour, so it reads in the
    // dark theme as in the light one.
    auto *weekLecture
        = home->findChild<ElidedButton *>(QStringLiteral("weekLecture-PAIN-704-w2-l1"));
    QVERIFY(weekLecture);
    QCOMPARE(weekLecture->lead(), ElidedButton::Lead::PlayArrow);
    const QImage arrow = weekLecture->icon().pixmap(weekLecture->iconSize()).toImage();
    const QColor ink = weekLecture->palette().color(QPalette::Active, QPalette::ButtonText);
    const QColor centre = arrow.pixelColor(arrow.width() / 2, arrow.height() / 2);
    QCOMPARE(centre.rgb(), ink.rgb());

    // Continue watching: the lecture left last, at its resume point.
    const Lecture *resumed = client->model()->lecture(QStringLiteral("PAIN-705-w2-l1"));
    QVERIFY(resumed);
    // (Buttons cut long titles with "…" to fit; the full text is their tool tip.)
    auto *continueButton = home->findChild<ElidedButton *>(QStringLiteral("continueWatching0"));
    QVERIFY(continueButton);
    QCOMPARE(continueButton->fullText(), QStringLiteral("%1 — resume at 0:35").arg(resumed->title));
    QCOMPARE(continueButton->toolTip().section(u'\n', 0, 0), continueButton->fullText());
    auto *second = home->findChild<ElidedButton *>(QStringLiteral("continueWatching1"));
    QCOMPARE(second->fullText(),
             QStringLiteral("%1 — resume at 0:20")
                 .arg(client->model()->lecture(QStringLiteral("PAIN-715-w2-l1"))->title));

    // One click: the lecture opens and the player stands at 0:35.
    QTest::mouseClick(continueButton, Qt::LeftButton);
    LecturePage *page = window->lecturePage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->lectureId(), QStringLiteral("PAIN-705-w2-l1"));
    QCOMPARE(page->findChild<WatchedSeekBar *>()->position(), 35000);
    QMediaPlayer *player = page->playback()->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaStatus() == QMediaPlayer::LoadedMedia
                                 || player->mediaStatus() == QMediaPlayer::BufferedMedia,
                             20000);
    QCOMPARE(page->playback()->position(), 35000);
    // Paused, the backend reports no position; playing shows where it really is: the first
    // position the page shows is 0:35 onwards, not the lecture's start.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("playButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->playback()->position() != 35000, 20000);
    const qint64 playedFrom = page->playback()->position();
    QVERIFY(std::abs(player->position() - playedFrom) < 1500);
    page->playback()->pause();
    QVERIFY2(playedFrom >= 35000 && playedFrom < 38000, qPrintable(QString::number(playedFrom)));

    // Home again from the tool bar: the lecture is closed (its viewing saved), Home is shown.
    auto *homeAction = window->findChild<QAction *>(QStringLiteral("homeAction"));
    QVERIFY(homeAction);
    homeAction->trigger();
    QTRY_VERIFY(home->isVisible());
    QVERIFY(page->playback()->lectureId().isEmpty());

    // One click on a quiz of this week opens the quiz page on it.
    auto *quiz = home->findChild<QPushButton *>(QStringLiteral("weekQuiz-PAIN-715-w2-l1"));
    QVERIFY(quiz);
    QTest::mouseClick(quiz, Qt::LeftButton);
    QTRY_VERIFY(window->quizPage()->isVisible());
    QCOMPARE(window->quizPage()->lectureId(), QStringLiteral("PAIN-715-w2-l1"));

    // The learner may look at another week: Up in the week picker shows week 1.
    homeAction->trigger();
    QTRY_VERIFY(home->isVisible());
    auto *weekPicker = home->findChild<QComboBox *>(QStringLiteral("weekPicker"));
    QCOMPARE(weekPicker->currentData().toInt(), 2);
    weekPicker->setFocus();
    QTest::keyClick(weekPicker, Qt::Key_Up);
    QTRY_COMPARE(home->shownWeek(), 1);
    QTRY_VERIFY(home->findChild<QPushButton *>(QStringLiteral("weekLecture-PAIN-705-w1-l1")));
    QCOMPARE(heading->text(), QStringLiteral("Trimester 1, week 1"));
    QCOMPARE(home->findChild<QPushButton *>(QStringLiteral("weekQuiz-PAIN-705-w1-l2"))->text(),
             QStringLiteral("Passed 92% · not yet confirmed"));
    // And back to this week in one click.
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("thisWeekButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(home->shownWeek(), 2);
}

// A sync or a finished download refreshes Home while the learner is on it with the keys: the
// same rows are not rebuilt at all, and changed rows come back with the focus on the same
// quiz's button (before, it fell off the page and Tab started again from the window's top).
void TestDashboard::weekListKeepsTheFocusThroughABackgroundChange()
{
    QWidget window;
    auto *list = new WeekList(&window);
    (new QVBoxLayout(&window))->addWidget(list);
    LectureStanding first;
    first.courseCode = QStringLiteral("PAIN-704");
    first.lectureId = QStringLiteral("PAIN-704-w1-l1");
    first.title = QStringLiteral("How Common Is Chronic Pain?");
    first.quizTitle = QStringLiteral("Quiz: How Common Is Chronic Pain?");
    first.hasQuiz = true;
    first.quiz = QuizStanding::Unlocked;
    LectureStanding second = first;
    second.lectureId = QStringLiteral("PAIN-704-w1-l2");
    second.title = QStringLiteral("The Global Burden of Pain");
    list->setItems({first, second});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    const QString quizName = QStringLiteral("weekQuiz-PAIN-704-w1-l2");
    auto *quiz = list->findChild<QPushButton *>(quizName);
    QVERIFY(quiz);
    quiz->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(quiz->hasFocus());

    // Nothing changed: the very same button keeps the focus.
    list->setItems({first, second});
    QCOMPARE(list->findChild<QPushButton *>(quizName), quiz);
    QVERIFY(quiz->hasFocus());

    // The other lecture's viewing changed: new rows, the focus on this quiz's new button.
    first.watched = 0.5;
    list->setItems({first, second});
    auto *rebuilt = list->findChild<QPushButton *>(quizName);
    QVERIFY(rebuilt);
    QTRY_VERIFY2(
        rebuilt->hasFocus(),
        qPrintable(QStringLiteral("the focus went to %1")
                       .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("nothing"))));

    // Its row gone (the week changed under it): the focus stays in the list, on its first row.
    list->setItems({first});
    QTRY_VERIFY(QApplication::focusWidget()
                && QApplication::focusWidget()->objectName()
                    == QStringLiteral("weekLecture-PAIN-704-w1-l1"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
