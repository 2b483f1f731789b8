// The faculty preview switch, offscreen, against a real lectern-server holding the demo
// programme: the demo faculty member (who teaches PAIN-701 and PAIN-702) logs in through the
// login dialog, opens a quiz of their course as faculty see it (keys, open at once), turns on
// "Preview as learner" from the tool bar and meets the lock a learner meets, then turns it off
// again. Nothing they do is recorded: no attempt and no viewing reaches the store.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace lectern;

namespace {

const QString kLecture = QStringLiteral("PAIN-701-w1-l1");

} // namespace

class TestFacultyPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void previewAsLearnerShowsTheLockAndNoKeys();

private:
    std::unique_ptr<ClientApp> loggedInFaculty();

    testing::ServerProcess m_server;
    QTemporaryDir m_dataDir;
};

void TestFacultyPreview::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
}

void TestFacultyPreview::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

std::unique_ptr<ClientApp> TestFacultyPreview::loggedInFaculty()
{
    ClientApp::Options options;
    options.dataDir = m_dataDir.path();
    options.settingsPath = m_dataDir.filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    options.login.username = QStringLiteral("faculty");
    options.login.password = QStringLiteral("faculty-demo");
    auto client = std::make_unique<ClientApp>(options);
    client->start();
    if (!QTest::qWaitFor([&] { return client->controller()->loginDialog(); }, 10000))
        return nullptr;
    QTest::mouseClick(client->controller()->loginDialog()->findChild<QPushButton *>(
                          QStringLiteral("loginButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return client->model()->snapshot().enrolment.role == u"faculty"; },
                         30000))
        return nullptr;
    return client;
}

void TestFacultyPreview::previewAsLearnerShowsTheLockAndNoKeys()
{
    const auto client = loggedInFaculty();
    QVERIFY(client);
    MainWindow *window = client->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QAction *preview = window->previewAsLearnerAction();
    // Bad input: a switch a learner could see, or one faculty cannot reach from the tool bar.
    QTRY_VERIFY(preview->isVisible());
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar && toolBar->actions().contains(preview));
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu && viewMenu->actions().contains(preview));
    QVERIFY(!preview->isChecked());

    // Faculty's own preview: the quiz opens at once, with the keys.
    QuizPage *quiz = window->quizPage();
    auto *start = quiz->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    auto *notice = quiz->findChild<QLabel *>(QStringLiteral("quizNotice"));
    window->openQuiz(kLecture);
    QTRY_VERIFY(quiz->isVisible());
    // The quizzes arrive with the progress sync that follows the catalog.
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisible(), 30000);
    QCOMPARE(start->text(), QStringLiteral("&Start a preview"));
    QVERIFY(start->isEnabled());
    QVERIFY2(notice->text().contains(QStringLiteral("answer keys")), qPrintable(notice->text()));

    // The switch from the tool bar: the same quiz, now as a learner who has not watched the
    // lecture meets it (PAIN-701 unlocks at 90%).
    QWidget *button = toolBar->widgetForAction(preview);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(preview->isChecked());
    QVERIFY(quiz->isVisible());
    QTRY_COMPARE(start->text(), QStringLiteral("&Start the quiz"));
    QVERIFY(!start->isEnabled());
    QCOMPARE(notice->text(),
             QStringLiteral("This quiz opens once you have watched 90% of the lecture."));
    QVERIFY(!quiz->findChild<QLabel *>(QStringLiteral("quizTitle"))
                 ->text()
                 .endsWith(QStringLiteral("(preview)")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("previewing as a learner")));

    // The lecture says its viewing counts toward the unlock rule but is not recorded.
    window->openLecture(kLecture);
    LecturePage *lecture = window->lecturePage();
    QTRY_VERIFY(lecture->isVisible());
    const QString coverage = lecture->findChild<QLabel *>(QStringLiteral("coverageLabel"))->text();
    QVERIFY2(coverage.startsWith(QStringLiteral("Previewing as a learner, not recorded: 0% "
                                                "watched · the quiz unlocks at 90%")),
             qPrintable(coverage));

    // Off again: back to the faculty preview of the quiz.
    window->openQuiz(kLecture);
    QTRY_VERIFY(quiz->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!preview->isChecked());
    QTRY_COMPARE(start->text(), QStringLiteral("&Start a preview"));
    QVERIFY(start->isEnabled());

    // Nothing recorded: the store holds no attempt for the quiz and no progress at all.
    QSignalSpy progress(client->store(), &LocalStore::progressLoaded);
    client->store()->loadProgressAsync();
    QVERIFY(progress.wait(10000));
    using ProgressById = QHash<QString, LectureProgress>;
    const auto loaded = progress.first().first().value<ProgressById>();
    QVERIFY(loaded.value(kLecture).watched.isEmpty());
    QVERIFY(quiz->bundle().attempts.isEmpty());
}

QTEST_MAIN(TestFacultyPreview)
#include "tst_facultypreview.moc"
