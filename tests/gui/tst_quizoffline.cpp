// The end-to-end quiz test, as a learner on a train would live it: online once, the
// learner syncs (the quizzes download) and watches a lecture, so its quiz unlocks; then the
// server is gone. A separate client process starts the quiz, answers three questions and is
// killed with SIGKILL mid-quiz, as a crash or a flat battery would end it. The client started
// again on the same data folder still has those answers; the learner finishes, submits
// offline and sees a provisional grade; when the server is back, one sync shows the grade the
// server confirmed in its place.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "quiz/attemptview.h"
#include "quiz/questionwidget.h"
#include "quiz/quiznavigator.h"
#include "quiz/quizpage.h"
#include "quiz/resultview.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/progresssync.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>

using namespace lectern;

namespace {

// PAIN-705-w1-l2's quiz has multiple choice, missing words to type, a short answer, true/false,
// a numerical and a matching question with a distractor (resources/demo/quizzes/PAIN-705).
const QString kCourse = QStringLiteral("PAIN-705");
const QString kLecture = QStringLiteral("PAIN-705-w1-l2");
const char *kChildVariable = "LECTERN_QUIZ_OFFLINE_CHILD"; // the data folder, in the child

// The demo learner's client on dataDir, with the login dialog filled in as --demo does. A
// restarted client asks for the login again: the session is kept only where a keychain is.
ClientApp::Options clientOptions(const QString &dataDir, const QUrl &server)
{
    ClientApp::Options options;
    options.dataDir = dataDir;
    options.settingsPath = QDir(dataDir).filePath(QStringLiteral("lectern.ini"));
    options.login.server = server.toString();
    options.login.username = QStringLiteral("learner");
    options.login.password = QStringLiteral("learner-demo");
    return options;
}

// LECTERN_SCREENSHOT_DIR=DIR keeps pictures of the screens this test drives, for review.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Opens the lecture's quiz from the programme tree, as a click on its row does.
QuizPage *openQuiz(ClientApp *client)
{
    ProgrammeModel *model = client->model();
    const QModelIndex course = model->indexOfCourse(kCourse);
    for (int week = 0; week < model->rowCount(course); ++week) {
        const QModelIndex weekIndex = model->index(week, 0, course);
        for (int row = 0; row < model->rowCount(weekIndex); ++row) {
            const QModelIndex index = model->index(row, 0, weekIndex);
            if (ProgrammeModel::NodeKind(index.data(ProgrammeModel::KindRole).toInt())
                    == ProgrammeModel::NodeKind::Quiz
                && index.data(ProgrammeModel::IdRole).toString() == kLecture) {
                client->window()->programmeView()->setCurrentIndex(index);
                return client->window()->quizPage();
            }
        }
    }
    return nullptr;
}

QuestionWidget *questionNamed(QuizPage *page, const QString &name)
{
    for (int position = 0;; ++position) {
        QuestionWidget *widget = page->attemptView()->questionWidget(position);
        if (!widget || widget->question().name == name)
            return widget;
    }
}

// Shows a question with the navigator, so that it can be clicked like any on screen.
QuestionWidget *goTo(QuizPage *page, const QString &name)
{
    QuestionWidget *widget = questionNamed(page, name);
    if (widget)
        QTest::mouseClick(page->attemptView()->navigator()->button(widget->number() - 1),
                          Qt::LeftButton);
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

bool chooseInCombo(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int step = 0; step <= combo->count(); ++step) {
        if (combo->currentText() == text)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return false;
}

// What the first client process types before it is killed.
bool answerFirstThree(QuizPage *page)
{
    QuestionWidget *dementia = goTo(page, QStringLiteral("Dementia scale"));
    QuestionWidget *vas = goTo(page, QStringLiteral("VAS length"));
    QuestionWidget *flacc = goTo(page, QStringLiteral("FLACC"));
    if (!dementia || !vas || !flacc)
        return false;
    goTo(page, dementia->question().name);
    QTest::mouseClick(dementia->findChild<QRadioButton *>(QStringLiteral("choice0")), // PAINAD
                      Qt::LeftButton);
    goTo(page, vas->question().name);
    typeInto(vas->findChild<QLineEdit *>(QStringLiteral("answerEdit")), QStringLiteral("100"));
    goTo(page, flacc->question().name);
    typeInto(flacc->findChild<QLineEdit *>(QStringLiteral("answerEdit")), QStringLiteral("flacc"));
    return true;
}

// The child: a client on the data folder the test prepared, with the server gone. It prints
// READY once the store holds every answer, and then waits to be killed.
int runChild(const QString &dataDir, const QUrl &server)
{
    ClientApp client(clientOptions(dataDir, server));
    QSignalSpy shown(client.controller(), &AppController::catalogShown);
    client.start();
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000))
        return 2;
    QuizPage *page = openQuiz(&client);
    if (!page || !QTest::qWaitFor([page] { return page->bundle().found; }, 20000))
        return 3;
    auto *start = page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    if (!start->isEnabled())
        return 4; // the quiz must be unlocked by the viewing recorded online
    QTest::mouseClick(start, Qt::LeftButton);
    if (!page->isTakingAttempt() || !answerFirstThree(page))
        return 5;
    // Read back from the store what it holds now: only then is anything "saved".
    QSignalSpy reloaded(page, &QuizPage::bundleShown);
    client.store()->loadQuizAsync(kLecture);
    if (!reloaded.wait(10000))
        return 6;
    const Attempt &stored = page->bundle().attempts.constLast();
    if (stored.state != AttemptState::InProgress || stored.responses.value(2).text != u"flacc")
        return 7;
    std::fputs("READY\n", stdout);
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}

} // namespace

class TestQuizOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offlineAttemptSurvivesAKillAndIsConfirmedAfterSync();

private:
    testing::ServerProcess m_server;
};

void TestQuizOffline::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
}

void TestQuizOffline::cleanupTestCase()
{
    m_server.stop();
}

void TestQuizOffline::offlineAttemptSurvivesAKillAndIsConfirmedAfterSync()
{
    QTemporaryDir dataDir;
    const quint16 port = quint16(m_server.url().port());

    QElapsedTimer clock;
    clock.start();
    // Online: log in, sync, and watch the whole lecture.
    {
        ClientApp client(clientOptions(dataDir.path(), m_server.url()));
        bool synced = false;
        connect(client.controller(), &AppController::progressSynced, this,
                [&synced] { synced = true; });
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.controller()->loginDialog(), 10000);
        QTest::mouseClick(client.controller()->loginDialog()->findChild<QPushButton *>(
                              QStringLiteral("loginButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(synced, 60000); // catalog, then progress and every quiz
        qInfo("synced in %lld ms", clock.elapsed());

        const Lecture *lecture = client.model()->lecture(kLecture);
        QVERIFY(lecture && lecture->durationSeconds > 0);
        ViewingUpdate viewing;
        viewing.lectureId = kLecture;
        viewing.newlyWatched.add(0, qint64(lecture->durationSeconds) * 1000);
        viewing.positionMs = qint64(lecture->durationSeconds) * 1000;
        viewing.at = QDateTime::currentDateTimeUtc();
        client.store()->recordViewingAsync(viewing);
        QuizPage *page = openQuiz(&client);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->findChild<QPushButton *>(QStringLiteral("startQuizButton"))->isEnabled(), 10000);
        // The viewing reaches the server: its unlock rule counts synced viewing only.
        synced = false;
        QTest::mouseClick(client.window()->findChild<QPushButton *>(QStringLiteral("syncButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(synced, 60000);
    }
    QCOMPARE(m_server.stop(), 0); // offline from here on

    // A client process answers three questions and is killed before it can do anything else.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), dataDir.path());
    environment.insert(QStringLiteral("LECTERN_QUIZ_OFFLINE_SERVER"), m_server.url().toString());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() != QProcess::Running || child.peek(64).contains("READY"),
                             60000);
    QVERIFY2(child.state() == QProcess::Running,
             qPrintable(QStringLiteral("the child client stopped with %1").arg(child.exitCode())));
    child.kill(); // SIGKILL: no handler runs, nothing is flushed or closed
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Started again, still offline: the attempt resumes with every answer.
    qInfo("child killed at %lld ms", clock.elapsed());
    ClientApp client(clientOptions(dataDir.path(), m_server.url()));
    QSignalSpy shown(client.controller(), &AppController::catalogShown);
    bool synced = false;
    connect(client.controller(), &AppController::progressSynced, this,
            [&synced] { synced = true; });
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QuizPage *page = openQuiz(&client);
    QVERIFY(page);
    auto *start = page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisible() && start->isEnabled(), 20000);
    QCOMPARE(start->text().remove(u'&'), QStringLiteral("Resume the attempt"));
    screenshot(client.window(), QStringLiteral("quiz-offline-resume"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(page->isTakingAttempt());
    QuestionWidget *dementia = goTo(page, QStringLiteral("Dementia scale"));
    QVERIFY(dementia->findChild<QRadioButton *>(QStringLiteral("choice0"))->isChecked());
    QuestionWidget *vas = goTo(page, QStringLiteral("VAS length"));
    QCOMPARE(vas->findChild<QLineEdit *>(QStringLiteral("answerEdit"))->text(),
             QStringLiteral("100"));
    QuestionWidget *flacc = goTo(page, QStringLiteral("FLACC"));
    QCOMPARE(flacc->findChild<QLineEdit *>(QStringLiteral("answerEdit"))->text(),
             QStringLiteral("flacc"));
    QVERIFY(page->attemptView()
                ->navigator()
                ->button(flacc->number() - 1)
                ->accessibleName()
                .contains(QStringLiteral(", answered")));

    // Finish every question but "PEG items", which stays unanswered: 7 of 8.
    QuestionWidget *change = goTo(page, QStringLiteral("Clinically important change"));
    QTest::mouseClick(change->findChild<QRadioButton *>(QStringLiteral("choice0")), Qt::LeftButton);
    QuestionWidget *faces = goTo(page, QStringLiteral("FACES age"));
    QTest::mouseClick(faces->findChild<QRadioButton *>(QStringLiteral("falseRadio")),
                      Qt::LeftButton);
    QuestionWidget *reading = goTo(page, QStringLiteral("VAS reading"));
    typeInto(reading->findChild<QLineEdit *>(QStringLiteral("answerEdit")), QStringLiteral("6,3"));
    QuestionWidget *tools = goTo(page, QStringLiteral("Tools and targets"));
    const QStringList matches{
        QStringLiteral("Pain severity and its interference with daily life"),
        QStringLiteral("Observed pain behaviors in advanced dementia"),
        QStringLiteral("Rumination, magnification and helplessness about pain"),
        QStringLiteral("Pain intensity, enjoyment of life and general activity")};
    for (int row = 0; row < matches.size(); ++row) {
        QVERIFY(
            chooseInCombo(tools->findChild<QComboBox *>(QStringLiteral("matchCombo%1").arg(row)),
                          matches.at(row)));
    }
    screenshot(client.window(), QStringLiteral("quiz-offline-matching"));
    AttemptView *view = page->attemptView();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(view->confirmation() && view->confirmation()->isVisible());
    const int pegNumber = questionNamed(page, QStringLiteral("PEG items"))->number();
    QVERIFY2(view->confirmation()->text().contains(
                 QStringLiteral("Not answered: question %1.").arg(pegNumber)),
             qPrintable(view->confirmation()->text()));
    QTest::mouseClick(
        view->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmSubmitButton")),
        Qt::LeftButton);
    ResultView *result = page->resultView();
    QTRY_VERIFY(result->isVisible());
    auto *score = result->findChild<QLabel *>(QStringLiteral("scoreLabel"));
    auto *status = result->findChild<QLabel *>(QStringLiteral("resultStatusLabel"));
    QVERIFY2(score->text().startsWith(QStringLiteral("Score: 7 out of 8 (")),
             qPrintable(score->text()));
    QCOMPARE(status->text(), QStringLiteral("Provisional — will be confirmed when you are online"));
    screenshot(client.window(), QStringLiteral("quiz-offline-provisional"));

    // The server is back where the client knows it: one sync, and the grade is the server's.
    qInfo("submitted at %lld ms", clock.elapsed());
    QVERIFY(m_server.start(port));
    LoginDialog *login = client.controller()->loginDialog();
    QVERIFY(login);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(synced, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Confirmed by the server")),
                             20000);
    QVERIFY2(status->text().contains(QStringLiteral("counted")), qPrintable(status->text()));
    QVERIFY2(score->text().startsWith(QStringLiteral("Score: 7 out of 8 (")),
             qPrintable(score->text()));
    QVERIFY(result->isVisible()); // the sync reloaded the tree; the result stayed on screen
    const Attempt confirmed = page->bundle().attempts.constLast();
    QVERIFY(confirmed.confirmed);
    QCOMPARE(confirmed.confirmed->status, AttemptStatus::Counted);
    QCOMPARE(confirmed.confirmed->score, 7.0);
    screenshot(client.window(), QStringLiteral("quiz-offline-confirmed"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (const QString dataDir = qEnvironmentVariable(kChildVariable); !dataDir.isEmpty())
        return runChild(dataDir, QUrl(qEnvironmentVariable("LECTERN_QUIZ_OFFLINE_SERVER")));
    TestQuizOffline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_quizoffline.moc"
